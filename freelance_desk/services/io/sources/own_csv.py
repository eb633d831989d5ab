"""This app's own CSV of time entries, as a source.

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
are wall-clock times in the zone the user names; a time given with its UTC offset
(``01:30 -04:00``) is an instant. A contract no kept one matches (by title, and
client when given) is proposed for creation, or mapped onto a kept one.

Refused by line here: a header without the columns above or with one twice, a
line with more or fewer cells than the header, a cell that cannot be read (a
date, a time, a duration, billable), an end equal to the start or disagreeing
with the duration. The file itself is read a line at a time by :mod:`..lines`
(not UTF-8, control characters, quotes, line and file size); the import refuses
a date outside the accepted years, an entry over 24 hours or ending in the future.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from itertools import repeat
from operator import eq
from pathlib import Path

from freelance_desk.core.durations import parse_duration
from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services.io.lines import csv_records
from freelance_desk.services.io.sources.base import (
    END_BEFORE_START,
    END_IS_START,
    LOCAL_WALL,
    NO_RATE,
    TIME,
    Distinct,
    Format,
    LineProblem,
    Parsed,
    ReadOptions,
    RowKeys,
    Sample,
    folded,
    iso_date,
    no_header,
    read_billable,
    record_blocks,
    wrong_width,
)

NAME = "csv"
REQUIRED = ("date", "start", "contract")
KNOWN = {"date", "start", "end", "duration", "contract", "client", "note", "billable"}

_NO_DATE = QT_TRANSLATE_NOOP("services", "Enter the date, e.g. 2026-03-10.")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(?:UTC)?([+-])(\d{2}):?(\d{2}))?$", re.IGNORECASE)


def detect(sample: Sample) -> int:
    header = sample.first_line
    delimiter = max((",", ";", "\t"), key=header.count) if header else ","
    names = {folded(cell).strip('"') for cell in header.split(delimiter)}
    if set(REQUIRED) <= names and ("end" in names or "duration" in names) and names <= KNOWN | {""}:
        return 100
    if set(REQUIRED) <= names:
        return 60  # our columns among others a spreadsheet added
    return 0


def read(path: Path, options: ReadOptions) -> Parsed:
    parsed = Parsed(NAME)
    keys = RowKeys()
    columns = at = None
    table = parsed.entries
    width = header_cells = 0
    clocks: dict[str, int | None] = {}  # a time of day's text → seconds after midnight (a file repeats them)
    days: dict[str, int] = {}  # a date's text → its ordinal
    records = csv_records(path, parsed.problems, progress=options.progress, cancelled=options.cancelled)
    for line, cells in records:  # the header
        try:
            columns = _columns(cells)
        except DomainError as error:
            parsed.problems.append(LineProblem(1, error))
            return parsed
        width = max((i + 1 for i, name in enumerate(cells) if name.strip()), default=0)
        header_cells = len(cells)
        at = tuple(columns.get(name) for name in _PLAIN_COLUMNS)
        break
    else:
        no_header(parsed)
        return parsed
    block = _PlainBlock(table, at, header_cells, keys)
    for lines, rows in record_blocks(records):
        if block.add(lines, rows):
            continue
        for line, cells in zip(lines, rows, strict=True):  # a block with an uncommon line: row by row
            try:
                if len(cells) != header_cells:  # as many cells as the header: nothing to check
                    _check_width(cells, width, header_cells)
                if not _plain_entry(table, line, cells, at, keys, clocks, days):
                    _entry(table.add, line, cells, columns, keys)
            except DomainError as error:
                parsed.problems.append(LineProblem(line, error))
    return parsed


_PLAIN_COLUMNS = ("contract", "date", "start", "end", "duration", "client", "note", "billable")
_ORDINAL_1970 = date(1970, 1, 1).toordinal()


def _plain_entry(table, line, cells, at, keys, clocks, days) -> bool:
    """The common line (a start and an end as ``HH:MM`` or ``HH:MM:SS`` without an offset, no duration) added
    to the table straight from its numbers; False for any other line, which ``_entry`` reads (and refuses
    with its messages). The checks are ``_entry``'s, in its order. ``clocks`` and ``days``: the times and
    dates read so far."""
    title_at, date_at, start_at, end_at, duration_at, client_at, note_at, billable_at = at
    if duration_at is not None and cells[duration_at].strip():
        return False
    if start_at is None or end_at is None:
        return False
    text = cells[start_at].strip()
    start = clocks.get(text, -1)
    if start == -1:
        start = clocks[text] = _plain_clock(text)
    text = cells[end_at].strip()
    end = clocks.get(text, -1)
    if end == -1:
        end = clocks[text] = _plain_clock(text)
    if start is None or end is None:
        return False
    title = cells[title_at].strip()
    if not title:
        raise DomainError(QT_TRANSLATE_NOOP("services", "Enter the contract's title."))
    text = cells[date_at].strip()
    day = days.get(text)
    if day is None:
        day = days[text] = iso_date(text, _NO_DATE).toordinal()
    if end == start:
        raise DomainError(QT_TRANSLATE_NOOP("services", "The end equals the start: the entry has no length."))
    seconds = end - start if end > start else end - start + 86400  # past midnight: the next day
    client = "" if client_at is None else cells[client_at].strip()
    note = "" if note_at is None else cells[note_at].strip()
    billable = read_billable("" if billable_at is None else cells[billable_at].strip())
    # The end is a wall-clock time: the zone decides the length across a change of the clocks.
    table.add_local(line, keys.key(cells), day, (day - _ORDINAL_1970) * 86400 + start, seconds, title, client, note,
                    billable, True)
    return True


class _PlainBlock:
    """A block of common lines (``_plain_entry``'s) read by column: each distinct date, time and billable text
    read once, every other column trimmed in one C loop, the rows added to the table at once. A block with any
    other line in it (a duration, an offset, a cell that cannot be read, the wrong width) is left to be read
    row by row, so each line is read and refused exactly as ``_plain_entry`` and ``_entry`` do."""

    def __init__(self, table, at, header_cells: int, keys: RowKeys):
        self.table, self.at, self.header_cells, self.keys = table, at, header_cells, keys
        self.clocks = Distinct(lambda text: _plain_clock(text.strip()))
        self.days = Distinct(lambda text: iso_date(text.strip(), _NO_DATE).toordinal())
        self.billable = Distinct(lambda text: read_billable(text.strip()))

    def add(self, lines, rows) -> bool:
        """The block's rows added, or False (nothing added) when it holds a line that is not a common one."""
        title_at, date_at, start_at, end_at, duration_at, client_at, note_at, billable_at = self.at
        if start_at is None or end_at is None or set(map(len, rows)) != {self.header_cells}:
            return False
        columns = list(zip(*rows))
        if duration_at is not None and any(map(str.strip, columns[duration_at])):
            return False
        starts, ends = list(map(self.clocks.__getitem__, columns[start_at])), list(map(self.clocks.__getitem__,
                                                                                     columns[end_at]))
        if None in starts or None in ends or any(map(eq, starts, ends)):
            return False
        titles = list(map(str.strip, columns[title_at]))
        days = self.days.column(columns[date_at])
        billable = [True] * len(rows) if billable_at is None else self.billable.column(columns[billable_at])
        if not all(titles) or days is None or billable is None:
            return False
        count = len(rows)
        clients = [""] * count if client_at is None else list(map(str.strip, columns[client_at]))
        notes = [""] * count if note_at is None else list(map(str.strip, columns[note_at]))
        seconds = [end - start if end > start else end - start + 86400 for start, end in zip(starts, ends)]
        locals_ = [(day - _ORDINAL_1970) * 86400 + start for day, start in zip(days, starts)]
        table = self.table
        # The end is a wall-clock time: the zone decides the length across a change of the clocks.
        table.add_rows(lines, self.keys.keys(rows), days, repeat(LOCAL_WALL, count), locals_, seconds, billable,
                       repeat(NO_RATE, count), notes, table.local_codes(titles, clients))
        return True


def _plain_clock(text: str) -> int | None:
    """``HH:MM`` or ``HH:MM:SS`` (ASCII digits, a real time of day) as seconds after midnight, else None."""
    size = len(text)
    if size != 5 and size != 8 or text[2] != ":" or not text.isascii():
        return None
    hours, minutes = text[:2], text[3:5]
    seconds = "00"
    if size == 8:
        if text[5] != ":":
            return None
        seconds = text[6:]
    if not (hours.isdigit() and minutes.isdigit() and seconds.isdigit()):
        return None
    h, m, s = int(hours), int(minutes), int(seconds)
    if h > 23 or m > 59 or s > 59:
        return None
    return h * 3600 + m * 60 + s


def _entry(add, line, cells, columns, keys) -> None:
    """One line's entry, added to the table by ``add`` (EntryTable.add: no object made for it)."""
    # A line has at least the header's named columns (_check_width), so each known one is there.
    def cell(name: str) -> str:
        index = columns.get(name)
        return "" if index is None else cells[index].strip()

    title = cell("contract")
    if not title:
        raise DomainError(QT_TRANSLATE_NOOP("services", "Enter the contract's title."))
    day = iso_date(cell("date"), _NO_DATE)
    start_text = cell("start")
    start_time, start_offset = _clock(start_text) or _time(
        start_text, QT_TRANSLATE_NOOP("services", "Enter the start time, e.g. 09:00."))
    start = datetime.combine(day, start_time)
    end_text, duration_text = cell("end"), cell("duration")
    if not end_text and not duration_text:
        raise DomainError(QT_TRANSLATE_NOOP("services", "Enter an end time or a duration."))
    seconds = None
    wall_end = False
    if end_text:
        end_time, end_offset = _clock(end_text) or _time(end_text, "")
        if end_time == start_time and end_offset == start_offset:
            raise DomainError(END_IS_START)
        seconds = (end_time.hour - start_time.hour) * 3600 + (end_time.minute - start_time.minute) * 60 + (
            end_time.second - start_time.second)
        if end_time < start_time:
            seconds += 86400  # past midnight: the next day
        if start_offset is not None and end_offset is not None:
            seconds += int((start_offset - end_offset).total_seconds())
        else:
            wall_end = start_offset is None  # the zone decides its length across a change of the clocks
    if duration_text:
        by_duration = parse_duration(duration_text)
        if seconds is not None and seconds != by_duration:
            raise DomainError(QT_TRANSLATE_NOOP("services", "The end and the duration disagree; give one of them."))
        seconds, wall_end = by_duration, False
    if seconds <= 0:
        raise DomainError(END_BEFORE_START)
    if start_offset is not None:  # an instant: the offset says which of a repeated hour
        start = start.replace(tzinfo=timezone(start_offset)).astimezone(UTC)
    add(line, keys.key(cells), day, start, seconds, title, cell("client"), "", cell("note"), (), read_billable(cell("billable")),
        "", "", None, "", wall_end)


def _check_width(cells: list[str], width: int, header_cells: int) -> None:
    """A line has the header's cells: fewer, or more that are not empty, means a separator is amiss."""
    if len(cells) < width or any(cell.strip() for cell in cells[header_cells:]):
        raise wrong_width(len(cells), header_cells)


def _columns(header: list[str]) -> dict[str, int]:
    """Each column's position by its name (trimmed, any case); a known one twice, or one missing, refused."""
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        key = name.strip().lower()
        if key in columns and key in KNOWN:
            raise DomainError(
                QT_TRANSLATE_NOOP("services", "the header has the column “{column}” twice (columns {first} and {second}); "
                                              "keep one."),
                column=name.strip(), first=columns[key] + 1, second=index + 1,
            )
        columns.setdefault(key, index)
    missing = [name for name in REQUIRED if name not in columns]
    if "end" not in columns and "duration" not in columns:
        missing.append("end / duration")
    if missing:
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "the header lacks {columns}; the columns are date, start, end or duration, "
                                          "contract, and optionally client, note and billable."),
            columns=", ".join(missing),
        )
    return columns


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


def _clock(text: str) -> tuple[time, None] | None:
    """The common ``HH:MM`` or ``HH:MM:SS`` without an offset, read fast; anything else: None (read slowly)."""
    if len(text) in (5, 8) and text[2] == ":" and text.isascii() and text.replace(":", "").isdigit():
        try:
            return time.fromisoformat(text), None
        except ValueError:
            return None
    return None


FORMAT = Format(NAME, QT_TRANSLATE_NOOP("ImportFormats", "Freelance Desk CSV"), TIME, detect, read)
