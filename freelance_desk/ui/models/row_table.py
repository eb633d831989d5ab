"""The base of the read-only table models: a list of plain rows (dataclasses from a service query).

Subclasses name their columns in a ``Column`` enum and say how a row shows in each, in one of
two ways:

- :class:`RowTableModel`: ``headers``, ``display`` (text), ``sort_value`` (raw value under
  :data:`SORT_ROLE`), and optionally ``tooltip``, ``foreground``, ``decoration``, ``progress``;
- :class:`CellTableModel`: ``header`` and ``cell(row, column)`` returning a :class:`Cell` that
  says what kind of value it holds (a :class:`CellKind`); the base shows it (money with its currency, hours as h:mm,
  months by name), sorts by the raw value and exports it to CSV as a plain number.

A row's ``id``, when it has one, is under :data:`ID_ROLE`, so a
:class:`~freelance_desk.ui.widgets.data_table.DataTable` can show them. The Time page's model
(laid out lazily from a day summary) shares the roles and alignments only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum, IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from freelance_desk.core.durations import decimal_hours
from freelance_desk.core.money import plain_amount
from freelance_desk.services.clients.listing import DIRECT
from freelance_desk.ui.format import basis_points, duration, money, short_date
from freelance_desk.ui.literal import plain_tooltip

SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # 0.0–1.0 for the progress delegate

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def warning_icon() -> QIcon:
    """The style's warning sign: overdue is never shown by colour alone."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def service_text(text: str, translatable: bool = True) -> str:
    """A label the services marked for translation (status names and the like).

    Where a label may be user data instead (a client's name beside "Other clients"), the row says
    so with ``translatable``: user data shows as it is.
    """
    return QCoreApplication.translate("services", text) if translatable else text


def platform_text(name: str | None) -> str:
    """A platform's name as lists show it; no platform is "Direct", in the interface's language."""
    return name or service_text(DIRECT)


def progress_of(index) -> float | None:
    """The PROGRESS_ROLE value of a view's index, read in Python through a SortProxy if there is one."""
    model = index.model()
    if isinstance(model, SortProxy):
        index, model = model.mapToSource(index), model.sourceModel()
    return model.progress_at(index) if isinstance(model, RowTableModel) else None


class RowTableModel(QAbstractTableModel):
    Column: type[IntEnum]
    RIGHT_ALIGNED: frozenset = frozenset()
    CENTERED: frozenset = frozenset()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    # --- rows ---------------------------------------------------------------
    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def row(self, i: int):
        return self._rows[i]

    def row_of_id(self, row_id) -> int:
        return next((i for i, r in enumerate(self._rows) if getattr(r, "id", None) == row_id), -1)

    # Python-side access for the proxy and delegates: no QVariant round trip (faster, and
    # PySide6 6.12 on Python 3.11 drops a reference to None on every empty QVariant it converts).
    def sort_value_at(self, index):
        return self.sort_value(self._rows[index.row()], self.Column(index.column()))

    def progress_at(self, index) -> float | None:
        return self.progress(self._rows[index.row()], self.Column(index.column()))

    # --- what a row shows: override ------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, row, column) -> str:
        raise NotImplementedError

    def sort_value(self, row, column):
        return self.display(row, column).lower()

    def tooltip(self, row, column) -> str | None:
        return self.display(row, column) or None  # the whole text of an elided cell

    def foreground(self, row, column):
        return None

    def decoration(self, row, column):
        return None

    def progress(self, row, column) -> float | None:
        return None

    def alignment(self, row, column):
        return self._alignment(column)

    # --- Qt -----------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(self.Column(section))
        return None

    def _alignment(self, column):
        if column in self.RIGHT_ALIGNED:
            return RIGHT
        return Qt.AlignmentFlag.AlignCenter if column in self.CENTERED else LEFT

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == ID_ROLE:
            return getattr(row, "id", None)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tooltip(row, column)
            return plain_tooltip(tip) if tip else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, column)
        if role == PROGRESS_ROLE:
            return self.progress(row, column)
        return None


class CellKind(Enum):
    """What a :class:`Cell` holds, which says how it shows, sorts, aligns and exports."""

    TEXT = "text"
    MONEY = "money"  # minor units of the cell's currency
    HOURS = "hours"  # seconds, shown as h:mm
    MONTH = "month"  # "YYYY-MM", shown by name
    COUNT = "count"
    DATE = "date"
    SHARE = "share"  # basis points, shown as a percentage ("75%")


@dataclass(frozen=True)
class Cell:
    kind: CellKind
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
    if cell.kind == CellKind.MONEY:
        return money(cell.value, cell.currency)
    if cell.kind == CellKind.HOURS:
        return duration(cell.value)
    if cell.kind == CellKind.MONTH:
        return month_name(cell.value)
    if cell.kind == CellKind.DATE:
        return short_date(cell.value)
    if cell.kind == CellKind.SHARE:
        return basis_points(cell.value)
    return str(cell.value)


def exported(cell: Cell) -> str:
    """The value for a CSV file: plain numbers a spreadsheet reads."""
    if cell.value is None:
        return ""
    if cell.kind == CellKind.MONEY:
        return plain_amount(cell.value, cell.currency)
    if cell.kind == CellKind.HOURS:
        return decimal_hours(cell.value)
    if cell.kind == CellKind.DATE and isinstance(cell.value, date):
        return cell.value.isoformat()
    if cell.kind == CellKind.SHARE:
        return str(Decimal(cell.value) / 100)  # percent, a plain number
    return str(cell.value)


def sort_key(cell: Cell):
    if cell.value is None:
        return None  # SortProxy puts empty cells last
    if cell.kind == CellKind.DATE:
        return cell.value.isoformat()
    if cell.kind == CellKind.TEXT:
        return str(cell.value).lower()
    return cell.value


class CellTableModel(RowTableModel):
    """Rows shown through :class:`Cell`s: override ``header(column)`` and ``cell(row, column)``."""

    def header(self, column) -> str:
        raise NotImplementedError

    def cell(self, row, column) -> Cell:
        raise NotImplementedError

    def export_header(self, column) -> str:
        """The column's name in a CSV file (say the currency there: the numbers carry none)."""
        return self.header(column)

    def headers(self) -> list[str]:
        return [self.header(column) for column in self.Column]

    def display(self, row, column) -> str:
        return shown(self.cell(row, column))

    def sort_value(self, row, column):
        return sort_key(self.cell(row, column))

    def tooltip(self, row, column) -> str | None:
        return self.cell(row, column).tooltip or None

    def alignment(self, row, column):
        return RIGHT if self.cell(row, column).kind in (CellKind.MONEY, CellKind.HOURS, CellKind.COUNT, CellKind.SHARE) else LEFT

    def csv_table(self) -> tuple[list[str], list[list[str]]]:
        """Headers and every row as plain values, in model order."""
        columns = [self.Column(i) for i in range(self.columnCount())]  # a model may show fewer than it names
        headers = [self.export_header(c) for c in columns]
        return headers, [[exported(self.cell(row, c)) for c in columns] for row in self._rows]


class SortProxy(QSortFilterProxyModel):
    """Sorts on raw values (a RowTableModel's sort_value, else SORT_ROLE); empty values go last."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def _sort_value(self, index):
        model = self.sourceModel()
        if isinstance(model, RowTableModel):
            return model.sort_value_at(index)
        return index.data(SORT_ROLE)  # any other model that puts raw values under SORT_ROLE

    def lessThan(self, left, right) -> bool:  # noqa: N802
        a, b = self._sort_value(left), self._sort_value(right)
        if a is None or b is None:
            # Empty last in ascending order: "a < b" is true only when b is the empty one.
            return a is not None and b is None
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)
