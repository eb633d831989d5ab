"""The Week page driven by keyboard: type hours into a day, change a day with several entries (told
first), weeks back and on, last week's rows, undo; refusals named at the day."""

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from freelance_desk.db.models import TimeEntry
from freelance_desk.ui import forms
from freelance_desk.ui.models.timesheet import AMOUNT, TOTAL
from freelance_desk.ui.pages.timesheet import TimesheetPage
from tests.ui.helpers import T0, add

pytestmark = pytest.mark.clock(T0)  # Wednesday 11 March 2026, 09:00 UTC; weeks start Monday (UTC)


def at(day, hour, minute=0):
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def page(qtbot, ctx, contracts):
    widget = TimesheetPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def cell(page, row, day_index):
    return page.model.data(page.model.index(row, day_index + 1))


def type_into(page, qtbot, row, day_index, text):
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, day_index + 1))
    qtbot.keyClicks(page.table, text[0])  # typing opens the cell's editor with the first key in it
    editor = QApplication.focusWidget()
    assert editor is not page.table
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)  # the editor closed
    qtbot.wait(20)  # the typed time is taken just after


def test_an_empty_week_invites_to_copy_last_weeks_rows(page, contracts, qtbot):
    hourly, fixed = contracts
    assert page.stack.currentWidget() is page.empty
    add(fixed, at(3, 10), 60)  # last week
    page.copy_last_week()
    assert page.stack.currentWidget() is page.table
    assert [r.contract_id for r in page.model.sheet.rows] == [fixed] and page.model.sheet.total == 0


def test_typing_hours_into_a_day_adds_an_entry_and_undo_takes_it_back(page, contracts, qtbot, ctx):
    hourly, _ = contracts
    add(hourly, at(9, 9), 60)
    page.refresh()
    type_into(page, qtbot, 0, 1, "1:30")  # Tuesday
    assert cell(page, 0, 1) == "1:30"
    new = TimeEntry.select().order_by(TimeEntry.id.desc()).first()
    assert (new.start, new.end) == (at(10, 9), at(10, 10, 30))  # 09:00 on a day with none
    assert page.model.data(page.model.index(0, TOTAL)) == "2:30 of 10:00"  # the weekly limit beside the total
    assert page.model.data(page.model.index(1, 2)) == "1:30"  # Tuesday's total
    ctx.undo_stack.undo()
    assert cell(page, 0, 1) == "" and TimeEntry.select().count() == 1


def test_changing_a_day_with_several_entries_says_what_changes_first(page, contracts, qtbot, monkeypatch):
    hourly, _ = contracts
    add(hourly, at(9, 9), 60)
    add(hourly, at(9, 13), 30)
    page.refresh()
    asked = []
    monkeypatch.setattr(forms, "confirm", lambda parent, title, text, yes=None: asked.append(text) or True)
    type_into(page, qtbot, 0, 0, "0.75")
    assert len(asked) == 1 and "has 2 entries" in asked[0] and "1 entry will be removed (0:30 h)" in asked[0]
    assert cell(page, 0, 0) == "0:45"
    monkeypatch.setattr(forms, "confirm", lambda *a, **k: False)
    type_into(page, qtbot, 0, 0, "0")
    assert cell(page, 0, 0) == "0:45"  # refused: nothing changed


def test_no_room_is_said_at_the_day_and_nothing_is_saved(page, contracts, qtbot):
    hourly, _ = contracts
    add(hourly, at(9, 9), 60)
    page.refresh()
    type_into(page, qtbot, 0, 2, "5")  # Wednesday 09:00 + 5 h runs past now (09:00)
    assert page.message.isVisible() and page.message.text().startswith("Wednesday 11 Mar:")
    assert TimeEntry.select().count() == 1
    type_into(page, qtbot, 0, 0, "soon")
    assert "not a duration" in page.message.text()


def test_weeks_back_and_on_by_keyboard(page, contracts, qtbot):
    hourly, _ = contracts
    add(hourly, at(3, 10), 120)
    first = page.first
    qtbot.keyClick(page.table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.first == first - timedelta(days=7) and page.model.sheet.total == 2 * 3600
    assert page.week_label.text().startswith("2 Mar")
    qtbot.keyClick(page.table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.first == first + timedelta(days=7)
    qtbot.keyClick(page.table, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert page.first == first == date(2026, 3, 9)


def test_a_row_added_for_a_contract_takes_hours(page, contracts, qtbot):
    _, fixed = contracts
    page.add_row.setCurrentIndex(page.add_row.findData(fixed))
    page.add_row.activated.emit(page.add_row.currentIndex())
    assert [r.contract_id for r in page.model.sheet.rows] == [fixed]
    type_into(page, qtbot, 0, 0, "2h")
    assert cell(page, 0, 0) == "2:00"


def test_an_hourly_row_shows_what_the_week_earns_up_to_its_limit(page, contracts, qtbot):
    hourly, fixed = contracts
    add(hourly, at(9, 9), 120)
    add(hourly, at(10, 9), 60, billable=False)
    add(fixed, at(10, 13), 60)
    page.refresh()
    rows = {r.contract_id: i for i, r in enumerate(page.model.sheet.rows)}
    assert page.model.data(page.model.index(rows[hourly], AMOUNT)) == "$70.00"  # 2 h billable at $35.00
    assert page.model.data(page.model.index(rows[fixed], AMOUNT)) == ""
    assert not page.table.isColumnHidden(AMOUNT)
    for day in range(10, 14):
        add(hourly, at(day, 14), 180)  # 12 h more: 14 h billable, the limit is 10 h
    page.refresh()
    assert page.model.data(page.model.index(rows[hourly], AMOUNT)) == "$350.00"
    assert page.model.data(page.model.index(rows[hourly], TOTAL)) == "15:00 of 10:00"
