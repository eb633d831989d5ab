"""The Time page: tracked entries by week and day with totals, filters, weekly limits, manual entries.

An entry's actions (continue, duplicate to today, edit, split, move, billable, delete) are QActions
shared by the buttons under the table, its rows' context menu and the table's keys (Enter or F2,
Ctrl+R, Ctrl+D, Ctrl+M, Ctrl+B, Del). Several rows can be selected (Shift, Ctrl): moving, billable
and delete then act on all of them as one undoable step.
"""

from __future__ import annotations

from datetime import UTC, timedelta

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import english_plural
from freelance_desk.core.vocabulary import WeekStart
from freelance_desk.services.settings import store as settings_store
from freelance_desk.services.time import bulk, entry_rows, repeat
from freelance_desk.services.time import queries as tq
from freelance_desk.services.time import tracking as tt
from freelance_desk.ui import forms, icons
from freelance_desk.ui.buttons import action_button
from freelance_desk.ui.context import TIME
from freelance_desk.ui.dialogs.time_entry import MoveEntriesDialog, SplitEntryDialog, TimeEntryDialog
from freelance_desk.ui.format import duration, short_date
from freelance_desk.ui.models.time_columns import LABEL_SPAN, Column, week_span
from freelance_desk.ui.models.time_entries import TimeEntriesTableModel
from freelance_desk.ui.pages.base import Page
from freelance_desk.ui.pages.time_filters import TimeFilters
from freelance_desk.ui.undo.time import (
    AddTimeEntry,
    ChangeTimeEntries,
    DeleteTimeEntries,
    DeleteTimeEntry,
    EditTimeEntry,
    SplitTimeEntry,
)
from freelance_desk.ui.widgets.empty_state import EmptyState
from freelance_desk.ui.widgets.weekly_limits import WeeklyLimitsPanel

TICK_MS = 30_000  # the running entry's duration and the totals, while the page is shown
# The table's own keys and the page's method each runs (only while the table has the focus).
TABLE_KEYS = {Qt.Key.Key_Return: "edit_entry", Qt.Key.Key_Enter: "edit_entry", Qt.Key.Key_F2: "edit_entry",
              Qt.Key.Key_Delete: "delete_entry"}


class TimePage(Page):
    topics = ("time", "contracts")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addLayout(self._header())
        self.filters = TimeFilters(ctx)
        self.filters.changed.connect(self.apply_filter)
        lay.addWidget(self.filters)
        self.limits = WeeklyLimitsPanel()
        lay.addWidget(self.limits)

        self.model = TimeEntriesTableModel(ctx, parent=self)
        self.table = self._table()
        self.empty = EmptyState(self.tr("No time tracked yet"), "", " ", self._empty_action)
        self.no_match = EmptyState(
            self.tr("No entries match these filters"), self.tr("Widen the period or clear the filters."),
            self.tr("Clear filters"), self.filters.clear,
        )
        self.stack = QStackedWidget()
        for widget in (self._table_box(), self.empty, self.no_match):
            self.stack.addWidget(widget)
        lay.addWidget(self.stack, 1)

        self._shortcuts()
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._tick)
        self.filters.load_choices()
        self.refresh()

    # --- building -------------------------------------------------------------
    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        title = QLabel(self.tr("Time"))
        title.setObjectName("pageTitle")
        row.addWidget(title)
        row.addStretch(1)
        self.total_label = QLabel()
        self.total_label.setObjectName("cardTitle")
        row.addWidget(self.total_label)
        self.new_button = QPushButton(self.tr("New entry"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(self.tr("Add time you worked (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_entry)
        row.addWidget(self.new_button)
        return row

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(Column.NOTE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((Column.START, 90), (Column.END, 80), (Column.CLIENT, 170), (Column.CONTRACT, 240),
                              (Column.BILLABLE, 70), (Column.AMOUNT, 100), (Column.DURATION, 80)):
            table.setColumnWidth(column, width)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.doubleClicked.connect(lambda _index: self.edit_entry())
        self.model.modelReset.connect(self._apply_spans)
        self.model.rowsInserted.connect(lambda _parent, first, _last: self._apply_spans(first))
        return table

    def _table_box(self) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.continue_action = self._row_action(self.tr("&Continue"), self.continue_entry, QKeySequence("Ctrl+R"))
        self.continue_action.setToolTip(self.tr("Start the timer again on this entry's contract, milestone and note (Ctrl+R)"))
        self.duplicate_action = self._row_action(self.tr("D&uplicate to today"), self.duplicate_entry,
                                                 QKeySequence("Ctrl+D"))
        self.edit_action = self._row_action(self.tr("Edit…"), self.edit_entry, QKeySequence(Qt.Key.Key_F2))
        self.split_action = self._row_action(self.tr("Split…"), self.split_entry)
        self.move_action = self._row_action(self.tr("&Move to…"), self.move_entries, QKeySequence("Ctrl+M"))
        self.billable_action = self._row_action(self.tr("Mark not billable"), self.toggle_billable, QKeySequence("Ctrl+B"))
        self.delete_action = self._row_action(self.tr("Delete"), self.delete_entry,
                                              QKeySequence(QKeySequence.StandardKey.Delete))
        self.continue_button = action_button(self.continue_action)
        self.edit_button = action_button(self.edit_action)
        self.split_button = action_button(self.split_action)
        self.move_button = action_button(self.move_action)
        self.delete_button = action_button(self.delete_action)
        icons.decorate((self.new_button, "plus"), (self.continue_action, "play"), (self.edit_action, "pencil"),
                       (self.delete_action, "trash-2"))
        for button in (self.continue_button, self.edit_button, self.split_button, self.move_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        hint = QLabel(self.tr("Enter/F2 edit · Ctrl+R continue · Ctrl+D duplicate · Del delete"))
        hint.setToolTip(self.tr("Shift or Ctrl with a click or the arrow keys selects several entries"))
        hint.setObjectName("cardTitle")
        buttons.addWidget(hint)
        lay.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        return box

    def _row_action(self, text: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        """An entry's action; its shortcut works while the table has the focus."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.table.addAction(action)
        return action

    def _shortcuts(self) -> None:
        QShortcut(QKeySequence.StandardKey.New, self, self.new_entry)  # while this page is shown
        # Enter, F2 and Del are the table's keys (read in eventFilter), not window shortcuts:
        # Enter in the timer bar or a filter field never edits the selected entry.
        self.table.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.ContextMenu
                and event.reason() == QContextMenuEvent.Reason.Keyboard):  # the Menu key, Shift+F10
            if self.current_entry() is not None:
                cell = self.table.visualRect(self.table.currentIndex())
                self._entry_menu(self.table.viewport().mapToGlobal(cell.center()))
            return True
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End)
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
            self._select_edge(last=event.key() == Qt.Key.Key_End)  # select there, as with one row at a time
            return True
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in TABLE_KEYS
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)):
            getattr(self, TABLE_KEYS[event.key()])()
            return True
        return super().eventFilter(watched, event)

    def _apply_spans(self, first: int = 0) -> None:
        if not first:
            self.table.clearSpans()
        for row in self.model.group_rows(first):
            self.table.setSpan(row, 0, 1, LABEL_SPAN)

    # --- filters ----------------------------------------------------------------
    # The filter bar's pickers, under the names the page has always shown them by.
    client_filter = property(lambda self: self.filters.client)
    contract_filter = property(lambda self: self.filters.contract)
    period = property(lambda self: self.filters.period)
    date_from = property(lambda self: self.filters.date_from)
    date_to = property(lambda self: self.filters.date_to)
    billable_filter = property(lambda self: self.filters.billable)

    def apply_filter(self) -> None:
        self._filtered_on = self.ctx.today()  # "this week", "this month" move on at midnight
        flt = self.filters.current_filter()
        self.model.set_filter(flt)
        self.table.setColumnHidden(Column.AMOUNT, not tq.shows_hourly(flt))  # fixed-price work earns by milestone
        self._show_state()
        first = next((r for r in range(min(3, self.model.rowCount())) if self.model.entry_at(r)), None)
        if first is not None:  # the newest entry, ready for Enter / Del
            self._select(self.model.entry_at(first).id)

    def show_target(self, **target) -> None:
        if "contract_id" in target:
            self.filters.select_contract(target["contract_id"])
        if "entry_id" in target:
            self._select(target["entry_id"])

    # --- refresh --------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.current_entry()
        self.filters.load_choices()
        self.apply_filter()
        if selected is not None:
            self._select(selected.id)

    def _show_state(self) -> None:
        if self.model.rowCount():
            self.stack.setCurrentIndex(0)
        elif tq.has_entries():
            self.stack.setCurrentWidget(self.no_match)
        else:
            self.stack.setCurrentWidget(self.empty)
            if self._has_contracts():
                self.empty.text.setText(
                    self.tr("Start the timer at the top (Ctrl+T) or add time you worked by hand (Ctrl+N).")
                )
                self.empty.button.setText(self.tr("Add an entry"))
            else:
                self.empty.text.setText(
                    self.tr("Time is tracked against a contract. Add your first contract, then start the timer.")
                )
                self.empty.button.setText(self.tr("Go to Contracts"))
        self._update_totals()
        self._update_buttons()

    def _has_contracts(self) -> bool:
        return self.filters.has_contracts()

    def _empty_action(self) -> None:
        if self._has_contracts():
            self.new_entry()
        else:
            self.ctx.navigate("contracts")

    def _update_totals(self) -> None:
        flt = self.model.filter
        now = self.model.now  # the instant the table's running time was read at: the same minutes
        total = tq.grand_total(flt)
        row = self.model.running_row()
        if row is not None:
            total += self.model.entry_at(row).seconds(now)
        self.total_label.setText(self.tr("Total shown: {0} h").format(duration(total)))
        start, end = tq.week_range(now, self.ctx.local_zone())
        utc_weeks = settings_store.week_start() == WeekStart.MONDAY_UTC
        zone = UTC if utc_weeks else None  # the dates in the zone the week is counted in
        week = self.tr("this week, {0}").format(
            week_span(start.astimezone(zone).date(), (end - timedelta(seconds=1)).astimezone(zone).date())
        )
        if utc_weeks:
            week += self.tr(" (weeks start Monday 00:00 UTC)")
        self.limits.set_limits(tq.weekly_limits(now, self.ctx.local_zone()), week)

    def _tick(self) -> None:
        if self.ctx.today() != self._filtered_on:
            self.refresh()  # a new day: periods and the weekly limits' week move on
            return
        self.model.tick()
        self._update_totals()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ticker.start()

    def hideEvent(self, event) -> None:
        self.ticker.stop()
        super().hideEvent(event)

    # --- selection -------------------------------------------------------------------
    def current_entry(self) -> entry_rows.EntryRow | None:
        """The entry the row actions of one entry act on: the current row, when it is selected."""
        index = self.table.currentIndex()
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        if index.isValid() and (index.row() in rows or not rows):
            return self.model.entry_at(index.row())
        return self.model.entry_at(rows[0]) if rows else None

    def selected_entries(self) -> list[entry_rows.EntryRow]:
        """The selected entries, top to bottom (never a week or day heading)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and (entry := self.current_entry()) is not None:
            return [entry]
        return [e for e in map(self.model.entry_at, rows) if e is not None]

    def _select(self, entry_id: int) -> None:
        row = self.model.row_of(entry_id)
        if row is not None:  # that row alone, whatever keys are held (selectRow would add to the selection with Ctrl)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(self.model.index(row, Column.START), flags)
            self.table.scrollTo(self.model.index(row, Column.START))

    def _select_edge(self, last: bool) -> None:
        """Ctrl+Home / Ctrl+End: the newest or oldest entry laid out, selected alone."""
        rows = range(self.model.rowCount() - 1, -1, -1) if last else range(self.model.rowCount())
        entry = next((e for e in map(self.model.entry_at, rows) if e is not None), None)
        if entry is not None:
            self._select(entry.id)

    def _update_buttons(self) -> None:
        chosen = self.selected_entries()
        one = chosen[0] if len(chosen) == 1 else None
        for action in (self.edit_action, self.split_action, self.duplicate_action):
            action.setEnabled(one is not None)
        self.continue_action.setEnabled(one is not None and not one.running)
        for action in (self.move_action, self.billable_action, self.delete_action):
            action.setEnabled(bool(chosen))
        all_billable = bool(chosen) and all(e.billable for e in chosen)
        self.billable_action.setText(self.tr("Mark not billable") if all_billable else self.tr("Mark billable"))
        n = len(chosen)
        self.delete_action.setText(english_plural(self.tr("Delete %n entry(s)", "", n), n) if n > 1 else self.tr("Delete"))
        self.move_action.setText(english_plural(self.tr("&Move %n entry(s) to…", "", n), n) if n > 1
                                 else self.tr("&Move to…"))

    def _context_menu(self, pos) -> None:
        """Right-click: the menu of the entry under the pointer (not of a week or day heading)."""
        entry = self.model.entry_at(self.table.indexAt(pos).row())
        if entry is None:
            return
        if entry.id not in {e.id for e in self.selected_entries()}:  # a click inside the selection keeps it
            self._select(entry.id)
        self._entry_menu(self.table.viewport().mapToGlobal(pos))

    def _entry_menu(self, at) -> None:
        menu = QMenu(self)
        menu.addActions([self.edit_action, self.split_action, self.move_action, self.billable_action])
        menu.addSeparator()
        menu.addActions([self.continue_action, self.duplicate_action])
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(at)

    # --- actions -----------------------------------------------------------------------
    def new_entry(self) -> None:
        flt = self.model.filter
        dialog = TimeEntryDialog(self.ctx, None, contract_id=flt.contract_id, parent=self)
        if not dialog.exec():
            return
        added = dialog.result_object.id
        self.ctx.undo_stack.push(AddTimeEntry(self.tr("Add time entry"), added, self._changed, self._explain))
        self._changed(added)

    def edit_entry(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        dialog = TimeEntryDialog(self.ctx, entry, parent=self)
        if not dialog.exec():
            return
        before, after = tt.entry_data(entry), tt.entry_data(dialog.result_object)
        self.ctx.undo_stack.push(EditTimeEntry(
            self.tr("Edit time entry"), entry.id, before, after, self.ctx.now, self._changed, self._explain
        ))
        self._changed(entry.id)

    def split_entry(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        dialog = SplitEntryDialog(self.ctx, entry, parent=self)
        if not dialog.exec():
            return
        first, second = dialog.result_object
        self.ctx.undo_stack.push(SplitTimeEntry(
            self.tr("Split time entry"), first.id, second.id, second.start, self.ctx.now,
            lambda: self.ctx.notify(TIME), self._explain,
        ))
        self.ctx.notify(TIME)
        self._select(first.id)

    def continue_entry(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.running:
            return
        try:
            started = repeat.continue_entry(entry.id, self.ctx.now(), self.ctx.local_zone())
        except DomainError as e:
            self._explain(e)
            return
        self.ctx.show_status(self.tr("The timer runs on “{0}” again.").format(started.contract_title))
        self._changed(started.id)

    def duplicate_entry(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        try:
            copy = repeat.duplicate_to_today(entry.id, self.ctx.now(), self.ctx.local_zone())
        except DomainError as e:
            self._explain(e)
            return
        self.ctx.undo_stack.push(AddTimeEntry(self.tr("Duplicate time entry"), copy.id, self._changed, self._explain))
        self.ctx.show_status(self.tr("Copied to today: {0} on “{1}”.").format(duration(copy.seconds()), copy.contract_title))
        self._changed(copy.id)

    def move_entries(self) -> None:
        chosen = self.selected_entries()
        if not chosen:
            return
        dialog = MoveEntriesDialog(self.ctx, chosen, parent=self)
        if not dialog.exec():
            return
        ids, contract, milestone = [e.id for e in chosen], dialog.contract.currentData(), dialog.milestone.currentData()
        n = len(ids)
        self.ctx.undo_stack.push(ChangeTimeEntries(
            english_plural(self.tr("Move %n time entry(s)", "", n), n), dialog.result_object,
            lambda: bulk.move(ids, contract, milestone), self._changed, self._explain))
        self._changed(*ids)

    def toggle_billable(self) -> None:
        chosen = self.selected_entries()
        if not chosen:
            return
        billable = not all(e.billable for e in chosen)
        ids, n = [e.id for e in chosen], len(chosen)
        try:
            before = bulk.set_billable(ids, billable)
        except DomainError as e:
            self._explain(e)
            return
        text = (english_plural(self.tr("Mark %n entry(s) billable", "", n), n) if billable
                else english_plural(self.tr("Mark %n entry(s) not billable", "", n), n))
        self.ctx.undo_stack.push(ChangeTimeEntries(text, before, lambda: bulk.set_billable(ids, billable),
                                                   self._changed, self._explain))
        self.ctx.show_status(text + " — " + self.tr("Edit ▸ Undo takes it back."))
        self._changed(*ids)

    def delete_entry(self) -> None:
        chosen = self.selected_entries()
        if len(chosen) > 1:
            self._delete_many(chosen)
            return
        entry = self.current_entry()
        if entry is None:
            return
        text = self.tr("Delete {0} on “{1}” ({2})? Edit ▸ Undo brings it back.").format(
            duration(entry.seconds(self.ctx.now())), entry.contract_title, short_date(entry.day)
        )
        if not forms.confirm(self, self.tr("Delete time entry"), text, self.tr("Delete")):
            return
        near = self._neighbour(entry.id)  # chosen now: after the reload the rows have moved
        snapshot = tt.delete_entry(entry.id)
        self.ctx.undo_stack.push(DeleteTimeEntry(
            self.tr("Delete time entry"), snapshot, near, self._neighbour, self._changed, self._explain
        ))
        self._changed(None, near)

    def _delete_many(self, chosen: list[entry_rows.EntryRow]) -> None:
        n, now = len(chosen), self.ctx.now()
        title = english_plural(self.tr("Delete %n time entry(s)", "", n), n)  # the question's, and the undo step's
        text = english_plural(self.tr("Delete %n entry(s), {0} h in all? Edit ▸ Undo brings them back.", "", n), n).format(
            duration(sum(e.seconds(now) for e in chosen)))
        if not forms.confirm(self, title, text, self.tr("Delete")):
            return
        near = self._neighbour(chosen[-1].id)
        try:
            snapshots = bulk.delete([e.id for e in chosen])
        except DomainError as e:
            self._explain(e)
            return
        self.ctx.undo_stack.push(DeleteTimeEntries(title, snapshots, near, self._changed, self._explain))
        self._changed(near)

    def _neighbour(self, entry_id: int) -> int | None:
        """The entry to select once ``entry_id`` is gone: the one below it, else the one above."""
        row = self.model.row_of(entry_id) if self.isVisible() else None
        if row is None:
            return None
        below = row + 1
        while below < self.model.rowCount() or not self.model.fully_laid_out():
            if below >= self.model.rowCount():
                self.model.lay_out_all()  # the deleted row was the last laid out so far
                continue
            entry = self.model.entry_at(below)
            if entry is not None:
                return entry.id
            below += 1
        above = next((e for e in map(self.model.entry_at, range(row - 1, -1, -1)) if e is not None), None)
        return None if above is None else above.id

    def _changed(self, *wanted: int | None) -> None:
        """Reload after a change or its undo / redo; select the first of ``wanted`` still shown."""
        self.ctx.notify(TIME)
        if not self.isVisible():
            return  # reloads when shown, keeping its own selection
        for entry_id in wanted:
            if entry_id is not None and self.model.row_of(entry_id) is not None:
                self._select(entry_id)
                return

    def _explain(self, error: DomainError) -> None:
        """An undo step met changed data: say why in the status bar instead of crashing."""
        self.ctx.show_status(self.ctx.error_text(error))
