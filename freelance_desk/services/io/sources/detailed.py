"""What Toggl Track's and Clockify's detailed reports (CSV) share: one row an entry after a header row.

Columns are found by their titles (case-insensitive, any order; a field the file lacks reads an empty
cell), the currency from a title's brackets (``Amount (EUR)``, ``Billable Rate (USD)``), times of day in
12 or 24 hours, durations as ``HH:MM:SS``, and what a row says beside its times (:class:`Details`). An
empty file, a header without a required column, a header with no rows and a report's totals row are
told here alike for both.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from datetime import time
from operator import itemgetter
from pathlib import Path

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services.io.lines import csv_records
from freelance_desk.services.io.sources.base import (
    NO,
    NO_RATE,
    YES,
    Distinct,
    LineProblem,
    Parsed,
    ReadOptions,
    Sample,
    amount_minor,
    clean_note,
    clean_notes,
    clock_seconds,
    csv_line,
    folded,
    no_header,
    read_billable,
    title_index,
)


def header_titles(sample: Sample) -> set[str]:
    """The folded titles of a sample's first line (comma, else the separator it uses most)."""
    return {folded(cell) for cell in csv_line(sample.first_line)}


class Columns:
    """Where each field is in a header; a field the file lacks reads an empty cell at ``width``."""

    def __init__(self, header: list[str], fields: dict[str, tuple[str, ...]]):
        self.width = len(header)
        titles = title_index(header)
        self.found = {field: next((titles[t] for t in names if t in titles), None) for field, names in fields.items()}
        self.header = header

    def __getitem__(self, field: str) -> int:
        number = self.found.get(field)
        return self.width if number is None else number

    def has(self, field: str) -> bool:
        return self.found.get(field) is not None

    def bracketed(self, *titles: str) -> tuple[int | None, str]:
        """The column titled ``title`` or ``title (XXX)``, and the currency code in its brackets ("" if none)."""
        for number, cell in enumerate(self.header):
            title = folded(cell)
            for name in titles:
                if title == name:
                    return number, ""
                if title.startswith(name) and title[len(name):].lstrip().startswith("(") and title.endswith(")"):
                    return number, currency_code(title[title.index("(") + 1:-1])
        return None, ""

    def missing(self, required: dict[str, str], tool: str) -> list[LineProblem]:
        return [LineProblem(1, missing_column(title, tool)) for field, title in required.items() if not self.has(field)]

    def fit(self, cells: list[str]) -> list[str]:
        """The row cut or padded to the header's width, and the empty cell at ``width`` the missing fields read."""
        count = len(cells)
        if count < self.width:
            cells.extend([""] * (self.width - count))
        elif count > self.width:
            del cells[self.width:]
        cells.append("")
        return cells


def missing_column(title: str, tool: str) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP("services", "The header has no “{column}” column, which a {tool} detailed report has; "
                                      "export the detailed report again with that column."),
        column=title, tool=tool,
    )


_CURRENCY_NAMES = {"EURO": "EUR", "EUROS": "EUR"}  # Clockify writes the workspace's currency as typed


def currency_code(text: str) -> str:
    """The ISO code a title's brackets hold ("eur" → "EUR"), else ""."""
    code = text.strip().upper()
    code = _CURRENCY_NAMES.get(code, code)
    return code if len(code) == 3 and code.isascii() and code.isalpha() else ""


# A time of day as clock_time reads it (trimmed, in capitals): H:MM or HH:MM, then :SS, then AM or PM.
_CLOCK_TIME = re.compile(r"([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?(?:\s*([AP]M))?")


def clock_time(text: str) -> tuple[int, int, int]:
    """A time of day as (hour, minute, second): ``14:05``, ``14:05:30``, ``2:05 PM``, ``02:05:30 pm``."""
    match = _CLOCK_TIME.fullmatch(text.strip().upper())
    if match:
        hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
        half = match[4]
        if half:
            valid = 1 <= hour <= 12
            hour = hour % 12 + (12 if half == "PM" else 0)
        else:
            valid = hour <= 23
        if valid and minute <= 59 and second <= 59:
            return hour, minute, second
    raise DomainError(
        QT_TRANSLATE_NOOP("services", "“{text}” is not a time of day; it should read like 14:05, 14:05:30 or 2:05 PM."),
        text=text.strip(),
    )


def clock_of_day(text: str) -> int:
    """A time of day (:func:`clock_time`) as seconds after midnight."""
    hour, minute, second = clock_time(text)
    return hour * 3600 + minute * 60 + second


def read_clock(text: str, cache: dict[str, time]) -> time:
    """A time of day, read once per distinct text into ``cache``."""
    moment = cache[text] = time(*clock_time(text))
    return moment


def length(text: str) -> int:
    """A duration cell (``HH:MM:SS``, past 24 h allowed) as seconds, more than zero."""
    value = text.strip()
    if value.startswith(("-", "\u2212")):
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "The duration “{text}” is negative; an entry lasts more than zero seconds."),
            text=value,
        )
    return positive(clock_seconds(value), value)


def positive(seconds: int, text: str) -> int:
    if seconds <= 0:
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "The duration “{text}” is zero; an entry lasts more than zero seconds."),
            text=text,
        )
    return seconds


def totals_row(cells: list[str], date_column: int) -> bool:
    """A row without a start date whose first filled cell says Total (a report's sum, not an entry)."""
    if cells[date_column].strip():
        return False
    first = next((cell for cell in cells if cell.strip()), "")
    return folded(first).startswith("total")


def totals_note(line: int) -> DomainError:
    return DomainError(QT_TRANSLATE_NOOP("services", "Line {line} is a totals row, not an entry; it was skipped."),
                       line=line)


class Details:
    """What a row says beside its times, read alike for Toggl and Clockify; the hourly rate's column
    (``Rate``, ``Billable Rate``, ``Hourly Rate``) and the currency its title or the amount's names.

    Repeated texts are read once: the names (project, client, task, user, email) once per
    combination and interned, each tag list and rate once per text. ``read(cells)`` gives project,
    client, task, note, tags, billable, user, email, rate_minor: SourceEntry's fields in its order;
    ``block(columns)`` the same of a block's rows by column.
    """

    def __init__(self, columns: Columns):
        self.columns = (columns["project"], columns["client"], columns["task"], columns["user"], columns["email"],
                        columns["description"], columns["tags"], columns["billable"])
        rate_column, rate_currency = columns.bracketed("rate", "billable rate", "hourly rate")
        amount_column, amount_currency = columns.bracketed("amount", "billable amount")
        self.currency = rate_currency or amount_currency  # the rate's, else the amount's ("" if neither names one)
        # Without a rate column (Toggl's report), the rate an entry's amount was worked out at, from its length.
        self.amount_column = amount_column if rate_column is None and self.currency else None
        self._rates = Distinct(self.rate_minor)  # the rate column's, else (as a rate reads) the amount column's
        self._hourly = _HourlyRates()  # at one rate, a length has one amount: the pairs repeat
        self.read = self._reader(rate_column)  # a closure: its lookups are locals, read 200,000 times a file
        self.rate_column = rate_column
        intern, currency = sys.intern, self.currency
        self._named = Distinct(lambda raw: (*(intern(name.strip()) for name in raw[:3]), tag_list(raw[5]),
                                            intern(raw[3].strip()), intern(raw[4].strip()), currency))
        self._billable = Distinct(read_billable)

    def block(self, columns: list, seconds: list[int]) -> tuple[list, list, list, list] | None:
        """A block's notes, billable flags, rates (NO_RATE for none) and names (EntryTable's combinations, for
        ``names_codes``), each distinct text read once, from its ``columns`` (the block's cells by column, the
        empty column at ``Columns.width`` too) and its rows' ``seconds``; None when a billable, rate or amount
        cell cannot be read."""
        project, client, task, user, email, note, tags, billable = (columns[at] for at in self.columns)
        flags = self._billable.column(billable)
        if flags is None:
            return None
        rates = [NO_RATE] * len(note)
        if self.rate_column is not None:
            read = self._rates.column(columns[self.rate_column])
            if read is None:
                return None
            rates = [NO_RATE if rate is None else rate for rate in read]
        elif self.amount_column is not None:  # an amount that does not read proposes no rate (nothing is refused)
            amounts = map(self._rates.__getitem__, columns[self.amount_column])
            rate_of = self._hourly
            rates = [NO_RATE if amount is None else rate_of[amount, length]
                     for amount, length in zip(amounts, seconds, strict=True)]
        names = list(map(self._named.__getitem__, zip(project, client, task, user, email, tags)))
        return clean_notes(note), flags, rates, names

    def _reader(self, rate_column: int | None):
        """``read(cells, seconds)``: a row's fields (``seconds``, its length, gives the rate of an amount; None
        when not known yet)."""
        names_of = itemgetter(*self.columns[:5])
        amount_column, amount_of, hourly = self.amount_column, self._rates, self._hourly
        note_at, tags_at, billable_at = self.columns[5:]
        names: dict[tuple[str, ...], tuple[str, ...]] = {}
        tag_lists: dict[str, tuple[str, ...]] = {}
        rates: dict[str, int | None] = {}
        answers = {word: True for word in YES} | {word: False for word in NO} | {"": True}
        rate_minor, intern = self.rate_minor, sys.intern

        def read(cells: list[str], seconds: int | None) -> tuple:
            raw = names_of(cells)
            named = names.get(raw)
            if named is None:
                named = names[raw] = tuple(intern(name.strip()) for name in raw)
            note = clean_note(cells[note_at])
            tags = tag_lists.get(cells[tags_at])
            if tags is None:
                tags = tag_lists[cells[tags_at]] = tag_list(cells[tags_at])
            billable = answers.get(cells[billable_at])
            if billable is None:
                billable = read_billable(cells[billable_at])
            rate = None
            if rate_column is not None:
                rate = rates.get(cells[rate_column], 0)
                if rate == 0:
                    rate = rates[cells[rate_column]] = rate_minor(cells[rate_column])
            elif amount_column is not None and seconds:
                amount = amount_of[cells[amount_column]]  # one that does not read proposes no rate (not refused)
                rate = None if amount is None else hourly[amount, seconds]
            project, client, task, user, email = named
            return project, client, task, note, tags, billable, user, email, rate

        return read

    def rate_minor(self, text: str) -> int | None:
        """An hourly rate in minor units of the file's currency (its digits, else 2); none (or 0) is None."""
        if not text.strip() or not self.currency:
            return None
        minor = amount_minor(text, ".", self.currency)
        if minor < 0:
            raise DomainError(QT_TRANSLATE_NOOP("services", "The amount cannot be negative."))
        return minor or None


# The roundest rate first: whole hundreds of the currency, then tens, fives, whole units, halves, tenths.
_ROUND_STEPS = (10_000, 1_000, 500, 100, 50, 10, 5, 1)


def hourly_rate(amount_minor: int, seconds: int) -> int:
    """The hourly rate (minor units) an entry's ``amount_minor`` was worked out at for ``seconds``: of the rates
    that give that amount rounded to the cent, the roundest (20 minutes for 23.33 is 70.00 an hour, not 69.99)."""
    low = -((-(2 * amount_minor - 1) * 3600) // (2 * seconds))  # the amount's half-cent bounds, as rates
    high = (2 * amount_minor + 1) * 3600 // (2 * seconds)
    for step in _ROUND_STEPS:
        rate = -(-low // step) * step
        if rate <= high:
            return rate
    return (amount_minor * 3600 * 2 + seconds) // (2 * seconds)  # no whole rate in between (over an hour)


class _HourlyRates(dict):
    """``hourly_rate`` of each distinct (amount, seconds), worked out once."""

    def __missing__(self, pair: tuple[int, int]) -> int:
        rate = self[pair] = hourly_rate(*pair)
        return rate


def tag_list(text: str) -> tuple[str, ...]:
    """A tags cell (``design, admin``) as its tags, trimmed and interned, none empty."""
    return tuple(sys.intern(tag) for tag in (part.strip() for part in text.split(",")) if tag)


def block_columns(rows, width: int, padded: bool) -> list | None:
    """A block's cells by column, with the empty column a missing field reads at ``width`` when ``padded``; None
    when a row has more or fewer cells than the header (read row by row, cut or padded by ``Columns.fit``)."""
    if set(map(len, rows)) != {width}:
        return None
    columns = list(zip(*rows))
    if padded:
        columns.append(("",) * len(rows))
    return columns


def open_report(path: Path, options: ReadOptions, parsed: Parsed, fields: dict[str, tuple[str, ...]],
                required: dict[str, str], tool: str, check=None) -> tuple[Columns, Iterator] | None:
    """A detailed report's columns and its rows after the header, or None when there are none to read: the
    file is empty (said, unless reading it told why), or its header lacks a ``required`` column (each named on
    line 1, with what ``check(columns)`` finds besides).
    """
    problems = parsed.problems
    rows = csv_records(path, problems, breaks=True, progress=options.progress, cancelled=options.cancelled)
    first = next(rows, None)
    if first is None:
        no_header(parsed)
        return None
    columns = Columns(first[1], fields)
    problems += columns.missing(required, tool)
    if check is not None:
        problems += check(columns)
    return None if problems else (columns, rows)


def refuse(parsed: Parsed, line: int, cells: list[str], date_column: int, error: DomainError) -> None:
    """A row that could not be read: a report's totals row is skipped with a note, any other refused by its line."""
    if totals_row(cells, date_column):
        parsed.notes.append(totals_note(line))
    else:
        parsed.problems.append(LineProblem(line, error))


def no_rows(parsed: Parsed, any_rows: bool) -> None:
    if not any_rows and not parsed.problems:
        parsed.problems.append(LineProblem(2, DomainError(
            QT_TRANSLATE_NOOP("services", "The file has a header row but no time entries."))))
