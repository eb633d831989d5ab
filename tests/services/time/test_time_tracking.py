"""Time tracking rules: one running timer, no overlaps, honest durations, weekly limits."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from freelance_desk.core.durations import parse_duration
from freelance_desk.core.errors import DomainError, ValidationError
from freelance_desk.db.models import Contract, DailyTime, TimeEntry
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.choices import contract_choices, recent_contracts
from freelance_desk.services.contracts.contracts import ContractData, MilestoneData, create_contract
from freelance_desk.services.settings import store as settings_store
from freelance_desk.services.time import entry_rows
from freelance_desk.services.time import queries as tq
from freelance_desk.services.time import tracking as tt

H = 3600


def at(hour: int, minute: int = 0, day: int = 10) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def contracts(database, now):
    client = create_client(ClientData("Harbor Analytics"), now=now)
    hourly = create_contract(
        ContractData(client.id, "Dashboard", kind="hourly", rate_minor=3500, weekly_limit_minutes=10 * 60), now=now
    )
    fixed = create_contract(
        ContractData(client.id, "Website", budget_minor=30000), [MilestoneData("Home page", 30000)], now=now
    )
    return hourly.id, fixed.id


def manual(contract_id, start, end, **kw):
    return tt.EntryData(contract_id, start, end, **kw)


# --- timer -------------------------------------------------------------------------


def test_start_and_stop_a_timer(contracts, now):
    hourly, _ = contracts
    started = tt.start_timer(hourly, at(9), "Asia/Jakarta", note="Query tuning")
    assert started.running and entry_rows.running_entry().id == started.id
    assert started.utc_offset_minutes == 7 * 60 and started.timezone == "Asia/Jakarta"
    assert Contract.get_by_id(hourly).last_used_at == at(9)
    stopped = tt.stop_timer(at(10, 15), note="Query tuning, index added")
    assert stopped.seconds() == 75 * 60 and stopped.note == "Query tuning, index added"
    assert entry_rows.running_entry() is None
    assert tt.stop_timer(at(11)) is None


def test_starting_another_contract_stops_the_running_one_back_to_back(contracts):
    hourly, fixed = contracts
    first = tt.start_timer(hourly, at(9), "UTC")
    second = tt.start_timer(fixed, at(10, 30), "UTC")
    assert entry_rows.entry(first.id).end == at(10, 30)
    assert entry_rows.running_entry().id == second.id and second.start == at(10, 30)
    assert TimeEntry.select().where(TimeEntry.end.is_null()).count() == 1


def test_timer_refuses_a_milestone_of_another_contract_and_keeps_the_running_one(contracts):
    hourly, fixed = contracts
    running = tt.start_timer(hourly, at(9), "UTC")
    other = tt.start_timer(fixed, at(9, 5), "UTC")  # stops the first
    with pytest.raises(ValidationError) as e:
        tt.start_timer(hourly, at(9, 30), "UTC", milestone_id=999)
    assert e.value.field == "milestone"
    assert entry_rows.running_entry().id == other.id  # nothing half-done
    assert entry_rows.entry(running.id).end == at(9, 5)


def test_correct_start_of_the_running_timer(contracts):
    hourly, fixed = contracts
    tt.add_entry(manual(fixed, at(7), at(8)), now=at(9))
    running = tt.start_timer(hourly, at(9), "UTC")
    assert tt.correct_start(running.id, at(8, 10), now=at(9, 5)).start == at(8, 10)
    with pytest.raises(ValidationError, match="future") as e:
        tt.correct_start(running.id, at(9, 30), now=at(9, 5))
    assert e.value.field == "start"
    with pytest.raises(ValidationError, match="overlaps") as e:
        tt.correct_start(running.id, at(7, 30), now=at(9, 5))
    assert tt.correct_start(running.id, at(8), now=at(9, 5)).start == at(8)  # back to back is fine


# --- manual entries -----------------------------------------------------------------


def test_end_before_start_is_refused_at_the_end_field(contracts):
    hourly, _ = contracts
    with pytest.raises(ValidationError) as e:
        tt.add_entry(manual(hourly, at(10), at(9)), now=at(12))
    assert e.value.field == "end" and "before the start" in e.value.text()
    assert TimeEntry.select().count() == 0


def test_overlaps_are_refused_back_to_back_is_allowed(contracts):
    hourly, fixed = contracts
    tt.add_entry(manual(hourly, at(9), at(10)), now=at(12))
    tt.add_entry(manual(fixed, at(10), at(11)), now=at(12))  # starts where the last ends
    tt.add_entry(manual(fixed, at(8), at(9)), now=at(12))  # ends where the first starts
    with pytest.raises(ValidationError) as e:
        tt.add_entry(manual(fixed, at(9, 30), at(9, 45)), now=at(12))  # inside
    assert e.value.field == "start" and "Dashboard" in e.value.text()
    with pytest.raises(ValidationError) as e:
        tt.add_entry(manual(fixed, at(7), at(8, 30)), now=at(12))  # runs into the 8:00 entry
    assert e.value.field == "end"
    with pytest.raises(ValidationError):
        tt.add_entry(manual(fixed, at(7), at(12)), now=at(12))  # covers them all
    assert TimeEntry.select().count() == 3


def test_nothing_may_start_after_a_running_timer(contracts):
    hourly, fixed = contracts
    tt.start_timer(hourly, at(9), "UTC")
    with pytest.raises(ValidationError, match="running"):
        tt.add_entry(manual(fixed, at(9, 30), at(9, 45)), now=at(10))
    tt.add_entry(manual(fixed, at(8), at(9)), now=at(10))  # before it is fine


def test_future_entries_are_refused(contracts):
    hourly, _ = contracts
    with pytest.raises(ValidationError) as e:
        tt.add_entry(manual(hourly, at(11), at(12)), now=at(10))
    assert e.value.field == "start"
    with pytest.raises(ValidationError) as e:
        tt.add_entry(manual(hourly, at(9), at(12)), now=at(10))
    assert e.value.field == "end"


def test_update_entry_checks_overlap_against_others_only(contracts):
    hourly, fixed = contracts
    a = tt.add_entry(manual(hourly, at(9), at(10)), now=at(12))
    b = tt.add_entry(manual(fixed, at(10), at(11)), now=at(12))
    moved = tt.update_entry(a.id, manual(hourly, at(9, 15), at(10), note="later start"), now=at(12))
    assert moved.start == at(9, 15) and moved.note == "later start"
    with pytest.raises(ValidationError):
        tt.update_entry(b.id, manual(fixed, at(9, 45), at(11)), now=at(12))


def test_split_entry_and_undo(contracts):
    hourly, _ = contracts
    e = tt.add_entry(manual(hourly, at(9), at(12), note="Long session"), now=at(13))
    first, second = tt.split_entry(e.id, at(10, 30), now=at(13))
    assert (first.start, first.end, second.start, second.end) == (at(9), at(10, 30), at(10, 30), at(12))
    assert second.note == "Long session"
    with pytest.raises(ValidationError) as err:
        tt.split_entry(first.id, at(11), now=at(13))
    assert err.value.field == "at"
    tt.unsplit(first.id, second.id)
    assert entry_rows.entry(first.id).end == at(12) and TimeEntry.select().count() == 1


def test_splitting_a_running_entry_keeps_the_second_half_running(contracts):
    hourly, _ = contracts
    running = tt.start_timer(hourly, at(9), "UTC")
    first, second = tt.split_entry(running.id, at(10), now=at(11))
    assert first.end == at(10) and second.running and entry_rows.running_entry().id == second.id


def test_delete_and_restore_entry(contracts):
    hourly, _ = contracts
    e = tt.add_entry(manual(hourly, at(9), at(10), note="call"), now=at(12))
    snapshot = tt.delete_entry(e.id)
    assert TimeEntry.select().count() == 0 and tq.grand_total(tq.EntryFilter()) == 0
    tt.restore_entry(snapshot)
    assert entry_rows.entry(e.id).note == "call" and tq.grand_total(tq.EntryFilter()) == H
    tt.delete_entry(e.id)
    tt.add_entry(manual(hourly, at(9, 30), at(11)), now=at(12))
    with pytest.raises(DomainError):
        tt.restore_entry(snapshot)  # its time was logged again


def test_daily_time_follows_the_recorded_local_day(contracts):
    hourly, _ = contracts
    # 20:00 UTC on the 9th is 03:00 on the 10th in Jakarta.
    e = tt.add_entry(manual(hourly, at(20, day=9), at(21, day=9), zone="Asia/Jakarta"), now=at(12))
    assert e.day == date(2026, 3, 10)
    row = DailyTime.get()
    assert (row.day, row.seconds, row.billable_seconds) == ("2026-03-10", H, H)


# --- DST -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "local_day, expected",
    [(date(2026, 3, 29), 1 * H), (date(2026, 10, 25), 3 * H)],  # clocks forward / back
)
def test_entry_across_a_dst_change_has_its_real_length(contracts, local_day, expected):
    hourly, _ = contracts
    berlin = ZoneInfo("Europe/Berlin")
    start = datetime(local_day.year, local_day.month, local_day.day, 1, 30, tzinfo=berlin)
    end = datetime(local_day.year, local_day.month, local_day.day, 3, 30, tzinfo=berlin)
    e = tt.add_entry(manual(hourly, start, end, zone="Europe/Berlin"), now=datetime(2026, 12, 1, tzinfo=UTC))
    assert e.seconds() == expected
    assert tq.day_summaries(tq.EntryFilter()) == [tq.DaySummary(local_day, 1, expected)]


# --- durations -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, seconds",
    [("1:30", 5400), ("1.5h", 5400), ("1,5 h", 5400), ("90m", 5400), ("1h 30m", 5400), ("1h30", 5400),
     ("2", 7200), ("0:05", 300), ("45 min", 2700), ("24h", 86400), ("0.25", 900)],
)
def test_parse_duration(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "abc", "-1h", "1:75", "25h", "0", "0:00", "1h h", "1.5.2", "h"])
def test_parse_duration_refuses_nonsense(text):
    with pytest.raises(ValidationError) as e:
        parse_duration(text, field="duration")
    assert e.value.field == "duration"


# --- forgotten timers --------------------------------------------------------------------


def test_forgotten_timer_after_the_threshold_proposes_the_last_activity(contracts):
    hourly, _ = contracts
    tt.start_timer(hourly, at(1), "UTC")
    assert tq.forgotten_timer(at(10), "UTC", last_activity=at(9)) is None  # 9 h < 10 h
    found = tq.forgotten_timer(at(11, 30), "UTC", last_activity=at(5, 12))
    assert found.running_seconds == 10 * H + 30 * 60 and not found.past_midnight
    assert found.proposed_stop == at(5, 12)
    settings_store.put("forgotten_timer_hours", "12")
    assert tq.forgotten_timer(at(11, 30), "UTC", last_activity=at(5)) is None


def test_forgotten_timer_across_local_midnight(contracts):
    hourly, _ = contracts
    tt.start_timer(hourly, at(22, day=9), "UTC")
    found = tq.forgotten_timer(at(0, 30), "UTC", last_activity=None)
    assert found.past_midnight and found.proposed_stop == at(0, 30)
    # Activity before the start is no stop time: the proposal stays inside the entry.
    assert tq.forgotten_timer(at(0, 30), "UTC", last_activity=at(20, day=9)).proposed_stop == at(22, day=9)
    # In Jakarta (UTC+7) 22:00 UTC and 00:30 UTC are the same local day.
    assert tq.forgotten_timer(at(0, 30), "Asia/Jakarta", last_activity=None) is None


# --- weekly limits -----------------------------------------------------------------------


def test_week_range_follows_the_setting():
    wednesday = datetime(2026, 3, 11, 3, 0, tzinfo=UTC)
    assert tq.week_range(wednesday, "Asia/Jakarta", "monday_utc") == (at(0, day=9), at(0, day=16))
    # Monday 00:00 in Jakarta is Sunday 17:00 UTC.
    assert tq.week_range(wednesday, "Asia/Jakarta", "monday_local") == (at(17, day=8), at(17, day=15))
    assert tq.week_range(wednesday, "UTC", "sunday_local") == (at(0, day=8), at(0, day=15))


def test_weekly_limit_states(contracts):
    hourly, fixed = contracts  # limit 10 h
    now = at(23, day=13)

    def state():
        (limit,) = tq.weekly_limits(now, "UTC")
        return limit.billable_seconds, limit.state

    tt.add_entry(manual(hourly, at(20, day=8), at(23, day=8)), now=now)  # last week: not counted
    tt.add_entry(manual(hourly, at(9, day=9), at(16, day=9)), now=now)  # 7 h
    tt.add_entry(manual(fixed, at(9, day=10), at(17, day=10)), now=now)  # another contract
    assert state() == (7 * H, tq.OK)
    tt.add_entry(manual(hourly, at(9, day=11), at(10, day=11), billable=False), now=now)  # not billable
    tt.add_entry(manual(hourly, at(9, day=12), at(10, day=12)), now=now)
    assert state() == (8 * H, tq.APPROACHING)  # 80 %
    tt.add_entry(manual(hourly, at(9, day=13), at(11, day=13)), now=now)
    assert state() == (10 * H, tq.APPROACHING)  # at the limit, not over it
    tt.start_timer(hourly, at(22, day=13), "UTC")
    assert state() == (11 * H, tq.EXCEEDED)  # the running timer counts


def test_weekly_limit_clips_an_entry_across_the_week_start(contracts):
    hourly, _ = contracts
    tt.add_entry(manual(hourly, at(22, day=8), at(2, day=9)), now=at(12))  # Sunday 22:00 → Monday 02:00 UTC
    (limit,) = tq.weekly_limits(at(12), "UTC", "monday_utc")
    assert limit.billable_seconds == 2 * H


# --- queries --------------------------------------------------------------------------------


def test_entries_of_days_are_newest_first_within_the_filter(contracts):
    hourly, fixed = contracts
    for d in range(1, 6):
        tt.add_entry(manual(hourly if d % 2 else fixed, at(9, day=d), at(10, day=d)), now=at(12))
    march = (date(2026, 3, 1), date(2026, 3, 31))
    assert [e.day.day for e in tq.entries_of_days(tq.EntryFilter(), *march)] == [5, 4, 3, 2, 1]
    assert [e.day.day for e in tq.entries_of_days(tq.EntryFilter(), date(2026, 3, 2), date(2026, 3, 3))] == [3, 2]
    assert [e.day.day for e in tq.entries_of_days(tq.EntryFilter(contract_id=fixed), *march)] == [4, 2]
    ranged = tq.EntryFilter(date_from=date(2026, 3, 2), date_to=date(2026, 3, 3))
    assert [e.day.day for e in tq.entries_of_days(ranged, *march)] == [3, 2]
    assert tq.entries_of_days(tq.EntryFilter(), *march)[0].start == at(9, day=5)  # a real UTC time


def test_day_summaries_count_and_add_up_the_entries_for_each_filter(contracts):
    hourly, fixed = contracts
    tt.add_entry(manual(hourly, at(9, day=2), at(11, day=2)), now=at(12))
    tt.add_entry(manual(fixed, at(12, day=2), at(13, day=2), billable=False), now=at(12))
    tt.add_entry(manual(hourly, at(9, day=9), at(10, 30, day=9)), now=at(12))
    everything = tq.EntryFilter()
    assert tq.day_summaries(everything) == [
        tq.DaySummary(date(2026, 3, 9), 1, 90 * 60), tq.DaySummary(date(2026, 3, 2), 2, 3 * H),
    ]
    assert tq.day_summaries(tq.EntryFilter(billable=False)) == [tq.DaySummary(date(2026, 3, 2), 1, H)]
    assert [d.day.day for d in tq.day_summaries(everything, limit=1)] == [9]
    assert [d.day.day for d in tq.day_summaries(everything, before=date(2026, 3, 9))] == [2]
    assert [d.day.day for d in tq.day_summaries(everything, since=date(2026, 3, 3))] == [9]
    for flt in (everything, tq.EntryFilter(billable=True), tq.EntryFilter(billable=False),
                tq.EntryFilter(contract_id=hourly), tq.EntryFilter(date_from=date(2026, 3, 5))):
        listed = tq.entries_of_days(flt, date(2026, 3, 1), date(2026, 3, 31))
        days = tq.day_summaries(flt)
        assert tq.grand_total(flt) == sum(d.seconds for d in days) == sum(e.seconds() for e in listed)
        assert sum(d.entries for d in days) == len(listed)


def test_recent_contracts_most_recently_tracked_first(contracts, now):
    hourly, fixed = contracts
    assert [c.title for c in recent_contracts()] == ["Dashboard", "Website"]  # never used: by title
    tt.start_timer(fixed, at(9), "UTC")
    tt.start_timer(hourly, at(10), "UTC")
    tt.start_timer(fixed, at(11), "UTC")
    assert [c.id for c in recent_contracts()] == [fixed, hourly]
    assert [c.id for c in contract_choices(recent_first=True)] == [fixed, hourly]
    assert [c.label for c in contract_choices()] == ["Dashboard — Harbor Analytics", "Website — Harbor Analytics"]
    assert [t for _, t in tq.milestone_choices(fixed)] == ["Home page"]


def test_weekly_limit_state_follows_the_minutes_shown(contracts):
    hourly, _ = contracts  # limit 10 h
    now = at(23, day=13)
    tt.add_entry(manual(hourly, at(8, day=9), datetime(2026, 3, 9, 18, 0, 40, tzinfo=UTC)), now=now)
    (limit,) = tq.weekly_limits(now, "UTC")
    assert limit.billable_seconds == 10 * H + 40
    assert limit.state == tq.APPROACHING  # shows 10:00 of 10:00 h, "0:00 left": not red yet
    tt.add_entry(manual(hourly, at(9, day=10), datetime(2026, 3, 10, 9, 0, 20, tzinfo=UTC)), now=now)
    (limit,) = tq.weekly_limits(now, "UTC")
    assert limit.state == tq.EXCEEDED  # 10:01, one minute over


# --- at most a day, within the accepted dates ----------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "field", "message"),
    [
        (at(9, day=1), at(10, day=2), "end", "at most 24 hours"),  # 25 hours
        (datetime(2021, 3, 1, 9, tzinfo=UTC), at(9, day=1), "end", "at most 24 hours"),  # five years
        (datetime(1, 1, 1, 9, tzinfo=UTC), datetime(1, 1, 1, 10, tzinfo=UTC), "start", "before 2000"),
        (datetime(1970, 1, 1, 9, tzinfo=UTC), datetime(1970, 1, 1, 10, tzinfo=UTC), "start", "before 2000"),
    ],
)
def test_an_entry_is_at_most_a_day_within_the_dates_accepted(contracts, start, end, field, message):
    hourly, _ = contracts
    with pytest.raises(ValidationError, match=message) as err:
        tt.add_entry(manual(hourly, start, end), now=at(12, day=5))
    assert err.value.field == field
    assert TimeEntry.select().count() == 0


def test_an_edit_cannot_stretch_an_entry_past_a_day(contracts):
    hourly, _ = contracts
    saved = tt.add_entry(manual(hourly, at(9, day=2), at(17, day=2)), now=at(12, day=5))
    exactly_a_day = manual(hourly, at(9, day=2), at(9, day=3))
    assert tt.update_entry(saved.id, exactly_a_day, now=at(12, day=5)).seconds() == 24 * H
    with pytest.raises(ValidationError, match="at most 24 hours"):
        tt.update_entry(saved.id, manual(hourly, at(8, day=2), at(9, day=3)), now=at(12, day=5))
    with pytest.raises(ValidationError, match="at most 24 hours"):
        tt.correct_start(saved.id, at(8, day=2), now=at(12, day=5))
    assert entry_rows.entry(saved.id).seconds() == 24 * H


def test_a_running_timer_is_not_moved_back_past_a_day_but_keeps_running(contracts):
    hourly, _ = contracts
    running = tt.start_timer(hourly, at(9, day=2), "UTC")
    with pytest.raises(ValidationError, match="at most 24 hours"):
        tt.correct_start(running.id, at(8, day=1), now=at(10, day=2))
    with pytest.raises(ValidationError, match="at most 24 hours"):
        tt.update_entry(running.id, manual(hourly, at(8, day=1), None), now=at(10, day=2))
    # Forgotten for two days, its note can still be changed: only moving its start is refused.
    kept = tt.update_entry(running.id, manual(hourly, at(9, day=2), None, note="forgot"), now=at(12, day=4))
    assert kept.running and kept.note == "forgot"


def test_a_clock_set_to_1970_starts_no_timer(contracts):
    hourly, _ = contracts
    with pytest.raises(ValidationError, match="before 2000"):
        tt.start_timer(hourly, datetime(1970, 1, 1, 0, 0, 5, tzinfo=UTC), "UTC")
    assert TimeEntry.select().count() == 0
