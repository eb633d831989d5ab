"""The list queries behind the clients, contracts and milestones pages."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from freelance_desk.core.calendar import week_bounds
from freelance_desk.core.errors import DomainError
from freelance_desk.db.models import TimeEntry
from freelance_desk.services.clients import clients, clock, listing as client_list
from freelance_desk.services.clients.clients import ClientData
from freelance_desk.services.contracts import activity as contract_activity
from freelance_desk.services.contracts import contracts
from freelance_desk.services.contracts import listing as contract_list
from freelance_desk.services.contracts.contracts import ContractData, MilestoneData
from freelance_desk.services.milestones import lifecycle as milestones
from freelance_desk.services.milestones import queries as milestone_queries

TODAY = date(2026, 3, 10)  # a Tuesday
NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


@pytest.fixture
def website(database):
    """Northwind's four-page website: $100 / $75 / $50 / $75 = $300, one week apart."""
    client = clients.create_client(ClientData("Northwind", platform_id=1, timezone="America/New_York"), now=NOW)
    start = TODAY - timedelta(days=20)
    contract = contracts.create_contract(
        ContractData(client.id, "Website", budget_minor=30000, start_date=start),
        [
            MilestoneData("Home", 10000, start + timedelta(days=7)),
            MilestoneData("About", 7500, start + timedelta(days=14)),
            MilestoneData("Contact", 5000, start + timedelta(days=21)),
            MilestoneData("Blog", 7500, start + timedelta(days=28)),
        ],
        now=NOW,
    )
    return contract


def ids(contract_id):
    return [m.id for m in milestones.milestones_of(contract_id)]


def test_contract_row_adds_up_paid_planned_and_next_due(website):
    home, about, *_ = ids(website.id)
    for step in ("start", "submit", "approve"):
        milestones.transition(home, step, now=NOW)
    milestones.mark_paid(home, TODAY, now=NOW)

    (row,) = contract_list.list_contracts(today=TODAY)
    assert (row.client, row.title, row.kind, row.status) == ("Northwind", "Website", "fixed", "active")
    assert row.paid_minor == 10000
    assert row.planned_minor == 30000
    assert row.total_minor == 30000
    assert row.progress == pytest.approx(1 / 3)
    # Home is paid, so About (due 2026-03-04, six days ago) is next and overdue.
    assert (row.next_due_id, row.next_due_title, row.next_due_date) == (about, "About", date(2026, 3, 4))
    assert row.overdue_milestones == 1 and row.overdue
    assert row.platform == "Upwork" and row.fee_bps == 1000


def test_list_contracts_filters_by_status_client_and_search(website):
    other = clients.create_client(ClientData("Lena <b>Fischer</b>", currency="EUR"), now=NOW)
    logo = contracts.create_contract(
        ContractData(other.id, "Logo", currency="EUR", budget_minor=5000, start_date=TODAY, end_date=TODAY),
        now=NOW,
    )
    hourly = contracts.create_contract(
        ContractData(other.id, "Support", kind="hourly", status="paused", currency="EUR", rate_minor=3000), now=NOW
    )
    assert {r.id for r in contract_list.list_contracts(today=TODAY)} == {website.id, logo.id, hourly.id}
    assert [r.id for r in contract_list.list_contracts(status="paused", today=TODAY)] == [hourly.id]
    assert {r.id for r in contract_list.list_contracts(status="open", today=TODAY)} == {website.id, logo.id, hourly.id}
    assert [r.id for r in contract_list.list_contracts(client_id=website.client_id, today=TODAY)] == [website.id]
    assert {r.id for r in contract_list.list_contracts(search="fisch", today=TODAY)} == {logo.id, hourly.id}
    assert [r.id for r in contract_list.list_contracts(search="LOGO", today=TODAY)] == [logo.id]
    assert contract_list.list_contracts(search="%", today=TODAY) == []  # a wildcard is just a character
    support = contract_list.contract_row(hourly.id, TODAY)
    assert support.total_minor is None and support.progress is None and not support.overdue
    # The logo was due today: not overdue yet; tomorrow it is past its end date.
    assert not contract_list.contract_row(logo.id, TODAY).overdue
    assert contract_list.contract_row(logo.id, TODAY + timedelta(days=1)).past_end


def test_payments_in_another_currency_do_not_count_as_paid(website):
    from freelance_desk.services.money.payments import PaymentData, record_payment

    from freelance_desk.services.contracts.contracts import contract_data, get_contract, update_contract

    record_payment(PaymentData(website.id, TODAY, 10_000, 0, "USD"), now=NOW)
    data = contract_data(get_contract(website.id))
    data.currency = "IDR"  # the contract's currency changed after the dollars came in
    update_contract(website.id, data, today=TODAY)
    assert contract_list.contract_row(website.id, TODAY).paid_minor == 0


def test_board_filters_pick_the_right_milestones(website):
    home, about, contact, blog = ids(website.id)
    for step in ("start", "submit", "approve"):
        milestones.transition(home, step, now=NOW)
    milestones.transition(about, "start", now=NOW)
    milestones.transition(about, "submit", now=NOW)

    def titles(f):
        return [m.title for m in milestone_queries.milestone_board(TODAY, f)]

    # Due dates: Home 02-25, About 03-04, Contact 03-11, Blog 03-18.
    assert titles("open") == ["About", "Contact", "Blog"]
    assert titles("week") == ["Contact"]  # Mon 9 – Sun 15 March
    assert titles("overdue") == ["About"]
    assert titles("approved") == ["Home"]
    assert titles("paid") == []
    (review,) = milestone_queries.milestone_board(TODAY, "review")
    assert review.title == "About" and review.auto_release == date(2026, 3, 24)  # Upwork: 14 days
    assert review.actions == ["request_changes", "approve", "cancel"]
    counts = milestone_queries.board_counts(TODAY)
    assert counts == {"open": 3, "week": 1, "overdue": 1, "review": 1, "approved": 1, "paid": 0}
    with pytest.raises(DomainError):
        milestone_queries.milestone_board(TODAY, "nonsense")


def test_week_bounds_follow_the_week_start():
    assert week_bounds(TODAY, "monday_utc") == (date(2026, 3, 9), date(2026, 3, 15))
    assert week_bounds(TODAY, "sunday_local") == (date(2026, 3, 8), date(2026, 3, 14))
    sunday = date(2026, 3, 15)
    assert week_bounds(sunday, "sunday_local") == (sunday, date(2026, 3, 21))


def test_contract_milestones_are_in_order_with_overdue_flags(website):
    _home, about, _contact, _blog = ids(website.id)
    milestones.move_milestone(about, -1)
    rows = milestone_queries.contract_milestones(website.id, TODAY)
    assert [r.title for r in rows] == ["About", "Home", "Contact", "Blog"]
    assert [r.overdue for r in rows] == [True, True, False, False]
    assert all(r.currency == "USD" and r.client == "Northwind" for r in rows)


def test_client_choices_carry_currency_and_platform_fee(database):
    a = clients.create_client(ClientData("Sinar", currency="IDR"), now=NOW)
    b = clients.create_client(ClientData("Tom", platform_id=2), now=NOW)
    c = clients.create_client(ClientData("Old"), now=NOW)
    clients.archive_client(c.id, now=NOW)
    choices = client_list.client_choices()
    assert [(x.name, x.currency, x.fee_bps) for x in choices] == [("Sinar", "IDR", 0), ("Tom", "USD", 2000)]
    assert [x.id for x in client_list.client_choices(keep_id=c.id)] == [c.id, a.id, b.id]


def test_local_time_and_zone_list():
    assert clock.local_time("Asia/Jakarta", NOW).hour == 16
    assert clock.local_time("Not/AZone", NOW) is None
    zones = clock.time_zones()
    assert "Asia/Jakarta" in zones and "UTC" in zones and zones == sorted(zones)


def test_contract_activity_lists_recent_time_and_payments(website):
    home = ids(website.id)[0]
    for day in range(3):
        start = NOW - timedelta(days=day, hours=3)
        TimeEntry.create(contract=website.id, milestone=home, start=start, end=start + timedelta(minutes=90), note=f"d{day}")
    entries = contract_activity.recent_time_entries(website.id, limit=2)
    assert [(e.note, e.seconds, e.milestone) for e in entries] == [("d0", 5400, "Home"), ("d1", 5400, "Home")]
    assert contract_activity.tracked_seconds(website.id) == 3 * 5400
    for step in ("start", "submit", "approve"):
        milestones.transition(home, step, now=NOW)
    milestones.mark_paid(home, TODAY, now=NOW)
    (payment,) = contract_activity.contract_payments(website.id)
    assert (payment.gross_minor, payment.fee_minor, payment.net_minor, payment.milestone) == (10000, 1000, 9000, "Home")
