"""Time entries newest first, grouped under week and day header rows with their totals.

Rows arrive lazily, a keyset page at a time (canFetchMore/fetchMore); totals come
from the service (SQL over the day summary), plus the live running timer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from freelance_desk.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services import settings_store
from freelance_desk.services import time_queries as tq
from freelance_desk.services.time_tracking import EntryRow
from freelance_desk.ui.format import duration, local_time, qdate

SORT_ROLE = Qt.ItemDataRole.UserRole
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    START = 0
    END = 1
    CLIENT = 2
    CONTRACT = 3
    NOTE = 4
    BILLABLE = 5
    DURATION = 6


HEADERS = {
    Column.START: QT_TRANSLATE_NOOP("TimeEntriesTableModel", "Start"),
    Column.END: QT_TRANSLATE_NOOP("TimeEntriesTableModel", "End"),
    Column.CLIENT: QT_TRANSLATE_NOOP("TimeEntriesTableModel", "Client"),
    Column.CONTRACT: QT_TRANSLATE_NOOP("TimeEntriesTableModel", "Contract"),
    Column.NOTE: QT_TRANSLATE_NOOP("TimeEntriesTableModel", "Note"),
    Column.BILLABLE: QT_TRANSLATE_NOOP("TimeEntriesTableModel", "Billable"),
    Column.DURATION: QT_TRANSLATE_NOOP("TimeEntriesTableModel", "Duration"),
}
LABEL_SPAN = Column.DURATION  # a header row's label spans the columns before DURATION


def week_span(first: date, last: date) -> str:
    """ "23 Nov – 29 Nov 2026", month names in the user's language."""
    locale = QLocale()
    return f"{locale.toString(qdate(first), 'd MMM')} – {locale.toString(qdate(last), 'd MMM yyyy')}"


@dataclass(frozen=True)
class Group:
    """A header row: a week (keyed by its first day) or a day."""

    kind: str  # "week" | "day"
    day: date


class TimeEntriesTableModel(QAbstractTableModel):
    def __init__(self, ctx, page_size: int = tq.PAGE_SIZE, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size
        self.filter = tq.EntryFilter()
        self.week_start = "monday_utc"
        self._rows: list[Group | EntryRow] = []
        self._days: dict[date, int] = {}
        self._weeks: dict[date, int] = {}
        self._after: tuple[int, int] | None = None
        self._done = False

    # --- loading ------------------------------------------------------------
    def set_filter(self, flt: tq.EntryFilter) -> None:
        self.beginResetModel()
        self.filter = flt
        self.week_start = settings_store.week_start()
        self._rows, self._days, self._weeks = [], {}, {}
        self._after, self._done = None, False
        self._rows.extend(self._next_rows())
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self.filter)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._done

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._done:
            return
        rows = self._next_rows()
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def _next_rows(self) -> list[Group | EntryRow]:
        entries = tq.entries_page(self.filter, self._after, self.page_size)
        self._done = len(entries) < self.page_size
        if not entries:
            return []
        self._after = entries[-1].key
        last_group = next((r for r in reversed(self._rows) if isinstance(r, Group) and r.kind == "day"), None)
        day = last_group.day if last_group else None
        week = tq.week_first_day(day, self.week_start) if day else None
        out: list[Group | EntryRow] = []
        for entry in entries:
            entry_week = tq.week_first_day(entry.day, self.week_start)
            if entry_week != week:
                week = entry_week
                out.append(Group("week", week))
            if entry.day != day:
                day = entry.day
                out.append(Group("day", day))
            out.append(entry)
        newest, oldest = entries[0].day, entries[-1].day
        self._days.update(tq.day_totals(self.filter, oldest, newest))
        self._weeks.update(
            tq.week_totals(
                self.filter,
                tq.week_first_day(oldest, self.week_start),
                tq.week_first_day(newest, self.week_start),
                self.week_start,
            )
        )
        return out

    # --- the live timer ------------------------------------------------------
    def running_row(self) -> int | None:
        """The row of the running entry, if loaded (it is the newest, so near the top)."""
        for row, item in enumerate(self._rows[:4]):
            if isinstance(item, EntryRow) and item.running:
                return row
        return None

    def tick(self) -> None:
        """Repaint the running entry and its day and week totals."""
        row = self.running_row()
        if row is None:
            return
        top = self.index(0, Column.DURATION)
        self.dataChanged.emit(top, self.index(row, Column.DURATION), [Qt.ItemDataRole.DisplayRole])

    def _group_seconds(self, group: Group) -> int:
        if group.kind == "day":
            total = self._days.get(group.day, 0)
        else:
            total = self._weeks.get(group.day, 0)
        row = self.running_row()
        if row is not None:
            running = self._rows[row]
            in_group = running.day == group.day if group.kind == "day" else (
                tq.week_first_day(running.day, self.week_start) == group.day
            )
            if in_group:
                total += running.seconds(self.ctx.now())
        return total

    # --- access ------------------------------------------------------------------
    def entry_at(self, row: int) -> EntryRow | None:
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return item if isinstance(item, EntryRow) else None

    def row_of(self, entry_id: int) -> int | None:
        for row, item in enumerate(self._rows):
            if isinstance(item, EntryRow) and item.id == entry_id:
                return row
        return None

    def is_group(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and isinstance(self._rows[row], Group)

    def entries_loaded(self) -> int:
        return sum(1 for r in self._rows if isinstance(r, EntryRow))

    # --- Qt model ----------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return QCoreApplication.translate("TimeEntriesTableModel", HEADERS[Column(section)])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], Group):
            return Qt.ItemFlag.NoItemFlags  # arrow keys skip header rows
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        item = self._rows[index.row()]
        column = Column(index.column())
        if isinstance(item, Group):
            return self._group_data(item, column, role)
        return self._entry_data(item, column, role)

    def _group_label(self, group: Group) -> str:
        locale = QLocale()
        if group.kind == "day":
            return locale.toString(qdate(group.day), QLocale.FormatType.LongFormat)
        return self.tr("Week of {0}").format(week_span(group.day, group.day + timedelta(days=6)))

    def _group_data(self, group: Group, column: Column, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.START:
                return self._group_label(group)
            if column == Column.DURATION:
                return duration(self._group_seconds(group))
        elif role == SORT_ROLE:
            if column == Column.START:
                return group.day.toordinal()
            if column == Column.DURATION:
                return self._group_seconds(group)
        elif role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        elif role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.WindowText))
        elif role == Qt.ItemDataRole.BackgroundRole:
            palette = QApplication.palette()
            color = palette.color(QPalette.ColorRole.Mid if group.kind == "week" else QPalette.ColorRole.AlternateBase)
            if group.kind == "week":
                color.setAlpha(90)
            return QBrush(color)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == Column.DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _entry_data(self, entry: EntryRow, column: Column, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._entry_text(entry, column)
        if role == SORT_ROLE:
            return {
                Column.START: int(entry.start.timestamp()),
                Column.END: int(entry.end.timestamp()) if entry.end else 2**62,
                Column.CLIENT: entry.client_name.lower(),
                Column.CONTRACT: entry.contract_title.lower(),
                Column.NOTE: entry.note.lower(),
                Column.BILLABLE: int(entry.billable),
                Column.DURATION: entry.seconds(self.ctx.now()),
            }[column]
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.NOTE, Column.CONTRACT):
            return entry.note if column == Column.NOTE else self._entry_text(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if entry.running and column in (Column.END, Column.DURATION):
                return QBrush(QColor("#2e7d32"))
            if not entry.billable:
                return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        return None

    def _entry_text(self, entry: EntryRow, column: Column) -> str:
        if column == Column.START:
            return local_time(entry.start)
        if column == Column.END:
            return local_time(entry.end) if entry.end else self.tr("running")
        if column == Column.CLIENT:
            return entry.client_name
        if column == Column.CONTRACT:
            return f"{entry.contract_title} · {entry.milestone_title}" if entry.milestone_title else entry.contract_title
        if column == Column.NOTE:
            return entry.note
        if column == Column.BILLABLE:
            return self.tr("Yes") if entry.billable else self.tr("No")
        return duration(entry.seconds(self.ctx.now()))
