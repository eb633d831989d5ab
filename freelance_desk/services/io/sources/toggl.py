"""Toggl Track's detailed report as CSV (Reports → Detailed → Export → Download CSV).

One row an entry after a header row, UTF-8 with a byte-order mark, commas, naive local times:
``User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,
Duration,Tags,Amount (EUR)``. The amount column is ``Amount ()`` without a currency, another
currency's code, or absent; newer exports name the person ``Member`` and the end ``Stop date`` /
``Stop time``, and let the user leave columns out. Headers are matched case-insensitively.

``Duration`` (``HH:MM:SS``, hours past 24 allowed) is the entry's length, as Toggl reports it,
even where the end minus the start differs (Toggl rounds and keeps running entries apart).
The file has no entry ids, so an entry's key is a hash of its row's cells.

What it shares with Clockify's detailed report, which has the same shape, is in :mod:`.detailed`.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services.io.sources.base import (
    LOCAL,
    TIME,
    Distinct,
    Format,
    Parsed,
    ReadOptions,
    RowKeys,
    Sample,
    iso_date,
    record_blocks,
)
from freelance_desk.services.io.sources.detailed import (
    Details,
    block_columns,
    clock_of_day,
    header_titles,
    length,
    no_rows,
    open_report,
    read_clock,
    refuse,
)

NAME = "toggl"
TOOL = "Toggl Track"
_ORDINAL_1970 = date(1970, 1, 1).toordinal()

# Each field and the titles (folded) it goes by.
FIELDS = {
    "user": ("user", "member"),
    "email": ("email",),
    "client": ("client",),
    "project": ("project",),
    "task": ("task",),
    "description": ("description",),
    "billable": ("billable",),
    "start date": ("start date",),
    "start time": ("start time",),
    "duration": ("duration",),
    "tags": ("tags", "tag"),
}
REQUIRED = {"project": "Project", "start date": "Start date", "start time": "Start time", "duration": "Duration"}


def detect(sample: Sample) -> int:
    titles = header_titles(sample)
    return 100 if {"project", "start date", "start time", "duration"} <= titles else 0


def read(path: Path, options: ReadOptions) -> Parsed:
    parsed = Parsed(NAME)
    report = open_report(path, options, parsed, FIELDS, REQUIRED, TOOL)
    if report is None:
        return parsed
    columns, rows = report
    row_details = Details(columns)
    details, currency = row_details.read, row_details.currency
    day_at, time_at, duration_at = columns["start date"], columns["start time"], columns["duration"]
    width, fit = columns.width, columns.fit
    padded = width in row_details.columns  # a field is missing: it reads the empty cell at ``width``
    row_keys = RowKeys()
    keys = row_keys.key
    days: dict[str, date] = {}  # each distinct text read once: one date object a day, one time a minute
    clocks: dict[str, time] = {}
    lengths: dict[str, int] = {}
    read_day = days.setdefault
    add, combine = parsed.entries.add, datetime.combine
    block_days = Distinct(lambda text: iso_date(text.strip()).toordinal())
    block_clocks, block_lengths = Distinct(clock_of_day), Distinct(length)
    table = parsed.entries
    line = 1
    for lines, block in record_blocks(rows):
        line = lines[-1]
        by_column = block_columns(block, width, padded)
        if by_column is not None:  # each distinct date, time and duration read once, the rows added at once
            ordinals = block_days.column(by_column[day_at])
            clocks_of = block_clocks.column(by_column[time_at])
            seconds = block_lengths.column(by_column[duration_at])
            read = None if ordinals is None or clocks_of is None or seconds is None else row_details.block(
                by_column, seconds)
            if read is not None:
                notes, billable, rates, names = read
                count = len(block)
                table.add_rows(lines, row_keys.keys(block), ordinals, [LOCAL] * count,
                               [(day - _ORDINAL_1970) * 86400 + clock for day, clock in zip(ordinals, clocks_of)],
                               seconds, billable, rates, notes, table.names_codes(names))
                continue
        for line, cells in zip(lines, block):  # a block with a row that does not read: row by row, as before
            key = keys(cells)
            if padded or len(cells) != width:
                cells = fit(cells)
            try:
                day = days.get(cells[day_at]) or read_day(cells[day_at], iso_date(cells[day_at].strip()))
                clock = clocks.get(cells[time_at]) or read_clock(cells[time_at], clocks)
                text = cells[duration_at]
                seconds = lengths.get(text) or lengths.setdefault(text, length(text))
                add(line, key, day, combine(day, clock), seconds, *details(cells, seconds), currency)
            except DomainError as error:
                refuse(parsed, line, cells, day_at, error)
    no_rows(parsed, line > 1)
    return parsed


FORMAT = Format(
    name=NAME,
    label=QT_TRANSLATE_NOOP("ImportFormats", "Toggl Track (detailed report, CSV)"),
    kind=TIME,
    detect=detect,
    read=read,
)
