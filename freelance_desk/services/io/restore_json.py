"""This app's JSON export restored whole into an empty database: every table, ids and all (no Qt).

``moving_in.import_parsed`` comes here when the file read is this app's own JSON
(``Parsed.restore``, a :class:`~.sources.own_json.Snapshot`) and the database holds no data
(:func:`is_empty`: no client, contract, milestone, entry, payment, proposal, gig, connects bought
or mapping; a new file's platforms and settings are its defaults and the file's replace them).

The file is streamed again and each row checked again as it is inserted, in the caller's one
transaction, so a file changed since it was read (its SHA-256 differs), or a problem found, rolls
everything back. Time entries go in with the day summary's triggers off and the summary made in
one grouped statement (``db/daily_time.bulk``). Undo (:func:`take_back`) empties the database again
and puts its defaults back, refused once rows were added or removed since; Redo (:func:`put_back`)
restores from the same file again, refused when it changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.db import daily_time, sql
from freelance_desk.db.connection import db, write
from freelance_desk.services.io.json_tables import BOOL, BY_KEY, SETTINGS, TABLES
from freelance_desk.services.io.sources.own_json import Snapshot, Walk

DATA = tuple(t for t in TABLES if t.key != "platforms")  # what an empty database has none of
_SETTING = 'INSERT INTO setting ("key", "value") VALUES (?, ?)'


def is_empty() -> bool:
    """Whether the open database holds no data (only a new file's platforms and settings)."""
    return not any(db.execute_sql(f"SELECT EXISTS (SELECT 1 FROM {t.table})").fetchone()[0] for t in DATA)


@dataclass
class Restored:
    snapshot: Snapshot
    rows: dict[str, int] = field(default_factory=dict)  # table key → rows restored
    seconds: int = 0  # the time entries' hours, in seconds
    fees_minor: int = 0
    net_minor: dict[str, int] = field(default_factory=dict)  # per currency
    before: dict = field(default_factory=dict)  # the platforms and settings the empty file had


_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "services", "A full restore needs an empty database, and this one has data. Restore a backup with "
                "“freelance-desk restore” (File ▸ Restore from backup…) instead, or import the file into a new one.")


def restore(snapshot: Snapshot, progress=None, cancelled=None) -> Restored:
    """Everything in the file written into the empty database (inside the caller's ``write()``)."""
    if not is_empty():
        raise DomainError(_NOT_EMPTY)
    before = {
        "platforms": db.execute_sql(f"SELECT {_columns('platforms')} FROM platform ORDER BY id").fetchall(),
        "settings": db.execute_sql('SELECT "key", "value" FROM setting ORDER BY "key"').fetchall(),
    }
    _load(snapshot, progress, cancelled)
    restored = Restored(snapshot, before=before)
    for table in TABLES:
        (restored.rows[table.key],) = db.execute_sql(f"SELECT COUNT(*) FROM {table.table}").fetchone()
    (restored.seconds,) = db.execute_sql(
        'SELECT COALESCE(SUM("end" - start), 0) FROM time_entry WHERE "end" IS NOT NULL').fetchone()
    for currency, fee, net in db.execute_sql(
            "SELECT currency, SUM(fee_minor), SUM(net_minor) FROM payment GROUP BY currency ORDER BY currency"):
        restored.fees_minor += fee
        restored.net_minor[currency] = net
    return restored


def summary(restored: Restored):
    from freelance_desk.services.io.moving_in import Summary

    rows = restored.rows
    return Summary(entries=rows["time_entries"], payments=rows["payments"], seconds=restored.seconds,
                   clients=rows["clients"], contracts=rows["contracts"], fees_minor=restored.fees_minor,
                   net_minor=dict(restored.net_minor))


def _ids_followed() -> None:
    for table in TABLES:
        sql.follow_ids(table.table)


def _columns(key: str) -> str:
    return ", ".join(f'"{name}"' for name in BY_KEY[key].names)


def _insert(key: str) -> str:
    table = BY_KEY[key]
    return sql.raw(f"INSERT INTO {table.table} ({_columns(key)}) VALUES ({', '.join('?' * len(table.columns))})")


def _load(snapshot: Snapshot, progress, cancelled) -> None:
    """The file streamed into the tables (emptied of the defaults first), checked as it goes."""
    db.execute_sql("DELETE FROM platform")
    db.execute_sql("DELETE FROM setting")
    walk = Walk(snapshot.path, progress, cancelled)
    cursor = db.cursor()
    for key, rows in groupby(walk.rows(), key=itemgetter(0)):
        if key == SETTINGS:
            for _key, _line, settings in rows:
                cursor.executemany(sql.raw(_SETTING), sorted(settings.items()))
            continue
        values = (row[2] for row in rows)
        flags = [at for at, column in enumerate(BY_KEY[key].columns) if column.kind == BOOL]
        if flags and sql.on_server():  # a BOOLEAN there, not the file's 0 and 1
            values = ([bool(v) if at in flags else v for at, v in enumerate(row)] for row in values)
        if key == "time_entries":
            with daily_time.bulk(db, "TRUE"):  # the database had no entries: the summary is made of these alone
                cursor.executemany(_insert(key), values)
        else:
            cursor.executemany(_insert(key), values)
    _ids_followed()
    if walk.digest != snapshot.digest:
        raise DomainError(QT_TRANSLATE_NOOP(
            "services", "{path} changed since it was read; nothing was restored. Read it again."),
            path=str(snapshot.path))


def take_back(restored: Restored) -> None:
    """Undo: the database emptied again, its platforms and settings as they were before the restore."""
    with write():
        for table in TABLES:
            (count,) = db.execute_sql(f"SELECT COUNT(*) FROM {table.table}").fetchone()
            if count != restored.rows.get(table.key, 0):
                raise DomainError(QT_TRANSLATE_NOOP(
                    "services", "The restore cannot be undone: records were added or deleted since. The backup made "
                                "before it (File ▸ Restore from backup…) gives back the file as it was."))
        with daily_time.bulk(db, "TRUE", removing=True):  # every entry goes: the summary emptied whole
            for table in reversed(TABLES):  # who names a row goes before it
                db.execute_sql(f"DELETE FROM {table.table}")
        db.execute_sql("DELETE FROM daily_time")
        db.execute_sql("DELETE FROM setting")
        cursor = db.cursor()
        cursor.executemany(_insert("platforms"), restored.before.get("platforms", ()))
        cursor.executemany(sql.raw(_SETTING), restored.before.get("settings", ()))
        _ids_followed()


def put_back(restored: Restored) -> None:
    """Redo: the same file restored again (refused when the database has data, or the file changed)."""
    with write():
        if not is_empty():
            raise DomainError(_NOT_EMPTY)
        _load(restored.snapshot, None, None)
