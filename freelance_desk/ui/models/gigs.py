"""Gigs: ready-made offers with their price, delivery time and milestone split."""

from __future__ import annotations

from enum import IntEnum

from freelance_desk.core.vocabulary import ContractKind
from freelance_desk.services.pipeline.gig_list import TemplateRow
from freelance_desk.services.pipeline.milestone_split import split_amounts
from freelance_desk.ui import theme
from freelance_desk.ui.format import money
from freelance_desk.ui.models.proposals import days
from freelance_desk.ui.models.row_table import RowTableModel


class GigsTableModel(RowTableModel):
    class Column(IntEnum):
        TITLE = 0
        PLATFORM = 1
        PRICE = 2
        DELIVERY = 3
        MILESTONES = 4
        NOTES = 5

    RIGHT_ALIGNED = frozenset({Column.PRICE, Column.DELIVERY})

    def headers(self) -> list[str]:
        return [
            self.tr("Gig"),
            self.tr("Platform"),
            self.tr("Price"),
            self.tr("Delivery"),
            self.tr("Milestones"),
            self.tr("Notes"),
        ]

    def display(self, row: TemplateRow, column) -> str:
        c = self.Column
        if column == c.TITLE:
            return row.title + (self.tr(" (archived)") if row.archived else "")
        if column == c.PLATFORM:
            return row.platform
        if column == c.PRICE:
            price = money(row.price_minor, row.currency)
            return price if row.kind == ContractKind.FIXED else self.tr("{0}/h").format(price)
        if column == c.DELIVERY:
            return days(row.delivery_days)
        if column == c.MILESTONES:
            if not row.parts:
                return self.tr("one payment")
            return self.tr("{0} milestones").format(len(row.parts)) if len(row.parts) > 1 else self.tr("1 milestone")
        return row.notes.replace("\n", " ")

    def tooltip(self, row: TemplateRow, column) -> str | None:
        if column == self.Column.MILESTONES and row.parts:
            amounts = split_amounts(row.price_minor, list(row.parts))
            return "\n".join(f"{p.title}: {money(a, row.currency)}" for p, a in zip(row.parts, amounts))
        return super().tooltip(row, column)

    def sort_value(self, row: TemplateRow, column):
        c = self.Column
        if column == c.PRICE:
            return row.price_minor
        if column == c.DELIVERY:
            return row.delivery_days
        if column == c.MILESTONES:
            return len(row.parts)
        return super().sort_value(row, column)

    def foreground(self, row: TemplateRow, column):
        return theme.color(theme.Role.MUTED) if row.archived else None
