"""The Time page's daily conveniences: money per entry, select many (move, billable, delete, each one
undo step), continue an entry's timer, copy an entry to today."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from freelance_desk.db.models import Milestone, TimeEntry
from freelance_desk.services.billing.invoices import InvoiceData, LineData, create_invoice
from freelance_desk.services.time.entry_rows import entry as read_entry
from freelance_desk.services.time.entry_rows import running_entry
from freelance_desk.ui import forms
from freelance_desk.ui.dialogs.time_entry import MoveEntriesDialog
from freelance_desk.ui.models.time_columns import Column
from tests.ui.helpers import T0, add, answer
from tests.ui.test_time_page import at

pytestmark = pytest.mark.clock(T0)  # Wednesday 11 March 2026, 09:00 UTC (the tests' zone)


@pytest.fixture
def week(contracts):
    hourly, fixed = contracts
    add(hourly, at(9, 9), 150, note="Bug triage")
    add(fixed, at(10, 8), 45, note="Header")
    add(hourly, at(10, 14), 30, note="Review")
    add(hourly, at(10, 16), 60, note="Call", billable=False)
    return contracts


@pytest.fixture
def shown(week, page, qtbot):
    """The page in an active window, its table focused: the row actions' keys work."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    return page


def cell(page, note, column):
    row = page.model.row_of(TimeEntry.get(TimeEntry.note == note).id)
    return page.model.data(page.model.index(row, column))


def select(page, qtbot, first_note, count):
    """Click-free: the row of ``first_note``, then Shift+Down to take ``count`` rows in all."""
    page._select(TimeEntry.get(TimeEntry.note == first_note).id)
    for _ in range(count - 1):
        qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    return [e.note for e in page.selected_entries()]


def test_an_hourly_entry_shows_what_it_earns_and_fixed_price_work_shows_none(shown):
    assert cell(shown, "Review", Column.AMOUNT) == "$17.50"  # 0:30 at $35.00 an hour
    assert cell(shown, "Bug triage", Column.AMOUNT) == "$87.50"
    assert cell(shown, "Header", Column.AMOUNT) == ""
    assert cell(shown, "Call", Column.AMOUNT) == ""  # not billable: it earns nothing
    assert not shown.table.isColumnHidden(Column.AMOUNT)
    shown.contract_filter.setCurrentIndex(shown.contract_filter.findData(
        TimeEntry.get(TimeEntry.note == "Header").contract_id))
    assert shown.table.isColumnHidden(Column.AMOUNT)  # only fixed-price work: no column at all


def test_shift_selects_several_and_one_entry_actions_wait_for_one(shown, qtbot):
    assert select(shown, qtbot, "Call", 3) == ["Call", "Review", "Header"]
    assert not shown.edit_action.isEnabled() and not shown.continue_action.isEnabled()
    assert shown.delete_action.text() == "Delete 3 entries" and shown.move_action.isEnabled()


def test_billable_for_the_selection_is_one_step_undone_whole(shown, qtbot, ctx):
    select(shown, qtbot, "Call", 3)
    assert shown.billable_action.text() == "Mark billable"  # "Call" is not billable yet
    qtbot.keyClick(shown.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert all(TimeEntry.get(TimeEntry.note == n).billable for n in ("Call", "Review", "Header"))
    assert ctx.undo_stack.undoText() == "Mark 3 entries billable"
    ctx.undo_stack.undo()
    assert [TimeEntry.get(TimeEntry.note == n).billable for n in ("Call", "Review", "Header")] == [False, True, True]


def test_deleting_several_says_how_many_and_undo_brings_all_back(shown, qtbot, ctx, monkeypatch):
    asked = []
    monkeypatch.setattr(forms, "confirm", lambda parent, title, text, yes=None: asked.append((title, text)) or True)
    select(shown, qtbot, "Call", 3)
    qtbot.keyClick(shown.table, Qt.Key.Key_Delete)
    assert asked == [("Delete 3 time entries", "Delete 3 entries, 2:15 h in all? Edit ▸ Undo brings them back.")]
    assert [e.note for e in TimeEntry.select()] == ["Bug triage"]
    assert shown.current_entry().note == "Bug triage"
    ctx.undo_stack.undo()
    assert TimeEntry.select().count() == 4
    assert shown.model.data(shown.model.index(0, Column.DURATION)) == "4:45"  # this week's total again


def test_refusing_the_confirmation_deletes_nothing(shown, qtbot, monkeypatch):
    monkeypatch.setattr(forms, "confirm", lambda *a, **k: False)
    select(shown, qtbot, "Call", 2)
    qtbot.keyClick(shown.table, Qt.Key.Key_Delete)
    assert TimeEntry.select().count() == 4


def test_moving_the_selection_to_a_milestone_of_another_contract_and_undo(shown, qtbot, ctx, week, monkeypatch):
    hourly, fixed = week
    home = Milestone.get(Milestone.contract == fixed).id

    def fill(dialog):
        assert dialog.windowTitle() == "Move 2 entries"
        dialog.contract.setCurrentIndex(dialog.contract.findData(fixed))
        dialog.milestone.setCurrentIndex(dialog.milestone.findData(home))

    answer(monkeypatch, MoveEntriesDialog, fill)
    select(shown, qtbot, "Call", 2)
    qtbot.keyClick(shown.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    moved = [read_entry(TimeEntry.get(TimeEntry.note == n).id) for n in ("Call", "Review")]
    assert [(e.contract_id, e.milestone_id) for e in moved] == [(fixed, home), (fixed, home)]
    assert cell(shown, "Review", Column.AMOUNT) == ""  # fixed-price work now
    ctx.undo_stack.undo()
    assert {TimeEntry.get(TimeEntry.note == n).contract_id for n in ("Call", "Review")} == {hourly}


def test_billed_entries_are_left_alone_and_the_status_bar_names_the_invoice(shown, qtbot, ctx, week):
    hourly, _ = week
    review = TimeEntry.get(TimeEntry.note == "Review")
    client = read_entry(review.id).client_id
    invoice = create_invoice(InvoiceData(client, T0.date(), T0.date(), "USD", [
        LineData("Support", Decimal("0.5"), 3500, hourly, "hour", entry_ids=(review.id,))]), T0)
    said = []
    ctx.show_status = said.append
    select(shown, qtbot, "Call", 2)
    qtbot.keyClick(shown.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert said and invoice.number in said[-1]
    assert not TimeEntry.get(TimeEntry.note == "Call").billable and ctx.undo_stack.count() == 0


def test_continue_starts_the_timer_as_the_entry_was(shown, qtbot, ctx, clock):
    select(shown, qtbot, "Call", 1)
    qtbot.keyClick(shown.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    running = running_entry()
    assert running is not None and (running.note, running.billable, running.start) == ("Call", False, T0)
    assert running.contract_id == TimeEntry.get(TimeEntry.note == "Review").contract_id
    assert shown.current_entry().id == running.id  # the new running row is selected


def test_duplicate_copies_an_entry_to_today_and_undo_removes_the_copy(shown, qtbot, ctx):
    select(shown, qtbot, "Bug triage", 1)
    qtbot.keyClick(shown.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copies = list(TimeEntry.select().where(TimeEntry.note == "Bug triage").order_by(TimeEntry.start))
    assert len(copies) == 2 and (copies[1].start, copies[1].end) == (at(11, 6, 30), T0)  # 2:30, ending now
    assert shown.current_entry().id == copies[1].id
    ctx.undo_stack.undo()
    assert TimeEntry.select().where(TimeEntry.note == "Bug triage").count() == 1
