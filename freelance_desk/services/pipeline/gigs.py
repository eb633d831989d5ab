"""Gigs: ready-made offers ("$50 logo in 2 days") that become a contract in one step.

A gig may split its price into milestones (``milestone_split.py`` reads and writes the split);
the list of gigs is ``gig_list.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from freelance_desk.core.checks import note_text, require_text
from freelance_desk.core.errors import ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import check_currency, max_minor
from freelance_desk.core.vocabulary import ContractKind
from freelance_desk.db.connection import write
from freelance_desk.db.models import Contract, Platform, ServiceTemplate
from freelance_desk.db.records import assign, copy_into, get_or_missing
from freelance_desk.services.contracts.contracts import (
    ContractData,
    MilestoneData,
    create_contract,
)
from freelance_desk.services.pipeline.milestone_split import (
    FULL,
    dump_split,
    load_split,
    parse_split,
    split_amounts,
    split_text,
)
from freelance_desk.services.settings.dates import check_day

MAX_DELIVERY_DAYS = 365


@dataclass
class TemplateData:
    title: str
    price_minor: int | None
    currency: str = "USD"
    delivery_days: int = 3
    platform_id: int | None = None
    kind: str = ContractKind.FIXED
    split: str = ""  # as typed: "title | percent" lines
    notes: str = ""


def _validated(data: TemplateData) -> dict:
    title = require_text(data.title, "title")
    if data.kind not in tuple(ContractKind):
        raise ValidationError("kind", QT_TRANSLATE_NOOP("services", "A contract is fixed-price or hourly."))
    currency = check_currency(data.currency)
    price = data.price_minor
    if price is None or price <= 0:
        raise ValidationError("price", QT_TRANSLATE_NOOP("services", "Enter the gig's price."))
    if price > max_minor(currency):
        raise ValidationError("price", QT_TRANSLATE_NOOP("services", "That amount is implausibly large."))
    if not 1 <= data.delivery_days <= MAX_DELIVERY_DAYS:
        raise ValidationError(
            "delivery_days",
            QT_TRANSLATE_NOOP("services", "Delivery takes between 1 and {limit} days."),
            limit=MAX_DELIVERY_DAYS,
        )
    if data.platform_id is not None and Platform.get_or_none(Platform.id == data.platform_id) is None:
        raise ValidationError("platform", QT_TRANSLATE_NOOP("services", "Choose a platform from the list."))
    parts = parse_split(data.split)
    if parts and data.kind != ContractKind.FIXED:
        raise ValidationError(
            "milestone_split", QT_TRANSLATE_NOOP("services", "Only fixed-price contracts have milestones.")
        )
    if len(parts) > price:
        raise ValidationError(
            "milestone_split", QT_TRANSLATE_NOOP("services", "The price is too small to split this many ways.")
        )
    return dict(
        title=title,
        platform=data.platform_id,
        kind=data.kind,
        price_minor=price,
        currency=currency,
        delivery_days=data.delivery_days,
        milestone_split=dump_split(parts),
        notes=note_text(data.notes, "notes"),
    )


def create_template(data: TemplateData) -> ServiceTemplate:
    values = _validated(data)
    with write():
        return ServiceTemplate.create(**values)


def get_template(template_id: int) -> ServiceTemplate:
    return get_or_missing(ServiceTemplate, template_id, QT_TRANSLATE_NOOP("services", "That gig no longer exists."))


def update_template(template_id: int, data: TemplateData) -> ServiceTemplate:
    values = _validated(data)
    with write():
        return assign(get_template(template_id), values)


def template_data(t: ServiceTemplate) -> TemplateData:
    return copy_into(TemplateData, t, split=split_text(load_split(t.milestone_split)))


def set_archived(template_id: int, archived: bool) -> None:
    with write():
        get_template(template_id)
        ServiceTemplate.update(archived=archived).where(ServiceTemplate.id == template_id).execute()


def delete_template(template_id: int) -> dict:
    """Delete and return a snapshot for undo (contracts made from a gig do not refer to it)."""
    with write():
        get_template(template_id)
        snapshot = dict(ServiceTemplate.select().where(ServiceTemplate.id == template_id).dicts().get())
        ServiceTemplate.delete().where(ServiceTemplate.id == template_id).execute()
        return snapshot


def restore_template(snapshot: dict) -> None:
    with write():
        ServiceTemplate.insert(**snapshot).execute()


# --- an order: the gig becomes a contract -----------------------------------------


def order_plan(template_id: int, client_id: int | None, today: date, title: str = "") -> tuple[ContractData, list[MilestoneData]]:
    """The contract and milestones an order from the gig would create (shown before saving).

    Due: today + delivery days. Milestones follow the split, their amounts adding up
    to the price exactly, their due dates spread over the delivery time by share.
    """
    check_day(today, "start_date")  # a start in year 9999 has no due date after it
    t = get_template(template_id)
    end = today + timedelta(days=t.delivery_days)
    fixed = t.kind == ContractKind.FIXED
    data = ContractData(
        client_id=client_id,
        title=(title or "").strip() or t.title,
        kind=t.kind,
        currency=t.currency,
        budget_minor=t.price_minor if fixed else None,
        rate_minor=None if fixed else t.price_minor,
        platform_id=t.platform_id,
        start_date=today,
        end_date=end if fixed else None,
        notes=t.notes,
    )
    parts = load_split(t.milestone_split) if fixed else []
    milestones = []
    done = 0
    for part, amount in zip(parts, split_amounts(t.price_minor, parts)):
        done += part.bps
        days = -(-t.delivery_days * done // FULL)  # ceiling: a share never falls due early
        milestones.append(MilestoneData(part.title, amount, today + timedelta(days=max(days, 1))))
    return data, milestones


def create_order(
    template_id: int, client_id: int | None, today: date, title: str = "", now: datetime | None = None
) -> Contract:
    """Create the contract (and its milestones) for a new order of the gig, in one transaction."""
    data, milestones = order_plan(template_id, client_id, today, title)
    return create_contract(data, milestones, now=now)
