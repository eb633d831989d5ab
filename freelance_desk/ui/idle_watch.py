"""Noticing time away while the timer runs, and asking about it when the user is back.

:class:`IdleWatch` asks the system's idle source (``idle_sources.py``) every few seconds while a
timer runs. Once there has been no input for the set minutes (Settings, default 10) it remembers
when the input stopped; when input comes again it sends ``returned(since, back)`` once, and the
timer bar shows :class:`IdlePrompt`: keep the time, drop it (the entry ends when the idleness
began and the timer starts again now), or drop it and stop.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from freelance_desk.lazy import lazy_module
from freelance_desk.settings import IDLE_MINUTES

if TYPE_CHECKING:
    from freelance_desk.ui.idle_sources import IdleSource

idle_time = lazy_module("freelance_desk.services.time.idle")  # read once the database is open
POLL_MS = 5_000
_found: list = []  # the system's source, looked for once per run (it opens a display connection)


def system_idle_source() -> IdleSource | None:
    """The idle source of this desktop session (None: none answers here)."""
    if not _found:
        from PySide6.QtGui import QGuiApplication

        from freelance_desk.ui.idle_sources import find_source  # ctypes: after the first frame

        _found.append(find_source(QGuiApplication.platformName()))
    return _found[0]


class IdleWatch(QObject):
    returned = Signal(object, object)  # since, back: aware datetimes

    def __init__(self, ctx, source: IdleSource | None, timer_runs, parent=None):
        super().__init__(parent)
        self.ctx, self.source, self._timer_runs = ctx, source, timer_runs
        self.since: datetime | None = None  # the input stopped then, and has not come back yet
        self.poller = QTimer(self)
        self.poller.setInterval(POLL_MS)
        self.poller.timeout.connect(self.poll)

    def follow(self, running: bool) -> None:
        """Poll while a timer runs (and a source answers), not otherwise."""
        if running and self.source is not None:
            if not self.poller.isActive():
                self.poller.start()
        else:
            self.poller.stop()
            self.since = None

    def threshold_seconds(self) -> int:
        return max(0, int(self.ctx.ui_settings.get(IDLE_MINUTES))) * 60

    def poll(self) -> None:
        threshold = self.threshold_seconds()
        if self.source is None or not threshold or not self._timer_runs():
            self.since = None
            return
        idle = self.source.idle_seconds()
        if idle is None:
            return
        now = self.ctx.now()
        if idle >= threshold:
            if self.since is None:
                self.since = idle_time.away_since(now, idle)
        elif self.since is not None:
            since, self.since = self.since, None
            self.returned.emit(since, idle_time.away_since(now, idle))


class IdlePrompt(QFrame):
    """A non-blocking question under the timer bar: what to do with the time away."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("timerPrompt")  # the notice colours of app.qss, as the forgotten-timer prompt
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 4, 6, 4)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("&Keep the time"))
        self.drop_button = QPushButton(self.tr("&Drop it, keep going"))
        self.drop_button.setToolTip(self.tr("The entry ends when you went away; the timer starts again now"))
        self.stop_button = QPushButton(self.tr("Drop it and &stop"))
        self.stop_button.setToolTip(self.tr("The entry ends when you went away; no timer runs"))
        lay.addWidget(self.text, 1)
        for button in (self.keep_button, self.drop_button, self.stop_button):
            lay.addWidget(button)
        self.hide()
