"""The main window: lazy pages, remembered state, navigation, errors shown not fatal."""

import logging
import sys

import pytest
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
    assert "boom in a slot" in caplog.text
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
