"""The Time page: grouped entries with totals that add up, lazy loading, filters, limits, manual entries."""

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTime

from freelance_desk.db.models import TimeEntry
from freelance_desk.services.time import queries as tq
from freelance_desk.services.time import tracking as tt
from freelance_desk.services.time.entry_rows import EntryRow
from freelance_desk.services.time.entry_rows import entry as read_entry
from freelance_desk.ui import forms
from freelance_desk.ui.dialogs.time_entry import SplitEntryDialog, TimeEntryDialog, to_local
from freelance_desk.ui.format import duration
from freelance_desk.ui.models.time_columns import Column, Group
from freelance_desk.ui.models.time_entries import TimeEntriesTableModel
from tests.ui.helpers import T0, add, answer

pytestmark = pytest.mark.clock(T0)  # the clock starts at T0, a Wednesday, not at NOW


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def two_weeks(contracts):
    """Entries over two weeks on both contracts (the test zone is UTC)."""
    hourly, fixed = contracts
    add(hourly, at(2, 9), 120, note="Query tuning")
    add(fixed, at(2, 13), 90, note="Layout")
    add(hourly, at(4, 9), 60, billable=False, note="Call")
    add(hourly, at(9, 9), 150, note="Bug triage")
    add(fixed, at(10, 8), 45, note="Header")
    add(hourly, at(10, 14), 30, note="Review")
    return contracts


def rows(model):
    return [model.entry_at(r) or model.group_at(r) for r in range(model.rowCount())]


def entry_rows(model):
    return [r for r in rows(model) if isinstance(r, EntryRow)]


def text(model, row, column):
    return model.data(model.index(row, column))


def test_entries_model_passes_the_model_tester(qtmodeltester, ctx, two_weeks):
    tt.start_timer(two_weeks[0], T0, "UTC")
    model = TimeEntriesTableModel(ctx, page_size=3)
    model.set_filter(tq.EntryFilter())
    qtmodeltester.check(model)
    assert len(entry_rows(model)) == 7
    qtmodeltester.check(model)


def test_every_row_is_laid_out_at_once_newest_first(ctx, two_weeks):
    model = TimeEntriesTableModel(ctx, page_size=2)
    model.set_filter(tq.EntryFilter())
    assert model.rowCount() == 2 + 4 + 6  # two weeks, four days, six entries: the scroll bar is true
    shown = entry_rows(model)
    assert [e.start for e in shown] == sorted((e.start for e in shown), reverse=True)
    groups = [(g.kind, g.day) for g in rows(model) if isinstance(g, Group)]
    assert groups == [
        ("week", date(2026, 3, 9)), ("day", date(2026, 3, 10)), ("day", date(2026, 3, 9)),
        ("week", date(2026, 3, 2)), ("day", date(2026, 3, 4)), ("day", date(2026, 3, 2)),
    ]  # each day once, even when its entries came in two reads


def test_entries_are_read_when_their_rows_are_shown_and_memory_stays_bounded(ctx, two_weeks):
    model = TimeEntriesTableModel(ctx, page_size=1)
    model.cache_limit = 2
    model.set_filter(tq.EntryFilter())
    assert model.entries_held() == 0  # nothing read until a row is painted
    last = model.rowCount() - 1
    assert text(model, last, Column.NOTE) == "Query tuning"  # jump to the end: the oldest entry
    assert model.entries_held() == 2  # 2 March only, not the days above it
    for row in range(model.rowCount()):
        model.data(model.index(row, Column.NOTE))
        assert model.entries_held() <= 3  # the limit, plus the day just read
    assert text(model, 2, Column.NOTE) == "Review"  # read again after being let go


def test_the_newest_weeks_come_first_and_older_history_right_after(qtbot, ctx, two_weeks):
    tt.start_timer(two_weeks[0], at(16, 9), "UTC")  # running, in a week of its own
    model = TimeEntriesTableModel(ctx)
    model.first_days = 2  # 16 March (running) and 10 March, then the rest of 10 March's week
    model.set_filter(tq.EntryFilter())
    groups = [(g.kind, g.day) for g in rows(model) if isinstance(g, Group)]
    assert groups == [
        ("week", date(2026, 3, 16)), ("day", date(2026, 3, 16)),
        ("week", date(2026, 3, 9)), ("day", date(2026, 3, 10)), ("day", date(2026, 3, 9)),
    ]
    assert not model.fully_laid_out()
    with qtbot.waitSignal(model.rowsInserted):
        pass
    assert model.fully_laid_out()
    assert [g.day for g in rows(model) if isinstance(g, Group)][-3:] == [date(2026, 3, 2), date(2026, 3, 4), date(2026, 3, 2)]
    assert len(entry_rows(model)) == 7 and model.running_row() == 2
    assert text(model, 3, Column.DURATION) == "3:45"  # week of 9 March: 2:30 + 0:45 + 0:30
    assert text(model, 9, Column.DURATION) == "4:30"  # week of 2 March, laid out later: 2:00 + 1:30 + 1:00


def test_entries_sit_under_their_own_local_day(ctx, contracts):
    hourly, _ = contracts
    # 23:00 UTC on 9 March in Jakarta (UTC+7) is 06:00 on the 10th; the later 23:30 in UTC stays the 9th.
    add(hourly, datetime(2026, 3, 9, 23, 0, tzinfo=UTC), 20, note="Jakarta morning", zone="Asia/Jakarta")
    add(hourly, datetime(2026, 3, 9, 23, 30, tzinfo=UTC), 10, note="Late night")
    model = TimeEntriesTableModel(ctx)
    model.set_filter(tq.EntryFilter())
    laid_out = [(r.day, r.note) if isinstance(r, EntryRow) else (r.kind, r.day) for r in rows(model)]
    assert laid_out == [
        ("week", date(2026, 3, 9)),
        ("day", date(2026, 3, 10)), (date(2026, 3, 10), "Jakarta morning"),
        ("day", date(2026, 3, 9)), (date(2026, 3, 9), "Late night"),
    ]


def test_row_of_finds_an_entry_that_was_not_read_yet(ctx, two_weeks):
    model = TimeEntriesTableModel(ctx, page_size=1)
    model.set_filter(tq.EntryFilter())
    oldest = TimeEntry.select().order_by(TimeEntry.start).first()
    row = model.row_of(oldest.id)
    assert row == model.rowCount() - 1 and model.entry_at(row).id == oldest.id
    hourly, fixed = two_weeks
    model.set_filter(tq.EntryFilter(contract_id=fixed))
    assert model.row_of(oldest.id) is None  # not shown under this filter


def test_page_totals_match_the_entries(two_weeks, page):
    model = page.model
    group_rows = [r for r in range(model.rowCount()) if model.is_group(r)]
    for row in group_rows:
        group = model.group_at(row)
        members = [
            e for e in rows(model)
            if isinstance(e, EntryRow)
            and (e.day == group.day if group.kind == "day" else tq.week_first_day(e.day) == group.day)
        ]
        assert text(model, row, Column.DURATION) == duration(sum(e.seconds() for e in members))
    assert text(model, 0, Column.DURATION) == "3:45"  # week of 9 March: 2:30 + 0:45 + 0:30
    assert page.total_label.text() == "Total shown: 8:15 h"
    assert "Tuesday" in text(model, 1, Column.START) and "10" in text(model, 1, Column.START)


def test_running_timer_counts_live_in_the_day_and_week(two_weeks, page, ctx, clock):
    tt.start_timer(two_weeks[0], T0, "UTC")
    ctx.notify("time")
    clock.advance(minutes=20)
    page.ticker.timeout.emit()
    model = page.model
    row = model.running_row()
    assert text(model, row, Column.END) == "running" and text(model, row, Column.DURATION) == "0:20"
    assert text(model, 0, Column.DURATION) == "4:05"  # week: 3:45 + 0:20
    assert page.total_label.text() == "Total shown: 8:35 h"


def test_this_week_moves_on_at_midnight_while_the_page_is_open(two_weeks, page, clock):
    page.period.setCurrentIndex(page.period.findData("this_week"))
    monday = page.model.filter.date_from
    clock.advance(days=7)
    page.ticker.timeout.emit()
    assert page.model.filter.date_from == monday + timedelta(days=7)


def test_filters_narrow_entries_and_totals(two_weeks, page):
    hourly, fixed = two_weeks
    page.contract_filter.setCurrentIndex(page.contract_filter.findData(fixed))
    entries = [e for e in rows(page.model) if isinstance(e, EntryRow)]
    assert {e.contract_id for e in entries} == {fixed} and len(entries) == 2
    assert page.total_label.text() == "Total shown: 2:15 h"
    page.contract_filter.setCurrentIndex(0)
    page.billable_filter.setCurrentIndex(page.billable_filter.findData(False))
    assert [e.note for e in rows(page.model) if isinstance(e, EntryRow)] == ["Call"]
    assert page.total_label.text() == "Total shown: 1:00 h"
    page.billable_filter.setCurrentIndex(0)
    page.period.setCurrentIndex(page.period.findData("custom"))
    page.date_from.setDate(to_local(at(3, 0)).date())
    page.date_to.setDate(to_local(at(9, 0)).date())
    assert [e.note for e in rows(page.model) if isinstance(e, EntryRow)] == ["Bug triage", "Call"]
    page.client_filter.setCurrentIndex(page.client_filter.findText("Northwind Studio"))
    assert page.stack.currentWidget() is page.no_match
    page.no_match.button.click()
    assert len(entry_rows(page.model)) == 6


def test_empty_state_when_nothing_is_tracked(contracts, page, monkeypatch):
    assert page.stack.currentWidget() is page.empty
    seen = []
    monkeypatch.setattr(TimeEntryDialog, "exec", lambda dialog: seen.append(dialog) or 0)
    page.empty.button.click()
    assert len(seen) == 1 and seen[0].entry is None  # opens the new-entry form


def test_empty_state_without_contracts_leads_to_contracts(page, ctx):
    asked = []
    ctx.navigate_requested.connect(lambda name, target: asked.append(name))
    assert page.stack.currentWidget() is page.empty and "contract" in page.empty.text.text()
    page.empty.button.click()
    assert asked == ["contracts"]


def test_weekly_limit_panel_warns_then_turns_red(page, ctx, clock, contracts):
    hourly, _ = contracts  # 10 h a week
    add(hourly, at(9, 8), 8 * 60 + 30)
    ctx.notify("time")
    assert page.limits.bars[hourly].property("state") == "approaching"
    assert page.limits.isVisible()
    add(hourly, at(10, 1), 2 * 60)
    ctx.notify("time")
    assert page.limits.bars[hourly].property("state") == "exceeded"
    assert "0:30 over" in page.limits.findChildren(type(page.total_label))[-1].text()


# --- manual entries -----------------------------------------------------------------------


def fill_new(contract_id, day, start, end=None, duration_text=None, note="Planning"):
    def fill(dialog):
        dialog.contract.setCurrentIndex(dialog.contract.findData(contract_id))
        dialog.day.setDate(to_local(day).date())
        dialog.start.setTime(QTime(*start))
        if end:
            dialog.end.setTime(QTime(*end))
        if duration_text:
            dialog.duration.setFocus()
            dialog.duration.clear()
            dialog.duration.textEdited.emit("")
            dialog.duration.setText(duration_text)
            dialog.duration.textEdited.emit(duration_text)
        dialog.note.setText(note)

    return fill


def test_ctrl_n_adds_an_entry_with_a_typed_duration(two_weeks, page, qtbot, monkeypatch):
    hourly, _ = two_weeks
    seen = answer(monkeypatch, TimeEntryDialog, fill_new(hourly, at(11, 0), (7, 0), duration_text="1.5h"))
    page.billable_filter.setFocus()  # Ctrl+N works wherever the focus is on the page
    qtbot.keyClick(page.billable_filter, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1 and seen[0].result()
    new = TimeEntry.select().where(TimeEntry.note == "Planning").get()
    assert (new.start, new.end, new.source) == (at(11, 7), at(11, 8, 30), "manual")
    assert page.current_entry().id == new.id  # selected in the table
    assert text(page.model, 0, Column.DURATION) == "5:15"  # the week total follows


def test_adding_an_entry_can_be_undone_and_redone(two_weeks, page, qtbot, ctx, monkeypatch):
    hourly, _ = two_weeks
    answer(monkeypatch, TimeEntryDialog, fill_new(hourly, at(11, 0), (7, 0), duration_text="1.5h"))
    page.new_entry()
    new = TimeEntry.select().where(TimeEntry.note == "Planning").get()
    assert ctx.undo_stack.undoText() == "Add time entry"
    ctx.undo_stack.undo()
    assert TimeEntry.get_or_none(TimeEntry.id == new.id) is None
    assert text(page.model, 0, Column.DURATION) == "3:45"  # the week total without it
    ctx.undo_stack.redo()
    assert read_entry(new.id).start == at(11, 7) and page.current_entry().id == new.id
    assert text(page.model, 0, Column.DURATION) == "5:15"


def test_an_edit_can_be_undone_and_redone(two_weeks, page, qtbot, ctx, monkeypatch):
    entry = page.current_entry()

    def fill(dialog):
        dialog.note.setText("Code review")
        dialog.duration.setText("1:00")
        dialog.duration.textEdited.emit("1:00")  # as typed

    answer(monkeypatch, TimeEntryDialog, fill)
    page.edit_entry()
    assert (read_entry(entry.id).note, read_entry(entry.id).seconds()) == ("Code review", 3600)
    ctx.undo_stack.undo()
    restored = read_entry(entry.id)
    assert (restored.note, restored.start, restored.end) == ("Review", entry.start, entry.end)
    assert page.current_entry().id == entry.id
    ctx.undo_stack.redo()
    assert (read_entry(entry.id).note, read_entry(entry.id).seconds()) == ("Code review", 3600)


def test_end_before_start_and_overlap_are_shown_at_the_field(ctx, qtbot, two_weeks):
    hourly, _ = two_weeks
    dialog = TimeEntryDialog(ctx)
    qtbot.addWidget(dialog)
    fill_new(hourly, at(10, 0), (10, 0), end=(9, 0))(dialog)
    dialog.accept()
    assert "before the start" in dialog.field_error("end") and not dialog.result()
    fill_new(hourly, at(10, 0), (14, 15), end=(15, 0))(dialog)  # 14:00–14:30 is taken
    dialog.accept()
    assert "overlaps" in dialog.field_error("start") and "Dashboard maintenance" in dialog.field_error("start")
    fill_new(hourly, at(10, 0), (14, 30), end=(15, 0))(dialog)  # back to back is fine
    dialog.accept()
    assert dialog.result() and dialog.field_error("start") == ""
    assert TimeEntry.select().count() == 7


def test_bad_duration_is_shown_at_the_duration_field(ctx, qtbot, two_weeks):
    dialog = TimeEntryDialog(ctx)
    qtbot.addWidget(dialog)
    fill_new(two_weeks[0], at(11, 0), (7, 0), duration_text="soon")(dialog)
    dialog.accept()
    assert "not a duration" in dialog.field_error("duration") and not dialog.result()


def test_enter_edits_the_selected_entry(two_weeks, page, qtbot, monkeypatch):
    entry = page.current_entry()
    assert entry.note == "Review"  # the newest is ready for the keyboard

    def fill(dialog):
        assert dialog.note.text() == "Review" and dialog.duration.text() == "0:30"
        dialog.note.setText("Code review")

    answer(monkeypatch, TimeEntryDialog, fill)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    changed = read_entry(entry.id)
    assert changed.note == "Code review" and changed.start == entry.start and changed.end == entry.end


def test_fixing_the_note_of_an_entry_recorded_elsewhere_keeps_its_zone_and_day(ctx, contracts, qtbot):
    hourly, _ = contracts
    # 23:00 UTC on 9 March, recorded in Jakarta: 06:00 on the 10th there. This computer is on UTC.
    entry = add(hourly, datetime(2026, 3, 9, 23, 0, tzinfo=UTC), 20, note="Jakarta morning", zone="Asia/Jakarta")
    dialog = TimeEntryDialog(ctx, entry)
    qtbot.addWidget(dialog)
    dialog.note.setText("Jakarta morning standup")
    dialog.accept()
    changed = read_entry(entry.id)
    assert changed.note == "Jakarta morning standup"
    assert (changed.timezone, changed.day, changed.start) == ("Asia/Jakarta", date(2026, 3, 10), entry.start)


def test_delete_is_confirmed_and_undoable(two_weeks, page, qtbot, ctx, monkeypatch):
    asked = []
    monkeypatch.setattr(forms, "confirm", lambda parent, title, text, yes=None: asked.append(text) or True)
    entry = page.current_entry()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked and "0:30" in asked[0]
    assert TimeEntry.get_or_none(TimeEntry.id == entry.id) is None
    assert text(page.model, 0, Column.DURATION) == "3:15"
    ctx.undo_stack.undo()
    assert read_entry(entry.id).note == "Review"
    assert text(page.model, 0, Column.DURATION) == "3:45"


def test_delete_refused_keeps_the_entry(two_weeks, page, qtbot, monkeypatch):
    monkeypatch.setattr(forms, "confirm", lambda *a, **k: False)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert TimeEntry.select().count() == 6


def test_split_an_entry_and_undo(two_weeks, page, ctx, monkeypatch):
    page._select(TimeEntry.get(TimeEntry.note == "Bug triage").id)  # 9:00–11:30 on the 9th

    def fill(dialog):
        dialog.at.setDateTime(to_local(at(9, 10)))

    answer(monkeypatch, SplitEntryDialog, fill)
    page.split_button.click()
    halves = list(TimeEntry.select().where(TimeEntry.note == "Bug triage").order_by(TimeEntry.start))
    assert [(h.start, h.end) for h in halves] == [(at(9, 9), at(9, 10)), (at(9, 10), at(9, 11, 30))]
    ctx.undo_stack.undo()
    assert TimeEntry.select().where(TimeEntry.note == "Bug triage").count() == 1
    ctx.undo_stack.redo()
    assert TimeEntry.select().where(TimeEntry.note == "Bug triage").count() == 2


def test_arrow_keys_walk_entries_and_skip_day_headers(two_weeks, page, qtbot):
    notes = [page.current_entry().note]
    for _ in range(3):
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
        notes.append(page.current_entry().note)
    assert notes == ["Review", "Header", "Bug triage", "Call"]  # across day and week headers


def test_dialog_duration_is_real_across_the_dst_change(ctx, clock, qtbot, contracts, monkeypatch):
    """Berlin, 29 March 2026: 01:30 to 03:30 on the clock is one hour of work."""
    clock.now = at(31, 12)
    monkeypatch.setenv("TZ", "Europe/Berlin")
    import time

    time.tzset()
    try:
        from PySide6.QtCore import QTimeZone

        if bytes(QTimeZone.systemTimeZoneId().data()) != b"Europe/Berlin":
            pytest.skip("Qt does not follow TZ here")
        ctx.local_zone = lambda: "Europe/Berlin"
        dialog = TimeEntryDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.contract.setCurrentIndex(dialog.contract.findData(contracts[0]))
        dialog.day.setDate(dialog.day.date().fromString("2026-03-29", "yyyy-MM-dd"))
        dialog.start.setTime(QTime(1, 30))
        dialog.end.setTime(QTime(3, 30))
        assert dialog.duration.text() == "1:00"
        dialog.accept()
        assert dialog.result(), dialog.field_error("start") + dialog.field_error("end")
        saved = TimeEntry.get()
        assert saved.end - saved.start == (at(29, 1, 30) - at(29, 0, 30)) and saved.utc_offset_minutes == 60
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_ctrl_n_in_the_main_window_is_the_time_pages_when_it_is_shown(qtbot, ctx, contracts, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from freelance_desk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.start_page("clients")  # another page with its own Ctrl+N, now hidden
    window.show_page("time")
    window.sidebar.setFocus()
    seen = []
    monkeypatch.setattr(TimeEntryDialog, "exec", lambda dialog: seen.append(dialog) or 0)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1
