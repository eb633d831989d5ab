"""Hostile and absurd input typed (or pasted) into the dialogs a user would use.

One row per value: the dialog is opened on a small world of records, the value goes into the real
widget (pasted through the clipboard, as a user brings in text from elsewhere; dates set as the
calendar would), Save is pressed, and the row asserts the message shown under the field and that the
file is byte for byte what it was (every table dumped before and after: nothing half-saved).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QApplication

from freelance_desk.db.connection import db
from freelance_desk.db.models import Client, Contract, Platform
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, MilestoneData, create_contract
from freelance_desk.services.milestones import lifecycle
from freelance_desk.services.money.payments import PaymentData, record_payment
from freelance_desk.services.pipeline.gigs import TemplateData, create_template
from freelance_desk.services.pipeline.proposals import ProposalData, create_proposal
from freelance_desk.services.settings import store as settings_store
from freelance_desk.services.time import entry_rows
from freelance_desk.services.time import tracking as tt
from freelance_desk.ui.dialogs.client import ClientDialog
from freelance_desk.ui.dialogs.contract import ContractDialog
from freelance_desk.ui.dialogs.mark_paid import MarkPaidDialog
from freelance_desk.ui.dialogs.milestone import MilestoneDialog
from freelance_desk.ui.dialogs.order import OrderDialog
from freelance_desk.ui.dialogs.payment import PaymentDialog
from freelance_desk.ui.dialogs.proposal import ProposalDialog
from freelance_desk.ui.dialogs.settings import SettingsDialog
from freelance_desk.ui.dialogs.template import TemplateDialog
from freelance_desk.ui.dialogs.time_entry import StartCorrectionDialog, TimeEntryDialog
from freelance_desk.ui.dialogs.week_earnings import WeekEarningsDialog
from tests.ui.conftest import clock, ctx, no_chart_warmup  # noqa: F401 - the widget tests' fixtures
from tests.ui.helpers import NOW

START = date(2026, 3, 1)  # the fixed-price contract's start
MILLION = "n" * 1_000_000


@dataclass
class World:
    client: int
    hourly: int
    fixed: int
    milestone: int
    approved: int
    payment: int
    proposal: int
    gig: int
    entry: int


@pytest.fixture
def world(database, ctx) -> World:
    upwork = Platform.get(Platform.name == "Upwork").id
    northwind = create_client(ClientData("Northwind Studio", platform_id=upwork), now=NOW)
    hourly = create_contract(ContractData(northwind.id, "Support", kind="hourly", rate_minor=3500), now=NOW)
    fixed = create_contract(
        ContractData(northwind.id, "Website", budget_minor=60000, start_date=START),
        [MilestoneData("Home page", 30000), MilestoneData("Shop", 30000)], now=NOW,
    )
    first, second = _ids(fixed.id)
    for step in ("start", "submit", "approve"):
        lifecycle.transition(second, step, now=NOW)
    paid = record_payment(PaymentData(hourly.id, date(2026, 3, 2), 10000, 1000, "USD", note="bank"), now=NOW)
    proposal = create_proposal(ProposalData("Shopify fixes", date(2026, 3, 1), platform_id=upwork), now=NOW)
    gig = create_template(TemplateData("Logo in 2 days", 5000))
    start = NOW - timedelta(hours=3)
    entry = tt.add_entry(tt.EntryData(hourly.id, start, start + timedelta(hours=1)), now=NOW)
    return World(northwind.id, hourly.id, fixed.id, first, second, paid.id, proposal.id, gig.id, entry.id)


def _ids(contract_id: int) -> tuple[int, int]:
    from freelance_desk.db.models import Milestone

    return tuple(m.id for m in Milestone.select().where(Milestone.contract == contract_id).order_by(Milestone.position))


# --- the dialogs, as the pages open them ----------------------------------------------------------


def _idr_home(ctx, w):
    settings_store.set_home_currency("IDR")  # a dollar contract valued in rupiah
    return PaymentDialog(ctx, contract_id=w.hourly)


def _running(ctx, w):
    return StartCorrectionDialog(ctx, tt.start_timer(w.hourly, NOW, "UTC"))


DIALOGS = {
    "client": lambda ctx, w: ClientDialog(ctx),
    "client_edit": lambda ctx, w: ClientDialog(ctx, client_id=w.client),
    "contract": lambda ctx, w: ContractDialog(ctx),
    "contract_edit": lambda ctx, w: ContractDialog(ctx, contract_id=w.fixed),
    "milestone": lambda ctx, w: MilestoneDialog(ctx, contract_id=w.fixed),
    "milestone_edit": lambda ctx, w: MilestoneDialog(ctx, milestone_id=w.milestone),
    "mark_paid": lambda ctx, w: MarkPaidDialog(ctx, w.approved),
    "entry": lambda ctx, w: TimeEntryDialog(ctx, contract_id=w.hourly),
    "entry_edit": lambda ctx, w: TimeEntryDialog(ctx, entry_rows.entry(w.entry)),
    "started_at": _running,
    "payment": lambda ctx, w: PaymentDialog(ctx, contract_id=w.hourly),
    "payment_edit": lambda ctx, w: PaymentDialog(ctx, payment_id=w.payment),
    "payment_idr": _idr_home,
    "week": lambda ctx, w: WeekEarningsDialog(ctx, contract_id=w.hourly),
    "proposal": lambda ctx, w: ProposalDialog(ctx),
    "proposal_edit": lambda ctx, w: ProposalDialog(ctx, proposal_id=w.proposal),
    "gig": lambda ctx, w: TemplateDialog(ctx),
    "order": lambda ctx, w: OrderDialog(ctx, template_id=w.gig, client_id=w.client),
    "settings": lambda ctx, w: SettingsDialog(ctx),
}


# --- what a user does to a widget -------------------------------------------------------------------


def paste(widget, text: str) -> None:
    """Select what the field holds and paste ``text`` over it, as from another program."""
    if hasattr(widget, "lineEdit") and widget.lineEdit() is not None:  # an editable combo box
        widget = widget.lineEdit()
    widget.selectAll()
    QApplication.clipboard().setText(text)
    widget.paste()


def _widget(dialog, path: str):
    target = dialog
    for part in path.split("."):  # "amounts.gross": the payment's amount fields
        target = getattr(target, part)
    return target


def typed(name: str, text: str):
    return lambda d: paste(_widget(d, name), text)


def dated(name: str, y: int, m: int, d: int):
    return lambda dlg: _widget(dlg, name).setDate(QDate(y, m, d))


def both(*steps):
    def run(d):
        for step in steps:
            step(d)
    return run


def hourly_kind(d):
    d.kind.setCurrentIndex(d.kind.findData("hourly"))


def titled(d):
    paste(d.title_edit, "Landing page")


def started_at(y, m, day, hour=9):
    return lambda d: d.start.setDateTime(QDateTime(QDate(y, m, day), QTime(hour, 0), QTimeZone.systemTimeZone()))


# A new contract needs a client and a title before its other fields are read.
def contract(*steps):
    return both(titled, lambda d: paste(d.budget, "500"), *steps)


# The rows: dialog, what is done to it, the field whose message shows, a part of that message.
ROWS = [
    # --- names: a client's ---------------------------------------------------------------------
    ("client", typed("name", ""), "name", "required"),
    ("client", typed("name", "   "), "name", "required"),
    ("client", typed("name", "\u3000\u00a0\t"), "name", "required"),  # ideographic and no-break spaces, a tab
    ("client", typed("name", "\u200b\u200b\u2060"), "name", "no visible characters"),  # zero-width only
    ("client", typed("name", "\u3164\u3164"), "name", "no visible characters"),  # Hangul fillers draw nothing
    ("client", typed("name", "\u202eoiduts dnIwhtroN"), "name", "direction character (U+202E)"),  # RLO
    ("client", typed("name", "Northwind\u2066 Studio"), "name", "direction character (U+2066)"),
    ("client", typed("name", "North\x00wind"), "name", "control character (U+0000)"),  # a NUL byte
    ("client", typed("name", "Northwind\x1b[31m"), "name", "control character (U+001B)"),  # a terminal escape
    ("client", typed("name", "North\twind"), "name", "control character (U+0009)"),  # a tab inside a name
    ("client", typed("name", "x" * 201), "name", "200 characters; it has 201"),
    ("client", both(typed("name", "Ann"), typed("company", "c" * 250)), "company", "200 characters; it has 250"),
    ("client", both(typed("name", "Ann"), typed("company", "\u200b")), "company", "no visible characters"),
    ("client", both(typed("name", "Ann"), typed("company", "PT\x00 Sinar")), "company", "control character"),
    ("client", both(typed("name", "Ann"), typed("email", "ann@example.com\x00")), "email", "control character"),
    ("client", both(typed("name", "Ann"), typed("email", "ann@")), "email", "does not look like an e-mail"),
    ("client", both(typed("name", "Ann"), typed("timezone", "Mars/Olympus_Mons")), "timezone", "Unknown time zone"),
    ("client", both(typed("name", "Ann"), typed("timezone", "../../etc/passwd")), "timezone", "Unknown time zone"),
    ("client", both(typed("name", "Ann"), typed("timezone", "Asia/Jakarta\x00")), "timezone", "control character"),
    ("client", both(typed("name", "Ann"), typed("notes", MILLION)), "notes", "10000 characters; it has 1000000"),
    ("client", both(typed("name", "Ann"), typed("notes", "call\x00back")), "notes", "control character"),
    ("client_edit", typed("name", "\u200b"), "name", "no visible characters"),
    ("client_edit", typed("company", "c" * 201), "company", "200 characters"),
    # --- contracts --------------------------------------------------------------------------------
    ("contract", typed("title_edit", ""), "title", "required"),
    ("contract", typed("title_edit", "\u202eLogo"), "title", "direction character"),
    ("contract", typed("title_edit", "t" * 300), "title", "200 characters"),
    ("contract", both(titled, typed("budget", "12 34")), "budget", "is not an amount"),
    ("contract", both(titled, typed("budget", "1_000")), "budget", "is not an amount"),
    ("contract", both(titled, typed("budget", "\u0661\u0662\u0663")), "budget", "is not an amount"),  # Arabic-Indic
    ("contract", both(titled, typed("budget", "\uff11\uff12\uff13")), "budget", "is not an amount"),  # full-width
    ("contract", both(titled, typed("budget", "1e5")), "budget", "is not an amount"),
    ("contract", both(titled, typed("budget", "NaN")), "budget", "is not an amount"),
    ("contract", both(titled, typed("budget", "-500")), "budget", "cannot be negative"),
    ("contract", both(titled, typed("budget", "0")), "budget", "total price"),
    ("contract", both(titled, typed("budget", "10000000000000")), "budget", "implausibly large"),
    ("contract", contract(typed("fee", "150")), "fee", "between 0% and 100%"),
    ("contract", contract(typed("fee", "-5")), "fee", "between 0% and 100%"),
    ("contract", both(titled, hourly_kind, typed("rate", "0")), "rate", "hourly rate"),
    ("contract", both(titled, hourly_kind, typed("rate", "\u0661\u0660")), "rate", "is not an amount"),
    ("contract", both(titled, hourly_kind, typed("rate", "35"), typed("weekly_limit", "1_000")),
     "weekly_limit", "Enter hours"),
    ("contract", both(titled, hourly_kind, typed("rate", "35"), typed("weekly_limit", "\u00b2")),
     "weekly_limit", "Enter hours"),  # a superscript two
    ("contract", both(titled, hourly_kind, typed("rate", "35"), typed("weekly_limit", "200")),
     "weekly_limit", "between 1 and 168"),
    ("contract", contract(dated("start_date", 9999, 12, 31)), "start_date", "more than a year ahead"),
    ("contract", contract(dated("start_date", 1970, 1, 1)), "start_date", "before 2000"),
    ("contract", contract(lambda d: d.end_date.set_value(date(2099, 1, 1))), "end_date", "more than a year ahead"),
    ("contract", contract(dated("start_date", 2026, 3, 10), lambda d: d.end_date.set_value(date(2026, 3, 1))),
     "end_date", "before the start date"),
    ("contract", contract(typed("notes", MILLION)), "notes", "10000 characters"),
    ("contract", contract(typed("notes", "brief\x00")), "notes", "control character"),
    ("contract_edit", dated("start_date", 9999, 12, 31), "start_date", "more than a year ahead"),
    ("contract_edit", typed("title_edit", "\u200b"), "title", "no visible characters"),
    # --- milestones -------------------------------------------------------------------------------
    ("milestone", both(typed("title_edit", "Blog"), typed("amount", "0")), "amount", "above zero"),
    ("milestone", both(typed("title_edit", "Blog"), typed("amount", "-1")), "amount", "cannot be negative"),
    ("milestone", both(typed("title_edit", "Blog"), typed("amount", "1.234")), "amount", "at most 2 decimal places"),
    ("milestone", both(typed("title_edit", " \u00a0 "), typed("amount", "100")), "title", "required"),
    ("milestone", both(typed("title_edit", "Blog"), typed("amount", "100"),
                       lambda d: d.due_date.set_value(date(2026, 2, 1))), "due_date", "before the contract starts"),
    ("milestone", both(typed("title_edit", "Blog"), typed("amount", "100"),
                       lambda d: d.due_date.set_value(date(2099, 1, 1))), "due_date", "more than a year ahead"),
    ("milestone", both(typed("title_edit", "Blog"), typed("amount", "100"), typed("description", "a\x00b")),
     "description", "control character"),
    ("milestone_edit", typed("amount", "1_000"), "amount", "is not an amount"),
    ("milestone_edit", lambda d: d.due_date.set_value(date(9999, 12, 31)), "due_date", "more than a year ahead"),
    ("mark_paid", dated("received_on", 2099, 1, 1), "received_on", "more than a year ahead"),
    ("mark_paid", typed("gross", "0"), "gross", "more than zero"),
    # --- time -------------------------------------------------------------------------------------
    ("entry", typed("duration", "99:99"), "duration", "is not a duration"),
    ("entry", typed("duration", "1.5.5"), "duration", "is not a duration"),
    ("entry", typed("duration", "-1:00"), "duration", "cannot be negative"),
    ("entry", typed("duration", "25:00"), "duration", "at most 24 hours"),
    ("entry", typed("duration", "\u0661:\u0663\u0660"), "duration", "is not a duration"),  # Arabic-Indic 1:30
    ("entry", typed("duration", "\uff11\uff1a\uff13\uff10"), "duration", "is not a duration"),  # full-width
    ("entry", typed("duration", "0"), "duration", "above zero"),
    ("entry", dated("day", 2099, 1, 1), "date", "more than a year ahead"),
    ("entry", dated("day", 2026, 3, 12), "date", "in the future"),  # the day after tomorrow
    ("entry", dated("day", 1999, 12, 31), "date", "before 2000"),
    ("entry", typed("note", "fix \u202egnp.exe"), "note", "direction character"),
    ("entry", typed("note", "fix\x00"), "note", "control character"),
    ("entry", typed("note", "n" * 2001), "note", "2000 characters; it has 2001"),
    ("entry_edit", dated("day", 1970, 1, 1), "date", "before 2000"),
    ("entry_edit", typed("duration", "24:01"), "duration", "at most 24 hours"),
    ("started_at", started_at(2026, 3, 7), "start", "at most 24 hours"),  # a running timer moved days back
    ("started_at", started_at(2026, 3, 11), "start", "in the future"),
    ("started_at", started_at(1970, 1, 1), "start", "before 2000"),
    # --- payments ---------------------------------------------------------------------------------
    ("payment", both(typed("amounts.gross", "100"), dated("received_on", 2099, 1, 1)),
     "received_on", "more than a year ahead"),
    ("payment", both(typed("amounts.gross", "100"), dated("received_on", 1970, 1, 1)), "received_on", "before 2000"),
    ("payment", typed("amounts.gross", "0"), "gross", "more than zero"),
    ("payment", typed("amounts.gross", "-10"), "gross", "cannot be negative"),
    ("payment", typed("amounts.gross", "12 34"), "gross", "is not an amount"),
    ("payment", typed("amounts.gross", "\uff11\uff10\uff10"), "gross", "is not an amount"),
    ("payment", both(typed("amounts.gross", "100"), typed("amounts.fee", "150")), "fee", "more than the amount"),
    ("payment", both(typed("amounts.gross", "100"), typed("note", "inv\x00")), "note", "control character"),
    ("payment_edit", dated("received_on", 2099, 1, 1), "received_on", "more than a year ahead"),
    ("payment_edit", typed("amounts.gross", "1_000"), "gross", "is not an amount"),
    # USD 10¹² at 10⁸ rupiah a dollar once overflowed SQLite's integers; now the rate is refused …
    ("payment_idr", both(typed("amounts.gross", "1000000000000"), typed("amounts.rate", "100000000")),
     "rate", "between"),
    # … and at a real rate the rupiah value is still more than any payment.
    ("payment_idr", both(typed("amounts.gross", "1000000000000"), typed("amounts.rate", "16000")),
     "gross", "implausibly large in IDR"),
    ("payment_idr", both(typed("amounts.gross", "100"), typed("amounts.rate", "0")), "rate", "more than zero"),
    ("payment_idr", both(typed("amounts.gross", "100"), typed("amounts.rate", "-16000")), "rate", "more than zero"),
    ("payment_idr", both(typed("amounts.gross", "100"), typed("amounts.rate", "lots")), "rate", "exchange rate such as"),
    ("week", both(dated("week", 1970, 1, 5), typed("amounts.gross", "100")), "week", "before 2000"),
    ("week", both(typed("amounts.gross", "100"), dated("received_on", 2099, 1, 1)),
     "received_on", "more than a year ahead"),
    # --- the pipeline: proposals and gigs ---------------------------------------------------------
    ("proposal", typed("job_title", ""), "job_title", "required"),
    ("proposal", typed("job_title", "Fix \u202e"), "job_title", "direction character"),
    ("proposal", both(typed("job_title", "Fix"), typed("client", "c" * 201)), "client", "200 characters"),
    ("proposal", both(typed("job_title", "Fix"), dated("sent_on", 1970, 1, 1)), "sent_on", "before 2000"),
    ("proposal", both(typed("job_title", "Fix"), dated("sent_on", 2099, 1, 1)), "sent_on", "more than a year ahead"),
    ("proposal", both(typed("job_title", "Fix"), typed("bid", "-1")), "bid", "cannot be negative"),
    ("proposal", both(typed("job_title", "Fix"), typed("bid", "1e3")), "bid", "is not an amount"),
    ("proposal", both(typed("job_title", "Fix"), typed("notes", MILLION)), "notes", "10000 characters"),
    ("proposal_edit", typed("job_title", "\u2060"), "job_title", "no visible characters"),
    ("gig", typed("title_edit", "Logo\x00"), "title", "control character"),
    ("gig", both(typed("title_edit", "Logo"), typed("price", "0")), "price", "gig's price"),
    ("gig", both(typed("title_edit", "Logo"), typed("price", "50"), typed("split", "x" * 201 + " | 100")),
     "milestone_split", "200 characters"),
    ("gig", both(typed("title_edit", "Logo"), typed("price", "50"), typed("split", "All | 150")),
     "milestone_split", "at most 100"),
    ("gig", both(typed("title_edit", "Logo"), typed("price", "50"), typed("notes", MILLION)), "notes", "10000 characters"),
    ("order", dated("start", 9999, 12, 31), "start_date", "more than a year ahead"),
    ("order", typed("title_edit", "\u202eLogo"), "title", "direction character"),
    # --- settings: only what is typed there -------------------------------------------------------
    ("settings", typed("max_hours", "\u00b2"), "workload_max_weekly_hours", "whole hours"),  # once a traceback
    ("settings", typed("max_hours", "\u0661\u0662"), "workload_max_weekly_hours", "whole hours"),
    ("settings", typed("max_hours", "200"), "workload_max_weekly_hours", "whole hours"),
    ("settings", typed("max_hours", "-5"), "workload_max_weekly_hours", "whole hours"),
]


def dump() -> list[str]:
    """Every row of every table (as SQL on the file): what "nothing was written" compares."""
    from freelance_desk.db.connection import backend

    if backend() == "sqlite":
        return list(db.connection().iterdump())
    return [f"{table}: {row!r}" for table in sorted(db.get_tables())
            for row in db.execute_sql(f'SELECT * FROM "{table}" ORDER BY 1')]


def _label(row) -> str:
    key, _fill, field, message = row
    return f"{key}-{field}-{message}"


@pytest.mark.parametrize("row", ROWS, ids=[_label(r) for r in ROWS])
def test_hostile_value_is_refused_at_its_field_and_nothing_is_written(qtbot, ctx, world, row):
    key, fill, field, message = row
    dialog = DIALOGS[key](ctx, world)
    qtbot.addWidget(dialog)
    before = dump()
    fill(dialog)
    dialog.accept()
    shown = dialog.field_error(field)
    assert message in shown, f"under {field}: {shown!r}; elsewhere: {dialog.field_error('')!r}"
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dump() == before


def test_the_table_covers_at_least_sixty_values():
    assert len(ROWS) >= 60
    assert {key for key, *_ in ROWS} == set(DIALOGS)  # every dialog is tried


@pytest.mark.parametrize(
    "name",
    ["🦊🚀", "👩\u200d💻", "شركة الندى", "\u200fשלום", "Zoë Ørsted", "株式会社ノースウィンド"],
    ids=["emoji", "emoji-zwj", "arabic", "hebrew-with-rlm", "latin", "japanese"],
)
def test_names_in_any_script_or_of_emoji_are_kept_as_typed(qtbot, ctx, world, name):
    dialog = ClientDialog(ctx)
    qtbot.addWidget(dialog)
    paste(dialog.name, name)
    dialog.accept()
    assert dialog.field_error("name") == ""
    assert Client.get(Client.id == dialog.result_object.id).name == name


def test_the_earliest_year_is_a_setting_every_date_follows(qtbot, ctx, world):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.earliest_year.value() == 2000
    dialog.earliest_year.setValue(1995)
    dialog.accept()
    assert settings_store.earliest_year() == 1995
    entry = TimeEntryDialog(ctx, contract_id=world.hourly)
    qtbot.addWidget(entry)
    entry.day.setDate(QDate(1996, 5, 1))
    entry.accept()
    assert entry.field_error("date") == "" and entry.result() == entry.DialogCode.Accepted
    contracts = Contract.select().count()
    dialog = ContractDialog(ctx)
    qtbot.addWidget(dialog)
    contract(dated("start_date", 1994, 12, 31))(dialog)
    dialog.accept()
    assert "before 1995" in dialog.field_error("start_date")
    assert Contract.select().count() == contracts
