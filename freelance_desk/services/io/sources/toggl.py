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
    TIME,
    Format,
    Parsed,
    ReadOptions,
    RowKeys,
    Sample,
    iso_date,
)
from freelance_desk.services.io.sources.detailed import (
    Details,
    header_titles,
    length,
    no_rows,
    open_report,
    read_clock,
    refuse,
)

NAME = "toggl"
TOOL = "Toggl Track"

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
    keys = RowKeys().key
    days: dict[str, date] = {}  # each distinct text read once: one date object a day, one time a minute
    clocks: dict[str, time] = {}
    lengths: dict[str, int] = {}
    read_day = days.setdefault
    add, combine = parsed.entries.add, datetime.combine
    line = 1
    for line, cells in rows:
        key = keys(cells)
        if padded or len(cells) != width:
            cells = fit(cells)
        try:
            day = days.get(cells[day_at]) or read_day(cells[day_at], iso_date(cells[day_at].strip()))
            clock = clocks.get(cells[time_at]) or read_clock(cells[time_at], clocks)
            text = cells[duration_at]
            seconds = lengths.get(text) or lengths.setdefault(text, length(text))
            add(line, key, day, combine(day, clock), seconds, *details(cells), currency)
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
