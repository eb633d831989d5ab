"""Numbered schema steps; the version lives in ``PRAGMA user_version``.

Each step and its version bump run in one transaction. Before an existing file
is migrated it is copied beside itself (``name.sqlite3.v1.bak``; a later migration
from the same version never overwrites it: ``name.sqlite3.v1.YYYYMMDD-HHMMSS.bak``)
and backed up into the backup folder (``db/backups.py``, reason "before-migration").
A database written by a newer app is refused, untouched.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from peewee import SqliteDatabase

from freelance_desk.core.errors import DatabaseTooNew, DomainError, ReadOnlyDatabase
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.db import storage
from freelance_desk.db.connection import backend, enable_wal
from freelance_desk.db.integrity import read_only_uri
from freelance_desk.db.steps import MIGRATIONS

log = logging.getLogger(__name__)

def latest_version() -> int:
    return max(MIGRATIONS)


def schema_version(database: SqliteDatabase) -> int:
    if backend(database) == "postgresql":  # its schema and version: db/server_schema.py
        from freelance_desk.db.server_schema import schema_version as server_version

        return server_version(database)
    return database.execute_sql("PRAGMA user_version").fetchone()[0]


def _free_target(path: Path, version: int) -> Path:
    """``NAME.vN.bak``; when that is taken (migrated from vN before), ``NAME.vN.YYYYMMDD-HHMMSS[-k].bak``."""
    target = path.with_name(f"{path.name}.v{version}.bak")
    if not target.exists():
        return target
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.v{version}.{stamp}.bak")
    k = 1
    while target.exists():
        k += 1
        target = path.with_name(f"{path.name}.v{version}.{stamp}-{k}.bak")
    return target


def backup_file(path: str | Path, version: int) -> Path | None:
    """Copy the database (consistently, WAL included) before changing its schema; an earlier copy from
    the same version is kept."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    target = _free_target(path, version)
    src = sqlite3.connect(read_only_uri(path, live=True), uri=True)
    try:
        os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))  # private from the first byte
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
    if backend(database) == "postgresql":  # its schema and version: db/server_schema.py
        from freelance_desk.db.server_schema import migrate_server

        return migrate_server(database)
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
    if current < latest and storage.read_only_reason() is not None:
        raise ReadOnlyDatabase(
            QT_TRANSLATE_NOOP(
                "services",
                "This database needs an update to work with this version of Freelance Desk, but the file "
                "cannot be written (it is read-only). The file has not been changed.",
            )
        )
    enable_wal(database)
    if current == latest:
        return current
    path = database.database
    if current > 0 and path and path != ":memory:":
        copy = backup_file(path, current)
        log.info("backed up schema v%s to %s", current, copy)
        from freelance_desk.db import (
            backups,  # only when a step is to run: not on every start
        )

        try:
            backups.back_up_and_prune(path, backups.BEFORE_MIGRATION)
        except (OSError, sqlite3.Error, DomainError):  # the copy beside the file is there; go on
            log.exception("could not make the regular backup before migrating %s", path)
    for version in range(current + 1, latest + 1):
        step = MIGRATIONS[version]
        with database.atomic(lock_type="IMMEDIATE"):
            step(database)
            database.execute_sql(f"PRAGMA user_version = {int(version)}")
        log.info("migrated database to schema v%s", version)
    return latest

