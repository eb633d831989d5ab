"""A due date is the client's calendar day: still due in New York when Jakarta has moved on."""

from datetime import UTC, date, datetime

import pytest

from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, MilestoneData, contract_totals, create_contract
from freelance_desk.services.contracts.listing import list_contracts
from freelance_desk.services.milestones import queries as ms
from freelance_desk.services.milestones.client_day import Today
from freelance_desk.services.overview.dashboard import attention

DUE = date(2026, 3, 12)
# 06:00 on 13 March in Jakarta (UTC+7) is 23:00 UTC on the 12th, 19:00 in New York (EDT, UTC-4).
JAKARTA_MORNING = datetime(2026, 3, 12, 23, 0, tzinfo=UTC)
NOW = Today.at(JAKARTA_MORNING, "Asia/Jakarta")


def contract_for(zone: str, now):
    client = create_client(ClientData(f"Client in {zone}", timezone=zone), now=now)
    return create_contract(
        ContractData(client.id, f"Site for {zone}", budget_minor=10000, start_date=date(2026, 3, 1)),
        [MilestoneData("Launch", 10000, DUE)],
        now=now,
    )


@pytest.fixture
def two(database, now):
    return contract_for("America/New_York", now), contract_for("Asia/Jakarta", now)


def by_contract(rows):
    return {r.contract: r for r in rows}


def test_the_user_and_each_client_have_their_own_today():
    assert NOW.mine == date(2026, 3, 13)
    assert NOW.in_zone("America/New_York") == DUE
    assert NOW.in_zone("Asia/Jakarta") == date(2026, 3, 13)
    assert NOW.seconds_left("America/New_York", DUE) == 5 * 3600
    assert NOW.seconds_left("Asia/Jakarta", DUE) is None  # not their today: already past
    assert NOW.differs("America/New_York") and not NOW.differs("Asia/Jakarta")


def test_a_new_york_milestone_is_due_today_their_time_not_overdue(two):
    rows = by_contract(ms.milestone_board(NOW))
    ny, jkt = rows["Site for America/New_York"], rows["Site for Asia/Jakarta"]
    assert not ny.overdue and ny.due_left_s == 5 * 3600 and ny.their_time
    assert jkt.overdue and jkt.due_left_s is None


def test_the_overdue_filter_and_its_count_follow_the_clients_day(two):
    overdue = ms.milestone_board(NOW, ms.OVERDUE)
    assert [r.contract for r in overdue] == ["Site for Asia/Jakarta"]
    assert ms.board_counts(NOW)[ms.OVERDUE] == 1
    # An hour past New York's midnight both are overdue.
    later = Today.at(datetime(2026, 3, 13, 5, 0, tzinfo=UTC), "Asia/Jakarta")
    assert ms.board_counts(later)[ms.OVERDUE] == 2
    assert len(ms.milestone_board(later, ms.OVERDUE)) == 2


def test_contracts_list_detail_and_dashboard_agree(two):
    ny, jkt = two
    listed = {r.id: r.overdue_milestones for r in list_contracts(today=NOW)}
    assert listed == {ny.id: 0, jkt.id: 1}
    assert contract_totals(ny.id, NOW).overdue == []
    assert len(contract_totals(jkt.id, NOW).overdue) == 1
    assert [m.contract for m in ms.contract_milestones(ny.id, NOW) if m.overdue] == []
    overdue, due_soon, _ = attention(NOW)
    assert [m.contract for m in overdue] == ["Site for Asia/Jakarta"]
    assert [m.contract for m in due_soon] == ["Site for America/New_York"]


def test_a_plain_date_keeps_one_calendar_for_everyone(two):
    """Reports ask "as of a day": every client's today is that day."""
    assert ms.board_counts(date(2026, 3, 13))[ms.OVERDUE] == 2
    assert ms.board_counts(DUE)[ms.OVERDUE] == 0
