"""The one calendar: week starts, month bounds and the named periods."""

from datetime import date

import pytest

from freelance_desk.core.calendar import (
    WEEK_PERIODS,
    Period,
    add_months,
    month_bounds,
    period_bounds,
    same_days_last_month,
    up_to,
    week_bounds,
    week_first_day,
)

TUESDAY = date(2026, 3, 10)
SUNDAY = date(2026, 3, 8)


@pytest.mark.parametrize(
    ("day", "setting", "first"),
    [
        (TUESDAY, "monday_utc", date(2026, 3, 9)),
        (TUESDAY, "monday_local", date(2026, 3, 9)),
        (TUESDAY, "sunday_local", date(2026, 3, 8)),
        (SUNDAY, "monday_local", date(2026, 3, 2)),  # a Monday week ends on Sunday
        (SUNDAY, "sunday_local", SUNDAY),  # a Sunday week starts on it
        (date(2026, 1, 1), "monday_utc", date(2025, 12, 29)),  # across the new year
    ],
)
def test_the_week_starts_where_the_setting_says(day, setting, first):
    assert week_first_day(day, setting) == first
    assert week_bounds(day, setting) == (first, date.fromordinal(first.toordinal() + 6))


def test_months_know_their_length_and_wrap_years():
    assert month_bounds("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert month_bounds("2026-12") == (date(2026, 12, 1), date(2026, 12, 31))
    assert add_months("2025-12", 1) == "2026-01"
    assert add_months("2026-01", -13) == "2024-12"


def test_named_periods_around_a_day():
    week = "monday_utc"
    assert period_bounds(Period.THIS_WEEK, TUESDAY, week) == (date(2026, 3, 9), date(2026, 3, 15))
    assert period_bounds(Period.LAST_WEEK, TUESDAY, week) == (date(2026, 3, 2), date(2026, 3, 8))
    assert period_bounds(Period.LAST_WEEK, TUESDAY, "sunday_local") == (date(2026, 3, 1), date(2026, 3, 7))
    assert period_bounds(Period.LAST_14_DAYS, TUESDAY, week) == (date(2026, 2, 25), TUESDAY)
    assert period_bounds(Period.THIS_MONTH, TUESDAY, week) == (date(2026, 3, 1), date(2026, 3, 31))
    assert period_bounds(Period.LAST_MONTH, date(2026, 1, 31), week) == (date(2025, 12, 1), date(2025, 12, 31))
    assert period_bounds(Period.LAST_YEAR, TUESDAY, week) == (date(2025, 1, 1), date(2025, 12, 31))
    assert period_bounds(Period.ALL, TUESDAY, week) is None
    assert period_bounds(Period.CUSTOM, TUESDAY, week) is None


def test_only_the_week_periods_need_the_week_start():
    assert WEEK_PERIODS == {Period.THIS_WEEK, Period.LAST_WEEK}
    for period in set(Period) - WEEK_PERIODS:
        assert period_bounds(period, TUESDAY, None) == period_bounds(period, TUESDAY, "sunday_local")
    with pytest.raises(ValueError):
        period_bounds(Period.THIS_WEEK, TUESDAY, None)


def test_up_to_today_clips_only_the_end():
    assert up_to(period_bounds(Period.THIS_MONTH, TUESDAY, "monday_utc"), TUESDAY) == (date(2026, 3, 1), TUESDAY)
    assert up_to((date(2026, 2, 1), date(2026, 2, 28)), TUESDAY) == (date(2026, 2, 1), date(2026, 2, 28))
    assert up_to(None, TUESDAY) is None


@pytest.mark.parametrize(
    ("today", "days"),
    [
        (date(2026, 12, 1), (date(2026, 11, 1), date(2026, 11, 1))),  # the 1st: one day against one day
        (date(2026, 12, 5), (date(2026, 11, 1), date(2026, 11, 5))),
        (date(2026, 3, 31), (date(2026, 2, 1), date(2026, 2, 28))),  # clamped to a shorter month
        (date(2024, 3, 30), (date(2024, 2, 1), date(2024, 2, 29))),
        (date(2026, 1, 15), (date(2025, 12, 1), date(2025, 12, 15))),  # across the new year
    ],
)
def test_the_month_so_far_compares_with_the_same_days_of_last_month(today, days):
    assert same_days_last_month(today) == days
