"""When the file cannot take a write: a full disk, a read-only file, a damaged one.

SQLite's own errors become a ``StorageError`` (a ``DomainError``) with a message a user reads at
the place they acted: "The disk is full: nothing from this action was saved." A transaction SQLite
already rolled back itself (it does on SQLITE_FULL) is not rolled back a second time, so that message
is what the user sees, not Peewee's "cannot rollback - no transaction is active".

After a full disk, or when a damaged part is found, the database goes on read-only
(``PRAGMA query_only``): everything can still be read, every write is refused with the reason. The
window shows the reason (``read_only_reason``) and is told when it changes (``listeners``); "Try
again" (``try_writing_again``) lifts a full disk's read-only state once space was freed.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from peewee import DatabaseError, SqliteDatabase, _savepoint

from freelance_desk.core.errors import (
    DamagedDatabase,
    DiskFull,
    ReadOnlyDatabase,
    StorageError,
)
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.db.integrity import read_only_uri  # noqa: F401 - how connection.py opens a file read-only

log = logging.getLogger(__name__)


class ReadOnly(StrEnum):
    FILE = "file"  # the file (or its folder) cannot be written: opened read-only
    DISK_FULL = "disk-full"  # a write found the disk full
    DAMAGED = "damaged"  # the file was found damaged after it opened


MESSAGES = {
    ReadOnly.FILE: QT_TRANSLATE_NOOP(
        "services", "This database is open read-only (the file cannot be written): nothing from this action was saved."),
    ReadOnly.DISK_FULL: QT_TRANSLATE_NOOP("services", "The disk is full: nothing from this action was saved."),
    ReadOnly.DAMAGED: QT_TRANSLATE_NOOP(
        "services", "This database file is damaged, so it is open read-only: nothing from this action was saved."),
}
WRITE_FAILED = QT_TRANSLATE_NOOP("services", "The file could not be written ({error}): nothing from this action was saved.")

ERRORS = {ReadOnly.FILE: ReadOnlyDatabase, ReadOnly.DISK_FULL: DiskFull, ReadOnly.DAMAGED: DamagedDatabase}

_state: dict = {"reason": None}
# Called with the new reason (or None) whenever the database turns read-only or writable again.
listeners: list[Callable[[ReadOnly | None], None]] = []


def writable(path: Path) -> bool:
    """Whether the app may write ``path`` (an existing file) and the journal files beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


FULL_DISK_FREE_BYTES = 1024 * 1024  # an I/O error with less free than this is the disk being full


def disk_full(error: BaseException, folder: Path) -> bool:
    """Whether ``error`` (met opening a file in ``folder``) is the disk being full."""
    if isinstance(error, DiskFull):
        return True
    cause = sqlite_error(error)
    code = getattr(cause, "sqlite_errorcode", 0) & 0xFF
    if code == sqlite3.SQLITE_FULL:
        return True
    if code == sqlite3.SQLITE_IOERR or (isinstance(error, OSError) and error.errno == errno.ENOSPC):
        try:
            return shutil.disk_usage(folder).free < FULL_DISK_FREE_BYTES
        except OSError:
            return False
    return False


def read_only_reason() -> ReadOnly | None:
    return _state["reason"]


def refused(reason: ReadOnly) -> StorageError:
    """The error a write gets while the database is read-only for ``reason``."""
    return ERRORS[reason](MESSAGES[reason])


def set_read_only(database: SqliteDatabase, reason: ReadOnly | None) -> None:
    """Refuse (or, with None, allow again) every write on ``database``'s connection."""
    if _state["reason"] == reason:
        return
    _state["reason"] = reason
    if not database.is_closed():
        database.connection().execute(f"PRAGMA query_only = {1 if reason else 0}")
    log.warning("database read-only: %s", reason) if reason else log.info("database writable again")
    for listener in list(listeners):
        listener(reason)


def reset(opened_read_only: bool = False) -> None:
    """A new file is opened: writable until found otherwise."""
    _state["reason"] = None
    _state["opened_read_only"] = opened_read_only


def opened_read_only() -> bool:
    """Whether the file itself was opened read-only (then only a new start can write to it)."""
    return _state.get("opened_read_only", False)


def try_writing_again(database: SqliteDatabase) -> None:
    """After space was freed: writes are tried again (a full disk again turns it back read-only)."""
    if _state["reason"] == ReadOnly.DISK_FULL and not opened_read_only():
        set_read_only(database, None)


def sqlite_error(error: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error behind a Peewee one."""
    seen = 0
    while error is not None and seen < 5:
        if isinstance(error, sqlite3.Error):
            return error
        error = getattr(error, "orig", None) or error.__cause__ or error.__context__
        seen += 1
    return None


def storage_error(database: SqliteDatabase, error: BaseException) -> StorageError | None:
    """The user's message for an error of the file (full, read-only, damaged, I/O), else None.

    A full disk or a damaged page also turns the database read-only from here on.
    """
    cause = sqlite_error(error)
    if cause is None:
        return None
    code = getattr(cause, "sqlite_errorcode", 0) & 0xFF
    if code == sqlite3.SQLITE_FULL:
        set_read_only(database, ReadOnly.DISK_FULL)
        return refused(ReadOnly.DISK_FULL)
    if code == sqlite3.SQLITE_READONLY:
        reason = _state["reason"] or ReadOnly.FILE
        if _state["reason"] is None:
            set_read_only(database, reason)
        return refused(reason)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        set_read_only(database, ReadOnly.DAMAGED)
        return refused(ReadOnly.DAMAGED)
    if code == sqlite3.SQLITE_IOERR:
        return StorageError(WRITE_FAILED, error=getattr(cause, "sqlite_errorname", "I/O"))
    return None


class _Savepoint(_savepoint):
    def rollback(self, begin=True):
        if not self.db.sqlite_in_transaction():  # SQLite rolled the whole transaction back already
            return
        super().rollback(begin)


class Database(SqliteDatabase):
    """The app's SqliteDatabase: a file's faults reach the user as a ``StorageError``."""

    def sqlite_in_transaction(self) -> bool:
        """Whether SQLite itself has a transaction open (after SQLITE_FULL it may have ended it)."""
        return not self.is_closed() and self.connection().in_transaction

    def _translated(self, call, *args, **kwargs):
        try:
            return call(*args, **kwargs)
        except DatabaseError as e:
            fault = storage_error(self, e)
            if fault is None:
                raise
            log.warning("write refused: %s", type(fault).__name__)
            raise fault from None

    def execute_sql(self, sql, params=None):
        return self._translated(super().execute_sql, sql, params)

    def begin(self, *args, **kwargs):
        return self._translated(super().begin, *args, **kwargs)

    def commit(self):
        return self._translated(super().commit)

    def rollback(self):
        if not self.sqlite_in_transaction():  # after SQLITE_FULL SQLite has rolled back itself
            return None
        return self._translated(super().rollback)

    def savepoint(self):
        return _Savepoint(self)
