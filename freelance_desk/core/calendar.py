"""The calendar every page, report and rule uses: weeks, months and the named periods.

Pure functions over ``date``. The week's first day comes from the ``week_start``
setting (a :class:`~freelance_desk.core.vocabulary.WeekStart`), which callers read
and pass in: Sunday for ``sunday_local``, else Monday. (With ``monday_utc`` the
week is also counted in UTC where instants are compared; see
``services/money/week_earnings.py`` and ``services/time/queries.py``.)
Months are named ``"YYYY-MM"``.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from enum import StrEnum

from freelance_desk.core.vocabulary import WeekStart

WORKDAY = (time(9), time(17))  # a client's working day, and the freelancer's until they set theirs


def week_first_day(day: date, week_start: str) -> date:
    """The first day of the week ``day`` falls in."""
    back = (day.weekday() + 1) % 7 if week_start == WeekStart.SUNDAY_LOCAL else day.weekday()
    return day - timedelta(days=back)


def week_bounds(day: date, week_start: str) -> tuple[date, date]:
    """First and last day of the week ``day`` falls in."""
    first = week_first_day(day, week_start)
    return first, first + timedelta(days=6)


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def add_months(month: str, n: int) -> str:
    index = int(month[:4]) * 12 + int(month[5:7]) - 1 + n
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_bounds(month: str) -> tuple[date, date]:
    """First and last day of ``month``."""
    first = date(int(month[:4]), int(month[5:7]), 1)
    nxt = add_months(month, 1)
    return first, date(int(nxt[:4]), int(nxt[5:7]), 1) - timedelta(days=1)


def month_first_day(day: date) -> date:
    return day.replace(day=1)


def same_days_last_month(today: date) -> tuple[date, date]:
    """The days of last month that compare with this month so far: the 1st to the same day, clamped.

    On 5 December that is 1–5 November; on 31 March, 1–28 February (all of it).
    """
    first = month_first_day(month_first_day(today) - timedelta(days=1))
    last_of_month = month_first_day(today) - timedelta(days=1)
    return first, min(first + timedelta(days=today.day - 1), last_of_month)


class Period(StrEnum):
    """The named periods the filters and reports offer."""

    ALL = "all"
    THIS_WEEK = "this_week"
    LAST_WEEK = "last_week"
    LAST_14_DAYS = "last_14_days"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"
    CUSTOM = "custom"


WEEK_PERIODS = frozenset({Period.THIS_WEEK, Period.LAST_WEEK})  # the only ones whose days depend on the week start


def period_bounds(period: str, today: date, week_start: str | None) -> tuple[date, date] | None:
    """The first and last day of a named period around ``today``; None for all time or a custom range.

    Weeks, months and years are whole (this month ends on its last day); a report that
    stops at today clips with :func:`up_to`. ``week_start`` is needed for
    :data:`WEEK_PERIODS` only: a caller that reads it from the settings may pass None
    for any other period.
    """
    if period in WEEK_PERIODS:
        if week_start is None:
            raise ValueError(f"{period} needs the week start")
        first, last = week_bounds(today, week_start)
        if period == Period.LAST_WEEK:
            first, last = first - timedelta(days=7), first - timedelta(days=1)
        return first, last
    if period == Period.LAST_14_DAYS:
        return today - timedelta(days=13), today
    if period in (Period.THIS_MONTH, Period.LAST_MONTH):
        return month_bounds(add_months(month_of(today), -1 if period == Period.LAST_MONTH else 0))
    if period in (Period.THIS_YEAR, Period.LAST_YEAR):
        year = today.year - (1 if period == Period.LAST_YEAR else 0)
        return date(year, 1, 1), date(year, 12, 31)
    return None


def up_to(bounds: tuple[date, date] | None, today: date) -> tuple[date, date] | None:
    """``bounds`` ending no later than ``today`` (what has happened so far)."""
    if bounds is None:
        return None
    return bounds[0], min(bounds[1], today)
