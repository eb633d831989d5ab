"""A small freelance business for the payments and income tests (import the fixtures you use)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from freelance_desk.core.money import fee_of
from freelance_desk.db.models import Platform, TimeEntry
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, MilestoneData, create_contract
from freelance_desk.services.milestones import lifecycle as ms
from freelance_desk.services.money.payments import PaymentData, record_payment

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
TODAY = date(2026, 3, 10)  # a Tuesday
IDR_TO_USD = Decimal("0.0000625")  # 16,000 rupiah to the dollar


def platform(name: str) -> int:
    return Platform.get(Platform.name == name).id


@dataclass
class World:
    harbor: int  # client on Upwork
    tom: int  # client on Fiverr
    sinar: int  # direct client paying rupiah
    hourly: int  # Harbor: $35/h, 20 h a week, 10 % fee
    logo: int  # tom: fixed $200, 20 % fee
    profile: int  # Sinar: fixed Rp 15,000,000, no fee


def entry(contract_id: int, start: datetime, minutes: int, billable: bool = True, offset_minutes: int = 0) -> None:
    """A finished time entry; the daily_time summary follows by trigger."""
    TimeEntry.create(
        contract=contract_id, start=start, end=start + timedelta(minutes=minutes), billable=billable,
        utc_offset_minutes=offset_minutes, timezone="UTC", source="manual",
    )


def pay(contract_id: int, day: date, gross: int, fee_bps: int = 0, currency: str = "USD",
        rate: Decimal = Decimal(1), kind: str = "other", **extra):
    return record_payment(
        PaymentData(contract_id, day, gross, fee_of(gross, fee_bps), currency, rate=rate, kind=kind, **extra),
        now=NOW,
    )


@pytest.fixture
def world(database) -> World:
    harbor = create_client(ClientData("Harbor Analytics", platform_id=platform("Upwork")), now=NOW)
    tom = create_client(ClientData("tom_builds", platform_id=platform("Fiverr")), now=NOW)
    sinar = create_client(ClientData("PT Sinar", currency="IDR"), now=NOW)
    hourly = create_contract(
        ContractData(harbor.id, "Dashboard", kind="hourly", rate_minor=3500, weekly_limit_minutes=20 * 60), now=NOW
    )
    logo = create_contract(ContractData(tom.id, "Logo", budget_minor=20000), now=NOW)
    profile = create_contract(
        ContractData(sinar.id, "Profile", currency="IDR", budget_minor=15_000_000),
        [MilestoneData("Design", 5_000_000), MilestoneData("Build", 7_000_000), MilestoneData("Launch", 3_000_000)],
        now=NOW,
    )
    return World(harbor.id, tom.id, sinar.id, hourly.id, logo.id, profile.id)


def walk(milestone_id: int, *steps: str) -> None:
    for step in steps:
        ms.transition(milestone_id, step, now=NOW)
