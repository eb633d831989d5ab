"""A window on a server database hears of what other computers write (``db/server.ChangeListener``) and shows
it within a couple of seconds: every page refreshes (``AppContext.changed_elsewhere``), the timer bar with
them, and the status bar says so. The listener is polled on a timer and never waits for the server."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer

log = logging.getLogger(__name__)

POLL_MS = 1000  # changes elsewhere are on screen within about this long (and the pages' refresh)
SAID_MS = 4000


class ServerWatch(QObject):
    def __init__(self, window, ctx, target):
        super().__init__(window)
        from freelance_desk.db.server import ChangeListener

        self.ctx = ctx
        self.window = window
        self.listener = ChangeListener(target)
        self.refreshes = 0  # how many times a change elsewhere was shown (tests read it)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.listener.poll()  # listening from now on
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.listener.close()

    def poll(self) -> None:
        from freelance_desk.ui.context import AppContext

        if self.ctx not in AppContext.open_contexts:  # its window was replaced or the app is quitting
            self.stop()
            return
        if not self.listener.poll():
            return
        self.refreshes += 1
        log.info("the server database was changed elsewhere: the window refreshes")
        self.ctx.changed_elsewhere()
        self.window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Updated with changes made on another computer."), SAID_MS)
