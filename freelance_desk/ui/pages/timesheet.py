"""The Week page: a timesheet of contracts × days, filled by typing hours into its cells.

Type ``1:30``, ``1.5`` or ``90m`` into a day (typing starts editing, Enter saves, Esc cancels):
an empty cell gets an entry after that day's last one; a cell with time has its time changed,
and when several entries hold it (or whole entries would go) the page says what will change
first. Alt+Left / Alt+Right go a week back or on, Alt+Home to this week; "Copy last week's rows"
brings last week's contracts as empty rows. Every change is one undoable step.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
)

from freelance_desk.core.durations import parse_duration
from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import english_plural
from freelance_desk.services.contracts.choices import contract_choices
from freelance_desk.services.time import queries as tq
from freelance_desk.services.time import timesheet as ts
from freelance_desk.ui import forms, icons, theme
from freelance_desk.ui.buttons import action_button
from freelance_desk.ui.context import TIME
from freelance_desk.ui.format import duration, local_time, qdate
from freelance_desk.ui.models.time_columns import recorded_clock, recorded_elsewhere, week_span
from freelance_desk.ui.models.timesheet import AMOUNT, CONTRACT, TOTAL, TimesheetModel
from freelance_desk.ui.pages.base import Page
from freelance_desk.ui.undo.base import WriteCommand
from freelance_desk.ui.widgets.empty_state import EmptyState

CLEARS = {"", "0", "0:00", "0:0", "0h", "0m"}  # typed into a cell: no time that day


class ChangeSheetCell(WriteCommand):
    """A cell typed in (``applied`` from timesheet.apply_change): undo takes it back, redo writes it again."""

    def __init__(self, text: str, applied: ts.Applied, now, after, failed=None):
        super().__init__(text, after, failed)
        self.applied, self.now = applied, now

    def revert(self) -> None:
        ts.undo_change(self.applied)

    def repeat(self) -> None:
        self.applied = ts.apply_change(self.applied.change, self.now())


class TimesheetPage(Page):
    topics = ("time", "contracts")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.first = tq.week_first_day(ctx.today())
        self._extra: dict[date, set[int]] = {}  # rows added or copied, per week (this session)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addLayout(self._header())
        self.model = TimesheetModel(self)
        self.model.typed = self.typed
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CONTRACT, QHeaderView.ResizeMode.Stretch)
        for column in range(1, TOTAL):
            self.table.setColumnWidth(column, 78)
        self.table.setColumnWidth(TOTAL, 130)
        self.table.setColumnWidth(AMOUNT, 120)
        self.empty = EmptyState(self.tr("No time this week"),
                                self.tr("Type hours into a day once a row is here: copy last week's rows, or add a "
                                        "contract's row above."),
                                self.tr("Copy last week's rows"), self.copy_last_week)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        lay.addWidget(self.stack, 1)
        self.message = QLabel()  # what a typed cell could not do, naming the day
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(theme.text_style(theme.Role.DANGER, self.palette()))
        self.message.hide()
        lay.addWidget(self.message)
        hint = QLabel(self.tr("Type 1:30, 1.5 or 90m into a day · Enter saves · 0 clears · "
                              "Alt+← / Alt+→ week before / after · Alt+Home this week"))
        hint.setObjectName("cardTitle")
        lay.addWidget(hint)
        self.refresh()

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        title = QLabel(self.tr("Week"))
        title.setObjectName("pageTitle")
        row.addWidget(title)
        self.week_label = QLabel()
        self.week_label.setObjectName("cardTitle")
        row.addWidget(self.week_label)
        row.addStretch(1)
        self.previous_action = self._action(self.tr("Previous week"), lambda: self.go(-1), "Alt+Left", "chevron-left")
        self.this_action = self._action(self.tr("This week"), self.this_week, "Alt+Home")
        self.next_action = self._action(self.tr("Next week"), lambda: self.go(1), "Alt+Right", "chevron-right")
        self.copy_action = self._action(self.tr("Copy last week's rows"), self.copy_last_week, "Ctrl+Shift+C")
        for action in (self.previous_action, self.this_action, self.next_action, self.copy_action):
            row.addWidget(action_button(action))
        self.add_row = QComboBox()
        self.add_row.setMinimumContentsLength(24)
        self.add_row.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_row.setToolTip(self.tr("Add a row for a contract to type its hours"))
        self.add_row.activated.connect(self._add_chosen_row)
        row.addWidget(self.add_row)
        return row

    def _action(self, text: str, slot, key: str, icon: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # while this page is shown
        action.setToolTip(f"{text} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(lambda _checked=False: slot())
        if icon:
            icons.decorate((action, icon))
        self.addAction(action)
        return action

    # --- the week shown -----------------------------------------------------------------
    def refresh(self) -> None:
        current = self.table.currentIndex()
        sheet = ts.week_sheet(self.first, self._extra.get(self.first, ()))
        self.model.set_sheet(sheet, self.ctx.today())
        last = self.first + timedelta(days=ts.DAYS - 1)
        self.week_label.setText(week_span(self.first, last))
        self.stack.setCurrentWidget(self.table if sheet.rows else self.empty)
        self.table.setColumnHidden(AMOUNT, not self.model.shows_money())  # fixed-price work earns by milestone
        self._load_add_row(sheet)
        if current.isValid() and current.row() < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        elif sheet.rows:
            self.table.setCurrentIndex(self.model.index(0, self._today_column()))

    def _today_column(self) -> int:
        offset = (self.ctx.today() - self.first).days
        return offset + 1 if 0 <= offset < ts.DAYS else 1

    def _load_add_row(self, sheet: ts.Sheet) -> None:
        shown = {r.contract_id for r in sheet.rows}
        self.add_row.blockSignals(True)
        self.add_row.clear()
        self.add_row.addItem(self.tr("Add a row…"), None)
        for choice in contract_choices(recent_first=True):
            if choice.id not in shown:
                self.add_row.addItem(choice.label, choice.id)
        self.add_row.setCurrentIndex(0)
        self.add_row.blockSignals(False)

    def _add_chosen_row(self, index: int) -> None:
        contract_id = self.add_row.itemData(index)
        if contract_id is None:
            return
        self.add_rows([contract_id])

    def add_rows(self, contract_ids) -> None:
        self._extra.setdefault(self.first, set()).update(contract_ids)
        self.refresh()
        rows = [r.contract_id for r in self.model.sheet.rows]
        if contract_ids and contract_ids[-1] in rows:
            self.table.setCurrentIndex(self.model.index(rows.index(contract_ids[-1]), self._today_column()))
        self.table.setFocus()

    def go(self, weeks: int) -> None:
        self.first += timedelta(days=7 * weeks)
        self.message.hide()
        self.refresh()

    def this_week(self) -> None:
        self.first = tq.week_first_day(self.ctx.today())
        self.message.hide()
        self.refresh()

    def copy_last_week(self) -> None:
        copied = ts.contracts_with_time(self.first - timedelta(days=7))
        if not copied:
            self.ctx.show_status(self.tr("Last week has no time to copy rows from."))
            return
        self.add_rows(copied)
        self.ctx.show_status(english_plural(self.tr("%n row(s) copied from last week.", "", len(copied)), len(copied)))

    # --- a typed cell ---------------------------------------------------------------------
    def typed(self, row: int, day_index: int, text: str) -> bool:
        """A cell's editor committed ``text``: handled just after it has closed (a question may be asked,
        and the sheet is read again), never inside the view's commit."""
        sheet_row = self.model.row_at(row)
        if sheet_row is None:
            return False
        day = self.first + timedelta(days=day_index)
        QTimer.singleShot(0, self, lambda: self.set_cell(sheet_row, day, text))
        return False

    def set_cell(self, sheet_row: ts.SheetRow, day: date, text: str) -> bool:
        """Set ``day`` of ``sheet_row`` to the time typed as ``text``; whether it changed."""
        self.message.hide()
        try:
            seconds = 0 if text.strip().lower() in CLEARS else parse_duration(text, "cell")
            change = ts.plan_cell(sheet_row.contract_id, day, seconds, self.ctx.now(), self.ctx.local_zone())
        except DomainError as e:
            self._refused(day, e)
            return False
        if change.changes_nothing:
            return False
        if change.needs_confirming and not forms.confirm(
                self, self.tr("Change {0}").format(self._day_name(day)), self._what_changes(change, sheet_row),
                self.tr("Change")):
            return False
        try:
            applied = ts.apply_change(change, self.ctx.now())
        except DomainError as e:
            self._refused(day, e)
            return False
        self.ctx.undo_stack.push(ChangeSheetCell(
            self.tr("Set {0} on “{1}”").format(self._day_name(day), sheet_row.title), applied, self.ctx.now,
            lambda: self.ctx.notify(TIME), self._explain))
        self.ctx.notify(TIME)
        return True

    def _day_name(self, day: date) -> str:
        """ "Tuesday 10 Mar", in the interface's language."""
        return QLocale().toString(qdate(day), "dddd d MMM")

    @staticmethod
    def _span(start, end, entry=None) -> str:
        """ "14:00–15:30": an entry's times on the clock it was recorded on, as the Time page shows them."""
        if entry is not None and recorded_elsewhere(entry):
            return f"{recorded_clock(entry, start)}–{recorded_clock(entry, end)}"
        return f"{local_time(start)}–{local_time(end)}"

    def _what_changes(self, change: ts.CellChange, row: ts.SheetRow) -> str:
        day, n = self._day_name(change.day), len(change.entries)
        parts = [english_plural(self.tr("{0} has %n entry(s) for “{1}”, {2} h in all.", "", n), n).format(
            day, row.title, duration(change.before_s))]
        if change.remove:
            gone = len(change.remove)
            parts.append(english_plural(self.tr("%n entry(s) will be removed ({0} h).", "", gone), gone).format(
                duration(sum(e.seconds() for e in change.remove))))
        if change.resize is not None:
            entry, new_end = change.resize
            parts.append(self.tr("The entry {0} becomes {1}.").format(self._span(entry.start, entry.end, entry),
                                                                      self._span(entry.start, new_end, entry)))
        if change.add is not None:
            parts.append(self.tr("A new entry {0} is added.").format(self._span(*change.add)))
        parts.append(self.tr("Edit ▸ Undo takes it back."))
        return " ".join(parts)

    def _refused(self, day: date, error: DomainError) -> None:
        text = self.tr("{0}: {1}").format(self._day_name(day), self.ctx.error_text(error))
        self.message.setText(text)
        self.message.show()
        self.ctx.show_status(text)

    def _explain(self, error: DomainError) -> None:
        self.ctx.show_status(self.ctx.error_text(error))

    def show_target(self, **target) -> None:
        if "day" in target:
            self.first = tq.week_first_day(target["day"])
            self.refresh()
