"""The contract list and a contract's detail row, as the Clients and Contracts pages show them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import JOIN, fn

from freelance_desk.core.errors import NotFound
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.vocabulary import (
    OPEN_CONTRACT_STATUSES,
    OPEN_MILESTONE_STATUSES,
    ContractKind,
    ContractStatus,
    MilestoneStatus,
)
from freelance_desk.db import sql
from freelance_desk.db.models import Client, Contract, Milestone, Payment, Platform
from freelance_desk.services.contracts.choices import CHOICE_COLUMNS, ContractChoice
from freelance_desk.services.milestones.client_day import Today, as_today, before_today

# The status filter's "open": contracts still being worked on (draft, active, paused).
OPEN_FILTER = "open"
_S = ContractStatus
_STATUS_RANK = {status: rank for rank, status in enumerate((_S.ACTIVE, _S.PAUSED, _S.DRAFT, _S.COMPLETED, _S.CANCELLED))}


@dataclass(frozen=True)
class ContractRow(ContractChoice):
    """A contract's own fields (as the pickers read them) with its money and milestone facts."""

    budget_minor: int | None
    platform: str
    start_date: date | None
    end_date: date | None
    notes: str
    paid_minor: int  # gross received, in the contract's currency
    planned_minor: int  # milestone amounts, cancelled ones excluded
    next_due_id: int | None  # the earliest-due open milestone
    next_due_title: str
    next_due_date: date | None
    overdue_milestones: int  # open milestones past their due date
    past_end: bool  # an active fixed-price contract past its end date

    @property
    def total_minor(self) -> int | None:
        """What the contract is worth: the budget, else the planned milestones; None when hourly."""
        if self.kind != ContractKind.FIXED:
            return None
        return self.budget_minor if self.budget_minor is not None else self.planned_minor

    @property
    def progress(self) -> float | None:
        total = self.total_minor
        if not total:
            return None
        return min(self.paid_minor / total, 1.0)

    @property
    def overdue(self) -> bool:
        return self.overdue_milestones > 0 or self.past_end


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def list_contracts(
    search: str = "",
    status: str | None = None,
    client_id: int | None = None,
    today: date | Today | None = None,
    contract_id: int | None = None,
) -> list[ContractRow]:
    """Contracts with money and milestone facts, one SQL query with grouped subqueries.

    ``status`` is a contract status, ``OPEN_FILTER`` (draft, active, paused) or None for all.
    Ordered active first, then by the next due date.
    """
    today = as_today(today or date.today())
    paid = (
        Payment.select(Payment.contract.alias("cid"), fn.SUM(Payment.gross_minor).alias("paid_minor"))
        .join(Contract, on=(Payment.contract == Contract.id))
        .where(Payment.currency == Contract.currency)
        .group_by(Payment.contract)
        .alias("paid_q")
    )
    planned = (
        Milestone.select(
            Milestone.contract.alias("cid"),
            fn.SUM(Milestone.amount_minor).alias("planned_minor"),
            fn.SUM(
                sql.if_else(Milestone.status.in_(OPEN_MILESTONE_STATUSES) & before_today(Milestone.due_date, today), 1, 0)
            ).alias("overdue"),
        )
        .join(Contract, on=(Milestone.contract == Contract.id))
        .join(Client, on=(Contract.client == Client.id))
        .where(Milestone.status != MilestoneStatus.CANCELLED)
        .group_by(Milestone.contract)
        .alias("planned_q")
    )
    # The file returns the other columns of the row holding MIN() (SQLite's documented bare-column rule); the
    # server picks each contract's first row in due order (DISTINCT ON).
    due = Milestone.status.in_(OPEN_MILESTONE_STATUSES) & Milestone.due_date.is_null(False)
    if sql.on_server():
        next_due = (
            Milestone.select(Milestone.contract.alias("cid"), Milestone.id.alias("mid"),
                             Milestone.title.alias("mtitle"), Milestone.due_date.alias("due"))
            .where(due).distinct(Milestone.contract).order_by(Milestone.contract, Milestone.due_date, Milestone.id)
            .alias("next_q")
        )
    else:
        next_due = (
            Milestone.select(Milestone.contract.alias("cid"), Milestone.id.alias("mid"),
                             Milestone.title.alias("mtitle"), fn.MIN(Milestone.due_date).alias("due"))
            .where(due).group_by(Milestone.contract)
            .alias("next_q")
        )
    query = (
        Contract.select(
            *CHOICE_COLUMNS,
            Contract.budget_minor,
            fn.COALESCE(Platform.name, "").alias("platform"),
            Contract.start_date,
            Contract.end_date,
            Contract.notes,
            fn.COALESCE(paid.c.paid_minor, 0).alias("paid_minor"),
            fn.COALESCE(planned.c.planned_minor, 0).alias("planned_minor"),
            next_due.c.mid.alias("next_due_id"),
            fn.COALESCE(next_due.c.mtitle, "").alias("next_due_title"),
            next_due.c.due.alias("next_due_date"),
            fn.COALESCE(planned.c.overdue, 0).alias("overdue_milestones"),
        )
        .join(Client, on=(Contract.client == Client.id))
        .switch(Contract)
        .join(Platform, JOIN.LEFT_OUTER, on=(Contract.platform == Platform.id))
        .switch(Contract)
        .join(paid, JOIN.LEFT_OUTER, on=(paid.c.cid == Contract.id))
        .switch(Contract)
        .join(planned, JOIN.LEFT_OUTER, on=(planned.c.cid == Contract.id))
        .switch(Contract)
        .join(next_due, JOIN.LEFT_OUTER, on=(next_due.c.cid == Contract.id))
    )
    if contract_id is not None:
        query = query.where(Contract.id == contract_id)
    if client_id is not None:
        query = query.where(Contract.client == client_id)
    if status == OPEN_FILTER:
        query = query.where(Contract.status.in_(OPEN_CONTRACT_STATUSES))
    elif status:
        query = query.where(Contract.status == status)
    if search.strip():
        text = search.strip()  # contains() escapes % and _, so they match literally
        query = query.where(Contract.title.contains(text) | Client.name.contains(text) | Client.company.contains(text))
    rows = []
    for row in query.dicts():
        row["next_due_date"] = _as_date(row["next_due_date"])
        end = row["end_date"]
        fixed_active = row["status"] == ContractStatus.ACTIVE and row["kind"] == ContractKind.FIXED
        past_end = fixed_active and end is not None and end < today.mine
        rows.append(ContractRow(**row, past_end=past_end))
    rows.sort(key=lambda r: (_STATUS_RANK.get(r.status, 9), r.next_due_date or date.max, r.title.lower()))
    return rows


def contract_row(contract_id: int, today: date | Today) -> ContractRow:
    rows = list_contracts(contract_id=contract_id, today=today)
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("services", "That contract no longer exists."))
    return rows[0]
