"""The time entry dialog as a daily user meets it: where a new entry starts, overlaps named in full."""

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialogButtonBox, QLabel

from freelance_desk.db.models import TimeEntry
from freelance_desk.ui.dialogs.time_entry import TimeEntryDialog, to_local
from tests.ui.helpers import T0, add

pytestmark = pytest.mark.clock(T0 + timedelta(hours=1, minutes=12))  # Wednesday 11 March, 10:12 UTC


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def hhmm(instant: datetime) -> tuple[int, int]:
    shown = to_local(instant).time()
    return shown.hour(), shown.minute()


def shown_times(dialog) -> tuple[tuple[int, int], tuple[int, int]]:
    return (dialog.start.time().hour(), dialog.start.time().minute()), (dialog.end.time().hour(), dialog.end.time().minute())


def drive_next_dialog(qtbot, steps, seen: list) -> None:
    """When the next modal dialog opens, run ``steps(dialog)`` (keys and clicks); cancel it if it stays open."""

    def handle():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, handle)
            return
        seen.append(dialog)
        try:
            steps(dialog)
        finally:
            if dialog.isVisible():
                seen.append({name: dialog.field_error(name) for name in ("start", "end", "duration")})
                dialog.reject()

    QTimer.singleShot(0, handle)


def test_ctrl_n_starts_the_second_entry_of_the_day_where_the_first_ended(qtbot, page, contracts, clock):
    hourly, _ = contracts
    first = add(hourly, at(11, 9), 40, note="Standup and triage")  # 9:00–9:40 today
    page.refresh()
    page.table.setFocus()
    seen = []

    def steps(dialog):
        seen.append(shown_times(dialog))
        qtbot.keyClicks(dialog.note, "Report fixes")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    drive_next_dialog(qtbot, steps, seen)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen[1] == (hhmm(first.end), hhmm(clock.now)), "starts at 9:40, ends now (10:12), not an hour ahead"
    assert len(seen) == 2, f"the dialog refused to save: {seen[-1]}"
    new = TimeEntry.get(TimeEntry.note == "Report fixes")
    assert (new.start, new.end) == (first.end, clock.now)


def test_the_overlap_message_names_the_entry_in_full_under_the_field(qtbot, ctx, contracts):
    hourly, _ = contracts
    add(hourly, at(11, 9), 40, note="Standup and triage")
    dialog = TimeEntryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.start.setFocus()
    dialog.start.setTime(QTime(*hhmm(at(11, 9, 20))))  # 9:20–10:12 overlaps 9:00–9:40
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and TimeEntry.select().count() == 1
    text = dialog.field_error("start")
    assert "Dashboard maintenance" in text and "09:00" in text and "09:40" in text
    (label,) = [w for w in dialog.findChildren(QLabel, "fieldError") if w.isVisible()]
    assert label.text() == text
    # Read in full: it wraps across the field column (wider than the time box above it) and has
    # the height its lines need.
    assert label.width() > dialog.start.width()
    assert label.height() >= label.heightForWidth(label.width())
    assert label.geometry().bottom() <= label.parentWidget().height()


def test_another_date_moves_the_suggestion_after_that_days_last_entry(qtbot, ctx, contracts):
    hourly, _ = contracts
    yesterday = add(hourly, at(10, 13), 135)  # 13:00–15:15 yesterday
    dialog = TimeEntryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    today_times = shown_times(dialog)
    dialog.day.setFocus()
    dialog.day.setCurrentSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClick(dialog.day, Qt.Key.Key_Down)  # the day before
    assert dialog.day.date() == to_local(yesterday.start).date()
    assert shown_times(dialog) == (hhmm(yesterday.end), hhmm(yesterday.end + timedelta(hours=1)))
    assert dialog.duration.text() == "1:00"
    # Once the user types a time, the date no longer moves it.
    dialog.start.setFocus()
    dialog.start.setCurrentSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClick(dialog.start, Qt.Key.Key_Up)
    typed = shown_times(dialog)[0]
    qtbot.keyClick(dialog.day, Qt.Key.Key_Up)
    assert shown_times(dialog)[0] == typed != today_times[0]
