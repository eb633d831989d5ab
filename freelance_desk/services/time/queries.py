"""What the Time page and the timer bar read: entries by day, totals, choices, weekly limits.

The Time page's rows are laid out from the ``daily_time`` summary (entries and seconds per
local day, kept exact by triggers), never by reading or adding up the entries themselves;
entries are read only for the days whose rows are painted, through the ``start`` index.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from peewee import fn

from freelance_desk.core import calendar
from freelance_desk.core.checks import check_timezone
from freelance_desk.core.durations import shown_minutes
from freelance_desk.core.vocabulary import (
    OPEN_MILESTONE_STATUSES,
    ContractKind,
    ContractStatus,
    MilestoneStatus,
    WeekStart,
)
from freelance_desk.db import sql
from freelance_desk.db.models import Client, Contract, DailyTime, Milestone, TimeEntry
from freelance_desk.services.settings import store as settings_store
from freelance_desk.services.time.entry_rows import (
    EntryRow,
    raw_to_row,
    row_query,
    running_entry,
    running_record,
)
from freelance_desk.services.time.tracking import whole_seconds

PAGE_SIZE = 200
# An entry's local day lies within ±14 h of its UTC start (the widest real offsets).
DAY_MARGIN = 15 * 3600


@dataclass(frozen=True)
class EntryFilter:
    client_id: int | None = None
    contract_id: int | None = None
    date_from: date | None = None  # local days an entry counts for, inclusive
    date_to: date | None = None
    billable: bool | None = None  # None: both


def _entry_day():
    return sql.entry_day(TimeEntry.start, TimeEntry.utc_offset_minutes)


def _epoch(day: date) -> int:
    return int(datetime.combine(day, time(), UTC).timestamp())


def _raw_rows(query) -> list[tuple]:
    """The rows of ``query`` straight from the cursor: thousands of rows without per-row model work."""
    return TimeEntry._meta.database.execute(query).fetchall()


def _filtered(query, flt: EntryFilter):
    """``query`` over entries joined with Contract, narrowed by ``flt``."""
    if flt.contract_id:
        query = query.where(TimeEntry.contract == flt.contract_id)
    if flt.client_id:
        query = query.where(Contract.client == flt.client_id)
    if flt.billable is not None:
        query = query.where(TimeEntry.billable == flt.billable)
    if flt.date_from:
        query = query.where((TimeEntry.start >= _epoch(flt.date_from) - DAY_MARGIN) & (_entry_day() >= flt.date_from.isoformat()))
    if flt.date_to:
        end = flt.date_to + timedelta(days=1)
        query = query.where((TimeEntry.start < _epoch(end) + DAY_MARGIN) & (_entry_day() < end.isoformat()))
    return query


def entries_of_days(flt: EntryFilter, first: date, last: date) -> list[EntryRow]:
    """Entries of ``flt`` (the running one too) counted for the local days ``first``..``last``.

    Newest day first, and newest first within a day: the order of the Time page's rows.
    """
    lo = max(first, flt.date_from) if flt.date_from else first
    hi = min(last, flt.date_to) if flt.date_to else last
    query = _filtered(row_query(), replace(flt, date_from=lo, date_to=hi))
    query = query.order_by(TimeEntry.start.desc(), TimeEntry.id.desc())
    rows = [raw_to_row(t) for t in _raw_rows(query)]
    rows.sort(key=lambda row: row.day, reverse=True)  # stable: start order kept within a day
    return rows


def shows_hourly(flt: EntryFilter) -> bool:
    """Whether ``flt`` can show hourly work (the Time page's amount column is for it alone)."""
    query = Contract.select(Contract.id).where(Contract.kind == ContractKind.HOURLY)
    if flt.contract_id:
        query = query.where(Contract.id == flt.contract_id)
    if flt.client_id:
        query = query.where(Contract.client == flt.client_id)
    return query.limit(1).exists()


def has_entries() -> bool:
    return TimeEntry.select(TimeEntry.id).limit(1).exists()


def matches(row: EntryRow, flt: EntryFilter) -> bool:
    """Whether one entry passes ``flt`` (the live running entry, without a query)."""
    return (
        (not flt.contract_id or row.contract_id == flt.contract_id)
        and (not flt.client_id or row.client_id == flt.client_id)
        and (flt.billable is None or row.billable == flt.billable)
        and (not flt.date_from or row.day >= flt.date_from)
        and (not flt.date_to or row.day <= flt.date_to)
    )


# --- totals from daily_time -------------------------------------------------------


def _seconds_column(flt: EntryFilter):
    if flt.billable is None:
        return DailyTime.seconds
    if flt.billable:
        return DailyTime.billable_seconds
    return DailyTime.seconds - DailyTime.billable_seconds


def _daily(flt: EntryFilter, first: date | None, last: date | None, *columns):
    """daily_time rows for ``flt`` between two days (inclusive; None: open)."""
    lo = max(d for d in (first, flt.date_from) if d) if (first or flt.date_from) else None
    hi = min(d for d in (last, flt.date_to) if d) if (last or flt.date_to) else None
    query = DailyTime.select(*columns)
    if flt.client_id:
        query = query.join(Contract, on=(DailyTime.contract == Contract.id)).where(Contract.client == flt.client_id)
    if flt.contract_id:
        query = query.where(DailyTime.contract == flt.contract_id)
    if lo:
        query = query.where(DailyTime.day >= lo.isoformat())
    if hi:
        query = query.where(DailyTime.day <= hi.isoformat())
    return query


class DaySummary(NamedTuple):
    day: date
    entries: int  # finished entries
    seconds: int  # their tracked seconds


def day_summaries(
    flt: EntryFilter, limit: int | None = None, since: date | None = None, before: date | None = None
) -> list[DaySummary]:
    """Local days with finished entries for ``flt``, newest first, from ``since`` (inclusive) to
    ``before`` (exclusive), at most ``limit`` of them: one read of the summary."""
    if flt.billable is None:
        count = DailyTime.entries
    elif flt.billable:
        count = DailyTime.billable_entries
    else:
        count = DailyTime.entries - DailyTime.billable_entries
    last = before - timedelta(days=1) if before else None
    query = (
        _daily(flt, since, last, DailyTime.day, fn.SUM(count), fn.SUM(_seconds_column(flt)))
        .group_by(DailyTime.day)
        .having(fn.SUM(count) > 0)
        .order_by(DailyTime.day.desc())
        .limit(limit)
    )
    parse = date.fromisoformat
    return [DaySummary(parse(day), n, total or 0) for day, n, total in _raw_rows(query)]


def week_first_day(day: date, week_start: str | None = None) -> date:
    """The first day of ``day``'s calendar week, by the ``week_start`` setting unless given."""
    return calendar.week_first_day(day, week_start or settings_store.week_start())


def grand_total(flt: EntryFilter) -> int:
    """Finished seconds of everything ``flt`` shows."""
    return int(_daily(flt, None, None, fn.COALESCE(fn.SUM(_seconds_column(flt)), 0)).scalar() or 0)


# --- choices -------------------------------------------------------------------------


def client_choices() -> list[tuple[int, str]]:
    return list(Client.select(Client.id, Client.name).order_by(fn.lower(Client.name)).tuples())


def milestone_choices(contract_id: int | None, open_only: bool = True) -> list[tuple[int, str]]:
    if not contract_id:
        return []
    query = Milestone.select(Milestone.id, Milestone.title).where(Milestone.contract == contract_id)
    query = query.where(Milestone.status.in_(OPEN_MILESTONE_STATUSES) if open_only else Milestone.status != MilestoneStatus.CANCELLED)
    return list(query.order_by(Milestone.position, Milestone.id).tuples())


# --- a new manual entry ----------------------------------------------------------------------

NEW_ENTRY_SECONDS = 3600  # how long a new manual entry is, until the user says otherwise


def last_end(after: datetime, upto: datetime) -> datetime | None:
    """The latest end of a finished entry in (after, upto] (the start index narrows it: an entry is ≤ 24 h)."""
    lo, hi = int(after.timestamp()), int(upto.timestamp())
    return (
        TimeEntry.select(fn.MAX(TimeEntry.end))
        .where((TimeEntry.start >= lo - 86400) & (TimeEntry.start < hi) & (TimeEntry.end > lo) & (TimeEntry.end <= hi))
        .scalar()
    )


def day_span(day: date, zone: str) -> tuple[datetime, datetime]:
    """The local day ``day`` in ``zone`` as UTC instants: its midnight and the next."""
    tz = ZoneInfo(check_timezone(zone))
    return (datetime.combine(day, time(), tz).astimezone(UTC),
            datetime.combine(day + timedelta(days=1), time(), tz).astimezone(UTC))


def new_entry_span(now: datetime, zone: str, day: date | None = None) -> tuple[datetime, datetime] | None:
    """Where a new manual entry on ``day`` (a local day in ``zone``; today unless given) starts and ends.

    It starts where the last entry ending that day ended and lasts up to an hour; on a day with
    none, today's default is the hour before now (to five minutes), another day has none (None).
    It never reaches past now, nor into the running timer (which holds everything after its start).
    """
    tz = ZoneInfo(check_timezone(zone))
    now = whole_seconds(now)
    local_now = now.astimezone(tz)
    today = local_now.date()
    day = day or today
    if day > today:
        return None
    day_start, next_day = day_span(day, zone)
    limit = min(now, next_day)
    running = running_record()
    if running is not None and running.start < limit:
        limit = running.start
    last = last_end(day_start, limit) if limit > day_start else None
    if last is not None:
        return last, min(last + timedelta(seconds=NEW_ENTRY_SECONDS), limit)
    if day != today:
        return None
    rounded = (local_now - timedelta(minutes=local_now.minute % 5, seconds=local_now.second)).astimezone(UTC)
    end = min(rounded, limit)
    start = end - timedelta(seconds=NEW_ENTRY_SECONDS)
    before = last_end(start, end)  # an entry of yesterday reaching into the hour
    return max(start, before) if before is not None else start, end


# --- weekly limits -------------------------------------------------------------------------

OK, APPROACHING, EXCEEDED = "ok", "approaching", "exceeded"


@dataclass(frozen=True)
class WeeklyLimit:
    contract_id: int
    contract_title: str
    client_name: str
    limit_seconds: int
    billable_seconds: int  # this week so far, the running timer included

    @property
    def state(self) -> str:
        """By the minutes shown (core.durations), so the colour agrees with "0:00 left" / "0:01 over"."""
        used, limit = shown_minutes(self.billable_seconds), shown_minutes(self.limit_seconds)
        if used > limit:
            return EXCEEDED
        if used * 5 >= limit * 4:  # 80 %
            return APPROACHING
        return OK

    @property
    def over_seconds(self) -> int:
        """Billable time past the limit: tracked, not paid (0 while within it by the minutes shown)."""
        return self.billable_seconds - self.limit_seconds if self.state == EXCEEDED else 0


def week_range(now: datetime, zone: str, week_start: str | None = None) -> tuple[datetime, datetime]:
    """The billing week holding ``now``: Monday 00:00 UTC (Upwork) or a local Monday/Sunday."""
    week_start = week_start or settings_store.week_start()
    local = UTC if week_start == WeekStart.MONDAY_UTC else ZoneInfo(zone)
    first = week_first_day(now.astimezone(local).date(), week_start)
    start = datetime.combine(first, time(), local)
    end = datetime.combine(first + timedelta(days=7), time(), local)
    return start.astimezone(UTC), end.astimezone(UTC)


def _limited_contracts(where) -> list[tuple[int, str, str, int]]:
    """(id, title, client, limit minutes) of the hourly contracts with a weekly limit matching ``where``."""
    return list(
        Contract.select(Contract.id, Contract.title, Client.name, Contract.weekly_limit_minutes)
        .join(Client, on=(Contract.client == Client.id))
        .where((Contract.kind == ContractKind.HOURLY) & Contract.weekly_limit_minutes.is_null(False) & where)
        .order_by(fn.lower(Contract.title))
        .tuples()
    )


def _week_billable(ids: list[int], start: datetime, end: datetime, now: datetime,
                   exclude_id: int | None = None) -> dict[int, int]:
    """Billable seconds of each contract in [start, end): entries clipped to the week, the running one to now."""
    s, e = int(start.timestamp()), int(end.timestamp())
    # Finished entries clipped to the week; one that started up to a day before may reach in.
    clipped = sql.least(TimeEntry.end, e) - sql.greatest(TimeEntry.start, s)
    query = (
        TimeEntry.select(TimeEntry.contract, fn.SUM(clipped))
        .where(
            TimeEntry.contract.in_(ids)
            & (TimeEntry.billable == True)  # noqa: E712 - SQL comparison
            & (TimeEntry.start >= s - 86400)
            & (TimeEntry.start < e)
            & (TimeEntry.end > s)
        )
        .group_by(TimeEntry.contract)
    )
    if exclude_id is not None:
        query = query.where(TimeEntry.id != exclude_id)
    sums = {cid: int(total or 0) for cid, total in query.tuples()}
    running = running_entry()
    if running is not None and running.billable and running.contract_id in ids and running.id != exclude_id:
        live = int((min(now, end) - max(running.start, start)).total_seconds())
        sums[running.contract_id] = sums.get(running.contract_id, 0) + max(0, live)
    return sums


def weekly_limits(now: datetime, zone: str, week_start: str | None = None) -> list[WeeklyLimit]:
    """This week's billable time of each active hourly contract with a weekly limit."""
    contracts = _limited_contracts(Contract.status == ContractStatus.ACTIVE)
    if not contracts:
        return []
    start, end = week_range(now, zone, week_start)
    sums = _week_billable([c[0] for c in contracts], start, end, now)
    return [
        WeeklyLimit(cid, title, client, minutes * 60, sums.get(cid, 0))
        for cid, title, client, minutes in contracts
    ]


@dataclass(frozen=True)
class WeekAfterSave:
    """A contract's weekly limit in the week an entry falls in, as it stands once the entry is saved."""

    limit: WeeklyLimit  # its billable_seconds: the week's, this entry included
    first_day: date  # the week's days, in the zone the week is counted in (UTC for Monday-UTC weeks)
    last_day: date

    @property
    def unbillable_seconds(self) -> int:
        return self.limit.over_seconds


def limit_after_save(
    contract_id: int | None,
    start: datetime,
    end: datetime | None,
    now: datetime,
    zone: str,
    entry_id: int | None = None,
    billable: bool = True,
    week_start: str | None = None,
) -> WeekAfterSave | None:
    """The weekly limit of the week holding ``start`` once the entry [start, end) is saved.

    ``entry_id`` is the entry being edited (its saved time is replaced, not added); ``end`` None is
    a running entry, counted up to ``now``. The week counts as the Time page's weekly limits do
    (entries clipped to it, the running timer included). None for a contract without a weekly limit.
    """
    if not contract_id:
        return None
    found = _limited_contracts(Contract.id == contract_id)
    if not found:
        return None
    cid, title, client, minutes = found[0]
    week_start = week_start or settings_store.week_start()
    first, last = week_range(start, zone, week_start)
    seconds = _week_billable([cid], first, last, now, exclude_id=entry_id).get(cid, 0)
    stop = end if end is not None else now
    if billable:
        seconds += max(0, int((min(stop, last) - max(start, first)).total_seconds()))
    counted_in = UTC if week_start == WeekStart.MONDAY_UTC else ZoneInfo(zone)
    return WeekAfterSave(
        WeeklyLimit(cid, title, client, minutes * 60, seconds),
        first.astimezone(counted_in).date(),
        (last - timedelta(seconds=1)).astimezone(counted_in).date(),
    )


# --- a timer left running ---------------------------------------------------------------


@dataclass(frozen=True)
class ForgottenTimer:
    entry: EntryRow
    running_seconds: int
    past_midnight: bool  # started on an earlier local day
    proposed_stop: datetime  # the last activity seen, within the entry


def forgotten_timer(
    now: datetime, zone: str, last_activity: datetime | None, threshold_hours: int | None = None
) -> ForgottenTimer | None:
    """The running timer if it looks forgotten: longer than the threshold or across local midnight."""
    running = running_entry()
    if running is None:
        return None
    if threshold_hours is None:
        threshold_hours = settings_store.value(settings_store.FORGOTTEN_TIMER_HOURS)
    elapsed = running.seconds(now)
    local = ZoneInfo(check_timezone(zone))
    past_midnight = running.start.astimezone(local).date() != now.astimezone(local).date()
    too_long = bool(threshold_hours) and elapsed >= threshold_hours * 3600
    if not (too_long or past_midnight):
        return None
    proposed = min(max(last_activity or now, running.start), now)
    return ForgottenTimer(running, elapsed, past_midnight, whole_seconds(proposed))
