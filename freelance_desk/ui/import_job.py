"""The import's slow steps off the GUI thread: reading the file, the dry run, the write.

:class:`ImportJob` runs ``work(progress, cancelled)`` in a ``QThread`` (as ``ui/backups.BackupJob``
does a backup): ``progress(done, total)`` reaches the GUI thread as a signal, ``cancelled()``
answers True once Cancel was pressed, and the service raises ``lines.Cancelled`` then.

The database: Peewee keeps one SQLite connection per thread (``thread_safe``), so a job that
touches the file (``uses_database``) opens its own connection, to the same file with the same
pragmas (busy timeout, foreign keys), and closes it when it ends; the GUI thread's connection is
never used from the worker. The file is in WAL mode, so the window's reads go on while the job
writes; a write of the window meanwhile waits for the job's transaction (the busy timeout), never
the other way round (the job needs nothing from the GUI thread to finish: its signals are queued).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QThread, Signal

from freelance_desk.services.io.lines import Cancelled

log = logging.getLogger(__name__)

STEPS = 1000  # a progress bar's range


class ImportJob(QThread):
    """``work(progress, cancelled)`` in a thread; one of succeeded / failed / was_cancelled when it ends."""

    progressed = Signal(int, int)  # (done, total), already scaled to STEPS
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    was_cancelled = Signal()

    def __init__(self, work: Callable, uses_database: bool = False, parent=None):
        super().__init__(parent)
        self._work = work
        self._uses_database = uses_database
        self._cancelled = False
        self.outcome: str | None = None  # "ok", "failed", "cancelled" once done
        self.result = None

    def cancel(self) -> None:
        self._cancelled = True

    def is_cancelled(self) -> bool:
        return self._cancelled

    def _progress(self, done: int, total: int) -> None:
        self.progressed.emit(STEPS * done // total if total > 0 else 0, STEPS)

    def run(self) -> None:
        try:
            if self._uses_database:
                self._connect()
            self.result = self._work(self._progress, self.is_cancelled)
        except Cancelled:
            self.outcome = "cancelled"
        except Exception as e:  # handed to the GUI thread, which says what went wrong
            from freelance_desk.core.errors import DomainError

            if not isinstance(e, DomainError):
                log.exception("import work failed")
            self.outcome, self.result = "failed", e
        else:
            self.outcome = "ok"
        finally:
            if self._uses_database:
                self._disconnect()
        if self.outcome == "ok":
            self.succeeded.emit(self.result)
        elif self.outcome == "cancelled":
            self.was_cancelled.emit()
        else:
            self.failed.emit(self.result)

    @staticmethod
    def _connect() -> None:
        """This thread's own connection to the open file (Peewee's are per thread)."""
        from freelance_desk.db import storage
        from freelance_desk.db.connection import db

        db.connect(reuse_if_open=True)
        if storage.read_only_reason() is not None:  # the window's connection refuses writes: so does this one
            db.connection().execute("PRAGMA query_only = 1")

    def sync_read_only(self) -> None:
        """On the GUI thread once the job ended: a full disk (or damage) the job met turns the window's own
        connection read-only too (``storage`` applied it to the connection that met it, the job's)."""
        if not self._uses_database:
            return
        from freelance_desk.db import storage
        from freelance_desk.db.connection import db

        if storage.read_only_reason() is not None and not db.is_closed():
            db.connection().execute("PRAGMA query_only = 1")

    @staticmethod
    def _disconnect() -> None:
        from freelance_desk.db.connection import db

        if not db.is_closed():  # closes this thread's connection only
            db.close()
