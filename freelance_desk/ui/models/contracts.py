"""The contracts table: client, title, terms, progress of payment, the next milestone due."""

from __future__ import annotations

from enum import IntEnum

from freelance_desk.core.vocabulary import (
    CONTRACT_KIND_LABELS,
    CONTRACT_STATUS_LABELS,
    ContractKind,
    ContractStatus,
)
from freelance_desk.services.contracts.listing import ContractRow
from freelance_desk.ui import theme
from freelance_desk.ui.format import money, percent, short_date
from freelance_desk.ui.models.row_table import RowTableModel, service_text, warning_icon


class Column(IntEnum):
    CLIENT = 0
    TITLE = 1
    KIND = 2
    STATUS = 3
    CURRENCY = 4
    AMOUNT = 5
    PROGRESS = 6
    NEXT_DUE = 7
    OVERDUE = 8


class ContractsTableModel(RowTableModel):
    Column = Column
    RIGHT_ALIGNED = frozenset({Column.AMOUNT})
    CENTERED = frozenset({Column.PROGRESS})

    def headers(self) -> list[str]:
        return [
            self.tr("Client"),
            self.tr("Contract"),
            self.tr("Kind"),
            self.tr("Status"),
            self.tr("Currency"),
            self.tr("Budget / rate"),
            self.tr("Paid"),
            self.tr("Next due"),
            self.tr("Overdue"),
        ]

    def amount_text(self, row: ContractRow) -> str:
        if row.kind == ContractKind.HOURLY:
            return self.tr("{0}/h").format(money(row.rate_minor, row.currency))
        return money(row.total_minor, row.currency)

    def progress_text(self, row: ContractRow) -> str:
        if row.total_minor is None:
            return money(row.paid_minor, row.currency) if row.paid_minor else ""
        return self.tr("{0} of {1}").format(money(row.paid_minor, row.currency), money(row.total_minor, row.currency))

    def display(self, row: ContractRow, column: Column) -> str:
        if column == Column.CLIENT:
            return row.client
        if column == Column.TITLE:
            return row.title
        if column == Column.KIND:
            return service_text(CONTRACT_KIND_LABELS[row.kind])
        if column == Column.STATUS:
            return service_text(CONTRACT_STATUS_LABELS[row.status])
        if column == Column.CURRENCY:
            return row.currency
        if column == Column.AMOUNT:
            return self.amount_text(row)
        if column == Column.PROGRESS:
            return self.progress_text(row)
        if column == Column.NEXT_DUE:
            if row.next_due_date is None:
                return short_date(row.end_date) if row.kind == ContractKind.FIXED and row.status == ContractStatus.ACTIVE else ""
            return f"{short_date(row.next_due_date)} · {row.next_due_title}"
        if not row.overdue:
            return ""
        if row.overdue_milestones:
            return self.tr("{0} overdue").format(row.overdue_milestones)
        return self.tr("Past end date")

    def sort_value(self, row: ContractRow, column: Column):
        if column == Column.AMOUNT:
            return row.rate_minor if row.kind == ContractKind.HOURLY else row.total_minor
        if column == Column.PROGRESS:
            return row.progress
        if column == Column.NEXT_DUE:
            due = row.next_due_date or (row.end_date if row.kind == ContractKind.FIXED and row.status == ContractStatus.ACTIVE else None)
            return due.toordinal() if due else None
        if column == Column.OVERDUE:
            return (row.overdue_milestones + int(row.past_end)) or None
        return super().sort_value(row, column)

    def tooltip(self, row: ContractRow, column: Column) -> str | None:
        if column == Column.OVERDUE and row.overdue:
            if row.overdue_milestones:
                return self.tr("Open milestones past their due date: {0}").format(row.overdue_milestones)
            return self.tr("Still active after its end date ({0})").format(short_date(row.end_date))
        if column == Column.PROGRESS and row.progress is not None:
            return self.tr("Paid {0} of {1} ({2})").format(
                money(row.paid_minor, row.currency), money(row.total_minor, row.currency),
                percent(int(row.progress * 100)),
            )
        if column == Column.NEXT_DUE and row.next_due_date is None and row.end_date and row.kind == ContractKind.FIXED:
            return self.tr("End date: {0}").format(short_date(row.end_date))
        if column == Column.AMOUNT and row.kind == ContractKind.FIXED and row.budget_minor is not None:
            if row.planned_minor and row.planned_minor != row.budget_minor:
                return self.tr("Budget {0}; milestones add up to {1}").format(
                    money(row.budget_minor, row.currency), money(row.planned_minor, row.currency)
                )
        return super().tooltip(row, column)

    def foreground(self, row: ContractRow, column: Column):
        if row.overdue and column in (Column.OVERDUE, Column.NEXT_DUE):
            return theme.brush(theme.Role.DANGER)
        return None

    def decoration(self, row: ContractRow, column: Column):
        return warning_icon() if row.overdue and column == Column.OVERDUE else None

    def progress(self, row: ContractRow, column: Column) -> float | None:
        return row.progress if column == Column.PROGRESS else None
