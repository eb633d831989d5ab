"""A whole database copied between a file and a server, either way (``freelance-desk copy``; no Qt).

The source is opened read-only and written out as this app's JSON export (one snapshot of every table,
ids and all); the target, a new file or an empty server database, is given the schema and that export is
restored into it whole. Then every table is read on both sides and compared row for row (as digests, a
table at a time); a difference takes the copy out of the target again and names the table. The source is
never changed. The JSON lives in a private temporary folder removed at the end.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.db import sql
from freelance_desk.db.connection import close_database, db, open_database, read_snapshot, write
from freelance_desk.db.migrations import latest_version, migrate, schema_version
from freelance_desk.db.target import is_server
from freelance_desk.services.io.json_tables import TABLES

FETCH = 2000
# What is compared: every table of the export by id; the settings and the day summary sorted here, not by the
# database (a server's collation may order text otherwise than the file does).
_COMPARED = (*((t.table, ", ".join(f'"{n}"' for n in t.names), "id") for t in TABLES),
             ("setting", '"key", "value"', None),
             ("daily_time", "day, contract_id, seconds, billable_seconds, entries, billable_entries", None))


@dataclass(frozen=True)
class Copied:
    rows: dict[str, int]  # table → rows copied (and found the same on both sides)


def copy_database(source: str | Path, target: str | Path, now: datetime,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> Copied:
    """Copy ``source`` (a file's path or a server's URL) into ``target`` (a new file, or an empty database on a
    server), then compare every table's rows; a DomainError says why it could not."""
    from freelance_desk.services.io import restore_json
    from freelance_desk.services.io.export_json import export_json
    from freelance_desk.services.io.sources import own_json

    if not is_server(source) and not Path(source).is_file():
        raise DomainError(QT_TRANSLATE_NOOP("services", "There is no database at {path}."), path=str(source))
    if not is_server(target) and Path(target).exists() and Path(target).stat().st_size:
        raise DomainError(QT_TRANSLATE_NOOP(
            "services", "{path} already exists; the copy goes into a new file. Name another one."), path=str(target))
    with tempfile.TemporaryDirectory(prefix="freelance-desk-copy-") as folder:
        snapshot = Path(folder) / "copy.json"
        try:
            _open_current(source)
            export_json(snapshot, now, progress=progress, cancelled=cancelled)
            before = _digests()
        finally:
            close_database()
        made_file = not is_server(target) and not Path(target).exists()
        try:
            migrate(open_database(target))
            if not restore_json.is_empty():
                raise DomainError(QT_TRANSLATE_NOOP(
                    "services", "The database at {target} already holds data; the copy goes into an empty one."),
                    target=str(target))
            checked = own_json.snapshot_of(snapshot, progress, cancelled)
            with write():
                restored = restore_json.restore(checked, progress, cancelled)
            after = _digests()
            differing = [table for table in before if before[table] != after.get(table)]
            if differing:
                restore_json.take_back(restored)
                raise DomainError(QT_TRANSLATE_NOOP(
                    "services", "The copy's {table} differ from the original's, so it was taken out again; "
                                "the original is unchanged."), table=differing[0])
        except BaseException:
            close_database()
            if made_file:
                for leftover in (Path(target), *(Path(f"{target}{end}") for end in ("-wal", "-shm"))):
                    leftover.unlink(missing_ok=True)
            raise
        close_database()
    return Copied({table: rows for table, (rows, _) in before.items()})


def _open_current(source) -> None:
    """The source opened read-only, refused unless it is this version's schema."""
    found = schema_version(open_database(source, read_only=True))
    known = latest_version()
    if found != known:
        raise DomainError(QT_TRANSLATE_NOOP(
            "services", "{source} has schema version {found} and this app knows {known}; open it with this version "
                        "of the app once, then copy it."), source=str(source), found=found, known=known)


def _digests() -> dict[str, tuple[int, str]]:
    """Each compared table's rows (in a fixed order, each value as the file keeps it) as a count and a digest."""
    found = {}
    with read_snapshot():
        for table, columns, order in _COMPARED:
            digest, count = hashlib.sha256(), 0
            if order is None:
                rows = sorted(tuple(map(_plain, row)) for row in db.execute_sql(f"SELECT {columns} FROM {table}"))
                count = len(rows)
                digest.update(repr(rows).encode("utf-8", "surrogatepass"))
            else:
                cursor = sql.streamed(f"SELECT {columns} FROM {table} ORDER BY {order}")
                try:
                    while rows := cursor.fetchmany(FETCH):
                        count += len(rows)
                        digest.update(repr([tuple(map(_plain, row)) for row in rows]).encode("utf-8", "surrogatepass"))
                finally:
                    cursor.close()
            found[table] = (count, digest.hexdigest())
    return found


def _plain(value):
    """A value as the file stores it: a day as its text, a flag as 0 or 1, a decimal as written."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value
