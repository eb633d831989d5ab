"""Time entries brought in from a CSV file (another tracker's export, a spreadsheet).

The file has a header row; column names are matched case-insensitively, in any
order, and columns not listed here are ignored:

- ``date``      the day the work started, ``YYYY-MM-DD``
- ``start``     local start time, ``HH:MM`` (``HH:MM:SS`` also works)
- ``end``       local end time, ``HH:MM``; earlier than ``start`` means the next day
- ``duration``  instead of ``end``: ``1:30``, ``1.5h``, ``90m`` (as typed in the app)
- ``contract``  the contract's title, case-insensitive
- ``client``    optional: the client's name, needed when two contracts share a title
- ``note``      optional
- ``billable``  optional: yes/no, true/false, 1/0 (empty: yes)

Example::

    date,start,end,duration,contract,client,note,billable
    2026-03-02,09:00,12:30,,Website,Northwind,Home page layout,yes
    2026-03-02,22:00,01:00,,Website,Northwind,Late fixes,no
    2026-03-03,13:00,,1.5h,Dashboard,,,

Commas, semicolons or tabs separate the cells (whichever the header uses); the
file is UTF-8 (a byte-order mark is fine). Times are wall-clock times in the
zone given (the user's), stored as UTC with that zone and its offset.

An import succeeds whole or changes nothing. Every line is checked first (a
known contract, a real date and time, a length, nothing in the future, no
overlap with an entry already kept or with another line); the problems are
reported with their line numbers as a spreadsheet shows them (the header is
line 1). Only then are all rows written in one transaction.
"""

from __future__ import annotations

import csv
import io
import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from os import PathLike
from pathlib import Path
from zoneinfo import ZoneInfo

from freelance_desk.db.connection import db
from freelance_desk.db.models import Client, Contract, TimeEntry
from freelance_desk.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services.common import check_timezone
from freelance_desk.services.durations import parse_duration
from freelance_desk.services.errors import DomainError
from freelance_desk.services.time_tracking import (
    MAX_NOTE,
    offset_minutes,
    overlapping,
    whole_seconds,
)

MAX_PROBLEMS = 5  # lines reported; the rest are counted
BATCH = 1000  # ids per DELETE, well under SQLite's limit of bound values
SOURCE = "import"

REQUIRED = ("date", "start", "contract")
KNOWN = ("date", "start", "end", "duration", "contract", "client", "note", "billable")
YES = {"yes", "y", "true", "1", "ya"}
NO = {"no", "n", "false", "0", "tidak"}

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")
_FOREVER = float("inf")


@dataclass(frozen=True)
class LineProblem:
    line: int  # as a spreadsheet numbers it: the header is line 1
    error: DomainError


class ImportFailed(DomainError):
    """Lines of the file are wrong; nothing was written. ``problems``: the first few, by line."""

    def __init__(self, problems: list[LineProblem], more: int = 0):
        self.problems = sorted(problems, key=lambda p: p.line)
        self.more = more
        super().__init__(QT_TRANSLATE_NOOP("services", "Line {line}: {problem}"))

    def text(self, translate=None) -> str:
        tr = translate or (lambda text: text)
        lines = [
            tr(QT_TRANSLATE_NOOP("services", "Line {line}: {problem}")).format(
                line=p.line, problem=p.error.text(translate)
            )
            for p in self.problems
        ]
        if self.more:
            lines.append(tr(QT_TRANSLATE_NOOP("services", "…and {count} more lines with problems.")).format(count=self.more))
        return "\n".join(lines)

    @property
    def lines(self) -> list[int]:
        return [p.line for p in self.problems]


@dataclass(frozen=True)
class ImportRow:
    """One checked line of the file, ready to be written."""

    line: int
    contract_id: int
    start: datetime  # aware UTC, whole seconds
    end: datetime
    utc_offset_minutes: int
    note: str
    billable: bool


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
    now = whole_seconds(now)
    text = _text(source).lstrip("\ufeff")
    records = list(csv.reader(io.StringIO(text), dialect=_dialect(text.split("\n", 1)[0])))
    if not records or not any(cell.strip() for cell in records[0]):
        raise DomainError(QT_TRANSLATE_NOOP("services", "The file is empty: it needs a header row and time entries."))
    columns = _columns(records[0])
    contracts = _contracts()
    tz = ZoneInfo(zone)
    rows: list[ImportRow] = []
    problems: list[LineProblem] = []
    for line, cells in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue  # a blank line
        try:
            rows.append(_row(line, cells, columns, contracts, zone, tz, now))
        except DomainError as error:
            problems.append(LineProblem(line, error))
    if not rows and not problems:
        raise DomainError(QT_TRANSLATE_NOOP("services", "The file has a header row but no time entries."))
    rows.sort(key=lambda r: (r.start, r.line))
    problems += _overlaps_within(rows, zone)
    problems += _overlaps_kept(rows, zone)
    if problems:
        problems.sort(key=lambda p: p.line)
        raise ImportFailed(problems[:MAX_PROBLEMS], more=len(problems) - MAX_PROBLEMS if len(problems) > MAX_PROBLEMS else 0)
    return rows


def _text(source) -> str:
    if isinstance(source, str):
        return source
    try:
        return Path(source).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "The file is not UTF-8 text; save it as “CSV UTF-8” and try again.")
        ) from None
    except OSError as error:
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "Could not read {path}: {reason}"), path=str(source), reason=error.strerror
        ) from None


def _dialect(header: str):
    """Comma unless the header is clearly separated by semicolons (European Excel) or tabs."""

    class Dialect(csv.excel):
        delimiter = max((",", ";", "\t"), key=header.count) if header else ","

    return Dialect


def _columns(header: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        columns.setdefault(name.strip().lower(), index)
    missing = [name for name in REQUIRED if name not in columns]
    if "end" not in columns and "duration" not in columns:
        missing.append("end / duration")
    if missing:
        raise ImportFailed([LineProblem(1, DomainError(
            QT_TRANSLATE_NOOP("services", "the header lacks {columns}; the columns are date, start, end or duration, "
                                          "contract, and optionally client, note and billable."),
            columns=", ".join(missing),
        ))])
    return columns


def _contracts() -> dict[str, list[tuple[int, str]]]:
    """Contract title (folded) → [(contract id, client name folded)]."""
    found: dict[str, list[tuple[int, str]]] = {}
    query = Contract.select(Contract.id, Contract.title, Client.name).join(Client).tuples()
    for contract_id, title, client in query:
        found.setdefault(title.strip().casefold(), []).append((contract_id, client.strip().casefold()))
    return found


def _row(line, cells, columns, contracts, zone, tz, now) -> ImportRow:
    def cell(name: str) -> str:
        index = columns.get(name)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    contract_id = _contract(cell("contract"), cell("client"), contracts)
    day = _date(cell("date"))
    start_time = _time(cell("start"), QT_TRANSLATE_NOOP("services", "Enter the start time, e.g. 09:00."))
    start = _instant(day, start_time, tz, zone)
    end_text, duration_text = cell("end"), cell("duration")
    if not end_text and not duration_text:
        raise DomainError(QT_TRANSLATE_NOOP("services", "Enter an end time or a duration."))
    end = None
    if end_text:
        end_time = _time(end_text, "")
        if end_time == start_time:
            raise DomainError(QT_TRANSLATE_NOOP("services", "The end equals the start: the entry has no length."))
        end_day = day + timedelta(days=1) if end_time < start_time else day  # past midnight: the next day
        end = _instant(end_day, end_time, tz, zone)
    if duration_text:
        by_duration = start + timedelta(seconds=parse_duration(duration_text))
        if end is not None and end != by_duration:
            raise DomainError(QT_TRANSLATE_NOOP("services", "The end and the duration disagree; give one of them."))
        end = by_duration
    if end <= start:
        raise DomainError(QT_TRANSLATE_NOOP("services", "The end is before the start."))
    if end > now:
        raise DomainError(QT_TRANSLATE_NOOP("services", "The end is in the future."))
    note = cell("note")
    if len(note) > MAX_NOTE:
        raise DomainError(QT_TRANSLATE_NOOP("services", "Keep the note under {limit} characters."), limit=MAX_NOTE)
    return ImportRow(line, contract_id, start, end, offset_minutes(start, zone), note, _billable(cell("billable")))


def _contract(title: str, client: str, contracts) -> int:
    if not title:
        raise DomainError(QT_TRANSLATE_NOOP("services", "Enter the contract's title."))
    matches = contracts.get(title.casefold(), [])
    if client:
        matches = [m for m in matches if m[1] == client.casefold()]
        if not matches:
            raise DomainError(
                QT_TRANSLATE_NOOP("services", "No contract “{contract}” with client “{client}”."),
                contract=title, client=client,
            )
    if not matches:
        raise DomainError(QT_TRANSLATE_NOOP("services", "No contract is called “{contract}”."), contract=title)
    if len(matches) > 1:
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "Several contracts are called “{contract}”; add a client column to say whose."),
            contract=title,
        )
    return matches[0][0]


def _date(text: str) -> date:
    try:
        if _DATE.match(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    if not text:
        raise DomainError(QT_TRANSLATE_NOOP("services", "Enter the date, e.g. 2026-03-10."))
    raise DomainError(QT_TRANSLATE_NOOP("services", "“{text}” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-10."), text=text)


def _time(text: str, missing: str) -> time:
    if not text and missing:
        raise DomainError(missing)
    match = _TIME.match(text)
    if match:
        hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
        if hour < 24 and minute < 60 and second < 60:
            return time(hour, minute, second)
    raise DomainError(QT_TRANSLATE_NOOP("services", "“{text}” is not a time; write it as HH:MM, e.g. 09:30."), text=text)


def _instant(day: date, at: time, tz: ZoneInfo, zone: str) -> datetime:
    """A local wall-clock time → the UTC instant; a time skipped by a DST change is refused."""
    local = datetime.combine(day, at, tzinfo=tz)
    instant = local.astimezone(UTC)
    if instant.astimezone(tz).replace(tzinfo=None) != local.replace(tzinfo=None):
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "{time} does not exist on {date} in {zone}: the clocks moved forward."),
            time=at.strftime("%H:%M"), date=day.isoformat(), zone=zone,
        )
    return instant


def _billable(text: str) -> bool:
    value = text.casefold()
    if not value or value in YES:
        return True
    if value in NO:
        return False
    raise DomainError(QT_TRANSLATE_NOOP("services", "Billable is “{text}”; write yes or no."), text=text)


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
    with db.atomic():
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
    with db.atomic():
        for first in range(0, len(ids), BATCH):
            TimeEntry.delete().where(TimeEntry.id.in_(ids[first:first + BATCH])).execute()


def restore_imported(imported: Imported) -> None:
    """Redo an import: write the same entries (same ids) again, unless their time was logged since."""
    records = sorted(imported.records, key=lambda r: r["start"])
    with db.atomic():
        spans = [(int(r["start"].timestamp()), int(r["end"].timestamp())) for r in records]
        contract_ids = {r["contract"] for r in records}
        known = Contract.select(Contract.id).where(Contract.id.in_(list(contract_ids))).count()
        if _clashes(spans) or known != len(contract_ids):
            raise DomainError(
                QT_TRANSLATE_NOOP("services", "The imported entries cannot come back: their time has been logged again since.")
            )
        _insert(records)
