"""Harvest's detailed time report (Reports → Detailed time → Export → CSV), as a source.

One row a time entry with its date and decimal hours, no clock times: ``start`` is None and the
import lays the day's entries out back to back. Columns are found by their names (Harvest adds
and drops some between accounts: ``Hours Rounded``, ``Approved?``, ``Employee Id``, ``Teams``…).
Hours may be written with a decimal comma (``"2.000,0"``, ``"1,5"``) and dates in the account's
format (``2024-03-04``, ``03/04/2024``, ``04.03.2024``): both are decided from the whole file.
Harvest has no entry id, so a row's key is the hash of its cells.
"""

from __future__ import annotations

import sys
from itertools import chain, repeat
from pathlib import Path

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services.io.sources.base import (
    BLOCK_ROWS,
    MDY,
    NO_RATE,
    NO_START,
    SEMICOLON_OR_COMMA,
    TIME,
    CodedColumns,
    Format,
    LineProblem,
    Memo,
    Parsed,
    ReadOptions,
    RowKeys,
    Sample,
    SourceEntry,
    amount_minor,
    clean_note,
    clean_notes,
    coded_value,
    csv_line,
    decimal_seconds,
    entry_length,
    folded,
    lacks_column,
    no_header,
    open_csv,
    read_date,
    record_blocks,
    title_index,
)

NAME = "harvest"

REQUIRED = ("Date", "Client", "Project", "Hours")
# What tells Harvest's report from another tool's CSV with a date, a client and hours.
_MARKS = {"billable?", "hours rounded", "invoiced?", "approved?", "first name", "project code", "employee?"}
_NO = {"no", "false", "0"}


def detect(sample: Sample) -> int:
    names = {folded(cell) for cell in csv_line(sample.first_line, SEMICOLON_OR_COMMA)}
    if {folded(name) for name in REQUIRED} <= names and len(names & _MARKS) >= 2:
        return 100
    return 0


def _columns(cells: list[str]) -> dict[str, int]:
    columns = title_index(cells)
    for name in REQUIRED:
        if folded(name) not in columns:
            raise lacks_column(name, "Harvest")
    return columns


def _currency(text: str) -> str:
    """``Euro - EUR`` → EUR; a bare code as it is."""
    code = text.rpartition(" - ")[2].strip().upper()
    return code if len(code) == 3 and code.isalpha() else ""


def read(path: Path, options: ReadOptions) -> Parsed:
    parsed = Parsed(NAME)
    records = open_csv(path, options, parsed)
    for line, cells in records:  # the header
        try:
            columns = _columns(cells)
        except DomainError as error:
            parsed.problems.append(LineProblem(line, error))
            return parsed
        width = len(cells)
        break
    else:
        no_header(parsed)
        return parsed

    # First pass: each row's line, key and note, and a code for each other cell (a report repeats its dates,
    # hours, rates and names, so each distinct text is kept once); the file's decisions need every row.
    fields = ("date", "hours", "billable rate", "currency", "first name", "last name", "project", "client", "task",
              "billable?")
    coded = CodedColumns(len(fields))
    indexes = [columns.get(name, -1) for name in fields]
    note_index = columns.get("notes", -1)
    row_keys = RowKeys().keys
    for lines, rows in record_blocks(records):
        coded.add_rows(lines, rows, row_keys(rows), width, note_index, indexes)
    DAY, HOURS, RATE, CURRENCY, FIRST, LAST, PROJECT, CLIENT, TASK, BILLABLE = range(len(fields))
    values = coded.values
    mark = coded.decimal_mark(HOURS, RATE)  # hours and rates; the distinct values decide
    order = coded.date_order(DAY, options, MDY, parsed)

    # Second pass: each distinct cell read once, then each row from what its cells read.
    intern = sys.intern
    days = coded.read(DAY, lambda text: read_date(text, order))
    hours = coded.read(HOURS, lambda text: entry_length(text.strip(), lambda value: decimal_seconds(value, mark)))
    currencies = [intern(_currency(text)) for text in values[CURRENCY]]
    projects, clients, tasks = ([intern(text.strip()) for text in values[k]] for k in (PROJECT, CLIENT, TASK))
    flags = [text.strip().casefold() not in _NO for text in values[BILLABLE]]
    rates = Memo(lambda rate, currency: amount_minor(values[RATE][rate], mark, currencies[currency])
                 if values[RATE][rate].strip() else None)
    people = Memo(lambda first, last: intern(" ".join(
        part.strip() for part in (values[FIRST][first], values[LAST][last]) if part.strip())))
    codes, keys, notes = coded.codes, coded.keys, coded.texts
    if _by_column(parsed.entries, coded, days, hours, rates, people, projects, clients, tasks, currencies, flags):
        return parsed
    append = parsed.entries.append
    problem = parsed.problems.append
    for n, line in enumerate(coded.lines):
        try:
            day, seconds = coded_value(days, codes[DAY][n]), coded_value(hours, codes[HOURS][n])
            currency = codes[CURRENCY][n]
            money = rates[codes[RATE][n], currency]
            if isinstance(money, DomainError):
                raise money
            note = notes[n]
            append(SourceEntry(
                line, keys[n], day, None, seconds, projects[codes[PROJECT][n]], clients[codes[CLIENT][n]],
                tasks[codes[TASK][n]], note.strip() if note.isprintable() else clean_note(note), (),
                flags[codes[BILLABLE][n]], people[codes[FIRST][n], codes[LAST][n]], "", money, currencies[currency],
            ))
        except DomainError as error:
            problem(LineProblem(line, error))
    return parsed


def _by_column(table, coded: CodedColumns, days, hours, rates, people, projects, clients, tasks, currencies,
               flags) -> bool:
    """Every row added by column, when no cell of the file fails to read (else False, nothing added: the rows
    are read one by one, each refused by its line)."""
    DAY, HOURS, RATE, CURRENCY, FIRST, LAST, PROJECT, CLIENT, TASK, BILLABLE = range(10)
    codes = coded.codes
    money = {pair: rates[pair] for pair in set(zip(codes[RATE], codes[CURRENCY], strict=True))}
    if any(isinstance(value, DomainError) for value in chain(days, hours, money.values())):
        return False
    ordinals = [day.toordinal() for day in days]
    rate_of = {pair: NO_RATE if minor is None else minor for pair, minor in money.items()}
    named: dict[tuple, tuple] = {}
    for first in range(0, len(coded.lines), BLOCK_ROWS):  # a block at a time: a few MB of columns at most
        cut = slice(first, first + BLOCK_ROWS)
        block = {column: codes[column][cut] for column in range(10)}
        count = len(block[DAY])
        names = list(zip(block[PROJECT], block[CLIENT], block[TASK], block[FIRST], block[LAST], block[CURRENCY],
                         strict=True))
        for code in dict.fromkeys(names):
            if code not in named:
                named[code] = (projects[code[0]], clients[code[1]], tasks[code[2]], (), people[code[3], code[4]], "",
                               currencies[code[5]])
        table.add_rows(
            coded.lines[cut], coded.keys[cut], map(ordinals.__getitem__, block[DAY]), repeat(NO_START, count),
            repeat(0, count), map(hours.__getitem__, block[HOURS]), map(flags.__getitem__, block[BILLABLE]),
            map(rate_of.__getitem__, zip(block[RATE], block[CURRENCY], strict=True)), clean_notes(coded.texts[cut]),
            table.names_codes(list(map(named.__getitem__, names))))
    return True


FORMAT = Format(NAME, QT_TRANSLATE_NOOP("ImportFormats", "Harvest (detailed time report CSV)"), TIME, detect, read)
