"""Tables as CSV for a spreadsheet or an accountant (no Qt).

``freelance-desk export --format csv --out FOLDER`` and File ▸ Export ▸ Tables as CSV call
:func:`export_csv`: one file a table in the folder — ``time_entries.csv``, ``payments.csv``,
``milestones.csv``, ``invoices.csv`` — each UTF-8 with a byte-order mark (so a spreadsheet reads its accents), a header
row of English column names that stay the same from version to version, and one row a record in id
order. The same filters as the JSON export (:class:`.export_json.Filter`: a client, a period) choose
the rows. Every file is written under a hidden name first and all are put in place only once every
one is complete: a cancelled or failed export leaves the folder as it was.

What the cells hold:

* time entries (finished ones; a running timer has no end yet): the local day, start and end as the
  entry was recorded (its own zone), the length as ``H:MM:SS`` and as decimal hours, billable
  ``yes``/``no``. The columns ``date, start, end, contract, client, note, billable`` are the ones
  this app's CSV import reads, so the file comes back in with File ▸ Import (but for a note holding a
  line break: that import reads a line a row; the JSON export brings back everything).
* payments: amounts as plain numbers with the currency's digits (``1234.50``, rupiah ``150000``),
  the rate to the home currency, and the net in the home currency.
* milestones: amount, due day, status and the local day and time of each step.
* invoices: number, client, days, the status shown (draft, sent, partly paid, paid, void), and the
  subtotal, taxes added and withheld, total, paid and amount due as plain numbers.

Money is never a float here: minor units are turned into text by :func:`core.money.plain_amount`.

Any text a spreadsheet would run as a formula (a cell starting with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return) gets a leading apostrophe (:func:`spreadsheet_cell`), in these files and in
every table the window exports (:func:`write_table`); a plain number such as ``-12.50`` stays a number.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from freelance_desk.core.durations import decimal_hours
from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import plain_amount
from freelance_desk.db import sql
from freelance_desk.db.connection import db, read_snapshot
from freelance_desk.services.billing.invoices import amount_due, state_of
from freelance_desk.services.io.export_json import Exported, Filter, Where
from freelance_desk.services.io.json_tables import TABLES
from freelance_desk.services.io.lines import Cancelled
from freelance_desk.services.io.written import (
    NewFile,
    check_file_target,
    replaced_whole,
)
from freelance_desk.services.io.zones import LocalZone, day_clocks

FETCH = 2000  # rows fetched from the cursor at a time (Cancel is looked at after each)
ENCODING = "utf-8-sig"  # with a byte-order mark: spreadsheets read UTF-8 then

Progress = Callable[[int, int], None]
_ORDINAL_1970 = date(1970, 1, 1).toordinal()

_FORMULA_STARTS = frozenset("=+-@\t\r")
_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?\Z")


def spreadsheet_cell(value) -> str:
    """A value as a CSV cell a spreadsheet shows as it is: a text that would start a formula gets a
    leading apostrophe (``=1+2`` → ``'=1+2``); a plain number (``-12.50``) is left a number."""
    if value is None:
        return ""
    text = value if value.__class__ is str else str(value)
    if text[:1] in _FORMULA_STARTS and not _PLAIN_NUMBER.match(text):
        return "'" + text
    return text


def write_rows(stream, header: Sequence[str], rows: Iterable[Sequence]) -> int:
    """The header and rows into an open text stream as CSV, every cell through :func:`spreadsheet_cell`."""
    writer = csv.writer(stream)
    writer.writerow([spreadsheet_cell(title) for title in header])
    count = 0
    for row in rows:
        writer.writerow([spreadsheet_cell(cell) for cell in row])
        count += 1
    return count


def write_table(out: Path, header: Sequence[str], rows: Iterable[Sequence]) -> int:
    """One table as a CSV file at ``out`` (replaced whole once written): the rows written."""
    with replaced_whole(Path(out), encoding=ENCODING, newline="") as stream:
        return write_rows(stream, header, rows)


# --- the tables ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Table:
    key: str  # the JSON export's table key (its filter is the same)
    file: str
    header: tuple[str, ...]
    select: str  # on the filtered table as "x": its columns, joined to contract "c" and client "k"
    rows: Callable[[], Callable]  # makes, for one export, the function from a fetched row to its safe cells


def _length(seconds: int) -> str:
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _zone(name: str) -> LocalZone | None:
    """The entry's zone; None for a name this machine does not know (its recorded offset is used)."""
    try:
        return LocalZone(name)
    except (ValueError, OSError, KeyError):
        return None


def _entry_rows() -> Callable[[tuple], list]:
    """A million entries a few seconds: days, clocks, lengths and names are each worked out once and
    looked up after; a note is checked cell by cell (only text can start a formula)."""
    clocks = day_clocks()
    days: dict[int, str] = {}
    lengths: dict[int, tuple[str, str]] = {}
    zones: dict[str, LocalZone | None] = {}
    name = lru_cache(maxsize=8192)(spreadsheet_cell)  # clients, contracts, milestones, zones: few, repeated

    def cells(row) -> list:
        entry_id, start, end, zone_name, offset, note, billable, source, client, contract, milestone = row
        began = start + offset * 60  # the wall clock it was recorded at
        zone = zones[zone_name] if zone_name in zones else zones.setdefault(zone_name, _zone(zone_name))
        ended = end + (offset * 60 if zone is None else zone.offset_at(end))
        day = began // 86400
        day_text = days.get(day) or days.setdefault(day, date.fromordinal(_ORDINAL_1970 + day).isoformat())
        seconds = end - start
        length = lengths.get(seconds) or lengths.setdefault(seconds, (_length(seconds), decimal_hours(seconds)))
        return [entry_id, day_text, clocks[began % 86400], clocks[ended % 86400], length[0], length[1],
                "yes" if billable else "no", name(client), name(contract), name(milestone or ""),
                spreadsheet_cell(note), name(zone_name), name(source)]

    return cells


def _every_cell(row_cells: Callable[[tuple], list]) -> Callable[[], Callable[[tuple], list]]:
    """For a small table: each of its cells through :func:`spreadsheet_cell`."""
    return lambda: lambda row: [spreadsheet_cell(cell) for cell in row_cells(row)]


def _payment(row) -> list:
    (payment_id, day, kind, gross, fee, net, currency, rate, home, net_home, period_start, period_end, note,
     client, contract, milestone) = row
    return [payment_id, day, client, contract, milestone or "", kind, plain_amount(gross, currency),
            plain_amount(fee, currency), plain_amount(net, currency), currency, rate, home,
            plain_amount(net_home, home), period_start or "", period_end or "", note]


_STEPS = ("funded", "submitted", "changes requested", "approved", "paid", "cancelled")


def _milestone(row) -> list:
    milestone_id, position, title, amount, due, status, *steps, client, contract, currency = row
    when = [datetime.fromtimestamp(step).strftime("%Y-%m-%d %H:%M") if step is not None else "" for step in steps]
    return [milestone_id, client, contract, position, title, plain_amount(amount, currency), currency,
            due or "", status, *when]


def _invoice(row) -> list:
    invoice_id, number, status, issued, due, currency, subtotal, tax, withheld, total, paid, client = row
    payable = total - withheld
    state = state_of(status, payable, paid)
    owed = amount_due(state, payable, paid)
    return [invoice_id, number, client, issued, due, state, currency,
            *(plain_amount(v, currency) for v in (subtotal, tax, withheld, total, paid, owed))]


_JOINED = "JOIN contract c ON c.id = x.contract_id JOIN client k ON k.id = c.client_id"
TABLES_CSV = (
    _Table(
        "time_entries", "time_entries.csv",
        ("id", "date", "start", "end", "length", "hours", "billable", "client", "contract", "milestone", "note",
         "timezone", "source"),
        'x.id, x.start, x."end", x.timezone, x.utc_offset_minutes, x.note, x.billable, x.source, k.name, c.title, '
        f'm.title FROM x {_JOINED} LEFT JOIN milestone m ON m.id = x.milestone_id WHERE x."end" IS NOT NULL',
        _entry_rows,
    ),
    _Table(
        "payments", "payments.csv",
        ("id", "date", "client", "contract", "milestone", "kind", "gross", "fee", "net", "currency",
         "rate to home currency", "home currency", "net in home currency", "period start", "period end", "note"),
        "x.id, x.received_on, x.kind, x.gross_minor, x.fee_minor, x.net_minor, x.currency, x.rate, "
        "x.home_currency, x.net_home_minor, x.period_start, x.period_end, x.note, k.name, c.title, m.title "
        f"FROM x {_JOINED} LEFT JOIN milestone m ON m.id = x.milestone_id",
        _every_cell(_payment),
    ),
    _Table(
        "milestones", "milestones.csv",
        ("id", "client", "contract", "position", "title", "amount", "currency", "due", "status",
         *_STEPS),
        "x.id, x.position, x.title, x.amount_minor, x.due_date, x.status, x.funded_at, x.submitted_at, "
        "x.changes_requested_at, x.approved_at, x.paid_at, x.cancelled_at, k.name, c.title, c.currency "
        f"FROM x {_JOINED}",
        _every_cell(_milestone),
    ),
    _Table(
        "invoices", "invoices.csv",
        ("id", "number", "client", "issued", "due", "status", "currency", "subtotal", "tax", "withheld", "total",
         "paid", "amount due"),
        "x.id, x.number, x.status, x.issued_on, x.due_on, x.currency, x.subtotal_minor, x.tax_minor, "
        "x.withheld_minor, x.total_minor, COALESCE((SELECT SUM(p.gross_minor) FROM invoice_payment ip "
        "JOIN payment p ON p.id = ip.payment_id WHERE ip.invoice_id = x.id), 0), k.name "
        "FROM x JOIN client k ON k.id = x.client_id",
        _every_cell(_invoice),
    ),
)
_SOURCE = {table.key: table for table in TABLES}  # the JSON export's tables: their filters and table names


def export_csv(
    folder: Path,
    chosen: Filter | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Exported]:
    """One CSV file a table in ``folder`` (made if missing; files of these names replaced); each written."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise DomainError(QT_TRANSLATE_NOOP("services", "{path} is a file; name the folder to write into."),
                          path=str(folder))
    if not folder.parent.is_dir():
        raise DomainError(QT_TRANSLATE_NOOP("services", "There is no folder {path} to write into."),
                          path=str(folder.parent))
    chosen = chosen or Filter()
    Where(chosen)  # a client or contract nobody is called: refused before the folder is made
    folder.mkdir(mode=0o700, exist_ok=True)  # the user's business, as the files in it
    for table in TABLES_CSV:
        check_file_target(folder / table.file)
    files: list[NewFile] = []
    try:
        with read_snapshot():  # one state of the file for every table
            where = Where(chosen)
            queries = []
            for table in TABLES_CSV:
                source = _SOURCE[table.key]
                clause, params = where.of(source)
                queries.append((f"WITH x AS (SELECT * FROM {source.table}{clause}) SELECT {table.select} ORDER BY x.id",
                                params))
            counts = [db.execute_sql(sql.raw(f"SELECT COUNT(*) FROM ({query}) AS counted"), params).fetchone()[0]
                      for query, params in queries]
            total, done = sum(counts) or 1, 0
            for table, (query, params) in zip(TABLES_CSV, queries, strict=True):
                new = NewFile(folder / table.file, encoding=ENCODING, newline="")
                files.append(new)
                writer = csv.writer(new.stream)
                writer.writerow(table.header)
                cells = table.rows()
                cursor = sql.streamed(query, params)
                try:
                    while rows := cursor.fetchmany(FETCH):
                        writer.writerows(map(cells, rows))
                        done += len(rows)
                        if cancelled is not None and cancelled():
                            raise Cancelled
                        if progress is not None:
                            progress(done, total)
                finally:
                    cursor.close()
                new.finish()
            for new in files:
                new.commit()
    except BaseException:
        for new in files:
            new.discard()
        raise
    if progress is not None:
        progress(total, total)
    return [Exported(new.out, {table.key: count}, new.out.stat().st_size)
            for new, table, count in zip(files, TABLES_CSV, counts, strict=True)]
