"""The Time page over more history than it lays out before the first paint (older days come later)."""

from datetime import UTC, date, datetime, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QDateTime, QLocale, Qt, QTime, QTimeZone

from freelance_desk.services.time import queries as tq
from freelance_desk.ui import forms
from freelance_desk.ui.dialogs.time_entry import TimeEntryDialog
from freelance_desk.ui.models.time_columns import Column
from freelance_desk.ui.models.time_entries import FIRST_DAYS, TimeEntriesTableModel
from tests.ui.helpers import T0, add, answer

pytestmark = pytest.mark.clock(T0)  # the clock starts at T0, a Wednesday, not at NOW

DAYS = FIRST_DAYS + 18


@pytest.fixture
def history(contracts):
    """One hour a day for DAYS days before T0, the two contracts in turns; "day N" is N days back."""
    hourly, fixed = contracts
    for n in range(1, DAYS + 1):
        add(hourly if n % 2 else fixed, (T0 - timedelta(days=n)).replace(hour=9), 60, note=f"day {n}")
    return contracts


def notes(model):
    return [e.note for e in map(model.entry_at, range(model.rowCount())) if e is not None]


def select_oldest(page, qtbot):
    qtbot.waitUntil(page.model.fully_laid_out)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert page.current_entry().note == f"day {DAYS}"


def test_editing_an_old_entry_keeps_it_selected(history, page, qtbot, monkeypatch):
    select_oldest(page, qtbot)
    answer(monkeypatch, TimeEntryDialog, lambda dialog: dialog.note.setText("Invoice prep"))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    # The reload lays out the newest weeks only; the edited entry is further down, and stays selected.
    assert page.current_entry().note == "Invoice prep"
    assert page.table.currentIndex().row() == page.model.rowCount() - 1


def test_an_entry_moved_far_back_is_selected_under_its_new_day(history, page, monkeypatch):
    newest = page.current_entry()
    assert newest.note == "day 1"
    far_back = (T0 - timedelta(days=DAYS - 1)).replace(hour=14)

    def fill(dialog):
        dialog.day.setDate(dialog.day.date().addDays(-(DAYS - 2)))
        dialog.start.setTime(dialog.start.time().addSecs(5 * 3600))
        dialog.end.setTime(dialog.end.time().addSecs(5 * 3600))

    answer(monkeypatch, TimeEntryDialog, fill)
    page.edit_entry()
    moved = page.current_entry()
    assert moved.id == newest.id and moved.start == far_back
    day_row = next(r for r in range(page.table.currentIndex().row(), -1, -1) if page.model.group_at(r))
    assert page.model.group_at(day_row).day == far_back.date()


def test_a_link_to_an_old_entry_selects_it(history, page):
    oldest = tq.entries_of_days(tq.EntryFilter(), T0.date() - timedelta(days=DAYS), T0.date())[-1]
    page.show_target(entry_id=oldest.id)
    assert page.current_entry().id == oldest.id


def test_deleting_the_last_row_selects_the_one_above_and_undo_brings_it_back(history, page, qtbot, ctx, monkeypatch):
    monkeypatch.setattr(forms, "confirm", lambda *a, **k: True)
    select_oldest(page, qtbot)
    oldest = page.current_entry()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.current_entry().note == f"day {DAYS - 1}"  # its neighbour, not the last of the newest weeks
    ctx.undo_stack.undo()
    assert page.current_entry().id == oldest.id  # the entry that came back
    ctx.undo_stack.redo()
    assert page.current_entry().note == f"day {DAYS - 1}"
    qtbot.wait(80)  # the older history's delayed layout finds it done
    assert notes(page.model)[-1] == f"day {DAYS - 1}" and len(notes(page.model)) == DAYS - 1


def test_deleting_an_entry_selects_the_next_one_below(history, page, qtbot, monkeypatch):
    monkeypatch.setattr(forms, "confirm", lambda *a, **k: True)
    assert page.current_entry().note == "day 1"
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.current_entry().note == "day 2"  # across the day header


def test_filters_changed_quickly_leave_no_rows_of_an_older_filter(history, page, qtbot):
    hourly, fixed = history
    assert not page.model.fully_laid_out()  # all history: the older days are still to come
    page.billable_filter.setCurrentIndex(page.billable_filter.findData(False))
    assert page.stack.currentWidget() is page.no_match
    page.billable_filter.setCurrentIndex(0)
    page.contract_filter.setCurrentIndex(page.contract_filter.findData(fixed))
    qtbot.wait(80)  # the first filter's delayed layout has come and gone
    assert notes(page.model) == [f"day {n}" for n in range(2, DAYS + 1, 2)]
    page.contract_filter.setCurrentIndex(page.contract_filter.findData(hourly))
    page.contract_filter.setCurrentIndex(0)
    assert not page.model.fully_laid_out()
    qtbot.waitUntil(page.model.fully_laid_out)
    qtbot.wait(80)
    assert notes(page.model) == [f"day {n}" for n in range(1, DAYS + 1)]  # each once, newest first
    assert page.total_label.text() == f"Total shown: {DAYS}:00 h"


def test_the_older_history_is_not_laid_out_into_a_model_that_is_gone(history, ctx, qtbot):
    model = TimeEntriesTableModel(ctx)
    model.set_filter(tq.EntryFilter())
    assert not model.fully_laid_out()
    shiboken6.delete(model)
    qtbot.wait(80)  # no "already deleted" error from the delayed layout


def clock_text(hour: int, minute: int) -> str:
    return QLocale().toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)


def test_an_entry_recorded_in_another_zone_shows_the_clock_of_its_own_day(ctx, contracts):
    if QDateTime.fromSecsSinceEpoch(int(T0.timestamp()), QTimeZone.systemTimeZone()).offsetFromUtc():
        pytest.skip("written for a computer on UTC, as the tests run")
    hourly, _ = contracts
    # 23:00 UTC on 9 March, recorded in Jakarta (UTC+7): 06:00 on the 10th, the day it is laid out under.
    add(hourly, datetime(2026, 3, 9, 23, 0, tzinfo=UTC), 20, note="Jakarta morning", zone="Asia/Jakarta")
    add(hourly, datetime(2026, 3, 10, 9, 0, tzinfo=UTC), 30, note="At home")
    model = TimeEntriesTableModel(ctx)
    model.set_filter(tq.EntryFilter())
    assert model.group_at(1).day == date(2026, 3, 10)
    assert [model.entry_at(r).note for r in (2, 3)] == ["At home", "Jakarta morning"]

    def shown(row, role=Qt.ItemDataRole.DisplayRole):
        return [model.data(model.index(row, c), role) for c in (Column.START, Column.END)]

    assert shown(2) == [clock_text(9, 0), clock_text(9, 30)]
    assert shown(3) == [clock_text(6, 0), clock_text(6, 20)]  # not 23:00–23:20 under the 10th
    tip = shown(3, Qt.ItemDataRole.ToolTipRole)[0]
    assert "Asia/Jakarta" in tip and clock_text(23, 0) in tip  # and the time on this computer's clock
    assert shown(2, Qt.ItemDataRole.ToolTipRole) == [None, None]
