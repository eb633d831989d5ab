"""A client's local time and shared working hours, across zones and daylight-saving changes."""

from datetime import UTC, date, datetime, time

import pytest

from freelance_desk.services.clients.clock import client_clock, format_difference, overlap_minutes, working_overlap


def hours(windows):
    return [(s.strftime("%a %H:%M"), e.strftime("%a %H:%M")) for s, e in windows]


def test_berlin_client_seen_from_jakarta_in_winter_and_summer():
    # Winter: Berlin is UTC+1, Jakarta UTC+7 → Berlin 09:00 is 15:00 in Jakarta.
    winter = working_overlap("Asia/Jakarta", "Europe/Berlin", date(2026, 1, 14))
    assert hours(winter) == [("Wed 15:00", "Wed 17:00")]
    # Summer (CEST, UTC+2): Berlin 09:00 is 14:00 in Jakarta, one more shared hour.
    summer = working_overlap("Asia/Jakarta", "Europe/Berlin", date(2026, 7, 15))
    assert hours(summer) == [("Wed 14:00", "Wed 17:00")]
    assert overlap_minutes(summer) == 180


def test_new_york_and_jakarta_never_share_a_nine_to_five():
    assert working_overlap("Asia/Jakarta", "America/New_York", date(2026, 3, 11)) == []


def test_london_and_new_york_in_the_weeks_between_their_clock_changes():
    # US clocks moved on 8 March 2026, UK clocks on 29 March: for three weeks the gap is 4 h, not 5.
    before = working_overlap("Europe/London", "America/New_York", date(2026, 3, 4))
    between = working_overlap("Europe/London", "America/New_York", date(2026, 3, 11))
    after = working_overlap("Europe/London", "America/New_York", date(2026, 4, 1))
    assert hours(before) == [("Wed 14:00", "Wed 17:00")]
    assert hours(between) == [("Wed 13:00", "Wed 17:00")]
    assert hours(after) == [("Wed 14:00", "Wed 17:00")]


def test_on_the_day_of_a_clock_change_the_window_is_wall_clock_time():
    # Sunday 29 March 2026 Berlin springs forward at 02:00; working hours stay 09–17 local,
    # so Berlin's day ends at 15:00 UTC from Monday 30 March and at 16:00 UTC the week before.
    assert hours(working_overlap("UTC", "Europe/Berlin", date(2026, 3, 30))) == [("Mon 09:00", "Mon 15:00")]
    assert hours(working_overlap("UTC", "Europe/Berlin", date(2026, 3, 23))) == [("Mon 09:00", "Mon 16:00")]



def test_the_clients_weekend_does_not_count():
    # My Friday afternoon in Los Angeles is Saturday morning in Sydney.
    assert working_overlap("America/Los_Angeles", "Australia/Sydney", date(2026, 3, 13)) == []
    # My Monday afternoon is their Tuesday morning: Sydney 09:00 (UTC+11) is 15:00 in LA (UTC−7 by then).
    assert hours(working_overlap("America/Los_Angeles", "Australia/Sydney", date(2026, 3, 16))) == [
        ("Mon 15:00", "Mon 17:00")
    ]


def test_own_working_hours_can_differ():
    windows = working_overlap("Asia/Jakarta", "Europe/Berlin", date(2026, 1, 14), my_hours=(time(13), time(22)))
    assert hours(windows) == [("Wed 15:00", "Wed 22:00")]


@pytest.mark.parametrize(
    "now, client_zone, local, difference",
    [
        (datetime(2026, 1, 14, 2, 0, tzinfo=UTC), "America/New_York", "Tue 21:00", -720),
        (datetime(2026, 7, 14, 2, 0, tzinfo=UTC), "America/New_York", "Mon 22:00", -660),
        (datetime(2026, 1, 14, 2, 0, tzinfo=UTC), "Asia/Kolkata", "Wed 07:30", -90),
        (datetime(2026, 1, 14, 2, 0, tzinfo=UTC), "Asia/Jakarta", "Wed 09:00", 0),
    ],
)
def test_client_clock_shows_their_time_and_the_difference(now, client_zone, local, difference):
    clock = client_clock("Asia/Jakarta", client_zone, now)
    assert clock.client_now.strftime("%a %H:%M") == local
    assert clock.difference_minutes == difference


def test_client_clock_knows_whether_the_client_is_at_work():
    at_nine = client_clock("Asia/Jakarta", "Europe/Berlin", datetime(2026, 1, 14, 8, 0, tzinfo=UTC))
    assert at_nine.client_working and at_nine.overlap_minutes == 120
    evening = client_clock("Asia/Jakarta", "Europe/Berlin", datetime(2026, 1, 14, 18, 0, tzinfo=UTC))
    assert not evening.client_working


def test_unknown_zone_falls_back_to_utc_instead_of_failing():
    clock = client_clock("Asia/Jakarta", "Mars/Olympus", datetime(2026, 1, 14, 2, 0, tzinfo=UTC))
    assert clock.client_now.utcoffset().total_seconds() == 0


@pytest.mark.parametrize("minutes, text", [(0, "±0 h"), (300, "+5 h"), (-570, "−9:30 h"), (345, "+5:45 h")])
def test_difference_is_written_compactly(minutes, text):
    assert format_difference(minutes) == text
