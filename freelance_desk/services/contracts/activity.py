"""What happened on one contract: its recent time entries, tracked total and payments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from peewee import JOIN, fn

from freelance_desk.db.models import DailyTime, Milestone, Payment, TimeEntry
from freelance_desk.db.records import rows_of


@dataclass(frozen=True)
class TimeRow:
    id: int
    start: datetime
    end: datetime | None  # None while the timer runs
    seconds: int | None
    note: str
    milestone: str
    billable: bool


def recent_time_entries(contract_id: int, limit: int = 50) -> list[TimeRow]:
    """The contract's latest time entries, newest first (index on contract, start)."""
    query = (
        TimeEntry.select(TimeEntry, Milestone.title.alias("milestone_title"))
        .join(Milestone, JOIN.LEFT_OUTER, on=(TimeEntry.milestone == Milestone.id))
        .where(TimeEntry.contract == contract_id)
        .order_by(TimeEntry.start.desc())
        .limit(limit)
    )
    return [
        TimeRow(
            id=t.id,
            start=t.start,
            end=t.end,
            seconds=int((t.end - t.start).total_seconds()) if t.end else None,
            note=t.note,
            milestone=t.milestone_title or "",
            billable=t.billable,
        )
        for t in query.objects()
    ]


def tracked_seconds(contract_id: int) -> int:
    """All finished tracked time on the contract, from the per-day summary."""
    return (
        DailyTime.select(fn.COALESCE(fn.SUM(DailyTime.seconds), 0)).where(DailyTime.contract == contract_id).scalar()
    )


@dataclass(frozen=True)
class PaymentRow:
    id: int
    received_on: date
    kind: str
    gross_minor: int
    fee_minor: int
    net_minor: int
    currency: str
    milestone: str
    note: str


def contract_payments(contract_id: int) -> list[PaymentRow]:
    query = (
        Payment.select(
            Payment.id,
            Payment.received_on,
            Payment.kind,
            Payment.gross_minor,
            Payment.fee_minor,
            Payment.net_minor,
            Payment.currency,
            fn.COALESCE(Milestone.title, "").alias("milestone"),
            Payment.note,
        )
        .join(Milestone, JOIN.LEFT_OUTER, on=(Payment.milestone == Milestone.id))
        .where(Payment.contract == contract_id)
        .order_by(Payment.received_on.desc(), Payment.id.desc())
    )
    return rows_of(PaymentRow, query)
