"""The dashboard's figures: what needs attention today, in a handful of grouped queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from peewee import fn

from freelance_desk.core.calendar import (
    month_first_day,
    same_days_last_month,
    week_first_day,
)
from freelance_desk.core.vocabulary import (
    CLOSED_CONTRACT_STATUSES,
    OPEN_PROPOSAL_STATUSES,
    TO_DO_MILESTONE_STATUSES,
    ContractStatus,
    MilestoneStatus,
    ProposalStatus,
)
from freelance_desk.db import sql
from freelance_desk.db.models import (
    Client,
    Contract,
    DailyTime,
    Milestone,
    Payment,
    Proposal,
)
from freelance_desk.services.clients.clock import ClientClock, client_clock, zone
from freelance_desk.services.milestones.client_day import Today, as_today
from freelance_desk.services.milestones.queries import (
    MilestoneRow,
    milestone_query,
    milestone_rows,
)
from freelance_desk.services.money import tax as tax_rules
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
    tax: tax_rules.YearTax | None = None  # this year's tax set-aside to this month; None when nothing is set aside

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


def tracked_seconds(today: date, first_of_week: date) -> tuple[int, int]:
    """Finished tracked time today and on the local days since ``first_of_week``, from the per-day summary."""
    day = today.isoformat()
    return (
        DailyTime.select(fn.COALESCE(fn.SUM(sql.if_else(DailyTime.day == day, DailyTime.seconds, 0)), 0),
                         fn.COALESCE(fn.SUM(DailyTime.seconds), 0))
        .where(DailyTime.day.between(first_of_week.isoformat(), day))
        .tuples()
        .get()
    )


def _since(timer: RunningTimer | None, now: datetime, day: date, my_zone: str) -> int:
    """The running timer's seconds on or after local midnight of ``day``."""
    if timer is None:
        return 0
    midnight = datetime.combine(day, time(0), zone(my_zone)).astimezone(UTC)
    return max(0, int((now - max(timer.start, midnight)).total_seconds()))


def attention(today: date | Today) -> tuple[list[MilestoneRow], list[MilestoneRow], list[MilestoneRow]]:
    """Open contracts' milestones that need a look: overdue (in the client's calendar), due within
    SOON_DAYS (both by due date), and submitted ones waiting on the client (by when they were
    submitted), read in one query."""
    today = as_today(today)
    to_do = (Milestone.status.in_(TO_DO_MILESTONE_STATUSES) & Milestone.due_date.is_null(False)
             & (Milestone.due_date <= today.mine + timedelta(days=SOON_DAYS)))
    submitted = Milestone.status == MilestoneStatus.SUBMITTED
    query = (milestone_query().where((to_do | submitted) & Contract.status.not_in(CLOSED_CONTRACT_STATUSES))
             .order_by(Milestone.due_date, Milestone.id))
    rows = milestone_rows(query, today)
    due = [m for m in rows if m.status != MilestoneStatus.SUBMITTED]
    in_review = sorted((m for m in rows if m.status == MilestoneStatus.SUBMITTED),
                       key=lambda m: (m.submitted_at is not None, m.submitted_at and m.submitted_at.timestamp(), m.id))
    return [m for m in due if m.overdue], [m for m in due if not m.overdue], in_review


def net_incomes(home: str, *spans: tuple[date, date]) -> list[int]:
    """Net income in the home currency on each span of days [first, last], in one query."""
    received = Payment.received_on
    sums = [fn.COALESCE(fn.SUM(sql.if_else(received.between(first, last), Payment.net_home_minor, 0)), 0)
            for first, last in spans]
    return list(
        Payment.select(*sums)
        .where(received.between(min(s[0] for s in spans), max(s[1] for s in spans)) & (Payment.home_currency == home))
        .tuples()
        .get()
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


def active_clients(now: datetime, my_zone: str, my_hours: tuple[time, time] | None = None) -> list[ActiveClient]:
    """Clients with an active contract, with their local time and today's shared working hours."""
    rows = (
        Client.select(Client.id, Client.name, Client.timezone, fn.COUNT(Contract.id).alias("n"))
        .join(Contract, on=(Contract.client == Client.id))
        .where(Contract.status == ContractStatus.ACTIVE)
        .group_by(Client.id)
        .order_by(fn.LOWER(Client.name))
        .objects()
    )
    my_hours = my_hours or settings_store.working_hours()
    return [ActiveClient(c.id, c.name, c.n, client_clock(my_zone, c.timezone, now, my_hours)) for c in rows]


def pipeline(today: date) -> Pipeline:
    """Proposals still open, and this month's sent and won (by the day they were sent), in one query."""
    status = Proposal.status
    this_month = Proposal.sent_on.between(month_first_day(today), today)

    def count(where):
        return fn.COALESCE(fn.SUM(sql.if_else(where, 1, 0)), 0)

    waiting, interviewing, sent, hired = (
        Proposal.select(count(status.in_((ProposalStatus.SENT, ProposalStatus.VIEWED))),
                        count(status == ProposalStatus.INTERVIEWING), count(this_month),
                        count(this_month & (status == ProposalStatus.HIRED)))
        .where(status.in_(OPEN_PROPOSAL_STATUSES) | this_month)
        .tuples()
        .get()
    )
    return Pipeline(waiting=waiting, interviewing=interviewing, sent_this_month=sent, hired_this_month=hired)


def dashboard(now: datetime, today: date, my_zone: str) -> Dashboard:
    """Everything the dashboard shows, in a dozen queries (it is the first thing every start reads)."""
    timer = running_timer()
    s = settings_store
    week_start, home, max_contracts, max_weekly_hours, my_hours, *tax_choice = s.values(
        s.WEEK_START, s.HOME_CURRENCY, s.WORKLOAD_MAX_CONTRACTS, s.WORKLOAD_MAX_WEEKLY_HOURS, s.WORKING_HOURS,
        s.TAX_SCHEME, s.TAX_RATE_BPS, s.TAX_EXEMPT_MINOR)
    tax_plan = tax_rules.plan_of(*tax_choice, home)
    first_of_week = week_first_day(today, week_start)
    this_month = month_first_day(today)
    last_month = month_first_day(this_month - timedelta(days=1))
    compared = same_days_last_month(today)
    owed, owed_count = receivable()
    today_seconds, week_seconds = tracked_seconds(today, first_of_week)
    overdue, due_soon, in_review = attention(Today(mine=today, instant=now, my_zone=my_zone))
    income_this_month, income_last_month, income_compared = net_incomes(
        home, (this_month, today), (last_month, this_month - timedelta(days=1)), compared)
    return Dashboard(
        empty=is_empty(),
        timer=timer,
        today_seconds=today_seconds + _since(timer, now, today, my_zone),
        week_seconds=week_seconds + _since(timer, now, first_of_week, my_zone),
        week_start=first_of_week,
        due_soon=due_soon,
        overdue=overdue,
        in_review=in_review,
        receivable=owed,
        receivable_count=owed_count,
        home_currency=home,
        income_this_month=income_this_month,
        income_last_month=income_last_month,
        compared_days=compared,
        income_compared=income_compared,
        workload=workload((max_contracts, max_weekly_hours)),
        clients=active_clients(now, my_zone, my_hours),
        pipeline=pipeline(today),
        tax=tax_rules.year_to_date(tax_plan, today) if tax_plan else None,
    )
