"""Backups in the window: Back up now with progress, Restore from backup…, the automatic ones, the settings."""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from freelance_desk.db import backups
from freelance_desk.db.models import Client, TimeEntry
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.settings import store as settings_store
from freelance_desk.settings import UiSettings
from freelance_desk.ui import backups as ui_backups
from freelance_desk.ui.context import CLIENTS, AppContext
from freelance_desk.ui.dialogs.settings import SettingsDialog
from freelance_desk.ui.main_window import MainWindow
from tests.ui.helpers import T0

pytestmark = pytest.mark.file_only  # the file's backups, damage, storage and lock (a server's: test_server_window)

FOLDER_NAME = "backups"


@pytest.fixture
def folder(isolated_home) -> Path:
    return isolated_home / FOLDER_NAME  # the default backup folder


@pytest.fixture
def window(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.start_page("clients")
    win.show()
    return win


def names(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT name FROM client ORDER BY id")]
    finally:
        con.close()


def test_back_up_now_shows_progress_and_says_the_file_written(window, ctx, folder, contracts):
    window.backup_action.trigger()
    run = window.last_backup_run
    assert run is not None and run.steps, "no progress was shown"
    assert run.steps[-1] == ui_backups.STEPS  # the bar reached its end
    written = backups.list_backups(folder)
    assert [i.reason for i in written] == ["manual"]
    assert written[0].summary.clients == 2
    assert str(written[0].path) in window.statusBar().currentMessage()


def test_cancelling_a_backup_leaves_no_file(window, ctx, folder, contracts, monkeypatch, qtbot):
    """Cancel is pressed while the thread copies: it stops at its next step and nothing is written."""
    monkeypatch.setattr(backups, "PAGES_PER_STEP", 1)
    pressed = threading.Event()
    real = ui_backups.BackupJob._progress

    def slow_progress(job, done, total):
        answer = real(job, done, total)
        if done == 1:  # wait (in the thread) until the GUI thread pressed Cancel
            pressed.wait(5)
            return not job._cancelled
        return answer

    monkeypatch.setattr(ui_backups.BackupJob, "_progress", slow_progress)

    def press_cancel(done, total):
        if done > 0 and not pressed.is_set():
            window.last_backup_run.dialog.findChild(QPushButton).click()  # the dialog's Cancel
            pressed.set()

    original = ui_backups.ProgressRun.__init__

    def init(run, *args):
        original(run, *args)
        run.job.progressed.connect(press_cancel)

    monkeypatch.setattr(ui_backups.ProgressRun, "__init__", init)
    window.backup_action.trigger()
    assert pressed.is_set()
    assert not folder.exists() or list(folder.iterdir()) == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_demo_data_is_never_backed_up(qtbot, database, tmp_path, folder):
    ctx = AppContext(str(tmp_path / "test.sqlite3"), UiSettings(str(tmp_path / "ui.ini")), is_demo=True)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert not win.backup_action.isEnabled() and not win.restore_action.isEnabled()
    assert ui_backups.auto_backup(win, ctx) is None
    ctx.notify(CLIENTS)
    assert ui_backups.quit_backup(ctx) is None
    assert not folder.exists()


# --- automatic backups ---------------------------------------------------------------------
def test_at_start_a_backup_is_made_in_the_background_when_the_last_is_a_day_old(window, ctx, clock, folder, qtbot):
    job = ui_backups.auto_backup(window, ctx)
    assert job is not None
    qtbot.waitUntil(lambda: job.isFinished(), timeout=5000)
    assert [i.reason for i in backups.list_backups(folder)] == ["auto"]
    clock.advance(hours=20)
    assert ui_backups.auto_backup(window, ctx) is None  # not due yet
    clock.advance(hours=5)
    job = ui_backups.auto_backup(window, ctx)
    qtbot.waitUntil(lambda: job.isFinished(), timeout=5000)
    assert len(backups.list_backups(folder)) == 2


def test_the_start_backup_runs_after_the_first_frame(window, monkeypatch, qtbot, folder):
    monkeypatch.setattr("freelance_desk.ui.main_window.AUTO_BACKUP_AFTER_MS", 10)
    started = []
    real = ui_backups.auto_backup
    monkeypatch.setattr(ui_backups, "auto_backup", lambda w, c: started.append(w._after_first_frame_done) or real(w, c))
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    assert started == [True]
    qtbot.waitUntil(lambda: bool(backups.list_backups(folder)), timeout=5000)


def test_quitting_after_a_change_backs_up_and_without_one_does_not(qtbot, database, tmp_path, folder, clock):
    ctx = AppContext(str(tmp_path / "test.sqlite3"), UiSettings(str(tmp_path / "ui.ini")), clock=clock)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.close()
    assert not folder.exists()  # nothing changed
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    create_client(ClientData("Harbor Analytics"), now=T0)
    ctx.notify(CLIENTS)
    win.close()
    made = backups.list_backups(folder)
    assert [i.reason for i in made] == ["quit"] and made[0].summary.clients == 1


def test_an_import_is_preceded_by_a_backup(window, ctx, folder, contracts, tmp_path, qtbot):
    path = tmp_path / "hours.csv"
    path.write_text("date,start,end,contract\n2026-03-02,09:00,12:30,Dashboard maintenance\n", encoding="utf-8")
    window.import_action.trigger()
    wizard = window.import_wizard
    wizard.file_page.path_edit.setText(str(path))
    for _page in range(4):  # File, Preview, Mapping, Check: then the import
        wizard.next()
        qtbot.waitUntil(lambda: not wizard.busy(), timeout=10000)
    assert wizard.currentId() == 5  # the summary
    made = backups.list_backups(folder)
    assert [i.reason for i in made] == ["before-import"]
    assert made[0].summary.time_entries == 0  # taken before the import
    assert TimeEntry.select().count() == 1


# --- Restore from backup… ------------------------------------------------------------------
def make_three(ctx, clock, folder):
    """Backups with 1, 2 and 3 clients, a day apart; the middle one damaged."""
    made = []
    for n, name in enumerate(("Harbor Analytics", "Northwind Studio", "PT Sinar")):
        create_client(ClientData(name), now=T0)
        made.append(backups.make_backup(ctx.db_path, folder, now=clock.now - timedelta(days=3 - n)))
    raw = bytearray(made[1].path.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    made[1].path.write_bytes(bytes(raw))
    return made


def open_restore(window, qtbot):
    window.restore_action.trigger()
    dialog = window.restore_dialog
    qtbot.waitUntil(lambda: "checking" not in dialog.states, timeout=10000)
    return dialog


def test_the_restore_dialog_lists_backups_and_a_damaged_one_cannot_be_chosen(window, ctx, clock, folder, qtbot):
    newest_first = list(reversed(make_three(ctx, clock, folder)))
    dialog = open_restore(window, qtbot)
    assert [i.path for i in dialog.backups] == [i.path for i in newest_first]
    table = dialog.table
    assert [table.item(r, 3).text() for r in range(3)] == ["3", "2", "1"]  # clients in each
    assert dialog.states == ["good", "damaged", "good"]
    assert dialog._selected_row() == 0 and dialog.restore_button.isEnabled()  # the newest whole one, offered
    damaged = table.item(1, 0)
    assert not damaged.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "Damaged" in table.item(1, 8).text()
    table.selectRow(1)
    assert not dialog.restore_button.isEnabled()
    table.selectRow(2)
    assert dialog.restore_button.isEnabled()
    dialog.reject()


def test_restoring_reopens_the_window_on_the_restored_file(window, ctx, clock, folder, qtbot, monkeypatch):
    make_three(ctx, clock, folder)
    create_client(ClientData("Added later"), now=T0)
    asked = []
    monkeypatch.setattr("freelance_desk.ui.dialogs.restore.confirm", lambda *a, **k: asked.append(a[2]) or True)
    dialog = open_restore(window, qtbot)
    dialog.table.selectRow(2)  # the oldest: one client
    with qtbot.waitSignal(window.open_database_requested) as reopened:
        dialog.accept()
    assert reopened.args == [ctx.db_path, False]
    assert asked and "backed up first" in asked[0]
    assert names(ctx.db_path) == ["Harbor Analytics"]
    before = [i for i in backups.list_backups(folder) if i.reason == "before-restore"]
    assert len(before) == 1 and before[0].summary.clients == 4  # what there was, kept


def test_answering_no_restores_nothing(window, ctx, clock, folder, qtbot, monkeypatch):
    make_three(ctx, clock, folder)
    monkeypatch.setattr("freelance_desk.ui.dialogs.restore.confirm", lambda *a, **k: False)
    dialog = open_restore(window, qtbot)
    dialog.table.selectRow(0)
    dialog.accept()
    assert dialog.isVisible()
    assert Client.select().count() == 3
    assert len(backups.list_backups(folder)) == 3
    dialog.reject()


# --- the settings ----------------------------------------------------------------------------
def test_the_backup_folder_and_counts_are_set_in_settings(qtbot, ctx, tmp_path, folder):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.backup_folder.text() == str(folder)
    assert (dialog.keep_daily.value(), dialog.keep_weekly.value(), dialog.keep_monthly.value()) == (7, 5, 12)
    chosen = tmp_path / "elsewhere"
    chosen.mkdir()
    from PySide6.QtWidgets import QFileDialog as Dialogs

    original = Dialogs.getExistingDirectory
    try:
        Dialogs.getExistingDirectory = staticmethod(lambda *a, **k: str(chosen))
        dialog.choose_folder.click()
    finally:
        Dialogs.getExistingDirectory = original
    assert dialog.backup_folder.text() == str(chosen)
    dialog.keep_daily.setValue(3)
    dialog.accept()
    assert dialog.result() == 1
    got = settings_store.backup_settings()
    assert got.folder == chosen and got.keep.daily == 3
    assert backups.folder_settings(ctx.db_path).folder == chosen  # the command line reads the same


def test_a_folder_that_cannot_be_written_is_explained_at_the_field(qtbot, ctx, tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.home_currency.setCurrentText("IDR")
    dialog.backup_folder.setText(str(blocker / "backups"))
    dialog.accept()
    assert dialog.result() == 0
    assert "cannot be written" in dialog.field_error("backup_folder")
    assert settings_store.home_currency() == "USD"  # nothing saved
    assert settings_store.backup_settings().folder == backups.default_folder()


def test_after_a_restore_the_app_runs_on_the_restored_file(qtbot, qapp, tmp_path, folder, monkeypatch):
    """The launcher reopens the window on the restored file: the new window shows what the backup held."""
    from argparse import Namespace

    from freelance_desk.app import Launcher
    from freelance_desk.db.connection import close_database

    path = tmp_path / "mine.sqlite3"
    launcher = Launcher(qapp, Namespace(screenshot=None, page="clients"))
    assert launcher.open(str(path), False)
    first = launcher.window
    qtbot.addWidget(first)
    create_client(ClientData("Harbor Analytics"), now=T0)
    backups.make_backup(path, folder)
    create_client(ClientData("Added after the backup"), now=T0)
    monkeypatch.setattr("freelance_desk.ui.dialogs.restore.confirm", lambda *a, **k: True)
    dialog = open_restore(first, qtbot)
    dialog.table.selectRow(0)
    dialog.accept()
    second = launcher.window
    qtbot.addWidget(second)
    assert second is not first and second.ctx.db_path == str(path)
    assert [c.name for c in Client.select()] == ["Harbor Analytics"]  # the reopened database
    page = second.page("clients")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    second.close_guards.clear()
    close_database()
