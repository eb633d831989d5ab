"""Clients: create, edit, archive, delete (only when empty), and the list query."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from peewee import JOIN, fn

from freelance_desk.core.checks import check_timezone, optional_email, require_text, utc_now
from freelance_desk.core.errors import DomainError, ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import check_currency
from freelance_desk.core.vocabulary import ContractStatus, MilestoneStatus
from freelance_desk.db.connection import db
from freelance_desk.db.models import Client, Contract, Milestone, Payment, Platform, Proposal
from freelance_desk.db.records import assign, copy_into, get_or_missing
from freelance_desk.services.settings import store as settings_store


@dataclass
class ClientData:
    name: str
    company: str = ""
    email: str = ""
    platform_id: int | None = None
    timezone: str = "UTC"
    currency: str = "USD"
    notes: str = ""


def validate(data: ClientData) -> ClientData:
    platform_id = data.platform_id
    if platform_id is not None and Platform.get_or_none(Platform.id == platform_id) is None:
        raise ValidationError("platform", QT_TRANSLATE_NOOP("services", "Choose a platform from the list."))
    return ClientData(
        name=require_text(data.name, "name"),
        company=(data.company or "").strip()[:200],
        email=optional_email(data.email),
        platform_id=platform_id,
        timezone=check_timezone(data.timezone),
        currency=check_currency(data.currency),
        notes=(data.notes or "").strip(),
    )


def create_client(data: ClientData, now: datetime | None = None) -> Client:
    clean = validate(data)
    with db.atomic():
        return Client.create(**asdict(clean), created_at=now or utc_now())


def get_client(client_id: int) -> Client:
    return get_or_missing(Client, client_id, QT_TRANSLATE_NOOP("services", "That client no longer exists."))


def update_client(client_id: int, data: ClientData) -> Client:
    clean = validate(data)
    with db.atomic():
        return assign(get_client(client_id), asdict(clean))


def client_data(client: Client) -> ClientData:
    return copy_into(ClientData, client)


def has_history(client_id: int) -> bool:
    return (
        Contract.select().where(Contract.client == client_id).exists()
        or Proposal.select().where(Proposal.client == client_id).exists()
    )


def archive_client(client_id: int, now: datetime | None = None) -> None:
    with db.atomic():
        Client.update(archived_at=now or utc_now()).where(Client.id == client_id).execute()


def unarchive_client(client_id: int) -> None:
    with db.atomic():
        Client.update(archived_at=None).where(Client.id == client_id).execute()


def delete_client(client_id: int) -> dict:
    """Delete a client with no history; returns a snapshot that :func:`restore_client` puts back."""
    with db.atomic():
        client = get_client(client_id)
        if has_history(client_id):
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "services", "“{name}” has contracts or proposals; archive the client instead of deleting."
                ),
                name=client.name,
            )
        snapshot = dict(Client.select().where(Client.id == client_id).dicts().get())
        client.delete_instance()
        return snapshot


def restore_client(snapshot: dict) -> Client:
    with db.atomic():
        Client.insert(**snapshot).execute()
        return Client.get_by_id(snapshot["id"])


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


def list_clients(search: str = "", include_archived: bool = False) -> list[ClientRow]:
    """Clients with their counts and money, aggregated in SQL (a handful of queries)."""
    active = (
        Contract.select(Contract.client, fn.COUNT(Contract.id).alias("n"))
        .where(Contract.status == ContractStatus.ACTIVE)
        .group_by(Contract.client)
    )
    active_by_client = {row.client_id: row.n for row in active}
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


_ZONE_NAMES: list[str] | None = None


def time_zones() -> list[str]:
    """IANA zone names for a picker, sorted, the familiar Area/City ones only."""
    global _ZONE_NAMES
    if _ZONE_NAMES is None:
        zones = {z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/", "posix/", "right/"))}
        _ZONE_NAMES = sorted(zones | {"UTC"})
    return _ZONE_NAMES


def local_time(zone: str, now: datetime) -> datetime | None:
    """``now`` on the client's wall clock (None for a zone this system does not know)."""
    try:
        return now.astimezone(ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError):
        return None
