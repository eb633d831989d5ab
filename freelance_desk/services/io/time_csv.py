"""Time entries brought in from a CSV file (another tracker's export, a spreadsheet).

The columns and how a line is read are in :mod:`time_import_lines`. An import
succeeds whole or changes nothing. Every line is checked first (a known contract,
a real date and time, a length, nothing in the future, no overlap with an entry
already kept or with another line); the problems are reported with their line
numbers as a spreadsheet shows them (the header is line 1). Only then are all
rows written in one transaction.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import datetime
from os import PathLike
from zoneinfo import ZoneInfo

from freelance_desk.core.checks import check_timezone
from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.vocabulary import TimeSource
from freelance_desk.db.connection import db, write
from freelance_desk.db.models import Contract, TimeEntry
from freelance_desk.services.io.time_csv_lines import (
    ImportFailed,
    ImportRow,
    LineProblem,
    read_lines,
)
from freelance_desk.services.time.tracking import overlapping, whole_seconds

MAX_PROBLEMS = 5  # lines reported; the rest are counted
BATCH = 1000  # ids per DELETE, well under SQLite's limit of bound values
SOURCE = TimeSource.IMPORT

_FOREVER = float("inf")


@dataclass(frozen=True)
class Imported:
    """What an import wrote: the rows as stored (ids included), for undo and redo."""

    records: tuple[dict, ...]

    @property
    def count(self) -> int:
        return len(self.records)

    @property
    def ids(self) -> list[int]:
        return [r["id"] for r in self.records]


# --- reading -------------------------------------------------------------------


def read_entries(source: str | PathLike, zone: str, now: datetime) -> list[ImportRow]:
    """Parse and check every line; the rows sorted by start, or :class:`ImportFailed`.

    ``source`` is a path (``pathlib.Path``) or the CSV text itself (``str``); ``zone``
    is the IANA zone the times were written in; nothing may end after ``now``.
    """
    zone = check_timezone(zone)
    rows, problems = read_lines(source, zone, whole_seconds(now))
    rows.sort(key=lambda r: (r.start, r.line))
    problems += _overlaps_within(rows, zone)
    problems += _overlaps_kept(rows, zone)
    if problems:
        problems.sort(key=lambda p: p.line)
        raise ImportFailed(problems[:MAX_PROBLEMS], more=len(problems) - MAX_PROBLEMS if len(problems) > MAX_PROBLEMS else 0)
    return rows


# --- overlaps ----------------------------------------------------------------------


def _stamp(instant: datetime, zone: str) -> str:
    return instant.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")


def _overlaps_within(rows: list[ImportRow], zone: str) -> list[LineProblem]:
    """Lines of the file sharing time with each other (``rows`` sorted by start)."""
    problems = []
    latest = None  # the row reaching furthest so far
    for row in rows:
        if latest is not None and row.start < latest.end:
            first, second = sorted((latest, row), key=lambda r: r.line)
            problems.append(LineProblem(second.line, DomainError(
                QT_TRANSLATE_NOOP("services", "This overlaps line {other} ({start} to {end})."),
                other=first.line, start=_stamp(first.start, zone), end=_stamp(first.end, zone),
            )))
        if latest is None or row.end > latest.end:
            latest = row
    return problems


def _kept_spans(lo: int, hi: int) -> tuple[list[int], list[float]]:
    """Entries already kept that may share time with [lo, hi): starts and ends (running: forever), by start.

    One range query on the start index; kept entries never overlap, so their ends are in order too.
    """
    cursor = db.execute_sql(
        f'SELECT start, "end" FROM {TimeEntry._meta.table_name} '
        'WHERE start < ? AND ("end" IS NULL OR "end" > ?) ORDER BY start',
        (hi, lo),
    )
    starts, ends = [], []
    for start, end in cursor:
        starts.append(start)
        ends.append(_FOREVER if end is None else end)
    return starts, ends


def _clashes(spans: list[tuple[int, int]]) -> list[int]:
    """Indexes of ``spans`` ((start, end) seconds) that share time with a kept entry."""
    if not spans:
        return []
    starts, ends = _kept_spans(min(s for s, _ in spans), max(e for _, e in spans))
    clashing = []
    for index, (start, end) in enumerate(spans):
        before = bisect_left(starts, end) - 1  # the last kept entry starting before this one ends
        if before >= 0 and ends[before] > start:
            clashing.append(index)
    return clashing


def _overlaps_kept(rows: list[ImportRow], zone: str) -> list[LineProblem]:
    spans = [(int(r.start.timestamp()), int(r.end.timestamp())) for r in rows]
    problems = []
    for index in _clashes(spans):
        row = rows[index]
        if len(problems) < MAX_PROBLEMS:
            other = overlapping(row.start, row.end)
            if other is not None:
                problems.append(LineProblem(row.line, _kept_overlap(other, zone)))
                continue
        problems.append(LineProblem(row.line, DomainError(
            QT_TRANSLATE_NOOP("services", "This overlaps an entry you already have."))))
    return problems


def _kept_overlap(other: TimeEntry, zone: str) -> DomainError:
    if other.end is None:
        return DomainError(
            QT_TRANSLATE_NOOP("services", "This overlaps the timer running on “{contract}” since {start}."),
            contract=other.contract.title, start=_stamp(other.start, zone),
        )
    return DomainError(
        QT_TRANSLATE_NOOP("services", "This overlaps your entry for “{contract}” from {start} to {end}."),
        contract=other.contract.title, start=_stamp(other.start, zone), end=_stamp(other.end, zone),
    )


# --- writing -----------------------------------------------------------------------


def import_entries(source: str | PathLike, zone: str, now: datetime) -> Imported:
    """Check the whole file, then write every line in one transaction (or nothing)."""
    with write():
        rows = read_entries(source, zone, now)
        zone = check_timezone(zone)
        (last_id,) = db.execute_sql(f"SELECT COALESCE(MAX(id), 0) FROM {TimeEntry._meta.table_name}").fetchone()
        records = tuple(
            {
                "id": last_id + n,
                "contract": row.contract_id,
                "milestone": None,
                "start": row.start,
                "end": row.end,
                "timezone": zone,
                "utc_offset_minutes": row.utc_offset_minutes,
                "note": row.note,
                "billable": row.billable,
                "source": SOURCE,
            }
            for n, row in enumerate(rows, start=1)
        )
        _insert(records)
    return Imported(records)


_COLUMNS = ("id", "contract", "milestone", "start", "end", "timezone", "utc_offset_minutes", "note", "billable", "source")


def _insert(records) -> None:
    """One prepared INSERT for all rows (building a multi-row statement in Peewee costs more than SQLite's work)."""
    fields = [TimeEntry._meta.fields[name] for name in _COLUMNS]
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        TimeEntry._meta.table_name, ", ".join(f'"{f.column_name}"' for f in fields), ", ".join("?" * len(fields))
    )
    db.cursor().executemany(sql, ([f.db_value(r[f.name]) for f in fields] for r in records))


def remove_imported(imported: Imported) -> None:
    """Undo an import: delete exactly the entries it wrote, in one transaction."""
    ids = imported.ids
    with write():
        for first in range(0, len(ids), BATCH):
            TimeEntry.delete().where(TimeEntry.id.in_(ids[first:first + BATCH])).execute()


def restore_imported(imported: Imported) -> None:
    """Redo an import: write the same entries (same ids) again, unless their time was logged since."""
    records = sorted(imported.records, key=lambda r: r["start"])
    with write():
        spans = [(int(r["start"].timestamp()), int(r["end"].timestamp())) for r in records]
        contract_ids = {r["contract"] for r in records}
        known = Contract.select(Contract.id).where(Contract.id.in_(list(contract_ids))).count()
        if _clashes(spans) or known != len(contract_ids):
            raise DomainError(
                QT_TRANSLATE_NOOP("services", "The imported entries cannot come back: their time has been logged again since.")
            )
        _insert(records)
