"""The few SQL expressions the file (SQLite) and the server (PostgreSQL) write differently, behind one name each.

Queries build their expressions from these at the moment they run, so the same query reads the file or the
server the handle points at. A day is ``YYYY-MM-DD`` text on the file and a DATE on the server (the summary's
``daily_time.day`` is text on both); what these give back is text on both, as the file has always given.
"""

from __future__ import annotations

import itertools

from peewee import SQL, Case, Cast, fn

from freelance_desk.db.connection import backend, db
from freelance_desk.db.daily_time import DAY_OF


def on_server() -> bool:
    return backend() == "postgresql"


def literal(text: str) -> str:
    """A text as an SQL literal, written into a statement instead of bound."""
    return "'" + text.replace("'", "''") + "'"


def constant(stored: str | int | bool | None) -> str:
    """A stored value (a field's ``db_value``: text, a whole number, a flag or None) as an SQL literal, for a
    column every row of a many-row INSERT has the same value in (bound once per row, it costs the binding)."""
    if stored is None:
        return "NULL"
    if isinstance(stored, bool):
        return ("TRUE" if stored else "FALSE") if on_server() else str(int(stored))
    if isinstance(stored, int):
        return str(stored)
    if isinstance(stored, str):
        return literal(stored)
    raise TypeError(f"no SQL literal for {type(stored).__name__}")


def _text(constant: str):
    """A constant written into the statement, not bound: an expression grouped by is then the same text in the
    SELECT and the GROUP BY, as the server needs to see they are one."""
    return SQL(literal(constant))


def if_else(condition, then, otherwise):
    """``then`` where ``condition`` holds, else ``otherwise`` (a CASE: both speak it)."""
    return Case(None, [(condition, then)], otherwise)


def entry_day(start, utc_offset_minutes):
    """The local day an entry counts for, as text: its start at the offset it was recorded with (the rule of
    ``daily_time.DAY_OF``; the server's ``entry_day`` function is the same rule)."""
    if on_server():
        return fn.entry_day(start, utc_offset_minutes)
    return fn.date(start + utc_offset_minutes * 60, "unixepoch")


def entry_day_sql(row: str) -> str:
    """``entry_day`` of the entry ``row`` (a table's alias) in a raw statement."""
    if on_server():
        return f"entry_day({row}.start, {row}.utc_offset_minutes)"
    return DAY_OF.format(row=row)


def day_text(column):
    """A day column as ``YYYY-MM-DD`` text."""
    if on_server():
        return fn.to_char(Cast(column, "DATE"), _text("YYYY-MM-DD"))
    return fn.substr(column, 1, 10)


def month_text(column):
    """A day column's month, ``YYYY-MM``."""
    if on_server():
        return fn.to_char(Cast(column, "DATE"), _text("YYYY-MM"))
    return fn.substr(column, 1, 7)


def quarter_text(column):
    """A day column's quarter, ``YYYY-Q`` (2026-02-03 → ``2026-1``)."""
    if on_server():
        return fn.to_char(Cast(column, "DATE"), _text("YYYY-Q"))
    return fn.substr(column, 1, 4).concat("-").concat((Cast(fn.substr(column, 6, 2), "INTEGER") + 2) / 3)


def days_between(later, earlier):
    """Whole days from one day column to another."""
    if on_server():
        return Cast(later, "DATE") - Cast(earlier, "DATE")
    return Cast(fn.julianday(later) - fn.julianday(earlier), "INTEGER")


def week_first(column, monday: bool):
    """The first day (a Monday, else a Sunday) of the week a day column's day is in, as text."""
    if on_server():
        day = Cast(column, "DATE")
        back = Cast(fn.date_part(_text("isodow"), day), "INTEGER") - SQL("1") if monday else Cast(fn.date_part(_text("dow"), day), "INTEGER")
        return fn.to_char(day - back, _text("YYYY-MM-DD"))
    return fn.date(column, "-6 days", "weekday 1" if monday else "weekday 0")


def weekday_of(column):
    """A day column's weekday as text, ``0`` (Sunday) to ``6``."""
    if on_server():
        return Cast(Cast(fn.date_part(_text("dow"), Cast(column, "DATE")), "INTEGER"), "TEXT")
    return fn.strftime("%w", column)


def least(first, second):
    """The smaller of two values (a row's, not an aggregate)."""
    return (fn.LEAST if on_server() else fn.MIN)(first, second)


def greatest(first, second):
    """The larger of two values (a row's, not an aggregate)."""
    return (fn.GREATEST if on_server() else fn.MAX)(first, second)


def streamed(statement: str, params: tuple = ()):
    """A cursor over a raw statement's rows (written with ``?``) that ``fetchmany`` reads as it goes: on a server
    a cursor of its own there (the driver's plain cursor takes in every row at once), inside the caller's
    transaction (``read_snapshot``)."""
    if not on_server():
        return db.execute_sql(statement, params)
    cursor = db.connection().cursor(name=f"freelance_desk_{next(_CURSORS)}")
    cursor.execute(raw(statement), params or None)
    return cursor


_CURSORS = itertools.count(1)


def follow_ids(table: str) -> None:
    """After rows written with their ids as they are: on a server, the table's id sequence moved past them (a
    file hands out the next id after the highest by itself)."""
    if on_server():
        db.execute_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 1), "
                       f"MAX(id) IS NOT NULL) FROM {table}")


def raw(sql: str) -> str:
    """A raw statement written with ``?`` placeholders, for the database the handle points at (our statements
    hold no ``?`` or ``%`` of their own)."""
    return sql.replace("?", "%s") if on_server() else sql
