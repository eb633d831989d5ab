"""Reminders: no timer in working hours, a milestone due tomorrow in the client's calendar,
work that approves itself in two days, an invoice due today."""

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest

from freelance_desk.core.vocabulary import InvoiceStatus
from freelance_desk.db.models import Contract, Invoice, Platform
from freelance_desk.services.billing.invoices import InvoiceData, LineData, create_invoice, mark_sent
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, MilestoneData, create_contract
from freelance_desk.services.milestones import lifecycle as ms
from freelance_desk.services.overview import reminders as rm
from freelance_desk.services.settings import store as settings_store
from freelance_desk.services.time import tracking as tt

K = rm.ReminderKind


def at(day, hour, minute=0):
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def hours(database):
    settings_store.set_working_hours(time(9), time(17))  # the tests' zone is UTC
    client = create_client(ClientData("Harbor"), now=at(1, 8))
    return create_contract(ContractData(client.id, "Support", kind="hourly", rate_minor=4000), now=at(1, 8)).id


def test_no_timer_for_thirty_minutes_of_working_hours(hours):
    assert rm.no_timer(at(10, 9, 20), "UTC", 30) is None  # 20 minutes into the day
    nudge = rm.no_timer(at(10, 9, 30), "UTC", 30)
    assert nudge is not None and nudge.minutes == 30
    assert rm.no_timer(at(10, 8, 59), "UTC", 30) is None and rm.no_timer(at(10, 17, 30), "UTC", 30) is None


def test_the_quiet_counts_from_the_last_entry_and_a_running_timer_silences_it(hours):
    tt.add_entry(tt.EntryData(hours, at(10, 9), at(10, 11), zone="UTC"), at(10, 12))
    assert rm.no_timer(at(10, 11, 20), "UTC", 30) is None
    first = rm.no_timer(at(10, 11, 30), "UTC", 30)
    assert first.minutes == 30
    assert rm.no_timer(at(10, 11, 45), "UTC", 30).key == first.key  # the same reminder: shown once
    assert rm.no_timer(at(10, 12, 0), "UTC", 30).key != first.key  # another half hour: again
    tt.start_timer(hours, at(10, 12, 5), "UTC")
    assert rm.no_timer(at(10, 13), "UTC", 30) is None


def test_a_working_day_past_midnight(hours):
    settings_store.set_working_hours(time(20), time(2))
    assert rm.no_timer(at(11, 1, 0), "UTC", 30).minutes == 5 * 60  # since 20:00 yesterday
    assert rm.no_timer(at(11, 3, 0), "UTC", 30) is None


def test_a_milestone_due_tomorrow_in_new_york_and_not_one_due_tomorrow_here(database):
    for zone in ("America/New_York", "Asia/Jakarta"):
        client = create_client(ClientData(zone, timezone=zone), now=at(1, 8))
        create_contract(ContractData(client.id, f"Site {zone}", budget_minor=10000),
                        [MilestoneData(f"Launch {zone}", 10000, date(2026, 3, 13))], now=at(1, 8))
    # 23:00 UTC on the 11th: the 12th in Jakarta (due tomorrow), still the 11th in New York (due in two days).
    found = rm.milestones_due_tomorrow(rm.Today.at(at(11, 23), "UTC"))
    assert [(r.title, r.day) for r in found] == [("Launch Asia/Jakarta", date(2026, 3, 13))]
    later = rm.milestones_due_tomorrow(rm.Today.at(at(12, 17), "UTC"))  # 13:00 on the 12th in New York
    assert {r.title for r in later} == {"Launch America/New_York"}  # the 13th in Jakarta: due today there


def test_work_that_approves_itself_in_two_days(database):
    upwork = Platform.get(Platform.name == "Upwork").id
    client = create_client(ClientData("Acme", platform_id=upwork), now=at(1, 8))
    contract = create_contract(ContractData(client.id, "Shop", budget_minor=10000), [MilestoneData("Cart", 10000)],
                               now=at(1, 8))
    cart = ms.milestones_of(contract.id)[0]
    for step in ("start", "submit"):
        ms.transition(cart.id, step, now=at(1, 10))
    release = next(r.auto_release for r in rm.milestone_rows(rm.milestone_query(), date(2026, 3, 1)))
    found = rm.releasing_soon(rm.Today.at(datetime.combine(release - timedelta(days=2), time(12), UTC)))
    assert [(r.title, r.day) for r in found] == [("Cart", release)]
    assert rm.releasing_soon(rm.Today.at(datetime.combine(release - timedelta(days=1), time(12), UTC))) == []


def test_an_invoice_due_today_until_it_is_paid(hours):
    client = Contract.get_by_id(hours).client_id
    created = create_invoice(InvoiceData(client, date(2026, 3, 1), date(2026, 3, 15), "USD",
                                         [LineData("Support", Decimal(2), 4000, hours, "hour")]), at(1, 9))
    assert rm.invoices_due_today(date(2026, 3, 15)) == []  # a draft is owed by no one yet
    mark_sent(created.invoice_id, at(1, 10))
    assert Invoice.get_by_id(created.invoice_id).status == InvoiceStatus.SENT
    found = rm.invoices_due_today(date(2026, 3, 15))
    assert [(r.title, r.amount_minor) for r in found] == [(created.number, 8000)]
    assert rm.invoices_due_today(date(2026, 3, 14)) == []


def test_only_the_kinds_switched_on(hours):
    assert [r.kind for r in rm.reminders(at(10, 10), "UTC", {K.NO_TIMER})] == [K.NO_TIMER]
    assert rm.reminders(at(10, 10), "UTC", set()) == []
