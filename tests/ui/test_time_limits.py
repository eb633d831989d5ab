"""Weekly limits as the Time page and the timer bar show them: the same minutes everywhere, warnings in time."""

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from freelance_desk.db.models import TimeEntry
from freelance_desk.services.time import tracking as tt
from freelance_desk.ui.dialogs.time_entry import TimeEntryDialog
from freelance_desk.ui.models.time_columns import Column
from freelance_desk.ui.widgets.timer_bar import TimerBar
from tests.ui.helpers import T0, add

pytestmark = pytest.mark.clock(T0)  # Wednesday 11 March 2026, 09:00 UTC


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def week_row_total(page) -> str:
    return page.model.data(page.model.index(0, Column.DURATION))


def bar_text(page, contract_id) -> str:
    return page.limits.bars[contract_id].text()


def test_the_week_total_and_the_limit_bar_show_the_same_minutes_while_the_timer_runs(page, ctx, clock, contracts):
    hourly, _ = contracts  # 10 h a week
    add(hourly, at(9, 8), 11 * 60 + 59)  # Monday: 11:59
    tt.start_timer(hourly, T0 - timedelta(seconds=50), "UTC")
    ctx.notify("time")
    assert week_row_total(page) == "11:59" and bar_text(page, hourly).startswith("11:59 of 10:00")
    clock.advance(seconds=20)  # 12:00:10 tracked; the page has not ticked yet
    page.table.viewport().repaint()
    assert bar_text(page, hourly).startswith(week_row_total(page) + " of ")  # never 12:00 beside 11:59
    page.ticker.timeout.emit()  # the page's tick
    assert week_row_total(page) == "12:00" and bar_text(page, hourly).startswith("12:00 of 10:00")
    assert page.total_label.text() == "Total shown: 12:00 h"


def retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def test_the_entry_dialog_warns_under_the_duration_while_the_week_goes_over_and_still_saves(qtbot, ctx, contracts):
    hourly, _ = contracts  # 10 h a week
    add(hourly, at(9, 8), 9 * 60)  # Monday: 9 h
    add(hourly, at(11, 6), 30)  # today 6:00–6:30: 9:30 this week
    dialog = TimeEntryDialog(ctx, contract_id=hourly)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    warning = dialog.limit_warning
    # The suggested hour (6:30–7:30) already takes the week to 10:30.
    assert warning.isVisible()
    assert "10:30 of 10:00 h" in warning.text() and "0:30 h will not be billable" in warning.text()
    retype(qtbot, dialog.duration, "0:30")  # exactly at the limit
    assert not warning.isVisible()
    retype(qtbot, dialog.duration, "2h")
    assert warning.isVisible() and "11:30 of 10:00 h" in warning.text()
    assert "1:30 h will not be billable" in warning.text()
    # Under the duration field, above the note, and read in full.
    assert dialog.duration.parentWidget().geometry().bottom() < warning.geometry().top()
    assert warning.geometry().bottom() < dialog.note.parentWidget().geometry().top()
    assert warning.height() >= warning.heightForWidth(warning.width())
    # A warning, not an error: Enter saves.
    qtbot.keyClick(dialog.duration, Qt.Key.Key_Return)
    assert dialog.result() and dialog.field_error("duration") == ""
    saved = TimeEntry.get(TimeEntry.start == at(11, 6, 30))
    assert saved.end == at(11, 8, 30)
    # Not billable: nothing goes unbilled, no warning.
    other = TimeEntryDialog(ctx, contract_id=hourly)
    qtbot.addWidget(other)
    other.show()
    qtbot.mouseClick(other.billable, Qt.MouseButton.LeftButton, pos=other.billable.rect().center())
    assert not other.billable.isChecked() and not other.limit_warning.isVisible()


def test_the_timer_bar_warns_when_the_running_timer_crosses_the_weekly_limit(qtbot, ctx, clock, contracts):
    hourly, _ = contracts  # 10 h a week
    add(hourly, at(9, 8), 9 * 60 + 59)  # Monday: 9:59
    bar = TimerBar(ctx)
    qtbot.addWidget(bar)
    bar.show()
    bar.picker.setCurrentIndex(bar.picker.findData(hourly))
    qtbot.mouseClick(bar.toggle, Qt.MouseButton.LeftButton)  # starts now
    assert bar.running is not None and not bar.limit_warning.isVisible()
    clock.advance(seconds=59)
    bar.ticker.timeout.emit()  # the bar's one-second tick
    assert not bar.limit_warning.isVisible()  # 9:59:59 reads 9:59
    clock.advance(seconds=61)
    bar.ticker.timeout.emit()
    assert bar.limit_warning.isVisible()  # 10:01
    text = bar.limit_warning.text()
    assert "Dashboard maintenance" in text and "10:01 of 10:00 h" in text and "0:01 h will not be billable" in text
    qtbot.mouseClick(bar.toggle, Qt.MouseButton.LeftButton)  # stopped: nothing more runs over
    assert not bar.limit_warning.isVisible()
