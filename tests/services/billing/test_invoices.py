"""Invoices without Qt: numbers never given twice, lines from the work billed once, money exact,
payments recorded against an invoice, void releasing the work, every step undone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from freelance_desk.core.errors import DomainError, ValidationError
from freelance_desk.core.vocabulary import InvoiceGrouping, InvoiceState, MilestoneStatus
from freelance_desk.db.models import Client, Contract, Milestone, Payment, TimeEntry
from freelance_desk.services.billing import drafting, invoice_list, numbering
from freelance_desk.services.billing.invoices import (
    InvoiceData,
    LineData,
    TaxData,
    create_invoice,
    invoice_data,
    mark_sent,
    record_invoice_payment,
    undo_create,
    undo_invoice_payment,
    unvoid,
    update_invoice,
    void_invoice,
)
from freelance_desk.services.settings import store

NOW = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)
JAKARTA = 7 * 60


@pytest.fixture
def work(database):
    client = Client.create(name="PT Sinar", company="PT Sinar Jaya", timezone="Asia/Jakarta", currency="IDR",
                           created_at=NOW)
    hourly = Contract.create(client=client, title="Support", kind="hourly", currency="IDR", rate_minor=200_000,
                             weekly_limit_minutes=10 * 60, created_at=NOW)
    fixed = Contract.create(client=client, title="Website", kind="fixed", currency="IDR", budget_minor=9_000_000,
                            created_at=NOW)
    design = Milestone.create(contract=fixed, title="Design", amount_minor=4_000_000, status="approved",
                              approved_at=NOW, created_at=NOW)
    build = Milestone.create(contract=fixed, position=1, title="Build", amount_minor=5_000_000, status="active",
                             created_at=NOW)
    return client, hourly, fixed, design, build


def entry(contract, day: date, hour: int, minutes: int, note: str = "", billable: bool = True) -> TimeEntry:
    start = datetime(day.year, day.month, day.day, hour, tzinfo=UTC) - timedelta(minutes=JAKARTA)
    return TimeEntry.create(contract=contract, start=start, end=start + timedelta(minutes=minutes),
                            timezone="Asia/Jakarta", utc_offset_minutes=JAKARTA, note=note, billable=billable)


def data(client, lines, **kw) -> InvoiceData:
    return InvoiceData(client.id, date(2026, 3, 20), date(2026, 4, 3), "IDR", lines, **kw)


def line(contract, amount=1_000_000, **kw) -> LineData:
    return LineData("Consulting", Decimal(1), amount, contract.id, **kw)


def test_numbers_follow_the_prefix_and_start_again_each_year(work):
    client, hourly, *_ = work
    first = create_invoice(data(client, [line(hourly)]), NOW)
    second = create_invoice(data(client, [line(hourly)]), NOW)
    assert (first.number, second.number) == ("INV-2026-0001", "INV-2026-0002")
    next_year = create_invoice(InvoiceData(client.id, date(2027, 1, 2), date(2027, 1, 16), "IDR", [line(hourly)]),
                               NOW.replace(year=2027, month=1, day=2))
    assert next_year.number == "INV-2027-0001"
    store.put(store.INVOICE_PREFIX.key, "SJ/{year}/")
    store.put(store.INVOICE_DIGITS.key, "3")
    assert numbering.preview_number(date(2026, 5, 1)) == "SJ/2026/003"


def test_a_number_is_never_given_twice_voided_invoices_keep_theirs(work):
    client, hourly, *_ = work
    first = create_invoice(data(client, [line(hourly)]), NOW)
    void_invoice(first.invoice_id, "Wrong client", NOW)
    second = create_invoice(data(client, [line(hourly)]), NOW)
    assert second.number == "INV-2026-0002"
    assert invoice_list.get_row(first.invoice_id).state == InvoiceState.VOID
    # Undoing the newest draft gives its number back; undoing an older one does not.
    undo_create(second)
    assert create_invoice(data(client, [line(hourly)]), NOW).number == "INV-2026-0002"
    third = create_invoice(data(client, [line(hourly)]), NOW)
    older = create_invoice(data(client, [line(hourly)]), NOW)
    undo_create(third)
    assert older.number == "INV-2026-0004"
    assert create_invoice(data(client, [line(hourly)]), NOW).number == "INV-2026-0005"


def test_money_is_exact_lines_taxes_withholding_and_amount_due(work):
    client, hourly, *_ = work
    made = create_invoice(data(client, [
        LineData("Support", Decimal("12.25"), 200_000, hourly.id, "hour"),
        LineData("Hosting", Decimal(3), 333_333, hourly.id, "item"),
    ], taxes=[TaxData("PPN 11%", 1100), TaxData("PPh 23", 200, withheld=True)]), NOW)
    row = invoice_list.get_row(made.invoice_id)
    doc = invoice_list.invoice_document(made.invoice_id)
    assert [l.amount for l in doc.lines] == [2_450_000, 999_999]
    assert doc.subtotal == 3_449_999
    assert [t.amount for t in doc.taxes] == [379_500, 69_000]  # 11 % and 2 % of the subtotal, half up
    assert (doc.total, doc.withheld, doc.payable) == (3_829_499, 69_000, 3_760_499)
    assert row.state == InvoiceState.DRAFT and row.due == 0  # nothing is owed on a draft


def test_hourly_lines_by_day_cap_the_weekly_limit_and_are_billed_once(work):
    client, hourly, *_ = work
    monday = date(2026, 3, 9)  # week_start is Monday UTC
    entry(hourly, monday, 9, 4 * 60, "API")
    entry(hourly, monday, 14, 90, "Fixes")
    entry(hourly, monday + timedelta(days=1), 9, 5 * 60 + 20, "API")  # the week reaches 10:50 of a 10:00 limit
    entry(hourly, monday + timedelta(days=2), 9, 60, "not billable", billable=False)
    lines = drafting.hourly_lines(hourly.id, monday, monday + timedelta(days=6), show_over_limit=True)
    assert [(d.day, d.line.quantity, d.line.description) for d in lines if not d.over_limit] == [
        (monday, Decimal("5.50"), "API; Fixes"),
        (monday + timedelta(days=1), Decimal("4.50"), "API"),
    ]
    over = [d for d in lines if d.over_limit]
    assert [(d.week, d.line.quantity, d.line.unit_price_minor) for d in over] == [(monday, Decimal("0.83"), 0)]
    over[0].line.description = "Over the weekly limit (not billed)"  # the window words it in the client's language
    made = create_invoice(data(client, [d.line for d in lines]), NOW)
    doc = invoice_list.invoice_document(made.invoice_id)
    assert doc.subtotal == 1_100_000 + 900_000  # 10 hours at Rp200.000, none for the hours past the limit
    # Billed once: drafting again finds nothing; voiding releases it.
    assert drafting.hourly_lines(hourly.id, monday, monday + timedelta(days=6)) == []
    void_invoice(made.invoice_id, "", NOW)
    assert len(drafting.hourly_lines(hourly.id, monday, monday + timedelta(days=6))) == 2


def test_hourly_lines_by_note_and_hours_from_the_minutes_shown(work):
    client, hourly, *_ = work
    day = date(2026, 3, 16)
    entry(hourly, day, 9, 20, "Call")
    entry(hourly, day, 10, 25, "Call")
    e = entry(hourly, day, 11, 1, "")
    TimeEntry.update(end=e.end + timedelta(seconds=59)).where(TimeEntry.id == e.id).execute()  # 1:59 shows as 0:01
    lines = drafting.hourly_lines(hourly.id, day, day, InvoiceGrouping.BY_NOTE)
    assert [(d.notes, d.line.quantity) for d in lines] == [(("Call",), Decimal("0.75")), ((), Decimal("0.02"))]
    assert [d.line.unit_price_minor for d in lines] == [200_000, 200_000]


def test_approved_milestones_become_lines_and_are_not_billed_twice(work):
    client, hourly, fixed, design, build = work
    lines = drafting.draft_lines(fixed.id, date(2026, 3, 1), date(2026, 3, 31))
    assert [(d.line.description, d.line.unit_price_minor, d.line.milestone_id) for d in lines] == [
        ("Design", 4_000_000, design.id)]
    create_invoice(data(client, [d.line for d in lines]), NOW)
    assert drafting.draft_lines(fixed.id, date(2026, 3, 1), date(2026, 3, 31)) == []
    with pytest.raises(ValidationError, match="already billed on invoice INV-2026-0001"):
        create_invoice(data(client, [d.line for d in lines]), NOW)


def test_a_payment_splits_by_contract_marks_paid_and_is_undone(work):
    client, hourly, fixed, design, build = work
    made = create_invoice(data(client, [
        LineData("Design", Decimal(1), 4_000_000, fixed.id, milestone_id=design.id),
        LineData("Support", Decimal(5), 200_000, hourly.id, "hour"),
    ]), NOW)
    with pytest.raises(DomainError, match="sent before"):
        record_invoice_payment(made.invoice_id, date(2026, 3, 25), 1_000_000)
    mark_sent(made.invoice_id, NOW)
    with pytest.raises(ValidationError, match="more than the amount due"):
        record_invoice_payment(made.invoice_id, date(2026, 3, 25), 5_000_001)
    part = record_invoice_payment(made.invoice_id, date(2026, 3, 25), 1_000_000, fee_minor=6_500)
    payments = list(Payment.select().where(Payment.id.in_(part.payment_ids)).order_by(Payment.id))
    assert [(p.contract_id, p.milestone_id, p.gross_minor, p.fee_minor) for p in payments] == [
        (fixed.id, design.id, 800_000, 5_200), (hourly.id, None, 200_000, 1_300)]
    assert invoice_list.get_row(made.invoice_id).state == InvoiceState.PARTLY_PAID
    rest = record_invoice_payment(made.invoice_id, date(2026, 3, 28), 4_000_000)
    row = invoice_list.get_row(made.invoice_id)
    assert (row.state, row.due, row.paid) == (InvoiceState.PAID, 0, 5_000_000)
    assert Milestone.get_by_id(design.id).status == MilestoneStatus.PAID
    with pytest.raises(DomainError, match="payments were recorded|Payments were recorded"):
        void_invoice(made.invoice_id, "", NOW)
    undo_invoice_payment(rest)
    assert Milestone.get_by_id(design.id).status == MilestoneStatus.APPROVED
    assert invoice_list.get_row(made.invoice_id).state == InvoiceState.PARTLY_PAID
    assert Payment.select().count() == 2


def test_overdue_invoices_are_sent_unpaid_and_past_their_due_date(work):
    client, hourly, *_ = work
    sent = create_invoice(data(client, [line(hourly)]), NOW)
    mark_sent(sent.invoice_id, NOW)
    create_invoice(data(client, [line(hourly)]), NOW)  # a draft is not owed
    assert invoice_list.overdue_invoices(date(2026, 4, 3)) == []  # due today: not yet overdue
    overdue = invoice_list.overdue_invoices(date(2026, 4, 10))
    assert [(r.number, r.due, r.days_overdue(date(2026, 4, 10))) for r in overdue] == [("INV-2026-0001", 1_000_000, 7)]
    record_invoice_payment(sent.invoice_id, date(2026, 4, 9), 1_000_000)
    assert invoice_list.overdue_invoices(date(2026, 4, 10)) == []


def test_bad_input_is_refused_at_its_field_and_nothing_is_saved(work):
    client, hourly, *_ = work
    other = Client.create(name="Other", created_at=NOW)
    usd = Contract.create(client=client, title="USD work", currency="USD", created_at=NOW)
    theirs = Contract.create(client=other, title="Theirs", currency="IDR", created_at=NOW)
    cases = [
        (data(client, []), "lines"),
        (data(client, [LineData(" ", Decimal(1), 5, hourly.id)]), "lines"),
        (data(client, [LineData("x", Decimal(0), 5, hourly.id)]), "quantity"),
        (data(client, [LineData("x", Decimal("1.2345"), 5, hourly.id)]), "quantity"),
        (data(client, [line(theirs)]), "lines"),
        (data(client, [line(usd)]), "currency"),
        (data(client, [line(hourly)], taxes=[TaxData("VAT", 0)]), "taxes"),
        (InvoiceData(client.id, date(2026, 3, 20), date(2026, 3, 1), "IDR", [line(hourly)]), "due_on"),
    ]
    for bad, field in cases:
        with pytest.raises(ValidationError) as caught:
            create_invoice(bad, NOW)
        assert caught.value.field == field
    assert invoice_list.list_invoices() == [] and numbering.counter_of(2026) == 0


def test_a_draft_is_edited_and_a_sent_one_is_not(work):
    client, hourly, *_ = work
    made = create_invoice(data(client, [line(hourly)]), NOW)
    before = update_invoice(made.invoice_id, data(client, [line(hourly, 2_500_000)], notes="Thanks!"))
    assert before.lines[0].unit_price_minor == 1_000_000
    assert invoice_data(made.invoice_id).notes == "Thanks!"
    assert invoice_list.get_row(made.invoice_id).total == 2_500_000
    mark_sent(made.invoice_id, NOW)
    with pytest.raises(DomainError, match="not changed any more"):
        update_invoice(made.invoice_id, before)


def test_unvoid_is_refused_when_the_work_was_billed_again(work):
    client, hourly, fixed, design, _ = work
    first = create_invoice(data(client, [LineData("Design", Decimal(1), 4_000_000, fixed.id,
                                                  milestone_id=design.id)]), NOW)
    voided = void_invoice(first.invoice_id, "Typo", NOW)
    create_invoice(data(client, [LineData("Design", Decimal(1), 4_000_000, fixed.id, milestone_id=design.id)]), NOW)
    with pytest.raises(ValidationError, match="already billed on invoice INV-2026-0002"):
        unvoid(voided)
    assert invoice_list.get_row(first.invoice_id).state == InvoiceState.VOID


def test_paper_and_language_follow_the_clients_country():
    assert invoice_list.default_paper("America/New_York") == "letter"
    assert invoice_list.default_paper("Asia/Jakarta") == "a4"
    assert invoice_list.default_language("Asia/Makassar") == "id"
    assert invoice_list.default_language("Europe/Berlin") == "en"


def test_owed_to_you_counts_a_sent_invoices_work_once_as_the_invoice(work):
    from freelance_desk.services.money.receivables import receivables

    client, hourly, fixed, design, build = work
    monday = date(2026, 3, 9)
    entry(hourly, monday, 9, 3 * 60, "API")
    today = date(2026, 3, 25)
    before = receivables(today)
    assert [m.title for m in before.milestones] == ["Design"] and len(before.weeks) == 1 and before.invoices == []
    lines = [d.line for d in drafting.draft_lines(fixed.id, monday, monday)]
    lines += [d.line for d in drafting.draft_lines(hourly.id, monday, monday + timedelta(days=6))]
    lines[-1].description = "API"
    made = create_invoice(data(client, lines), NOW)
    assert len(receivables(today).milestones) == 1  # a draft is not sent: its work is owed as before
    mark_sent(made.invoice_id, NOW)
    owed = receivables(today)
    assert [(i.number, i.net) for i in owed.invoices] == [("INV-2026-0001", 4_600_000)]
    assert owed.milestones == [] and owed.weeks == []  # billed on the invoice: counted once
    assert owed.by_currency == {"IDR": 4_600_000}
    record_invoice_payment(made.invoice_id, date(2026, 3, 24), 4_600_000)
    paid = receivables(today)
    assert paid.invoices == [] and paid.milestones == [] and paid.weeks == []  # the week's payment covers it
    (hourly_payment,) = Payment.select().where(Payment.contract == hourly.id)
    assert (hourly_payment.period_start, hourly_payment.period_end) == (monday, monday)


def test_two_writers_at_once_never_get_the_same_number(work):
    """Three connections (threads) creating invoices at the same time: every number once, none skipped."""
    import threading

    from freelance_desk.db.connection import db

    client, hourly, *_ = work
    numbers, errors = [], []

    def make(count: int) -> None:
        try:
            for _ in range(count):
                numbers.append(create_invoice(data(client, [line(hourly)]), NOW).number)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            db.close()  # this thread's own connection

    threads = [threading.Thread(target=make, args=(10,)) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(numbers) == [f"INV-2026-{n:04d}" for n in range(1, 31)]
