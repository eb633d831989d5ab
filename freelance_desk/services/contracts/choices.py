"""A contract as the pickers show it (timer, time entry, payment, week earnings), read one way.

``CHOICE_COLUMNS`` selects the fields of :class:`ContractChoice` under their own names; the
contract list's :class:`~freelance_desk.services.contracts.listing.ContractRow` extends the same
fields with money and milestone facts.
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import Case, fn

from freelance_desk.core.vocabulary import ContractStatus
from freelance_desk.db.models import Client, Contract
from freelance_desk.db.records import rows_of

CHOICE_COLUMNS = (
    Contract.id,
    Contract.client.alias("client_id"),
    Client.name.alias("client"),
    Contract.title,
    Contract.kind,
    Contract.status,
    Contract.currency,
    Contract.fee_bps,
    Contract.rate_minor,
    Contract.weekly_limit_minutes,
)


@dataclass(frozen=True)
class ContractChoice:
    id: int
    client_id: int
    client: str
    title: str
    kind: str
    status: str
    currency: str
    fee_bps: int
    rate_minor: int | None
    weekly_limit_minutes: int | None

    @property
    def label(self) -> str:
        return f"{self.title} — {self.client}"


_ACTIVE_FIRST = Case(None, [(Contract.status == ContractStatus.ACTIVE, 0)], 1)
_RECENT_FIRST = (Contract.last_used_at.is_null(), Contract.last_used_at.desc())


def _choices(query) -> list[ContractChoice]:
    return rows_of(ContractChoice, query.select(*CHOICE_COLUMNS).join(Client, on=(Contract.client == Client.id)))


def contract_choices(kind: str | None = None, recent_first: bool = False) -> list[ContractChoice]:
    """Every contract (of ``kind``), active ones first; then by client and title, or the most
    recently tracked first when ``recent_first``."""
    query = Contract.select()
    if kind is not None:
        query = query.where(Contract.kind == kind)
    then = _RECENT_FIRST if recent_first else (fn.LOWER(Client.name),)
    return _choices(query.order_by(_ACTIVE_FIRST, *then, fn.LOWER(Contract.title)))


def recent_contracts(include_id: int | None = None) -> list[ContractChoice]:
    """Active contracts for the timer, the most recently tracked first (plus ``include_id``)."""
    wanted = Contract.status == ContractStatus.ACTIVE
    if include_id:
        wanted |= Contract.id == include_id
    return _choices(Contract.select().where(wanted).order_by(*_RECENT_FIRST, fn.LOWER(Contract.title)))
