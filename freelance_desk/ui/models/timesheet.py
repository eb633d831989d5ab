"""The week timesheet's table: a row per contract and a totals row; the contract, the seven days, the week.

A day cell is edited as text ("1:30", "1.5", "90m"); what typing means is the page's to decide
(``typed(row, day_index, text)`` returns whether it was taken), the model only shows the sheet.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont

from freelance_desk.services.time.timesheet import DAYS, Sheet, SheetRow
from freelance_desk.ui import theme
from freelance_desk.ui.format import duration, money, qdate
from freelance_desk.ui.models.row_table import RIGHT

CONTRACT, TOTAL, AMOUNT = 0, DAYS + 1, DAYS + 2  # the columns around the days (1 … 7)


class TimesheetModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.sheet: Sheet | None = None
        self.today: date | None = None
        self.typed = lambda row, day, text: False  # the page's

    def set_sheet(self, sheet: Sheet, today: date) -> None:
        self.beginResetModel()
        self.sheet, self.today = sheet, today
        self.endResetModel()

    def row_at(self, row: int) -> SheetRow | None:
        rows = self.sheet.rows if self.sheet else []
        return rows[row] if 0 <= row < len(rows) else None

    def is_totals(self, row: int) -> bool:
        return self.sheet is not None and row == len(self.sheet.rows)

    # --- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.sheet is None or not self.sheet.rows else len(self.sheet.rows) + 1

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else DAYS + 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or self.sheet is None:
            return None
        day = self.sheet.days[section - 1] if 1 <= section <= DAYS else None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == CONTRACT:
                return self.tr("Contract")
            if section == TOTAL:
                return self.tr("Week")
            if section == AMOUNT:
                return self.tr("Amount")
            return QLocale().toString(qdate(day), "ddd d")
        if role == Qt.ItemDataRole.ToolTipRole and day is not None:
            return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)
        if role == Qt.ItemDataRole.FontRole and day is not None and day == self.today:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if 1 <= index.column() <= DAYS and not self.is_totals(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.sheet is None:
            return None
        row, column = index.row(), index.column()
        if self.is_totals(row):
            return self._totals(column, role)
        sheet_row = self.row_at(row)
        if sheet_row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == CONTRACT:
                return f"{sheet_row.title} — {sheet_row.client}" if role == Qt.ItemDataRole.DisplayRole else None
            if column == AMOUNT:
                amount = sheet_row.amount_minor
                return "" if amount is None or role == Qt.ItemDataRole.EditRole else money(amount, sheet_row.currency)
            if column == TOTAL:
                text = duration(sheet_row.total)
                return self.tr("{0} of {1}").format(text, duration(sheet_row.limit_seconds)) if sheet_row.limit_seconds else text
            seconds = sheet_row.seconds[column - 1]
            return duration(seconds) if seconds or role == Qt.ItemDataRole.EditRole else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column != CONTRACT:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == CONTRACT:
                return f"{sheet_row.title} — {sheet_row.client}"
            if column == AMOUNT and sheet_row.amount_minor is not None:
                return self.tr("{0} h billable at {1} an hour").format(duration(sheet_row.billable_seconds),
                                                                       money(sheet_row.rate_minor, sheet_row.currency))
            if column == TOTAL and sheet_row.limit_seconds:
                if sheet_row.over_limit:
                    return self.tr("Over the weekly limit of {0} h: {1} h billable this week").format(
                        duration(sheet_row.limit_seconds), duration(sheet_row.billable_seconds))
                return self.tr("Weekly limit {0} h; {1} h billable this week").format(
                    duration(sheet_row.limit_seconds), duration(sheet_row.billable_seconds))
            if 1 <= column <= DAYS:
                return self.tr("Type 1:30, 1.5 or 90m to set this day's time; 0 clears it")
        if role == Qt.ItemDataRole.ForegroundRole and column == TOTAL and sheet_row.over_limit:
            return theme.brush(theme.Role.DANGER)
        return None

    def _totals(self, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CONTRACT:
                return self.tr("Total")
            if column == TOTAL:
                return duration(self.sheet.total)
            if column == AMOUNT:
                return self.amount_total()
            return duration(self.sheet.day_totals[column - 1])
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != CONTRACT:
            return int(RIGHT)
        return None

    def shows_money(self) -> bool:
        return self.sheet is not None and any(r.amount_minor is not None for r in self.sheet.rows)

    def amount_total(self) -> str:
        """The week's amounts, one sum per currency ("$350.00 + Rp1.500.000")."""
        sums: dict[str, int] = {}
        for r in self.sheet.rows if self.sheet else []:
            if r.amount_minor is not None:
                sums[r.currency] = sums.get(r.currency, 0) + r.amount_minor
        return " + ".join(money(v, k) for k, v in sorted(sums.items()))

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        return bool(self.typed(index.row(), index.column() - 1, str(value)))
