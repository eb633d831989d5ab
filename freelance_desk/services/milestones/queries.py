"""What the milestone views read: one query for milestones with their contract, client and platform.

``milestone_query()`` is the one join every milestone list uses (the board, a contract's
milestones, the dashboard, progress reports); ``MilestoneRow`` is what they show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from peewee import JOIN, fn

from freelance_desk.core.calendar import week_bounds
from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.vocabulary import (
    IN_REVIEW_MILESTONE_STATUSES,
    OPEN_MILESTONE_STATUSES,
    BoardFilter,
    MilestoneStatus,
    WeekStart,
)
from freelance_desk.db import sql
from freelance_desk.db.models import Client, Contract, Milestone, Platform
from freelance_desk.services.milestones.auto_release import auto_release_on
from freelance_desk.services.milestones.client_day import Today, as_today, before_today
from freelance_desk.services.milestones.transitions import allowed_actions

# Filters of the milestone board, in the order the page offers them.
ALL_OPEN, DUE_THIS_WEEK, OVERDUE, REVIEW, APPROVED_UNPAID, PAID = BoardFilter
BOARD_FILTERS = tuple(BoardFilter)


@dataclass(frozen=True)
class MilestoneRow:
    id: int
    contract_id: int
    contract: str
    client: str
    position: int
    title: str
    description: str
    amount_minor: int
    currency: str
    due_date: date | None
    status: str
    submitted_at: datetime | None
    approved_at: datetime | None
    paid_at: datetime | None
    auto_release: date | None  # submitted work approves itself on this day
    overdue: bool  # open and past its due date in the client's calendar (``client_day``)
    due_left_s: int | None = None  # open and due today in the client's calendar: seconds until their midnight
    their_time: bool = False  # the client's clock differs from the user's (say "their time")

    @property
    def actions(self) -> list[str]:
        return allowed_actions(self.status)


def milestone_query():
    """Milestones joined with their contract (title, currency), client (name) and platform (review days)."""
    return (
        Milestone.select(
            Milestone.id,
            Milestone.contract.alias("contract_id"),
            Contract.title.alias("contract"),
            Client.name.alias("client"),
            Milestone.position,
            Milestone.title,
            Milestone.description,
            Milestone.amount_minor,
            Contract.currency,
            Milestone.due_date,
            Milestone.status,
            Milestone.submitted_at,
            Milestone.approved_at,
            Milestone.paid_at,
            Platform.review_days.alias("review_days"),
            Client.timezone.alias("client_zone"),
        )
        .join(Contract, on=(Milestone.contract == Contract.id))
        .join(Client, on=(Contract.client == Client.id))
        .switch(Contract)
        .join(Platform, JOIN.LEFT_OUTER, on=(Contract.platform == Platform.id))
    )


def milestone_rows(query, today: date | Today) -> list[MilestoneRow]:
    """The rows of a :func:`milestone_query`, with the auto-release day and whether each is overdue
    (or due today, and how long is left) in its client's calendar."""
    today = as_today(today)
    rows = []
    for m in query.dicts():
        review_days, client_zone = m.pop("review_days"), m.pop("client_zone")
        status, submitted, due = m["status"], m["submitted_at"], m["due_date"]
        is_open = status in OPEN_MILESTONE_STATUSES and due is not None
        rows.append(MilestoneRow(
            **m,
            auto_release=auto_release_on(submitted, review_days) if status == MilestoneStatus.SUBMITTED else None,
            overdue=is_open and due < today.in_zone(client_zone),
            due_left_s=today.seconds_left(client_zone, due) if is_open else None,
            their_time=today.differs(client_zone),
        ))
    return rows


def contract_milestones(contract_id: int, today: date | Today) -> list[MilestoneRow]:
    """One contract's milestones in their order, with what the detail view shows."""
    query = milestone_query().where(Milestone.contract == contract_id).order_by(Milestone.position, Milestone.id)
    return milestone_rows(query, today)


def milestone_board(today: date | Today, filter: str = ALL_OPEN, week_start: str = WeekStart.MONDAY_UTC) -> list[MilestoneRow]:
    """Milestones across all contracts for one board filter, by due date (undated last)."""
    where = {
        ALL_OPEN: Milestone.status.in_(OPEN_MILESTONE_STATUSES),
        OVERDUE: Milestone.status.in_(OPEN_MILESTONE_STATUSES) & before_today(Milestone.due_date, today),
        REVIEW: Milestone.status.in_(IN_REVIEW_MILESTONE_STATUSES),
        APPROVED_UNPAID: Milestone.status == MilestoneStatus.APPROVED,
        PAID: Milestone.status == MilestoneStatus.PAID,
    }
    if filter == DUE_THIS_WEEK:
        first, last = week_bounds(as_today(today).mine, week_start)
        condition = Milestone.status.in_(OPEN_MILESTONE_STATUSES) & Milestone.due_date.between(first, last)
    elif filter in where:
        condition = where[filter]
    else:
        raise DomainError(QT_TRANSLATE_NOOP("services", "Unknown milestone filter."))
    query = (
        milestone_query()
        .where(condition)
        .order_by(Milestone.due_date.is_null(), Milestone.due_date, Contract.title, Milestone.position)
    )
    return milestone_rows(query, today)


def board_counts(today: date | Today, week_start: str = WeekStart.MONDAY_UTC) -> dict[str, int]:
    """How many milestones each board filter holds (for the filter labels), in one grouped query."""
    first, last = week_bounds(as_today(today).mine, week_start)
    is_open = Milestone.status.in_(OPEN_MILESTONE_STATUSES)
    row = Milestone.select(
        fn.SUM(sql.if_else(is_open, 1, 0)),
        fn.SUM(sql.if_else(is_open & Milestone.due_date.between(first, last), 1, 0)),
        fn.SUM(sql.if_else(is_open & before_today(Milestone.due_date, today), 1, 0)),
        fn.SUM(sql.if_else(Milestone.status.in_(IN_REVIEW_MILESTONE_STATUSES), 1, 0)),
        fn.SUM(sql.if_else(Milestone.status == MilestoneStatus.APPROVED, 1, 0)),
        fn.SUM(sql.if_else(Milestone.status == MilestoneStatus.PAID, 1, 0)),
    ).join(Contract, on=(Milestone.contract == Contract.id)).join(Client, on=(Contract.client == Client.id)
                              ).tuples().get()
    return {name: int(n or 0) for name, n in zip(BOARD_FILTERS, row, strict=True)}
