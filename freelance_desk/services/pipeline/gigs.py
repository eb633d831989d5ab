"""Gigs: ready-made offers ("$50 logo in 2 days") that become a contract in one step.

A gig may split its price into milestones. The split is stored one line per
milestone as ``title|bps`` (basis points of the price; the lines add up to
10000). Users type it as ``title | percent`` (``Concepts | 30``); :func:`parse_split`
reads that and :func:`split_text` writes it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from peewee import JOIN

from freelance_desk.core.checks import require_text
from freelance_desk.core.errors import ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import MAX_MAJOR, check_currency, digits
from freelance_desk.core.vocabulary import ContractKind
from freelance_desk.db.connection import db
from freelance_desk.db.models import Contract, Platform, ServiceTemplate
from freelance_desk.db.records import assign, copy_into, get_or_missing
from freelance_desk.services.contracts.contracts import ContractData, MilestoneData, create_contract

FULL = 10000  # 100 % in basis points
MAX_DELIVERY_DAYS = 365
MAX_PARTS = 20


@dataclass(frozen=True)
class SplitPart:
    title: str
    bps: int


def parse_split(text: str, field: str = "milestone_split") -> list[SplitPart]:
    """Read "title | percent" lines; empty text is no split. The percents must add up to exactly 100."""
    parts = []
    for number, line in enumerate((text or "").splitlines(), start=1):
        if not line.strip():
            continue
        title, sep, percent = line.rpartition("|")
        title = title.strip()
        if not sep or not title:
            raise ValidationError(
                field,
                QT_TRANSLATE_NOOP("services", "Line {line}: write “milestone title | percent”, e.g. “Concepts | 30”."),
                line=number,
            )
        try:
            value = Decimal(percent.strip().rstrip("%").strip().replace(",", "."))
        except InvalidOperation:
            value = Decimal(-1)
        bps = value * 100 if value.is_finite() else Decimal(-1)
        if bps <= 0 or bps > FULL or bps != bps.to_integral_value():
            raise ValidationError(
                field,
                QT_TRANSLATE_NOOP("services", "Line {line}: the percent must be above 0 and at most 100 (two decimals)."),
                line=number,
            )
        parts.append(SplitPart(title[:200], int(bps)))
    if len(parts) > MAX_PARTS:
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "Keep it to {limit} milestones."), limit=MAX_PARTS)
    total = sum(p.bps for p in parts)
    if parts and total != FULL:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("services", "The milestones add up to {total} %; they must add up to 100 %."),
            total=_percent(total),
        )
    return parts


def _percent(bps: int) -> str:
    return f"{(Decimal(bps) / 100).normalize():f}"


def split_text(parts: list[SplitPart]) -> str:
    """The split as the user types it."""
    return "\n".join(f"{p.title} | {_percent(p.bps)}" for p in parts)


def load_split(stored: str) -> list[SplitPart]:
    parts = []
    for line in (stored or "").splitlines():
        title, sep, bps = line.rpartition("|")
        if sep and bps.strip().isdigit():
            parts.append(SplitPart(title, int(bps)))
    return parts


def dump_split(parts: list[SplitPart]) -> str:
    return "\n".join(f"{p.title}|{p.bps}" for p in parts)


def split_amounts(total_minor: int, parts: list[SplitPart]) -> list[int]:
    """Each part's share of ``total_minor``, adding up to it exactly.

    Shares are rounded down, then the minor units left over go one each to the
    parts with the largest remainders (earlier parts first on ties).
    """
    if not parts:
        return []
    weight = sum(p.bps for p in parts)
    shares = [divmod(total_minor * p.bps, weight) for p in parts]
    amounts = [q for q, _ in shares]
    left = total_minor - sum(amounts)
    by_remainder = sorted(range(len(parts)), key=lambda i: (-shares[i][1], i))
    for i in by_remainder[:left]:
        amounts[i] += 1
    return amounts


# --- gigs ----------------------------------------------------------------------


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
    if price > int(MAX_MAJOR.scaleb(digits(currency))):
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
        notes=(data.notes or "").strip(),
    )


def create_template(data: TemplateData) -> ServiceTemplate:
    values = _validated(data)
    with db.atomic():
        return ServiceTemplate.create(**values)


def get_template(template_id: int) -> ServiceTemplate:
    return get_or_missing(ServiceTemplate, template_id, QT_TRANSLATE_NOOP("services", "That gig no longer exists."))


def update_template(template_id: int, data: TemplateData) -> ServiceTemplate:
    values = _validated(data)
    with db.atomic():
        return assign(get_template(template_id), values)


def template_data(t: ServiceTemplate) -> TemplateData:
    return copy_into(TemplateData, t, split=split_text(load_split(t.milestone_split)))


def set_archived(template_id: int, archived: bool) -> None:
    with db.atomic():
        get_template(template_id)
        ServiceTemplate.update(archived=archived).where(ServiceTemplate.id == template_id).execute()


def delete_template(template_id: int) -> dict:
    """Delete and return a snapshot for undo (contracts made from a gig do not refer to it)."""
    with db.atomic():
        get_template(template_id)
        snapshot = dict(ServiceTemplate.select().where(ServiceTemplate.id == template_id).dicts().get())
        ServiceTemplate.delete().where(ServiceTemplate.id == template_id).execute()
        return snapshot


def restore_template(snapshot: dict) -> None:
    with db.atomic():
        ServiceTemplate.insert(**snapshot).execute()


def any_templates() -> bool:
    return ServiceTemplate.select().exists()


@dataclass(frozen=True)
class TemplateRow:
    id: int
    title: str
    platform: str
    kind: str
    price_minor: int
    currency: str
    delivery_days: int
    parts: tuple[SplitPart, ...]
    notes: str
    archived: bool


def list_templates(include_archived: bool = False, search: str = "") -> list[TemplateRow]:
    query = (
        ServiceTemplate.select(ServiceTemplate, Platform.name.alias("platform_name"))
        .join(Platform, JOIN.LEFT_OUTER, on=(ServiceTemplate.platform == Platform.id))
        .order_by(ServiceTemplate.archived, ServiceTemplate.title)
    )
    if not include_archived:
        query = query.where(ServiceTemplate.archived == False)  # noqa: E712
    if search.strip():
        like = f"%{search.strip()}%"
        query = query.where(ServiceTemplate.title ** like | ServiceTemplate.notes ** like)
    return [
        TemplateRow(
            id=t.id,
            title=t.title,
            platform=t.platform_name or "",
            kind=t.kind,
            price_minor=t.price_minor,
            currency=t.currency,
            delivery_days=t.delivery_days,
            parts=tuple(load_split(t.milestone_split)),
            notes=t.notes,
            archived=t.archived,
        )
        for t in query.objects()
    ]


# --- an order: the gig becomes a contract -----------------------------------------


def order_plan(template_id: int, client_id: int | None, today: date, title: str = "") -> tuple[ContractData, list[MilestoneData]]:
    """The contract and milestones an order from the gig would create (shown before saving).

    Due: today + delivery days. Milestones follow the split, their amounts adding up
    to the price exactly, their due dates spread over the delivery time by share.
    """
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
