"""Harvest's detailed time report (Reports → Detailed time → Export → CSV), as a source.

One row a time entry with its date and decimal hours, no clock times: ``start`` is None and the
import lays the day's entries out back to back. Columns are found by their names (Harvest adds
and drops some between accounts: ``Hours Rounded``, ``Approved?``, ``Employee Id``, ``Teams``…).
Hours may be written with a decimal comma (``"2.000,0"``, ``"1,5"``) and dates in the account's
format (``2024-03-04``, ``03/04/2024``, ``04.03.2024``): both are decided from the whole file.
Harvest has no entry id, so a row's key is the hash of its cells.
"""

from __future__ import annotations

import csv
import sys
from operator import itemgetter
from pathlib import Path

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services.io.lines import csv_records
from freelance_desk.services.io.sources.base import (
    DATE_ORDER,
    MDY,
    TIME,
    Format,
    LineProblem,
    Parsed,
    ReadOptions,
    RowKeys,
    Sample,
    SourceEntry,
    amount_minor,
    clean_note,
    date_order,
    decimal_mark,
    decimal_seconds,
    folded,
    read_date,
)

NAME = "harvest"

REQUIRED = ("Date", "Client", "Project", "Hours")
# What tells Harvest's report from another tool's CSV with a date, a client and hours.
_MARKS = {"billable?", "hours rounded", "invoiced?", "approved?", "first name", "project code", "employee?"}
_NO = {"no", "false", "0"}


def _header(line: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=_delimiter(line)))
    except (csv.Error, StopIteration):
        return []


def _delimiter(line: str) -> str:
    return ";" if line.count(";") > line.count(",") else ","


def detect(sample: Sample) -> int:
    names = {folded(cell) for cell in _header(sample.first_line)}
    if {folded(name) for name in REQUIRED} <= names and len(names & _MARKS) >= 2:
        return 100
    return 0


def _columns(cells: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        columns.setdefault(folded(cell), index)
    for name in REQUIRED:
        if folded(name) not in columns:
            raise DomainError(QT_TRANSLATE_NOOP(
                "services", "The column “{column}” is missing; a {format} export has it."), column=name, format="Harvest")
    return columns


def _currency(text: str) -> str:
    """``Euro - EUR`` → EUR; a bare code as it is."""
    code = text.rpartition(" - ")[2].strip().upper()
    return code if len(code) == 3 and code.isalpha() else ""


def read(path: Path, options: ReadOptions) -> Parsed:
    parsed = Parsed(NAME)
    try:
        first = Sample.of(Path(path)).first_line
    except OSError:
        first = ""  # csv_records says why it cannot be read
    records = csv_records(path, parsed.problems, breaks=True, delimiter=_delimiter(first),
                          progress=options.progress, cancelled=options.cancelled)
    for line, cells in records:  # the header
        try:
            columns = _columns(cells)
        except DomainError as error:
            parsed.problems.append(LineProblem(line, error))
            return parsed
        width = len(cells)
        break
    else:
        if not parsed.problems:
            parsed.problems.append(LineProblem(1, DomainError(
                QT_TRANSLATE_NOOP("services", "The file is empty: it needs a header row and time entries."))))
        return parsed

    # First pass: each row's key and the cells read, kept small; the file's decisions need every row.
    pick = itemgetter(*(columns.get(name, -1) for name in (
        "date", "hours", "billable rate", "currency", "first name", "last name", "project", "client", "task", "notes",
        "billable?")))
    key = RowKeys().key
    rows = []
    keep = rows.append
    for line, cells in records:
        row_key = key(cells)
        if len(cells) < width:
            cells += [""] * (width - len(cells))
        cells.append("")  # what a column the report leaves out (-1) reads
        keep((line, row_key, *pick(cells)))

    mark = decimal_mark({r[3] for r in rows} | {r[4] for r in rows})  # hours and rates; the distinct values decide
    order, asked = date_order({r[2] for r in rows}, options.date_order, MDY)
    if asked:
        parsed.asks.add(DATE_ORDER)

    # Second pass. Each distinct cell is read once: a report repeats its dates, hours, rates and names.
    days: dict[str, object] = {}
    hours: dict[str, int] = {}
    rates: dict[tuple[str, str], tuple[int | None, str]] = {}
    names: dict[str, str] = {"": ""}
    people: dict[tuple[str, str], str] = {}
    flags: dict[str, bool] = {}
    intern = sys.intern
    append = parsed.entries.append
    problem = parsed.problems.append
    for line, row_key, day_text, hours_text, rate, currency, first_name, last_name, project, client, task, note, \
            billable_text in rows:
        try:
            day = days.get(day_text)
            if day is None:
                day = days[day_text] = read_date(day_text, order)
            seconds = hours.get(hours_text)
            if seconds is None:
                seconds = hours[hours_text] = _seconds(hours_text.strip(), mark)
            money = rates.get((rate, currency))
            if money is None:
                code = _currency(currency)
                money = rates[rate, currency] = (
                    amount_minor(rate, mark, code) if rate.strip() else None, intern(code))
            user = people.get((first_name, last_name))
            if user is None:
                user = people[first_name, last_name] = intern(
                    " ".join(part.strip() for part in (first_name, last_name) if part.strip()))
            billable = flags.get(billable_text)
            if billable is None:
                billable = flags[billable_text] = billable_text.strip().casefold() not in _NO
            append(SourceEntry(
                line, row_key, day, None, seconds,
                names.get(project) or names.setdefault(project, intern(project.strip())),
                names.get(client) or names.setdefault(client, intern(client.strip())),
                names.get(task) or names.setdefault(task, intern(task.strip())),
                note.strip() if note.isprintable() else clean_note(note), (), billable, user, "", money[0], money[1],
            ))
        except DomainError as error:
            problem(LineProblem(line, error))
    return parsed


def _seconds(text: str, mark: str) -> int:
    if text.startswith("-"):
        raise DomainError(QT_TRANSLATE_NOOP(
            "services", "“{text}” is a negative duration; an entry needs a length."), text=text)
    seconds = decimal_seconds(text, mark)
    if seconds <= 0:
        raise DomainError(QT_TRANSLATE_NOOP("services", "“{text}” is a duration of zero; an entry needs a length."),
                          text=text)
    return seconds


FORMAT = Format(NAME, QT_TRANSLATE_NOOP("ImportFormats", "Harvest (detailed time report CSV)"), TIME, detect, read)
