"""Clockify's detailed report as CSV (Reports → Time → Detailed → Export → Save as CSV).

Every cell quoted, CR LF line ends, naive local times, columns the workspace chose:
``"Project","Client","Description","Task","User","Group","Email","Tags","Billable","Start Date",
"Start Time","End Date","End Time","Duration (h)","Duration (decimal)","Billable Rate (USD)",
"Billable Amount (USD)"`` (``Activity`` for ``Task`` in some, ``Client`` missing or last, ``Date of
creation`` or ``Type`` added; a row may stop short of the last columns).

Dates follow the user's setting: ``MM/DD/YYYY``, ``DD/MM/YYYY``, ``DD-MM-YYYY``, ``DD.MM.YYYY``
(dots: always day first) or ``YYYY-MM-DD``. The order of the others is decided from the whole file: a first part over 12 can only be
a day (day first), a second part over 12 only a day (month first); a line that contradicts the
order an earlier line proved is refused. A file whose every date could be either is read with
``ReadOptions.date_order``, else month first with ``DATE_ORDER`` in ``Parsed.asks``. Times are
12-hour (``10:23 AM``, ``10:23:52 AM``) or 24-hour (``14:05``, ``14:05:33``).

The length is ``Duration (h)`` (``HH:MM:SS``, ``H:MM``), else ``Duration (decimal)`` (rounded by
Clockify to the hundredth of an hour), else the end minus the start. ``Billable Rate (XXX)`` is the
hourly rate in the currency its title names. Breaks (``Type`` Break) are not work and are skipped.
"""

from __future__ import annotations

from datetime import date, datetime
from itertools import compress
from pathlib import Path

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services.io.sources.base import (
    DATE_ORDER,
    DMY,
    END_BEFORE_START,
    END_IS_START,
    LOCAL,
    MDY,
    TIME,
    Distinct,
    Format,
    LineProblem,
    Parsed,
    ReadOptions,
    RowKeys,
    Sample,
    decimal_seconds,
    record_blocks,
)
from freelance_desk.services.io.sources.detailed import (
    Columns,
    Details,
    block_columns,
    clock_of_day,
    header_titles,
    length,
    missing_column,
    no_rows,
    open_report,
    positive,
    read_clock,
    refuse,
)

NAME = "clockify"
_ORDINAL_1970 = date(1970, 1, 1).toordinal()
TOOL = "Clockify"

FIELDS = {
    "project": ("project",),
    "client": ("client",),
    "description": ("description",),
    "task": ("task", "activity"),
    "user": ("user",),
    "email": ("email",),
    "tags": ("tags", "tag"),
    "billable": ("billable",),
    "start date": ("start date",),
    "start time": ("start time",),
    "end date": ("end date",),
    "end time": ("end time",),
    "duration": ("duration (h)",),
    "decimal": ("duration (decimal)",),
    "type": ("type",),
}
REQUIRED = {"project": "Project", "start date": "Start Date", "start time": "Start Time"}


def detect(sample: Sample) -> int:
    titles = header_titles(sample)
    if not {"project", "start date", "start time"} <= titles:
        return 0
    if "duration (h)" in titles or "duration (decimal)" in titles:
        return 100
    # a detailed report with its duration columns left out: no other format has these without a duration
    return 60 if {"end date", "end time"} <= titles and "duration" not in titles else 0


class _Dates:
    """Each distinct date text read once into (year, first, second, fixed); the day-or-month evidence kept.

    ``fixed``: the parts are year, month, day whatever the order (2026-03-25, 25.03.2026).
    """

    def __init__(self) -> None:
        self.parts: dict[str, tuple[int, int, int, bool]] = {}  # each date text read
        self.day_first: tuple[int, str] | None = None  # the first line only day first can read, and its text
        self.month_first: tuple[int, str] | None = None
        self.either = False  # a date that reads both ways, as two different days

    def read(self, text: str, line: int) -> None:
        """Reads ``text`` (once) into ``parts``, or raises when it is no date in either order."""
        if text not in self.parts:
            self.parts[text] = self._parts(text.strip(), line)

    def _parts(self, value: str, line: int) -> tuple[int, int, int, bool]:
        mark = "/" if "/" in value else "." if "." in value else "-"
        parts = value.split(mark)
        if len(parts) == 3 and all(p.isascii() and p.isdigit() for p in parts):
            a, b, c = parts
            if len(a) == 4 and len(b) <= 2 and len(c) <= 2 and _valid(int(a), int(b), int(c)):
                return int(a), int(b), int(c), True  # year first: always year, month, day
            if mark == "." and len(c) == 4 and _valid(int(c), int(b), int(a)):
                return int(c), int(b), int(a), True  # 25.03.2026: dots are always day first
            if mark != "." and len(c) == 4 and len(a) <= 2 and len(b) <= 2:
                year, first, second = int(c), int(a), int(b)
                day_first, month_first = _valid(year, second, first), _valid(year, first, second)
                if day_first and not month_first:
                    self.day_first = self.day_first or (line, value)
                elif month_first and not day_first:
                    self.month_first = self.month_first or (line, value)
                elif day_first and first != second:
                    self.either = True  # 03/04/2026: March 4 or April 3
                if day_first or month_first:
                    return year, first, second, False
        raise not_a_date(value)

    @property
    def proved(self) -> str | None:
        """The order the file has proved so far (the earlier proof wins), else None."""
        if self.day_first is None:
            return None if self.month_first is None else MDY
        return DMY if self.month_first is None or self.day_first < self.month_first else MDY

    def day(self, text: str, order: str) -> date:
        year, a, b, fixed = self.parts[text]
        month, day = (a, b) if fixed or order == MDY else (b, a)
        try:
            return date(year, month, day)
        except ValueError:
            pass
        proof = self.day_first if order == DMY else self.month_first
        if month > 12 and proof is not None:
            template = (
                QT_TRANSLATE_NOOP("services", "“{text}” has the day second, but line {line} (“{other}”) has it first: "
                                              "the dates mix two orders.") if order == DMY else
                QT_TRANSLATE_NOOP("services", "“{text}” has the day first, but line {line} (“{other}”) has it second: "
                                              "the dates mix two orders."))
            raise DomainError(template, text=text.strip(), line=proof[0], other=proof[1])
        raise not_a_date(text.strip())


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def not_a_date(text: str) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP("services", "“{text}” is not a date; Clockify writes dates like 03/25/2026, 25/03/2026, "
                                      "25.03.2026 or 2026-03-25."),
        text=text,
    )


def read(path: Path, options: ReadOptions) -> Parsed:
    parsed = Parsed(NAME)
    problems = parsed.problems
    report = open_report(path, options, parsed, FIELDS, REQUIRED, TOOL, _no_length)
    if report is None:
        return parsed
    columns, rows = report
    row_details = Details(columns)
    details, currency = row_details.read, row_details.currency
    day_at, time_at, end_day_at, end_time_at = (columns["start date"], columns["start time"],
                                                columns["end date"], columns["end time"])
    clocked = columns.has("duration")  # else decimal hours, else the end minus the start
    timed = clocked or columns.has("decimal")
    duration_at = columns["duration"] if clocked else columns["decimal"]
    typed, type_at, width, fit = columns.has("type"), columns["type"], columns.width, columns.fit
    used = (*row_details.columns, *((duration_at,) if timed else (end_day_at, end_time_at)))
    padded = width in used  # a field is missing: it reads the empty cell at ``width``
    row_keys = RowKeys()
    keys = row_keys.key
    dates, clocks, lengths = _Dates(), {}, {}
    known, read_date, day_of = dates.parts, dates.read, dates.day
    combine, table = datetime.combine, parsed.entries
    # Until a date proves the file's order, the rows are held (``early``); then, or at the end with the
    # order the user gave (else month first), they are read in it, and every later row as it comes.
    order = options.date_order or MDY
    early: list[tuple] | None = []
    days: dict[str, date] = {}

    def add(line, key, day_text, clock, end, seconds, row) -> None:
        try:
            day = days.get(day_text) or days.setdefault(day_text, day_of(day_text, order))
            start = combine(day, clock)
            if seconds is None:
                end_day = days.get(end[0]) or days.setdefault(end[0], day_of(end[0], order))
                span = combine(end_day, end[1]) - start
                seconds = _span(span.days * 86400 + span.seconds)
        except DomainError as error:
            problems.append(LineProblem(line, error))
            return
        table.add(line, key, day, start, seconds, *row, currency)

    def add_block(lines, block_keys, day_texts, clocks_of, seconds, notes, billable, rates, names) -> None:
        """``add`` of a block read by column: a row whose date does not read in ``order`` refused by its line."""
        ordinals = list(map(ordinal_of.__getitem__, day_texts))
        if ordinal_of.refused and not ordinal_of.refused.isdisjoint(day_texts):
            kept = [text not in ordinal_of.refused for text in day_texts]
            for line, text, keep in zip(lines, day_texts, kept):
                if not keep:
                    try:
                        day_of(text, order)
                    except DomainError as error:
                        problems.append(LineProblem(line, error))
            lines, block_keys, ordinals, clocks_of, seconds, notes, billable, rates, names = (
                list(compress(column, kept)) for column in (lines, block_keys, ordinals, clocks_of, seconds, notes,
                                                            billable, rates, names))
        table.add_rows(lines, block_keys, ordinals, [LOCAL] * len(lines),
                       [(day - _ORDINAL_1970) * 86400 + clock for day, clock in zip(ordinals, clocks_of)],
                       seconds, billable, rates, notes, table.names_codes(names))

    def replay(item) -> None:
        if len(item) == 9:
            add_block(*item)
        else:
            add(*item)

    ordinal_of = Distinct(lambda text: day_of(text, order).toordinal())  # read once the order is known
    block_clocks = Distinct(clock_of_day)
    block_lengths = Distinct(length if clocked else lambda text: positive(_decimal(text), text.strip()))
    firsts = dates.parts

    breaks = 0
    line = 1
    for lines, block in record_blocks(rows):
        line = lines[-1]
        by_column = block_columns(block, width, padded) if timed else None  # an end's date and time: row by row
        if by_column is not None and not (typed and any(text.strip().casefold() == "break"
                                                        for text in set(by_column[type_at]))):
            item = _block(lines, block, by_column, row_keys, dates, firsts, block_clocks, block_lengths,
                          row_details, day_at, time_at, duration_at)
            if item is not None:
                if early is None:
                    add_block(*item)
                    continue
                early.append(item)
                if dates.proved is not None:  # a date of this block proved the order
                    order = dates.proved
                    for held in early:
                        replay(held)
                    early = None
                continue
        for line, cells in zip(lines, block):  # a block with a row that does not read: row by row, as before
            key = keys(cells)
            if padded or len(cells) != width:
                cells = fit(cells)
            if typed and cells[type_at].strip().casefold() == "break":
                breaks += 1
                continue
            try:
                if cells[day_at] not in known:
                    read_date(cells[day_at], line)
                clock = clocks.get(cells[time_at]) or read_clock(cells[time_at], clocks)
                end = seconds = None
                if timed:
                    text = cells[duration_at]
                    seconds = lengths.get(text) or lengths.setdefault(
                        text, length(text) if clocked else positive(_decimal(text), text.strip()))
                else:
                    if cells[end_day_at] not in known:
                        read_date(cells[end_day_at], line)
                    end = (cells[end_day_at], clocks.get(cells[end_time_at]) or read_clock(cells[end_time_at], clocks))
                row = details(cells, seconds)  # seconds: None until the end is read (no amount's rate then)
            except DomainError as error:
                refuse(parsed, line, cells, day_at, error)
                continue
            if early is None:
                add(line, key, cells[day_at], clock, end, seconds, row)
                continue
            early.append((line, key, cells[day_at], clock, end, seconds, row))
            if dates.proved is not None:  # this row's date proved the order
                order = dates.proved
                for item in early:
                    replay(item)
                early = None
    if early is not None:  # nothing proved the order
        for item in early:
            replay(item)
        if dates.either and not options.date_order:
            parsed.asks.add(DATE_ORDER)  # read month first; the user should say
    no_rows(parsed, line > 1)
    if breaks:
        parsed.notes.append(DomainError(
            QT_TRANSLATE_NOOP("services", "Breaks are not work time; {count} break entries were skipped."), count=breaks))
    return parsed


def _block(lines, block, by_column, row_keys, dates, firsts, clocks, lengths, details, day_at, time_at, duration_at):
    """A block of rows read by column, as ``add_block`` takes it (the dates as their texts: the order may be
    unknown yet), or None when a row's date, time, duration, billable or rate cell does not read (the block is
    then read row by row). Each new date text is read in the order of its first line, as the rows would be."""
    day_texts = by_column[day_at]
    first_line = dict(zip(reversed(day_texts), reversed(lines)))  # each text's first line (the last one set wins)
    try:
        for text in dict.fromkeys(day_texts):
            if text not in firsts:
                dates.read(text, first_line[text])
    except DomainError:
        return None
    clocks_of = clocks.column(by_column[time_at])
    seconds = lengths.column(by_column[duration_at])
    read = None if clocks_of is None or seconds is None else details.block(by_column, seconds)
    if read is None:
        return None
    return (lines, row_keys.keys(block), day_texts, clocks_of, seconds, *read)


def _no_length(columns: Columns) -> list[LineProblem]:
    """A header without a length: no duration column of either kind, nor the end's date and time."""
    if columns.has("duration") or columns.has("decimal") or (columns.has("end date") and columns.has("end time")):
        return []
    return [LineProblem(1, missing_column("Duration (h)", TOOL))]


def _decimal(text: str) -> int:
    """Decimal hours as Clockify writes them: ``1.50``, or ``1,50`` where the comma is the decimal mark."""
    value = text.strip()
    return decimal_seconds(value, "," if "," in value and "." not in value else ".")


def _span(seconds: int) -> int:
    if seconds < 0:
        raise DomainError(END_BEFORE_START)
    if seconds == 0:
        raise DomainError(END_IS_START)
    return seconds


FORMAT = Format(
    name=NAME,
    label=QT_TRANSLATE_NOOP("ImportFormats", "Clockify (detailed report, CSV)"),
    kind=TIME,
    detect=detect,
    read=read,
)
