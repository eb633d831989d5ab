"""A read-only table model over a list of plain rows, where each column says what kind of value it holds.

Subclasses give a ``Column`` enum, headers and ``cell(row, column)`` returning a :class:`Cell`;
the base shows it (money with its currency, hours as h:mm, months by name), sorts by the raw
value under ``SORT_ROLE`` and exports it to CSV as a plain number. Rows with an ``id`` give
it under ``ID_ROLE``, so a :class:`~freelance_desk.ui.widgets.data_table.DataTable` can show them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt

from freelance_desk.core.money import plain_amount
from freelance_desk.ui.format import duration, money, short_date
from freelance_desk.ui.models.row_table import ID_ROLE, LEFT, RIGHT, SORT_ROLE, plain_tooltip

TEXT, MONEY, HOURS, MONTH, COUNT, DATE = "text", "money", "hours", "month", "count", "date"


@dataclass(frozen=True)
class Cell:
    kind: str
    value: object  # str, minor units, seconds, "YYYY-MM", int, date, or None (empty)
    currency: str = ""
    tooltip: str = ""


def month_name(month: str) -> str:
    """"2026-03" → "Mar 2026" in the user's locale."""
    year, number = int(month[:4]), int(month[5:7])
    return f"{QLocale().monthName(number, QLocale.FormatType.ShortFormat)} {year}"


def shown(cell: Cell) -> str:
    if cell.value is None:
        return ""
    if cell.kind == MONEY:
        return money(cell.value, cell.currency)
    if cell.kind == HOURS:
        return duration(cell.value)
    if cell.kind == MONTH:
        return month_name(cell.value)
    if cell.kind == DATE:
        return short_date(cell.value)
    return str(cell.value)


def exported(cell: Cell) -> str:
    """The value for a CSV file: plain numbers a spreadsheet reads."""
    if cell.value is None:
        return ""
    if cell.kind == MONEY:
        return plain_amount(cell.value, cell.currency)
    if cell.kind == HOURS:
        return f"{cell.value / 3600:.2f}"
    if cell.kind == DATE and isinstance(cell.value, date):
        return cell.value.isoformat()
    return str(cell.value)


def sort_key(cell: Cell):
    if cell.value is None:
        return None  # SortProxy puts empty cells last
    if cell.kind == DATE:
        return cell.value.isoformat()
    if cell.kind == TEXT:
        return str(cell.value).lower()
    return cell.value


class CellTableModel(QAbstractTableModel):
    Column: type[IntEnum]
    RIGHT_ALIGNED: frozenset = frozenset()  # columns whose header is right-aligned (numbers)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    # --- to override ---------------------------------------------------------
    def header(self, column) -> str:
        raise NotImplementedError

    def cell(self, row, column) -> Cell:
        raise NotImplementedError

    def export_header(self, column) -> str:
        """The column's name in a CSV file (say the currency there: the numbers carry none)."""
        return self.header(column)

    # --- rows ----------------------------------------------------------------
    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, index: int):
        return self._rows[index]

    def rows(self) -> list:
        return list(self._rows)

    def row_of_id(self, row_id) -> int:
        return next((i for i, r in enumerate(self._rows) if getattr(r, "id", None) == row_id), -1)

    # --- Qt ------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header(self.Column(section))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.Column(section) in self.RIGHT_ALIGNED else LEFT
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        cell = self.cell(self._rows[index.row()], self.Column(index.column()))
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(cell)
        if role == SORT_ROLE:
            return sort_key(cell)
        if role == ID_ROLE:
            return getattr(self._rows[index.row()], "id", None)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if cell.kind in (MONEY, HOURS, COUNT) else LEFT
        if role == Qt.ItemDataRole.ToolTipRole and cell.tooltip:
            return plain_tooltip(cell.tooltip)
        return None

    def csv_table(self) -> tuple[list[str], list[list[str]]]:
        """Headers and every row as plain values, in model order."""
        columns = list(self.Column)
        headers = [self.export_header(c) for c in columns]
        return headers, [[exported(self.cell(row, c)) for c in columns] for row in self._rows]
