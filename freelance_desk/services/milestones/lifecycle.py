"""Milestone lifecycle.

planned → active (funded) → submitted → changes requested ↺ submitted → approved → paid;
any open milestone can be cancelled. Every transition records its time.

A step taken through :func:`take_step` or :func:`pay_step` comes back as a :class:`Step`,
what undo needs: :func:`undo_step` puts the milestone back as it was (and removes the payment
that marking it paid recorded), :func:`redo_step` takes the step again. Both refuse, with a
message, when the milestone has moved on since.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from peewee import fn

from freelance_desk.core.checks import utc_now
from freelance_desk.core.errors import DomainError, Term, ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import fee_of
from freelance_desk.core.vocabulary import (
    MILESTONE_STATUS_LABELS,
    OPEN_MILESTONE_STATUSES,
    ContractKind,
    MilestoneStatus,
    PaymentKind,
)
from freelance_desk.db.connection import write
from freelance_desk.db.models import (
    Contract,
    Milestone,
    Payment,
    TimeEntry,
)
from freelance_desk.db.records import assign, copy_into, get_or_missing
from freelance_desk.services.contracts.contracts import (
    MilestoneData,
    get_contract,
    validate_milestone,
)
from freelance_desk.services.milestones.transitions import (  # noqa: F401 - the lifecycle's names
    APPROVE,
    CANCEL,
    PAY,
    REQUEST_CHANGES,
    START,
    SUBMIT,
    TRANSITIONS,
    allowed_actions,
)
from freelance_desk.services.money import payments
from freelance_desk.services.money.payments import PaymentData, record_payment

ILLEGAL = {
    START: QT_TRANSLATE_NOOP("services", "Only a planned milestone can be started; this one is {status}."),
    SUBMIT: QT_TRANSLATE_NOOP("services", "Work can be submitted only on an active milestone or after changes were requested; this one is {status}."),
    REQUEST_CHANGES: QT_TRANSLATE_NOOP("services", "Changes can be requested only on submitted work; this milestone is {status}."),
    APPROVE: QT_TRANSLATE_NOOP("services", "Only submitted work can be approved; this milestone is {status}."),
    PAY: QT_TRANSLATE_NOOP("services", "Only an approved milestone can be marked paid; this one is {status}."),
    CANCEL: QT_TRANSLATE_NOOP("services", "A milestone that is {status} can no longer be cancelled."),
}

USE_MARK_PAID = QT_TRANSLATE_NOOP("services", "Use “Mark paid” to record the payment.")
EARLIER_NOT_APPROVED = QT_TRANSLATE_NOOP(
    "services",
    "“{earlier}” is not approved yet. Don't start a new milestone before the last one is approved: "
    "the client may still ask for changes.",
)


def get_milestone(milestone_id: int) -> Milestone:
    return get_or_missing(Milestone, milestone_id, QT_TRANSLATE_NOOP("services", "That milestone no longer exists."))


def start_warning(milestone_id: int) -> DomainError | None:
    """A warning (not an error) when an earlier milestone of the contract is not yet approved."""
    m = get_milestone(milestone_id)
    earlier = (
        Milestone.select()
        .where(
            (Milestone.contract == m.contract_id)
            & (Milestone.position < m.position)
            & (Milestone.status.in_(OPEN_MILESTONE_STATUSES))
        )
        .order_by(Milestone.position.desc())
        .first()
    )
    if earlier is None:
        return None
    return DomainError(EARLIER_NOT_APPROVED, earlier=earlier.title)


def transition(milestone_id: int, action: str, now: datetime | None = None) -> Milestone:
    """Apply ``action``; illegal moves raise :class:`DomainError`. PAY goes through :func:`mark_paid`."""
    if action == PAY:
        raise DomainError(USE_MARK_PAID)
    with write():
        return _apply(get_milestone(milestone_id), action, now or utc_now())


def _apply(m: Milestone, action: str, now: datetime) -> Milestone:
    if action not in TRANSITIONS:
        raise DomainError(QT_TRANSLATE_NOOP("services", "Unknown action."))
    sources, target, stamp = TRANSITIONS[action]
    if m.status not in sources:
        raise DomainError(ILLEGAL[action], status=Term(MILESTONE_STATUS_LABELS[m.status], lowercase=True))
    m.status = target
    setattr(m, stamp, now)
    m.save()
    return m


MOVED_ON = QT_TRANSLATE_NOOP(
    "services", "“{title}” is {status} now: it changed after this step, which can no longer be undone or redone."
)


@dataclass(frozen=True)
class Step:
    """One lifecycle step taken: the milestone's status and the step's timestamp before and after it."""

    milestone_id: int
    title: str
    action: str
    before: str  # the status it left
    after: str  # the status it led to
    stamp_before: datetime | None  # the step's timestamp field before it (e.g. an earlier submission)
    at: datetime
    payment_id: int | None = None  # marking paid: the payment it recorded
    payment: dict | None = None  # that payment while the step is undone


def take_step(milestone_id: int, action: str, now: datetime | None = None) -> Step:
    """:func:`transition`, returning the :class:`Step` that undoes it."""
    if action == PAY:
        raise DomainError(USE_MARK_PAID)
    now = now or utc_now()
    with write():
        m = get_milestone(milestone_id)
        before, stamp_before = m.status, _stamp(m, action)
        _apply(m, action, now)
    return Step(m.id, m.title, action, before, m.status, stamp_before, now)


def pay_step(milestone_id: int, received_on: date, gross_minor: int | None = None, fee_minor: int | None = None,
             rate: Decimal = Decimal(1), now: datetime | None = None) -> Step:
    """:func:`mark_paid`, returning the :class:`Step` that undoes it (and names the payment)."""
    now = now or utc_now()
    with write():
        m = get_milestone(milestone_id)
        before, stamp_before = m.status, _stamp(m, PAY)
        payment = mark_paid(milestone_id, received_on, gross_minor, fee_minor, rate, now)
    return Step(m.id, m.title, PAY, before, MilestoneStatus.PAID, stamp_before, now, payment_id=payment.id)


def undo_step(step: Step) -> Step:
    """Put the milestone back where the step found it; returns the step to redo (with its payment kept)."""
    with write():
        m = _unchanged(step, step.after)
        kept = payments.delete_payment(step.payment_id) if step.payment_id is not None else None
        m.status = step.before
        setattr(m, TRANSITIONS[step.action][2], step.stamp_before)
        m.save()
    return replace(step, payment=kept)


def redo_step(step: Step) -> Step:
    """Take an undone step again, at the moment it was first taken (and its payment back)."""
    with write():
        m = _unchanged(step, step.before)
        _apply(m, step.action, step.at)
        if step.payment is not None:
            payments.restore_payment(step.payment)
    return replace(step, payment=None)


def _stamp(m: Milestone, action: str) -> datetime | None:
    if action not in TRANSITIONS:
        raise DomainError(QT_TRANSLATE_NOOP("services", "Unknown action."))
    return getattr(m, TRANSITIONS[action][2])


def _unchanged(step: Step, status: str) -> Milestone:
    m = get_milestone(step.milestone_id)
    paid_for = step.payment_id is not None and step.payment is None
    if m.status != status or (paid_for and not Payment.select().where(Payment.id == step.payment_id).exists()):
        raise DomainError(MOVED_ON, title=m.title, status=Term(MILESTONE_STATUS_LABELS[m.status], lowercase=True))
    return m


def start(milestone_id: int, now: datetime | None = None) -> tuple[Milestone, DomainError | None]:
    """Start (fund) a milestone; returns it with the out-of-order warning, if any."""
    warning = start_warning(milestone_id)
    return transition(milestone_id, START, now), warning


@dataclass
class PaymentProposal:
    gross_minor: int
    fee_minor: int
    net_minor: int
    currency: str
    fee_bps: int


def proposed_payment(milestone_id: int) -> PaymentProposal:
    """What "Mark paid" prefills: the milestone amount and the contract's fee."""
    m = get_milestone(milestone_id)
    c = m.contract
    fee = fee_of(m.amount_minor, c.fee_bps)
    return PaymentProposal(m.amount_minor, fee, m.amount_minor - fee, c.currency, c.fee_bps)


def mark_paid(
    milestone_id: int,
    received_on: date,
    gross_minor: int | None = None,
    fee_minor: int | None = None,
    rate: Decimal = Decimal(1),
    now: datetime | None = None,
) -> Payment:
    """Approved → paid and the Payment row, in one transaction: both or neither."""
    now = now or utc_now()
    with write():
        m = get_milestone(milestone_id)
        contract = m.contract
        gross = m.amount_minor if gross_minor is None else gross_minor
        fee = fee_of(gross, contract.fee_bps) if fee_minor is None else fee_minor
        _apply(m, PAY, now)
        return record_payment(
            PaymentData(
                contract_id=contract.id,
                milestone_id=m.id,
                received_on=received_on,
                gross_minor=gross,
                fee_minor=fee,
                currency=contract.currency,
                rate=rate,
                kind=PaymentKind.MILESTONE,
                note=m.title,
            ),
            now=now,
        )


def add_milestone(contract_id: int, data: MilestoneData, now: datetime | None = None) -> Milestone:
    contract = get_contract(contract_id)
    if contract.kind != ContractKind.FIXED:
        raise ValidationError("title", QT_TRANSLATE_NOOP("services", "Only fixed-price contracts have milestones."))
    values = validate_milestone(data, contract, today=now.date() if now else None)
    with write():
        last = Milestone.select(fn.MAX(Milestone.position)).where(Milestone.contract == contract_id).scalar()
        return Milestone.create(
            contract=contract_id, position=(last + 1) if last is not None else 0, created_at=now or utc_now(), **values
        )


def milestone_data(milestone_id: int) -> MilestoneData:
    """What the milestone form shows (and what undoing an edit writes back)."""
    return copy_into(MilestoneData, get_milestone(milestone_id))


def update_milestone(milestone_id: int, data: MilestoneData, today: date | None = None) -> Milestone:
    with write():
        m = get_milestone(milestone_id)
        values = validate_milestone(data, m.contract, today=today)
        if m.status == MilestoneStatus.PAID and values["amount_minor"] != m.amount_minor:
            raise ValidationError("amount", QT_TRANSLATE_NOOP("services", "A paid milestone's amount cannot change."))
        return assign(m, values)


def delete_milestone(milestone_id: int) -> dict:
    """Delete a milestone nothing was paid for; returns a snapshot for undo."""
    with write():
        m = get_milestone(milestone_id)
        if m.status == MilestoneStatus.PAID or Payment.select().where(Payment.milestone == milestone_id).exists():
            raise DomainError(QT_TRANSLATE_NOOP("services", "A paid milestone cannot be deleted."))
        snapshot = dict(Milestone.select().where(Milestone.id == milestone_id).dicts().get())
        # Deleting unlinks its time entries (SET NULL); remember them so undo relinks them.
        entries = [t.id for t in TimeEntry.select(TimeEntry.id).where(TimeEntry.milestone == milestone_id)]
        m.delete_instance()
        return {"milestone": snapshot, "time_entry_ids": entries}


def restore_milestone(snapshot: dict) -> None:
    with write():
        Milestone.insert(**snapshot["milestone"]).execute()
        ids = snapshot["time_entry_ids"]
        if ids:
            TimeEntry.update(milestone=snapshot["milestone"]["id"]).where(
                TimeEntry.id.in_(ids) & TimeEntry.milestone.is_null()  # not if moved elsewhere meanwhile
            ).execute()


def milestones_of(contract_id: int) -> list[Milestone]:
    return list(Milestone.select().where(Milestone.contract == contract_id).order_by(Milestone.position, Milestone.id))


def move_milestone(milestone_id: int, delta: int) -> None:
    """Move up (−1) or down (+1) in the contract's order."""
    m = get_milestone(milestone_id)
    ids = [x.id for x in milestones_of(m.contract_id)]
    i = ids.index(milestone_id)
    j = max(0, min(len(ids) - 1, i + delta))
    if i == j:
        return
    ids.insert(j, ids.pop(i))
    set_order(m.contract_id, ids)


def set_order(contract_id: int, ids: list[int]) -> None:
    existing = {x.id for x in milestones_of(contract_id)}
    if set(ids) != existing:
        raise DomainError(QT_TRANSLATE_NOOP("services", "The milestone list changed; reload and try again."))
    with write():
        for position, mid in enumerate(ids):
            Milestone.update(position=position).where(Milestone.id == mid).execute()


def contract_of(milestone_id: int) -> Contract:
    return get_milestone(milestone_id).contract
