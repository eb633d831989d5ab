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
from array import array
from pathlib import Path

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services.io.lines import csv_records
from freelance_desk.services.io.sources.base import (
    DATE_ORDER,
    MDY,
    TIME,
    CodedColumns,
    Format,
    LineProblem,
    Parsed,
    ReadOptions,
    RowKeys,
    Sample,
    SourceEntry,
    amount_minor,
    clean_note,
    coded_value,
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

    # First pass: each row's line, key and note, and a code for each other cell (a report repeats its dates,
    # hours, rates and names, so each distinct text is kept once); the file's decisions need every row.
    fields = ("date", "hours", "billable rate", "currency", "first name", "last name", "project", "client", "task",
              "billable?")
    coded = CodedColumns(len(fields))
    indexes = [columns.get(name, -1) for name in fields]
    note_index = columns.get("notes", -1)
    key = RowKeys().key
    lines, keys, notes = array("i"), [], []
    for line, cells in records:
        keys.append(key(cells))
        if len(cells) < width:
            cells += [""] * (width - len(cells))
        cells.append("")  # what a column the report leaves out (-1) reads
        lines.append(line)
        notes.append(cells[note_index])
        coded.add([cells[i] for i in indexes])
    DAY, HOURS, RATE, CURRENCY, FIRST, LAST, PROJECT, CLIENT, TASK, BILLABLE = range(len(fields))
    values = coded.values
    mark = decimal_mark(set(values[HOURS]) | set(values[RATE]))  # hours and rates; the distinct values decide
    order, asked = date_order(set(values[DAY]), options.date_order, MDY)
    if asked:
        parsed.asks.add(DATE_ORDER)

    # Second pass: each distinct cell read once, then each row from what its cells read.
    intern = sys.intern
    days = coded.read(DAY, lambda text: read_date(text, order))
    hours = coded.read(HOURS, lambda text: _seconds(text.strip(), mark))
    currencies = [intern(_currency(text)) for text in values[CURRENCY]]
    projects, clients, tasks = ([intern(text.strip()) for text in values[k]] for k in (PROJECT, CLIENT, TASK))
    flags = [text.strip().casefold() not in _NO for text in values[BILLABLE]]
    rates: dict[tuple[int, int], object] = {}
    people: dict[tuple[int, int], str] = {}
    codes = coded.codes
    append = parsed.entries.append
    problem = parsed.problems.append
    for n, line in enumerate(lines):
        try:
            day, seconds = coded_value(days, codes[DAY][n]), coded_value(hours, codes[HOURS][n])
            pair = codes[RATE][n], codes[CURRENCY][n]
            money = rates.get(pair)
            if money is None:
                rate, code = values[RATE][pair[0]], currencies[pair[1]]
                try:
                    money = rates[pair] = amount_minor(rate, mark, code) if rate.strip() else None
                except DomainError as error:
                    money = rates[pair] = error
            if isinstance(money, DomainError):
                raise money
            who = codes[FIRST][n], codes[LAST][n]
            user = people.get(who)
            if user is None:
                user = people[who] = intern(" ".join(
                    part.strip() for part in (values[FIRST][who[0]], values[LAST][who[1]]) if part.strip()))
            note = notes[n]
            append(SourceEntry(
                line, keys[n], day, None, seconds, projects[codes[PROJECT][n]], clients[codes[CLIENT][n]],
                tasks[codes[TASK][n]], note.strip() if note.isprintable() else clean_note(note), (),
                flags[codes[BILLABLE][n]], user, "", money, currencies[pair[1]],
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
