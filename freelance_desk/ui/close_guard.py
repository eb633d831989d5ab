"""Closing the window never silently loses a running timer.

The main window asks its close guards before it closes. This one, when a timer runs,
either hides the window to the tray (setting CLOSE_TO_TRAY, where there is a tray icon)
or asks: keep it running and quit, stop and quit, or cancel. A timer kept running goes
on counting in the database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from freelance_desk.services.time import tracking as tt
from freelance_desk.settings import CLOSE_TO_TRAY
from freelance_desk.ui.buttons import name_standard_buttons
from freelance_desk.ui.context import TIME
from freelance_desk.ui.format import duration

if TYPE_CHECKING:
    from freelance_desk.ui.tray import TimerTray

KEEP, STOP, CANCEL = "keep", "stop", "cancel"


def ask_running_timer(parent, entry: tt.EntryRow, seconds: int) -> str:
    """Ask what to do with a running timer on quit: KEEP, STOP or CANCEL (tests replace this)."""
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
    """A main-window close guard (see MainWindow.close_guards) for the running timer."""

    def __init__(self, window, ctx, tray: TimerTray | None):
        self.window = window
        self.ctx = ctx
        self.tray = tray
        self.quitting = False  # Quit chosen in the tray: no hiding, really close

    def __call__(self, event) -> bool:
        running = tt.running_entry()
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
            tt.stop_timer(self.ctx.now())
            self.ctx.notify(TIME)
        return True


def install_close_guard(window, ctx) -> CloseGuard:
    """Guard ``window`` from its first moment (the tray icon, added later, is told to the guard)."""
    guard = CloseGuard(window, ctx, None)
    window.close_guards.append(guard)
    return guard
