"""Proposals: what was bid where, the connects it cost, and what became of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from freelance_desk.core.checks import note_text, optional_text, require_text, utc_now
from freelance_desk.core.errors import DomainError, ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import check_currency, max_minor
from freelance_desk.core.vocabulary import UNANSWERED_PROPOSAL_STATUSES, ProposalStatus
from freelance_desk.db.connection import write
from freelance_desk.db.models import Client, Platform, Proposal
from freelance_desk.db.records import assign, copy_into, get_or_missing
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, get_contract
from freelance_desk.services.settings.dates import check_day

MAX_CONNECTS = 1000
# Statuses that mean the client answered (or the freelancer gave up waiting).


@dataclass
class ProposalData:
    job_title: str
    sent_on: date | None
    platform_id: int | None = None
    client_id: int | None = None
    client_name: str = ""
    connects: int = 0
    connects_refunded: int = 0
    connect_price_minor: int | None = None  # None: the platform's current price
    connect_currency: str | None = None
    bid_minor: int | None = None
    currency: str = "USD"
    status: str = ProposalStatus.SENT
    answered_on: date | None = None
    notes: str = ""


def _validated(data: ProposalData, contract_id: int | None = None, today: date | None = None) -> dict:
    title = require_text(data.job_title, "job_title")
    platform = None
    if data.platform_id is not None:
        platform = Platform.get_or_none(Platform.id == data.platform_id)
        if platform is None:
            raise ValidationError("platform", QT_TRANSLATE_NOOP("services", "Choose a platform from the list."))
    client = None
    if data.client_id is not None:
        client = Client.get_or_none(Client.id == data.client_id)
        if client is None:
            raise ValidationError("client", QT_TRANSLATE_NOOP("services", "That client no longer exists."))
    client_name = client.name if client else optional_text(data.client_name, "client")
    if data.sent_on is None:
        raise ValidationError("sent_on", QT_TRANSLATE_NOOP("services", "Enter the day the proposal was sent."))
    sent_on = check_day(data.sent_on, "sent_on", today)
    if not 0 <= data.connects <= MAX_CONNECTS:
        raise ValidationError(
            "connects", QT_TRANSLATE_NOOP("services", "Connects are between 0 and {limit}."), limit=MAX_CONNECTS
        )
    if not 0 <= data.connects_refunded <= data.connects:
        raise ValidationError(
            "connects_refunded",
            QT_TRANSLATE_NOOP("services", "At most the {spent} connects spent can be refunded."),
            spent=data.connects,
        )
    price = data.connect_price_minor
    if price is None:
        price = platform.connect_price_minor if platform else 0
    connect_currency = check_currency(
        data.connect_currency or (platform.connect_currency if platform else "USD"), "connect_price"
    )
    if price < 0:
        raise ValidationError("connect_price", QT_TRANSLATE_NOOP("services", "The amount cannot be negative."))
    if price * max(data.connects, 1) > max_minor(connect_currency):
        raise ValidationError("connect_price", QT_TRANSLATE_NOOP("services", "That amount is implausibly large."))
    currency = check_currency(data.currency)
    if data.bid_minor is not None and data.bid_minor <= 0:
        raise ValidationError("bid", QT_TRANSLATE_NOOP("services", "The amount must be more than zero."))
    if data.bid_minor is not None and data.bid_minor > max_minor(currency):
        raise ValidationError("bid", QT_TRANSLATE_NOOP("services", "That amount is implausibly large."))
    if data.status not in tuple(ProposalStatus):
        raise ValidationError("status", QT_TRANSLATE_NOOP("services", "Unknown proposal status."))
    if data.status == ProposalStatus.HIRED and contract_id is None:
        raise ValidationError(
            "status", QT_TRANSLATE_NOOP("services", "Use “Hired…” to turn the proposal into a contract.")
        )
    answered = check_day(data.answered_on, "answered_on", today)
    if data.status in UNANSWERED_PROPOSAL_STATUSES:
        answered = None
    if answered is not None and answered < sent_on:
        raise ValidationError(
            "answered_on", QT_TRANSLATE_NOOP("services", "The answer came before the proposal was sent?")
        )
    return dict(
        platform=platform.id if platform else None,
        job_title=title,
        client=client.id if client else None,
        client_name=client_name,
        sent_on=sent_on,
        connects=data.connects,
        connects_refunded=data.connects_refunded,
        connect_price_minor=price,
        connect_currency=connect_currency,
        bid_minor=data.bid_minor,
        currency=currency,
        status=data.status,
        answered_on=answered,
        notes=note_text(data.notes, "notes"),
    )


def create_proposal(data: ProposalData, now: datetime | None = None) -> Proposal:
    values = _validated(data, today=now.date() if now else None)
    with write():
        return Proposal.create(created_at=now or utc_now(), **values)


def get_proposal(proposal_id: int) -> Proposal:
    return get_or_missing(Proposal, proposal_id, QT_TRANSLATE_NOOP("services", "That proposal no longer exists."))


def update_proposal(proposal_id: int, data: ProposalData, today: date | None = None) -> Proposal:
    with write():
        proposal = get_proposal(proposal_id)
        values = _validated(data, proposal.contract_id, today)
        if proposal.contract_id is not None and values["status"] != ProposalStatus.HIRED:
            raise ValidationError(
                "status", QT_TRANSLATE_NOOP("services", "This proposal became a contract; it stays hired.")
            )
        return assign(proposal, values)


def proposal_data(p: Proposal) -> ProposalData:
    return copy_into(ProposalData, p)


def delete_proposal(proposal_id: int) -> dict:
    """Delete and return a snapshot that :func:`restore_proposal` puts back."""
    with write():
        get_proposal(proposal_id)
        snapshot = dict(Proposal.select().where(Proposal.id == proposal_id).dicts().get())
        Proposal.delete().where(Proposal.id == proposal_id).execute()
        return snapshot


def restore_proposal(snapshot: dict) -> None:
    with write():
        Proposal.insert(**snapshot).execute()


def refund_connects(proposal_id: int, refunded: int) -> Proposal:
    """Record how many of the proposal's connects came back (job cancelled, no hire)."""
    with write():
        proposal = get_proposal(proposal_id)
        if not 0 <= refunded <= proposal.connects:
            raise ValidationError(
                "connects_refunded",
                QT_TRANSLATE_NOOP("services", "At most the {spent} connects spent can be refunded."),
                spent=proposal.connects,
            )
        proposal.connects_refunded = refunded
        proposal.save()
        return proposal


# --- hired: the proposal becomes a contract -------------------------------


def client_for_hire(proposal_id: int, now: datetime | None = None) -> int | None:
    """The proposal's client, created from its free-text name when there is none yet.

    Returns None when neither a client nor a name is known (the contract form asks).
    """
    with write():
        proposal = get_proposal(proposal_id)
        if proposal.client_id is not None:
            return proposal.client_id
        if not proposal.client_name.strip():
            return None
        client = create_client(ClientData(name=proposal.client_name, platform_id=proposal.platform_id), now=now)
        proposal.client = client.id
        proposal.save()
        return client.id


def contract_prefill(proposal_id: int, today: date) -> ContractData:
    """What the contract form starts with when a proposal is won."""
    p = get_proposal(proposal_id)
    return ContractData(
        client_id=p.client_id,
        title=p.job_title,
        currency=p.currency,
        budget_minor=p.bid_minor,
        platform_id=p.platform_id,
        start_date=today,
    )


def mark_hired(proposal_id: int, contract_id: int, today: date) -> Proposal:
    """Link the contract the proposal became and mark it hired (answered today unless known)."""
    with write():
        proposal = get_proposal(proposal_id)
        contract = get_contract(contract_id)
        if proposal.contract_id is not None and proposal.contract_id != contract_id:
            raise DomainError(QT_TRANSLATE_NOOP("services", "This proposal is already linked to another contract."))
        proposal.contract = contract.id
        proposal.status = ProposalStatus.HIRED
        proposal.answered_on = proposal.answered_on or max(today, proposal.sent_on)
        if proposal.client_id is None:
            proposal.client = contract.client_id
            proposal.client_name = contract.client.name
        proposal.save()
        return proposal
