"""The payments list: one row per payment received."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.vocabulary import PaymentKind
from freelance_desk.services.money.payment_list import PaymentRow
from freelance_desk.ui.format import short_date
from freelance_desk.ui.models.row_table import Cell, CellKind, CellTableModel

KIND_LABELS = {
    PaymentKind.MILESTONE: QT_TRANSLATE_NOOP("PaymentsTableModel", "Milestone"),
    PaymentKind.HOURLY: QT_TRANSLATE_NOOP("PaymentsTableModel", "Hourly week"),
    PaymentKind.BONUS: QT_TRANSLATE_NOOP("PaymentsTableModel", "Bonus"),
    PaymentKind.OTHER: QT_TRANSLATE_NOOP("PaymentsTableModel", "Other"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("PaymentsTableModel", KIND_LABELS.get(kind, kind))


class PaymentsTableModel(CellTableModel):
    class Column(IntEnum):
        DATE = 0
        CLIENT = 1
        CONTRACT = 2
        FOR = 3  # the milestone, or the week an hourly payment covers
        KIND = 4
        GROSS = 5
        FEE = 6
        NET = 7
        CURRENCY = 8
        HOME = 9

    RIGHT_ALIGNED = frozenset({Column.GROSS, Column.FEE, Column.NET, Column.HOME})

    def __init__(self, parent=None):
        super().__init__(parent)
        self.home = "USD"

    def set_payments(self, rows: list[PaymentRow], home: str) -> None:
        self.home = home
        self.set_rows(rows)

    def header(self, column) -> str:
        c = self.Column
        return {
            c.DATE: self.tr("Received"),
            c.CLIENT: self.tr("Client"),
            c.CONTRACT: self.tr("Contract"),
            c.FOR: self.tr("Milestone / week"),
            c.KIND: self.tr("Kind"),
            c.GROSS: self.tr("Gross"),
            c.FEE: self.tr("Fee"),
            c.NET: self.tr("Net"),
            c.CURRENCY: self.tr("Currency"),
            c.HOME: self.tr("Net ({0})").format(self.home),
        }[column]

    def cell(self, row: PaymentRow, column) -> Cell:
        c = self.Column
        if column == c.DATE:
            return Cell(CellKind.DATE, row.received_on)
        if column == c.CLIENT:
            return Cell(CellKind.TEXT, row.client)
        if column == c.CONTRACT:
            return Cell(CellKind.TEXT, row.contract)
        if column == c.FOR:
            if row.period_start and row.period_end:
                return Cell(CellKind.TEXT, f"{short_date(row.period_start)} – {short_date(row.period_end)}")
            return Cell(CellKind.TEXT, row.milestone)
        if column == c.KIND:
            return Cell(CellKind.TEXT, kind_label(row.kind), tooltip=row.note)
        if column == c.GROSS:
            return Cell(CellKind.MONEY, row.gross_minor, row.currency)
        if column == c.FEE:
            return Cell(CellKind.MONEY, row.fee_minor, row.currency)
        if column == c.NET:
            return Cell(CellKind.MONEY, row.net_minor, row.currency)
        if column == c.CURRENCY:
            return Cell(CellKind.TEXT, row.currency)
        tip = ""
        if row.currency != row.home_currency:
            tip = self.tr("1 {0} = {1} {2}").format(row.currency, row.rate, row.home_currency)
        if row.home_currency != self.home:
            tip = self.tr("Recorded when your home currency was {0}; not in the {1} totals.").format(
                row.home_currency, self.home
            )
        return Cell(CellKind.MONEY, row.net_home_minor, row.home_currency, tip)
