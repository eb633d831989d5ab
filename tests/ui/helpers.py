"""Shared pieces for the page tests that are not fixtures: moments, an entry writer, dialogs to answer.

The fixtures (clock, ctx, confirmations, contracts, the Time page) are in conftest.py.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from freelance_desk.services.time import entry_rows
from freelance_desk.services.time import tracking as tt

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)  # a Tuesday: where the app's clock starts in a test
T0 = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)  # a Wednesday: where it starts for the timer and Time page tests


def add(contract_id: int, start: datetime, minutes: int, **kw) -> entry_rows.EntryRow:
    """A finished manual entry written through the service."""
    data = tt.EntryData(contract_id, start, start + timedelta(minutes=minutes), **kw)
    return tt.add_entry(data, now=start + timedelta(days=400))


def answer(monkeypatch, cls, fill, seen: list | None = None) -> list:
    """The next ``cls`` dialogs do not wait for a user: ``fill(dialog)`` types, then Save is pressed.

    The dialog's own validation runs; when it refuses, exec() returns Rejected as
    if the user had cancelled. Each dialog is kept in ``seen`` (a new list unless
    one is given), which is returned so a test can read the dialogs' errors.
    """
    if seen is None:
        seen = []

    def fake_exec(dialog):
        seen.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return seen


def answer_dialog(cls, fill, seen: list | None = None) -> None:
    """When the next modal dialog opens (inside its exec()), check its type, fill it and press Save.

    ``fill(dialog)`` sets the widgets as a user would. If saving is refused the
    dialog is cancelled so the test cannot hang; ``seen`` gets the dialog to inspect.
    """

    def handle():
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # exec() has not started its loop yet
            QTimer.singleShot(10, handle)
            return
        try:
            assert isinstance(dialog, cls), f"expected {cls.__name__}, got {type(dialog).__name__}"
            if seen is not None:
                seen.append(dialog)
            fill(dialog)
            dialog.accept()
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, handle)


def menu_choice(text: str | None, seen: list | None = None) -> list:
    """When the next context menu pops up, note its actions in ``seen`` as (text, enabled) and
    choose the one called ``text`` with its access key, or Enter on it (None: close the menu with Esc)."""
    if seen is None:
        seen = []

    def handle():
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(10, handle)
            return
        seen.extend((a.text(), a.isEnabled()) for a in menu.actions() if not a.isSeparator())
        chosen = next((a for a in menu.actions() if a.text() == text), None)
        if chosen is None:
            QTest.keyClick(menu, Qt.Key.Key_Escape)
            return
        if "&" in chosen.text():
            QTest.keyClick(menu, chosen.text()[chosen.text().index("&") + 1].lower())
        else:  # no access key: move to it, then Enter
            menu.setActiveAction(chosen)
            QTest.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, handle)
    return seen


def active_window(qtbot, ctx, page: str):
    """The main window shown on ``page`` and active, so shortcuts and focus behave as on a desktop."""
    from freelance_desk.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.start_page(page)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win
