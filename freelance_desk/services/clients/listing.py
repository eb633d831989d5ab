"""The clients list with counts and money, the platforms, and a client as a contract form offers it.

Work without a platform between client and freelancer is "direct": no platform row (NULL), shown
as :data:`DIRECT` wherever a platform is named or chosen, and filtered by :data:`DIRECT_ID`.
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN, fn

from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.vocabulary import ContractStatus, MilestoneStatus
from freelance_desk.db.models import Client, Contract, Milestone, Payment, Platform
from freelance_desk.services.clients import returning
from freelance_desk.services.settings import store as settings_store

DIRECT = QT_TRANSLATE_NOOP("services", "Direct")  # no platform: the one name for it in every list and picker
DIRECT_ID = 0  # a platform filter's value for direct work (platform ids start at 1; None filters nothing)


@dataclass(frozen=True)
class ClientRow:
    id: int
    name: str
    company: str
    platform: str
    timezone: str
    currency: str
    archived: bool
    active_contracts: int
    earned_home_minor: int
    receivable: dict[str, int]  # currency → approved-unpaid milestone amounts
    contracts: int = 0  # every contract the client gave
    returning: bool = False  # 2 or more contracts (services/clients/returning.py)


def list_clients(search: str = "", include_archived: bool = False) -> list[ClientRow]:
    """Clients with their counts and money, aggregated in SQL (a handful of queries)."""
    active = (
        Contract.select(Contract.client, fn.COUNT(Contract.id).alias("n"))
        .where(Contract.status == ContractStatus.ACTIVE)
        .group_by(Contract.client)
    )
    active_by_client = {row.client_id: row.n for row in active}
    given = returning.contracts_per_client()
    earned = (
        Payment.select(Contract.client, fn.SUM(Payment.net_home_minor).alias("net"))
        .join(Contract)
        .where(Payment.home_currency == settings_store.home_currency())
        .group_by(Contract.client)
    )
    earned_by_client = {row.contract.client_id: row.net for row in earned}
    receivable: dict[int, dict[str, int]] = {}
    owed = (
        Milestone.select(Contract.client, Contract.currency, fn.SUM(Milestone.amount_minor).alias("amt"))
        .join(Contract)
        .where(Milestone.status == MilestoneStatus.APPROVED)
        .group_by(Contract.client, Contract.currency)
    )
    for row in owed:
        receivable.setdefault(row.contract.client_id, {})[row.contract.currency] = row.amt
    query = Client.select(Client, Platform.name.alias("platform_name")).join(
        Platform, JOIN.LEFT_OUTER, on=(Client.platform == Platform.id)
    )
    if not include_archived:
        query = query.where(Client.archived_at.is_null())
    if search.strip():
        text = search.strip()
        query = query.where(Client.name.contains(text) | Client.company.contains(text) | Client.email.contains(text))
    rows = []
    for c in query.order_by(fn.LOWER(Client.name)).objects():
        rows.append(
            ClientRow(
                id=c.id,
                name=c.name,
                company=c.company,
                platform=c.platform_name or "",
                timezone=c.timezone,
                currency=c.currency,
                archived=c.archived_at is not None,
                active_contracts=active_by_client.get(c.id, 0),
                earned_home_minor=earned_by_client.get(c.id, 0) or 0,
                receivable=receivable.get(c.id, {}),
                contracts=given.get(c.id, 0),
                returning=returning.is_returning(given.get(c.id, 0)),
            )
        )
    return rows


def platforms(include_archived: bool = False) -> list[Platform]:
    q = Platform.select().order_by(Platform.id)
    if not include_archived:
        q = q.where(Platform.archived == False)  # noqa: E712
    return list(q)


@dataclass(frozen=True)
class ClientChoice:
    """A client as a contract form offers it: what the new contract inherits."""

    id: int
    name: str
    currency: str
    platform_id: int | None
    fee_bps: int  # the platform's default fee; 0 without a platform
    archived: bool


def client_choices(include_archived: bool = False, keep_id: int | None = None) -> list[ClientChoice]:
    """Clients for a picker, by name; ``keep_id`` stays in the list even when archived."""
    query = (
        Client.select(Client, Platform.fee_bps.alias("platform_fee"))
        .join(Platform, JOIN.LEFT_OUTER, on=(Client.platform == Platform.id))
        .order_by(fn.LOWER(Client.name))
    )
    if not include_archived:
        query = query.where(Client.archived_at.is_null() | (Client.id == keep_id))
    return [
        ClientChoice(c.id, c.name, c.currency, c.platform_id, c.platform_fee or 0, c.archived_at is not None)
        for c in query.objects()
    ]
