"""Backups in the window: work off the GUI thread, with a progress dialog and Cancel when the user waits.

:class:`BackupJob` runs one piece of ``db/backups.py`` work (a backup, a restore's preparation, the
checks of the Restore dialog) in a ``QThread``; the work is handed a ``progress(done, total)`` that
reports to the GUI thread and answers False once Cancel was pressed. :func:`run_with_progress` shows
it in a modal progress dialog and returns when it is done (File ▸ Back up now, before an import, a
restore). The automatic backups: at start when the last is older than a day (:func:`auto_backup`,
in the background, no dialog), and on quit after a change (:func:`quit_backup`, on the GUI thread
while the window is already hidden: about a second for a 100 MB file). Demo data is never backed up.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from freelance_desk.core.errors import DomainError
from freelance_desk.db import backups

log = logging.getLogger(__name__)

STEPS = 1000  # the progress bar's range


class BackupJob(QThread):
    """``work(progress)`` in a thread; one of succeeded / failed / cancelled is sent when it ends."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self, work: Callable, parent=None):
        super().__init__(parent)
        self._work = work
        self._cancelled = False
        self.outcome: str | None = None  # "ok", "failed", "cancelled" once done
        self.result = None

    def cancel(self) -> None:
        self._cancelled = True

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancelled

    def run(self) -> None:
        try:
            self.result = self._work(self._progress)
        except backups.Cancelled:
            self.outcome = "cancelled"
            self.cancelled.emit()
        except Exception as e:  # handed to the GUI thread, which says what went wrong
            log.exception("backup work failed")
            self.outcome, self.result = "failed", e
            self.failed.emit(e)
        else:
            self.outcome = "ok"
            self.succeeded.emit(self.result)


class ProgressRun:
    """One job shown in a modal progress dialog (kept by the window as ``last_backup_run`` for a look).

    A subclass runs another kind of job (``make_job``), titles the dialog (``title``) and does what
    the job needs once it ended (``ended``): File ▸ Export's :class:`.exports.ExportRun`."""

    object_name = "backupProgress"

    def __init__(self, parent: QWidget, label: str, work: Callable):
        self.steps: list[int] = []  # the values the bar showed
        self.dialog = QProgressDialog(label, QCoreApplication.translate("Backups", "Cancel"), 0, STEPS, parent)
        self.dialog.setObjectName(self.object_name)
        self.dialog.setWindowTitle(self.title())
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(0)
        self.job = self.make_job(work)
        self.job.progressed.connect(self._show)
        self.dialog.canceled.connect(self.job.cancel)
        self._loop = QEventLoop()
        self.job.finished.connect(self._loop.quit)

    def title(self) -> str:
        return QCoreApplication.translate("Backups", "Backup")

    def make_job(self, work: Callable):
        return BackupJob(work)

    def ended(self) -> None:
        """After the job's thread ended, before the dialog goes."""

    def _show(self, done: int, total: int) -> None:
        value = STEPS * done // total if total else 0
        self.steps.append(value)
        self.dialog.setValue(value)

    def run(self):
        """Start and wait (the event loop running): (outcome, result or exception)."""
        self.dialog.setValue(0)
        self.dialog.show()
        self.job.start()
        if not self.job.isFinished():
            self._loop.exec()
        self.job.wait()
        self.ended()
        self.dialog.hide()
        self.dialog.deleteLater()
        return self.job.outcome, self.job.result


def run_with_progress(parent: QWidget, label: str, work: Callable) -> tuple[str, object]:
    run = ProgressRun(parent, label, work)
    if hasattr(parent, "last_backup_run"):
        parent.last_backup_run = run
    return run.run()


def failure_text(ctx, error: Exception) -> str:
    if isinstance(error, DomainError):
        return ctx.error_text(error)
    return str(error)


def why_not_written(ctx, error: Exception) -> str:
    """Why a file the user chose was not written: the system's own words for an ``OSError`` ("No space
    left on device"), else as :func:`failure_text` says it."""
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return failure_text(ctx, error)


def backup_work(ctx, reason: str) -> Callable:
    """``work(progress)``: the open database backed up into its backup folder and the folder rotated; the file
    written. A file's copy (``db/backups.py``), or a server's pg_dump or JSON export (``services/io/server_backups``:
    run in a thread, its connection to the server closed when it ends)."""
    now = ctx.now()
    if not ctx.on_server:
        path = ctx.db_path
        return lambda progress: backups.back_up_and_prune(path, reason, progress, now=now).path
    from freelance_desk.services.io import server_backups

    def work(progress):
        try:
            return server_backups.back_up_and_prune(reason, now, progress)
        finally:
            if threading.current_thread() is not threading.main_thread():
                from freelance_desk.db.connection import db

                db.close()  # this thread's connection only

    return work


def backup_with_progress(parent: QWidget, ctx, reason: str) -> tuple[str, object]:
    """Back the open database up into its backup folder, showing progress; (outcome, the file's Path | error)."""
    outcome, result = run_with_progress(
        parent, QCoreApplication.translate("Backups", "Backing up your data…"), backup_work(ctx, reason))
    if outcome == "ok":
        mark_backed_up(ctx)
    return outcome, result


def back_up_now(window, ctx) -> None:
    """File ▸ Back up now: the status bar says the file written (or why there is none)."""
    outcome, result = backup_with_progress(window, ctx, backups.MANUAL)
    if outcome == "ok":
        ctx.show_status(QCoreApplication.translate("Backups", "Backed up to {0}").format(str(result)))
    elif outcome == "cancelled":
        ctx.show_status(QCoreApplication.translate("Backups", "Backup cancelled; nothing was written."))
    else:
        failed = QCoreApplication.translate("Backups", "The backup failed: {0}")
        ctx.show_status(failed.format(failure_text(ctx, result)))


def backup_before(parent: QWidget, ctx, reason: str) -> bool:
    """A backup before a change the user asked for (an import): True to go on with it."""
    if ctx.is_demo:
        return True
    outcome, result = backup_with_progress(parent, ctx, reason)
    if outcome == "ok":
        return True
    if outcome == "cancelled":
        return False
    from freelance_desk.ui.forms import confirm

    return confirm(
        parent, QCoreApplication.translate("Backups", "Backup"),
        QCoreApplication.translate("Backups", "The backup before this could not be made: {0}\n\nGo on without it?")
        .format(failure_text(ctx, result)),
        QCoreApplication.translate("Backups", "Go on"),
    )


# --- automatic backups -----------------------------------------------------------------
def mark_backed_up(ctx) -> None:
    ctx.changed_since_backup = False


def auto_backup(window, ctx) -> BackupJob | None:
    """At start: when the last backup is older than a day, one in the background (no dialog)."""
    if ctx.is_demo:
        return None
    try:
        if ctx.on_server:
            from freelance_desk.services.io import server_backups

            due = server_backups.backup_due(server_backups.folder_settings().folder, ctx.now())
        else:
            due = backups.backup_due(backups.folder_settings(ctx.db_path).folder, ctx.now())
        if not due:
            return None
    except (OSError, DomainError):
        log.exception("cannot look at the backup folder")
        return None
    # No parent: a window replaced meanwhile (another file opened) does not take the running thread with it.
    job = BackupJob(backup_work(ctx, backups.AUTO))
    _background.add(job)
    job.finished.connect(lambda: _background.discard(job))

    failed = QCoreApplication.translate("Backups", "The automatic backup failed: {0}")
    job.failed.connect(lambda e: ctx.show_status(failed.format(failure_text(ctx, e))))
    job.start()
    return job


_background: set[BackupJob] = set()  # automatic backups under way


def wait_for_backups() -> None:
    """Let automatic backups under way finish (before quitting: a thread is never cut off mid-write)."""
    for job in list(_background):
        job.wait()


def quit_backup(ctx) -> float | None:
    """On quit, when something changed since the last backup: one more, here and now (the window is
    hidden); returns the seconds it took. Never raises: quitting goes on whatever happens."""
    wait_for_backups()
    if ctx.is_demo or not ctx.changed_since_backup:
        return None
    started = time.perf_counter()
    try:
        backup_work(ctx, backups.QUIT)(None)
    except Exception:  # never keeps the app from quitting
        log.exception("the backup on quit failed")
        return None
    mark_backed_up(ctx)
    seconds = time.perf_counter() - started
    log.info("backup on quit took %.2f s", seconds)
    return seconds
