"""The timer bar: start, stop, switch, Ctrl+T, a timer found running, forgotten timers, closing, the tray."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from freelance_desk.services.time import entry_rows
from freelance_desk.services.time import tracking as tt
from freelance_desk.settings import CLOSE_TO_TRAY, LAST_CONTRACT
from freelance_desk.ui import close_guard, tray
from freelance_desk.ui.context import TIME
from freelance_desk.ui.dialogs.time_entry import StartCorrectionDialog, TimeEntryDialog, to_local
from freelance_desk.ui.main_window import MainWindow
from freelance_desk.ui.widgets.timer_bar import TimerBar
from tests.ui.helpers import T0, add

pytestmark = pytest.mark.clock(T0)  # the clock starts at T0, a Wednesday, not at NOW


@pytest.fixture
def bar(qtbot, ctx, contracts):
    widget = TimerBar(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose(bar, contract_id):
    bar.picker.setCurrentIndex(bar.picker.findData(contract_id))


def test_start_and_stop_with_the_button(bar, qtbot, clock, contracts):
    hourly, _ = contracts
    choose(bar, hourly)
    assert bar.toggle.text() == "Start"
    bar.note.setText("Query tuning")
    qtbot.mouseClick(bar.toggle, Qt.MouseButton.LeftButton)
    running = entry_rows.running_entry()
    assert running.contract_id == hourly and running.start == T0 and running.note == "Query tuning"
    assert bar.toggle.text() == "Stop" and bar.started.isVisible()
    clock.advance(hours=1, minutes=30, seconds=5)
    bar.ticker.timeout.emit()
    assert bar.clock.text() == "1:30:05"  # from the stored start, not a counter
    qtbot.mouseClick(bar.toggle, Qt.MouseButton.LeftButton)
    assert entry_rows.running_entry() is None
    assert entry_rows.entry(running.id).seconds() == 90 * 60 + 5
    assert bar.toggle.text() == "Start" and bar.note.text() == ""


def test_ctrl_t_starts_and_stops_from_anywhere_in_the_window(qtbot, ctx, clock, contracts):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.start_page("clients")
    window.sidebar.setFocus()
    QTest.keyClick(window.sidebar, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert entry_rows.running_entry() is not None
    clock.advance(minutes=20)
    QTest.keyClick(window.sidebar, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert entry_rows.running_entry() is None
    assert window.timer_bar.toggle.text() == "Start"


def test_starting_another_contract_stops_the_first(bar, qtbot, ctx, clock, contracts):
    hourly, fixed = contracts
    choose(bar, hourly)
    bar.toggle_timer()
    first = entry_rows.running_entry()
    clock.advance(minutes=45)
    choose(bar, fixed)
    assert bar.toggle.text() == "Switch"
    assert bar.milestone.isVisible()  # a fixed contract offers its milestones
    bar.milestone.setCurrentIndex(1)
    qtbot.mouseClick(bar.toggle, Qt.MouseButton.LeftButton)
    second = entry_rows.running_entry()
    assert second.contract_id == fixed and second.milestone_title == "Home page"
    assert entry_rows.entry(first.id).end == second.start == T0 + timedelta(minutes=45)
    assert ctx.ui_settings.get(LAST_CONTRACT) == fixed
    # The picker lists the most recently tracked contract first.
    assert bar.picker.itemData(0) == fixed


def test_a_timer_running_in_the_database_shows_with_its_original_start(qtbot, ctx, clock, contracts):
    hourly, _ = contracts
    tt.start_timer(hourly, T0, "UTC", note="Data import")
    clock.advance(hours=2, minutes=3)
    widget = TimerBar(ctx)
    qtbot.addWidget(widget)
    assert widget.running is not None and widget.selected_contract() == hourly
    assert widget.clock.text() == "2:03:00"
    assert widget.note.text() == "Data import" and widget.toggle.text() == "Stop"


def test_enter_in_the_note_starts_the_timer(bar, qtbot, contracts):
    hourly, _ = contracts
    choose(bar, hourly)
    bar.note.setFocus()
    qtbot.keyClicks(bar.note, "Code review")
    qtbot.keyClick(bar.note, Qt.Key.Key_Return)
    assert entry_rows.running_entry().note == "Code review"


def test_picker_finds_a_contract_by_typing_part_of_its_name(bar, contracts):
    _, fixed = contracts
    completer = bar.picker.completer()
    completer.setCompletionPrefix("website")
    assert completer.completionCount() == 1
    assert "Small business website" in completer.currentCompletion()


def test_correct_the_running_start(bar, qtbot, ctx, clock, contracts):
    hourly, _ = contracts
    choose(bar, hourly)
    bar.toggle_timer()
    clock.advance(minutes=30)
    dialog = StartCorrectionDialog(ctx, bar.running)
    qtbot.addWidget(dialog)
    dialog.start.setDateTime(to_local(T0 + timedelta(hours=1)))  # in the future
    dialog.accept()
    assert "future" in dialog.field_error("start") and entry_rows.running_entry().start == T0
    dialog.start.setDateTime(to_local(T0 - timedelta(minutes=40)))
    dialog.accept()
    assert dialog.field_error("start") == "" and entry_rows.running_entry().start == T0 - timedelta(minutes=40)


def test_forgotten_timer_offers_to_stop_at_the_last_activity(qtbot, ctx, clock, contracts):
    hourly, _ = contracts
    running = tt.start_timer(hourly, T0, "UTC")
    widget = TimerBar(ctx)
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.prompt.isVisible()
    clock.advance(hours=2)
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QApplication.sendEvent(widget.note, key)
    assert widget.activity.last == T0 + timedelta(hours=2)  # input anywhere in the app is activity
    clock.advance(hours=9)  # 11 h running, no input since
    widget.hourly.timeout.emit()
    assert widget.prompt.isVisible() and "11:00" in widget.prompt.text.text()
    qtbot.mouseClick(widget.prompt.stop_button, Qt.MouseButton.LeftButton)
    assert entry_rows.entry(running.id).end == T0 + timedelta(hours=2)
    assert not widget.prompt.isVisible() and widget.running is None


def test_keep_running_is_not_asked_again_for_the_same_timer(qtbot, ctx, clock, contracts):
    hourly, _ = contracts
    tt.start_timer(hourly, T0 - timedelta(hours=12), "UTC")
    widget = TimerBar(ctx)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.prompt.isVisible()  # checked when the app starts
    qtbot.mouseClick(widget.prompt.keep_button, Qt.MouseButton.LeftButton)
    clock.advance(hours=1)
    widget.hourly.timeout.emit()
    assert not widget.prompt.isVisible() and entry_rows.running_entry() is not None


def test_a_window_asks_about_a_forgotten_timer_once_it_starts_watching(qtbot, ctx, clock, contracts):
    hourly, _ = contracts
    tt.start_timer(hourly, T0 - timedelta(hours=12), "UTC")
    widget = TimerBar(ctx, start_watching=False)  # how the main window builds it, before its first frame
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.prompt.isVisible() and not widget.activity.watching
    widget.start_watching()
    assert widget.prompt.isVisible() and widget.activity.watching


# --- closing the window, the tray ---------------------------------------------------------


@pytest.fixture
def window(qtbot, ctx, contracts):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.mark.parametrize("choice, closed, still_running", [
    (close_guard.CANCEL, False, True),
    (close_guard.KEEP, True, True),
    (close_guard.STOP, True, False),
])
def test_closing_with_a_running_timer_asks(window, monkeypatch, contracts, choice, closed, still_running):
    asked = []
    monkeypatch.setattr(close_guard, "ask_running_timer", lambda parent, entry, seconds: asked.append(entry) or choice)
    window.timer_bar.start(contracts[0])
    assert window.close() is closed
    assert len(asked) == 1 and asked[0].contract_id == contracts[0]
    assert (entry_rows.running_entry() is not None) is still_running


def test_closing_without_a_timer_does_not_ask(window, monkeypatch):
    monkeypatch.setattr(close_guard, "ask_running_timer", lambda *a: pytest.fail("asked"))
    assert window.close()


def test_close_to_tray_hides_the_window_and_the_timer_goes_on(window, ctx, monkeypatch, contracts):
    class FakeTray:
        told = 0
        icon = None  # no notifications: reminders go to the status bar

        def said_hidden(self):
            self.told += 1

    fake = FakeTray()
    guard = next(g for g in window.close_guards if isinstance(g, close_guard.CloseGuard))
    guard.tray = fake
    ctx.ui_settings.set(CLOSE_TO_TRAY, True)
    monkeypatch.setattr(close_guard, "ask_running_timer", lambda *a: pytest.fail("asked"))
    window.timer_bar.start(contracts[0])
    assert window.close() is False
    assert not window.isVisible() and fake.told == 1 and entry_rows.running_entry() is not None
    guard.quitting = True  # Quit from the tray menu asks instead
    monkeypatch.setattr(close_guard, "ask_running_timer", lambda *a: close_guard.KEEP)
    assert window.close() is True


def test_quit_from_the_tray_closes_through_the_guard_without_hiding(window, ctx, monkeypatch, contracts):
    monkeypatch.setattr(tray, "tray_available", lambda: True)  # no tray offscreen
    monkeypatch.setattr(tray.QSystemTrayIcon, "show", lambda self: None)
    guard = window.close_guard
    icon = guard.add_tray_icon()
    assert icon is guard.tray and icon.guard is guard and guard.add_tray_icon() is icon  # one icon
    ctx.ui_settings.set(CLOSE_TO_TRAY, True)
    window.timer_bar.start(contracts[0])
    quits = []
    monkeypatch.setattr(close_guard.QApplication, "quit", lambda: quits.append(True))
    monkeypatch.setattr(close_guard, "ask_running_timer", lambda *a: close_guard.CANCEL)
    icon.quit()  # asked instead of hidden; cancelled: nothing happens
    assert window.isVisible() and quits == [] and not guard.quitting
    monkeypatch.setattr(close_guard, "ask_running_timer", lambda *a: close_guard.KEEP)
    icon.quit()
    assert not window.isVisible() and quits == [True] and entry_rows.running_entry() is not None


def test_no_tray_icon_where_the_desktop_has_no_tray(window, monkeypatch):
    monkeypatch.setattr(tray, "tray_available", lambda: False)
    assert window.close_guard.add_tray_icon() is None and window.close_guard.tray is None


def test_tray_icon_is_the_apps_icon_with_a_green_dot_while_a_timer_runs(qapp):
    from freelance_desk.ui.icons import app_icon_png

    running = tray.timer_icon(True).pixmap(64, 64).toImage()
    idle = tray.timer_icon(False).pixmap(64, 64).toImage()
    own = QImage(str(app_icon_png(64))).convertToFormat(idle.format())
    assert idle == own  # the window's and the desktop menu's icon
    dot = tray.badge_centre(64).toPoint()
    assert running.pixelColor(dot) == QColor("#2e7d32")
    assert idle.pixelColor(dot) != QColor("#2e7d32")
    assert running.pixelColor(20, 20) == idle.pixelColor(20, 20)  # the rest is the app's icon


def test_tray_menu_starts_the_last_contract_and_stops(window, ctx, contracts, monkeypatch):
    _, fixed = contracts
    ctx.ui_settings.set(LAST_CONTRACT, fixed)
    monkeypatch.setattr(tray.QSystemTrayIcon, "show", lambda self: None)  # no tray offscreen
    icon = tray.TimerTray(window, ctx)
    assert "no timer running" in icon.icon.toolTip()
    assert icon.start_action.text() == "Start “Small business website”" and not icon.stop_action.isEnabled()
    icon.start_action.trigger()
    assert entry_rows.running_entry().contract_id == fixed
    assert "Small business website" in icon.icon.toolTip() and icon.stop_action.isEnabled()
    icon.stop_action.trigger()
    assert entry_rows.running_entry() is None and not icon.stop_action.isEnabled()


def test_a_day_with_only_the_keyboard(qtbot, ctx, clock, contracts):
    """Jump to the picker, type part of a name, pick it, type a note, Enter starts; Ctrl+T stops."""
    hourly, fixed = contracts
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    bar = window.timer_bar
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert bar.picker.hasFocus()
    qtbot.keyClicks(bar.picker.lineEdit(), "websi")
    popup = bar.picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert bar.selected_contract() == fixed and bar.note.hasFocus()
    qtbot.keyClicks(bar.note, "Hero section")
    qtbot.keyClick(bar.note, Qt.Key.Key_Return)
    assert entry_rows.running_entry().note == "Hero section" and entry_rows.running_entry().contract_id == fixed
    clock.advance(hours=2)
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert entry_rows.running_entry() is None


def test_switching_keeps_each_entry_its_own_note(bar, qtbot, clock, contracts):
    hourly, fixed = contracts
    choose(bar, hourly)
    bar.note.setText("Weekly sync call")
    bar.toggle_timer()
    clock.advance(minutes=30)
    choose(bar, fixed)
    assert bar.note.text() == ""  # the note field now describes the next timer
    bar.note.setText("Contact form")
    qtbot.keyClick(bar.note, Qt.Key.Key_Return)
    first, second = entry_rows.entry(1), entry_rows.running_entry()
    assert (first.note, second.note, second.contract_id) == ("Weekly sync call", "Contact form", fixed)


@pytest.mark.parametrize("how", ["click Switch", "press Enter"])
def test_switching_with_a_note_stops_the_first_and_starts_the_second(qtbot, ctx, clock, contracts, monkeypatch, how):
    """On the Time page with a row selected: pick another contract, type a note, Switch (or Enter)."""
    hourly, fixed = contracts
    yesterday = add(hourly, T0 - timedelta(days=1), 30, note="Yesterday's work")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    monkeypatch.setattr(close_guard, "ask_running_timer", lambda *a: close_guard.KEEP)
    opened = []
    monkeypatch.setattr(TimeEntryDialog, "exec", lambda dialog: opened.append(dialog.windowTitle()) or 0)
    window.show()
    window.start_page("time")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page, bar = window.page("time"), window.timer_bar
    assert page.current_entry().id == yesterday.id  # a row is selected behind the bar
    choose(bar, hourly)
    bar.note.setText("Weekly sync call")
    bar.toggle_timer()
    first = entry_rows.running_entry()
    clock.advance(minutes=30)

    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(bar.picker.lineEdit(), "websi")
    popup = bar.picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert bar.note.hasFocus() and bar.toggle.text() == "Switch"
    assert "Small business website" in bar.note.placeholderText()  # the bar says where the note goes
    qtbot.keyClicks(bar.note, "Contact form")
    if how == "click Switch":
        qtbot.mouseClick(bar.toggle, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(bar.note, Qt.Key.Key_Return)

    running = entry_rows.running_entry()
    assert running is not None and running.contract_id == fixed and running.note == "Contact form"
    stopped = entry_rows.entry(first.id)
    assert stopped.end == T0 + timedelta(minutes=30) and stopped.note == "Weekly sync call"
    assert opened == []  # Enter never reached the Time page's table
    assert bar.toggle.text() == "Stop" and "running" in bar.note.placeholderText()


def test_a_reload_keeps_the_contract_picked_for_the_next_timer(bar, ctx, clock, contracts):
    hourly, fixed = contracts
    choose(bar, hourly)
    bar.toggle_timer()
    choose(bar, fixed)
    bar.note.setText("Contact form")
    ctx.notify(TIME)  # another page changed time entries meanwhile
    assert bar.selected_contract() == fixed and bar.note.text() == "Contact form"
    assert bar.toggle.text() == "Switch" and entry_rows.running_entry().note == ""
