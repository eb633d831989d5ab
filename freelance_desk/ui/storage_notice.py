"""The window's notice while the database is read-only, and the full check of a big file.

Read-only because the file cannot be written, because the disk filled up (writes refused until
"Try again" after space was freed, or a restart), or because a damaged part was found. Before the
window opened the file got only a quick look (``db/integrity.check_at_open``); it is checked in full
in a background thread after the first frame, on a connection of its own that only reads.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from freelance_desk.db import integrity, storage
from freelance_desk.db.connection import db
from freelance_desk.paths import shown_path

log = logging.getLogger(__name__)


class StorageNotice(QWidget):
    """A banner under the timer bar, shown while the database is read-only; it says why."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("storageNotice")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # its background from the style sheet
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 6, 12, 6)
        self.label = QLabel()
        self.label.setObjectName("storageNoticeText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.label, 1)
        self.retry = QPushButton(self.tr("Try again"))
        self.retry.setToolTip(self.tr("Once you have freed some space on the disk, let Freelance Desk write again"))
        self.retry.clicked.connect(lambda: storage.try_writing_again(db))
        lay.addWidget(self.retry)
        self.show_reason(storage.read_only_reason())
        storage.listeners.append(self._changed)
        self.destroyed.connect(lambda *_: _forget(self._changed))

    def _changed(self, reason) -> None:
        # Told in the middle of the write that failed: shown once it is over.
        QTimer.singleShot(0, self, lambda: self.show_reason(reason))

    def text_for(self, reason) -> str:
        if reason == storage.ReadOnly.FILE:
            return self.tr("This database is open read-only: the file cannot be written. You can look at "
                           "everything; nothing can be changed.")
        if reason == storage.ReadOnly.DISK_FULL and storage.opened_read_only():
            return self.tr("The disk is full, so this database is open read-only: everything saved can be read, "
                           "nothing can be changed. Free some space, then start Freelance Desk again.")
        if reason == storage.ReadOnly.DISK_FULL:
            return self.tr("The disk is full: nothing more can be saved. Everything saved before is safe and "
                           "can be read. Free some space, then press Try again.")
        return self.tr("This database file is damaged, so it is open read-only: nothing more is written to it. "
                       "Restore a backup, or copy out what you need.")

    def show_reason(self, reason) -> None:
        self.setVisible(reason is not None)
        if reason is not None:
            self.label.setText(self.text_for(reason))
        self.retry.setVisible(reason == storage.ReadOnly.DISK_FULL and not storage.opened_read_only())
        self.window_.setWindowTitle(self.window_._title())


def _forget(listener) -> None:
    if listener in storage.listeners:
        storage.listeners.remove(listener)


class FullCheck(QObject):
    """``integrity_check`` of a big file in a background thread; a damaged file turns read-only."""

    finished = Signal(object)  # the Integrity

    def __init__(self, window, path: Path):
        super().__init__(window)
        self.window_ = window
        self.path = path
        self.cancel = threading.Event()
        self.result = None
        self.finished.connect(self._done)
        self.thread = threading.Thread(target=self._run, name="integrity-check", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        result = integrity.check_file(self.path, full=True, cancel=self.cancel, live=True)
        if not self.cancel.is_set():
            self.finished.emit(result)

    def _done(self, result) -> None:
        self.result = result
        if result.ok:
            log.info("full integrity check passed")
            return
        log.error("full integrity check of %s failed: %s", shown_path(self.path), result.detail)
        storage.set_read_only(db, storage.ReadOnly.DAMAGED)

    def stop(self) -> None:
        self.cancel.set()
        self.thread.join(10)


def start_full_check(window, path: Path) -> FullCheck | None:
    """After the first frame: the file, checked at open only quickly, is checked in full, in the background."""
    try:
        if Path(path).stat().st_size == 0:
            return None
    except OSError:
        return None
    window.full_check = FullCheck(window, Path(path))
    return window.full_check
