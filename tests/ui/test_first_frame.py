"""The first window, opening on the dashboard, is on screen before its file is opened: the timer bar and the
cards fill in just after the first frame. A file that needs an update, or another start page, is opened first
as before; a file that cannot be opened after the first frame is said so and the window goes."""

from __future__ import annotations

import sqlite3
import sys
from datetime import UTC, datetime

import pytest

from freelance_desk.app import CANNOT_OPEN, Launcher, open_user_database, parse_args
from freelance_desk.core.errors import DomainError
from freelance_desk.db.connection import close_database, db
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, create_contract
from freelance_desk.services.time import tracking


@pytest.fixture
def books(tmp_path):
    """A file of this schema with a timer running on "Logo design" (closed again)."""
    path = tmp_path / "books.sqlite3"
    open_user_database(path)
    client = create_client(ClientData(name="Acme Corp"))
    contract = create_contract(ContractData(client.id, "Logo design", kind="hourly", rate_minor=4000))
    tracking.start_timer(contract.id, datetime.now(UTC), "UTC")
    close_database()
    return path


def launcher_for(qapp, *argv):
    return Launcher(qapp, parse_args(list(argv)))


@pytest.fixture
def started(qapp):
    made = []

    def start(*argv):
        launcher = launcher_for(qapp, *argv)
        made.append(launcher)
        return launcher

    yield start
    for launcher in made:
        if launcher.window is not None:
            launcher.window.close_guards.clear()
            launcher.window.close()
            launcher.window.deleteLater()
        if launcher.lock is not None:
            launcher.lock.release()
    close_database()


def test_the_dashboard_is_on_screen_before_the_file_is_opened_and_fills_just_after(books, started, qtbot):
    launcher = started()
    assert launcher.open(str(books), False)
    window = launcher.window
    # The window as shown in its first frame: nothing read yet, the cards waiting.
    assert db.is_closed() and not window.data_ready
    assert window.timer_bar.running is None and window.timer_bar.picker.count() == 0
    dashboard = window.page("dashboard")
    assert not dashboard.is_ready() and dashboard.income_card.value.text() == "…"
    qtbot.waitUntil(lambda: window._after_first_frame_done)
    assert window.data_ready and not db.is_closed()
    assert window.timer_bar.running is not None and window.timer_bar.running.contract_title == "Logo design"
    assert window.timer_bar.picker.currentText().startswith("Logo design")
    assert window.timer_bar.toggle.text() == "Stop"
    qtbot.waitUntil(dashboard.is_ready)
    assert "Logo design" in dashboard.timer_card.value.text() + dashboard.timer_card.detail.text()
    assert window.storage_notice is not None and window.storage_notice.isHidden()


def test_another_start_page_or_a_file_to_update_is_opened_before_the_window(books, started, qtbot):
    launcher = started("--page", "time")
    assert launcher.open(str(books), False)
    assert launcher.window.data_ready and launcher.window.timer_bar.running is not None
    launcher.window.close_guards.clear()
    launcher.window.close()
    launcher.cleanup()

    with sqlite3.connect(books) as con:  # as an older app left it: one schema step behind
        con.execute("PRAGMA user_version = 6")
    con.close()
    launcher = started()
    assert launcher.open(str(books), False)
    # Updated (with its copy beside it) before the window was built, as an update always was.
    assert launcher.window.data_ready and launcher.window.timer_bar.running is not None
    assert (books.parent / "books.sqlite3.v6.bak").exists()


def test_a_file_that_cannot_be_opened_after_the_first_frame_is_said_so_and_the_window_goes(
        books, started, qtbot, monkeypatch):
    import freelance_desk.app as app_module
    from freelance_desk.ui.widgets import notice

    said, exits = [], []

    def refuse(path):
        raise DomainError(CANNOT_OPEN, reason="disk I/O error", path=str(path))

    monkeypatch.setattr(app_module, "connect_user_database", refuse)
    monkeypatch.setattr(notice, "fail", lambda parent, title, text: said.append(text))
    launcher = started()
    monkeypatch.setattr(launcher.app, "exit", lambda code=0: exits.append(code))
    assert launcher.open(str(books), False)
    window = launcher.window
    dashboard = window.page("dashboard")
    qtbot.waitUntil(lambda: window._after_first_frame_done)
    assert said and "cannot open this database (disk I/O error)" in said[0] and str(books) in said[0]
    assert exits == [2] and launcher.window is None and not window.isVisible()
    assert not dashboard.is_ready() and window.timer_bar.running is None  # nothing read from it


def test_a_small_file_damaged_inside_is_found_just_after_the_first_frame_and_a_backup_offered(
        books, started, qtbot, monkeypatch):
    """The header looks right; SQLite's quick check (of a small file, before it is opened) finds the damage."""
    from PySide6.QtWidgets import QMessageBox

    data = books.read_bytes()
    middle = len(data) // 2
    books.write_bytes(data[:middle] + bytes(range(256)) * 16 + data[middle + 4096:])
    before = books.read_bytes()
    seen, exits = [], []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box.text()) or 0)
    launcher = started()
    monkeypatch.setattr(launcher.app, "exit", lambda code=0: exits.append(code))
    assert launcher.open(str(books), False)  # the header is a good one: the window is shown first
    window = launcher.window
    qtbot.waitUntil(lambda: window._after_first_frame_done)
    assert seen and "cannot open this database" in seen[0] and "Nothing in the file was changed" in seen[0]
    assert exits == [2] and launcher.window is None and not window.isVisible()
    assert books.read_bytes() == before and db.is_closed()  # never opened, never written


def test_every_module_bound_lazily_is_run_on_the_gui_thread_just_after_the_first_frame(
        books, started, qtbot, tmp_path, monkeypatch):
    """Python 3.11's lazy loader is not safe for two threads at once: none is left for a worker thread."""
    from types import ModuleType

    from freelance_desk import lazy

    (tmp_path / "lazy_probe.py").write_text("RAN = True\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "lazy_probe", raising=False)
    lazy.lazy_module("lazy_probe")  # bound, used by nobody
    assert type(sys.modules["lazy_probe"]) is not ModuleType  # not run yet
    launcher = started()
    assert launcher.open(str(books), False)
    qtbot.waitUntil(lambda: launcher.window._after_first_frame_done)
    assert lazy._pending == []
    assert type(sys.modules["lazy_probe"]) is ModuleType and sys.modules["lazy_probe"].RAN
    for name in ("freelance_desk.services.time.queries", "freelance_desk.services.time.tracking",
                 "freelance_desk.services.time.idle", "freelance_desk.services.contracts.choices"):
        assert type(sys.modules[name]) is ModuleType, name
