"""Contracts: fixed-price (budget, milestones) or hourly (rate, weekly limit)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from peewee import fn

from freelance_desk.core.checks import (
    check_date_order,
    note_text,
    require_text,
    utc_now,
)
from freelance_desk.core.errors import ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import check_currency, max_minor
from freelance_desk.core.vocabulary import (
    OPEN_MILESTONE_STATUSES,
    ContractKind,
    ContractStatus,
    MilestoneStatus,
)
from freelance_desk.db.connection import write
from freelance_desk.db.models import (
    Client,
    Contract,
    Milestone,
    Payment,
    Platform,
)
from freelance_desk.db.records import assign, copy_into, get_or_missing
from freelance_desk.services.milestones.client_day import Today, as_today
from freelance_desk.services.settings.dates import check_day

MAX_WEEKLY_MINUTES = 7 * 24 * 60


@dataclass
class ContractData:
    client_id: int | None
    title: str
    kind: str = ContractKind.FIXED
    status: str = ContractStatus.ACTIVE
    currency: str = "USD"
    budget_minor: int | None = None
    rate_minor: int | None = None
    weekly_limit_minutes: int | None = None
    fee_bps: int | None = None  # None: copy the platform's default fee
    platform_id: int | None = None  # None: the client's platform
    start_date: date | None = None
    end_date: date | None = None
    notes: str = ""


@dataclass
class MilestoneData:
    title: str
    amount_minor: int
    due_date: date | None = None
    description: str = ""


@dataclass
class ContractTotals:
    currency: str
    budget_minor: int | None
    planned_minor: int  # sum of milestone amounts (cancelled ones excluded)
    difference_minor: int | None  # budget − planned; None when there is no budget
    paid_minor: int
    receivable_minor: int  # approved, not yet paid
    in_review_minor: int  # submitted or changes requested
    remaining_minor: int
    overdue: list[int] = field(default_factory=list)  # milestone ids

    @property
    def adds_up(self) -> bool:
        return self.difference_minor in (None, 0) or self.planned_minor == 0


def _max_minor(currency: str) -> int:
    return max_minor(currency)


def validate(data: ContractData, today: date | None = None) -> dict:
    """The contract's values to store; ``today`` bounds its dates (a year ahead at most)."""
    client = Client.get_or_none(Client.id == data.client_id) if data.client_id else None
    if client is None:
        raise ValidationError("client", QT_TRANSLATE_NOOP("services", "Choose the client this contract is with."))
    title = require_text(data.title, "title")
    if data.kind not in tuple(ContractKind):
        raise ValidationError("kind", QT_TRANSLATE_NOOP("services", "A contract is fixed-price or hourly."))
    if data.status not in tuple(ContractStatus):
        raise ValidationError("status", QT_TRANSLATE_NOOP("services", "Unknown contract status."))
    currency = check_currency(data.currency)
    budget = rate = limit = None
    if data.kind == ContractKind.FIXED:
        budget = data.budget_minor
        if budget is None or budget <= 0:
            raise ValidationError("budget", QT_TRANSLATE_NOOP("services", "Enter the contract's total price."))
        if budget > _max_minor(currency):
            raise ValidationError("budget", QT_TRANSLATE_NOOP("services", "That amount is implausibly large."))
    else:
        rate = data.rate_minor
        if rate is None or rate <= 0:
            raise ValidationError("rate", QT_TRANSLATE_NOOP("services", "Enter the hourly rate."))
        if rate > _max_minor(currency) // 1000:
            raise ValidationError("rate", QT_TRANSLATE_NOOP("services", "That hourly rate is implausibly large."))
        limit = data.weekly_limit_minutes
        if limit is not None and not (60 <= limit <= MAX_WEEKLY_MINUTES):
            raise ValidationError(
                "weekly_limit", QT_TRANSLATE_NOOP("services", "A weekly limit is between 1 and 168 hours.")
            )
    platform_id = data.platform_id if data.platform_id is not None else client.platform_id
    platform = Platform.get_or_none(Platform.id == platform_id) if platform_id else None
    if platform_id and platform is None:
        raise ValidationError("platform", QT_TRANSLATE_NOOP("services", "Choose a platform from the list."))
    fee = data.fee_bps if data.fee_bps is not None else (platform.fee_bps if platform else 0)
    if not (0 <= fee <= 10000):
        raise ValidationError("fee", QT_TRANSLATE_NOOP("services", "A fee is between 0% and 100%."))
    start_date = check_day(data.start_date, "start_date", today)
    end_date = check_day(data.end_date, "end_date", today)
    check_date_order(start_date, end_date)
    return dict(
        client=client.id,
        platform=platform.id if platform else None,
        title=title,
        kind=data.kind,
        status=data.status,
        currency=currency,
        budget_minor=budget,
        rate_minor=rate,
        weekly_limit_minutes=limit,
        fee_bps=fee,
        start_date=start_date,
        end_date=end_date,
        notes=note_text(data.notes, "notes"),
    )


def validate_milestone(
    data: MilestoneData, contract: Contract | dict, index: int | None = None, today: date | None = None
) -> dict:
    prefix = f"milestones[{index}]." if index is not None else ""
    title = require_text(data.title, prefix + "title")
    currency = contract["currency"] if isinstance(contract, dict) else contract.currency
    start = contract["start_date"] if isinstance(contract, dict) else contract.start_date
    if data.amount_minor is None or data.amount_minor <= 0:
        raise ValidationError(prefix + "amount", QT_TRANSLATE_NOOP("services", "A milestone needs an amount above zero."))
    if data.amount_minor > _max_minor(currency):
        raise ValidationError(prefix + "amount", QT_TRANSLATE_NOOP("services", "That amount is implausibly large."))
    due_date = check_day(data.due_date, prefix + "due_date", today)
    if due_date and start and due_date < start:
        raise ValidationError(
            prefix + "due_date", QT_TRANSLATE_NOOP("services", "The due date is before the contract starts.")
        )
    description = note_text(data.description, prefix + "description")
    return dict(title=title, amount_minor=data.amount_minor, due_date=due_date, description=description)


def create_contract(
    data: ContractData, milestones: list[MilestoneData] = (), now: datetime | None = None
) -> Contract:
    """Create a contract, and its milestones if given, in one transaction."""
    now = now or utc_now()
    values = validate(data, now.date())
    if milestones and values["kind"] != ContractKind.FIXED:
        raise ValidationError("kind", QT_TRANSLATE_NOOP("services", "Only fixed-price contracts have milestones."))
    rows = [validate_milestone(m, values, i, now.date()) for i, m in enumerate(milestones)]
    with write():
        contract = Contract.create(created_at=now, **values)
        for position, row in enumerate(rows):
            Milestone.create(contract=contract, position=position, created_at=now, **row)
        return contract


def update_contract(contract_id: int, data: ContractData, today: date | None = None) -> Contract:
    values = validate(data, today)
    with write():
        contract = get_contract(contract_id)
        if values["kind"] == ContractKind.HOURLY and Milestone.select().where(Milestone.contract == contract_id).exists():
            raise ValidationError(
                "kind", QT_TRANSLATE_NOOP("services", "This contract has milestones; it stays fixed-price.")
            )
        return assign(contract, values)


def get_contract(contract_id: int) -> Contract:
    return get_or_missing(Contract, contract_id, QT_TRANSLATE_NOOP("services", "That contract no longer exists."))


def contract_data(contract: Contract) -> ContractData:
    return copy_into(ContractData, contract)


def set_status(contract_id: int, status: str) -> None:
    if status not in tuple(ContractStatus):
        raise ValidationError("status", QT_TRANSLATE_NOOP("services", "Unknown contract status."))
    with write():
        Contract.update(status=status).where(Contract.id == contract_id).execute()




def contract_totals(contract_id: int, today: date | Today) -> ContractTotals:
    """The money picture of one contract, in its own currency, from SQL sums."""
    contract = get_contract(contract_id)
    sums = dict(
        Milestone.select(Milestone.status, fn.SUM(Milestone.amount_minor))
        .where(Milestone.contract == contract_id)
        .group_by(Milestone.status)
        .tuples()
    )
    planned = sum(v for k, v in sums.items() if k != MilestoneStatus.CANCELLED)
    paid = (
        Payment.select(fn.COALESCE(fn.SUM(Payment.gross_minor), 0))
        .where((Payment.contract == contract_id) & (Payment.currency == contract.currency))
        .scalar()
    )
    receivable = sums.get(MilestoneStatus.APPROVED, 0)
    in_review = sums.get(MilestoneStatus.SUBMITTED, 0) + sums.get(MilestoneStatus.CHANGES_REQUESTED, 0)
    total = contract.budget_minor if contract.budget_minor is not None else planned
    remaining = max(total - paid - receivable - in_review, 0)
    overdue = [
        m.id
        for m in Milestone.select(Milestone.id)
        .where(
            (Milestone.contract == contract_id)
            & (Milestone.status.in_(OPEN_MILESTONE_STATUSES))
            & (Milestone.due_date < as_today(today).in_zone(contract.client.timezone))
        )
        .order_by(Milestone.position)
    ]
    budget = contract.budget_minor
    return ContractTotals(
        currency=contract.currency,
        budget_minor=budget,
        planned_minor=planned,
        difference_minor=(budget - planned) if budget is not None else None,
        paid_minor=paid,
        receivable_minor=receivable,
        in_review_minor=in_review,
        remaining_minor=remaining,
        overdue=overdue,
    )


# --- list and detail queries for the contract views ----------------------

