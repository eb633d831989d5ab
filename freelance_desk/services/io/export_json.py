"""Everything as one JSON file: the user's data, table by table, written as it is read (no Qt).

``freelance-desk export --format json`` calls :func:`export_json`. The layout and every field are
in :mod:`.json_tables`; the file is the same bytes for the same data (tables and rows in id order,
fields in a fixed order, ``exported_at`` given by the caller), so two exports compare with ``cmp``.

Rows are read from the database a cursor's worth at a time and written as they come: a million
time entries never exist as a list (about 7 s and a few MB on the benchmark file). It is all read
in one read transaction, so a write by the window meanwhile is either wholly in the file or not at
all. The file is written beside the target under a hidden temporary name and renamed over it only
once complete: a cancelled (``cancelled()`` true: :class:`Cancelled`) or failed export leaves the
target as it was and no part file. Written owner-only (0600), like everything the app writes.

What the optional filters keep (each row of the file still names only rows that are in it):

* ``client`` (a client's name, any case; several clients of that name: all of them): that client,
  its contracts and their milestones, time entries, payments and import mappings, and its
  proposals (those naming the client and no contract of another); platforms, gigs, connects
  bought and the settings stay whole.
* ``start`` / ``end`` (days, both included): time entries by the local day they count for (as the
  reports count them), payments by the day received, proposals by the day sent, connects by the
  day bought. Clients, contracts, milestones, platforms, gigs, mappings and settings stay whole.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from json.encoder import encode_basestring
from pathlib import Path

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.db import sql
from freelance_desk.db.connection import db, read_snapshot
from freelance_desk.services.io.json_tables import (
    BOOL,
    BY_KEY,
    FORMAT,
    ID,
    INSTANT,
    INT,
    REF,
    SCHEMA,
    SETTINGS,
    TABLES,
    Table,
)
from freelance_desk.services.io.lines import Cancelled
from freelance_desk.services.io.written import check_file_target, replaced_whole
from freelance_desk.services.io.zones import day_clocks

EVERY = 4096  # rows between two progress reports
FETCH = 2000  # rows fetched from the cursor at a time (Cancel is looked at after each)
_UNIX_ORDINAL = date(1970, 1, 1).toordinal()

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Filter:
    start: date | None = None
    end: date | None = None
    client: str | None = None
    contract: str | None = None  # a contract's title (any case; of the client, when one is named too)

    def __bool__(self) -> bool:
        return any(v is not None for v in (self.start, self.end, self.client, self.contract))


@dataclass(frozen=True)
class Exported:
    path: Path
    rows: dict[str, int] = field(default_factory=dict)  # table key → rows written
    bytes: int = 0


def instant_text(seconds: int) -> str:
    """UTC seconds as ``2026-03-10T09:30:00Z``."""
    day, second = divmod(seconds, 86400)
    return f"{date.fromordinal(_UNIX_ORDINAL + day).isoformat()}T{_clock()[second]}"


_CLOCKS: list[str] = []


def _clock() -> list[str]:
    """``HH:MM:SSZ`` for every second of a day (made once: a million entries format 2 million instants)."""
    if not _CLOCKS:
        _CLOCKS.extend(clock + "Z" for clock in day_clocks())
    return _CLOCKS


def _encoders(table: Table) -> list[Callable]:
    """One function per column: the stored value → its JSON text."""
    days: dict[int, str] = {}
    clocks = _clock()

    def instant(value):
        if value is None:
            return "null"
        if value.__class__ is not int:
            return _other(value)
        day, second = divmod(value, 86400)
        prefix = days.get(day)
        if prefix is None:
            try:
                prefix = days[day] = f'"{date.fromordinal(_UNIX_ORDINAL + day).isoformat()}T'
            except (ValueError, OverflowError):  # outside years 1–9999: written as stored (the reader refuses it)
                return str(value)
        return prefix + clocks[second] + '"'

    def number(value):
        return str(value) if value.__class__ is int else _other(value)

    def flag(value):
        return "true" if value == 1 else "false" if value == 0 else _other(value)

    def text(value):
        return encode_basestring(value) if value.__class__ is str else _other(value)

    out = []
    for column in table.columns:
        if column.kind == INSTANT:
            out.append(instant)
        elif column.kind in (ID, INT, REF):
            out.append(number)
        elif column.kind == BOOL:
            out.append(flag)
        else:  # TEXT, DATE, DECIMAL, CURRENCY: the stored text
            out.append(text)
    return out


def _other(value) -> str:
    """A stored value of an unexpected type (SQLite keeps what it is given), written as JSON all the same."""
    import json

    if value is None:
        return "null"
    if isinstance(value, bytes):
        return encode_basestring(value.decode("utf-8", "replace"))
    if isinstance(value, date):  # a server's DATE: the text the file stores
        return encode_basestring(value.isoformat())
    return json.dumps(value, ensure_ascii=False)


def _midnight(day: date) -> int:
    return (day.toordinal() - _UNIX_ORDINAL) * 86400


class Where:
    """Each table's WHERE for the filter (SQL on its columns, with parameters)."""

    def __init__(self, chosen: Filter):
        self.filter = chosen
        self.clients: list[int] | None = None
        if chosen.client is not None:
            wanted = chosen.client.strip().casefold()
            self.clients = [cid for cid, name in db.execute_sql("SELECT id, name FROM client ORDER BY id")
                            if name.strip().casefold() == wanted]
            if not self.clients:
                raise DomainError(QT_TRANSLATE_NOOP("services", "No client is called “{name}”."), name=chosen.client)
        self.contracts: list[int] | None = None
        if chosen.contract is not None:
            wanted = chosen.contract.strip().casefold()
            found = [(cid, client) for cid, title, client in
                     db.execute_sql("SELECT id, title, client_id FROM contract ORDER BY id")
                     if title.strip().casefold() == wanted and (self.clients is None or client in self.clients)]
            if not found:
                raise DomainError(QT_TRANSLATE_NOOP("services", "No contract is called “{name}”."),
                                  name=chosen.contract)
            self.contracts = [cid for cid, _ in found]
            self.clients = sorted({client for _, client in found})

    def of(self, table: Table) -> tuple[str, tuple]:
        parts: list[str] = []
        params: list = []
        chosen = self.filter
        if self.clients is not None:
            ids = ", ".join(str(i) for i in self.clients)
            one = self.contracts is not None  # a contract named: only its rows
            contracts = (", ".join(str(i) for i in self.contracts) if one
                         else f"SELECT id FROM contract WHERE client_id IN ({ids})")
            if table.key == "clients":
                parts.append(f"id IN ({ids})")
            elif table.key == "contracts":
                parts.append(f"id IN ({contracts})" if one else f"client_id IN ({ids})")
            elif table.key in ("milestones", "time_entries", "payments", "import_mappings"):
                parts.append(f"contract_id IN ({contracts})")
            elif table.key == "invoices":
                parts.append(f"id IN (SELECT invoice_id FROM invoice_line WHERE contract_id IN ({contracts}))" if one
                             else f"client_id IN ({ids})")
            elif table.key == "proposals":
                parts.append(f"contract_id IN ({contracts})" if one
                             else f"client_id IN ({ids}) AND (contract_id IS NULL OR contract_id IN ({contracts}))")
        if table.key in INVOICE_PARTS:
            return self._invoice_part(table)
        day_column = {"payments": "received_on", "proposals": "sent_on", "connects_purchases": "bought_on",
                      "invoices": "issued_on"}.get(table.key)
        if table.key == "time_entries":
            local = "(start + utc_offset_minutes * 60)"
            if chosen.start is not None:
                parts.append(f"{local} >= ?")
                params.append(_midnight(chosen.start))
            if chosen.end is not None:
                parts.append(f"{local} < ?")
                params.append(_midnight(chosen.end) + 86400)
        elif day_column is not None:
            if chosen.start is not None:
                parts.append(f"{day_column} >= ?")
                params.append(chosen.start.isoformat())
            if chosen.end is not None:
                parts.append(f"{day_column} <= ?")
                params.append(chosen.end.isoformat())
        return (" WHERE " + " AND ".join(parts)) if parts else "", tuple(params)

    def _ids(self, key: str) -> tuple[str, tuple]:
        """The ids of ``key``'s rows the filter keeps, as a subquery and its parameters."""
        clause, params = self.of(BY_KEY[key])
        return f"SELECT id FROM {BY_KEY[key].table}{clause}", params

    def _invoice_part(self, table: Table) -> tuple[str, tuple]:
        """A line, tax or link goes with its invoice; a link only when the entry or payment it names goes too."""
        if not self.filter:
            return "", ()
        invoices, params = self._ids("invoices")
        if table.key == "invoiced_time":
            lines, line_params = self._invoice_part(BY_KEY["invoice_lines"])
            entries, entry_params = self._ids("time_entries")
            return (f" WHERE line_id IN (SELECT id FROM invoice_line{lines}) AND time_entry_id IN ({entries})",
                    line_params + entry_params)
        if table.key == "invoice_payments":
            payments, payment_params = self._ids("payments")
            return f" WHERE invoice_id IN ({invoices}) AND payment_id IN ({payments})", params + payment_params
        return f" WHERE invoice_id IN ({invoices})", params


INVOICE_PARTS = ("invoice_lines", "invoice_taxes", "invoiced_time", "invoice_payments")


def export_json(
    out: Path,
    now: datetime,
    chosen: Filter | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Exported:
    """Write the open database's data to ``out`` (replaced whole once written); what was written."""
    out = Path(out)
    chosen = chosen or Filter()
    check_file_target(out)
    with read_snapshot():  # one state of the file for every table
        where = Where(chosen)
        counts = {t.key: db.execute_sql(sql.raw(f"SELECT COUNT(*) FROM {t.table}{w}"), p).fetchone()[0]
                  for t in TABLES for w, p in [where.of(t)]}
        total = sum(counts.values()) or 1
        with replaced_whole(out, encoding="utf-8", newline="\n") as stream:
            _write(stream, now, chosen, where, counts, total, progress, cancelled)
    return Exported(out, counts, out.stat().st_size)


def _write(stream, now, chosen: Filter, where: Where, counts, total, progress, cancelled) -> None:
    write = stream.write
    stamp = instant_text(int(now.astimezone(UTC).timestamp()))
    write(f'{{\n  "format": "{FORMAT}",\n  "schema": {SCHEMA},\n  "exported_at": "{stamp}",\n')
    if chosen:
        def day(value):
            return "null" if value is None else f'"{value.isoformat()}"'

        def text(value):
            return "null" if value is None else encode_basestring(value)

        write(f'  "filter": {{"from": {day(chosen.start)}, "to": {day(chosen.end)}, "client": {text(chosen.client)}, '
              f'"contract": {text(chosen.contract)}}},\n')
    else:
        write('  "filter": null,\n')
    settings = db.execute_sql('SELECT "key", "value" FROM setting ORDER BY "key"').fetchall()
    write(f'  "{SETTINGS}": {{')
    write(",".join(f"\n    {encode_basestring(k)}: {encode_basestring(v)}" for k, v in settings))
    write("\n  },\n" if settings else "},\n")
    done = 0
    for n, table in enumerate(TABLES):
        last = n == len(TABLES) - 1
        tail = "\n" if last else ",\n"
        if not counts[table.key]:
            write(f'  "{table.key}": []{tail}')
            continue
        write(f'  "{table.key}": [\n')
        encoders = _encoders(table)
        prefixes = [("{" if i == 0 else ", ") + f'"{name}": ' for i, name in enumerate(table.names)]
        pairs = list(zip(prefixes, encoders, strict=True))
        columns = ", ".join(f'"{name}"' for name in table.names)
        clause, params = where.of(table)
        cursor = sql.streamed(f"SELECT {columns} FROM {table.table}{clause} ORDER BY id", params)
        first = True
        try:
            while True:
                rows = cursor.fetchmany(FETCH)
                if not rows:
                    break
                lines = ["    " + "".join([p + e(v) for (p, e), v in zip(pairs, row)]) + "}" for row in rows]
                write(",\n".join(lines) if first else ",\n" + ",\n".join(lines))
                first = False
                if cancelled is not None and cancelled():
                    raise Cancelled
                before, done = done, done + len(rows)
                if progress is not None and done // EVERY != before // EVERY:
                    progress(done, total)
        finally:
            cursor.close()
        write(f"\n  ]{tail}")
    write("}\n")
    if progress is not None:
        progress(total, total)
