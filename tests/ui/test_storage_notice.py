"""The window while the database cannot take writes: it says so, every write is refused at the place
the user acted with the reason, nothing is half-saved; a big file's full check runs after the first frame."""

from __future__ import annotations

import sqlite3
import sys

import pytest

from freelance_desk.app import open_user_database
from freelance_desk.db import integrity, storage
from freelance_desk.db.connection import close_database
from freelance_desk.db.models import Client
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.time import entry_rows as tt
from freelance_desk.settings import UiSettings
from freelance_desk.ui.context import AppContext
from freelance_desk.ui.dialogs.client import ClientDialog
from freelance_desk.ui.main_window import MainWindow
from tests.db.test_storage import FULL, big_note, fill_the_disk
from tests.test_faults import unwritable

pytestmark = pytest.mark.file_only  # the file's backups, damage, storage and lock (a server's: test_server_window)


def shown_window(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.start_page("clients")
    win.close_guards.clear()  # a timer a test got running asks nobody when the window closes
    return win


def save_client(ctx, qtbot, name, notes=""):
    dialog = ClientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText(name)
    dialog.notes.setPlainText(notes)
    dialog.accept()
    return dialog


def test_a_full_disk_is_said_in_the_dialog_and_the_window_turns_read_only(ctx, qtbot, database):
    win = shown_window(qtbot, ctx)
    assert win.storage_notice.isHidden() and "read-only" not in win.windowTitle()
    fill_the_disk(database)
    dialog = save_client(ctx, qtbot, "Acme Corp", big_note())
    assert dialog.isVisible()  # stays open, what was typed kept
    assert dialog.field_error("") == FULL
    assert Client.select().count() == 0
    qtbot.waitUntil(lambda: win.storage_notice.isVisible())
    assert "disk is full" in win.storage_notice.label.text()
    assert "read-only" in win.windowTitle()
    assert win.storage_notice.retry.isVisible()


def test_try_again_after_space_was_freed_lets_writes_through(ctx, qtbot, database):
    win = shown_window(qtbot, ctx)
    fill_the_disk(database)
    save_client(ctx, qtbot, "Acme Corp", big_note())
    qtbot.waitUntil(lambda: win.storage_notice.isVisible())
    refused = save_client(ctx, qtbot, "Small")
    assert refused.field_error("") == FULL
    database.connection().execute("PRAGMA max_page_count = 1000000")  # space freed
    win.storage_notice.retry.click()
    qtbot.waitUntil(lambda: win.storage_notice.isHidden())
    assert "read-only" not in win.windowTitle()
    saved = save_client(ctx, qtbot, "Small")
    assert not saved.isVisible() and [c.name for c in Client.select()] == ["Small"]


def test_a_timer_started_on_a_full_disk_is_told_in_the_status_bar(ctx, qtbot, database, contracts):
    hourly, _fixed = contracts
    win = shown_window(qtbot, ctx)
    fill_the_disk(database)
    save_client(ctx, qtbot, "Acme Corp", big_note())  # the disk filled up
    win.timer_bar.start(hourly)  # a small write after it
    assert win.statusBar().currentMessage() == FULL
    assert tt.running_entry() is None
    qtbot.waitUntil(lambda: win.storage_notice.isVisible())


@pytest.fixture
def read_only_file(tmp_path):
    path = tmp_path / "books.sqlite3"
    open_user_database(path)
    create_client(ClientData(name="Acme Corp"))
    close_database()
    with unwritable(path):
        yield path
    close_database()


def test_a_read_only_file_opens_read_only_says_so_and_refuses_writes(read_only_file, qtbot, qapp, clock):
    before = read_only_file.read_bytes()
    open_user_database(read_only_file)
    ctx = AppContext(str(read_only_file), UiSettings(str(read_only_file.parent / "ui.ini")), clock=clock)
    win = shown_window(qtbot, ctx)
    assert win.storage_notice.isVisible() and "read-only" in win.storage_notice.label.text()
    assert "read-only" in win.windowTitle()
    assert [c.name for c in Client.select()] == ["Acme Corp"]  # everything can be read
    dialog = save_client(ctx, qtbot, "Globex")
    assert dialog.isVisible()
    assert "read-only" in dialog.field_error("") and "nothing from this action was saved" in dialog.field_error("")
    close_database()
    assert read_only_file.read_bytes() == before


def test_every_file_is_checked_in_full_after_the_first_frame_and_warned_about(ctx, qtbot, database, monkeypatch, tmp_path):
    create_client(ClientData(name="Acme Corp"))
    con = sqlite3.connect(tmp_path / "test.sqlite3")
    con.execute("CREATE INDEX client_wrong ON client (name)")
    con.execute("PRAGMA writable_schema = ON")
    con.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX client_wrong ON client (id)' WHERE name = 'client_wrong'")
    con.commit()
    con.close()
    from freelance_desk.ui.storage_notice import start_full_check

    win = shown_window(qtbot, ctx)
    win.after_first_frame(lambda: start_full_check(win, tmp_path / "test.sqlite3"))
    qtbot.waitUntil(lambda: win.full_check is not None and win.full_check.result is not None, timeout=10000)
    assert not win.full_check.result.ok
    qtbot.waitUntil(lambda: win.storage_notice.isVisible())
    assert "damaged" in win.storage_notice.label.text()
    dialog = save_client(ctx, qtbot, "Globex")
    assert "damaged" in dialog.field_error("")
    assert Client.select().count() == 1


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file system")
def test_the_log_gets_no_client_name_and_no_home_from_an_unexpected_error(tmp_path, monkeypatch, qapp):
    import logging

    from PySide6.QtWidgets import QMessageBox

    from freelance_desk import logs
    from freelance_desk.app import install_excepthook

    monkeypatch.setenv("HOME", str(tmp_path / "jane"))
    logfile = logs.setup_logging(tmp_path / "jane" / "logs")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.detailedText()) or 0)
    old = sys.excepthook
    install_excepthook(lambda: None)
    name, where = "Acme" + " Corp", tmp_path / "jane" / "books.sqlite3"  # (the source line names neither)
    try:
        try:
            raise KeyError(f"client {name!r} in {where}")
        except KeyError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
        for handler in logging.getLogger().handlers:
            handler.flush()
    text = logfile.read_text()
    assert "KeyError (message not logged)" in text and "test_the_log_gets_no_client_name" in text
    assert "Acme Corp" not in text and str(tmp_path / "jane") not in text
    assert shown and "Acme Corp" in shown[0]  # the user, on their own screen, sees all of it
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, logs.PrivateFileHandler)]:
        root.removeHandler(handler)
        handler.close()


def test_a_storage_error_nobody_caught_goes_to_the_status_bar_not_a_box(ctx, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from freelance_desk.app import install_excepthook
    from freelance_desk.core.errors import DiskFull

    win = shown_window(qtbot, ctx)
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: boxes.append(self.text()) or 0)
    old = sys.excepthook
    install_excepthook(lambda: win)
    try:
        try:
            raise storage.refused(storage.ReadOnly.DISK_FULL)
        except DiskFull:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert boxes == []
    assert win.statusBar().currentMessage() == FULL


def test_under_screenshot_an_unexpected_error_goes_to_stderr_and_the_app_quits(qapp, monkeypatch, capsys):
    from PySide6.QtWidgets import QMessageBox

    from freelance_desk.app import install_excepthook

    boxes, exits = [], []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: boxes.append(self.text()) or 0)
    monkeypatch.setattr(type(qapp), "exit", staticmethod(lambda code=0: exits.append(code)))
    old = sys.excepthook
    install_excepthook(lambda: None, unattended=True)
    try:
        try:
            raise RuntimeError("boom while painting")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert boxes == [] and exits == [1]  # no box nobody could close: the screenshot run ends
    assert "RuntimeError: boom while painting" in capsys.readouterr().err
