"""The one database handle, bound late so tests and the app hand in their own file."""

from __future__ import annotations

import os
from pathlib import Path

from peewee import SqliteDatabase

from freelance_desk.db import storage

db = storage.Database(None)  # a full disk or a read-only file reaches the user as a StorageError

PRAGMAS = {
    "foreign_keys": 1,
    "synchronous": "normal",  # with WAL: durable across app crashes, fast commits
    "busy_timeout": 5000,
    "cache_size": -32000,  # 32 MB page cache
}


def open_database(path: str | os.PathLike = ":memory:", read_only: bool = False) -> SqliteDatabase:
    """Point the shared handle at ``path`` (":memory:" for tests) and connect.

    A new file is created with owner-only permissions: a freelancer's income is
    nobody else's business on a shared machine. ``read_only`` opens an existing file
    without ever writing to it (``storage.ReadOnly.FILE``: every write is refused).
    """
    if not db.is_closed():
        db.close()
    storage.reset(opened_read_only=read_only)
    path = str(path)
    pragmas = dict(PRAGMAS)
    if read_only:
        db.init(storage.read_only_uri(Path(path)), pragmas=pragmas, check_same_thread=False, uri=True)
        db.connect()
        storage.set_read_only(db, storage.ReadOnly.FILE)
        return db
    if path != ":memory:":
        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not p.exists():
            fd = os.open(p, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
    db.init(path, pragmas=pragmas, check_same_thread=False)
    db.connect()
    return db


def enable_wal(database: SqliteDatabase) -> None:
    """Write-ahead logging: readers never block the timer's writes. Persistent in the file.

    Called by migrate() once the file is known to be ours: switching a file to WAL
    rewrites its header, and a database from a newer app must stay untouched.
    """
    if database.database != ":memory:" and storage.read_only_reason() is None:
        database.execute_sql("PRAGMA journal_mode = wal")


def close_database() -> None:
    if not db.is_closed():
        db.close()
