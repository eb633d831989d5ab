"""The timer bar, always visible above the pages: pick a contract, start, stop, watch the time run.

Ctrl+T starts or stops from anywhere in the app; Ctrl+Shift+T jumps to the contract
picker. The running entry is a row in the database, so the bar shows it again,
with its original start, after a restart or a crash.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from freelance_desk.core.errors import DomainError
from freelance_desk.core.vocabulary import ContractKind
from freelance_desk.lazy import lazy_module
from freelance_desk.settings import LAST_CONTRACT
from freelance_desk.ui import icons
from freelance_desk.ui.context import CONTRACTS, MILESTONES, TIME
from freelance_desk.ui.format import clock, duration, local_datetime, local_time
from freelance_desk.ui.idle_watch import IdlePrompt, IdleWatch, system_idle_source
from freelance_desk.ui.literal import plain_tooltip

# The data layer, read once the database is open (after the window's first frame: see lazy.py).
contract_choices = lazy_module("freelance_desk.services.contracts.choices")
entry_rows = lazy_module("freelance_desk.services.time.entry_rows")
idle_time = lazy_module("freelance_desk.services.time.idle")
tq = lazy_module("freelance_desk.services.time.queries")
tt = lazy_module("freelance_desk.services.time.tracking")

LAST_ACTIVITY_KEY = "timer/last_activity"
INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class ActivityWatcher(QObject):
    """The last keyboard or mouse input anywhere in the app, kept across restarts (to the minute).

    It watches through an app-wide event filter, so every event of the app passes through
    Python: the main window starts it (watch()) once its first frame is on screen, before
    any input can come, instead of paying for it while the widgets are being built.
    """

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        stored = ctx.ui_settings.get_key(LAST_ACTIVITY_KEY)
        try:
            self.last: datetime | None = datetime.fromtimestamp(int(stored), UTC) if stored else None
        except (TypeError, ValueError):
            self.last = None
        self._saved = self.last
        self.watching = False  # until watch()

    def watch(self) -> None:
        if not self.watching:
            QApplication.instance().installEventFilter(self)
            self.watching = True

    def eventFilter(self, obj, event) -> bool:
        if event.type() in INPUT_EVENTS:
            self.touch()
        return False

    def touch(self) -> None:
        now = self.ctx.now()
        self.last = now
        if self._saved is None or (now - self._saved).total_seconds() >= 60:
            self.ctx.ui_settings.set_key(LAST_ACTIVITY_KEY, int(now.timestamp()))
            self._saved = now


class ForgottenPrompt(QFrame):
    """A non-blocking question under the bar: stop a timer that looks forgotten?"""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("timerPrompt")  # coloured by app.qss (the notice colours), light or dark
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 4, 6, 4)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.stop_button = QPushButton()
        self.keep_button = QPushButton(self.tr("Keep running"))
        lay.addWidget(self.text, 1)
        lay.addWidget(self.stop_button)
        lay.addWidget(self.keep_button)
        self.hide()


class TimerBar(QWidget):
    state_changed = Signal()  # a timer started, stopped or changed (the tray follows)

    def __init__(self, ctx, parent=None, start_watching: bool = True, load: bool = True):
        """``load``: read the running timer and the contracts now (False: the database is opened after
        the window's first frame, and ``reload()`` comes then)."""
        super().__init__(parent)
        self.ctx = ctx
        self.running: entry_rows.EntryRow | None = None
        self.forgotten: tq.ForgottenTimer | None = None
        self._dismissed: int | None = None  # entry the user said to keep running
        self._kinds: dict[int, str] = {}  # contract id → fixed/hourly, for the milestone combo
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.activity = ActivityWatcher(ctx, self)  # watching from start_watching() on

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 4, 8, 4)
        outer.setSpacing(4)
        row = QHBoxLayout()
        self.picker = QComboBox()
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picker.setMinimumContentsLength(34)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setToolTip(self.tr("Contract to track (Ctrl+Shift+T); type to search"))
        completer = self.picker.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.milestone = QComboBox()
        self.milestone.setMinimumContentsLength(14)
        self.milestone.setVisible(False)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What are you working on?"))
        self.started = QToolButton()
        self.started.setToolTip(self.tr("Started earlier than you clicked? Correct the start time"))
        self.started.setVisible(False)
        self.clock = QLabel(clock(0))
        self.clock.setObjectName("timerClock")
        self.toggle = QPushButton(self.tr("Start"))
        self.toggle.setObjectName("primary")
        self.toggle.setMinimumWidth(90)
        for widget, stretch in ((self.picker, 0), (self.milestone, 0), (self.note, 1), (self.started, 0),
                                (self.clock, 0), (self.toggle, 0)):
            row.addWidget(widget, stretch)
        outer.addLayout(row)
        self.prompt = ForgottenPrompt()
        outer.addWidget(self.prompt)
        self.idle_prompt = IdlePrompt()
        outer.addWidget(self.idle_prompt)
        self.away: tuple[int, datetime] | None = None  # (running entry id, away since) asked about
        self.idle = IdleWatch(ctx, None, lambda: self.running is not None, self)  # its source: start_watching()
        self.idle.returned.connect(self._ask_idle)
        self.limit_warning = QLabel()  # the running timer has taken its week over the weekly limit
        self.limit_warning.setObjectName("timerLimitWarning")  # app.qss: the warning colour, light or dark
        self.limit_warning.setWordWrap(True)
        self.limit_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.limit_warning.hide()
        outer.addWidget(self.limit_warning)
        self._limit_minute: int | None = None  # the running minute the weekly limit was last checked at

        QShortcut(QKeySequence("Ctrl+T"), self, self.toggle_timer, context=Qt.ShortcutContext.ApplicationShortcut)
        QShortcut(QKeySequence("Ctrl+Shift+T"), self, self.focus_picker,
                  context=Qt.ShortcutContext.ApplicationShortcut)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self.hourly = QTimer(self)
        self.hourly.setInterval(3600 * 1000)
        self.hourly.timeout.connect(self.check_forgotten)
        self.hourly.start()

        self.toggle.clicked.connect(self.toggle_timer)
        self.started.clicked.connect(self.correct_start)
        self.picker.currentIndexChanged.connect(self._contract_changed)
        self.picker.activated.connect(lambda _i: self.note.setFocus())
        self.picker.lineEdit().editingFinished.connect(self._restore_picker_text)
        self.note.editingFinished.connect(self._save_note)
        self.note.returnPressed.connect(self._note_entered)
        self.prompt.stop_button.clicked.connect(self._stop_forgotten)
        self.prompt.keep_button.clicked.connect(self._keep_forgotten)
        self.idle_prompt.keep_button.clicked.connect(self._keep_idle)
        self.idle_prompt.drop_button.clicked.connect(lambda: self._drop_idle(then_stop=False))
        self.idle_prompt.stop_button.clicked.connect(lambda: self._drop_idle(then_stop=True))
        ctx.data_changed.connect(self._on_data_changed)

        self.loaded = False  # the running timer and the contracts are read (reload)
        if load:
            self.reload()
        else:
            # Until then it looks as it does with no timer running (no flash when the contracts come);
            # Start stays enabled but waits for them (toggle_timer).
            self.clock.setEnabled(False)
            self._update_button()
            self.toggle.setEnabled(True)
        if start_watching:
            self.start_watching()

    def start_watching(self) -> None:
        """Follow the user's input (for the forgotten-timer check) and ask about a forgotten timer now."""
        self.activity.watch()
        self.idle.source = system_idle_source()
        self.idle.follow(self.running is not None)
        self.check_forgotten()

    # --- loading ------------------------------------------------------------------
    def reload(self) -> None:
        """Read the running entry and the contract list from the database."""
        previous, self.running = self.running, entry_rows.running_entry()
        self.loaded = True
        self._limit_minute = None  # the limit is checked again on this tick
        # A contract picked for the next timer stays picked while the same timer runs on.
        self._load_contracts(keep_choice=previous is not None and self.running is not None
                             and previous.id == self.running.id)
        if self.running is not None:
            self._show_running(self.running, new=previous is None or previous.id != self.running.id)
            self.ticker.start()
        else:
            self.ticker.stop()
            self.started.setVisible(False)
            self.clock.setEnabled(False)
        self._tick()
        self._update_button()
        self.idle.follow(self.running is not None)
        if self.away is not None and (self.running is None or self.running.id != self.away[0]):
            self._keep_idle()  # the timer it asked about stopped or changed: nothing left to ask
        self.state_changed.emit()

    def _load_contracts(self, keep_choice: bool = False) -> None:
        selected = self.selected_contract()
        if self.running is not None and not (keep_choice and selected is not None):
            selected = self.running.contract_id
        elif selected is None:
            selected = self.ctx.ui_settings.get(LAST_CONTRACT) or None
        choices = contract_choices.recent_contracts(include_id=self.running.contract_id if self.running else None)
        self._kinds = {c.id: c.kind for c in choices}
        self.picker.blockSignals(True)
        self.picker.clear()
        for choice in choices:
            self.picker.addItem(choice.label, choice.id)
        self.picker.setCurrentIndex(max(self.picker.findData(selected), 0) if choices else -1)
        self.picker.lineEdit().setCursorPosition(0)
        self.picker.blockSignals(False)
        self.picker.setEnabled(bool(choices))
        self.picker.lineEdit().setPlaceholderText(
            self.tr("Choose a contract…") if choices else self.tr("No active contract — add one on Contracts")
        )
        self._load_milestones(self.milestone.currentData())

    def _load_milestones(self, selected: int | None = None) -> None:
        contract = self.selected_contract()
        choices = tq.milestone_choices(contract) if self._kinds.get(contract) == ContractKind.FIXED else []
        self.milestone.blockSignals(True)
        self.milestone.clear()
        self.milestone.addItem(self.tr("No milestone"), None)
        for mid, title in choices:
            self.milestone.addItem(title, mid)
        self.milestone.setCurrentIndex(max(self.milestone.findData(selected), 0))
        self.milestone.blockSignals(False)
        self.milestone.setVisible(bool(choices))

    def _show_running(self, entry: entry_rows.EntryRow, new: bool = False) -> None:
        """``new``: another timer than the one shown (started elsewhere): its note replaces the field's, which
        otherwise keeps what is being typed in it."""
        if self.selected_contract() == entry.contract_id:  # else the fields are the next entry's
            self._load_milestones(entry.milestone_id)
            if new or not self.note.hasFocus():
                self.note.setText(entry.note)
        self.started.setText(self.tr("since {0}").format(local_time(entry.start)))
        self.started.setVisible(True)
        self.clock.setEnabled(True)

    def _on_data_changed(self, topic: str) -> None:
        if topic in (TIME, CONTRACTS, MILESTONES, "*"):
            self.reload()

    # --- state --------------------------------------------------------------------
    def selected_contract(self) -> int | None:
        return self.picker.currentData() if self.picker.currentIndex() >= 0 else None

    def _contract_changed(self) -> None:
        self._load_milestones()
        if self.running is not None:  # the note field describes the running entry, or the next one
            self.note.setText(self.running.note if self.selected_contract() == self.running.contract_id else "")
        self._update_button()

    def _restore_picker_text(self) -> None:
        """Typed text that matches no contract falls back to the chosen one."""
        if self.picker.findText(self.picker.currentText()) < 0 and self.picker.currentIndex() >= 0:
            self.picker.setEditText(self.picker.itemText(self.picker.currentIndex()))

    def _update_button(self) -> None:
        selected = self.selected_contract()
        if self.running is not None and selected in (None, self.running.contract_id):
            self.toggle.setText(self.tr("Stop"))
            self.toggle.setIcon(icons.icon("square"))
            self.toggle.setToolTip(self.tr("Stop the timer (Ctrl+T)"))
        elif self.running is not None:
            self.toggle.setText(self.tr("Switch"))
            self.toggle.setIcon(icons.icon("play"))
            self.toggle.setToolTip(plain_tooltip(self.tr("Stop “{0}” and start timing this contract (Ctrl+T)").format(
                self.running.contract_title)))
        else:
            self.toggle.setText(self.tr("Start"))
            self.toggle.setIcon(icons.icon("play"))
            self.toggle.setToolTip(self.tr("Start the timer (Ctrl+T)"))
        self.toggle.setEnabled(self.running is not None or selected is not None)
        self._update_note_hint()

    def _update_note_hint(self) -> None:
        """Say where the note goes: on the running entry, or on the next one when switching."""
        selected = self.selected_contract()
        if self.running is not None and selected in (None, self.running.contract_id):
            hint = self.tr("Note on the running timer of “{0}”").format(self.running.contract_title)
        elif self.running is not None:
            hint = self.tr("Note for “{0}”, kept when you switch (Enter)").format(self.picker.currentText())
        else:
            hint = self.tr("What are you working on?")
        self.note.setPlaceholderText(hint)
        self.note.setToolTip(plain_tooltip(hint))

    def _tick(self) -> None:
        seconds = self.running.seconds(self.ctx.now()) if self.running else 0
        self.clock.setText(clock(seconds))
        if seconds // 60 != self._limit_minute:  # once a minute: shown limits change by the minute
            self._limit_minute = seconds // 60
            self._check_limit()

    def _check_limit(self) -> None:
        """Warn in the bar once the running timer takes its contract's week over the weekly limit."""
        running = self.running
        limit = None
        if running is not None and running.billable:
            limits = tq.weekly_limits(self.ctx.now(), self.ctx.local_zone())
            limit = next((found for found in limits if found.contract_id == running.contract_id), None)
        if limit is None or not limit.over_seconds:
            self.limit_warning.hide()
            return
        self.limit_warning.setText(
            self.tr("“{0}” is over its weekly limit: {1} of {2} h; {3} h will not be billable.").format(
                limit.contract_title, duration(limit.billable_seconds), duration(limit.limit_seconds),
                duration(limit.over_seconds))
        )
        self.limit_warning.show()

    def focus_picker(self) -> None:
        self.window().activateWindow()
        self.picker.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.picker.lineEdit().selectAll()

    # --- actions ----------------------------------------------------------------------
    def toggle_timer(self) -> None:
        if not self.loaded:
            return  # the database opens just after the window's first frame
        selected = self.selected_contract()
        if self.running is not None and selected in (None, self.running.contract_id):
            self.stop()
        else:
            self.start(selected)

    def start(self, contract_id: int | None = None) -> None:
        contract_id = contract_id or self.selected_contract()
        if contract_id is None:
            self.focus_picker()
            self.ctx.show_status(self.tr("Choose a contract to track first."))
            return
        chosen = contract_id == self.selected_contract()
        note = self.note.text() if chosen else ""
        milestone = self.milestone.currentData() if chosen else None
        try:
            entry = tt.start_timer(contract_id, self.ctx.now(), self.ctx.local_zone(), milestone, note,
                                   expected_running=self.running.id if self.running is not None else None)
        except DomainError as e:
            self._refused(e)
            return
        self.ctx.ui_settings.set(LAST_CONTRACT, contract_id)
        self.note.setText(entry.note)
        self.prompt.hide()
        self.ctx.notify(TIME)  # reloads this bar too

    def stop(self, at: datetime | None = None) -> None:
        if self.running is None:
            return
        try:
            stopped = tt.stop_timer(at or self.ctx.now(), note=self.note.text(), expected=self.running)
        except DomainError as e:
            self._refused(e)
            return
        self.note.clear()
        self.prompt.hide()
        if stopped is not None:
            self.ctx.show_status(self.tr("Stopped: {0} on “{1}”.").format(
                duration(stopped.seconds()), stopped.contract_title))
        self.ctx.notify(TIME)

    def _save_note(self) -> None:
        if self.running is None or self.selected_contract() != self.running.contract_id:
            return  # the note is for the contract to switch to, saved when it starts
        if self.note.text().strip() != self.running.note:
            try:
                tt.set_note(self.running.id, self.note.text(), expected=self.running)
            except DomainError as e:
                self._refused(e)
                return
            self.ctx.notify(TIME)

    def _refused(self, error: DomainError) -> None:
        """Nothing was written (the timer changed elsewhere, a rule, a busy file): say why, show the truth."""
        self.ctx.show_status(self.ctx.error_text(error))
        self.ctx.notify(TIME)  # this bar and every page showing time read the file again

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # Enter in the bar is the bar's: never the page's behind it
            return
        super().keyPressEvent(event)

    def _note_entered(self) -> None:
        if self.running is None or self.selected_contract() != self.running.contract_id:
            self.toggle_timer()

    def correct_start(self) -> None:
        if self.running is None:
            return
        from freelance_desk.ui.dialogs.time_entry import StartCorrectionDialog

        if StartCorrectionDialog(self.ctx, self.running, self.window()).exec():
            self.ctx.notify(TIME)

    # --- a forgotten timer -----------------------------------------------------------------
    def check_forgotten(self) -> None:
        """Ask (without blocking) whether a long or overnight timer should stop at the last activity."""
        found = tq.forgotten_timer(self.ctx.now(), self.ctx.local_zone(), self.activity.last)
        if found is None or found.entry.id == self._dismissed:
            self.forgotten = None
            self.prompt.hide()
            return
        self.forgotten = found
        self.prompt.text.setText(
            self.tr("The timer on “{0}” has been running for {1} h, since {2}. Did you forget to stop it?").format(
                found.entry.contract_title, duration(found.running_seconds), self._when(found.entry.start)
            )
        )
        if found.proposed_stop >= tt.whole_seconds(self.ctx.now()):  # no input seen since it started
            self.prompt.stop_button.setText(self.tr("Stop now"))
        else:
            self.prompt.stop_button.setText(self.tr("Stop at {0}").format(self._when(found.proposed_stop)))
        self.prompt.stop_button.setToolTip(self.tr("The last time you used Freelance Desk"))
        self.prompt.show()

    def _when(self, instant: datetime) -> str:
        """A time today as "17:42", an earlier one with its date."""
        same_day = instant.astimezone().date() == self.ctx.now().astimezone().date()
        return local_time(instant) if same_day else local_datetime(instant)

    def _stop_forgotten(self) -> None:
        if self.forgotten is not None:
            self.stop(self.forgotten.proposed_stop)

    def _keep_forgotten(self) -> None:
        if self.forgotten is not None:
            self._dismissed = self.forgotten.entry.id
        self.prompt.hide()

    # --- time away (idle) ------------------------------------------------------------------
    def _ask_idle(self, since: datetime, back: datetime) -> None:
        if self.running is None:
            return
        since = max(since, self.running.start)
        self.away = (self.running.id, since)
        self.idle_prompt.text.setText(self.tr(
            "You were away from {0} to {1} ({2} h) while the timer ran on “{3}”. Keep that time?").format(
            self._when(since), self._when(back), duration(int((back - since).total_seconds())),
            self.running.contract_title))
        self.idle_prompt.show()
        QApplication.alert(self.window())  # the taskbar asks for attention when the window is behind others

    def _keep_idle(self) -> None:
        self.away = None
        self.idle_prompt.hide()

    def _drop_idle(self, then_stop: bool) -> None:
        if self.away is None or self.running is None:
            return
        since = self.away[1]
        expected, zone = self.running, self.ctx.local_zone()
        self._keep_idle()  # answered, whatever comes of it
        try:
            dropped = idle_time.drop_idle(expected, since, self.ctx.now(), zone, then_stop=then_stop)
        except DomainError as e:
            self._refused(e)
            return
        from freelance_desk.ui.undo.time import DropIdleTime  # (the undo steps of time: not at startup)

        text = self.tr("Drop time away and stop") if then_stop else self.tr("Drop time away")
        self.ctx.undo_stack.push(DropIdleTime(text, dropped, since, self.ctx.now, zone, then_stop,
                                              lambda: self.ctx.notify(TIME), self._refused))
        if then_stop:
            self.note.clear()
        self.ctx.show_status(self.tr("{0} h away taken out of “{1}”. Edit ▸ Undo puts it back.").format(
            duration(int((self.ctx.now() - since).total_seconds())), expected.contract_title))
        self.ctx.notify(TIME)

