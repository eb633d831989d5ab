"""The weekly limit an entry is saved into: the week's billable hours after the save and what goes unbilled."""

from datetime import UTC, date, datetime, timedelta

import pytest

from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, create_contract
from freelance_desk.services.time import queries as tq
from freelance_desk.services.time import tracking as tt

H = 3600
NOW = datetime(2026, 3, 13, 18, 0, tzinfo=UTC)  # Friday


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def contracts(database, now):
    client = create_client(ClientData("Harbor Analytics"), now=now)
    limited = create_contract(
        ContractData(client.id, "Dashboard", kind="hourly", rate_minor=3500, weekly_limit_minutes=10 * 60), now=now
    )
    open_ended = create_contract(ContractData(client.id, "Support", kind="hourly", rate_minor=3500), now=now)
    fixed = create_contract(ContractData(client.id, "Website", budget_minor=30000), now=now)
    return limited.id, open_ended.id, fixed.id


def add(contract_id, start, hours, **kw):
    return tt.add_entry(tt.EntryData(contract_id, start, start + timedelta(hours=hours), zone="UTC", **kw), now=NOW)


def check(contract_id, start, hours, **kw):
    return tq.limit_after_save(contract_id, start, start + timedelta(hours=hours), NOW, "UTC", **kw)


def test_saving_11_hours_into_a_10_hour_week_leaves_one_unbillable(contracts):
    limited, _, _ = contracts
    add(limited, at(9, 8), 9)  # Monday, 9 h
    after = check(limited, at(12, 9), 2)
    assert after.limit.billable_seconds == 11 * H and after.limit.limit_seconds == 10 * H
    assert after.unbillable_seconds == 1 * H
    assert (after.first_day, after.last_day) == (date(2026, 3, 9), date(2026, 3, 15))
    assert check(limited, at(12, 9), 1).unbillable_seconds == 0  # exactly at the limit


def test_an_edited_entry_replaces_its_saved_time(contracts):
    limited, _, _ = contracts
    add(limited, at(9, 8), 7)
    edited = add(limited, at(10, 8), 2)  # 9 h in the week
    assert check(limited, at(10, 8), 3, entry_id=edited.id).limit.billable_seconds == 10 * H  # 7 + 3, not 12
    assert check(limited, at(10, 8), 4, entry_id=edited.id).unbillable_seconds == 1 * H


def test_a_week_already_over_leaves_the_whole_entry_unbillable_and_other_weeks_count_alone(contracts):
    limited, _, _ = contracts
    add(limited, at(9, 8), 11)
    assert check(limited, at(12, 9), 1).unbillable_seconds == 2 * H
    last_week = check(limited, at(3, 9), 2)  # the week of 2 March has nothing else
    assert last_week.unbillable_seconds == 0 and last_week.first_day == date(2026, 3, 2)


def test_the_running_timer_counts_up_to_now_once(contracts):
    limited, _, _ = contracts
    add(limited, at(9, 8), 8)
    running = tt.start_timer(limited, at(13, 15), "UTC")  # 3 h by NOW
    assert check(limited, at(12, 9), 1).unbillable_seconds == 2 * H  # 8 + 3 running + 1
    after = tq.limit_after_save(limited, running.start, None, NOW, "UTC", entry_id=running.id)
    assert after.limit.billable_seconds == 11 * H  # the running entry itself, edited: counted once


def test_less_than_a_minute_over_is_not_unbillable_by_the_minutes_shown(contracts):
    limited, _, _ = contracts
    add(limited, at(9, 8), 9)
    almost = tq.limit_after_save(limited, at(12, 9), at(12, 10, 0) + timedelta(seconds=40), NOW, "UTC")
    assert almost.limit.billable_seconds == 10 * H + 40 and almost.unbillable_seconds == 0


def test_unbillable_work_and_contracts_without_a_limit_have_nothing_to_warn(contracts):
    limited, open_ended, fixed = contracts
    add(limited, at(9, 8), 10)
    assert check(limited, at(12, 9), 2, billable=False).unbillable_seconds == 0
    assert check(open_ended, at(12, 9), 20) is None
    assert check(fixed, at(12, 9), 20) is None
    assert check(None, at(12, 9), 2) is None
