"""The invoices list: one row per invoice, overdue ones in the danger colour with how many days."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import Qt

from freelance_desk.core.i18n import english_plural
from freelance_desk.core.vocabulary import INVOICE_STATE_LABELS, InvoiceState
from freelance_desk.services.billing.invoice_list import InvoiceRow
from freelance_desk.ui import theme
from freelance_desk.ui.models.row_table import ID_ROLE, Cell, CellKind, CellTableModel, service_text, warning_icon


def state_label(state: str) -> str:
    return service_text(INVOICE_STATE_LABELS.get(state, state))


class InvoicesTableModel(CellTableModel):
    class Column(IntEnum):
        NUMBER = 0
        CLIENT = 1
        ISSUED = 2
        DUE = 3
        STATE = 4
        TOTAL = 5
        AMOUNT_DUE = 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today = date.today()

    def set_invoices(self, rows: list[InvoiceRow], today: date) -> None:
        self.today = today
        self.set_rows(rows)

    def row_of_id(self, row_id) -> int:
        return next((i for i, r in enumerate(self._rows) if r.invoice_id == row_id), -1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == ID_ROLE and index.isValid():
            return self._rows[index.row()].invoice_id
        return super().data(index, role)

    def header(self, column) -> str:
        c = self.Column
        return {
            c.NUMBER: self.tr("Number"),
            c.CLIENT: self.tr("Client"),
            c.ISSUED: self.tr("Issued"),
            c.DUE: self.tr("Due"),
            c.STATE: self.tr("State"),
            c.TOTAL: self.tr("Total"),
            c.AMOUNT_DUE: self.tr("Amount due"),
        }[column]

    def state_text(self, row: InvoiceRow) -> str:
        days = row.days_overdue(self.today)
        if days:
            return english_plural(self.tr("overdue %n day(s)", "", days), days)
        return state_label(row.state)

    def cell(self, row: InvoiceRow, column) -> Cell:
        c = self.Column
        if column == c.NUMBER:
            return Cell(CellKind.TEXT, row.number)
        if column == c.CLIENT:
            return Cell(CellKind.TEXT, row.client)
        if column == c.ISSUED:
            return Cell(CellKind.DATE, row.issued_on)
        if column == c.DUE:
            return Cell(CellKind.DATE, row.due_on)
        if column == c.STATE:
            return Cell(CellKind.TEXT, self.state_text(row))
        if column == c.TOTAL:
            return Cell(CellKind.MONEY, row.total, row.currency)
        return Cell(CellKind.MONEY, row.due if row.due else None, row.currency)

    def foreground(self, row: InvoiceRow, column):
        if row.overdue_on(self.today):
            return theme.brush(theme.Role.DANGER)
        if row.state == InvoiceState.PAID and column == self.Column.STATE:
            return theme.brush(theme.Role.SUCCESS)
        if row.state == InvoiceState.VOID:
            return theme.brush(theme.Role.MUTED)
        return None

    def decoration(self, row: InvoiceRow, column):
        if row.overdue_on(self.today) and column == self.Column.STATE:
            return warning_icon()
        return None
