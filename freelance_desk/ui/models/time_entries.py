"""Time entries newest first, grouped under week and day header rows with their totals.

Every row of a filter is laid out from the day summary (entries and seconds per
local day) without reading entries: the newest weeks at once, the rest of history
right after they are painted. So the scroll bar is true and jumping to the end
costs the same as the top. Entries themselves are read a few days at a time
when their rows are painted, and only a bounded number of them is kept.
"""

from __future__ import annotations

import logging
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from freelance_desk.core.errors import DomainError
from freelance_desk.core.vocabulary import WeekStart
from freelance_desk.services.settings import store as settings_store
from freelance_desk.services.time import entry_rows
from freelance_desk.services.time import queries as tq
from freelance_desk.services.time.entry_rows import EntryRow
from freelance_desk.ui import theme
from freelance_desk.ui.format import duration, local_time, money, qdate
from freelance_desk.ui.literal import plain_tooltip
from freelance_desk.ui.models.row_table import RIGHT, SORT_ROLE
from freelance_desk.ui.models.time_columns import (
    HEADERS,
    Column,
    Group,
    GroupKind,
    recorded_clock,
    recorded_elsewhere,
    week_span,
)

log = logging.getLogger(__name__)

FIRST_DAYS = 42  # days with entries laid out before the first paint (whole weeks of them)
LATER_MS = 50  # then the rest of history, once those rows are on screen

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the EntryRow itself (SORT_ROLE as in the other tables)


class TimeEntriesTableModel(QAbstractTableModel):
    def __init__(self, ctx, page_size: int = tq.PAGE_SIZE, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size  # entries read at once (whole days)
        self.cache_limit = 20 * page_size  # entries kept in memory at most (plus the day just read)
        self.first_days = FIRST_DAYS
        self.filter = tq.EntryFilter()
        self.week_start = WeekStart.MONDAY_UTC
        self._generation = 0
        self._clear()

    def _clear(self) -> None:
        self._block_rows: list[int] = []  # the first row of each header block, ascending
        self._blocks: list[Group] = []
        self._days: list[date] = []  # newest first
        self._day_row: dict[date, int] = {}  # the row of each day's header
        self._day_index: dict[date, int] = {}  # its place in _days
        self._day_count: dict[date, int] = {}
        self._day_seconds: dict[date, int] = {}
        self._week_seconds: dict[date, int] = {}
        self._week: date | None = None  # the last week laid out
        self._rows = 0
        self._older_before: date | None = None  # days before this are still to be laid out
        self._cache: OrderedDict[date, list[EntryRow]] = OrderedDict()
        self._cached = 0
        self._running: EntryRow | None = None
        self._running_row: int | None = None
        # The running entry's time is read at one instant, set on loading and on each tick, so every
        # row (and the page's totals and limits, which read it too) shows the same minute between ticks.
        self.now = self.ctx.now()

    # --- loading ------------------------------------------------------------
    def set_filter(self, flt: tq.EntryFilter) -> None:
        """Lay out the newest weeks at once; older history follows right after they are painted."""
        self.beginResetModel()
        self.filter = flt
        self.week_start = settings_store.week_start()
        self._clear()
        self._generation += 1
        days = tq.day_summaries(flt, limit=self.first_days)
        if len(days) == self.first_days:  # more may follow: finish the oldest week, the rest comes later
            cutoff = tq.week_first_day(days[-1].day, self.week_start)
            days += tq.day_summaries(flt, since=cutoff, before=days[-1].day)
            self._older_before = cutoff
        running = entry_rows.running_entry()
        if running is not None and tq.matches(running, flt):
            self._running = running
        self._append_days(self._with_running(days, newer_than=self._older_before))
        self.endResetModel()
        if self._older_before is not None:  # with the model as context: never called once it is gone
            QTimer.singleShot(LATER_MS, self, partial(self._lay_out_older, self._generation))

    def reload(self) -> None:
        self.set_filter(self.filter)

    def fully_laid_out(self) -> bool:
        return self._older_before is None

    def lay_out_all(self) -> None:
        """Lay out the older history now, when a row down there is wanted before it came."""
        self._lay_out_older(self._generation)

    def _lay_out_older(self, generation: int) -> None:
        if generation != self._generation or self._older_before is None:
            return  # the filter changed meanwhile
        days = tq.day_summaries(self.filter, before=self._older_before)
        days = self._with_running(days, older_than=self._older_before)
        self._older_before = None
        if days:
            first = self._rows
            self.beginInsertRows(QModelIndex(), first, first + self._rows_needed(days) - 1)
            self._append_days(days)
            self.endInsertRows()

    def _with_running(self, days: list[tq.DaySummary], newer_than: date | None = None,
                      older_than: date | None = None) -> list[tq.DaySummary]:
        """``days`` with the running entry's day among them, if it belongs in this stretch."""
        running = self._running
        if running is None or (newer_than and running.day < newer_than) or (older_than and running.day >= older_than):
            return days
        self._day_count[running.day] = 1  # added to its finished entries below
        if any(d.day == running.day for d in days):
            return days
        return sorted([*days, tq.DaySummary(running.day, 0, 0)], reverse=True)

    def _rows_needed(self, days: list[tq.DaySummary]) -> int:
        weeks = {tq.week_first_day(d.day, self.week_start) for d in days} - {self._week}
        return len(weeks) + sum(1 + d.entries + self._day_count.get(d.day, 0) for d in days)

    def _append_days(self, days: list[tq.DaySummary]) -> None:
        """Add header and entry rows for ``days`` (newest first, all older than those laid out)."""
        block_rows, blocks, day_row, weeks = self._block_rows, self._blocks, self._day_row, self._week_seconds
        row, week = self._rows, self._week
        for summary in days:  # newest first, so a new week begins when a day falls before the last one
            day = summary.day
            if week is None or day < week:
                week = tq.week_first_day(day, self.week_start)
                block_rows.append(row)
                blocks.append(Group(GroupKind.WEEK, week))
                row += 1
            weeks[week] = weeks.get(week, 0) + summary.seconds
            count = self._day_count[day] = summary.entries + self._day_count.get(day, 0)
            self._day_seconds[day] = summary.seconds
            self._day_index[day] = len(self._days)
            self._days.append(day)
            block_rows.append(row)
            blocks.append(Group(GroupKind.DAY, day))
            day_row[day] = row
            row += 1 + count
        self._rows, self._week = row, week

    def _entries_of(self, day: date) -> list[EntryRow]:
        """The entries of one laid-out day; reads it (and older days, up to a page) when not held."""
        held = self._cache.get(day)
        if held is not None:
            self._cache.move_to_end(day)
            return held
        span, wanted = [], 0
        for other in self._days[self._day_index[day]:]:
            if span and (wanted >= self.page_size or other in self._cache):
                break
            span.append(other)
            wanted += self._day_count[other]
        read = {d: [] for d in span}
        for entry in tq.entries_of_days(self.filter, span[-1], span[0]):
            if entry.day in read:
                read[entry.day].append(entry)
        for other, entries in read.items():
            if len(entries) != self._day_count[other]:  # the summary and the entries disagree
                log.warning("time page: %s has %d entries, summary says %d", other, len(entries), self._day_count[other])
            self._cache[other] = entries
            self._cached += len(entries)
        while self._cached > self.cache_limit and len(self._cache) > len(span):
            _, dropped = self._cache.popitem(last=False)
            self._cached -= len(dropped)
        return read[day]

    def _locate(self, row: int) -> tuple[Group, int | None]:
        """The header block ``row`` is in, and its place among the day's entries (None: the header)."""
        block = bisect_right(self._block_rows, row) - 1
        offset = row - self._block_rows[block]
        return self._blocks[block], (offset - 1 if offset else None)

    # --- the live timer ------------------------------------------------------
    def running_row(self) -> int | None:
        """The row of the running entry, if this filter shows it (it is the newest, so near the top)."""
        if self._running is not None and self._running_row is None:
            self._running_row = self.row_of(self._running.id)
        return self._running_row

    def tick(self) -> None:
        """Repaint the running entry and its day and week totals."""
        self.now = self.ctx.now()
        row = self.running_row()
        if row is None:
            return
        top = self.index(0, Column.AMOUNT)
        self.dataChanged.emit(top, self.index(row, Column.DURATION), [Qt.ItemDataRole.DisplayRole])

    def _group_seconds(self, group: Group) -> int:
        if group.kind == GroupKind.DAY:
            total = self._day_seconds.get(group.day, 0)
        else:
            total = self._week_seconds.get(group.day, 0)
        running = self._running
        if running is not None:
            in_group = running.day == group.day if group.kind == GroupKind.DAY else (
                tq.week_first_day(running.day, self.week_start) == group.day
            )
            if in_group:
                total += running.seconds(self.now)
        return total

    # --- access ------------------------------------------------------------------
    def entry_at(self, row: int) -> EntryRow | None:
        if not 0 <= row < self._rows:
            return None
        return self._entry(*self._locate(row))

    def _entry(self, group: Group, place: int | None) -> EntryRow | None:
        if place is None:
            return None
        entries = self._entries_of(group.day)
        return entries[place] if place < len(entries) else None

    def group_at(self, row: int) -> Group | None:
        if not 0 <= row < self._rows:
            return None
        group, place = self._locate(row)
        return group if place is None else None

    def row_of(self, entry_id: int) -> int | None:
        """The row showing entry ``entry_id``, or None when this filter does not show it."""
        day = next((d for d, entries in self._cache.items() if any(e.id == entry_id for e in entries)), None)
        if day is None:
            try:
                day = entry_rows.entry(entry_id).day
            except DomainError:
                return None
            if day not in self._day_row and self._older_before is not None and day < self._older_before:
                self.lay_out_all()  # an old entry (selected, edited, moved back in time) is wanted now
            if day not in self._day_row:
                return None
        place = next((i for i, e in enumerate(self._entries_of(day)) if e.id == entry_id), None)
        return None if place is None else self._day_row[day] + 1 + place

    def group_rows(self, first: int = 0) -> list[int]:
        """The rows of the week and day headers from row ``first`` on."""
        return self._block_rows[bisect_left(self._block_rows, first):]

    def is_group(self, row: int) -> bool:
        return self.group_at(row) is not None

    def entries_held(self) -> int:
        """Entries read and kept in memory now (bounded by ``cache_limit`` and one read)."""
        return self._cached

    # --- Qt model ----------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return QCoreApplication.translate("TimeEntriesTableModel", HEADERS[Column(section)])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_group(index.row()):
            return Qt.ItemFlag.NoItemFlags  # arrow keys skip header rows
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < self._rows):
            return None
        column = Column(index.column())
        group, place = self._locate(index.row())
        if place is None:
            return self._group_data(group, column, role)
        entry = self._entry(group, place)
        return None if entry is None else self._entry_data(entry, column, role)

    def _group_label(self, group: Group) -> str:
        locale = QLocale()
        if group.kind == GroupKind.DAY:
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
            color = palette.color(QPalette.ColorRole.Mid if group.kind == GroupKind.WEEK else QPalette.ColorRole.AlternateBase)
            if group.kind == GroupKind.WEEK:
                color.setAlpha(90)
            return QBrush(color)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == Column.DURATION:
            return int(RIGHT)
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
                Column.AMOUNT: entry.amount_minor(self.now),
                Column.DURATION: entry.seconds(self.now),
            }[column]
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.NOTE, Column.CONTRACT):
            return plain_tooltip(entry.note if column == Column.NOTE else self._entry_text(entry, column))
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.START, Column.END) and recorded_elsewhere(entry):
            here = " – ".join(local_time(t) for t in (entry.start, entry.end) if t is not None)
            return self.tr("Recorded in {0}; {1} on this computer's clock").format(entry.timezone, here)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.AMOUNT and entry.amount_minor(self.now) is not None:
            return self.tr("{0} h at {1} an hour").format(duration(entry.seconds(self.now)),
                                                          money(entry.rate_minor, entry.currency))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.AMOUNT, Column.DURATION):
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole:
            if entry.running and column in (Column.END, Column.DURATION, Column.AMOUNT):
                return theme.brush(theme.Role.SUCCESS)
            if not entry.billable:
                return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        return None

    def _entry_text(self, entry: EntryRow, column: Column) -> str:
        if column in (Column.START, Column.END):  # on the clock of the day the entry sits under
            instant = entry.start if column == Column.START else entry.end
            if instant is None:
                return self.tr("running")
            return recorded_clock(entry, instant) if recorded_elsewhere(entry) else local_time(instant)
        if column == Column.CLIENT:
            return entry.client_name
        if column == Column.CONTRACT:
            return f"{entry.contract_title} · {entry.milestone_title}" if entry.milestone_title else entry.contract_title
        if column == Column.NOTE:
            return entry.note
        if column == Column.BILLABLE:
            return self.tr("Yes") if entry.billable else self.tr("No")
        if column == Column.AMOUNT:
            amount = entry.amount_minor(self.now)
            return "" if amount is None else money(amount, entry.currency)
        return duration(entry.seconds(self.now))
