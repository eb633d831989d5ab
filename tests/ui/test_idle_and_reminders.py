"""Time away while the timer runs (asked about on return: keep, drop, drop and stop) and the
tray's reminders, driven through the real widgets with a stand-in idle source."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt

from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, MilestoneData, create_contract
from freelance_desk.services.settings import store as settings_store
from freelance_desk.services.time import entry_rows
from freelance_desk.services.time import tracking as tt
from freelance_desk.settings import IDLE_MINUTES, REMIND_MILESTONE_DUE, REMIND_NO_TIMER, REMINDERS_SHOWN
from freelance_desk.ui.dialogs.settings import SettingsDialog
from freelance_desk.ui.format import local_time, short_date
from freelance_desk.ui.reminders import Reminders
from freelance_desk.ui.widgets.timer_bar import TimerBar
from tests.ui.helpers import T0

pytestmark = pytest.mark.clock(T0)  # Wednesday 11 March 2026, 09:00 UTC (the tests' zone)


class FakeIdle:
    name = "a test's idle source"

    def __init__(self):
        self.seconds = 0.0

    def idle_seconds(self):
        return self.seconds


@pytest.fixture
def bar(qtbot, ctx, contracts):
    widget = TimerBar(ctx)
    qtbot.addWidget(widget)
    widget.idle.source = FakeIdle()
    widget.show()
    tt.start_timer(contracts[0], T0, "UTC", note="Query tuning")
    ctx.notify("time")
    assert widget.running is not None and widget.idle.poller.isActive()
    return widget


def away(bar, clock, minutes):
    """No input for ``minutes``, then the user is back (the watch polls as its timer would)."""
    clock.advance(minutes=minutes)
    bar.idle.source.seconds = minutes * 60
    bar.idle.poll()
    clock.advance(seconds=5)
    bar.idle.source.seconds = 2
    bar.idle.poll()


def test_a_short_absence_is_not_asked_about(bar, clock):
    away(bar, clock, 9)
    assert not bar.idle_prompt.isVisible()


def test_back_after_ten_minutes_the_bar_asks_and_keep_leaves_the_timer_alone(bar, clock, qtbot):
    away(bar, clock, 40)
    assert bar.idle_prompt.isVisible()
    assert bar.idle_prompt.text.text() == (
        f"You were away from {local_time(T0)} to {local_time(T0 + timedelta(minutes=40))} (0:40 h) while the timer "
        "ran on “Dashboard maintenance”. Keep that time?")
    qtbot.mouseClick(bar.idle_prompt.keep_button, Qt.MouseButton.LeftButton)
    assert not bar.idle_prompt.isVisible() and entry_rows.running_entry().start == T0


def test_drop_ends_the_entry_when_the_user_left_and_goes_on_now_undoably(bar, clock, qtbot, ctx):
    clock.advance(minutes=20)
    away(bar, clock, 30)  # away from 9:20 to 9:50
    first = bar.running
    qtbot.mouseClick(bar.idle_prompt.drop_button, Qt.MouseButton.LeftButton)
    first = entry_rows.entry(first.id)
    assert first.end == T0 + timedelta(minutes=20)
    running = entry_rows.running_entry()
    assert running.start == clock.now.replace(microsecond=0) and running.note == "Query tuning"
    assert bar.running.id == running.id and not bar.idle_prompt.isVisible()
    ctx.undo_stack.undo()
    assert entry_rows.running_entry().id == first.id and bar.running.id == first.id


def test_drop_and_stop_leaves_no_timer(bar, clock, qtbot):
    clock.advance(minutes=20)
    away(bar, clock, 30)
    qtbot.mouseClick(bar.idle_prompt.stop_button, Qt.MouseButton.LeftButton)
    assert entry_rows.running_entry() is None and bar.running is None
    assert entry_rows.entry(1).end == T0 + timedelta(minutes=20)


def test_never_asks_when_switched_off(bar, clock, ctx):
    ctx.ui_settings.set(IDLE_MINUTES, 0)
    away(bar, clock, 60)
    assert not bar.idle_prompt.isVisible()


def test_the_prompt_goes_when_the_timer_is_stopped_another_way(bar, clock):
    away(bar, clock, 30)
    bar.stop()
    assert not bar.idle_prompt.isVisible()


def test_settings_say_where_idle_time_comes_from_or_that_it_cannot_be_known(qtbot, ctx, monkeypatch):
    from freelance_desk.ui import idle_watch

    monkeypatch.setattr(idle_watch, "_found", [None])  # offscreen: no desktop to ask
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.idle_minutes.value() == 10
    assert "cannot notice time away" in dialog.idle_source.text()
    monkeypatch.setattr(idle_watch, "_found", [FakeIdle()])
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.idle_source.text() == "Read from a test's idle source."
    dialog.idle_minutes.setValue(15)
    dialog.remind_no_timer.setChecked(False)
    assert not dialog.no_timer_minutes.isEnabled()
    dialog.accept()
    assert ctx.ui_settings.get(IDLE_MINUTES) == 15 and ctx.ui_settings.get(REMIND_NO_TIMER) is False


# --- reminders ------------------------------------------------------------------------------

@pytest.fixture
def reminders(qtbot, ctx, database):
    settings_store.set_working_hours(time(9), time(17))
    widget = TimerBar(ctx)  # the window the reminders belong to
    qtbot.addWidget(widget)
    shown = []
    found = Reminders(widget, ctx, tray=None)
    found.shown.connect(lambda title, text: shown.append((title, text)))
    return found, shown


def test_no_timer_for_half_an_hour_of_working_hours_is_said_once(reminders, clock, ctx):
    found, shown = reminders
    clock.now = datetime(2026, 3, 11, 9, 30, tzinfo=UTC)
    found.check()
    found.check()
    assert shown == [("No timer running", "No timer has run for 0:30 h of your working hours. Ctrl+T starts one.")]
    ctx.ui_settings.set(REMIND_NO_TIMER, False)
    clock.now += timedelta(minutes=30)
    found.check()
    assert len(shown) == 1


def test_a_milestone_due_tomorrow_in_the_clients_zone_and_a_click_opens_it(reminders, clock, ctx):
    found, shown = reminders
    ctx.ui_settings.set(REMIND_NO_TIMER, False)
    client = create_client(ClientData("Acme <NY>", timezone="America/New_York"), now=T0)
    contract = create_contract(ContractData(client.id, "Shop", budget_minor=10000),
                               [MilestoneData("Cart & checkout", 10000, date(2026, 3, 12))], now=T0)
    found.check()
    assert shown == [("Due tomorrow", "“Cart & checkout” ($100.00) for Acme <NY> — Shop is due tomorrow, "
                                      f"{short_date(date(2026, 3, 12))}, in the client's time.")]
    went = []
    ctx.navigate = lambda page, **target: went.append((page, target))
    found._clicked()
    assert went == [("contracts", {"contract_id": contract.id, "milestone_id": went[0][1]["milestone_id"]})]
    assert "milestone-due:" in ctx.ui_settings.get(REMINDERS_SHOWN)
    ctx.ui_settings.set(REMIND_MILESTONE_DUE, False)
    ctx.ui_settings.set(REMINDERS_SHOWN, "")
    found.check()
    assert len(shown) == 1
