"""The proposals list with platform, client and contract names, and the proposals sent in a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import JOIN

from freelance_desk.db.models import Client, Platform, Proposal
from freelance_desk.services.clients.listing import DIRECT_ID


@dataclass(frozen=True)
class ProposalRow:
    id: int
    platform: str
    job_title: str
    client: str
    client_id: int | None
    sent_on: date
    connects: int
    connects_refunded: int
    connect_price_minor: int
    connect_currency: str
    bid_minor: int | None
    currency: str
    status: str
    answered_on: date | None
    contract_id: int | None
    notes: str

    @property
    def net_connects(self) -> int:
        return self.connects - self.connects_refunded

    @property
    def connects_cost_minor(self) -> int:
        return self.net_connects * self.connect_price_minor


def list_proposals(
    platform_id: int | None = None,
    status: str | None = None,
    start: date | None = None,
    end: date | None = None,
    search: str = "",
) -> list[ProposalRow]:
    """Proposals newest first, filtered by platform (``DIRECT_ID``: none), status, the sent-on period and a search."""
    query = (
        Proposal.select(Proposal, Platform.name.alias("platform_name"), Client.name.alias("known_client"))
        .join(Platform, JOIN.LEFT_OUTER, on=(Proposal.platform == Platform.id))
        .switch(Proposal)
        .join(Client, JOIN.LEFT_OUTER, on=(Proposal.client == Client.id))
        .where(sent_between(start, end))
        .order_by(Proposal.sent_on.desc(), Proposal.id.desc())
    )
    if platform_id is not None:
        query = query.where(platform_is(platform_id))
    if status:
        query = query.where(Proposal.status == status)
    if search.strip():
        like = f"%{search.strip()}%"
        query = query.where(
            Proposal.job_title ** like | Proposal.client_name ** like | Client.name ** like | Proposal.notes ** like
        )
    return [
        ProposalRow(
            id=p.id,
            platform=p.platform_name or "",
            job_title=p.job_title,
            client=p.known_client or p.client_name,
            client_id=p.client_id,
            sent_on=p.sent_on,
            connects=p.connects,
            connects_refunded=p.connects_refunded,
            connect_price_minor=p.connect_price_minor,
            connect_currency=p.connect_currency,
            bid_minor=p.bid_minor,
            currency=p.currency,
            status=p.status,
            answered_on=p.answered_on,
            contract_id=p.contract_id,
            notes=p.notes,
        )
        for p in query.objects()
    ]


def any_proposals() -> bool:
    return Proposal.select().exists()


def sent_between(start: date | None, end: date | None):
    """The condition "sent on a day in [start, end]"; either end may be open."""
    cond = Proposal.id.is_null(False)
    if start is not None:
        cond &= Proposal.sent_on >= start
    if end is not None:
        cond &= Proposal.sent_on <= end
    return cond


def platform_is(platform_id: int):
    """The condition "sent on this platform"; ``DIRECT_ID`` is the proposals sent without one."""
    return Proposal.platform.is_null() if platform_id == DIRECT_ID else Proposal.platform == platform_id
