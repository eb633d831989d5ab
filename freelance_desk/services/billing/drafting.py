"""An invoice's lines drafted from the work not billed yet.

Hourly: the contract's billable time entries of a period (by the local day each was recorded on),
not on an invoice that is not void, grouped by day or by note, hours × the contract's rate. A weekly
limit caps each week (the week of the ``week_start`` setting; ``monday_utc`` counts an entry in the UTC
week it starts, as Upwork does): the time billed before in that week counts first, and the hours past
the limit are left out or shown on a line of their own at no charge. A line's hours are its minutes
(the seconds cut, as every duration is shown) in hours to two decimals, and its amount is those hours
× the rate: what the client reads is what is charged.

Fixed price: the contract's approved milestones not billed yet, one line each.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from freelance_desk.core.calendar import week_bounds
from freelance_desk.core.money import hours_of
from freelance_desk.core.vocabulary import ContractKind, InvoiceGrouping, InvoiceStatus, MilestoneStatus, WeekStart
from freelance_desk.db.models import Contract, Invoice, InvoicedTime, InvoiceLine, Milestone, TimeEntry
from freelance_desk.services.billing.invoices import LineData
from freelance_desk.services.settings import store as settings_store


@dataclass(frozen=True)
class DraftLine:
    """A drafted line and what its description is made from (the window words it in the client's language)."""

    line: LineData
    day: date | None = None  # by day: the local day
    notes: tuple[str, ...] = ()  # the entries' notes, each once, in the order worked
    week: date | None = None  # over the limit: the week's first day
    over_limit: bool = False  # hours past the weekly limit, at no charge


def billed_entry_ids(entry_ids) -> set[int]:
    """Those of ``entry_ids`` on an invoice that is not void."""
    return set(billed_on(entry_ids))


def billed_on(entry_ids) -> dict[int, str]:
    """Those of ``entry_ids`` on an invoice that is not void, each with that invoice's number."""
    ids = list(entry_ids)
    found: dict[int, str] = {}
    for i in range(0, len(ids), 500):
        found.update(
            InvoicedTime.select(InvoicedTime.time_entry, Invoice.number)
            .join(InvoiceLine, on=(InvoicedTime.line == InvoiceLine.id))
            .join(Invoice, on=(InvoiceLine.invoice == Invoice.id))
            .where(InvoicedTime.time_entry.in_(ids[i:i + 500]) & (Invoice.status != InvoiceStatus.VOID))
            .tuples()
        )
    return found


def _week_of(start: datetime, offset_minutes: int, mode: str) -> date:
    day = start.date() if mode == WeekStart.MONDAY_UTC else (start + timedelta(minutes=offset_minutes)).date()
    return week_bounds(day, mode)[0]


def hourly_lines(contract_id: int, first: date, last: date, grouping: str = InvoiceGrouping.BY_DAY,
                 show_over_limit: bool = False, mode: str | None = None) -> list[DraftLine]:
    """The unbilled billable time of ``first``…``last`` (local days) as lines, in the order worked."""
    contract = Contract.get_by_id(contract_id)
    mode = mode or settings_store.week_start()
    rate = contract.rate_minor or 0
    limit = contract.weekly_limit_minutes * 60 if contract.weekly_limit_minutes else None
    # The weeks the period touches, whole: the time billed before in a week counts against its limit.
    begin = datetime.combine(week_bounds(first, mode)[0] - timedelta(days=1), time(0), UTC)
    end = datetime.combine(week_bounds(last, mode)[1] + timedelta(days=2), time(0), UTC)
    rows = list(
        TimeEntry.select(TimeEntry.id, TimeEntry.start, TimeEntry.end, TimeEntry.utc_offset_minutes, TimeEntry.note)
        .where((TimeEntry.contract == contract_id) & (TimeEntry.start >= begin) & (TimeEntry.start < end)
               & TimeEntry.end.is_null(False) & (TimeEntry.billable == True))  # noqa: E712
        .order_by(TimeEntry.start, TimeEntry.id)
        .tuples()
    )
    billed = billed_entry_ids(r[0] for r in rows)
    used: dict[date, int] = defaultdict(int)  # seconds counted against each week's limit so far
    groups: dict[object, list] = {}
    over: dict[date, list] = {}
    for entry_id, start, stop, offset, note in rows:
        seconds = int((stop - start).total_seconds())
        week = _week_of(start, offset, mode)
        room = seconds if limit is None else max(0, min(seconds, limit - used[week]))
        used[week] += seconds
        day = (start + timedelta(minutes=offset)).date()
        if entry_id in billed or not first <= day <= last:
            continue
        if room:
            key = day if grouping == InvoiceGrouping.BY_DAY else (note or "").strip()
            group = groups.setdefault(key, [0, [], {}, day])
            group[0] += room
            group[1].append(entry_id)
            if (note or "").strip():
                group[2].setdefault(note.strip(), None)
        if room < seconds:
            gone = over.setdefault(week, [0, []])
            gone[0] += seconds - room
            if not room:
                gone[1].append(entry_id)
    lines = []
    for key, (seconds, ids, notes, day) in groups.items():
        hours = hours_of(seconds)
        if not hours:
            continue
        lines.append(DraftLine(
            LineData("; ".join(notes) or "", hours, rate, contract_id, "hour", entry_ids=tuple(ids)),
            day=key if grouping == InvoiceGrouping.BY_DAY else None, notes=tuple(notes),
        ))
    if grouping == InvoiceGrouping.BY_DAY:
        lines.sort(key=lambda d: d.day)
    if show_over_limit:
        for week, (seconds, ids) in sorted(over.items()):
            if hours_of(seconds):
                lines.append(DraftLine(LineData("", hours_of(seconds), 0, contract_id, "hour", entry_ids=tuple(ids)),
                                       week=week, over_limit=True))
    return lines


def milestone_lines(contract_id: int) -> list[DraftLine]:
    """The contract's approved milestones not on an invoice that is not void, in their order."""
    billed = set(
        InvoiceLine.select(InvoiceLine.milestone)
        .join(Invoice, on=(InvoiceLine.invoice == Invoice.id))
        .where(InvoiceLine.milestone.is_null(False) & (Invoice.status != InvoiceStatus.VOID))
        .scalars()
    )
    return [
        DraftLine(LineData(m.title, Decimal(1), m.amount_minor, contract_id, "item", milestone_id=m.id))
        for m in Milestone.select().where((Milestone.contract == contract_id)
                                          & (Milestone.status == MilestoneStatus.APPROVED))
        .order_by(Milestone.position, Milestone.id)
        if m.id not in billed
    ]


def draft_lines(contract_id: int, first: date, last: date, grouping: str = InvoiceGrouping.BY_DAY,
                show_over_limit: bool = False) -> list[DraftLine]:
    """What the contract has to bill: its time of the period (hourly) or its approved milestones (fixed)."""
    kind = Contract.select(Contract.kind).where(Contract.id == contract_id).scalar()
    if kind == ContractKind.HOURLY:
        return hourly_lines(contract_id, first, last, grouping, show_over_limit)
    return milestone_lines(contract_id)
