"""File ▸ Import…: the wizard walked as a user walks it, on this app's CSV and on a team export."""

from __future__ import annotations

import json

import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWizard

from freelance_desk.db import backups
from freelance_desk.db.models import Client, Contract, TimeEntry
from freelance_desk.services.io import json_tables, moving_in
from freelance_desk.services.io.lines import csv_records
from freelance_desk.services.io.sources import registry
from freelance_desk.services.io.sources.base import DATE_ORDER, TIME, Format, Parsed, SourceEntry
from freelance_desk.settings import IMPORT_FOLDER, IMPORT_FORMAT
from freelance_desk.ui import format as fmt
from freelance_desk.ui.context import CLIENTS, CONTRACTS, TIME as TIME_TOPIC
from freelance_desk.ui.dialogs import import_wizard as iw
from freelance_desk.ui.main_window import MainWindow
from tests.ui.helpers import T0

pytestmark = pytest.mark.clock(T0)

# Asia/Jakarta is UTC+7 all year. Acme/Website: 3:30 + 1:30; Harbor's line is the kept contract's title and
# client (proposed for it); Reports overlaps it from 10:30 and is moved.
OWN_CSV = (
    "date,start,end,duration,contract,client,note,billable\n"
    "2026-03-02,09:00,12:30,,Website,Acme,Home page,yes\n"
    "2026-03-02,13:00,,1.5h,Website,Acme,,yes\n"
    "2026-03-03,10:00,11:00,,Dashboard maintenance,Harbor Analytics,,no\n"
    "2026-03-03,10:30,11:30,,Reports,,Overlaps the line above,yes\n"
)


@pytest.fixture
def window(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(type(ctx), "local_zone", staticmethod(lambda: "Asia/Jakarta"))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def own_csv(tmp_path):
    path = tmp_path / "exports" / "hours.csv"
    path.parent.mkdir()
    path.write_text(OWN_CSV, encoding="utf-8")
    return path


def backup_reasons(ctx) -> list[str]:
    """The reasons of the backups made of the window's database: a file's copies, or a server's dumps."""
    if ctx.on_server:
        from freelance_desk.services.io import server_backups

        return [i.reason for i in server_backups.list_backups(server_backups.folder_settings().folder)]
    return [i.reason for i in backups.list_backups(backups.folder_settings(ctx.db_path).folder)]


def open_wizard(window, qtbot, path="") -> iw.ImportWizard:
    file_menu = next(a for a in window.menuBar().actions() if a.text() == "&File").menu()
    next(a for a in file_menu.actions() if a.text() == "&Import…").trigger()
    wizard = window.import_wizard
    assert wizard is not None and wizard.isVisible()
    if path:
        wizard.file_page.path_edit.setText(str(path))
    return wizard


def next_button(wizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def go_next(wizard, qtbot) -> None:
    """Next, then wait for the page's work (reading, the dry run, the import) to end."""
    assert next_button(wizard).isEnabled()
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=10000)


def to_preview(window, qtbot, path) -> iw.ImportWizard:
    wizard = open_wizard(window, qtbot, path)
    go_next(wizard, qtbot)
    assert wizard.currentId() == iw.PREVIEW
    return wizard


def table_rows(table) -> list[tuple[str, ...]]:
    return [tuple(table.item(r, c).text() for c in range(table.columnCount()) if not table.isColumnHidden(c))
            for r in range(table.rowCount())]


def mapping_labels(page) -> list[str]:
    return [combo.currentText() for combo in page.combos.values()]


def test_the_preview_shows_what_the_file_holds_per_source_project(window, qtbot, contracts, own_csv):
    wizard = to_preview(window, qtbot, own_csv)
    page = wizard.preview_page
    assert page.findChild(QLabel, "previewFormat").text() == "Freelance Desk CSV"
    assert page.findChild(QLabel, "previewRows").text() == "4"
    dates = page.findChild(QLabel, "previewDates").text()
    assert dates == f"{fmt.short_date(date(2026, 3, 2))} to {fmt.short_date(date(2026, 3, 3))}"
    assert page.findChild(QLabel, "previewHours").text() == "7:00"  # 3:30 + 1:30 + 1:00 + 1:00
    assert table_rows(page.table) == [
        ("Acme", "Website", "2", "5:00"),
        ("Harbor Analytics", "Dashboard maintenance", "1", "1:00"),
        ("No client", "Reports", "1", "1:00"),
    ]
    assert next_button(wizard).isEnabled()


def test_walking_the_wizard_maps_dry_runs_imports_and_undo_removes_it(window, qtbot, ctx, contracts, own_csv):
    hourly, fixed = contracts
    topics = []
    ctx.data_changed.connect(topics.append)
    wizard = to_preview(window, qtbot, own_csv)
    go_next(wizard, qtbot)
    mapping = wizard.mapping_page
    assert wizard.currentId() == iw.MAPPING
    assert not mapping.options.isRowVisible(0)  # one person's file: nobody to choose
    assert mapping.zone_combo.currentText() == "Asia/Jakarta"
    assert mapping_labels(mapping) == [
        "New contract: Acme / Website",
        "Dashboard maintenance — Harbor Analytics",  # the kept contract of the same title and client
        "New contract: No client / Reports",
    ]
    reports = list(mapping.combos.values())[2]
    reports.setCurrentIndex(reports.findData(fixed))  # Reports goes onto a kept contract

    go_next(wizard, qtbot)
    check = wizard.check_page
    assert wizard.currentId() == iw.CHECK and check.dry is not None
    assert check.shown["entries"].text() == "4 (7:00 hours)"
    assert check.shown["moved"].text().startswith("1 (1 overlapping another entry); each keeps its length")
    assert check.shown["clients"].text() == "1: Acme"
    assert check.shown["contracts"].text() == "1: Acme / Website"
    assert TimeEntry.select().count() == 0  # a dry run writes nothing
    assert next_button(wizard).text() == "&Import"

    go_next(wizard, qtbot)
    assert wizard.currentId() == iw.SUMMARY
    assert backup_reasons(ctx) == ["before-import"]
    acme_website = Contract.get(Contract.title == "Website").id
    assert TimeEntry.select().where(TimeEntry.contract == acme_website).count() == 2
    assert TimeEntry.select().where(TimeEntry.contract == hourly).count() == 1
    moved = TimeEntry.get(TimeEntry.contract == fixed)
    assert moved.end - moved.start == timedelta(hours=1)  # moved, its length kept
    assert {TIME_TOPIC, CONTRACTS, CLIENTS} <= set(topics)
    summary = wizard.summary_page
    assert summary.shown["entries"].text() == "4 (7:00 hours)"
    assert summary.undo_button.isEnabled()

    summary.undo_button.click()
    assert TimeEntry.select().count() == 0
    assert not Client.select().where(Client.name == "Acme").exists()
    assert not summary.undo_button.isEnabled() and "undone" in summary.state.text()
    ctx.undo_stack.redo()  # Edit ▸ Redo
    assert TimeEntry.select().count() == 4
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()
    window.undo_action.trigger()  # Edit ▸ Undo after the wizard closed
    assert TimeEntry.select().count() == 0


def test_enter_goes_next_and_the_folder_and_format_are_remembered(window, qtbot, ctx, contracts, own_csv):
    wizard = open_wizard(window, qtbot, own_csv)
    wizard.file_page.format_combo.setCurrentIndex(wizard.file_page.format_combo.findData("csv"))
    wizard.file_page.path_edit.setFocus()
    QTest.keyClick(wizard.file_page.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == iw.PREVIEW and not wizard.busy(), timeout=10000)
    assert ctx.ui_settings.get(IMPORT_FOLDER) == str(own_csv.parent)
    assert ctx.ui_settings.get(IMPORT_FORMAT) == "csv"
    wizard.reject()
    again = open_wizard(window, qtbot)
    assert again.file_page.format_combo.currentData() == "csv"
    assert again.file_page._start_folder() == str(own_csv.parent)


def test_a_broken_file_shows_its_line_and_next_stays_disabled(window, qtbot, contracts, tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text(OWN_CSV.replace("2026-03-03,10:00", "2026-13-03,10:00"), encoding="utf-8")
    wizard = to_preview(window, qtbot, path)
    problems = wizard.preview_page.problems
    assert problems.isVisible() and problems.heading.text() == "Nothing can be imported from this file:"
    lines = problems.lines()
    assert len(lines) == 1 and lines[0].startswith("Line 4: ")
    assert not next_button(wizard).isEnabled()
    assert problems.list.editTriggers() == problems.list.EditTrigger.NoEditTriggers
    wizard.back()
    assert wizard.currentId() == iw.FILE


def test_a_file_with_markup_in_a_cell_shows_it_as_typed(window, qtbot, contracts, tmp_path):
    path = tmp_path / "markup.csv"
    path.write_text("date,start,end,contract,client\n2026-03-02,09:00,10:00,<b>Bold</b>,<i>Co</i>\n",
                    encoding="utf-8")
    wizard = to_preview(window, qtbot, path)
    assert table_rows(wizard.preview_page.table)[0][:2] == ("<i>Co</i>", "<b>Bold</b>")
    go_next(wizard, qtbot)
    assert mapping_labels(wizard.mapping_page) == ["New contract: <i>Co</i> / <b>Bold</b>"]


def test_stop_during_the_import_writes_nothing_and_says_so(window, qtbot, contracts, own_csv, monkeypatch):
    real = moving_in.import_parsed
    gate = threading.Event()

    def held(*args, dry_run=False, **kwargs):
        if not dry_run:
            assert gate.wait(10)  # the user presses Stop while the import is under way
        return real(*args, dry_run=dry_run, **kwargs)

    monkeypatch.setattr(moving_in, "import_parsed", held)
    wizard = to_preview(window, qtbot, own_csv)
    go_next(wizard, qtbot)
    go_next(wizard, qtbot)
    wizard.next()
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.panel.isVisible() and wizard.busy(), timeout=10000)
    page.panel.stop.click()
    gate.set()
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=10000)
    assert page.outcome == "cancelled"
    assert "Nothing was imported; your data is unchanged." in page.message.text()
    assert TimeEntry.select().count() == 0 and not Client.select().where(Client.name == "Acme").exists()
    assert not window.ctx.undo_stack.canUndo()
    assert wizard.currentId() == iw.IMPORT and not next_button(wizard).isEnabled()


def test_closing_the_wizard_while_it_reads_stops_the_thread(window, qtbot, contracts, own_csv, monkeypatch):
    gate = threading.Event()
    real = moving_in.read_source

    def slow(*args, **kwargs):
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(moving_in, "read_source", slow)
    wizard = open_wizard(window, qtbot, own_csv)
    wizard.next()
    assert wizard.busy()
    gate.set()
    wizard.reject()  # Cancel: waits for the thread, never leaves it running
    assert not wizard.busy() and not wizard.isVisible()


def test_dropping_a_file_on_the_window_opens_the_wizard_on_it(window, qtbot, own_csv):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(own_csv))])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: window.import_wizard is not None and window.import_wizard.isVisible(), timeout=5000)
    assert window.import_wizard.file_page.path_edit.text() == str(own_csv)
    assert next_button(window.import_wizard).isEnabled()


# --- a team export (a format of its own, registered for the test) ---------------------------------

TEAM = (
    "user,date,start,hours,project\n"
    "Ana,03/02/2026,09:00,2,Website\n"
    "Budi,03/02/2026,09:00,3,Website\n"
    "Ana,01/03/2026,10:00,1,Backend\n"
)


def read_team(path, options) -> Parsed:
    """A made-up team CSV: whose, a date either way (day first unless told), a start and decimal hours."""
    parsed = Parsed("team")
    order = options.date_order or "dmy"
    parsed.asks.add(DATE_ORDER)
    for line, cells in csv_records(path, parsed.problems, progress=options.progress, cancelled=options.cancelled):
        if line == 1:
            continue
        user, day, start, hours, project = cells
        a, b, year = (int(p) for p in day.split("/"))
        when = date(year, b, a) if order == "dmy" else date(year, a, b)
        clock = datetime.strptime(start, "%H:%M").time()
        parsed.entries.append(SourceEntry(line, f"t{line}", when, datetime.combine(when, clock),
                                          int(float(hours) * 3600), project, "", user=user))
    return parsed


TEAM_FORMAT = Format("team", "Team CSV", TIME, lambda sample: 90 if sample.first_line.startswith("user,") else 0,
                     read_team)


@pytest.fixture
def team_file(tmp_path, monkeypatch):
    real = registry.formats
    monkeypatch.setattr(registry, "formats", lambda: (*real(), TEAM_FORMAT))
    path = tmp_path / "team.csv"
    path.write_text(TEAM, encoding="utf-8")
    return path


def test_a_team_export_asks_whose_rows_are_mine_and_the_date_order_rereads(window, qtbot, contracts, team_file):
    wizard = to_preview(window, qtbot, team_file)
    preview = wizard.preview_page
    people = preview.findChild(QLabel, "previewPeople")
    assert people.text() == "Ana (2), Budi (1)"
    assert preview.findChild(QLabel, "previewHours").text() == "6:00"
    go_next(wizard, qtbot)
    mapping = wizard.mapping_page
    assert mapping.options.isRowVisible(0) and mapping.options.isRowVisible(2)
    assert not next_button(wizard).isEnabled()  # whose rows, and the date order, are still open
    mapping.user_combo.setCurrentIndex(mapping.user_combo.findData("Ana"))
    assert [g.project for g in mapping.groups] == ["Website", "Backend"]  # Ana's projects, her hours first
    assert not next_button(wizard).isEnabled()
    mapping.month_first.setChecked(True)  # 03/02 is March 2nd, 01/03 January 3rd: read again
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=10000)
    assert wizard.date_order == "mdy"
    dates = preview.findChild(QLabel, "previewDates").text()
    assert dates == f"{fmt.short_date(date(2026, 1, 3))} to {fmt.short_date(date(2026, 3, 2))}"
    assert next_button(wizard).isEnabled()
    go_next(wizard, qtbot)
    check = wizard.check_page
    assert check.shown["entries"].text() == "2 (3:00 hours)"  # Ana's 2 h + 1 h
    assert check.shown["others"].text() == "1, left out"
    go_next(wizard, qtbot)
    assert wizard.currentId() == iw.SUMMARY
    days = sorted(e.start.date() for e in TimeEntry.select())
    assert days == [date(2026, 1, 3), date(2026, 3, 2)]


# --- the thread's database connection ------------------------------------------------------------


def test_a_job_writes_on_a_connection_of_its_own_which_is_closed_after_and_the_window_reads_meanwhile(qtbot, database):
    import sqlite3
    import time

    from freelance_desk.db.connection import db, write
    from freelance_desk.services.clients.clients import ClientData, create_client
    from freelance_desk.ui.import_job import ImportJob

    inside, go_on, seen = threading.Event(), threading.Event(), {}

    def work(progress, cancelled):
        seen["connection"] = db.connection()
        with write():
            create_client(ClientData("Written in the thread"), now=T0)
            inside.set()
            assert go_on.wait(10)
        return "done"

    job = ImportJob(work, uses_database=True)
    job.start()
    assert inside.wait(10)
    started = time.perf_counter()
    assert Client.select().count() == 0  # the window reads while the thread holds its write open (WAL)
    assert time.perf_counter() - started < 1
    assert seen["connection"] is not db.connection()
    go_on.set()
    qtbot.waitUntil(job.isFinished, timeout=10000)
    job.wait()
    assert job.outcome == "ok"
    assert Client.select().count() == 1  # committed to the same file
    with pytest.raises((sqlite3.ProgrammingError, psycopg_closed())):  # the thread's connection was closed
        seen["connection"].execute("SELECT 1")


def test_tab_walks_the_file_page_in_reading_order(window, qtbot, own_csv):
    wizard = open_wizard(window, qtbot, own_csv)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: wizard.file_page.path_edit.hasFocus(), timeout=5000)
    order = []
    for _ in range(5):
        order.append(QApplication.focusWidget())
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    page = wizard.file_page
    assert order == [page.path_edit, page.browse, page.folder, page.format_combo, next_button(wizard)]


def psycopg_closed() -> type[Exception]:
    """What a closed server connection raises (sqlite3's error when the suite runs on the file: no psycopg)."""
    import sqlite3

    from freelance_desk.db.connection import backend

    if backend() == "postgresql":
        import psycopg

        return psycopg.OperationalError
    return sqlite3.ProgrammingError


@pytest.mark.file_only  # a full disk is the file's (storage); a server says its own errors
def test_a_full_disk_met_by_the_thread_turns_the_windows_connection_read_only_too(qtbot, database):
    from freelance_desk.core.errors import DiskFull
    from freelance_desk.db import storage
    from freelance_desk.db.connection import db
    from freelance_desk.services.clients.clients import ClientData, create_client
    from freelance_desk.ui.import_job import ImportJob

    job = ImportJob(lambda progress, cancelled: storage.set_read_only(db, storage.ReadOnly.DISK_FULL),
                    uses_database=True)
    job.start()
    qtbot.waitUntil(job.isFinished, timeout=10000)
    job.wait()
    job.sync_read_only()
    try:
        with pytest.raises(DiskFull):
            create_client(ClientData("After the full disk"), now=T0)
        assert Client.select().count() == 0
    finally:
        storage.set_read_only(db, None)


def test_closing_the_window_closes_the_wizard_and_its_work(window, qtbot, contracts, own_csv):
    wizard = open_wizard(window, qtbot, own_csv)
    wizard.next()
    window.close()
    assert not wizard.isVisible() and not wizard.busy()


def test_enter_alone_walks_every_page_to_done_and_the_import_is_kept(window, qtbot, ctx, contracts, own_csv):
    """As on the desktop: each page gives Next (then Done) the focus once its work is done, so Enter never
    lands on Back (it did on the preview) nor on Undo import (it did on the summary, taking it all back)."""
    wizard = open_wizard(window, qtbot, own_csv)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=5000)
    wizard.file_page.path_edit.setFocus()
    for page in (iw.PREVIEW, iw.MAPPING, iw.CHECK, iw.SUMMARY):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda page=page: wizard.currentId() == page and not wizard.busy(), timeout=10000)
        focus = QApplication.focusWidget()
        if page == iw.SUMMARY:
            wizard.activateWindow()  # the backup's progress dialog took the activation (offscreen gives none back)
            qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.button(QWizard.WizardButton.FinishButton))
            assert wizard.focusWidget() is wizard.button(QWizard.WizardButton.FinishButton)
        elif page != iw.MAPPING:
            assert focus is next_button(wizard), page
    imported = TimeEntry.select().count()
    assert imported > 0
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert TimeEntry.select().count() == imported
    assert not wizard.summary_page.undo_button.autoDefault()


OWN_JSON = Path(__file__).parents[1] / "fixtures" / "imports" / "json" / "export.json"


def test_this_apps_json_into_an_empty_database_is_restored_whole_and_undone(window, qtbot, ctx, tmp_path):
    from freelance_desk.db.models import Milestone, Payment, Proposal, ServiceTemplate
    from freelance_desk.services.io import restore_json
    from freelance_desk.services.io.export_json import export_json

    path = tmp_path / "exports" / "everything.json"
    path.parent.mkdir()
    path.write_bytes(OWN_JSON.read_bytes())
    wizard = to_preview(window, qtbot, path)
    page = wizard.preview_page
    assert page.findChild(QLabel, "previewFormat").text() == "Freelance Desk (this app's JSON export)"
    assert [row[:4] for row in table_rows(page.table)] == [
        ("Northwind Studio", "Website", "3", "5:35"), ('Toko "Roti" <img src=x> 🍞 مخبز', "Logo & menu", "2", "3:15")]
    go_next(wizard, qtbot)
    mapping = wizard.mapping_page
    assert mapping.restoring and mapping.scroll.isHidden()
    assert "everything in the file is restored as it was" in mapping.heading.text()
    go_next(wizard, qtbot)
    check = wizard.check_page
    assert check.shown["restored"].text() == "clients: 2, contracts: 2, milestones: 1, proposals: 1, gigs: 1, and the settings"
    assert check.shown["entries"].text() == "5 (8:50 hours)"
    assert restore_json.is_empty()  # the dry run wrote nothing

    go_next(wizard, qtbot)
    assert wizard.currentId() == iw.SUMMARY
    assert backup_reasons(ctx) == ["before-import"]
    assert (Client.select().count(), Milestone.select().count(), TimeEntry.select().count(), Payment.select().count(),
            Proposal.select().count(), ServiceTemplate.select().count()) == (2, 1, 5, 2, 1, 1)
    again = tmp_path / "again.json"
    export_json(again, datetime(2026, 1, 22, 10, 0, tzinfo=UTC))
    # The same data, ids and all, now written as today's schema: the same tables and the later ones (none), empty.
    expected = json.loads(OWN_JSON.read_text(encoding="utf-8")) | {"schema": json_tables.SCHEMA} | {
        t.key: [] for t in json_tables.TABLES if t.since >= 2}
    assert json.loads(again.read_text(encoding="utf-8")) == expected

    wizard.summary_page.undo_button.click()
    assert restore_json.is_empty()
    ctx.undo_stack.redo()
    assert TimeEntry.select().count() == 5
