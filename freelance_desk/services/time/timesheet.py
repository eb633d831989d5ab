"""The week timesheet: contracts × the seven days of a week, read from the ``daily_time`` summary,
and a cell typed in as a change of that day's time on that contract.

:func:`week_sheet` is one grouped read of the summary (never the entries), whatever the history.
:func:`plan_cell` says what typing a total into a cell would do, before anything is written:

- an empty cell gets a new entry, laid out after the day's last entry (any contract), or from
  09:00 on a day with none; never overlapping, never past midnight or now;
- more time lengthens the cell's last entry where the time after it is free, else adds an entry
  after the day's last one;
- less time shortens the cell's last entry, removing whole entries from the last backwards
  when the cut is longer than it;
- 0 removes the cell's entries.

:func:`apply_change` writes a plan in one transaction and returns what :func:`undo_change`
needs. A cell holding the running timer, or time billed on an invoice, is not changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from freelance_desk.core.checks import check_timezone
from freelance_desk.core.durations import hours_minutes
from freelance_desk.core.errors import DomainError, ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import time_amount
from freelance_desk.core.vocabulary import ContractKind
from freelance_desk.db.connection import write
from freelance_desk.db.models import Client, Contract, DailyTime, TimeEntry
from freelance_desk.services.time import bulk
from freelance_desk.services.time.entry_rows import EntryRow
from freelance_desk.services.time.queries import EntryFilter, day_span, entries_of_days
from freelance_desk.services.time.tracking import (
    EntryData,
    add_entry,
    entry_data,
    overlapping,
    update_entry,
    whole_seconds,
)

DAYS = 7
DAY_BEGINS = time(9)  # where a day with no entries gets its first
RUNNING_HERE = QT_TRANSLATE_NOOP(
    "services", "The timer is running on this day for this contract; stop it before changing the day's time.")
BILLED_HERE = QT_TRANSLATE_NOOP(
    "services", "This day's time is billed on invoice {number}; void the invoice before changing it.")
NO_ROOM = QT_TRANSLATE_NOOP(
    "services", "This day has no free {length} h left before midnight (or before now) after its last entry.")


@dataclass(frozen=True)
class SheetRow:
    contract_id: int
    title: str
    client: str
    kind: str
    weekly_limit_minutes: int | None
    seconds: tuple[int, ...]  # per day of the week
    billable_seconds: int  # of the week, what a weekly limit counts
    rate_minor: int | None = None
    currency: str = ""

    @property
    def amount_minor(self) -> int | None:
        """The week's billable time, up to the weekly limit, at the hourly rate (as an invoice bills it);
        None for fixed-price work."""
        if self.kind != ContractKind.HOURLY or self.rate_minor is None:
            return None
        limit = self.limit_seconds
        return time_amount(min(self.billable_seconds, limit) if limit else self.billable_seconds, self.rate_minor)

    @property
    def total(self) -> int:
        return sum(self.seconds)

    @property
    def limit_seconds(self) -> int | None:
        return self.weekly_limit_minutes * 60 if self.kind == ContractKind.HOURLY and self.weekly_limit_minutes else None

    @property
    def over_limit(self) -> bool:
        return self.limit_seconds is not None and self.billable_seconds > self.limit_seconds


@dataclass(frozen=True)
class Sheet:
    first: date
    rows: list[SheetRow]

    @property
    def days(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range(DAYS)]

    @property
    def day_totals(self) -> list[int]:
        return [sum(r.seconds[i] for r in self.rows) for i in range(DAYS)]

    @property
    def total(self) -> int:
        return sum(r.total for r in self.rows)


def week_sheet(first: date, also: Iterable[int] = ()) -> Sheet:
    """The week from ``first``: a row per contract with time in it, and rows for ``also`` (added or
    copied, possibly empty), ordered by client and contract."""
    last = first + timedelta(days=DAYS - 1)
    seconds: dict[int, list[int]] = {}
    billable: dict[int, int] = {}
    for contract_id, day, secs, bill in (
        DailyTime.select(DailyTime.contract, DailyTime.day, DailyTime.seconds, DailyTime.billable_seconds)
        .where(DailyTime.day.between(first.isoformat(), last.isoformat())).tuples()
    ):
        seconds.setdefault(contract_id, [0] * DAYS)[(date.fromisoformat(day) - first).days] += secs
        billable[contract_id] = billable.get(contract_id, 0) + bill
    ids = set(seconds) | set(also)
    rows = []
    if ids:
        for cid, title, client, kind, limit, rate, currency in (
            Contract.select(Contract.id, Contract.title, Client.name, Contract.kind, Contract.weekly_limit_minutes,
                            Contract.rate_minor, Contract.currency)
            .join(Client, on=(Contract.client == Client.id)).where(Contract.id.in_(list(ids))).tuples()
        ):
            rows.append(SheetRow(cid, title, client, kind, limit, tuple(seconds.get(cid, [0] * DAYS)),
                                 billable.get(cid, 0), rate, currency))
    rows.sort(key=lambda r: (r.client.lower(), r.title.lower(), r.contract_id))
    return Sheet(first, rows)


def contracts_with_time(first: date) -> list[int]:
    """The contracts with time in the week from ``first`` (what "copy last week's rows" brings)."""
    return [r.contract_id for r in week_sheet(first).rows]


# --- a cell typed in ------------------------------------------------------------------------


@dataclass(frozen=True)
class CellChange:
    """What typing ``after_s`` into the cell (``contract_id``, ``day``) does, before it is done."""

    contract_id: int
    day: date
    before_s: int
    after_s: int
    entries: tuple[EntryRow, ...]  # the cell's entries now, in the order worked
    add: tuple[datetime, datetime] | None = None  # a new entry's start and end
    resize: tuple[EntryRow, datetime] | None = None  # an entry and its new end
    remove: tuple[EntryRow, ...] = ()  # whole entries that go
    zone: str = "UTC"

    @property
    def changes_nothing(self) -> bool:
        return self.add is None and self.resize is None and not self.remove

    @property
    def needs_confirming(self) -> bool:
        """Several entries hold the cell, or whole entries go: the user is told what first."""
        return len(self.entries) > 1 or bool(self.remove)


def _room_after(day: date, zone: str, length: timedelta, now: datetime) -> tuple[datetime, datetime]:
    """Where ``length`` of new work goes on ``day``: after its last entry (any contract), or from 09:00."""
    begin, midnight = day_span(day, zone)
    ends = [e.end for e in entries_of_days(EntryFilter(), day, day) if e.end is not None]
    start = max(ends) if ends else datetime.combine(day, DAY_BEGINS, ZoneInfo(check_timezone(zone))).astimezone(UTC)
    start = max(start, begin)
    end = start + length
    if end > min(midnight, now) or overlapping(start, end) is not None:
        raise ValidationError("cell", NO_ROOM, length=hours_minutes(int(length.total_seconds())))
    return start, end


def plan_cell(contract_id: int, day: date, seconds: int, now: datetime, zone: str) -> CellChange:
    """What typing ``seconds`` into the cell of ``contract_id`` on ``day`` (a local day in ``zone``)
    would change; nothing is written. Refused (DomainError) where the cell cannot change."""
    now = whole_seconds(now)
    seconds = max(0, int(seconds)) // 60 * 60  # whole minutes, as typed
    cell = tuple(sorted(entries_of_days(EntryFilter(contract_id=contract_id), day, day), key=lambda e: e.start))
    if any(e.running for e in cell):
        raise DomainError(RUNNING_HERE)
    before = sum(e.seconds() for e in cell)
    change = CellChange(contract_id, day, before, seconds, cell, zone=zone)
    if seconds == before:
        return change
    if seconds > before:
        more = timedelta(seconds=seconds - before)
        if cell:
            last = max(cell, key=lambda e: e.end)
            new_end = last.end + more
            midnight = day_span(day, zone)[1]
            if new_end <= min(midnight, now) and overlapping(last.end, new_end, exclude_id=last.id) is None:
                bulk.refuse_billed([last.id], BILLED_HERE)
                return replace(change, resize=(last, new_end))
        return replace(change, add=_room_after(day, zone, more, now))
    cut = before - seconds
    removed: list[EntryRow] = []
    for e in sorted(cell, key=lambda e: e.end, reverse=True):
        if e.seconds() <= cut:
            removed.append(e)
            cut -= e.seconds()
            if not cut:
                break
            continue
        bulk.refuse_billed([x.id for x in removed + [e]], BILLED_HERE)
        return replace(change, resize=(e, e.end - timedelta(seconds=cut)), remove=tuple(removed))
    bulk.refuse_billed([x.id for x in removed], BILLED_HERE)
    return replace(change, remove=tuple(removed))


@dataclass
class Applied:
    """What :func:`apply_change` wrote, for :func:`undo_change` (and its redo)."""

    change: CellChange
    added_id: int | None = None
    old_end: tuple[int, datetime] | None = None
    removed: list[dict] = field(default_factory=list)


def apply_change(change: CellChange, now: datetime) -> Applied:
    """Write ``change`` in one transaction."""
    applied = Applied(change)
    with write():
        if change.remove:
            applied.removed = bulk.delete([e.id for e in change.remove])
        if change.resize is not None:
            entry, new_end = change.resize
            update_entry(entry.id, replace(entry_data(entry), end=new_end), now, expected=entry)
            applied.old_end = (entry.id, entry.end)
        if change.add is not None:
            start, end = change.add
            applied.added_id = add_entry(EntryData(change.contract_id, start, end, zone=change.zone), now).id
    return applied


def undo_change(applied: Applied) -> None:
    """Take back what :func:`apply_change` wrote, in one transaction."""
    with write():
        if applied.added_id is not None:
            TimeEntry.delete().where(TimeEntry.id == applied.added_id).execute()
        if applied.old_end is not None:
            entry_id, end = applied.old_end
            TimeEntry.update(end=end).where(TimeEntry.id == entry_id).execute()
        if applied.removed:
            bulk.restore(applied.removed)
