"""The main window: lazy pages, remembered state, navigation, errors shown not fatal."""

import logging
import sys
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from freelance_desk.demo import fill_demo
from freelance_desk.settings import UiSettings
from freelance_desk.ui.context import AppContext
from freelance_desk.ui.main_window import PAGE_NAMES, MainWindow


@pytest.fixture
def window(qtbot, database, tmp_path):
    ctx = AppContext(str(tmp_path / "test.sqlite3"), UiSettings())
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def test_pages_are_built_on_first_visit_only(window):
    window.start_page("clients")
    assert list(window._pages) == ["clients"]
    window.show_page("contracts")
    assert set(window._pages) == {"clients", "contracts"}
    assert window.current_page_name() == "contracts"


def test_every_page_opens(window, qtbot):
    fill_demo()
    window.start_page("dashboard")
    for name in PAGE_NAMES:
        page = window.show_page(name)
        qtbot.waitExposed(page)
        assert window.stack.currentWidget() is page


def test_last_page_and_geometry_are_remembered(qtbot, database, tmp_path):
    ctx = AppContext(str(tmp_path / "test.sqlite3"), UiSettings())
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(905, 580)
    first.start_page("milestones")
    first.close()
    second = MainWindow(AppContext(str(tmp_path / "test.sqlite3"), UiSettings()))
    qtbot.addWidget(second)
    second.show()
    second.start_page()
    assert second.current_page_name() == "milestones"
    # (the offscreen screen is narrow: Qt fits the width to it, the height is ours)
    assert second.height() == 580


def test_go_menu_shortcuts_switch_pages(window, qtbot):
    window.start_page("dashboard")
    go = next(a for a in window.menuBar().actions() if a.text() == "&Go").menu()
    go.actions()[PAGE_NAMES.index("time")].trigger()
    assert window.current_page_name() == "time"
    assert go.actions()[PAGE_NAMES.index("time")].shortcut().toString() == f"Ctrl+{PAGE_NAMES.index('time') + 1}"


def test_the_week_page_has_its_own_key_and_the_others_keep_theirs(window):
    go = next(a for a in window.menuBar().actions() if a.text() == "&Go").menu()
    keys = {name: action.shortcut().toString() for name, action in zip(PAGE_NAMES, go.actions(), strict=True)}
    assert keys["timesheet"] == "Ctrl+Shift+W"
    assert [keys[n] for n in ("dashboard", "time", "payments", "gigs", "invoices")] == [
        "Ctrl+1", "Ctrl+5", "Ctrl+6", "Ctrl+9", "Ctrl+0"]
    go.actions()[PAGE_NAMES.index("timesheet")].trigger()
    assert window.current_page_name() == "timesheet"


def test_unexpected_error_is_logged_and_shown_and_the_app_goes_on(window, qtbot, monkeypatch, caplog):
    from freelance_desk.app import install_excepthook

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.detailedText()) or 0)
    old = sys.excepthook
    install_excepthook(lambda: window)
    try:
        with caplog.at_level(logging.ERROR, logger="freelance_desk"):
            try:
                raise RuntimeError("boom in a slot")
            except RuntimeError:
                sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert shown and "boom in a slot" in shown[0]
    assert "RuntimeError (message not logged)" in caplog.text  # a message may quote the user's data
    assert "RuntimeError: boom in a slot" not in caplog.text
    assert window.isVisible()


@pytest.mark.file_only  # SQLite's busy file; a server's lost race: test_server_window
def test_a_write_refused_because_the_file_is_busy_is_shown_as_its_message_not_as_a_crash(
        window, qtbot, monkeypatch, database):
    import sqlite3

    from freelance_desk.app import install_excepthook
    from freelance_desk.services.clients.clients import ClientData, create_client

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append((self.icon(), self.text(),
                                                                        self.detailedText())) or 0)
    old = sys.excepthook
    install_excepthook(lambda: window)
    database.execute_sql("PRAGMA busy_timeout = 200")
    other = sqlite3.connect(database.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program writing
    try:
        try:
            create_client(ClientData("Harbor Analytics"), now=datetime(2026, 3, 10, tzinfo=UTC))
        except Exception:  # as if raised in a slot no page guards
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
        other.execute("ROLLBACK")
        other.close()
    assert shown == [(QMessageBox.Icon.Warning,
                      "The database is busy in another program; nothing was saved. Try again.", "")]
    assert window.isVisible()


def test_demo_window_says_it_is_demo_data(qtbot, database, tmp_path):
    win = MainWindow(AppContext(str(tmp_path / "d.sqlite3"), UiSettings(), is_demo=True))
    qtbot.addWidget(win)
    assert "demo" in win.windowTitle().lower()
    assert win.findChild(type(win.centralWidget()), "demoBanner") is not None


def test_indonesian_translation_is_loaded_for_lang_id(qapp):
    from PySide6.QtCore import QLocale

    from freelance_desk.app import load_translations
    from freelance_desk.ui.main_window import PAGES, page_title

    before = QLocale()
    load_translations(qapp, "id")
    try:
        assert [page_title(p) for p in PAGES[:3]] == ["Dasbor", "Klien", "Kontrak"]
    finally:
        for translator in qapp._translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
    assert page_title(PAGES[1]) == "Clients"


def test_input_watching_and_the_tray_icon_start_once_the_first_frame_is_shown(qtbot, database, tmp_path, monkeypatch):
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from freelance_desk.ui import close_guard, tray

    monkeypatch.setattr(tray, "tray_available", lambda: True)  # no tray offscreen
    monkeypatch.setattr(tray.QSystemTrayIcon, "show", lambda self: None)
    win = MainWindow(AppContext(str(tmp_path / "test.sqlite3"), UiSettings()))
    qtbot.addWidget(win)
    # Built without the app-wide input filter (every event would pass through Python) and the tray.
    assert not win.timer_bar.activity.watching and win.tray is None
    assert any(isinstance(g, close_guard.CloseGuard) for g in win.close_guards)  # closing is guarded already
    win.show()
    win.start_page("dashboard")
    qtbot.waitUntil(lambda: win.tray is not None, timeout=1000)  # painted: well before the 2 s fallback
    assert win.timer_bar.activity.watching
    assert win.close_guard.tray is win.tray and win.tray.guard is win.close_guard
    win.timer_bar.activity.last = None
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QApplication.sendEvent(win.sidebar, key)
    assert win.timer_bar.activity.last is not None


def test_a_window_never_painted_still_starts_them(qtbot, database, tmp_path, monkeypatch):
    from freelance_desk.ui import main_window

    monkeypatch.setattr(main_window, "AFTER_FIRST_FRAME_LATEST_MS", 50)
    monkeypatch.setattr(MainWindow, "paintEvent", lambda self, event: None)  # as if never exposed
    win = MainWindow(AppContext(str(tmp_path / "test.sqlite3"), UiSettings()))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.timer_bar.activity.watching)


def demo_window(qtbot, tmp_path, width: int, height: int) -> MainWindow:
    """The main window on the demo data at ``width`` × ``height``, on its start page."""
    fill_demo()
    win = MainWindow(AppContext(str(tmp_path / "test.sqlite3"), UiSettings()))
    qtbot.addWidget(win)
    win.resize(width, height)
    win.show()
    win.start_page("dashboard")
    return win


@pytest.fixture
def styled(qapp):
    """The app's style sheet, as a user sees it (its header padding decides whether titles fit)."""
    from freelance_desk.app import load_style

    load_style(qapp)
    yield
    qapp.setStyleSheet("")


@pytest.fixture(params=["en", "id"])
def menus_in(request, qtbot, database, tmp_path):
    """(language, the main window built in it): its menus as a user of that language reads them."""
    if request.param == "id":
        request.getfixturevalue("in_indonesian")
    win = MainWindow(AppContext(str(tmp_path / "test.sqlite3"), UiSettings()))
    qtbot.addWidget(win)
    return request.param, win


def test_menu_titles_have_distinct_access_keys_and_go_reads_as_navigation(menus_in):
    lang, win = menus_in
    titles = [action.text() for action in win.menuBar().actions()]
    keys = [title[title.index("&") + 1].lower() for title in titles]
    assert len(set(keys)) == len(keys), titles
    go = titles[2].replace("&", "")
    assert go == {"en": "Go", "id": "Navigasi"}[lang]  # not "Buka", which reads as "Open"


def test_in_every_menu_each_item_has_an_access_key_of_its_own(menus_in):
    """Alt+F then a letter runs one item: two items on one letter only move the highlight between them."""
    _lang, win = menus_in
    clashes = []
    for menu_action in win.menuBar().actions():
        seen: dict[str, str] = {}
        for action in menu_action.menu().actions():
            text = action.text().replace("&&", "")
            if action.isSeparator() or "&" not in text:
                continue
            key = text[text.index("&") + 1].lower()
            if key in seen:
                clashes.append(f"{menu_action.text()}: {seen[key]!r} and {action.text()!r} on {key!r}")
            seen[key] = action.text()
    assert not clashes


def test_no_column_title_is_cut_in_indonesian(in_indonesian, styled, qtbot, database, tmp_path):
    from PySide6.QtWidgets import QHeaderView

    from freelance_desk.ui.widgets.data_table import DataTable

    win = demo_window(qtbot, tmp_path, 1280, 800)
    cut = []
    for name in PAGE_NAMES:
        page = win.show_page(name)
        qtbot.waitExposed(page)
        for table in page.findChildren(DataTable):
            header = table.horizontalHeader()
            for column in range(header.count()):
                if header.isSectionHidden(column) or header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
                    continue
                if header.sectionSize(column) < header.sectionSizeHint(column):
                    cut.append((name, table.model().headerData(column, Qt.Orientation.Horizontal)))
    assert not cut  # e.g. "Vaktu mereka" for "Waktu mereka", "Mata uar" for "Mata uang"


def test_proposal_figures_show_every_month_bar_and_label_in_indonesian(in_indonesian, styled, qtbot, database, tmp_path):
    win = demo_window(qtbot, tmp_path, 1280, 800)
    page = win.show_page("proposals")
    qtbot.waitExposed(page)
    bars = page.figures.months
    digit = bars.fontMetrics().horizontalAdvance("0")
    assert bars.width() / 12 >= 1.5 * digit  # a year of bars, not a sliver beside the platform table
    # The bars, labels below them included, are inside the visible part of the figures area.
    area = page.figures.parentWidget()
    bottom_left = bars.mapTo(area, bars.rect().bottomLeft())
    assert bottom_left.y() <= area.height()


def test_the_window_never_opens_larger_than_the_screen(qtbot, database, tmp_path, monkeypatch):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1024, 640))
    win = MainWindow(AppContext(str(tmp_path / "test.sqlite3"), UiSettings()))
    qtbot.addWidget(win)
    assert win.width() <= 1024 and win.height() <= 640  # it used to open at 1200×760


def test_on_a_small_screen_start_stays_visible_and_names_keep_their_room(in_indonesian, styled, qtbot, database,
                                                                        tmp_path):
    from freelance_desk.ui.models.clients import Column

    win = demo_window(qtbot, tmp_path, 1024, 640)
    toggle = win.timer_bar.toggle
    right = toggle.mapTo(win, toggle.rect().topRight()).x()
    assert toggle.isVisible() and right < win.width()
    page = win.show_page("clients")
    qtbot.waitExposed(page)
    table = page.table
    digit = table.fontMetrics().horizontalAdvance("0")
    assert table.columnWidth(Column.NAME) >= 18 * digit  # "Harbor Analytics", not "Har…"


def test_ctrl_z_in_an_empty_text_field_undoes_the_last_action_and_typing_first_undoes_the_typing(window, qtbot):
    from PySide6.QtGui import QUndoCommand
    from PySide6.QtTest import QTest

    undone = []

    class Action(QUndoCommand):
        def undo(self):
            undone.append(True)

    window.ctx.undo_stack.push(Action("Import"))
    note = window.timer_bar.note
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    QTest.keyClicks(note, "abc")
    QTest.keyClick(note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert note.text() == "" and undone == []  # the field's own typing goes first
    QTest.keyClick(note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert undone == [True]  # nothing left to undo in the field: Edit ▸ Undo
    assert window.ctx.undo_stack.index() == 0


def test_ctrl_z_in_the_contract_picker_undoes_the_last_action(window, qtbot):
    """After a dialog closes, focus goes back to the bar's contract picker (an editable combo box)."""
    from PySide6.QtGui import QUndoCommand
    from PySide6.QtTest import QTest

    undone = []

    class Action(QUndoCommand):
        def undo(self):
            undone.append(True)

    fill_demo(datetime(2026, 3, 10, 9, 0, tzinfo=UTC))
    window.timer_bar.reload()
    window.ctx.undo_stack.push(Action("Import"))
    picker = window.timer_bar.picker
    assert picker.isEnabled() and picker.isEditable()
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    QTest.keyClick(picker, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert undone == [True]
