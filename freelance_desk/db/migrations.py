"""Numbered schema steps; the version lives in ``PRAGMA user_version``.

Each step and its version bump run in one transaction. Before an existing file
is migrated it is copied beside itself (``name.sqlite3.v1.bak``). A database
written by a newer app is refused, untouched.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from freelance_desk.core.errors import DatabaseTooNew
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.db.connection import enable_wal
from freelance_desk.db.steps import MIGRATIONS

log = logging.getLogger(__name__)

def latest_version() -> int:
    return max(MIGRATIONS)


def schema_version(database: SqliteDatabase) -> int:
    return database.execute_sql("PRAGMA user_version").fetchone()[0]


def backup_file(path: str | Path, version: int) -> Path | None:
    """Copy the database (consistently, WAL included) before changing its schema."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    target = path.with_name(f"{path.name}.v{version}.bak")
    # as_uri() escapes what a URI would misread in a folder name ("#", "?", "%").
    src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        os.close(os.open(target, os.O_CREAT | os.O_WRONLY, 0o600))  # private from the first byte
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    target.chmod(0o600)
    return target


def migrate(database: SqliteDatabase) -> int:
    """Bring ``database`` to the latest schema; returns the version reached."""
    current = schema_version(database)
    latest = latest_version()
    if current > latest:
        raise DatabaseTooNew(
            QT_TRANSLATE_NOOP(
                "services",
                "This database was written by a newer version of Freelance Desk (schema {found}, "
                "this app knows {known}). Update the app; the file has not been changed.",
            ),
            found=current,
            known=latest,
        )
    enable_wal(database)
    if current == latest:
        return current
    path = database.database
    if current > 0 and path and path != ":memory:":
        copy = backup_file(path, current)
        log.info("backed up schema v%s to %s", current, copy)
    for version in range(current + 1, latest + 1):
        step = MIGRATIONS[version]
        with database.atomic(lock_type="IMMEDIATE"):
            step(database)
            database.execute_sql(f"PRAGMA user_version = {int(version)}")
        log.info("migrated database to schema v%s", version)
    return latest

