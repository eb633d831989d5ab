"""What every format's reader gives back, and the small readings they share (no database, no Qt).

A reader turns a file into :class:`SourceEntry` rows (time) or :class:`SourcePayment` rows
(money), each with the line it came from and a stable ``key`` (the tool's own id, else a
hash of the row's cells: :class:`RowKeys`), so importing the same file again adds nothing
twice. Times are either aware UTC instants (Watson, Timewarrior) or naive local wall-clock
times the import puts in the zone the user names (most CSV exports); an entry with no
clock time at all (Harvest) has only its ``day``. A line that cannot be read goes to
``Parsed.problems`` as a :class:`LineProblem`; the import then refuses the whole file.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import re
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import Literal

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services.io.lines import (  # noqa: F401 (for readers)
    Cancelled,
    ImportFailed,
    LineProblem,
    Progress,
    csv_records,
)

TIME: Literal["time"] = "time"
MONEY: Literal["money"] = "money"

SAMPLE_BYTES = 64 * 1024


@dataclass(slots=True)  # not frozen: a frozen dataclass is made a third slower, and a reader makes 200,000
class SourceEntry:
    """One time entry as the other tool recorded it (a value: nothing changes it once made)."""

    line: int  # the line it came from (a JSON file: the line its record starts on, else its position, from 1)
    key: str  # stable across exports of the same data: the tool's id, else RowKeys' hash
    day: date  # the local day it was worked (for aware starts: the day in UTC; the import recomputes it)
    start: datetime | None  # naive local wall-clock time, or aware (UTC); None: no clock time, only a day
    seconds: int  # its length, whole seconds, > 0
    project: str = ""  # becomes the contract (Timewarrior: the first tag)
    client: str = ""
    task: str = ""
    note: str = ""
    tags: tuple[str, ...] = ()
    billable: bool = True
    user: str = ""  # team exports: the person's name
    email: str = ""
    rate_minor: int | None = None  # hourly rate in the file, minor units of ``currency``
    currency: str = ""  # ISO 4217 code, when the file has one
    wall_end: bool = False  # ``seconds`` is end − start on the wall clock (the import corrects it across a clock change)


# What a money row is. Only PAYMENT is income; its FEE rows (tied by ``parent``) are its platform fee.
PAYMENT = "payment"
FEE = "fee"
CONNECTS = "connects"  # proposal credits bought
WITHDRAWAL = "withdrawal"  # money moved out to the bank: not income
MEMBERSHIP = "membership"  # a plan's fee: a cost, not income
REFUND = "refund"
OTHER = "other"


@dataclass(slots=True)
class SourcePayment:
    """One row of a platform's transaction history."""

    line: int
    key: str  # the platform's reference id
    day: date  # the day it was credited (local to the statement)
    kind: str  # PAYMENT, FEE, CONNECTS, WITHDRAWAL, MEMBERSHIP, REFUND, OTHER
    amount_minor: int  # signed, minor units of ``currency`` (a fee is negative)
    currency: str  # ISO 4217
    description: str = ""
    client: str = ""
    contract: str = ""  # the contract (job) title when the row names it
    parent: str = ""  # a fee row: the ``key`` of the payment it was taken from
    connects: int = 0  # CONNECTS rows: how many credits, when the row says
    rate: Decimal | None = None  # the file's own rate of the day (home units per unit of ``currency``) …
    rate_home: str = ""  # … in this home currency (used when it is the database's too)
    payment_kind: str = ""  # the file says what it was (PaymentKind); else guessed from the description


NO_RATE = -(1 << 62)
_EPOCH = datetime(1970, 1, 1)
_ORDINAL_1970 = _EPOCH.toordinal()
# EntryTable.kind: no clock time, naive wall-clock time, a UTC instant, a wall-clock time whose length is
# the wall clock's (an end written as a time: across a change of the clocks the zone makes it longer or shorter)
NO_START, LOCAL, INSTANT, LOCAL_WALL = 0, 1, 2, 3


class _ByColumn:
    """A list's reading ways for a table kept by column (``line`` its first column, ``row(i)`` an object made)."""

    line: array

    def row(self, index: int):
        raise NotImplementedError

    def __len__(self) -> int:
        return len(self.line)

    def __bool__(self) -> bool:
        return len(self.line) > 0

    def __iter__(self):
        return (self.row(index) for index in range(len(self)))

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self.row(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self.row(index)

    def __eq__(self, other) -> bool:
        return list(self) == list(other) if isinstance(other, (list, tuple, type(self))) else NotImplemented

    __hash__ = None


class EntryTable(_ByColumn):
    """:class:`SourceEntry` rows kept by column: numbers in typed arrays, repeated text (project, client,
    user …) once with a code per row. A list's ways (append, extend, len, iterate, index, slice, sort) give
    and take ``SourceEntry`` objects, made on the way out; the import reads the columns themselves.

    The texts a row is named by (project, client, task, tags, user, email, currency) are kept as one
    combination, once, with one code per row (``combo``): a file repeats a few hundred of them 200,000
    times. ``codes[name]`` and ``values[name]`` give a single column's, made when asked.

    200,000 rows take some 35 MB this way, where as objects they took 90.
    """

    CODED = ("project", "client", "task", "tags", "user", "email", "currency")

    def __init__(self, rows=()):
        self.line = array("i")
        self.day = array("i")  # date ordinals
        self.kind = array("b")  # NO_START, LOCAL, INSTANT
        self.start = array("q")  # LOCAL: the wall-clock time as seconds since 1970 read as UTC; INSTANT: UTC seconds
        self.seconds = array("q")
        self.billable = array("b")
        self.rate = array("q")  # NO_RATE: none
        self.key: list[str] = []
        self.note: list[str] = []
        self.combo = array("I")  # the row's names: an index into _combos
        self._combos: list[tuple] = []  # each distinct (project, client, task, tags, user, email, currency)
        self._combo_index: dict[tuple, int] = {}
        self._local: dict[tuple[str, str], int] = {}  # add_local's (project, client) → its combination's code
        self._instant: dict[tuple, int] = {}  # append_instant's (project, tags) → its combination's code
        self._columns: _Codes | None = None
        self._appends = tuple(column.append for column in (
            self.line, self.day, self.kind, self.start, self.seconds, self.billable, self.rate, self.key, self.note,
            self.combo))
        self.extend(rows)

    def _code(self, names: tuple) -> int:
        code = self._combo_index.get(names)
        if code is None:
            code = self._combo_index[names] = len(self._combos)
            self._combos.append(names)
        return code

    def add(self, line, key, day, start, seconds, project="", client="", task="", note="", tags=(), billable=True,
            user="", email="", rate_minor=None, currency="", wall_end=False) -> None:
        """One row from SourceEntry's fields, in its order, without making the object (a reader's hot loop)."""
        add_line, add_day, add_kind, add_start, add_seconds, add_billable, add_rate, add_key, add_note, add_combo = (
            self._appends)
        add_line(line)
        add_day(day.toordinal())
        if start is None:
            add_kind(NO_START)
            add_start(0)
        elif start.tzinfo is None:  # seconds since 1970 as if UTC, by arithmetic (a fifth of replace + timestamp)
            add_kind(LOCAL_WALL if wall_end else LOCAL)
            add_start((start.toordinal() - _ORDINAL_1970) * 86400 + start.hour * 3600 + start.minute * 60
                      + start.second)
        else:
            add_kind(INSTANT)
            add_start(int(start.timestamp()))
        add_seconds(seconds)
        add_billable(1 if billable else 0)
        add_rate(NO_RATE if rate_minor is None else rate_minor)
        add_key(key)
        add_note(note or "")
        names = (project, client, task, tags, user, email, currency)
        code = self._combo_index.get(names)
        add_combo(self._code(names) if code is None else code)

    def add_local(self, line: int, key: str, day: int, local: int, seconds: int, project: str, client: str,
                  note: str, billable: bool, wall_end: bool) -> None:
        """``add`` of a row whose start is a wall-clock time already in seconds since 1970 read as UTC (``day``
        its ordinal), with a project and client and no task, tags, person, rate or currency: this app's CSV's
        hot loop, without a datetime made and taken apart for each row."""
        add_line, add_day, add_kind, add_start, add_seconds, add_billable, add_rate, add_key, add_note, add_combo = (
            self._appends)
        add_line(line)
        add_day(day)
        add_kind(LOCAL_WALL if wall_end else LOCAL)
        add_start(local)
        add_seconds(seconds)
        add_billable(1 if billable else 0)
        add_rate(NO_RATE)
        add_key(key)
        add_note(note)
        code = self._local.get((project, client))
        if code is None:
            code = self._local[(project, client)] = self._code((project, client, "", (), "", "", ""))
        add_combo(code)

    def names_codes(self, names) -> list[int]:
        """The code of each row's names, (project, client, task, tags, user, email, currency): a combination not
        met before gets the next code in the order of its first row, as ``add`` gives it."""
        index = self._combo_index
        for combination in dict.fromkeys(names):  # each distinct one, in the order first met
            if combination not in index:
                self._code(combination)
        return list(map(index.__getitem__, names))

    def local_codes(self, projects, clients) -> list[int]:
        """``names_codes`` of rows named by a project and a client alone (``add_local``'s rows)."""
        local = self._local
        pairs = list(zip(projects, clients, strict=True))
        for pair in dict.fromkeys(pairs):
            if pair not in local:
                local[pair] = self._code((pair[0], pair[1], "", (), "", "", ""))
        return list(map(local.__getitem__, pairs))

    def add_rows(self, lines, keys, days, kinds, starts, seconds, billable, rates, notes, combos) -> None:
        """Many rows at once, by column (a reader's block): ``days`` as ordinals, ``kinds`` and ``starts`` as the
        table keeps them, ``rates`` with NO_RATE for none, ``combos`` the codes ``names_codes`` or
        ``local_codes`` gave."""
        self.line.extend(lines)
        self.day.extend(days)
        self.kind.extend(kinds)
        self.start.extend(starts)
        self.seconds.extend(seconds)
        self.billable.extend(billable)
        self.rate.extend(rates)
        self.key.extend(keys)
        self.note.extend(notes)
        self.combo.extend(combos)

    def append(self, entry: SourceEntry) -> None:
        self.add(entry.line, entry.key, entry.day, entry.start, entry.seconds, entry.project, entry.client, entry.task,
                 entry.note, entry.tags, entry.billable, entry.user, entry.email, entry.rate_minor, entry.currency,
                 entry.wall_end)

    def append_instant(self, line: int, key: str, day: date, start: int, seconds: int, project: str = "",
                       tags: tuple[str, ...] = (), note: str = "") -> None:
        """``append(SourceEntry(line, key, day, <start as an aware UTC datetime>, seconds, project, tags=tags,
        note=note))`` without making the object: a billable row of UTC seconds with no client, task,
        person, rate or currency (Watson, Timewarrior). A third of the time for 200,000 rows."""
        add_line, add_day, add_kind, add_start, add_seconds, add_billable, add_rate, add_key, add_note, add_combo = (
            self._appends)
        add_line(line)
        add_day(day.toordinal())
        add_kind(INSTANT)
        add_start(start)
        add_seconds(seconds)
        add_billable(1)
        add_rate(NO_RATE)
        add_key(key)
        add_note(note)
        code = self._instant.get((project, tags))
        if code is None:
            code = self._instant[(project, tags)] = self._code((project, "", "", tags, "", "", ""))
        add_combo(code)

    def extend(self, rows) -> None:
        for row in rows:
            self.append(row)

    def combinations(self, *names: str) -> tuple[array, list[tuple]]:
        """Each row's code for its distinct combination of the coded columns ``names``, and those combinations
        in the order their first rows come: worked out once per combination of all the names a row has (a few
        hundred), then one C loop over the rows."""
        positions = [_POSITION[name] for name in names]
        index: dict[tuple, int] = {}
        distinct: list[tuple] = []
        by_combo = array("I")
        for combination in self._combos:  # in the order of their first rows
            value = tuple(combination[position] for position in positions)
            code = index.get(value)
            if code is None:
                code = index[value] = len(distinct)
                distinct.append(value)
            by_combo.append(code)
        return array("I", map(by_combo.__getitem__, self.combo)), distinct

    def text(self, name: str, index: int):
        return self._combos[self.combo[index]][_POSITION[name]]

    @property
    def codes(self) -> _Codes:
        """Each coded column's codes by row (``codes[name][row]`` indexes ``values[name]``), made when asked."""
        if self._columns is None or self._columns.rows != len(self.combo):
            self._columns = _Codes(self)
        return self._columns

    @property
    def values(self) -> _Values:
        """Each coded column's distinct values, in the order of their codes."""
        return _Values(self.codes)

    def start_at(self, index: int) -> datetime | None:
        kind = self.kind[index]
        if kind == NO_START:
            return None
        if kind in (LOCAL, LOCAL_WALL):
            return _EPOCH + timedelta(seconds=self.start[index])
        return datetime.fromtimestamp(self.start[index], UTC)

    def row(self, index: int) -> SourceEntry:
        rate = self.rate[index]
        return SourceEntry(
            self.line[index], self.key[index], date.fromordinal(self.day[index]), self.start_at(index),
            self.seconds[index], *(self.text(name, index) for name in ("project", "client", "task")),
            note=self.note[index], tags=self.text("tags", index), billable=bool(self.billable[index]),
            user=self.text("user", index), email=self.text("email", index),
            rate_minor=None if rate == NO_RATE else rate, currency=self.text("currency", index),
            wall_end=self.kind[index] == LOCAL_WALL,
        )

    def sort(self, key=None, reverse: bool = False) -> None:
        rows = sorted(self, key=key, reverse=reverse)
        self.__init__(rows)

    def __repr__(self) -> str:
        return f"EntryTable({len(self)} rows)"


class PaymentTable(_ByColumn):
    """:class:`SourcePayment` rows kept by column, as :class:`EntryTable` keeps entries: numbers in typed
    arrays, texts in lists (a text a file repeats, such as a client, interned by the reader, is one object),
    and what few rows have (connects, a rate, a payment's kind) by row number. A list's ways (append, len,
    iterate, index) give and take ``SourcePayment`` objects made on the way out; the import and the readers
    read and change the columns themselves.

    200,000 rows take some 75 bytes each this way besides their texts, where as objects they took 185."""

    def __init__(self, rows=()):
        self.line = array("i")
        self.day = array("i")  # date ordinals
        self.amount = array("q")  # amount_minor
        self.key: list[str] = []
        self.kind: list[str] = []
        self.currency: list[str] = []
        self.description: list[str] = []
        self.client: list[str] = []
        self.contract: list[str] = []
        self.parent: list[str] = []
        self.connects: dict[int, int] = {}  # row → connects, where not 0
        self.extra: dict[int, tuple] = {}  # row → (rate, rate_home, payment_kind), where any is given
        self._appends = tuple(column.append for column in (
            self.line, self.key, self.day, self.kind, self.amount, self.currency, self.description, self.client,
            self.contract, self.parent))
        for row in rows:
            self.append(row)

    def add(self, line: int, key: str, day: date, kind: str, amount: int, currency: str, description: str = "",
            client: str = "", contract: str = "", parent: str = "", connects: int = 0) -> None:
        """A row, as ``SourcePayment``'s first eleven fields (a reader's way, no object made)."""
        if connects:
            self.connects[len(self.line)] = connects
        add_line, add_key, add_day, add_kind, add_amount, add_currency, add_description, add_client, add_contract, \
            add_parent = self._appends
        add_line(line)
        add_key(key)
        add_day(day.toordinal())
        add_kind(kind)
        add_amount(amount)
        add_currency(currency)
        add_description(description)
        add_client(client)
        add_contract(contract)
        add_parent(parent)

    def append(self, payment: SourcePayment) -> None:
        if payment.rate is not None or payment.rate_home or payment.payment_kind:
            self.extra[len(self.line)] = (payment.rate, payment.rate_home, payment.payment_kind)
        self.add(payment.line, payment.key, payment.day, payment.kind, payment.amount_minor, payment.currency,
                 payment.description, payment.client, payment.contract, payment.parent, payment.connects)

    def date(self, index: int) -> date:
        return date.fromordinal(self.day[index])

    def rate_of(self, index: int) -> tuple:
        """(rate, rate_home, payment_kind) of a row: (None, "", "") unless the file gave them."""
        return self.extra.get(index, (None, "", ""))

    def row(self, index: int) -> SourcePayment:
        return SourcePayment(
            self.line[index], self.key[index], self.date(index), self.kind[index], self.amount[index],
            self.currency[index], self.description[index], self.client[index], self.contract[index],
            self.parent[index], self.connects.get(index, 0), *self.rate_of(index))

    def keep_only(self, rows) -> None:
        """Only these rows (ascending) stay, in order."""
        kept = [self.row(index) for index in rows]
        self.__init__(kept)

    def __repr__(self) -> str:
        return f"PaymentTable({len(self)} rows)"


_POSITION = {name: position for position, name in enumerate(EntryTable.CODED)}


class _Codes(dict):
    """``EntryTable.codes``: a column's codes by row, and its values (``values[name]``), each column made
    from the table's combinations the first time it is asked for (a C loop over the rows)."""

    def __init__(self, table: EntryTable):
        super().__init__()
        self.table, self.rows = table, len(table.combo)
        self.distinct: dict[str, list] = {}

    def __missing__(self, name: str) -> array:
        position = _POSITION[name]
        index: dict = {}
        distinct: list = []
        by_combo = array("I")
        for names in self.table._combos:
            value = names[position]
            code = index.get(value)
            if code is None:
                code = index[value] = len(distinct)
                distinct.append(value)
            by_combo.append(code)
        codes = self[name] = array("I", map(by_combo.__getitem__, self.table.combo))
        self.distinct[name] = distinct
        return codes


class _Values:
    """``EntryTable.values``: a column's distinct values, in the order of its codes."""

    def __init__(self, codes: _Codes):
        self._codes = codes

    def __getitem__(self, name: str) -> list:
        if name not in self._codes.distinct:
            self._codes[name]  # noqa: B018 (made with its codes)
        return self._codes.distinct[name]


_SECOND = timedelta(seconds=1)


@dataclass
class Parsed:
    """A file read whole: its rows, what is wrong by line, and what the import must ask."""

    format: str
    entries: EntryTable = field(default_factory=EntryTable)
    payments: PaymentTable = field(default_factory=PaymentTable)
    problems: list[LineProblem] = field(default_factory=list)
    notes: list[DomainError] = field(default_factory=list)  # worth telling in the preview (a totals row skipped …)
    asks: set[str] = field(default_factory=set)  # what the file leaves open: {DATE_ORDER} (read with a default)
    restore: object | None = None  # this app's JSON export: what a full restore into an empty database reads

    def __setattr__(self, name, value):
        if name == "entries" and not isinstance(value, EntryTable):
            value = EntryTable(value)  # a reader that built a list: kept by column all the same
        elif name == "payments" and not isinstance(value, PaymentTable):
            value = PaymentTable(value)
        super().__setattr__(name, value)

    def failed(self) -> ImportFailed | None:
        if not self.problems:
            return None
        from freelance_desk.services.io.lines import ImportFailed as Failed

        problems = sorted(self.problems, key=lambda p: p.line)
        return Failed(problems[:MAX_PROBLEMS], more=max(0, len(problems) - MAX_PROBLEMS))


def no_header(parsed: Parsed) -> None:
    """A file without a header row: said on line 1, unless reading it told why already (not UTF-8 …)."""
    if not parsed.problems:
        parsed.problems.append(LineProblem(1, DomainError(
            QT_TRANSLATE_NOOP("services", "The file is empty: it needs a header row and time entries."))))


MAX_PROBLEMS = 5  # problems told by line; the rest are counted
DATE_ORDER = "date_order"  # Parsed.asks: every date could be day-first or month-first


@dataclass(frozen=True)
class ReadOptions:
    """How to read a file where the file alone cannot say, and the progress/Cancel hooks."""

    date_order: str | None = None  # "dmy" or "mdy" for a file whose every date could be either
    progress: Progress | None = None  # (bytes done, bytes in all)
    cancelled: Callable[[], bool] | None = None


@dataclass(frozen=True)
class Sample:
    """The start of a file (or a folder's listing), for detection."""

    path: Path
    head: bytes  # the first SAMPLE_BYTES
    text: str  # ``head`` as UTF-8 without a BOM ("" when it is not text)
    names: tuple[str, ...] = ()  # a folder: the names in it

    @property
    def first_line(self) -> str:
        return self.text.split("\n", 1)[0].rstrip("\r")

    @classmethod
    def of(cls, path: Path) -> Sample:
        if path.is_dir():
            return cls(path, b"", "", tuple(sorted(p.name for p in path.iterdir())))
        with open(path, "rb") as stream:
            head = stream.read(SAMPLE_BYTES)
        raw = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            text = raw[: error.start].decode("utf-8") if error.start > len(raw) - 4 else ""  # cut mid-character
        return cls(path, head, text)


@dataclass(frozen=True)
class Format:
    """One tool's export: its name (``--format``), label, what it holds, how to tell it and read it."""

    name: str  # e.g. "toggl"
    label: str  # QT_TRANSLATE_NOOP("ImportFormats", "Toggl Track (detailed CSV)")
    kind: str  # TIME or MONEY
    detect: Callable[[Sample], int]  # 0: not this format; higher: surer (a header matched exactly: 100)
    read: Callable[[Path, ReadOptions], Parsed]
    local_times: bool = True  # its clock times are naive wall-clock times (the zone is asked)
    folder: bool = False  # it reads a folder (Timewarrior's data folder)
    tool: str = ""  # the tool, when it has several formats (Timewarrior): rows are the same rows whichever was read
    # (table, SQL expression): a kept row whose expression equals a row's key counts as imported already
    # (this app's JSON: the very row, by its id and start, whether restored or the file's own database)
    kept_keys: tuple[tuple[str, str], ...] = ()

    @property
    def source(self) -> str:
        """What imported rows and remembered mappings are kept under: the tool's name."""
        return self.tool or self.name


# --- shared readings ------------------------------------------------------------------


class RowKeys:
    """A stable key for a row without an id: a hash of its cells, ``#2`` … for a repeated identical row."""

    def __init__(self) -> None:
        self._seen: set[int] = set()  # the hashes met (as numbers: a third of the memory of their text)
        self._repeats: dict[int, int] = {}  # a hash met more than once: how often

    def key(self, cells) -> str:
        digest = hashlib.blake2b("\x1f".join(cells).encode("utf-8", "surrogatepass"), digest_size=12).digest()
        number = int.from_bytes(digest)
        text = digest.hex()
        if number not in self._seen:
            self._seen.add(number)
            return text
        count = self._repeats[number] = self._repeats.get(number, 1) + 1
        return f"{text}#{count}"

    def keys(self, rows) -> list[str]:
        """``key`` of each row, in order: a block none of whose rows was met before (nearly every one) hashed
        and checked in C loops, any other one row by row."""
        blake2b = hashlib.blake2b
        digests = [blake2b("\x1f".join(cells).encode("utf-8", "surrogatepass"), digest_size=12).digest()
                   for cells in rows]
        numbers = list(map(int.from_bytes, digests))
        if self._seen.isdisjoint(numbers) and len(set(numbers)) == len(numbers):
            self._seen.update(numbers)
            return list(map(bytes.hex, digests))
        return [self.key(cells) for cells in rows]


@contextmanager
def paused_gc():
    """The cycle collector paused while a file is read. A reader makes millions of objects and keeps a good part
    of them (a block's rows, the table's columns) but no cycles to collect, and the collector's passes over what
    it holds slowed a block reader (Toggl's 200,000 rows, blocks of 4,096: 2.5-2.9 s with it, 2.2-2.4 without)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


BLOCK_ROWS = 4096  # rows of a first pass's codes (CodedColumns) a reader reads by column at once
# Rows of cells read from the file a reader reads by column at once (record_blocks): few enough that the block's
# cells are still in the processor's cache when its columns are read. 200,000 rows read by read_source, back to
# back: Toggl 2.6-2.9 s a block of 4,096, 2.1-2.4 of 128; Clockify 3.0-3.8 and 2.3-2.8; this app's CSV 1.5-1.9 and
# 1.0-1.3 (64 or 256: no better).
RECORD_ROWS = 128


def record_blocks(records, size: int = RECORD_ROWS) -> Iterator[tuple[tuple[int, ...], tuple[list[str], ...]]]:
    """A reader's ``(line, cells)`` records a block at a time, as the block's lines and its rows."""
    while True:
        block = list(islice(records, size))
        if not block:
            return
        lines, rows = zip(*block)
        yield lines, rows


class Distinct(dict):
    """Each distinct text of a column read once by ``reading`` (text → value), for a reader that reads a block of
    rows by column. A text ``reading`` refuses (a DomainError) is remembered in ``refused``: a block holding one
    is read again row by row, so its message and line come out exactly as a row's reading gives them."""

    def __init__(self, reading: Callable[[str], object]):
        super().__init__()
        self.reading = reading
        self.refused: set[str] = set()

    def __missing__(self, text: str):
        try:
            value = self.reading(text)
        except DomainError:
            self.refused.add(text)
            value = None
        self[text] = value
        return value

    def column(self, texts) -> list | None:
        """The value of each text, or None when any of them is refused."""
        values = list(map(self.__getitem__, texts))
        return None if self.refused and not self.refused.isdisjoint(texts) else values


_CLOCK = re.compile(r"^\s*(\d+):([0-5]\d)(?::([0-5]\d))?\s*$")


def clock_seconds(text: str) -> int:
    """``HH:MM:SS`` or ``H:MM`` as seconds; the hours may pass 24 (``31:05:00``)."""
    match = _CLOCK.match(text)
    if not match:
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "“{text}” is not a duration; it should read like 1:30:00."), text=text
        )
    return int(match[1]) * 3600 + int(match[2]) * 60 + int(match[3] or 0)


def decimal_seconds(text: str, decimal: str = ".") -> int:
    """Decimal hours (``1.5``; ``1,5`` with ``decimal=","``; thousands marks the other way) as whole seconds."""
    value = text.strip()
    thousands = "," if decimal == "." else "."
    value = value.replace(thousands, "").replace(" ", "").replace("\u00a0", "")
    if decimal != ".":
        value = value.replace(decimal, ".")
    if not re.fullmatch(r"\d+(?:\.\d+)?|\.\d+", value):
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "“{text}” is not a number of hours; it should read like 1.5."), text=text
        )
    whole, _, fraction = value.partition(".")
    # exact: hours × 3600 from the digits, rounded half up to the second
    digits = len(fraction)
    scaled = int(whole or 0) * 10**digits + int(fraction or 0)
    return (scaled * 3600 * 2 + 10**digits) // (2 * 10**digits)


YES = {"yes", "y", "true", "1", "ya"}
NO = {"no", "n", "false", "0", "tidak"}


def read_billable(text: str) -> bool:
    """A billable cell: yes/no, y/n, true/false, 1/0, ya/tidak in any case (empty: yes)."""
    value = text.strip().casefold()
    if not value or value in YES:
        return True
    if value in NO:
        return False
    raise DomainError(QT_TRANSLATE_NOOP("services", "Billable is “{text}”; write yes or no."), text=text)


END_IS_START = QT_TRANSLATE_NOOP("services", "The end equals the start: the entry has no length.")
END_BEFORE_START = QT_TRANSLATE_NOOP("services", "The end is before the start.")


def not_an_amount(text: str) -> DomainError:
    return DomainError(QT_TRANSLATE_NOOP("services", "“{text}” is not an amount; it should read like 48.75."), text=text)


def wrong_width(count: int, columns: int) -> DomainError:
    """A line with more or fewer cells than the header: a separator is amiss."""
    return DomainError(
        QT_TRANSLATE_NOOP("services", "This line has {count} cells but the header has {columns}; "
                                      "a note with a separator in it must be in quotes."),
        count=count, columns=columns,
    )


_UNSHOWN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def clean_note(text: str) -> str:
    """A note from another tool: control characters but line breaks and tabs dropped, edges trimmed."""
    if text.isprintable():  # most notes: nothing to take out
        return text.strip()
    return _UNSHOWN.sub("", text).strip()


def clean_notes(texts) -> list[str]:
    """``clean_note`` of each text: a column whose texts are all printable (most), or hold nothing to take out
    but line breaks and tabs (looked for in them all at once), only trimmed, in C."""
    if all(map(str.isprintable, texts)) or not _UNSHOWN.search("\n".join(texts)):
        return list(map(str.strip, texts))
    return list(map(clean_note, texts))


def folded(text: str) -> str:
    """A header cell as compared: trimmed, case-folded, inner spaces single."""
    return " ".join(text.split()).casefold()


# --- decided from the whole file: the decimal mark, the order of a date's parts ----------------


def decimal_mark(values) -> str:
    """The decimal mark a column of numbers uses ("." or ","), decided from all of them.

    A value with both marks: the last one is the decimal mark ("2.000,0", "1,250.50"). Only a comma,
    with one or two digits after it: a decimal comma ("1,5"). Only a point not followed by exactly
    three digits: a decimal point ("1.5"). "1,000" and "2.000" say nothing alone. The more frequent
    verdict wins; none at all: the point.
    """
    comma = point = 0
    for raw in values:
        text = raw.strip()
        c, p = text.rfind(","), text.rfind(".")
        if c >= 0 and p >= 0:
            if c > p:
                comma += 1
            else:
                point += 1
        elif c >= 0:
            if 1 <= len(text) - c - 1 <= 2:
                comma += 1
        elif p >= 0 and len(text) - p - 1 != 3:
            point += 1
    return "," if comma > point else "."


DMY, MDY, YMD = "dmy", "mdy", "ymd"


def date_order(texts, given: str | None, default: str) -> tuple[str, bool]:
    """How the file's day-first-or-month-first dates (``12/03/2024``) are to be read, and whether it was asked.

    A date whose first part is over 12 can only be day-first, one whose second part is: month-first;
    the file decides when its dates agree. A file none of whose dates tell: ``given`` (the user's
    answer), else ``default`` with True (the import then asks). Dates written year first (``2024-03-12``)
    or with dots (``12.03.2024``, always day-first) do not take part.
    """
    day_first = month_first = either = False
    for text in texts:
        parts = text.strip().split(" ", 1)[0].replace("-", "/").split("/")
        if len(parts) != 3 or len(parts[0]) == 4:
            continue
        try:
            first, second = int(parts[0]), int(parts[1])
        except ValueError:
            continue
        either = True
        if first > 12:
            day_first = True
        elif second > 12:
            month_first = True
        if day_first and month_first:
            break
    if day_first != month_first:
        return (DMY if day_first else MDY), False
    if not either:
        return default, False  # no date that could be read either way
    if given in (DMY, MDY):
        return given, False
    return default, not (day_first and month_first)


def iso_date(text: str, missing: str = "") -> date:
    """A date written ``YYYY-MM-DD`` (trimmed); none (``missing``: its message) or any other refused, quoted."""
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    if not text and missing:
        raise DomainError(missing)
    raise DomainError(QT_TRANSLATE_NOOP("services", "“{text}” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-10."),
                      text=text)


def read_date(text: str, order: str) -> date:
    """A date as tools write it: ``2024-03-12``, ``2024/03/12``, ``12.03.2024``, ``12-03-2024`` or
    ``12/03/2024`` (``order``: "dmy" or "mdy" for the last two), a two-digit year as 20YY."""
    value = text.strip()
    for mark in ("-", ".", "/"):
        parts = value.split(mark)
        if len(parts) == 3:
            break
    else:
        parts = []
    try:
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            raise ValueError
        a, b, c = (int(p) for p in parts)
        if len(parts[0]) == 4:
            return date(a, b, c)
        year = c + 2000 if len(parts[2]) == 2 else c
        if mark == "." or order != MDY:
            return date(year, b, a)
        return date(year, a, b)
    except ValueError:
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "“{text}” is not a date; it should read like 2024-03-12."), text=text
        ) from None


def currency_digits(code: str) -> int:
    """Minor-unit digits of an ISO 4217 code: the app's own table, else 2 (most currencies)."""
    from freelance_desk.core.money import CURRENCIES

    known = CURRENCIES.get(code)
    return known[0] if known else 2


def amount_minor(text: str, decimal: str, currency: str) -> int:
    """An amount written with ``decimal`` as its mark (thousands marks the other way) in minor units,
    rounded half up; a sign or parentheses make it negative. Not a number: DomainError quoting it."""
    value = text.strip()
    negative = value.startswith("-") or (value.startswith("(") and value.endswith(")"))
    value = value.strip("-()").replace(" ", "").replace("\u00a0", "")
    value = value.replace("." if decimal == "," else ",", "")
    whole, _, fraction = value.partition(decimal)
    if not (whole or fraction) or not (whole.isdigit() or not whole) or not (fraction.isdigit() or not fraction):
        raise not_an_amount(text.strip())
    places = currency_digits(currency)
    scaled = int(whole or 0) * 10 ** len(fraction) + int(fraction or 0)
    minor = (scaled * 10**places * 2 + 10 ** len(fraction)) // (2 * 10 ** len(fraction))
    return -minor if negative else minor


# --- a two-pass reader (Harvest, Kimai): every row seen, the file's decisions made, then each row read -----


SEMICOLON_OR_COMMA = ",;"  # a CSV export a locale's spreadsheet wrote: ";" where "," is the decimal mark


def separator(line: str, among: str = ",;\t") -> str:
    """The separator a CSV line uses: the one of ``among`` it has most (the first on a tie)."""
    return max(among, key=line.count)


def csv_line(line: str, among: str = ",;\t") -> list[str]:
    """One line's cells (a sample's first line, for detection), split at its :func:`separator`."""
    try:
        return next(csv.reader([line], delimiter=separator(line, among)))
    except (csv.Error, StopIteration):
        return []


def title_index(header: list[str]) -> dict[str, int]:
    """Each title of a header row, :func:`folded`, and the first column it heads."""
    index: dict[str, int] = {}
    for column, cell in enumerate(header):
        index.setdefault(folded(cell), column)
    return index


def open_csv(path: Path, options: ReadOptions, parsed: Parsed) -> Iterator[tuple[int, list[str]]]:
    """An export's records (a quoted cell may run over lines), split at ";" when its first line has more of them
    than commas, else at ","."""
    try:
        first = Sample.of(Path(path)).first_line
    except OSError:
        first = ""  # csv_records says why it cannot be read
    return csv_records(path, parsed.problems, breaks=True, delimiter=separator(first, SEMICOLON_OR_COMMA),
                       progress=options.progress, cancelled=options.cancelled)


def lacks_column(column: str, tool: str) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP("services", "The column “{column}” is missing; a {format} export has it."),
        column=column, format=tool)


def entry_length(text: str, reading: Callable[[str], int]) -> int:
    """A duration cell (trimmed) as seconds, read by ``reading``; refused when negative or zero."""
    if text.startswith("-"):
        raise DomainError(QT_TRANSLATE_NOOP(
            "services", "“{text}” is a negative duration; an entry needs a length."), text=text)
    seconds = reading(text)
    if seconds <= 0:
        raise DomainError(QT_TRANSLATE_NOOP("services", "“{text}” is a duration of zero; an entry needs a length."),
                          text=text)
    return seconds


class CodedColumns:
    """The first pass over a big export that must see every row before it can read one (a date order, a
    decimal mark): each row's line, key and free text (its note, rarely repeated: kept as it is), and its
    other cells as a code each (arrays of ints), every distinct text of a column once."""

    def __init__(self, count: int):
        self.codes = [array("I") for _ in range(count)]
        self.values: list[list[str]] = [[] for _ in range(count)]
        self._index: list[dict[str, int]] = [{} for _ in range(count)]
        self.lines = array("i")
        self.keys: list[str] = []
        self.texts: list[str] = []
        self._columns = list(zip(self._index, self.values, self.codes))
        self._appends = (self.lines.append, self.keys.append, self.texts.append)

    def add(self, line: int, key: str, text: str, cells) -> None:
        add_line, add_key, add_text = self._appends
        add_line(line)
        add_key(key)
        add_text(text)
        for (index, values, codes), cell in zip(self._columns, cells):
            code = index.get(cell)
            if code is None:
                code = index[cell] = len(values)
                values.append(cell)
            codes.append(code)

    def add_rows(self, lines, rows, keys, width: int, text_at: int, cells_at) -> None:
        """A block of rows as read (lists of cells; ``keys`` their keys) added by column in C loops: each row
        short of ``width`` cells padded with empty ones, its text the cell at ``text_at`` and its coded cells
        those at ``cells_at`` (−1, a column the export leaves out, reads as an empty cell). A block's new texts
        of a column get their codes in sorted order (the same codes for the same file, every time)."""
        if min(map(len, rows)) < width:
            rows = [cells if len(cells) >= width else cells + [""] * (width - len(cells)) for cells in rows]
        columns = list(zip(*rows))
        empty = ("",) * len(rows)
        self.lines.extend(lines)
        self.keys.extend(keys)
        self.texts.extend(columns[text_at] if text_at >= 0 else empty)
        for (index, values, codes), at in zip(self._columns, cells_at, strict=True):
            cells = columns[at] if at >= 0 else empty
            fresh = set(cells).difference(index)
            if fresh:
                fresh = sorted(fresh)
                index.update(zip(fresh, range(len(values), len(values) + len(fresh))))
                values.extend(fresh)
            codes.extend(map(index.__getitem__, cells))

    def read(self, column: int, reading) -> list:
        """Each distinct text of ``column`` read once: its value, or the DomainError reading it raised."""
        out = []
        for text in self.values[column]:
            try:
                out.append(reading(text))
            except DomainError as error:
                out.append(error)
        return out

    def column(self, column: int, values: list) -> list:
        """Each row's value of ``column``: ``values`` (one per distinct text, as ``read`` makes them) by its code."""
        return list(map(values.__getitem__, self.codes[column]))

    def decimal_mark(self, *columns: int) -> str:
        """The decimal mark the distinct numbers of ``columns`` use (:func:`decimal_mark`)."""
        return decimal_mark(set().union(*(self.values[column] for column in columns)))

    def date_order(self, column: int, options: ReadOptions, default: str, parsed: Parsed) -> str:
        """How ``column``'s dates are read (:func:`date_order`); a file whose every date could be day-first or
        month-first is read in ``options.date_order``, else ``default``, and asks (``DATE_ORDER`` in ``parsed.asks``)."""
        order, asked = date_order(self.values[column], options.date_order, default)
        if asked:
            parsed.asks.add(DATE_ORDER)
        return order


def coded_value(values: list, code: int):
    """A value ``CodedColumns.read`` made; its error raised."""
    value = values[code]
    if isinstance(value, DomainError):
        raise value
    return value


class Memo(dict):
    """What a combination of a row's cells reads (their codes → the value), made once by ``make(*codes)``: the
    second pass's rate and currency, a person's name. A DomainError making it raises is kept as its value."""

    def __init__(self, make: Callable):
        super().__init__()
        self.make = make

    def __missing__(self, codes):
        try:
            value = self.make(*codes)
        except DomainError as error:
            value = error
        self[codes] = value
        return value
