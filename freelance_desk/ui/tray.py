"""The tray icon: whether a timer runs, and Start last / Stop / Show window / Quit.

Where the desktop has a tray, the window's close guard adds the icon once the first frame
is on screen (CloseGuard.add_tray_icon) and owns it. With it, closing the window while a
timer runs can hide the window to the tray instead of asking (setting CLOSE_TO_TRAY; see
close_guard.py); the icon's Quit goes through the guard.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QTimer
from PySide6.QtGui import QAction, QIcon, QPainter, QPen
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from freelance_desk import APP_NAME
from freelance_desk.services.contracts.choices import ContractChoice, recent_contracts
from freelance_desk.settings import CLOSE_TO_TRAY, LAST_CONTRACT
from freelance_desk.ui.format import duration
from freelance_desk.ui.icons import app_icon
from freelance_desk.ui.literal import inert, menu_text
from freelance_desk.ui.theme import TRAY_RING, TRAY_RUNNING

if TYPE_CHECKING:
    from freelance_desk.ui.close_guard import CloseGuard


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


BADGE = 0.2  # the running dot's radius, of the icon's size


def badge_centre(size: int) -> QPointF:
    """Where the running dot sits: the bottom right corner."""
    return QPointF(size * (1 - BADGE) - 1, size * (1 - BADGE) - 1)


def timer_icon(running: bool, size: int = 64) -> QIcon:
    """The app's own icon (the window's, the desktop menu's); while a timer runs, a green dot on its corner."""
    pixmap = app_icon().pixmap(size, size)
    if not running:
        return QIcon(pixmap)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(TRAY_RING, size / 16))
    painter.setBrush(TRAY_RUNNING)
    painter.drawEllipse(badge_centre(size), size * BADGE, size * BADGE)
    painter.end()
    return QIcon(pixmap)


class TimerTray(QObject):
    """The icon and its menu; ``guard`` (the window's CloseGuard, its owner) closes and quits for Quit."""

    def __init__(self, window, ctx, guard: CloseGuard | None = None):
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.bar = window.timer_bar
        self.guard = guard
        self._told = False
        self.icon = QSystemTrayIcon(window)
        menu = QMenu(window)
        self.start_action = self._add(menu, self.tr("Start last contract"), self.start_last)
        self.stop_action = self._add(menu, self.tr("Stop"), lambda: self.bar.stop())
        menu.addSeparator()
        self.to_tray_action = self._add(menu, self.tr("Keep running in the tray when the window closes"),
                                        self._set_close_to_tray)
        self.to_tray_action.setCheckable(True)
        self.to_tray_action.setChecked(bool(ctx.ui_settings.get(CLOSE_TO_TRAY)))
        self._add(menu, self.tr("Show window"), self.show_window)
        self._add(menu, self.tr("Quit"), self.quit)
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(self._activated)
        self.bar.state_changed.connect(self.update)
        self.minute = QTimer(self)
        self.minute.setInterval(60_000)
        self.minute.timeout.connect(self.update)
        self.minute.start()
        self.update()
        self.icon.show()

    def _add(self, menu: QMenu, text: str, slot) -> QAction:
        action = QAction(text, menu)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _last_contract(self) -> ContractChoice | None:
        choices = recent_contracts()
        wanted = self.ctx.ui_settings.get(LAST_CONTRACT)
        return next((c for c in choices if c.id == wanted), choices[0] if choices else None)

    def update(self) -> None:
        running = self.bar.running
        self.icon.setIcon(timer_icon(running is not None))
        if running is not None:
            self.icon.setToolTip(self.tr("{0} — “{1}” running: {2} h").format(
                APP_NAME, inert(running.contract_title), duration(running.seconds(self.ctx.now()))))
        else:
            self.icon.setToolTip(self.tr("{0} — no timer running").format(APP_NAME))
        last = self._last_contract()
        self.start_action.setText(self.tr("Start “{0}”").format(menu_text(last.title)) if last else self.tr("Start last contract"))
        self.start_action.setEnabled(running is None and last is not None)
        self.stop_action.setEnabled(running is not None)

    def start_last(self) -> None:
        last = self._last_contract()
        if last is not None:
            self.bar.start(last.id)

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def said_hidden(self) -> None:
        """Tell once that the window went to the tray and the timer goes on."""
        if not self._told:
            self._told = True
            self.icon.showMessage(APP_NAME, self.tr("The timer keeps running here in the tray."))

    def _set_close_to_tray(self, checked: bool) -> None:
        self.ctx.ui_settings.set(CLOSE_TO_TRAY, bool(checked))

    def _activated(self, reason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()

    def quit(self) -> None:
        if self.guard is not None:
            self.guard.quit()
        elif self.window.close():
            QApplication.quit()
