"""Two windows on one file: a window's Stop, note and edit act on the entry it shows, never on one
another window started since; refused, nothing is written, the status bar says why and the window
shows what is really running."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from freelance_desk.services.time import entry_rows
from freelance_desk.services.time import tracking as tt
from freelance_desk.settings import UiSettings
from freelance_desk.ui.context import AppContext
from freelance_desk.ui.dialogs.time_entry import TimeEntryDialog
from freelance_desk.ui.widgets.timer_bar import TimerBar
from tests.ui.helpers import T0

pytestmark = pytest.mark.clock(T0)

STOPPED = ("This timer was already stopped elsewhere (another window or program); nothing was saved here. "
           "The timer bar now shows what is running.")


class Window:
    """A timer bar on a context of its own: what it does is not announced to the other one."""

    def __init__(self, qtbot, ctx):
        self.ctx = ctx
        self.status: list[str] = []
        ctx.status_message.connect(self.status.append)
        self.bar = TimerBar(ctx, start_watching=False)
        qtbot.addWidget(self.bar)
        self.bar.show()

    def choose(self, contract_id):
        self.bar.picker.setCurrentIndex(self.bar.picker.findData(contract_id))

    def press(self, qtbot):
        qtbot.mouseClick(self.bar.toggle, Qt.MouseButton.LeftButton)


@pytest.fixture
def other_ctx(ctx, tmp_path, clock):
    return AppContext(ctx.db_path, UiSettings(str(tmp_path / "other.ini")), clock=clock)


def test_stop_in_a_window_does_not_end_the_timer_another_window_started(qtbot, ctx, other_ctx, clock, contracts):
    hourly, fixed = contracts
    a = Window(qtbot, ctx)
    a.choose(hourly)
    a.bar.note.setText("Query tuning")
    a.press(qtbot)
    first = entry_rows.running_entry()
    clock.advance(minutes=10)
    b = Window(qtbot, other_ctx)  # opened now: shows A's timer running
    b.choose(fixed)
    b.bar.note.setText("Home page layout")
    b.press(qtbot)  # Switch: stops A's timer, starts its own
    second = entry_rows.running_entry()
    assert second.contract_id == fixed and entry_rows.entry(first.id).end is not None
    assert a.bar.toggle.text() == "Stop"  # A still shows its own timer running
    clock.advance(minutes=20)
    a.bar.note.setText("Query tuning, index added")
    a.bar.stop()  # Ctrl+T or the button: Stop on what A shows

    now = entry_rows.running_entry()
    assert now == second  # B's timer runs on, its note untouched
    assert entry_rows.entry(first.id).note == "Query tuning"  # and A's stopped entry untouched too
    assert a.status[-1] == STOPPED
    # A now shows the truth: B's timer, with B's note.
    assert a.bar.running == second and a.bar.selected_contract() == fixed
    assert a.bar.note.text() == "Home page layout" and a.bar.toggle.text() == "Stop"


def test_start_in_a_window_that_shows_no_timer_does_not_silently_stop_one_started_elsewhere(
        qtbot, ctx, other_ctx, clock, contracts):
    hourly, fixed = contracts
    a = Window(qtbot, ctx)
    assert a.bar.running is None
    b = Window(qtbot, other_ctx)
    b.choose(fixed)
    b.press(qtbot)
    started_elsewhere = entry_rows.running_entry()
    clock.advance(minutes=5)
    a.choose(hourly)
    assert a.bar.toggle.text() == "Start"
    a.press(qtbot)

    assert entry_rows.running_entry() == started_elsewhere  # refused: nothing stopped, nothing started
    assert tt.TimeEntry.select().count() == 1
    assert a.status[-1] == ("A timer on “Small business website” was started elsewhere (another window or "
                            "program); nothing was changed here. Press Start again to switch to this contract.")
    assert a.bar.running == started_elsewhere
    # The user has seen it; pressing again is a deliberate switch, and it goes through.
    a.choose(hourly)
    assert a.bar.toggle.text() == "Switch"
    a.press(qtbot)
    assert entry_rows.running_entry().contract_id == hourly
    assert entry_rows.entry(started_elsewhere.id).end == T0 + timedelta(minutes=5)


def test_a_note_typed_on_a_timer_changed_elsewhere_is_refused_and_the_other_note_kept(
        qtbot, ctx, other_ctx, clock, contracts):
    hourly, _ = contracts
    a = Window(qtbot, ctx)
    a.choose(hourly)
    a.press(qtbot)
    b = Window(qtbot, other_ctx)
    b.bar.note.setText("Call with the client")
    b.bar.note.editingFinished.emit()  # B saves its note on the running timer
    assert entry_rows.running_entry().note == "Call with the client"
    a.bar.note.setText("Data import")
    a.bar.note.editingFinished.emit()

    assert entry_rows.running_entry().note == "Call with the client"
    assert a.status[-1] == ("This timer was changed elsewhere (another window or program) since it was shown "
                            "here; nothing was saved. Check it and try again.")
    assert a.bar.note.text() == "Call with the client"  # A shows the note the file has


def test_editing_a_running_entry_stopped_elsewhere_since_the_dialog_opened_saves_nothing(
        qtbot, ctx, clock, contracts):
    hourly, _ = contracts
    running = tt.start_timer(hourly, T0, "UTC", note="Data import")
    clock.advance(minutes=40)
    dialog = TimeEntryDialog(ctx, running)
    qtbot.addWidget(dialog)
    dialog.show()
    tt.stop_timer(T0 + timedelta(minutes=30), note="Data import, done", expected=running)  # another window
    dialog.note.setText("Data import (edited)")
    dialog.accept()

    assert dialog.isVisible() and dialog.general_error.isVisible()
    assert dialog.general_error.text() == STOPPED
    stopped = entry_rows.entry(running.id)
    assert stopped.end == T0 + timedelta(minutes=30) and stopped.note == "Data import, done"
    assert entry_rows.running_entry() is None  # not running again either
