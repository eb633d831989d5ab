"""Where a new manual entry starts: after the day's last entry, else the hour before now; never ahead."""

from datetime import UTC, date, datetime, timedelta

import pytest

from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, create_contract
from freelance_desk.services.time import queries as tq
from freelance_desk.services.time import tracking as tt

JAKARTA = "Asia/Jakarta"


def at(hour: int, minute: int = 0, day: int = 10) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def contract(database, now):
    client = create_client(ClientData("Harbor Analytics"), now=now)
    return create_contract(ContractData(client.id, "Dashboard", kind="hourly", rate_minor=3500), now=now).id


def add(contract_id, start, end, zone="UTC"):
    return tt.add_entry(tt.EntryData(contract_id, start, end, zone=zone), now=at(23, day=28))


def test_the_first_entry_of_a_day_is_the_hour_before_now_to_five_minutes(contract):
    assert tq.new_entry_span(at(9, 32), "UTC") == (at(8, 30), at(9, 30))


def test_the_second_entry_starts_where_the_first_ended_and_does_not_overlap_it(contract):
    now = at(9, 47)
    first = add(contract, *tq.new_entry_span(now, "UTC"))  # 8:45–9:45
    start, end = tq.new_entry_span(now, "UTC")
    assert (start, end) == (first.end, now)  # up to now, not an hour into the future
    second = tt.add_entry(tt.EntryData(contract, start, end, zone="UTC"), now=now)  # no overlap error
    assert second.start == first.end


def test_the_day_is_the_local_day_of_the_zone(contract):
    add(contract, at(23, day=9), at(23, 30, day=9), zone=JAKARTA)  # 06:00–06:30 on the 10th in Jakarta
    now = at(3)  # 10:00 in Jakarta, 03:00 in UTC
    assert tq.new_entry_span(now, JAKARTA) == (at(23, 30, day=9), at(0, 30))
    assert tq.new_entry_span(now, "UTC") == (at(2), at(3))  # in UTC the entry was yesterday


def test_an_entry_that_ended_at_midnight_is_not_where_today_starts(contract):
    add(contract, at(23, day=9), at(0))
    assert tq.new_entry_span(at(9), "UTC") == (at(8), at(9))  # not 12:00 AM


def test_just_after_midnight_the_hour_reaches_back_but_not_into_yesterdays_entry(contract):
    add(contract, at(22, day=9), at(23, 50, day=9))
    assert tq.new_entry_span(at(0, 20), "UTC") == (at(23, 50, day=9), at(0, 20))


def test_work_past_midnight_counts_as_todays_last_entry(contract):
    add(contract, at(23, day=9), at(1, 15))
    assert tq.new_entry_span(at(9), "UTC") == (at(1, 15), at(2, 15))


def test_the_running_timer_keeps_the_time_after_its_start(contract):
    add(contract, at(7), at(8))
    tt.start_timer(contract, at(8, 30), "UTC")
    assert tq.new_entry_span(at(9, 40), "UTC") == (at(8), at(8, 30))


def test_a_running_timer_alone_leaves_the_hour_before_it(contract):
    tt.start_timer(contract, at(9, 10), "UTC")
    assert tq.new_entry_span(at(9, 40), "UTC") == (at(8, 10), at(9, 10))


def test_when_the_last_entry_ended_now_nothing_reaches_ahead(contract):
    add(contract, at(8), at(9, 30))
    start, end = tq.new_entry_span(at(9, 30), "UTC")
    assert start == end == at(9, 30)


def test_another_day_starts_after_its_last_entry_or_has_no_suggestion(contract):
    add(contract, at(9, day=9), at(12, 15, day=9))
    now = at(10)
    assert tq.new_entry_span(now, "UTC", date(2026, 3, 9)) == (at(12, 15, day=9), at(13, 15, day=9))
    assert tq.new_entry_span(now, "UTC", date(2026, 3, 8)) is None
    assert tq.new_entry_span(now, "UTC", date(2026, 3, 11)) is None  # tomorrow
    assert tq.new_entry_span(now, "UTC", date(2026, 3, 10)) == (now - timedelta(hours=1), now)
