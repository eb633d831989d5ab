"""The week timesheet: the grid from the day summary, and a typed cell planned, applied and undone."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from freelance_desk.core.errors import DomainError, ValidationError
from freelance_desk.db.models import TimeEntry
from freelance_desk.services.billing.invoices import InvoiceData, LineData, create_invoice
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, create_contract
from freelance_desk.services.time import timesheet as ts
from freelance_desk.services.time import tracking as tt

MONDAY = date(2026, 3, 9)
NOW = datetime(2026, 3, 13, 18, 0, tzinfo=UTC)  # Friday evening
H = 3600


def at(day, hour, minute=0):
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def work(database):
    client = create_client(ClientData("Harbor"), now=at(1, 8))
    hourly = create_contract(ContractData(client.id, "Support", kind="hourly", rate_minor=4000,
                                          weekly_limit_minutes=120), now=at(1, 8)).id
    other = create_client(ClientData("Acme"), now=at(1, 8))
    site = create_contract(ContractData(other.id, "Website", budget_minor=50000), now=at(1, 8)).id
    return hourly, site


def add(contract, start, minutes, **kw):
    return tt.add_entry(tt.EntryData(contract, start, start + timedelta(minutes=minutes), zone="UTC", **kw),
                        start + timedelta(days=30))


def test_the_week_reads_per_contract_and_day_with_totals_and_the_limit(work):
    hourly, site = work
    add(hourly, at(9, 9), 90)
    add(hourly, at(9, 13), 30)
    add(hourly, at(11, 9), 60, billable=False)
    add(site, at(10, 9), 45)
    add(site, at(16, 9), 60)  # next week
    sheet = ts.week_sheet(MONDAY)
    assert [(r.client, r.title) for r in sheet.rows] == [("Acme", "Website"), ("Harbor", "Support")]
    acme, harbor = sheet.rows
    assert harbor.seconds == (2 * H, 0, H, 0, 0, 0, 0) and acme.seconds == (0, 45 * 60, 0, 0, 0, 0, 0)
    assert sheet.day_totals[:3] == [2 * H, 45 * 60, H] and sheet.total == 3 * H + 45 * 60
    assert harbor.limit_seconds == 2 * H and not harbor.over_limit  # the non-billable hour does not count
    assert acme.limit_seconds is None


def test_copied_rows_are_there_empty(work):
    hourly, site = work
    add(site, at(2, 9), 60)
    assert ts.contracts_with_time(MONDAY - timedelta(days=7)) == [site]
    sheet = ts.week_sheet(MONDAY, also=[site])
    assert [(r.contract_id, r.total) for r in sheet.rows] == [(site, 0)]


def test_an_empty_cell_gets_an_entry_after_the_days_last_one(work):
    hourly, site = work
    add(site, at(10, 9), 45)
    change = ts.plan_cell(hourly, date(2026, 3, 10), 90 * 60, NOW, "UTC")
    assert change.add == (at(10, 9, 45), at(10, 11, 15)) and not change.needs_confirming
    applied = ts.apply_change(change, NOW)
    assert ts.week_sheet(MONDAY).rows[1].seconds[1] == 90 * 60
    ts.undo_change(applied)
    assert TimeEntry.select().count() == 1


def test_a_day_without_entries_starts_at_nine(work):
    hourly, _ = work
    change = ts.plan_cell(hourly, date(2026, 3, 12), 2 * H, NOW, "UTC")
    assert change.add == (at(12, 9), at(12, 11))


def test_more_time_lengthens_the_last_entry_where_it_is_free(work):
    hourly, site = work
    add(hourly, at(9, 9), 60)
    last = add(hourly, at(9, 13), 30)
    change = ts.plan_cell(hourly, MONDAY, 2 * H, NOW, "UTC")
    assert change.resize[0].id == last.id and change.resize[1] == at(9, 14) and change.needs_confirming
    add(site, at(9, 13, 45), 60)  # now the time after it is taken: a new entry after the day's last
    change = ts.plan_cell(hourly, MONDAY, 2 * H, NOW, "UTC")
    assert change.resize is None and change.add == (at(9, 14, 45), at(9, 15, 15))


def test_less_time_shortens_from_the_last_entry_back(work):
    hourly, _ = work
    first = add(hourly, at(9, 9), 60)
    add(hourly, at(9, 13), 30)
    change = ts.plan_cell(hourly, MONDAY, 40 * 60, NOW, "UTC")
    assert [e.note for e in change.remove] == [""] and len(change.remove) == 1
    assert change.resize == (change.entries[0], at(9, 9, 40)) and change.resize[0].id == first.id
    applied = ts.apply_change(change, NOW)
    assert ts.week_sheet(MONDAY).rows[0].seconds[0] == 40 * 60
    ts.undo_change(applied)
    assert ts.week_sheet(MONDAY).rows[0].seconds[0] == 90 * 60 and TimeEntry.select().count() == 2
    cleared = ts.plan_cell(hourly, MONDAY, 0, NOW, "UTC")
    assert len(cleared.remove) == 2 and cleared.resize is None


def test_no_room_before_midnight_or_now_is_refused_with_nothing_planned(work):
    hourly, _ = work
    add(hourly, at(9, 22), 60)
    with pytest.raises(ValidationError):
        ts.plan_cell(hourly, MONDAY, 3 * H, NOW, "UTC")  # 23:00 + 2 h runs past midnight
    with pytest.raises(ValidationError):
        ts.plan_cell(hourly, date(2026, 3, 13), 10 * H, NOW, "UTC")  # 09:00 + 10 h is after now (18:00)


def test_a_running_timer_or_billed_time_keeps_the_cell(work):
    hourly, _ = work
    billed = add(hourly, at(9, 9), 60)
    client = TimeEntry.get_by_id(billed.id).contract.client_id
    invoice = create_invoice(InvoiceData(client, NOW.date(), NOW.date(), "USD", [
        LineData("Support", Decimal(1), 4000, hourly, "hour", entry_ids=(billed.id,))]), NOW)
    with pytest.raises(DomainError) as refused:
        ts.plan_cell(hourly, MONDAY, 30 * 60, NOW, "UTC")
    assert invoice.number in refused.value.text()
    tt.start_timer(hourly, at(13, 9), "UTC")
    with pytest.raises(DomainError):
        ts.plan_cell(hourly, date(2026, 3, 13), H, NOW, "UTC")
