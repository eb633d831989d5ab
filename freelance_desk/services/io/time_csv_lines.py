"""The lines of a CSV file of time entries, read and checked one by one (no database writes).

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
file is UTF-8 (a byte-order mark is fine), its lines end with LF or CR LF. Times
are wall-clock times in the zone given (the user's), stored as UTC with that zone
and its offset. A time the clocks went back over happens twice and is refused
unless it says which by its offset (``01:30 -04:00``).

A hostile file is refused whole, by line: not UTF-8 (the byte named), control
characters (NUL, escapes), a line over ``MAX_LINE_BYTES`` or more than
``MAX_LINES`` lines (reading stops there: the file is read a line at a time,
never whole), quotes that never close or run over lines (a cell holds no line
break), a line with more or fewer cells than the header, a known column twice,
a date outside the accepted range (``check_day``: the earliest year in
Settings to a year ahead), an entry over 24 hours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from os import PathLike
from zoneinfo import ZoneInfo

from freelance_desk.core.durations import MAX_DURATION, hours_minutes, parse_duration
from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.db.models import Client, Contract
from freelance_desk.services.io.lines import (  # noqa: F401 (MAX_LINE_BYTES, MAX_LINES: the limits, read here by tests)
    MAX_LINE_BYTES,
    MAX_LINES,
    ImportFailed,
    LineProblem,
    csv_records,
)
from freelance_desk.services.settings.dates import check_day
from freelance_desk.services.time.tracking import MAX_NOTE, offset_minutes

REQUIRED = ("date", "start", "contract")
KNOWN = {"date", "start", "end", "duration", "contract", "client", "note", "billable"}
YES = {"yes", "y", "true", "1", "ya"}
NO = {"no", "n", "false", "0", "tidak"}

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(?:UTC)?([+-])(\d{2}):?(\d{2}))?$", re.IGNORECASE)


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


def read_lines(source: str | PathLike, zone: str, now: datetime) -> tuple[list[ImportRow], list[LineProblem]]:
    """Each line of the file checked on its own: the good rows (file order) and the problems.

    ``source`` is a path or the CSV text itself; ``zone`` a checked IANA name; ``now``
    whole seconds (nothing may end after it). A file without a usable header, or one
    that is not a text CSV file (not UTF-8, a line far too long, too many lines), raises
    :class:`ImportFailed` naming the line. The file is read line by line, never whole.
    """
    problems: list[LineProblem] = []
    rows: list[ImportRow] = []
    columns: dict[str, int] | None = None
    width = header_cells = 0  # the header's cells up to its last named one; all its cells
    contracts = _contracts()
    tz = ZoneInfo(zone)
    for line, cells in csv_records(source, problems):
        if columns is None:
            columns = _columns(cells)
            width = max((i + 1 for i, name in enumerate(cells) if name.strip()), default=0)
            header_cells = len(cells)
            continue
        try:
            _check_width(cells, width, header_cells)
            rows.append(_row(line, cells, columns, contracts, zone, tz, now))
        except DomainError as error:
            problems.append(LineProblem(line, error))
    if columns is None and not problems:
        raise ImportFailed([LineProblem(1, DomainError(
            QT_TRANSLATE_NOOP("services", "The file is empty: it needs a header row and time entries.")))])
    if not rows and not problems:
        raise ImportFailed([LineProblem(1, DomainError(
            QT_TRANSLATE_NOOP("services", "The file has a header row but no time entries.")))])
    if columns is None:
        raise ImportFailed(problems)
    return rows, problems


def _check_width(cells: list[str], width: int, header_cells: int) -> None:
    """A line has the header's cells: fewer, or more that are not empty, means a separator is amiss."""
    if len(cells) < width or any(cell.strip() for cell in cells[header_cells:]):
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "This line has {count} cells but the header has {columns}; "
                                          "a note with a separator in it must be in quotes."),
            count=len(cells), columns=header_cells,
        )


def _columns(header: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        key = name.strip().lower()
        if key in columns and key in KNOWN:
            raise ImportFailed([LineProblem(1, DomainError(
                QT_TRANSLATE_NOOP("services", "the header has the column “{column}” twice (columns {first} and {second}); "
                                              "keep one."),
                column=name.strip(), first=columns[key] + 1, second=index + 1,
            ))])
        columns.setdefault(key, index)
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
    day = check_day(_date(cell("date")), "date", now.date())  # from the earliest year (Settings) to a year ahead
    start_time, start_offset = _time(cell("start"), QT_TRANSLATE_NOOP("services", "Enter the start time, e.g. 09:00."))
    start = _instant(day, start_time, start_offset, tz, zone)
    end_text, duration_text = cell("end"), cell("duration")
    if not end_text and not duration_text:
        raise DomainError(QT_TRANSLATE_NOOP("services", "Enter an end time or a duration."))
    end = None
    if end_text:
        end_time, end_offset = _time(end_text, "")
        if end_time == start_time and end_offset == start_offset:
            raise DomainError(QT_TRANSLATE_NOOP("services", "The end equals the start: the entry has no length."))
        end_day = day + timedelta(days=1) if end_time < start_time else day  # past midnight: the next day
        end = _instant(end_day, end_time, end_offset, tz, zone)
    if duration_text:
        by_duration = start + timedelta(seconds=parse_duration(duration_text))
        if end is not None and end != by_duration:
            raise DomainError(QT_TRANSLATE_NOOP("services", "The end and the duration disagree; give one of them."))
        end = by_duration
    if end <= start:
        raise DomainError(QT_TRANSLATE_NOOP("services", "The end is before the start."))
    if end - start > timedelta(seconds=MAX_DURATION):
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "One entry is at most 24 hours; this one is {length}."),
            length=hours_minutes(int((end - start).total_seconds())),
        )
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


def _time(text: str, missing: str) -> tuple[time, timedelta | None]:
    """``HH:MM`` or ``HH:MM:SS``, optionally with its UTC offset (``01:30 -04:00``): the time and the offset."""
    if not text and missing:
        raise DomainError(missing)
    match = _TIME.match(text)
    if match:
        hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
        offset = None
        if match[4]:
            offset = timedelta(hours=int(match[5]), minutes=int(match[6])) * (-1 if match[4] == "-" else 1)
        if hour < 24 and minute < 60 and second < 60:
            return time(hour, minute, second), offset
    raise DomainError(QT_TRANSLATE_NOOP("services", "“{text}” is not a time; write it as HH:MM, e.g. 09:30."), text=text)


def _offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _instant(day: date, at: time, offset: timedelta | None, tz: ZoneInfo, zone: str) -> datetime:
    """A local wall-clock time → the UTC instant.

    A time skipped by a DST change is refused. A time that happens twice (the clocks
    went back) is refused unless the cell gives its UTC offset, which says which of the two.
    """
    local = datetime.combine(day, at, tzinfo=tz)
    instant = local.astimezone(UTC)
    if instant.astimezone(tz).replace(tzinfo=None) != local.replace(tzinfo=None):
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "{time} does not exist on {date} in {zone}: the clocks moved forward."),
            time=at.strftime("%H:%M"), date=day.isoformat(), zone=zone,
        )
    first, second = local.utcoffset(), local.replace(fold=1).utcoffset()
    if offset is not None:
        for fold, its_offset in ((0, first), (1, second)):
            if offset == its_offset:
                return local.replace(fold=fold).astimezone(UTC)
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "At {time} on {date}, {zone} is at UTC{offset}, not UTC{given}."),
            time=at.strftime("%H:%M"), date=day.isoformat(), zone=zone,
            offset=_offset_text(first), given=_offset_text(offset),
        )
    if first != second:
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "{time} happens twice on {date} in {zone} (the clocks went back); say which "
                                          "by its UTC offset: “{time} {first}” for the first, “{time} {second}” for the second."),
            time=at.strftime("%H:%M"), date=day.isoformat(), zone=zone,
            first=_offset_text(first), second=_offset_text(second),
        )
    return instant


def _billable(text: str) -> bool:
    value = text.casefold()
    if not value or value in YES:
        return True
    if value in NO:
        return False
    raise DomainError(QT_TRANSLATE_NOOP("services", "Billable is “{text}”; write yes or no."), text=text)
