"""File ▸ Import time entries…: the file picked, imported whole, undone and redone; or refused with the lines named."""

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from freelance_desk.db.models import TimeEntry
from freelance_desk.ui.context import TIME
from freelance_desk.ui.main_window import MainWindow
from tests.ui.helpers import T0, add

pytestmark = pytest.mark.clock(T0)  # the clock starts at T0, a Wednesday, not at NOW

GOOD = (
    "date,start,end,duration,contract,note,billable\n"
    "2026-03-02,09:00,12:30,,Dashboard maintenance,Query tuning,yes\n"
    "2026-03-03,22:00,,2h,Small business website,,no\n"
)


@pytest.fixture
def window(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(type(ctx), "local_zone", staticmethod(lambda: "Asia/Jakarta"))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def pick(monkeypatch, tmp_path):
    """Answer the file dialog with a CSV file holding ``text``."""

    def choose(text: str):
        path = tmp_path / "hours.csv"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))

    return choose


@pytest.fixture
def shown(monkeypatch):
    """Message boxes are captured, not shown: (title, text) of each."""
    seen = []

    def fake_exec(box):
        seen.append((box.windowTitle(), box.text()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return seen


def file_action(window, text):
    file_menu = next(a for a in window.menuBar().actions() if a.text() == "&File").menu()
    return next(a for a in file_menu.actions() if a.text() == text)


def test_import_from_the_file_menu_then_undo_and_redo(window, contracts, pick, shown, qtbot):
    pick(GOOD)
    topics = []
    window.ctx.data_changed.connect(topics.append)
    file_action(window, "&Import time entries…").trigger()
    assert shown == []
    assert TimeEntry.select().where(TimeEntry.source == "import").count() == 2
    assert window.statusBar().currentMessage() == "Time entries imported: 2"
    assert TIME in topics
    ids = sorted(e.id for e in TimeEntry.select())

    topics.clear()
    window.undo_action.trigger()
    assert TimeEntry.select().count() == 0
    assert TIME in topics
    window.redo_action.trigger()
    assert sorted(e.id for e in TimeEntry.select()) == ids


def test_a_bad_file_shows_the_lines_and_changes_nothing(window, contracts, pick, shown):
    hourly, _ = contracts
    kept = add(hourly, T0.replace(day=2, hour=2), 60)  # 09:00–10:00 in Jakarta
    pick(GOOD + "2026-03-04,09:00,10:00,,Nobody's contract,,\n")
    file_action(window, "&Import time entries…").trigger()
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Import time entries"
    assert "Nothing was imported" in text
    assert "Line 2: This overlaps your entry for “Dashboard maintenance”" in text
    assert "Line 4: No contract is called “Nobody's contract”." in text
    assert [e.id for e in TimeEntry.select()] == [kept.id]
    assert not window.ctx.undo_stack.canUndo()


def test_cancelling_the_file_dialog_does_nothing(window, contracts, monkeypatch, shown):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    file_action(window, "&Import time entries…").trigger()
    assert shown == [] and TimeEntry.select().count() == 0


@pytest.mark.parametrize(
    "line, fragment",
    [
        ("9999-12-31,23:30,00:30,,Dashboard maintenance,,", "Line 2: That is more than a year ahead"),
        ('2026-03-02,09:00,10:00,,Dashboard maintenance,"' + "x" * 200_000 + '",', "Line 2: This line is longer than"),
    ],
)
def test_a_hostile_file_is_refused_by_line_and_the_wait_cursor_comes_back(window, contracts, pick, shown, line, fragment):
    pick("date,start,end,duration,contract,note,billable\n" + line + "\n")
    file_action(window, "&Import time entries…").trigger()
    assert len(shown) == 1
    assert "Nothing was imported" in shown[0][1] and fragment in shown[0][1]
    assert QApplication.overrideCursor() is None
    assert TimeEntry.select().count() == 0
