"""The window on a PostgreSQL server database: it opens one by URL, shows what another computer writes within
seconds, says so when the other computer's timer beat a start here (nothing lost), backs the server up, and
File ▸ Open database… / Open recent reach files and servers alike. The server's half is skipped, visibly,
without a test server."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from freelance_desk.app import Launcher, parse_args
from freelance_desk.db import backups
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, create_contract
from freelance_desk.services.io import server_backups
from freelance_desk.services.time import tracking
from freelance_desk.services.time.entry_rows import running_entry
from freelance_desk.settings import UiSettings, recent_databases, remember_database
from tests.conftest import SERVER_URL, empty_server_database
from tests.db.test_server_backend import another_app

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


@pytest.fixture
def launcher(qapp, qtbot):
    launcher = Launcher(qapp, parse_args(["--page", "clients"]))
    yield launcher
    if launcher.window is not None:
        launcher.window.close_guards.clear()
        launcher.window.close()
        launcher.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    launcher.cleanup()


def opened(launcher, qtbot, where: str):
    assert launcher.open(where, False)
    qtbot.waitUntil(lambda: launcher.window._after_first_frame_done)
    return launcher.window


def a_contract_elsewhere(title: str) -> int:
    """A client and contract written by another computer's app."""
    with another_app():
        owner = create_client(ClientData(f"{title} client"), now=NOW)
        return create_contract(ContractData(owner.id, title, kind="hourly", rate_minor=5000), now=NOW).id


def test_the_window_opens_a_server_database_and_shows_what_another_computer_writes(launcher, qtbot):
    url = empty_server_database()
    window = opened(launcher, qtbot, url)  # an empty database: set up
    assert window.windowTitle() == f"Freelance Desk — on the server {url}"
    assert window.db_label.text() == url
    assert not window.restore_action.isEnabled() and "pg_restore" in window.restore_action.statusTip()
    assert recent_databases(UiSettings())[0] == url
    bar = window.timer_bar
    assert bar.picker.findData(1) < 0

    site = a_contract_elsewhere("Site <b>rebuild</b>")
    qtbot.waitUntil(lambda: bar.picker.findData(site) >= 0, timeout=5000)  # within a few seconds
    assert window.statusBar().currentMessage() == "Updated with changes made on another computer."
    assert window.server_watch.refreshes == 1
    with another_app():
        tracking.start_timer(site, NOW, "UTC", note="started on the laptop", expected_running=None)
    qtbot.waitUntil(lambda: bar.running is not None, timeout=5000)
    assert bar.running.contract_id == site and bar.note.text() == "started on the laptop"
    assert bar.toggle.text() == "Stop"
    assert window.server_watch.refreshes == 2

    bar.stop()  # this computer's own write: never heard back as a change elsewhere
    assert running_entry() is None
    qtbot.wait(1500)
    assert window.server_watch.refreshes == 2


def test_a_start_that_another_computers_timer_beat_is_refused_in_words_and_loses_nothing(launcher, qtbot):
    url = empty_server_database()
    window = opened(launcher, qtbot, url)
    site, shop = a_contract_elsewhere("Site"), a_contract_elsewhere("Shop")
    bar = window.timer_bar
    qtbot.waitUntil(lambda: bar.picker.findData(shop) >= 0, timeout=5000)
    window.server_watch.timer.stop()  # the other computer's start is not heard before the press here
    with another_app():
        theirs = tracking.start_timer(site, NOW, "UTC", note="laptop", expected_running=None)
    bar.picker.setCurrentIndex(bar.picker.findData(shop))
    assert bar.running is None and bar.toggle.text() == "Start"
    qtbot.mouseClick(bar.toggle, Qt.MouseButton.LeftButton)
    assert running_entry() == theirs  # their timer runs on; nothing was started here
    assert "was started elsewhere" in window.statusBar().currentMessage()
    assert bar.running == theirs and bar.note.text() == "laptop"  # the truth is shown


def test_back_up_now_on_a_server_writes_pg_dumps_archive_and_quitting_after_a_change_another(launcher, qtbot):
    url = empty_server_database()
    window = opened(launcher, qtbot, url)
    folder = server_backups.folder_settings().folder
    window.backup_action.trigger()
    written = server_backups.list_backups(folder)
    assert [info.reason for info in written] == [backups.MANUAL]
    assert str(written[0].path) in window.statusBar().currentMessage()
    window.timer_bar.ctx.notify("clients")  # a change made here since
    window.close_guards.clear()
    window.close()
    assert sorted(info.reason for info in server_backups.list_backups(folder)) == [backups.MANUAL, backups.QUIT]


def test_open_database_checks_each_field_and_builds_the_server_address(launcher, qtbot, tmp_path):
    mine = tmp_path / "mine.sqlite3"
    window = opened(launcher, qtbot, str(mine))
    dialog = window._open_database()
    assert dialog.file_kind.isChecked() and dialog.path.text() == str(mine)
    assert not dialog.host.isEnabled()
    dialog.path.setText(str(tmp_path / "gone.sqlite3"))
    dialog.accept()
    assert dialog.field_error("file") == (f"There is no file at {tmp_path / 'gone.sqlite3'}. "
                                          "File ▸ New database… makes a new one.")
    assert dialog.isVisible()

    dialog.server_kind.setChecked(True)
    assert dialog.host.isEnabled() and not dialog.path.isEnabled()
    dialog.host.setText("db.example")
    dialog.database.setText("")
    dialog.accept()
    assert dialog.field_error("database").startswith("Name the database on the server")
    dialog.database.setText("free lance")
    dialog.accept()
    assert dialog.field_error("database").startswith("This cannot be part of a server address")
    dialog.database.setText("freelance")
    dialog.user.setText("rahul")
    dialog.port.setValue(5433)
    chosen = []
    window.open_database_requested.disconnect()
    window.open_database_requested.connect(lambda where, demo: chosen.append(where))
    dialog.accept()
    assert chosen == ["postgresql://rahul@db.example:5433/freelance"]


def test_the_connection_test_says_what_it_found_and_why_not(launcher, qtbot, tmp_path):
    window = opened(launcher, qtbot, str(tmp_path / "mine.sqlite3"))
    dialog = window._open_database()
    dialog.server_kind.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)  # nothing listens there
    dialog.database.setText("freelance")
    dialog.test_connection()
    qtbot.waitUntil(lambda: not dialog.test_result.text().endswith("…"), timeout=15000)
    assert dialog.test_result.text().startswith(
        "Could not connect to the database server postgresql://")
    if not SERVER_URL:
        pytest.skip("no PostgreSQL server for the rest")
    url = empty_server_database()
    from freelance_desk.db.target import parse_server

    target = parse_server(url)
    dialog.host.setText(target.host or "")
    dialog.port.setValue(target.port)
    dialog.database.setText(target.database)
    dialog.user.setText(target.user or "")
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_result.text().startswith("Connected"), timeout=15000)
    assert dialog.test_result.text().endswith("The database is empty: Freelance Desk sets it up when you open it.")


def test_open_recent_offers_files_and_servers_and_shows_a_missing_file_unoffered(launcher, qtbot, tmp_path):
    here, gone = tmp_path / "here.sqlite3", tmp_path / "gone.sqlite3"
    settings = UiSettings()
    remember_database(settings, str(gone))
    remember_database(settings, "postgresql://rahul@db.example/freelance")
    window = opened(launcher, qtbot, str(here))
    window.recent_menu.aboutToShow.emit()
    actions = [(a.text(), a.isEnabled()) for a in window.recent_menu.actions() if not a.isSeparator()]
    assert actions == [
        (f"&1 {here}", False),  # the open one
        ("&2 postgresql://rahul@db.example/freelance", True),
        (f"&3 {gone} (not found)", False),
        ("&Clear the list", True),
    ]
    chosen = []
    window.open_database_requested.disconnect()
    window.open_database_requested.connect(lambda where, demo: chosen.append(where))
    window.recent_menu.actions()[1].trigger()
    assert chosen == ["postgresql://rahul@db.example/freelance"]
    window.recent_menu.actions()[-1].trigger()
    assert recent_databases(settings) == []


def test_a_server_that_cannot_be_reached_at_start_is_said_after_the_first_frame_and_nothing_stays_open(
        qapp, qtbot, capfd, monkeypatch):
    codes = []
    monkeypatch.setattr(qapp, "exit", codes.append)  # the app would quit with 2 (the tests' own app goes on)
    launcher = Launcher(qapp, parse_args(["--page", "dashboard", "--screenshot", "unused.png"]))
    try:
        assert launcher.open("postgresql://me@127.0.0.1:1/freelance", False)  # the window first, then the server
        window = launcher.window
        assert window is not None and not window.data_ready
        qtbot.waitUntil(lambda: launcher.window is None, timeout=15000)
        said = capfd.readouterr().err
        assert "Could not connect to the database server postgresql://me@127.0.0.1:1/freelance" in said
        assert "Traceback" not in said
        assert codes == [2]
    finally:
        launcher.cleanup()
