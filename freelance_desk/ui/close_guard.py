"""Closing the window never silently loses a running timer.

The main window asks its close guards before it closes. This one, when a timer runs,
either hides the window to the tray (setting CLOSE_TO_TRAY, where there is a tray icon)
or asks: keep it running and quit, stop and quit, or cancel. A timer kept running goes
on counting in the database.

The guard owns the tray icon: the main window installs the guard at once and asks it to
add the icon after the first frame (add_tray_icon), so tray.py is imported only then. The
icon is handed its guard and calls quit() on it for its Quit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from freelance_desk.core.errors import DomainError
from freelance_desk.lazy import lazy_module
from freelance_desk.settings import CLOSE_TO_TRAY
from freelance_desk.ui.context import TIME
from freelance_desk.ui.format import duration

entry_rows = lazy_module("freelance_desk.services.time.entry_rows")  # read once the database is open
tt = lazy_module("freelance_desk.services.time.tracking")

if TYPE_CHECKING:
    from freelance_desk.ui.tray import TimerTray

KEEP, STOP, CANCEL = "keep", "stop", "cancel"


def ask_running_timer(parent, entry: entry_rows.EntryRow, seconds: int) -> str:
    """Ask what to do with a running timer on quit: KEEP, STOP or CANCEL (tests replace this)."""
    from PySide6.QtWidgets import (
        QMessageBox,  # (its type and enums are built on first use: not at startup)
    )

    from freelance_desk.ui.buttons import name_standard_buttons

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QApplication.translate("Tray", "A timer is running"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QApplication.translate(
            "Tray",
            "The timer on “{0}” is running ({1} h). If you keep it running, it goes on counting "
            "and is still running when you open Freelance Desk again.",
        ).format(entry.contract_title, duration(seconds))
    )
    keep = box.addButton(QApplication.translate("Tray", "Keep it running and quit"), QMessageBox.ButtonRole.AcceptRole)
    stop = box.addButton(QApplication.translate("Tray", "Stop and quit"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    name_standard_buttons(box)
    box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return KEEP if clicked is keep else STOP if clicked is stop else CANCEL


class CloseGuard:
    """A main-window close guard (see MainWindow.close_guards) for the running timer, and the tray icon's owner."""

    def __init__(self, window, ctx):
        self.window = window
        self.ctx = ctx
        self.tray: TimerTray | None = None  # added by add_tray_icon()
        self.quitting = False  # Quit chosen in the tray: no hiding, really close

    def add_tray_icon(self) -> TimerTray | None:
        """Add the tray icon where the desktop has a tray (the main window asks after its first frame)."""
        from freelance_desk.ui import tray  # not on the startup path

        if self.tray is None and tray.tray_available():
            self.tray = tray.TimerTray(self.window, self.ctx, self)
        return self.tray

    def quit(self) -> None:
        """Quit from the tray: close the window without hiding it to the tray (a running timer is
        still asked about), then quit; nothing happens if the closing is cancelled."""
        self.quitting = True
        if self.window.close():
            QApplication.quit()
        else:
            self.quitting = False

    def __call__(self, event) -> bool:
        running = entry_rows.running_entry()
        if running is None:
            return True
        if self.tray is not None and not self.quitting and self.ctx.ui_settings.get(CLOSE_TO_TRAY):
            self.window.hide()
            self.tray.said_hidden()
            return False
        choice = ask_running_timer(self.window, running, running.seconds(self.ctx.now()))
        if choice == CANCEL:
            return False
        if choice == STOP:
            try:
                tt.stop_timer(self.ctx.now(), expected=running)
            except DomainError as e:  # changed elsewhere meanwhile, or the file busy: stay open, say why
                self.ctx.show_status(self.ctx.error_text(e))
                self.ctx.notify(TIME)
                return False
            self.ctx.notify(TIME)
        return True


def install_close_guard(window, ctx) -> CloseGuard:
    """Guard ``window`` from its first moment (it adds the tray icon later, when asked)."""
    guard = CloseGuard(window, ctx)
    window.close_guards.append(guard)
    return guard
