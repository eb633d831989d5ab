"""This app's own JSON export (``freelance-desk export --format json``), as a source: told by its header.

The file (its layout in :mod:`..json_tables`) is streamed, never read whole: :class:`Walk` reads
it a megabyte at a time and gives each table's rows one by one, each checked as it comes and
with the line it is on. The whole file is refused, by line and field, when anything in it is
wrong: not UTF-8, not JSON, another header (``"format": "freelance-desk"`` and ``"schema"`` come
first), a schema newer than this version reads, a table or field missing, unknown or twice, a
value of the wrong kind (a number as text, a day that is no day, an instant without its ``Z``, a
status that is none of the app's, a currency that is not three capitals, a control or hidden
direction character in a text), rows out of id order, a reference to a row the file does not hold
before it, two running timers.

What :func:`read` gives the import:

* ``Parsed.restore``: the file's facts (:class:`Snapshot`, with the SHA-256 of its bytes). Into an
  empty database ``moving_in.import_parsed`` restores the whole file from it, ids and all
  (:mod:`..restore_json`).
* ``Parsed.entries`` / ``payments``: its time entries and payments as any source's rows, for the
  preview and for an import into a database that has data (contract = client / contract title,
  as every source; the payment's own kind, fee and rate kept). Each is keyed by its id and start
  (a payment: its id and day), and a kept row with the same id and start counts as imported
  already (``Format.kept_keys``): importing the file again, or into the database it came from,
  adds nothing twice. The running timer and entries of no length are left out with a note.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from json.decoder import JSONDecodeError, JSONDecoder
from pathlib import Path

from freelance_desk.core.errors import DomainError, Term
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services.io.json_tables import (
    BOOL,
    BY_KEY,
    CURRENCY,
    DATE,
    DECIMAL,
    ID,
    INSTANT,
    INT,
    REF,
    SCHEMA,
    SETTINGS,
    TABLES,
    TEXT,
    Table,
)
from freelance_desk.services.io.json_tables import (
    FORMAT as FILE_FORMAT,
)
from freelance_desk.services.io.lines import Cancelled, ImportFailed, LineProblem
from freelance_desk.services.io.sources.base import (
    FEE,
    MAX_PROBLEMS,
    PAYMENT,
    TIME,
    Format,
    Parsed,
    ReadOptions,
    Sample,
    SourcePayment,
)

NAME = "json"
CHUNK = 1 << 20  # bytes read at a time
MAX_VALUE = 4 << 20  # one row's text at most (a note of 10,000 characters is 60 KB escaped)
EVERY = 4096  # rows between two progress reports (and Cancel checks)
KEPT_PROBLEMS = 1000  # problems kept by line; the rest only counted

_HEADER = re.compile(rb'(?:\xef\xbb\xbf)?\s*\{\s*"format"\s*:\s*"freelance-desk"')  # the bytes: told even when a
_ANYWHERE = re.compile(rb'"format"\s*:\s*"freelance-desk"')  # character further on is not UTF-8
_space = re.compile(r"[ \t\n\r]*").match
_scan = JSONDecoder().scan_once
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_INSTANT = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})Z\Z")
_CODE = re.compile(r"[A-Z]{3}\Z")
# What a text never holds (core/checks.clean_text): control characters but line breaks and tabs, the
# hidden direction characters, halves of surrogate pairs, non-characters.
_UNSHOWN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")
# Kept as they came: another tool's ids, and the names a mapping remembers (a client and a project, joined by U+001F)
_FREE = {("time_entries", "import_source"), ("time_entries", "import_key"), ("payments", "import_source"),
         ("payments", "import_key"), ("connects_purchases", "import_source"), ("connects_purchases", "import_key"),
         ("import_mappings", "source"), ("import_mappings", "name")}
_UNIX_ORDINAL = date(1970, 1, 1).toordinal()
_LIMIT = 1 << 63


def detect(sample: Sample) -> int:
    if _HEADER.match(sample.head):
        return 100
    if _ANYWHERE.search(sample.head):
        return 90  # ours, its keys reordered (read refuses it, saying why)
    return 0


@dataclass(frozen=True)
class Snapshot:
    """What a full restore needs to know of the file read: where it is and exactly which bytes it held."""

    path: Path
    digest: str  # SHA-256 of the file's bytes
    size: int
    schema: int
    exported_at: str
    filtered: bool  # written with --from/--to/--client: part of the data only
    rows: dict[str, int] = field(default_factory=dict)  # table key → rows


class _Broken(Exception):
    """The file cannot be read on (its syntax, its header): the walk stops here."""

    def __init__(self, line: int, error: DomainError):
        super().__init__(line)
        self.problem = LineProblem(line, error)


def _error(text: str, **values) -> DomainError:
    return DomainError(text, **values)


_NOT_OURS = QT_TRANSLATE_NOOP(
    "services", "This is not a Freelance Desk export: one starts with “format”: “freelance-desk” and its “schema”.")


class _Text:
    """The file's text a chunk at a time, with the line of the reading position."""

    def __init__(self, stream, hasher):
        self.stream, self.hasher = stream, hasher
        self.decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self.buf = ""
        self.pos = 0
        self.line = 1
        self.eof = False
        self.raw_lines = 0
        self.read_bytes = 0
        self.first = True

    def fill(self) -> bool:
        """More text after what is there; False at the end of the file."""
        if self.eof:
            return False
        raw = self.stream.read(CHUNK)
        self.hasher.update(raw)
        self.read_bytes += len(raw)
        if self.first:
            self.first = False
            if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                raise _Broken(1, _error(QT_TRANSLATE_NOOP(
                    "services", "The file is UTF-16 text, not UTF-8; export it again, or save it as UTF-8.")))
            if raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
        try:
            text = self.decoder.decode(raw, final=not raw)
        except UnicodeDecodeError as error:
            raise _Broken(self.raw_lines + raw.count(b"\n", 0, error.start) + 1, _error(QT_TRANSLATE_NOOP(
                "services", "This line is not UTF-8 text; export the file again, or save it as UTF-8."))) from None
        self.raw_lines += raw.count(b"\n")
        if not raw:
            self.eof = True
        self.buf = self.buf[self.pos:] + text
        self.pos = 0
        return bool(text) or not self.eof

    def advance(self, to: int) -> None:
        self.line += self.buf.count("\n", self.pos, to)
        self.pos = to

    def space(self) -> None:
        while True:
            self.advance(_space(self.buf, self.pos).end())
            if self.pos < len(self.buf) or not self.fill():
                return

    def peek(self) -> str:
        self.space()
        return self.buf[self.pos] if self.pos < len(self.buf) else ""

    def expect(self, char: str, what: str) -> None:
        if self.peek() != char:
            self.syntax(self.pos, what)
        self.advance(self.pos + 1)

    def syntax(self, at: int, what: str = ""):
        line = self.line + self.buf.count("\n", self.pos, max(self.pos, at))
        if at >= len(self.buf) and self.eof:
            raise _Broken(line, _error(QT_TRANSLATE_NOOP(
                "services", "The file ends here, in the middle: was it cut short?")))
        column = at - (self.buf.rfind("\n", 0, at) + 1) + 1
        raise _Broken(line, _error(QT_TRANSLATE_NOOP(
            "services", "The file is not valid JSON here (character {column} of the line: {reason}); was it cut "
                        "short or edited by hand?"), column=column, reason=what or "unexpected text"))

    def value(self):
        """The next JSON value and the line it starts on."""
        self.space()
        while True:
            failed_at, reason = None, ""
            try:
                value, end = _scan(self.buf, self.pos)
            except StopIteration as stop:
                failed_at, reason = stop.value, "expecting a value"
            except JSONDecodeError as error:
                failed_at, reason = error.pos, error.msg
            except RecursionError:
                failed_at, reason = self.pos, "nested too deep"
            else:
                if end < len(self.buf) or self.eof:
                    line = self.line
                    self.advance(end)
                    return value, line
            if self.eof or len(self.buf) - self.pos > MAX_VALUE:
                self.syntax(failed_at if failed_at is not None else len(self.buf), reason)
            self.fill()


class Walk:
    """The file streamed and checked: :meth:`rows` gives ``(table key, line, values)`` for each good row
    (``values`` in the table's column order, as the database stores them; the settings once, as
    ``(SETTINGS, line, {key: value})``). Problems in rows are gathered and raised once the file has been
    read (:class:`ImportFailed`, the first few by line); a broken file stops the walk where it breaks."""

    def __init__(self, path: Path, progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None):
        self.path = Path(path)
        self.progress, self.cancelled = progress, cancelled
        self.problems: list[LineProblem] = []
        self.more = 0
        self.digest = ""
        self.size = 0
        self.schema = 0
        self.exported_at = ""
        self.filtered = False
        self.rows_in: dict[str, int] = {}
        self.ids: dict[str, set[int]] = {t.key: set() for t in TABLES if _referenced(t.key)}

    def fail(self, line: int, error: DomainError) -> None:
        if len(self.problems) < KEPT_PROBLEMS:
            self.problems.append(LineProblem(line, error))
        else:
            self.more += 1

    def failed(self) -> ImportFailed | None:
        if not self.problems:
            return None
        problems = sorted(self.problems, key=lambda p: p.line)
        return ImportFailed(problems[:MAX_PROBLEMS], more=len(problems) - MAX_PROBLEMS + self.more
                            if len(problems) > MAX_PROBLEMS else self.more)

    def rows(self) -> Iterator[tuple[str, int, object]]:
        hasher = hashlib.sha256()
        try:
            with open(self.path, "rb") as stream:
                self.size = os.fstat(stream.fileno()).st_size
                text = _Text(stream, hasher)
                try:
                    yield from self._document(text)
                except _Broken as broken:
                    raise ImportFailed([broken.problem]) from None
                text.space()
                if text.pos < len(text.buf):
                    text.syntax(text.pos, "text after the end")
        except OSError as error:
            raise DomainError(QT_TRANSLATE_NOOP("services", "Could not read {path}: {reason}"), path=str(self.path),
                              reason=error.strerror) from None
        except _Broken as broken:
            raise ImportFailed([broken.problem]) from None
        self.digest = hasher.hexdigest()
        failed = self.failed()
        if failed is not None:
            raise failed

    def _document(self, text: _Text):
        if text.peek() != "{":
            raise _Broken(text.line, _error(_NOT_OURS))
        text.advance(text.pos + 1)
        seen: set[str] = set()
        for n in range(10**6):
            if n and text.peek() == "}":
                break
            if n:
                text.expect(",", "expecting “,” between two parts")
            key, line = text.value()
            if type(key) is not str:
                text.syntax(text.pos, "expecting a name in quotes")
            text.expect(":", "expecting “:” after a name")
            if n == 0 and key != "format" or n == 1 and key != "schema":
                raise _Broken(line, _error(_NOT_OURS))
            if key in seen:
                raise _Broken(line, _error(QT_TRANSLATE_NOOP("services", "“{name}” is in the file twice."), name=key))
            seen.add(key)
            if key in BY_KEY and BY_KEY[key].since <= self.schema:
                yield from self._table(text, BY_KEY[key], line)
                continue
            value, line = text.value()
            if key == "format":
                if value != FILE_FORMAT:
                    raise _Broken(line, _error(_NOT_OURS))
            elif key == "schema":
                self._schema(value, line)
            elif key == "exported_at":
                if type(value) is not str or _instant(value) is None:
                    raise _Broken(line, _field("exported_at", _INSTANT_WORDS))
                self.exported_at = value
            elif key == "filter":
                self._filter(value, line)
            elif key == SETTINGS:
                if type(value) is not dict or not all(type(k) is str and k and type(v) is str for k, v in value.items()):
                    raise _Broken(line, _error(QT_TRANSLATE_NOOP(
                        "services", "“settings” holds each setting's name and its value, both as text in quotes.")))
                yield SETTINGS, line, value
            else:
                raise _Broken(line, _error(QT_TRANSLATE_NOOP(
                    "services", "“{name}” is not part of a schema {schema} export."), name=key, schema=self.schema))
        text.advance(text.pos + 1)
        missing = [k for k in ("exported_at", "filter", SETTINGS, *(t.key for t in TABLES if t.since <= self.schema))
                   if k not in seen]
        if missing:
            raise _Broken(text.line, _error(QT_TRANSLATE_NOOP(
                "services", "The file has no “{name}”: a schema {schema} export has every part; was it cut short?"),
                name=missing[0], schema=self.schema))

    def _schema(self, value, line: int) -> None:
        if type(value) is not int or value < 1:
            raise _Broken(line, _error(QT_TRANSLATE_NOOP(
                "services", "“schema” is the export's version, a whole number such as {schema}."), schema=SCHEMA))
        if value > SCHEMA:
            raise _Broken(line, _error(QT_TRANSLATE_NOOP(
                "services", "This export was written by a newer version of Freelance Desk (schema {found}; this "
                            "version reads schema {known}). Update the app to import it; nothing was imported."),
                found=value, known=SCHEMA))
        self.schema = value

    def _filter(self, value, line: int) -> None:
        if value is None:
            return
        names = ("client",) if self.schema < 2 else ("client", "contract")  # schema 2 added the contract
        ok = type(value) is dict and value.keys() == {"from", "to", *names} and all(
            value[k] is None or type(value[k]) is str and _DAY.match(value[k]) for k in ("from", "to")) and all(
            value[k] is None or type(value[k]) is str for k in names)
        if not ok:
            raise _Broken(line, _error(QT_TRANSLATE_NOOP(
                "services", "“filter” is null, or the “from” and “to” days, the “client” and the “contract” the "
                            "export was limited to.")))
        self.filtered = True

    def _table(self, text: _Text, table: Table, line: int):
        text.expect("[", f"expecting “[”: “{table.key}” is a list of rows")
        check = _Row(self, table)
        rows = 0
        if text.peek() == "]":
            text.advance(text.pos + 1)
        else:
            while True:
                row, line = text.value()
                rows += 1
                values = check(row, line)
                if values is not None:
                    yield table.key, line, values
                if not rows % EVERY:
                    self._tick(text)
                following = text.peek()
                if following == "]":
                    text.advance(text.pos + 1)
                    break
                if following != ",":
                    text.syntax(text.pos, "expecting “,” or “]” after a row")
                text.advance(text.pos + 1)
        self.rows_in[table.key] = rows

    def _tick(self, text: _Text) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled
        if self.progress is not None:
            self.progress(min(text.read_bytes, self.size), self.size or 1)


def _referenced(key: str) -> bool:
    return any(c.ref == key for t in TABLES for c in t.columns)


_INSTANT_WORDS = QT_TRANSLATE_NOOP("services", "an instant in UTC, like 2026-03-10T09:30:00Z")


def _field(name: str, wanted: str, null: bool = False) -> DomainError:
    if null:
        return _error(QT_TRANSLATE_NOOP("services", "“{field}” should be {wanted}, or null."), field=name,
                      wanted=Term(wanted))
    return _error(QT_TRANSLATE_NOOP("services", "“{field}” should be {wanted}."), field=name, wanted=Term(wanted))


_WANTED = {
    ID: QT_TRANSLATE_NOOP("services", "a whole number from 1 (the row's id)"),
    INT: QT_TRANSLATE_NOOP("services", "a whole number"),
    BOOL: QT_TRANSLATE_NOOP("services", "true or false"),
    TEXT: QT_TRANSLATE_NOOP("services", "text in quotes"),
    DATE: QT_TRANSLATE_NOOP("services", "a day, like 2026-03-10"),
    INSTANT: _INSTANT_WORDS,
    DECIMAL: QT_TRANSLATE_NOOP("services", "a number above zero in quotes, like \"16250\""),
    CURRENCY: QT_TRANSLATE_NOOP("services", "a currency code of three capitals, like \"USD\""),
    REF: QT_TRANSLATE_NOOP("services", "the id of a row above"),
}

_days: dict[str, int] = {}


def _instant(text: str) -> int | None:
    """``2026-03-10T09:30:00Z`` as UTC seconds; None when it is not one."""
    match = _INSTANT.match(text)
    if match is None:
        return None
    day, hour, minute, second = match.groups()
    ordinal = _days.get(day)
    if ordinal is None:
        try:
            ordinal = date.fromisoformat(day).toordinal()
        except ValueError:
            return None
        if len(_days) < 200_000:
            _days[day] = ordinal
    hour, minute, second = int(hour), int(minute), int(second)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return (ordinal - _UNIX_ORDINAL) * 86400 + hour * 3600 + minute * 60 + second


def _day(text: str) -> bool:
    if not _DAY.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


class _Row:
    """One table's rows checked: each a dict with exactly the table's fields, of their kinds."""

    def __init__(self, walk: Walk, table: Table):
        self.walk, self.table = walk, table
        self.names = table.names
        self.keys = frozenset(self.names)
        self.last_id = 0
        self.ids = walk.ids.get(table.key)
        self.running = 0
        self.checks = [self._check_of(c) for c in table.columns]

    def _check_of(self, column):
        """A function: the JSON value → the stored value, or raises ValueError."""
        kind, null, name = column.kind, column.null, column.name

        def checked(convert):
            if not null:
                return convert

            def maybe(value):
                return None if value is None else convert(value)
            return maybe

        if kind in (ID, INT):
            def whole(value):
                if type(value) is not int or not -_LIMIT < value < _LIMIT or kind == ID and value < 1:
                    raise ValueError
                return value
            return checked(whole)
        if kind == REF:
            ids = self.walk.ids[column.ref]

            def reference(value):
                if type(value) is not int or value not in ids:
                    raise ValueError
                return value
            return checked(reference)
        if kind == BOOL:
            def flag(value):
                if value is True:
                    return 1
                if value is False:
                    return 0
                raise ValueError
            return checked(flag)
        if kind == INSTANT:
            def instant(value):
                seconds = _instant(value) if type(value) is str else None
                if seconds is None:
                    raise ValueError
                return seconds
            return checked(instant)
        if kind == DATE:
            def day(value):
                if type(value) is not str or not _day(value):
                    raise ValueError
                return value
            return checked(day)
        if kind == DECIMAL:
            def decimal(value):
                if type(value) is not str:
                    raise ValueError
                try:
                    number = Decimal(value)
                except InvalidOperation:
                    raise ValueError from None
                if not number.is_finite() or number <= 0 or value != value.strip():
                    raise ValueError
                return value
            return checked(decimal)
        if kind == CURRENCY:
            def code(value):
                if type(value) is not str or not _CODE.match(value):
                    raise ValueError
                return value
            return checked(code)
        words = frozenset(column.values)
        free = (self.table.key, name) in _FREE

        def text(value):
            if type(value) is not str or not free and _UNSHOWN.search(value) or words and value not in words:
                raise ValueError
            return value
        return checked(text)

    def __call__(self, row, line: int):
        walk = self.walk
        if type(row) is not dict:
            walk.fail(line, _error(QT_TRANSLATE_NOOP(
                "services", "Each row of “{table}” is an object of its fields ({ … })."), table=self.table.key))
            return None
        if row.keys() != self.keys:
            missing = [n for n in self.names if n not in row]
            if missing:
                walk.fail(line, _error(QT_TRANSLATE_NOOP("services", "The row has no “{field}”."), field=missing[0]))
            else:
                extra = next(k for k in row if k not in self.keys)
                walk.fail(line, _error(QT_TRANSLATE_NOOP(
                    "services", "“{field}” is not a field of “{table}” in a schema {schema} export."),
                    field=extra, table=self.table.key, schema=walk.schema))
            return None
        values = []
        for name, check in zip(self.names, self.checks):
            value = row[name]
            try:
                values.append(check(value))
            except ValueError:
                column = self.table.columns[len(values)]
                if column.kind == REF and type(value) is int:
                    walk.fail(line, _error(QT_TRANSLATE_NOOP(
                        "services", "“{field}” is {id}, and no row of “{table}” above has that id."),
                        field=name, id=value, table=column.ref))
                elif column.values and type(value) is str and not _UNSHOWN.search(value):
                    walk.fail(line, _error(QT_TRANSLATE_NOOP(
                        "services", "“{field}” is “{value}”; it is one of {words}."),
                        field=name, value=value[:40], words=", ".join(column.values)))
                elif column.kind == TEXT and type(value) is str:
                    walk.fail(line, _error(QT_TRANSLATE_NOOP(
                        "services", "“{field}” holds a control character or a hidden direction character."),
                        field=name))
                else:
                    walk.fail(line, _field(name, _WANTED[column.kind], column.null))
                return None
        row_id = values[0]
        if row_id <= self.last_id:
            walk.fail(line, _error(QT_TRANSLATE_NOOP(
                "services", "The rows of “{table}” are in the order of their ids: {id} comes after {last}."),
                table=self.table.key, id=row_id, last=self.last_id))
            return None
        self.last_id = row_id
        if self.table.key == "time_entries":
            start, end = values[3], values[4]
            if end is None:
                self.running += 1
                if self.running > 1:
                    walk.fail(line, _error(QT_TRANSLATE_NOOP(
                        "services", "A second running timer (no “end”): only one timer runs at a time.")))
                    return None
            elif end < start:
                walk.fail(line, _error(QT_TRANSLATE_NOOP("services", "The entry ends before it starts.")))
                return None
        if self.ids is not None:
            self.ids.add(row_id)
        return tuple(values)

# --- as a source -----------------------------------------------------------------------


def snapshot_of(path: Path, progress=None, cancelled=None) -> Snapshot:
    """The whole file checked and nothing of it kept: what a full restore needs (``copy``'s, whose target is
    always empty), in the memory of a row at a time."""
    walk = Walk(path, progress, cancelled)
    for _row in walk.rows():
        pass
    return _snapshot(walk)


def _snapshot(walk: Walk) -> Snapshot:
    return Snapshot(walk.path, walk.digest, walk.size, walk.schema, walk.exported_at, walk.filtered,
                    dict(walk.rows_in))


def read(path: Path, options: ReadOptions) -> Parsed:
    """The whole file checked; its entries and payments as a source's rows, its facts for a full restore."""
    parsed = Parsed(NAME)
    walk = Walk(path, options.progress, options.cancelled)
    clients: dict[int, str] = {}
    contracts: dict[int, tuple[str, str]] = {}
    add = parsed.entries.add
    running = empty = 0
    for key, line, values in walk.rows():
        if key == "time_entries":
            _id, contract, _milestone, start, end, _zone, _offset, note, billable = values[:9]
            if end is None:
                running += 1
                continue
            if end == start:
                empty += 1
                continue
            title, client = contracts[contract]
            moment = datetime.fromtimestamp(start, UTC)
            add(line, f"{_id}:{start}", moment.date(), moment, end - start, title, client, note=note,
                billable=bool(billable))
        elif key == "payments":
            (_id, contract, _milestone, day, kind, gross, fee, _net, currency, rate, paid_home) = values[:11]
            title, client = contracts[contract]
            note = values[16]
            row_key = f"{_id}:{day}"
            parsed.payments.append(SourcePayment(
                line, row_key, date.fromisoformat(day), PAYMENT, gross, currency, note, client, title,
                rate=Decimal(rate), rate_home=paid_home, payment_kind=kind))
            if fee:
                parsed.payments.append(SourcePayment(line, f"{row_key}/fee", date.fromisoformat(day), FEE, -fee,
                                                     currency, note, parent=row_key))
        elif key == "clients":
            clients[values[0]] = values[1]
        elif key == "contracts":
            contracts[values[0]] = (values[3], clients[values[1]])
    parsed.restore = _snapshot(walk)
    parsed.notes.append(DomainError(QT_TRANSLATE_NOOP(
        "services", "A Freelance Desk export of {when} UTC. Into an empty database everything in it is restored as "
                    "it was (clients, contracts, milestones, time, payments, proposals, gigs, settings); into one "
                    "that has data, only its time entries and payments are added."),
        when=walk.exported_at.replace("T", " ").removesuffix("Z")[:16]))
    if walk.filtered:
        parsed.notes.append(DomainError(QT_TRANSLATE_NOOP(
            "services", "It was exported for a period or a client only: it holds part of the data.")))
    if running:
        parsed.notes.append(DomainError(QT_TRANSLATE_NOOP(
            "services", "Its running timer is restored into an empty database only; an import into one with data "
                        "leaves it out.")))
    if empty:
        parsed.notes.append(DomainError(QT_TRANSLATE_NOOP(
            "services", "Entries of no length are restored into an empty database only: {count}."), count=empty))
    return parsed


FORMAT = Format(
    NAME, QT_TRANSLATE_NOOP("ImportFormats", "Freelance Desk (this app's JSON export)"), TIME, detect, read,
    local_times=False,
    kept_keys=(("time_entry", "id || ':' || start"), ("payment", "id || ':' || received_on")),
)
