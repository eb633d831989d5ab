"""The payments page driven like a user: record, edit, delete and undo through the real dialogs."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from freelance_desk.core.calendar import Period
from freelance_desk.db.models import Payment
from freelance_desk.services.milestones.lifecycle import mark_paid, milestones_of
from freelance_desk.services.money.payment_list import list_payments
from freelance_desk.services.money.week_earnings import record_week
from freelance_desk.services.settings import store as settings_store
from freelance_desk.ui.dialogs.payment import PaymentDialog
from freelance_desk.ui.dialogs.week_earnings import WeekEarningsDialog
from freelance_desk.ui.models.payments import PaymentsTableModel
from freelance_desk.ui.pages.payments import PaymentsPage
from tests.services.money.income_world import IDR_TO_USD, entry, pay, walk, world  # noqa: F401
from tests.ui.helpers import answer_dialog

C = PaymentsTableModel.Column


@pytest.fixture
def page(qtbot, ctx, world):
    page = PaymentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    return page


def shown(page, column) -> list[str]:
    proxy = page.table.model()
    return [proxy.index(r, int(column)).data() for r in range(proxy.rowCount())]


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_empty_page_explains_what_goes_here(page):
    assert page.stack.currentWidget() is page.empty
    assert "No payments yet" in page.empty.title.text()


def test_record_a_bonus_then_undo_and_redo(qtbot, page, ctx, world):
    def fill(d: PaymentDialog):
        choose(d.contract, world.hourly)
        qtbot.keyClicks(d.amounts.gross, "150")
        assert d.amounts.fee.text() == "15.00"  # Upwork's 10 %, prefilled as the gross is typed
        assert d.amounts.net.text() == "$135.00"
        assert not d.form.isRowVisible(d.amounts.rate_box)  # dollars: no exchange rate asked
        choose(d.kind, "bonus")
        d.note.setText("Thank-you bonus")

    answer_dialog(PaymentDialog, fill)
    page.add_button.click()
    assert page.stack.currentWidget() is page.table
    assert shown(page, C.CLIENT) == ["Harbor Analytics"]
    assert shown(page, C.KIND) == ["Bonus"]
    assert shown(page, C.NET) == ["$135.00"]
    assert "net $135.00" in page.totals.text()
    payment = Payment.get()
    assert (payment.gross_minor, payment.fee_minor, payment.kind, payment.note) == (15000, 1500, "bonus",
                                                                                   "Thank-you bonus")
    ctx.undo_stack.undo()
    assert Payment.select().count() == 0
    assert page.stack.currentWidget() is page.empty
    ctx.undo_stack.redo()
    assert Payment.get_by_id(payment.id).net_minor == 13500
    assert shown(page, C.NET) == ["$135.00"]


def test_a_rupiah_payment_asks_for_the_rate_prefilled_from_the_last_one(qtbot, page, world):
    pay(world.profile, date(2026, 1, 5), 1_000_000, currency="IDR", rate=IDR_TO_USD)
    seen = []

    def fill(d: PaymentDialog):
        choose(d.contract, world.profile)
        assert d.form.isRowVisible(d.amounts.rate_box)
        assert d.amounts.rate.text() == "0.0000625"
        assert d.currency_label.text() == "IDR"
        qtbot.keyClicks(d.amounts.gross, "2,000,000")  # in English commas group thousands, rupiah too
        assert d.amounts.net.text() == "IDR\u00a02,000,000  ≈ $125.00"
        d.amounts.rate.setText("0.00006")
        d.amounts.rate.textEdited.emit("0.00006")
        assert "1 USD = 16,667 IDR" in d.amounts.rate_hint.text()

    answer_dialog(PaymentDialog, fill, seen)
    page.add_payment()
    saved = Payment.select().order_by(Payment.id.desc()).get()
    assert (saved.gross_minor, saved.rate, saved.net_home_minor) == (2_000_000, Decimal("0.00006"), 12000)
    assert shown(page, C.HOME)[0] == "$120.00"


@pytest.mark.parametrize(
    "gross, fee, rate, field, message",
    [
        ("abc", "", "", "gross", "is not an amount"),
        ("0", "0", "", "gross", "more than zero"),
        ("100", "150", "", "fee", "more than the amount"),
        ("1.5", "0", "", "gross", "IDR amounts have no decimals. Write them like 7,500,000."),  # no sen
        ("1000000", "", "", "rate", "what 1 IDR was worth in USD"),  # no rate known yet: the user must give one
        ("1000000", "0", "-1", "rate", "more than zero"),
    ],
)
def test_bad_input_is_explained_at_the_field_and_nothing_is_saved(qtbot, ctx, world, gross, fee, rate, field, message):
    dialog = PaymentDialog(ctx)
    qtbot.addWidget(dialog)
    choose(dialog.contract, world.profile)
    dialog.amounts.gross.setText(gross)
    dialog.amounts.fee.setText(fee)
    dialog.amounts.rate.setText(rate)
    dialog.accept()
    assert message in dialog.field_error(field)
    assert dialog.result() == 0
    assert Payment.select().count() == 0


def test_edit_with_f2_changes_the_amount(qtbot, page, world):
    payment = pay(world.logo, date(2026, 2, 1), 20000, 2000)
    page.refresh()
    page.table.select_id(payment.id)

    def fill(d: PaymentDialog):
        assert d.amounts.gross.text() == "200.00" and d.amounts.fee.text() == "40.00"
        d.amounts.gross.setText("250")
        d.amounts.gross.textEdited.emit("250")
        assert d.amounts.fee.text() == "50.00"  # the fee was the contract's: it follows the gross

    answer_dialog(PaymentDialog, fill)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert shown(page, C.GROSS) == ["$250.00"]
    assert Payment.get_by_id(payment.id).net_minor == 20000


def test_delete_asks_and_undo_brings_it_back(qtbot, page, ctx, world, confirmations):
    keep = pay(world.logo, date(2026, 2, 1), 20000, 2000)
    gone = pay(world.hourly, date(2026, 2, 3), 5000, 1000, kind="bonus")
    page.refresh()
    page.table.select_id(gone.id)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "$50.00" in confirmations[0] and "Harbor Analytics" in confirmations[0]
    assert [p.id for p in Payment.select()] == [keep.id]
    assert shown(page, C.CLIENT) == ["tom_builds"]
    ctx.undo_stack.undo()
    assert Payment.get_by_id(gone.id).net_minor == 4500
    assert len(shown(page, C.CLIENT)) == 2


def test_saying_no_keeps_the_payment(qtbot, page, world, confirmations):
    confirmations.answer = False
    payment = pay(world.logo, date(2026, 2, 1), 20000, 2000)
    page.refresh()
    page.table.select_id(payment.id)
    page.delete_button.click()
    assert len(confirmations) == 1
    assert Payment.select().count() == 1


def test_a_milestone_payment_is_edited_not_deleted_here(page, world):
    design = milestones_of(world.profile)[0]
    walk(design.id, "start", "submit", "approve")
    payment = mark_paid(design.id, date(2026, 2, 20), rate=IDR_TO_USD)
    page.refresh()
    page.table.select_id(payment.id)
    assert page.edit_button.isEnabled()
    assert not page.delete_button.isEnabled()
    assert "Milestones page" in page.delete_button.toolTip()
    assert shown(page, C.FOR) == ["Design"]


def test_filters_period_client_and_search(page, world):
    pay(world.logo, date(2026, 2, 1), 20000, 2000, note="invoice 7")
    pay(world.hourly, date(2026, 2, 20), 5000, 1000, kind="bonus")
    pay(world.hourly, date(2026, 3, 2), 7000, 1000, kind="bonus")
    page.refresh()
    page.period.select(Period.LAST_MONTH)  # today is 10 March 2026
    assert shown(page, C.CLIENT) == ["Harbor Analytics", "tom_builds"]
    assert "net $205.00" in page.totals.text()
    choose(page.client, world.harbor)
    assert shown(page, C.GROSS) == ["$50.00"]
    page.client.setCurrentIndex(0)
    page.search.setText("invoice")
    assert shown(page, C.CLIENT) == ["tom_builds"]
    page.search.clear()
    page.show_target(month="2026-03")
    assert page.period.period() == Period.CUSTOM
    assert shown(page, C.GROSS) == ["$70.00"]


def test_reloading_the_list_never_reads_the_week_start(page, monkeypatch):
    """The page offers no week period, so its reloads make no settings read for one."""
    reads = []
    monkeypatch.setattr(settings_store, "week_start", lambda: reads.append(1) or "sunday_local")
    for index in range(page.period.count()):
        page.period.setCurrentIndex(index)  # each choice reloads the list
    page.reload()
    assert page.period.period() == Period.CUSTOM and reads == []


def test_record_a_week_once_through_the_dialog(qtbot, page, world):
    for day in (2, 3, 4):  # 8 h a day: 24 h in a week limited to 20 h
        entry(world.hourly, datetime(2026, 3, day, 8, tzinfo=UTC), 480)
    seen = []

    def fill(d: WeekEarningsDialog):
        choose(d.contract, world.hourly)
        d.week.setDate(d.week.date().fromString("2026-03-04", "yyyy-MM-dd"))
        assert "4:00 h over the limit, not billed" in d.hours.text()
        assert d.amounts.gross.text() == "700.00" and d.amounts.fee.text() == "70.00"
        assert d.amounts.net.text() == "$630.00"

    answer_dialog(WeekEarningsDialog, fill, seen)
    page.week_button.click()
    payment = Payment.get()
    assert (payment.kind, payment.period_start, payment.net_minor) == ("hourly", date(2026, 3, 2), 63000)
    assert shown(page, C.KIND) == ["Hourly week"]

    def again(d: WeekEarningsDialog):
        choose(d.contract, world.hourly)
        d.week.setDate(d.week.date().fromString("2026-03-06", "yyyy-MM-dd"))
        assert "Already recorded" in d.field_error("week")
        d.accept()  # saving anyway is refused, with the reason at the week
        assert "already recorded" in d.field_error("week")
        assert d.isVisible()

    answer_dialog(WeekEarningsDialog, again, seen)
    page.record_week()
    assert len(seen) == 2
    assert Payment.select().count() == 1


def test_payments_model_passes_the_model_tester(qtmodeltester, ctx, world):
    pay(world.logo, date(2026, 2, 1), 20000, 2000)
    pay(world.profile, date(2026, 2, 5), 5_000_000, currency="IDR", rate=IDR_TO_USD)
    settings_store.set_home_currency("IDR")  # an earlier home currency shows with its own symbol
    model = PaymentsTableModel()
    model.set_payments(list_payments(), "IDR")
    qtmodeltester.check(model)
    assert model.index(0, int(C.HOME)).data() == "$312.50"
    assert "not in the IDR totals" in model.index(0, int(C.HOME)).data(Qt.ItemDataRole.ToolTipRole)


def test_editing_a_week_payment_keeps_its_week_kind_and_contract(qtbot, page, world):
    entry(world.hourly, datetime(2026, 3, 3, 8, tzinfo=UTC), 120)
    payment = record_week(world.hourly, date(2026, 3, 2), date(2026, 3, 12), 7000, 700)
    page.refresh()
    page.table.select_id(payment.id)

    def fill(d: PaymentDialog):
        assert not d.kind.isEnabled() and d.kind.currentText() == "Hourly week"
        assert not d.contract.isEnabled()
        d.amounts.fee.setText("7.50")  # the platform took a little more
        d.amounts.fee.textEdited.emit("7.50")
        assert d.amounts.net.text() == "$62.50"

    answer_dialog(PaymentDialog, fill)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    saved = Payment.get_by_id(payment.id)
    assert (saved.kind, saved.period_start, saved.period_end) == ("hourly", date(2026, 3, 2), date(2026, 3, 8))
    assert (saved.fee_minor, saved.net_minor, saved.net_home_minor) == (750, 6250, 6250)


# --- the interface's locale: amounts typed and shown as it writes them ---------------------------


def test_in_indonesian_amounts_are_typed_and_shown_with_a_decimal_comma(qtbot, page, world, indonesian):
    def fill(d: PaymentDialog):
        choose(d.contract, world.hourly)
        assert d.amounts.gross.placeholderText().endswith(" US$1.250,50")  # how to type an amount here
        qtbot.keyClicks(d.amounts.gross, "1.250,50")
        assert d.amounts.fee.text() == "125,05"  # Upwork's 10 %, in the same convention
        assert d.amounts.net.text() == "US$1.125,45"
        choose(d.kind, "bonus")

    answer_dialog(PaymentDialog, fill)
    page.add_button.click()
    payment = Payment.get()
    assert (payment.gross_minor, payment.fee_minor) == (125050, 12505)
    assert shown(page, C.GROSS) == ["US$1.250,50"]
    assert "US$1.125,45" in page.totals.text() and "125,05" in page.totals.text()
    assert "." not in shown(page, C.NET)[0].split(",")[1]  # no point after the decimal comma


def test_in_indonesian_a_point_groups_thousands_of_dollars(qtbot, page, world, indonesian):
    def fill(d: PaymentDialog):
        choose(d.contract, world.hourly)
        qtbot.keyClicks(d.amounts.gross, "1.250")
        assert d.amounts.net.text() == "US$1.125,00"
        choose(d.kind, "bonus")

    answer_dialog(PaymentDialog, fill)
    page.add_button.click()
    assert Payment.get().gross_minor == 125000  # one thousand two hundred fifty dollars, not 1.25


@pytest.mark.parametrize(
    ("typed", "locale", "message"),
    [
        ("1,250.50", "id", "“1,250.50” is not an amount. Write it like 1.250,50."),
        ("1,250", "id", "USD amounts have at most 2 decimal places. Write them like 1.250,50."),
        ("1.25.0", "id", "“1.25.0” is not an amount. Write it like 1.250,50."),
        ("1.250", "en", "USD amounts have at most 2 decimal places. Write them like 1,250.50."),
        ("1.250,50", "en", "“1.250,50” is not an amount. Write it like 1,250.50."),
    ],
)
def test_an_amount_that_could_be_read_two_ways_is_refused_at_the_field(qtbot, ctx, world, request, typed, locale,
                                                                        message):
    if locale == "id":
        request.getfixturevalue("indonesian")
    dialog = PaymentDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(dialog.contract, world.hourly)
    qtbot.keyClicks(dialog.amounts.gross, typed)
    assert dialog.amounts.net.text() == "—"  # nothing guessed while typing either
    qtbot.keyClick(dialog.amounts.gross, Qt.Key.Key_Return)  # Enter saves, as Save does
    assert dialog.field_error("gross") == message
    assert dialog.focusWidget() is dialog.amounts.gross
    assert dialog.result() == 0 and Payment.select().count() == 0


def test_in_indonesian_a_rupiah_payment_reads_its_rate_with_a_decimal_comma(qtbot, page, world, indonesian):
    pay(world.profile, date(2026, 1, 5), 1_000_000, currency="IDR", rate=IDR_TO_USD)

    def fill(d: PaymentDialog):
        choose(d.contract, world.profile)
        assert d.amounts.rate.text() == "0,0000625"
        qtbot.keyClicks(d.amounts.gross, "2.000.000")
        assert d.amounts.net.text() == "Rp2.000.000  ≈ US$125,00"
        d.amounts.rate.clear()
        qtbot.keyClicks(d.amounts.rate, "0,00006")
        assert "1 USD = 16.667 IDR" in d.amounts.rate_hint.text()

    answer_dialog(PaymentDialog, fill)
    page.add_payment()
    saved = Payment.select().order_by(Payment.id.desc()).get()
    assert (saved.gross_minor, saved.rate, saved.net_home_minor) == (2_000_000, Decimal("0.00006"), 12000)
    assert shown(page, C.GROSS)[0] == "Rp2.000.000"
