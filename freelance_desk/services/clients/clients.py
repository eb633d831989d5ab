"""Clients: create, edit, archive, delete (only when empty), and the list query."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from freelance_desk.core.checks import (
    check_timezone,
    note_text,
    optional_email,
    optional_text,
    require_text,
    utc_now,
)
from freelance_desk.core.errors import DomainError, ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import check_currency
from freelance_desk.db.connection import write
from freelance_desk.db.models import Client, Contract, Platform, Proposal
from freelance_desk.db.records import assign, copy_into, get_or_missing


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
        company=optional_text(data.company, "company"),
        email=optional_email(data.email),
        platform_id=platform_id,
        timezone=check_timezone(data.timezone),
        currency=check_currency(data.currency),
        notes=note_text(data.notes, "notes"),
    )


def create_client(data: ClientData, now: datetime | None = None) -> Client:
    clean = validate(data)
    with write():
        return Client.create(**asdict(clean), created_at=now or utc_now())


def get_client(client_id: int) -> Client:
    return get_or_missing(Client, client_id, QT_TRANSLATE_NOOP("services", "That client no longer exists."))


def update_client(client_id: int, data: ClientData) -> Client:
    clean = validate(data)
    with write():
        return assign(get_client(client_id), asdict(clean))


def client_data(client: Client) -> ClientData:
    return copy_into(ClientData, client)


def has_history(client_id: int) -> bool:
    return (
        Contract.select().where(Contract.client == client_id).exists()
        or Proposal.select().where(Proposal.client == client_id).exists()
    )


def archive_client(client_id: int, now: datetime | None = None) -> None:
    with write():
        Client.update(archived_at=now or utc_now()).where(Client.id == client_id).execute()


def unarchive_client(client_id: int) -> None:
    with write():
        Client.update(archived_at=None).where(Client.id == client_id).execute()


def delete_client(client_id: int) -> dict:
    """Delete a client with no history; returns a snapshot that :func:`restore_client` puts back."""
    with write():
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
    with write():
        Client.insert(**snapshot).execute()
        return Client.get_by_id(snapshot["id"])


