"""How much work the freelancer has taken on, against the limit they set themselves."""

from __future__ import annotations

from dataclasses import dataclass

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.vocabulary import ContractStatus
from freelance_desk.db.models import Contract
from freelance_desk.services.settings import store as settings_store


@dataclass(frozen=True)
class Workload:
    active_contracts: int
    max_contracts: int | None  # None: no limit set
    max_weekly_hours: int | None

    @property
    def over(self) -> bool:
        return self.max_contracts is not None and self.active_contracts > self.max_contracts

    @property
    def full(self) -> bool:
        return self.max_contracts is not None and self.active_contracts >= self.max_contracts


LIMITS = (settings_store.WORKLOAD_MAX_CONTRACTS, settings_store.WORKLOAD_MAX_WEEKLY_HOURS)


def workload(limits: tuple[int | None, int | None] | None = None) -> Workload:
    """Active contracts against the limits (read from the settings unless given, as ``values(*LIMITS)``)."""
    max_contracts, max_weekly_hours = settings_store.values(*LIMITS) if limits is None else limits
    return Workload(
        active_contracts=Contract.select().where(Contract.status == ContractStatus.ACTIVE).count(),
        max_contracts=max_contracts,
        max_weekly_hours=max_weekly_hours,
    )


def new_contract_warning() -> DomainError | None:
    """A warning before one more active contract would exceed the limit (None when it fits)."""
    load = workload()
    if load.full:
        return DomainError(
            QT_TRANSLATE_NOOP(
                "services",
                "You already have {active} active contracts and set your limit at {limit}. Take this one on anyway?",
            ),
            active=load.active_contracts,
            limit=load.max_contracts,
        )
    return None
