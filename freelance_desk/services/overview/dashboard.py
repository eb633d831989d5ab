"""The dashboard's figures: what needs attention today, in a handful of grouped queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from peewee import fn

from freelance_desk.core.calendar import month_first_day, same_days_last_month, week_first_day
from freelance_desk.core.vocabulary import (
    CLOSED_CONTRACT_STATUSES,
    OPEN_PROPOSAL_STATUSES,
    TO_DO_MILESTONE_STATUSES,
    ContractStatus,
    MilestoneStatus,
    ProposalStatus,
)
from freelance_desk.db.models import (
    Client,
    Contract,
    DailyTime,
    Milestone,
    Payment,
    Proposal,
)
from freelance_desk.services.clients.clock import ClientClock, client_clock, zone
from freelance_desk.services.milestones.queries import (
    MilestoneRow,
    milestone_query,
    milestone_rows,
)
from freelance_desk.services.overview.counts import is_empty
from freelance_desk.services.pipeline.workload import Workload, workload
from freelance_desk.services.settings import store as settings_store
from freelance_desk.services.time.entry_rows import running_entry

SOON_DAYS = 7


@dataclass(frozen=True)
class RunningTimer:
    contract_id: int
    contract: str
    client: str
    note: str
    start: datetime

    def elapsed(self, now: datetime) -> int:
        return max(0, int((now - self.start).total_seconds()))


@dataclass(frozen=True)
class ActiveClient:
    client_id: int
    name: str
    contracts: int
    clock: ClientClock


@dataclass(frozen=True)
class Pipeline:
    waiting: int  # sent or viewed, no answer yet
    interviewing: int
    sent_this_month: int
    hired_this_month: int


@dataclass(frozen=True)
class Dashboard:
    empty: bool
    timer: RunningTimer | None
    today_seconds: int  # finished entries of today plus the running timer's part of today
    week_seconds: int
    week_start: date
    due_soon: list[MilestoneRow]
    overdue: list[MilestoneRow]
    in_review: list[MilestoneRow]
    receivable: dict[str, int]  # currency → approved, not yet paid
    receivable_count: int
    home_currency: str
    income_this_month: int  # net, home currency, the 1st to today
    income_last_month: int  # the whole of last month
    # The month so far is compared with the same days of last month (a partial month against a whole one
    # reads as a fall every 1st of the month).
    compared_days: tuple[date, date]  # of last month: the 1st to today's day of the month, clamped
    income_compared: int  # net on those days
    workload: Workload
    clients: list[ActiveClient]
    pipeline: Pipeline

    @property
    def compares_whole_month(self) -> bool:
        """Today is at or past the last day of last month: the comparison is with all of it."""
        return (self.compared_days[1] + timedelta(days=1)).day == 1

    @property
    def income_change(self) -> int | None:
        """Percent up (or down) on the same days of last month, rounded toward zero; None with nothing to compare."""
        this, then = self.income_this_month, self.income_compared
        if not then:
            return None
        return (this - then) * 100 // then if this >= then else -((then - this) * 100 // then)

    @property
    def week_hours_over(self) -> bool:
        limit = self.workload.max_weekly_hours
        return limit is not None and self.week_seconds > limit * 3600


def running_timer() -> RunningTimer | None:
    # The running entry is found on its own first (the partial index of running entries):
    # joined in one query, SQLite would scan every time entry of the active contracts.
    row = running_entry()
    if row is None:
        return None
    return RunningTimer(row.contract_id, row.contract_title, row.client_name, row.note, row.start)


def tracked_seconds(first: date, last: date) -> int:
    """Finished tracked time on the local days [first, last], from the per-day summary."""
    return (
        DailyTime.select(fn.COALESCE(fn.SUM(DailyTime.seconds), 0))
        .where(DailyTime.day.between(first.isoformat(), last.isoformat()))
        .scalar()
    )


def _since(timer: RunningTimer | None, now: datetime, day: date, my_zone: str) -> int:
    """The running timer's seconds on or after local midnight of ``day``."""
    if timer is None:
        return 0
    midnight = datetime.combine(day, time(0), zone(my_zone)).astimezone(UTC)
    return max(0, int((now - max(timer.start, midnight)).total_seconds()))


def _milestone_items(where, order, today: date) -> list[MilestoneRow]:
    query = milestone_query().where(where & Contract.status.not_in(CLOSED_CONTRACT_STATUSES)).order_by(*order)
    return milestone_rows(query, today)


def net_income(first: date, last: date, home: str) -> int:
    return (
        Payment.select(fn.COALESCE(fn.SUM(Payment.net_home_minor), 0))
        .where(Payment.received_on.between(first, last) & (Payment.home_currency == home))
        .scalar()
    )


def receivable() -> tuple[dict[str, int], int]:
    """Approved milestones not yet paid, summed per currency, and how many there are."""
    rows = (
        Milestone.select(Contract.currency, fn.SUM(Milestone.amount_minor), fn.COUNT(Milestone.id))
        .join(Contract, on=(Milestone.contract == Contract.id))
        .where(Milestone.status == MilestoneStatus.APPROVED)
        .group_by(Contract.currency)
        .order_by(fn.SUM(Milestone.amount_minor).desc())
        .tuples()
    )
    amounts, count = {}, 0
    for currency, amount, n in rows:
        amounts[currency] = amount
        count += n
    return amounts, count


def active_clients(now: datetime, my_zone: str) -> list[ActiveClient]:
    """Clients with an active contract, with their local time and today's shared working hours."""
    rows = (
        Client.select(Client.id, Client.name, Client.timezone, fn.COUNT(Contract.id).alias("n"))
        .join(Contract, on=(Contract.client == Client.id))
        .where(Contract.status == ContractStatus.ACTIVE)
        .group_by(Client.id)
        .order_by(fn.LOWER(Client.name))
        .objects()
    )
    my_hours = settings_store.working_hours()
    return [ActiveClient(c.id, c.name, c.n, client_clock(my_zone, c.timezone, now, my_hours)) for c in rows]


def pipeline(today: date) -> Pipeline:
    """Proposals still open, and this month's sent and won (by the day they were sent)."""
    by_status = dict(
        Proposal.select(Proposal.status, fn.COUNT(Proposal.id))
        .where(Proposal.status.in_(OPEN_PROPOSAL_STATUSES))
        .group_by(Proposal.status)
        .tuples()
    )
    sent, hired = (
        Proposal.select(fn.COUNT(Proposal.id), fn.COALESCE(fn.SUM(fn.IIF(Proposal.status == ProposalStatus.HIRED, 1, 0)), 0))
        .where(Proposal.sent_on.between(month_first_day(today), today))
        .tuples()
        .get()
    )
    return Pipeline(
        waiting=by_status.get(ProposalStatus.SENT, 0) + by_status.get(ProposalStatus.VIEWED, 0),
        interviewing=by_status.get(ProposalStatus.INTERVIEWING, 0),
        sent_this_month=sent,
        hired_this_month=hired,
    )


def dashboard(now: datetime, today: date, my_zone: str) -> Dashboard:
    timer = running_timer()
    first_of_week = week_first_day(today, settings_store.week_start())
    this_month = month_first_day(today)
    last_month = month_first_day(this_month - timedelta(days=1))
    compared = same_days_last_month(today)
    home = settings_store.home_currency()
    open_due = Milestone.status.in_(TO_DO_MILESTONE_STATUSES) & Milestone.due_date.is_null(False)
    owed, owed_count = receivable()
    return Dashboard(
        empty=is_empty(),
        timer=timer,
        today_seconds=tracked_seconds(today, today) + _since(timer, now, today, my_zone),
        week_seconds=tracked_seconds(first_of_week, today) + _since(timer, now, first_of_week, my_zone),
        week_start=first_of_week,
        due_soon=_milestone_items(
            open_due & Milestone.due_date.between(today, today + timedelta(days=SOON_DAYS)),
            (Milestone.due_date, Milestone.id),
            today,
        ),
        overdue=_milestone_items(open_due & (Milestone.due_date < today), (Milestone.due_date, Milestone.id), today),
        in_review=_milestone_items(Milestone.status == MilestoneStatus.SUBMITTED, (Milestone.submitted_at, Milestone.id), today),
        receivable=owed,
        receivable_count=owed_count,
        home_currency=home,
        income_this_month=net_income(this_month, today, home),
        income_last_month=net_income(last_month, this_month - timedelta(days=1), home),
        compared_days=compared,
        income_compared=net_income(*compared, home),
        workload=workload(),
        clients=active_clients(now, my_zone),
        pipeline=pipeline(today),
    )
