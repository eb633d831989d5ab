"""The gigs list: each ready-made offer with its platform and how often it was ordered."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN

from freelance_desk.db.models import Platform, ServiceTemplate
from freelance_desk.services.pipeline.milestone_split import SplitPart, load_split


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
