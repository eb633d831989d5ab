"""Numbered schema steps; the version lives in ``PRAGMA user_version``.

Each step and its version bump run in one transaction. Before an existing file
is migrated it is copied beside itself (``name.sqlite3.v1.bak``). A database
written by a newer app is refused, untouched.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase

from freelance_desk.core.errors import DatabaseTooNew
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.db import models as m
from freelance_desk.db.connection import enable_wal

log = logging.getLogger(__name__)

MIGRATIONS: dict[int, Callable[[SqliteDatabase], None]] = {}


def migration(version: int):
    """Register ``fn`` as the step that brings the schema to ``version``."""

    def register(fn):
        if version in MIGRATIONS:
            raise RuntimeError(f"migration {version} registered twice")
        MIGRATIONS[version] = fn
        return fn

    return register


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
        with database.atomic():
            step(database)
            database.execute_sql(f"PRAGMA user_version = {int(version)}")
        log.info("migrated database to schema v%s", version)
    return latest


# --- steps ---------------------------------------------------------------

DAY_OF = "date({row}.start + {row}.utc_offset_minutes * 60, 'unixepoch')"
SECONDS_OF = '({row}."end" - {row}.start)'
BILLABLE_OF = '(CASE WHEN {row}.billable THEN {row}."end" - {row}.start ELSE 0 END)'
BILLABLE_ONE = "(CASE WHEN {row}.billable THEN 1 ELSE 0 END)"


def _add_daily(row: str) -> str:
    return (
        "INSERT INTO daily_time (day, contract_id, seconds, billable_seconds, entries, billable_entries) "
        f"SELECT {DAY_OF.format(row=row)}, {row}.contract_id, {SECONDS_OF.format(row=row)}, "
        f"{BILLABLE_OF.format(row=row)}, 1, {BILLABLE_ONE.format(row=row)} WHERE {row}.\"end\" IS NOT NULL "
        "ON CONFLICT (day, contract_id) DO UPDATE SET seconds = seconds + excluded.seconds, "
        "billable_seconds = billable_seconds + excluded.billable_seconds, entries = entries + 1, "
        "billable_entries = billable_entries + excluded.billable_entries;"
    )


def _remove_daily(row: str) -> str:
    return (
        f"UPDATE daily_time SET seconds = seconds - {SECONDS_OF.format(row=row)}, "
        f"billable_seconds = billable_seconds - {BILLABLE_OF.format(row=row)}, entries = entries - 1, "
        f"billable_entries = billable_entries - {BILLABLE_ONE.format(row=row)} "
        f"WHERE {row}.\"end\" IS NOT NULL AND day = {DAY_OF.format(row=row)} "
        f"AND contract_id = {row}.contract_id; "
        # A day left with no entries has no row, exactly as rebuild_daily_time makes it.
        f"DELETE FROM daily_time WHERE entries <= 0 AND day = {DAY_OF.format(row=row)} "
        f"AND contract_id = {row}.contract_id;"
    )


DAILY_TRIGGERS = [
    f"CREATE TRIGGER time_entry_daily_insert AFTER INSERT ON time_entry BEGIN {_add_daily('NEW')} END",
    f"CREATE TRIGGER time_entry_daily_delete AFTER DELETE ON time_entry BEGIN {_remove_daily('OLD')} END",
    "CREATE TRIGGER time_entry_daily_update AFTER UPDATE OF start, \"end\", contract_id, billable, "
    f"utc_offset_minutes ON time_entry BEGIN {_remove_daily('OLD')} {_add_daily('NEW')} END",
]


def drop_daily_triggers(database: SqliteDatabase) -> None:
    for name in ("insert", "delete", "update"):
        database.execute_sql(f"DROP TRIGGER IF EXISTS time_entry_daily_{name}")


def create_daily_triggers(database: SqliteDatabase) -> None:
    for sql in DAILY_TRIGGERS:
        database.execute_sql(sql)


def rebuild_daily_time(database: SqliteDatabase) -> None:
    """Recompute the day summary from the entries (after a bulk load)."""
    database.execute_sql("DELETE FROM daily_time")
    database.execute_sql(
        "INSERT INTO daily_time (day, contract_id, seconds, billable_seconds, entries, billable_entries) "
        f"SELECT {DAY_OF.format(row='t')}, t.contract_id, SUM({SECONDS_OF.format(row='t')}), "
        f"SUM({BILLABLE_OF.format(row='t')}), COUNT(*), SUM({BILLABLE_ONE.format(row='t')}) FROM time_entry t WHERE t.\"end\" IS NOT NULL "
        "GROUP BY 1, 2"
    )


SEED_PLATFORMS = [
    # name, fee bps, review days, connect price (USD cents)
    ("Upwork", 1000, 14, 15),
    ("Fiverr", 2000, 3, 0),
    ("Direct", 0, None, 0),
]

DEFAULT_SETTINGS = {
    "home_currency": "USD",
    "week_start": "monday_utc",
    "workload_max_contracts": "5",
    "workload_max_weekly_hours": "",
    "forgotten_timer_hours": "10",
    "working_hours": "09:00-17:00",  # the freelancer's own day, local wall-clock time
}


@migration(1)
def _initial_schema(database: SqliteDatabase) -> None:
    database.create_tables(m.ALL_MODELS, safe=False)
    # At most one running timer, enforced by the file itself.
    database.execute_sql('CREATE UNIQUE INDEX time_entry_one_running ON time_entry ((1)) WHERE "end" IS NULL')
    database.execute_sql('CREATE INDEX payment_contract_received ON payment (contract_id, received_on)')
    database.execute_sql('CREATE INDEX daily_time_contract_day ON daily_time (contract_id, day)')
    create_daily_triggers(database)
    for name, fee, review, connect in SEED_PLATFORMS:
        m.Platform.create(name=name, fee_bps=fee, review_days=review, connect_price_minor=connect)
    for key, value in DEFAULT_SETTINGS.items():
        m.Setting.create(key=key, value=value)


@migration(2)
def _billable_entry_counts(database: SqliteDatabase) -> None:
    """The day summary also counts billable entries, so the Time page can lay out any filter's rows."""
    columns = {column.name for column in database.get_columns("daily_time")}
    if "billable_entries" not in columns:  # schema 1 made by an older version
        database.execute_sql("ALTER TABLE daily_time ADD COLUMN billable_entries INTEGER NOT NULL DEFAULT 0")
    drop_daily_triggers(database)
    create_daily_triggers(database)
    rebuild_daily_time(database)
