"""Another tool's history brought in: read, previewed, mapped onto contracts, laid out, written whole.

The steps, each plain Python (the wizard and ``freelance-desk import`` call the same ones):

1. :func:`read_source` detects the format (or takes the one named) and reads the file into
   ``SourceEntry`` / ``SourcePayment`` rows; a line that cannot be read refuses the file.
2. :func:`preview` says what is in it: rows, days, hours per source project, money per
   currency, the people in a team export, and the contract each project is proposed for
   (the one remembered from the last import, else a contract of the same title and client,
   else a new hourly contract with the file's rate and currency).
3. :func:`import_parsed` plans and writes in one transaction: only "my" rows (``user``);
   rows imported before (same source and key) skipped; naive times put in the zone given
   (a time the clocks skipped refused by line; one they repeated read as the first);
   entries without a clock time, and entries that overlap another or one already kept, laid
   out back to back on their own local day from the working day's start, each keeping its
   duration, day, contract and note; a day of more than 24 h refused by line. ``dry_run``
   plans and rolls back. The result (:class:`Imported`) is what Undo removes and Redo puts back.
"""

from __future__ import annotations

import itertools
from array import array
from bisect import bisect_left, insort
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate, compress, islice, repeat
from operator import le, lt
from pathlib import Path
from zoneinfo import ZoneInfo

from peewee import AutoField, BooleanField, CharField, IntegerField, TextField, fn

from freelance_desk.core.checks import check_day, check_timezone, require_text
from freelance_desk.core.durations import MAX_DURATION, hours_minutes
from freelance_desk.core.errors import DomainError, ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.vocabulary import ContractKind, PaymentKind, TimeSource
from freelance_desk.db import daily_time, sql
from freelance_desk.db.connection import db, write
from freelance_desk.db.fields import DecimalTextField
from freelance_desk.db.models import (
    Client,
    ConnectsPurchase,
    Contract,
    ImportMapping,
    Payment,
    Platform,
    TimeEntry,
)
from freelance_desk.services.io.lines import Cancelled, ImportFailed, LineProblem
from freelance_desk.services.io.sources import registry
from freelance_desk.services.io.sources.base import (
    CONNECTS,
    FEE,
    INSTANT,
    LOCAL,
    LOCAL_WALL,
    MAX_PROBLEMS,
    NO_RATE,
    NO_START,
    PAYMENT,
    EntryTable,
    Format,
    Parsed,
    PaymentTable,
    ReadOptions,
    SourceEntry,
    clean_note,
    clean_notes,
    paused_gc,
)
from freelance_desk.services.io.zones import LocalZone
from freelance_desk.services.money.payments import payment_amounts, payment_terms
from freelance_desk.services.settings import store as settings_store
from freelance_desk.services.time.tracking import MAX_NOTE

NO_CLIENT = "No client"
NO_PROJECT = "No project"
UNTAGGED = "Untagged"  # Timewarrior: an interval without tags
BATCH = 1000  # ids per DELETE
_EVERY = 4096  # rows between two progress reports (and Cancel checks)
_MINUTES = 60 .__rfloordiv__  # seconds as whole minutes (a UTC offset)
IMPORT_CACHE_KB = -8000  # SQLite's page cache while an import writes (8 MB; the app's is 32 MB): as fast, 30 MB less
_SEP = "\x1f"
_ORDINAL_1970 = date(1970, 1, 1).toordinal()

Progress = Callable[[int, int], None]


# --- 1. reading -------------------------------------------------------------------


def read_source(path: Path, format_name: str | None = None, options: ReadOptions | None = None) -> tuple[Format, Parsed]:
    """The file read whole in its format (detected unless named); :class:`ImportFailed` names the bad lines."""
    path = Path(path)
    fmt = registry.by_name(format_name) if format_name else registry.detect(path)
    if fmt.folder != path.is_dir():
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "{format} reads a folder, not a file.") if fmt.folder
            else QT_TRANSLATE_NOOP("services", "{format} reads a file, not a folder."),
            format=fmt.name,
        )
    with paused_gc():  # see paused_gc: no reader makes cycles
        parsed = fmt.read(path, options or ReadOptions())
    failed = parsed.failed()
    if failed is not None:
        raise failed
    if not parsed.entries and not parsed.payments and parsed.restore is None:
        raise ImportFailed([LineProblem(1, DomainError(
            QT_TRANSLATE_NOOP("services", "The file has no time entries or payments to import.")))])
    return fmt, parsed


# --- 2. what is in it ----------------------------------------------------------------


def default_names(fmt: Format, client: str, project: str) -> tuple[str, str]:
    """The client and contract a source project becomes when nothing else is chosen."""
    untitled = UNTAGGED if fmt.source == "timewarrior" else NO_PROJECT  # its export, data folder or one month
    return client.strip() or NO_CLIENT, project.strip() or untitled


@lru_cache(maxsize=4096)
def group_key(client: str, project: str) -> str:
    """How a source project is remembered (the client's name and the project's, case-folded)."""
    return f"{client.strip().casefold()}{_SEP}{project.strip().casefold()}"


@dataclass(frozen=True)
class Group:
    """One source project (client + project, a tag, a job): what it holds and where it goes."""

    key: str
    client: str  # as it will be created: "No client" when the file names none
    project: str
    entries: int
    seconds: int
    payments: int
    net_minor: int
    rate_minor: int | None
    currency: str
    contract_id: int | None  # proposed: a contract already kept; None: a new one


@dataclass(frozen=True)
class Preview:
    format: Format
    rows: int
    first_day: date | None
    last_day: date | None
    groups: tuple[Group, ...]
    users: tuple[tuple[str, int], ...]  # a team export: each person (name, else e-mail) and their rows
    money: tuple[tuple[str, int], ...]  # currency → net (payments and their fees), minor units
    untimed: int  # entries with no clock time (laid out from the working day's start)
    asks: frozenset[str]
    notes: tuple[DomainError, ...]

    @property
    def seconds(self) -> int:
        return sum(g.seconds for g in self.groups)


def is_me(entry: SourceEntry, user: str) -> bool:
    wanted = user.strip().casefold()
    return wanted in (entry.user.strip().casefold(), entry.email.strip().casefold())


def _people(table: EntryTable) -> Counter:
    """(user code, e-mail code) → rows."""
    return Counter(zip(table.codes["user"], table.codes["email"], strict=True))


def users(parsed: Parsed) -> tuple[tuple[str, int], ...]:
    """Each person of a team export (their name, else their e-mail) and their rows, most rows first."""
    table = parsed.entries
    counts: Counter[str] = Counter()
    for (user, email), count in _people(table).items():
        name = table.values["user"][user] or table.values["email"][email]
        if name:
            counts[name] += count
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold())))


def _mine(table: EntryTable, user: str | None) -> array:
    """The indexes of the rows that are ``user``'s (every row when None)."""
    if not user:
        return array("i", range(len(table)))
    wanted = user.strip().casefold()
    users_, emails = table.values["user"], table.values["email"]
    mine = {pair for pair in _people(table)
            if wanted in (users_[pair[0]].strip().casefold(), emails[pair[1]].strip().casefold())}
    codes_user, codes_email = table.codes["user"], table.codes["email"]
    return array("i", (i for i in range(len(table)) if (codes_user[i], codes_email[i]) in mine))


def _groups(table: EntryTable) -> tuple[array, list[tuple[str, str]]]:
    """Each row's group (an index into the list of (client, project) pairs the file has, in the order first met)."""
    return table.combinations("client", "project")


def preview(fmt: Format, parsed: Parsed, user: str | None = None) -> Preview:
    """What the file holds, per source project, with the contract each is proposed for."""
    table = parsed.entries
    rows = _mine(table, user)
    group_of, pairs = _groups(table)
    seconds: Counter[str] = Counter()
    count: Counter[str] = Counter()
    rates: dict[str, Counter] = defaultdict(Counter)
    names: dict[str, tuple[str, str]] = {}
    keys = [group_key(client, project) for client, project in pairs]
    for n, (client, project) in enumerate(pairs):
        names.setdefault(keys[n], default_names(fmt, client, project))
    currencies = table.values["currency"]
    untimed = 0
    first = last = None
    for i in rows:
        key = keys[group_of[i]]
        seconds[key] += table.seconds[i]
        count[key] += 1
        rate, currency = table.rate[i], currencies[table.codes["currency"][i]]
        if rate != NO_RATE or currency:
            rates[key][(None if rate == NO_RATE else rate, currency)] += 1
        if table.kind[i] == NO_START:
            untimed += 1
    if rows:
        days = [table.day[i] for i in rows]
        first, last = date.fromordinal(min(days)), date.fromordinal(max(days))
    paid: Counter[str] = Counter()
    net: Counter[str] = Counter()
    money: Counter[str] = Counter()
    payments = parsed.payments
    income_days = array("i")
    for key, i in _payment_groups(payments):
        if key not in names:
            names[key] = default_names(fmt, payments.client[i], payments.contract[i])
        amount, currency = payments.amount[i], payments.currency[i]
        net[key] += amount
        money[currency] += amount
        if payments.kind[i] == PAYMENT:
            paid[key] += 1
            rates[key][(None, currency)] += 1
        income_days.append(payments.day[i])
    if income_days:
        low, high = date.fromordinal(min(income_days)), date.fromordinal(max(income_days))
        first = low if first is None or low < first else first
        last = high if last is None or high > last else last
    proposed = _proposed_contracts(fmt.source, names)
    groups = []
    for key, (client, project) in names.items():
        if not count[key] and not paid[key] and not net[key]:
            continue  # only other people's rows
        rate, currency = _contract_terms(rates[key])
        groups.append(Group(key, client, project, count[key], seconds[key], paid[key], net[key], rate, currency,
                            proposed.get(key)))
    groups.sort(key=lambda g: (-g.seconds, -g.payments, g.client.casefold(), g.project.casefold()))
    return Preview(
        fmt, len(rows) + len(parsed.payments), first, last, tuple(groups), users(parsed),
        tuple(sorted(money.items())), untimed, frozenset(parsed.asks), tuple(parsed.notes),
    )


def _payment_groups(payments: PaymentTable):
    """Each income row (payments and their fees), as the group it counts for and its row number."""
    kinds, clients, contracts, keys, parents = (payments.kind, payments.client, payments.contract, payments.key,
                                                payments.parent)
    contract_of = {keys[i]: (clients[i], contracts[i]) for i, kind in enumerate(kinds) if kind == PAYMENT}
    for i, kind in enumerate(kinds):
        if kind == PAYMENT:
            yield group_key(clients[i], contracts[i]), i
        elif kind == FEE and parents[i] in contract_of:
            yield group_key(*contract_of[parents[i]]), i


def _payment_pairs(payments: PaymentTable) -> Counter[tuple[str, str, str]]:
    """Each distinct (client, contract, currency) of the payment rows, with how many rows have it, in the order
    first met: counted in C. (A fee row counts for its payment's group, so it names no group of its own.)"""
    return Counter(compress(zip(payments.client, payments.contract, payments.currency),
                            map(PAYMENT.__eq__, payments.kind)))


def _proposed_contracts(source: str, names: dict[str, tuple[str, str]]) -> dict[str, int]:
    """Remembered mappings first, else a kept contract with the same title (and client, when named)."""
    remembered = {
        name: contract_id
        for name, contract_id in ImportMapping.select(ImportMapping.name, ImportMapping.contract).where(
            ImportMapping.source == source).tuples()
    }
    kept: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for contract_id, title, client in Contract.select(Contract.id, Contract.title, Client.name).join(Client).tuples():
        kept[title.strip().casefold()].append((contract_id, client.strip().casefold()))
    proposed = {}
    for key, (client, project) in names.items():
        if key in remembered:
            proposed[key] = remembered[key]
            continue
        matches = kept.get(project.casefold(), [])
        same_client = [m for m in matches if m[1] == client.casefold()]
        if len(same_client) == 1:
            proposed[key] = same_client[0][0]
        elif client == NO_CLIENT and len(matches) == 1:
            proposed[key] = matches[0][0]
    return proposed


# --- 3. the plan and the write ---------------------------------------------------------


@dataclass
class Choices:
    """What the user settled in the wizard (or on the command line)."""

    zone: str  # the IANA zone naive times were written in, and the local day of every entry
    user: str | None = None  # a team export: whose rows to keep (name or e-mail)
    contracts: dict[str, int | None] = field(default_factory=dict)  # group key → kept contract id, or None: a new
    # one; a group not named goes where preview proposed (remembered, or a contract of its title), else a new one
    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # group key → (client, contract) to create
    workday_start: time | None = None  # None: the working day in Settings
    home_rate: dict[str, Decimal] = field(default_factory=dict)  # payments in another currency than home


@dataclass(frozen=True)
class Summary:
    entries: int = 0
    payments: int = 0
    seconds: int = 0
    untimed: int = 0  # laid out: no clock time
    overlapping: int = 0  # laid out: they overlapped another entry
    duplicates: int = 0  # imported before: skipped
    others: int = 0  # a team export: other people's rows, left out
    repeated: int = 0  # in an hour the clocks went back over: read as its first time
    clients: int = 0  # created
    contracts: int = 0
    fees_minor: int = 0
    net_minor: dict[str, int] = field(default_factory=dict)
    connects: int = 0  # proposal credits bought
    connects_cost_minor: dict[str, int] = field(default_factory=dict)

    @property
    def moved(self) -> int:
        return self.untimed + self.overlapping


@dataclass
class Imported:
    """What an import wrote (ids included): Undo removes it, Redo writes it again.

    The entries are the consecutive ids ``first_id``…``last_id`` of this source. Once Undo has taken
    them and the payments out, their rows wait for Redo in a table of the connection's own (``undone``:
    SQLite's temporary schema, gone when the file is closed), not in memory: 200,000 rows as Python
    tuples took 60 MB and a third of Undo's time.
    """

    source: str
    first_id: int | None  # the entries' ids (None: no entries)
    last_id: int | None
    payment_span: tuple[int, int] | None  # the payments' ids, first and last (None: no payments)
    clients: tuple[dict, ...]  # created
    contracts: tuple[dict, ...]
    mappings: tuple[dict, ...]  # added or changed, each with the contract it named before (``before``, or None)
    summary: Summary
    undone: str | None = None  # while undone: the name of the temporary tables holding its rows for Redo
    purchases: tuple[dict, ...] = ()  # connects bought
    contract_names: tuple[tuple[str, str], ...] = ()  # the contracts created, as (client, title): for the summary
    restored: object | None = None  # this app's JSON restored whole into an empty database (restore_json.Restored)

    @property
    def count(self) -> int:
        return self.summary.entries + self.summary.payments

    def _range(self) -> tuple[str, tuple]:
        return _RANGE, (self.first_id, self.last_id, self.source)


_ENTRY_COLUMNS = ("id", "contract", "start", "end", "timezone", "utc_offset_minutes", "note", "billable", "source",
                  "import_source", "import_key")


def import_parsed(
    fmt: Format,
    parsed: Parsed,
    choices: Choices,
    now: datetime,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Imported:
    """Plan and write the import in one transaction (a dry run rolls it back); all or nothing.

    This app's own JSON export (``parsed.restore``) into an empty database is restored whole instead,
    ids and all (:mod:`.restore_json`); into one that has data, its entries and payments come in as
    any source's do."""
    zone = check_timezone(choices.zone)
    now = now.replace(microsecond=0)
    if parsed.restore is not None:
        from freelance_desk.services.io import restore_json

        if restore_json.is_empty():
            return _restore_whole(fmt, parsed, dry_run, progress, cancelled)
    on_file = not sql.on_server()
    if on_file:
        (cache,) = db.execute_sql("PRAGMA cache_size").fetchone()
        db.execute_sql(f"PRAGMA cache_size = {IMPORT_CACHE_KB}")  # a big import would fill the cache for little gain
    try:
        with write():
            imported = _Plan(fmt, parsed, choices, zone, now, progress, cancelled).run()
            if dry_run:
                raise _DryRun(imported)  # rolls the transaction back
    except _DryRun as done:
        return done.imported
    finally:
        if on_file:
            db.execute_sql(f"PRAGMA cache_size = {int(cache)}")
    return imported


def _restore_whole(fmt: Format, parsed: Parsed, dry_run: bool, progress, cancelled) -> Imported:
    from freelance_desk.services.io import restore_json

    try:
        with write():
            restored = restore_json.restore(parsed.restore, progress, cancelled)
            imported = Imported(
                fmt.source, None, None, None, (), (), (), restore_json.summary(restored), restored=restored)
            if dry_run:
                raise _DryRun(imported)
    except _DryRun as done:
        return done.imported
    return imported


def import_file(path: Path, choices: Choices, now: datetime, format_name: str | None = None, **kwargs) -> Imported:
    fmt, parsed = read_source(path, format_name)
    return import_parsed(fmt, parsed, choices, now, **kwargs)


class _DryRun(Exception):
    def __init__(self, imported: Imported):
        super().__init__("dry run")
        self.imported = imported


@dataclass
class _Incoming:
    """The payments on their way in, by column: their rows in the file's table, each one's contract (an id,
    or the group key of a contract to create) and the fees taken from it (what else they are, the table has)."""

    rows: array = field(default_factory=lambda: array("i"))
    contract: list = field(default_factory=list)
    fee: array = field(default_factory=lambda: array("q"))

    def __len__(self) -> int:
        return len(self.rows)


class _Rows:
    """The entries on their way in, by column: which row of the file, its group, where it lies (UTC seconds)."""

    def __init__(self):
        self.index = array("i")  # the row in the file's EntryTable
        self.start = array("q")  # UTC seconds; UNPLACED: no clock time yet
        self.day = array("i")  # the local day's ordinal
        self.seconds = array("q")  # its length (a wall-clock end read in the zone: longer or shorter across a change)

    def __len__(self) -> int:
        return len(self.index)


UNPLACED = -(1 << 62)


class _Plan:
    def __init__(self, fmt, parsed, choices, zone, now, progress, cancelled):
        self.fmt, self.parsed, self.choices, self.zone = fmt, parsed, choices, zone
        self.table: EntryTable = parsed.entries
        self.now = int(now.timestamp())
        self.today = now.astimezone(ZoneInfo(zone)).date()
        self.progress, self.cancelled = progress, cancelled
        self.tz = LocalZone(zone)
        self.problems: list[LineProblem] = []
        self.counts = Counter()
        self.earliest = settings_store.earliest_year()
        self.day_problems: dict[int, DomainError | None] = {}  # by day ordinal: why it is refused, or None
        self.contract_names: list[tuple[str, str]] = []
        self.proposed: dict[str, int] | None = None  # the contracts preview proposes, when the user chose none
        self.group_of, self.pairs = _groups(self.table)
        self.group_keys = [group_key(client, project) for client, project in self.pairs]

    def _tick(self, done: int, total: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled
        if self.progress is not None:
            self.progress(done, total)

    def fail(self, line: int, error: DomainError) -> None:
        self.problems.append(LineProblem(line, error))

    def run(self) -> Imported:
        mine = self._mine()
        table = self.table
        mine = self._new_only(mine, TimeEntry, [table.key[i] for i in mine])
        payments = self._new_payments()
        self._tick(5, 100)
        rows = self._place(mine)
        del mine
        self._tick(45, 100)
        payment_rows = self._payments(payments)
        if self.problems:
            raise self._failed()
        group_refs = [self._contract_of_key(key) for key in self.group_keys]
        clients, contracts, ids = self._create_contracts(rows, group_refs, payment_rows)
        if self.problems:
            raise self._failed()
        self._tick(50, 100)
        first_id, last_id = self._insert_entries(rows, group_refs, ids)
        self._tick(95, 100)
        payment_span, fees, net = self._insert_payments(payment_rows, ids)
        purchases = self._insert_connects()
        mappings = self._remember(ids)
        self._tick(100, 100)
        summary = Summary(
            entries=len(rows), payments=0 if payment_span is None else payment_span[1] - payment_span[0] + 1,
            seconds=sum(rows.seconds),
            untimed=self.counts["untimed"], overlapping=self.counts["overlapping"],
            duplicates=self.counts["duplicates"], others=self.counts["others"], repeated=self.counts["repeated"],
            clients=len(clients), contracts=len(contracts), fees_minor=fees,
            net_minor=dict(net), connects=sum(p["connects"] for p in purchases),
            connects_cost_minor=dict(_cost(purchases)),
        )
        return Imported(self.fmt.source, first_id, last_id, payment_span, tuple(clients), tuple(contracts),
                        tuple(mappings), summary, purchases=tuple(purchases),
                        contract_names=tuple(self.contract_names))

    def _failed(self) -> ImportFailed:
        problems = sorted(self.problems, key=lambda p: p.line)
        return ImportFailed(problems[:MAX_PROBLEMS], more=max(0, len(problems) - MAX_PROBLEMS))

    # --- whose rows, and which are new

    def _mine(self) -> array:
        table = self.table
        people = users(self.parsed)
        user = self.choices.user
        if user:
            mine = _mine(table, user)
            if not mine and table:
                raise ImportFailed([LineProblem(1, DomainError(
                    QT_TRANSLATE_NOOP("services", "Nobody called “{user}” is in this file; it holds {people}."),
                    user=user, people=", ".join(name for name, _ in people[:10]),
                ))])
            self.counts["others"] = len(table) - len(mine)
            return mine
        if len(people) > 1:
            raise ImportFailed([LineProblem(1, DomainError(
                QT_TRANSLATE_NOOP("services", "This file holds the time of {count} people ({people}); say which of "
                                              "them you are."),
                count=len(people), people=", ".join(name for name, _ in people[:10]),
            ))])
        return _mine(table, None)

    def _new_only(self, rows, model, keys):
        """Rows whose key this source has not imported before."""
        if not rows:
            return rows
        kept = {
            key for (key,) in db.execute_sql(
                sql.raw(f"SELECT import_key FROM {model._meta.table_name} WHERE import_source = ?"), (self.fmt.source,))
        }
        same = dict(self.fmt.kept_keys).get(model._meta.table_name)
        if same:
            kept.update(key for (key,) in db.execute_sql(f"SELECT {same} FROM {model._meta.table_name}"))
        if kept.isdisjoint(keys) and len(set(keys)) == len(keys):
            return rows  # none kept, none twice (a first import): every row is new
        fresh, seen = (array("i") if isinstance(rows, array) else []), set()
        for row, key in zip(rows, keys, strict=True):
            if key in kept or key in seen:
                self.counts["duplicates"] += 1
                continue
            seen.add(key)
            fresh.append(row)
        return fresh

    def _new_payments(self) -> array:
        """The row numbers of the payments not imported before, then of the fees taken from them."""
        table = self.parsed.payments
        kinds, keys = table.kind, table.key
        paid = array("i", (i for i, kind in enumerate(kinds) if kind == PAYMENT))
        paid = self._new_only(paid, Payment, [keys[i] for i in paid])
        keep = {keys[i] for i in paid}
        parents = table.parent
        paid.extend(i for i, kind in enumerate(kinds) if kind == FEE and parents[i] in keep)
        return paid

    # --- time: instants, days, the layout

    def _contract_of(self, client: str, project: str):
        return self._contract_of_key(group_key(client, project))

    def _contract_of_key(self, key: str):
        """A kept contract's id, or the group key of a contract to create."""
        if key in self.choices.contracts:
            chosen = self.choices.contracts[key]
            return key if chosen is None else chosen
        if self.proposed is None:
            names = {key: default_names(self.fmt, client, project)
                     for key, (client, project) in zip(self.group_keys, self.pairs, strict=True)}
            payments = self.parsed.payments
            names.update((group_key(client, contract), default_names(self.fmt, client, contract))
                         for client, contract, _ in _payment_pairs(payments))
            self.proposed = _proposed_contracts(self.fmt.source, names)
        return self.proposed.get(key, key)

    def _place(self, mine) -> _Rows:
        """Each row of ``mine`` as an instant, its local day and its length, or refused by its line.

        By column: each distinct day is checked and given its UTC offset once, and every row whose day
        holds one offset all day and passes the checks is placed by arithmetic over whole columns. The rest
        (a day the clocks change on, an end past midnight into another offset, a day out of range, a row
        too long or ending in the future …) are placed one at a time by :meth:`_place_row`, which words
        the problem exactly."""
        table = self.table
        self._tick(10, 100)
        count = len(mine)
        kinds = table.kind if count == len(table) else array("b", map(table.kind.__getitem__, mine))
        seconds = array("q", map(table.seconds.__getitem__, mine))
        slow: set[int] = set()  # positions in ``mine`` placed one at a time
        present = set(kinds)
        if len(present) <= 1:  # one kind of row (most readers): the columns as they come
            day, start = self._place_kind(next(iter(present), NO_START), mine, range(count), seconds, slow)
            day, start = array("i", day), array("q", start)  # copies: the slow rows are written into them
        else:
            day, start = array("i", bytes(4 * count)), array("q", bytes(8 * count))
            for kind in present:
                positions = [p for p in range(count) if kinds[p] == kind]
                days, starts = self._place_kind(kind, mine, positions, seconds, slow)
                for p, d, s in zip(positions, days, starts, strict=True):
                    day[p], start[p] = d, s
        self._tick(25, 100)
        slow.update(self._failing_checks(mine, start, seconds, slow))
        rows = _Rows()
        if not slow:
            rows.index, rows.start, rows.day, rows.seconds = array("i", mine), start, day, seconds
        else:
            placed = {p: self._place_row(mine[p]) for p in sorted(slow)}
            for p, i in enumerate(mine):
                if p in placed:
                    if placed[p] is None:
                        continue  # refused, by its line
                    start[p], day[p], seconds[p] = placed[p]
                rows.index.append(i)
                rows.start.append(start[p])
                rows.day.append(day[p])
                rows.seconds.append(seconds[p])
        self._tick(40, 100)
        self._day_totals(rows)
        if not self.problems:
            self._lay_out(rows)
        return rows

    def _place_kind(self, kind: int, mine, positions, seconds: array, slow: set[int]) -> tuple[array, array]:
        """The local days and UTC starts of the rows at ``positions`` (all of kind ``kind``), by column (maps
        over arrays: no list of 200,000 numbers made on the way); a position the arithmetic cannot place (its
        day refused or not of one offset) is added to ``slow``."""
        table, tz = self.table, self.tz
        every = isinstance(positions, range) and len(positions) == len(table)
        rows = mine if isinstance(positions, range) else [mine[p] for p in positions]
        if kind == NO_START:
            days = table.day if every else array("i", map(table.day.__getitem__, rows))
            bad = self._bad_days(days)
            if bad:
                slow.update(p for p, d in zip(positions, days, strict=True) if d in bad)
            return days, array("q", repeat(UNPLACED, len(days)))
        instants = table.start if every else array("q", map(table.start.__getitem__, rows))
        if kind == INSTANT:  # the day in UTC is checked first, then the local one
            utc_days = _days_of(instants)
            days = _days_of(map(int.__add__, instants, tz.offsets_of(instants)))
            bad = self._bad_days(utc_days) | self._bad_days(days)
            if bad:
                slow.update(p for p, u, d in zip(positions, utc_days, days, strict=True) if u in bad or d in bad)
            return days, instants
        days = _days_of(instants)
        bad = self._bad_days(days)
        offsets = tz.steady_offsets(set(days) - bad)
        unsteady = bad | {d for d, offset in offsets.items() if offset is None}
        if kind == LOCAL_WALL:  # an end past midnight into another offset is longer or shorter
            ends = _days_of(map(int.__add__, instants, map(seconds.__getitem__, positions)))
            crossing = {pair for pair in set(zip(days, ends, strict=True)) if pair[0] != pair[1]}
            end_offsets = tz.steady_offsets({e for d, e in crossing if d not in unsteady})
            crossing = {(d, e) for d, e in crossing if d in unsteady or end_offsets[e] != offsets[d]}
            if unsteady or crossing:
                slow.update(p for p, d, e in zip(positions, days, ends, strict=True)
                            if d in unsteady or (d, e) in crossing)
        elif unsteady:
            slow.update(p for p, d in zip(positions, days, strict=True) if d in unsteady)
        shift = {day: offset or 0 for day, offset in offsets.items()} | dict.fromkeys(bad, 0)
        return days, array("q", map(int.__sub__, instants, map(shift.__getitem__, days)))

    def _bad_days(self, days) -> set[int]:
        """The distinct days among ``days`` that are refused (each checked once)."""
        problems, problem_of = self.day_problems, self._day_problem
        return {d for d in set(days) if (problems[d] if d in problems else problem_of(d)) is not None}

    def _failing_checks(self, mine, start: array, seconds: array, slow: set[int]) -> list[int]:
        """The positions whose length, end or note fail the checks (whole columns tested first: most files pass)."""
        notes, now = self.table.note, self.now
        long_notes = bool(notes) and max(map(len, notes)) > MAX_NOTE
        if not seconds or (0 < min(seconds) and max(seconds) <= MAX_DURATION and not long_notes
                           and max(map(int.__add__, start, seconds)) <= now):
            return []
        return [p for p, (s, n) in enumerate(zip(start, seconds, strict=True)) if p not in slow and (
            not 0 < n <= MAX_DURATION or (s != UNPLACED and s + n > now)
            or long_notes and len(notes[mine[p]]) > MAX_NOTE)]

    def _place_row(self, i: int) -> tuple[int, int, int] | None:
        """One row's (start, day, seconds), the general way; None when it is refused (the problem recorded)."""
        table, tz = self.table, self.tz
        kind, seconds, line = table.kind[i], table.seconds[i], table.line[i]
        local = table.start[i]
        start = UNPLACED
        # The day is checked against the accepted years before anything is computed from it (a year 1
        # or 9999 would be out of the calendar's range once a zone's offset is applied).
        day = local // 86400 + _ORDINAL_1970 if kind != NO_START else table.day[i]
        problem = self._day_problem(day)
        if problem is not None:
            self.fail(line, problem)
            return None
        if kind == LOCAL or kind == LOCAL_WALL:
            start, gap = tz.local_to_utc(local, day)
            if gap == "gap":
                self._skipped(line, table.start_at(i))
                return None
            if gap == "repeated":
                self.counts["repeated"] += 1
            if kind == LOCAL_WALL:  # the end is a wall-clock time too: its instant in the zone gives the length
                end_local = local + seconds
                end, end_gap = tz.local_to_utc(end_local, end_local // 86400 + _ORDINAL_1970)
                if end_gap == "gap":
                    self._skipped(line, table.start_at(i) + timedelta(seconds=seconds))
                    return None
                seconds = end - start
        elif kind == INSTANT:
            start = local
            day = (start + tz.offset_at(start)) // 86400 + _ORDINAL_1970  # its local day
            problem = self._day_problem(day)
            if problem is not None:
                self.fail(line, problem)
                return None
        note = table.note[i]
        if not 0 < seconds <= MAX_DURATION or start + seconds > self.now or len(note) > MAX_NOTE:
            self._refuse(line, seconds, start != UNPLACED and start + seconds > self.now)
            return None
        return start, day, seconds

    def _skipped(self, line: int, naive: datetime) -> None:
        self.fail(line, DomainError(
            QT_TRANSLATE_NOOP("services", "{time} does not exist on {date} in {zone}: the clocks moved forward."),
            time=naive.strftime("%H:%M"), date=naive.date().isoformat(), zone=self.zone,
        ))

    def _refuse(self, line: int, seconds: int, future: bool) -> None:
        """Why a placed row is refused: no length, too long, ending in the future, or its note too long."""
        if seconds <= 0:
            self.fail(line, DomainError(QT_TRANSLATE_NOOP("services", "The entry has no length.")))
        elif seconds > MAX_DURATION:
            self.fail(line, DomainError(
                QT_TRANSLATE_NOOP("services", "One entry is at most 24 hours; this one is {length}."),
                length=hours_minutes(seconds),
            ))
        elif future:
            self.fail(line, DomainError(QT_TRANSLATE_NOOP("services", "The end is in the future.")))
        else:
            self.fail(line, DomainError(
                QT_TRANSLATE_NOOP("services", "Keep the note under {limit} characters."), limit=MAX_NOTE))

    def _day_problem(self, day: int) -> DomainError | None:
        """Why the day (an ordinal) is not accepted (the earliest year in Settings to a year ahead), or None;
        each day checked once."""
        if day in self.day_problems:
            return self.day_problems[day]
        problem = None
        try:
            check_day(date.fromordinal(max(1, day)), "date", self.today, self.earliest)
        except DomainError as error:
            problem = error
        self.day_problems[day] = problem
        return problem

    def _day_totals(self, rows: _Rows) -> None:
        """A day whose entries add up to more than 24 hours is refused at its first line."""
        totals: defaultdict[int, int] = defaultdict(int)
        for day, seconds in zip(rows.day, rows.seconds, strict=True):
            totals[day] += seconds
        lines = self.table.line
        for day, seconds in totals.items():
            if seconds > 24 * 3600:
                first = min(lines[i] for i, d in zip(rows.index, rows.day, strict=True) if d == day)
                self.fail(first, DomainError(
                    QT_TRANSLATE_NOOP("services", "The entries of {date} add up to {length}, more than a day holds; "
                                                  "this is the first of them."),
                    date=date.fromordinal(day).isoformat(), length=hours_minutes(seconds),
                ))

    def _lay_out(self, rows: _Rows) -> None:
        """Entries without a clock time, or sharing time with another, go back to back on their own day.

        One sweep in start order finds the entries that clash, against the entries kept (read from the file
        as a stream, never all at once) and the file's own; then each day with entries to place gets the
        spans already taken on it, and they go into its first gaps from the working day's start.
        """
        lines = self.table.line
        starts, days, index, lengths = rows.start, rows.day, rows.index, rows.seconds
        if self._all_apart(rows):
            return
        timed = array("i", (r for r in range(len(rows)) if starts[r] != UNPLACED))
        if not _in_start_order(timed, starts, lines, index):  # a file is mostly in order already: no sort's keys
            timed = array("i", sorted(timed, key=lambda r: (starts[r], lines[index[r]])))
        movers = [r for r in range(len(rows)) if starts[r] == UNPLACED]
        self.counts["untimed"] = len(movers)
        fixed: list[int] = []
        if timed:
            kept = _kept_stream(starts[timed[0]], max(starts[r] + lengths[r] for r in timed))
            current = next(kept, None)
            reach = None  # the end of the furthest fixed entry so far
            for r in timed:
                start = starts[r]
                end = start + lengths[r]
                while current is not None and current[1] <= start:
                    current = next(kept, None)  # ends before this row (and every later one) starts
                if (reach is not None and start < reach) or (current is not None and current[0] < end):
                    movers.append(r)
                    self.counts["overlapping"] += 1
                    continue
                fixed.append(r)
                reach = end if reach is None or end > reach else reach
            kept.close()
        del timed
        if not movers:
            return
        by_day: dict[int, list[int]] = defaultdict(list)
        for r in movers:
            by_day[days[r]].append(r)
        start_at = self.tz.start_at
        windows = {day: (start_at(day, 0), start_at(day + 1, 0)) for day in by_day}
        taken: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for r in fixed:
            for day in (days[r] - 1, days[r], days[r] + 1):  # an entry may cross midnight
                if day in windows:
                    taken[day].append((starts[r], starts[r] + lengths[r]))
        del fixed
        begin = self.choices.workday_start or settings_store.working_hours()[0]
        begin = begin.hour * 3600 + begin.minute * 60 + begin.second
        for day in sorted(by_day):
            midnight, next_midnight = windows[day]
            busy = sorted(taken.pop(day, []) + list(_kept_stream(midnight, next_midnight)))
            cursor = max(midnight, start_at(day, begin))
            if not busy and all(starts[r] == UNPLACED for r in by_day[day]):
                # A day of entries without clock times only (a Harvest report's): back to back from the
                # working day's start, in their file's order, when they all fit before midnight and now.
                day_rows = sorted(by_day[day], key=lambda r: lines[index[r]])
                ends = list(accumulate(map(lengths.__getitem__, day_rows), initial=cursor))
                if ends[-1] <= next_midnight and ends[-1] <= self.now:
                    for r, placed in zip(day_rows, ends):
                        starts[r] = placed
                    continue
            day_rows = sorted(by_day[day], key=lambda r: (starts[r] != UNPLACED, starts[r], lines[index[r]]))
            for r in day_rows:
                length = lengths[r]
                placed = _first_gap(busy, cursor, next_midnight, length)
                if placed is None:
                    placed = _first_gap(busy, midnight, next_midnight, length)
                if placed is None or placed + length > self.now:
                    self.fail(lines[index[r]], DomainError(
                        QT_TRANSLATE_NOOP("services", "There is no room on {date} for this entry ({length}) beside "
                                                      "the day's other entries."),
                        date=date.fromordinal(day).isoformat(), length=hours_minutes(length),
                    ))
                    continue
                starts[r] = placed
                insort(busy, (placed, placed + length))
                cursor = placed + length

    @staticmethod
    def _all_apart(rows: _Rows) -> bool:
        """Whether every row has its clock time, in start order, none sharing time with the one before it or
        with an entry kept (most files into a new or a separate stretch of time): nothing to lay out, told
        from whole columns."""
        starts = rows.start
        if not starts or UNPLACED in starts or not all(map(lt, starts, islice(starts, 1, None))):
            return False
        ends = array("q", map(int.__add__, starts, rows.seconds))
        if any(map(lt, islice(starts, 1, None), accumulate(ends, max))):
            return False  # a row starts before an earlier one ends
        kept = _kept_stream(starts[0], max(ends))
        try:
            return next(kept, None) is None
        finally:
            kept.close()

    # --- money

    def _payments(self, positions: array) -> _Incoming:
        """Each payment (of the rows at ``positions``) with the fee rows taken from it; checked when its
        contract is known (at the write)."""
        table = self.parsed.payments
        kinds, amounts, keys = table.kind, table.amount, table.key
        fees: Counter[str] = Counter()
        for i in positions:
            if kinds[i] == FEE:
                fees[table.parent[i]] -= amounts[i]  # fee rows are negative
        incoming = _Incoming()
        for i in positions:
            if kinds[i] != PAYMENT:
                continue
            if amounts[i] <= 0:
                self.fail(table.line[i], DomainError(QT_TRANSLATE_NOOP("services", "A payment must be more than zero.")))
                continue
            incoming.rows.append(i)
            incoming.contract.append(self._contract_of(table.client[i], table.contract[i]))
            incoming.fee.append(fees[keys[i]])
        return incoming

    # --- contracts

    def _create_contracts(self, rows: _Rows, group_refs: list, payments: _Incoming):
        """Clients and contracts the rows need that are not kept yet: created now (hourly)."""
        needed: dict[str, int] = {}  # group key → first line
        ids: dict[object, int] = {}
        first_line: dict[int, int] = {}
        lines = self.table.line
        for i in rows.index:
            group = self.group_of[i]
            if group not in first_line or lines[i] < first_line[group]:
                first_line[group] = lines[i]
        for group, line in sorted(first_line.items(), key=lambda item: item[1]):
            ref = group_refs[group]
            if isinstance(ref, str):
                needed.setdefault(ref, line)
            else:
                ids[ref] = ref
        paid_lines = self.parsed.payments.line
        for contract, row in zip(payments.contract, payments.rows):
            if isinstance(contract, str):
                needed.setdefault(contract, paid_lines[row])
            else:
                ids[contract] = contract
        missing = [cid for cid in ids if Contract.get_or_none(Contract.id == cid) is None]
        if missing:
            raise DomainError(QT_TRANSLATE_NOOP("services", "A contract chosen for the import has been deleted since."))
        if not needed:
            return [], [], ids
        names, rates = self._group_facts(needed, rows.index)
        home = settings_store.home_currency()
        clients_by_name = {
            name.strip().casefold(): cid for cid, name in Client.select(Client.id, Client.name).tuples()
        }
        now = datetime.fromtimestamp(self.now, UTC)
        created_clients, created_contracts = [], []
        for key, line in needed.items():
            client_name, title = self.choices.names.get(key) or names[key]
            try:
                client_name = require_text(client_name, "client")
                title = require_text(title, "title")
            except ValidationError as error:
                self.fail(line, error)
                continue
            client_id = clients_by_name.get(client_name.casefold())
            rate, currency = rates.get(key, (None, ""))
            currency = currency or home
            if client_id is None:
                client = Client.create(name=client_name, currency=currency, timezone=self.zone, created_at=now)
                client_id = clients_by_name[client_name.casefold()] = client.id
                created_clients.append(_row_dict(client))
            contract = Contract.create(
                client=client_id, title=title, kind=ContractKind.HOURLY, currency=currency, rate_minor=rate,
                created_at=now,
            )
            created_contracts.append(_row_dict(contract))
            self.contract_names.append((client_name, title))
            ids[key] = contract.id
        return created_clients, created_contracts, ids

    def _group_facts(self, needed, imported):
        """Each needed group's names, and the rate and currency its contract is made with: from the rows
        ``imported`` (in a team export, the chosen person's own rate, not a colleague's)."""
        table = self.table
        names: dict[str, tuple[str, str]] = {}
        rates: dict[str, Counter] = defaultdict(Counter)
        for key, (client, project) in zip(self.group_keys, self.pairs, strict=True):
            if key in needed:
                names.setdefault(key, default_names(self.fmt, client, project))
        currencies = table.values["currency"]
        # each (group, rate, currency) counted in one C loop, in the order first met (a tie goes to the first)
        facts = self.group_of, table.rate, table.codes["currency"]
        if len(imported) != len(table):
            facts = (map(column.__getitem__, imported) for column in facts)
        for (group, rate, code), count in Counter(zip(*facts)).items():
            key = self.group_keys[group]
            if key in needed and (rate != NO_RATE or currencies[code]):
                rates[key][(None if rate == NO_RATE else rate, currencies[code])] += count
        for (client, contract, currency), count in _payment_pairs(self.parsed.payments).items():
            key = group_key(client, contract)
            if key in needed:
                names.setdefault(key, default_names(self.fmt, client, contract))
                rates[key][(None, currency)] += count
        return names, {key: _contract_terms(counter) for key, counter in rates.items()}

    # --- writing

    def _insert_entries(self, rows: _Rows, group_refs: list, ids) -> tuple[int | None, int | None]:
        """Every row in one prepared INSERT, made as it goes (never a second list of them): the ids written."""
        if not rows:
            return None, None
        table = self.table
        starts = rows.start
        order = range(len(rows))
        if not all(map(le, starts, islice(starts, 1, None))):
            order = sorted(order, key=starts.__getitem__)
        (last_id,) = db.execute_sql(f"SELECT COALESCE(MAX(id), 0) FROM {TimeEntry._meta.table_name}").fetchone()
        contract_of = [ids[ref] if ref in ids else None for ref in group_refs]
        lengths, notes, billable, keys, group_of = rows.seconds, table.note, table.billable, table.key, self.group_of
        total, index = len(order), rows.index

        def records():
            """The rows a block at a time, each column made in one pass (a tuple a row only where zip makes it):
            cut out of the columns whole where the block's rows are the file's next ones in their order (nearly
            always), else looked up row by row."""
            in_order = isinstance(order, range)
            for first in range(0, total, _EVERY):
                if first:
                    self._tick(50 + 45 * first // total, 100)  # raising Cancelled here rolls the INSERT back
                block = order[first:first + _EVERY]
                count = len(block)
                ids = range(last_id + 1 + first, last_id + 1 + first + count)
                if in_order:
                    begins = starts[first:first + count]
                    ends = list(map(int.__add__, begins, lengths[first:first + count]))
                    at = index[first:first + count]
                    if at[-1] - at[0] == count - 1 and at == array("i", range(at[0], at[0] + count)):
                        rows_at = slice(at[0], at[0] + count)
                        yield from zip(
                            ids, map(contract_of.__getitem__, group_of[rows_at]), begins, ends,
                            map(_MINUTES, self.tz.offsets_of(begins)), clean_notes(notes[rows_at]),
                            billable[rows_at], keys[rows_at],
                        )
                        continue
                else:
                    begins = [starts[r] for r in block]
                    ends = [starts[r] + lengths[r] for r in block]
                    at = [index[r] for r in block]
                yield from zip(
                    ids, [contract_of[group_of[i]] for i in at], begins, ends,
                    map(_MINUTES, self.tz.offsets_of(begins)), clean_notes([notes[i] for i in at]),
                    [billable[i] for i in at], [keys[i] for i in at],
                )

        with _key_index_set_aside(TimeEntry, len(rows) > last_id):  # (its highest id: at least its rows)
            _insert_entry_rows(records(), (last_id + 1, last_id + len(rows), self.fmt.source), {
                "timezone": self.zone, "source": TimeSource.IMPORT.value, "import_source": self.fmt.source})
        return last_id + 1, last_id + len(rows)

    def _insert_payments(self, rows: _Incoming, ids) -> tuple[tuple[int, int] | None, int, Counter]:
        """The payments checked by the payments' own rules, those of a contract, currency, kind and rate together
        (its contract and the settings read once), and written in one prepared INSERT with consecutive ids; a
        problem found refuses them all (the transaction is rolled back). The ids written, the fees and the net
        per currency."""
        if not rows:
            return None, 0, Counter()
        home = settings_store.home_currency()
        contracts = {c.id: c for c in Contract.select().where(Contract.id.in_(list({ids[r] for r in rows.contract})))}
        (last_id,) = db.execute_sql(f"SELECT COALESCE(MAX(id), 0) FROM {Payment._meta.table_name}").fetchone()
        table = self.parsed.payments

        together: dict[tuple, list[int]] = {}  # (contract, currency, kind, rate) → the payments (places in rows)
        for n, (i, contract) in enumerate(zip(rows.rows, rows.contract, strict=True)):
            currency = table.currency[i]
            file_rate, rate_home, kind = table.rate_of(i)
            rate = (Decimal(1) if currency == home else file_rate if file_rate is not None and rate_home == home
                    else self.choices.home_rate.get(currency))
            together.setdefault((ids[contract], currency, kind or _payment_kind(table.description[i]), rate),
                                []).append(n)
        net: Counter[str] = Counter()
        written = fees = 0
        stamp = datetime.fromtimestamp(self.now, UTC)
        with _key_index_set_aside(Payment, len(rows) > last_id):
            for (contract_id, currency, kind, rate), places in together.items():
                try:
                    if rate is None:
                        raise DomainError(
                            QT_TRANSLATE_NOOP("services", "This payment is in {currency} and your home currency is "
                                                          "{home}; give the rate of {currency} in {home}."),
                            currency=currency, home=home,
                        )
                    terms = payment_terms(contract_id, currency, kind, rate, home, contract=contracts.get(contract_id))
                except DomainError as error:
                    for n in places:
                        self.fail(table.line[rows.rows[n]], error)
                    continue
                for first in range(0, len(places), _EVERY):  # a block at a time: memory stays flat
                    block = places[first:first + _EVERY]
                    at = [rows.rows[n] for n in block]
                    amounts = payment_amounts(
                        terms, [date.fromordinal(table.day[i]) for i in at], [table.amount[i] for i in at],
                        [rows.fee[n] for n in block],
                        [note[:MAX_NOTE] for note in clean_notes([table.description[i] for i in at])],
                        self.today, earliest_year=self.earliest)
                    for n, error in amounts.problems.items():
                        self.fail(table.line[at[n]], error)
                    if self.problems:
                        continue  # nothing more is written, but every payment is checked
                    count = len(at)
                    columns = {name: getattr(amounts, name) for name in _AMOUNTS}
                    columns.update(id=range(last_id + 1 + written, last_id + 1 + written + count),
                                   import_key=[table.key[i] for i in at])
                    _insert_columns(Payment, columns, {
                        "contract": terms.contract_id, "milestone": terms.milestone_id, "kind": terms.kind,
                        "currency": terms.currency, "rate": amounts.rate, "home_currency": home,
                        "created_at": stamp, "import_source": self.fmt.source})
                    written += count
                    fees += sum(amounts.fee_minor)
                    net[terms.currency] += sum(amounts.net_minor)
        if self.problems:
            raise self._failed()
        return (last_id + 1, last_id + written), fees, net

    def _insert_connects(self) -> list[dict]:
        """Connects bought (a statement's CONNECTS rows) kept with their cost, each once."""
        table = self.parsed.payments
        rows = [table.row(i) for i, kind in enumerate(table.kind) if kind == CONNECTS and table.amount[i]]
        rows = self._new_only(rows, ConnectsPurchase, [p.key for p in rows])
        if not rows:
            return []
        platform = Platform.get_or_none(fn.LOWER(Platform.name) == self.fmt.source.casefold())
        stored = []
        for row in rows:
            purchase = ConnectsPurchase.create(
                platform=platform, bought_on=row.day, connects=max(0, row.connects), cost_minor=abs(row.amount_minor),
                currency=row.currency, note=clean_note(row.description)[:MAX_NOTE], import_source=self.fmt.source,
                import_key=row.key,
            )
            stored.append(dict(purchase.__data__))
        return stored

    def _remember(self, ids) -> list[dict]:
        """Each source project mapped onto a kept or new contract, for the next import's proposal."""
        changes = []
        for key, contract_id in ids.items():
            if not isinstance(key, str):
                continue
            changes.append(_map(self.fmt.source, key, contract_id))
        for key, contract_id in self.choices.contracts.items():
            if contract_id is None or key in ids:
                continue
            changes.append(_map(self.fmt.source, key, contract_id))
        return [c for c in changes if c is not None]


def _contract_terms(rates: Counter) -> tuple[int | None, str]:
    """The rate and currency a new contract is proposed with, from its rows' (rate, currency) counts: the rate
    most rows give (rows without one, such as unbilled ones, do not outvote it), else the most common currency."""
    rated = [(terms, count) for terms, count in rates.most_common() if terms[0] is not None]
    if rated:
        return rated[0][0]
    return rates.most_common(1)[0][0] if rates else (None, "")


def _map(source: str, name: str, contract_id: int) -> dict | None:
    row = ImportMapping.get_or_none((ImportMapping.source == source) & (ImportMapping.name == name))
    if row is not None and row.contract_id == contract_id:
        return None
    before = None if row is None else row.contract_id
    if row is None:
        row = ImportMapping.create(source=source, name=name, contract=contract_id)
    else:
        row.contract = contract_id
        row.save()
    return {"id": row.id, "source": source, "name": name, "contract": contract_id, "before": before}


def _cost(purchases: list[dict]) -> Counter:
    cost: Counter[str] = Counter()
    for purchase in purchases:
        cost[purchase["currency"]] += purchase["cost_minor"]
    return cost


def _payment_kind(description: str) -> str:
    text = description.casefold()
    if "bonus" in text:
        return PaymentKind.BONUS
    if "milestone" in text or "fixed" in text:
        return PaymentKind.MILESTONE
    if "hour" in text or "invoice for" in text:
        return PaymentKind.HOURLY
    return PaymentKind.OTHER


def _row_dict(record) -> dict:
    """A record's stored values by field name (foreign keys as ids), for Redo's insert."""
    return dict(record.__data__)


def _in_start_order(order, starts, lines, index) -> bool:
    """Whether the rows ``order`` lists are by start, then line, already."""
    last_start = last_line = -(1 << 63)
    for r in order:
        start = starts[r]
        if start < last_start:
            return False
        line = lines[index[r]]
        if start == last_start and line < last_line:
            return False
        last_start, last_line = start, line
    return True


def _days_of(seconds) -> array:
    """Each of ``seconds`` (since 1970, UTC or read as UTC) as its day's ordinal, in C."""
    return array("i", map(_ORDINAL_1970.__add__, map(86400 .__rfloordiv__, seconds)))


def _first_gap(busy: list[tuple[int, int]], lo: int, hi: int, length: int) -> int | None:
    """The earliest start ≥ ``lo`` where ``length`` seconds fit before ``hi`` between the ``busy`` spans."""
    at = lo
    index = max(0, bisect_left(busy, (lo, lo)) - 1)
    while index < len(busy):
        start, end = busy[index]
        if end <= at:
            index += 1
            continue
        if start >= at + length:
            break
        at = max(at, end)
        index += 1
    return at if at + length <= hi else None


def _kept_stream(lo: int, hi: int):
    """Entries already kept that may share time with [lo, hi), as (start, end) by start (running: end forever),
    read from the file as the caller goes. Kept entries never overlap, so their ends are in order too."""
    cursor = db.execute_sql(sql.raw(
        f'SELECT start, COALESCE("end", 9223372036854775807) FROM {TimeEntry._meta.table_name} '
        'WHERE start < ? AND ("end" IS NULL OR "end" > ?) ORDER BY start'),
        (hi, lo),
    )
    try:
        yield from cursor
    finally:
        cursor.close()


def _insert_columns(model, columns: dict[str, Iterable], same: dict[str, object]) -> None:
    """Rows given by column (field name → its values, row by row) in one prepared INSERT, each column made in a
    C loop (Peewee's multi-row statement costs more than SQLite's work). ``same``: the columns every row has the
    same value in (field name → the value), stored once and written into the statement, not bound (100,000
    payments: 0.90 → 0.63 s)."""
    fields = [model._meta.fields[name] for name in (*columns, *same)]
    names = ", ".join(f'"{f.column_name}"' for f in fields)
    values = ", ".join(["?"] * len(columns) + [sql.constant(model._meta.fields[name].db_value(value))
                                                 for name, value in same.items()])
    statement = f"INSERT INTO {model._meta.table_name} ({names}) VALUES ({values})"
    # A plain number or text goes in as it is; the rest (dates, instants, records) through its field, each
    # distinct value once; a decimal through its field every time (1 and 1.00 are equal, and stored as written).
    stored = [map(bool, values) if type(f) is BooleanField and sql.on_server() else
              values if type(f) in _AS_THEY_ARE else map(
        f.db_value if isinstance(f, DecimalTextField) else _Stored(f.db_value).__getitem__, values)
        for f, values in zip(fields[:len(columns)], columns.values(), strict=True)]
    db.cursor().executemany(sql.raw(statement), zip(*stored))
    sql.follow_ids(model._meta.table_name)


class _Stored(dict):
    """A field's stored form of each distinct value, made once."""

    def __init__(self, db_value):
        super().__init__()
        self.db_value = db_value

    def __missing__(self, value):
        stored = self[value] = self.db_value(value)
        return stored


_AS_THEY_ARE = (AutoField, IntegerField, CharField, TextField, BooleanField)
# What payment_amounts works out, by column, as the payment's fields are named.
_AMOUNTS = ("received_on", "gross_minor", "fee_minor", "net_minor", "gross_home_minor", "fee_home_minor",
            "net_home_minor", "period_start", "period_end", "note")


@contextmanager
def _key_index_set_aside(model, worth_it: bool):
    """With ``worth_it`` (more rows go in than the table holds, or out than stay), the table's index of import
    keys is dropped for the write and made again after it, in one sorted pass over the rows there then: the
    keys are hashes, so each row put in or taken out of the index lands on a page of its own (200,000
    entries: written 1.4 → 1.0 s, deleted 0.9 → 0.3 s). Inside the write's transaction: a rollback (a
    problem, Stop) brings the index back as it was; a key met twice fails the index as it would the insert."""
    if sql.on_server():  # the server keeps its indexes through a write (a file's trick, not its)
        yield
        return
    name = f"{model._meta.table_name}_import"
    row = db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)).fetchone()
    if row is None or not worth_it:
        yield
        return
    db.execute_sql(f'DROP INDEX "{name}"')
    yield
    db.execute_sql(row[0])  # the schema's own statement, word for word


def _rows(model) -> int:
    (count,) = db.execute_sql(f"SELECT COUNT(*) FROM {model._meta.table_name}").fetchone()
    return count


def _insert_entry_rows(records, span: tuple[int, int, str], same: dict[str, str]) -> None:
    """One prepared INSERT for every row (ids consecutive), the day summary brought up to date once. ``same``:
    the columns every row has the same text in, written into the statement (each row binds the others only:
    200,000 rows, 0.61 -> 0.54 s)."""
    columns = ", ".join(f'"{TimeEntry._meta.fields[name].column_name}"' for name in _ENTRY_COLUMNS)
    values = ", ".join(sql.literal(same[name]) if name in same else "?" for name in _ENTRY_COLUMNS)
    statement = f"INSERT INTO {TimeEntry._meta.table_name} ({columns}) VALUES ({values})"
    if sql.on_server():  # a BOOLEAN there, not the file's 0 and 1
        billable = [name for name in _ENTRY_COLUMNS if name not in same].index("billable")
        records = ((*row[:billable], bool(row[billable]), *row[billable + 1:]) for row in records)
    with daily_time.bulk(db, _RANGE, span):
        db.cursor().executemany(sql.raw(statement), records)
    sql.follow_ids(TimeEntry._meta.table_name)


# The import's entries: ids from the first to the last it wrote, of its source (an id freed and handed out
# again to an entry of another kind is not among them).
_RANGE = "t.id BETWEEN ? AND ? AND t.import_source = ?"


# --- undo and redo ----------------------------------------------------------------------


def remove_imported(imported: Imported) -> None:
    """Undo: delete exactly what the import wrote (entries, payments, the contracts and clients it made).
    The entries and payments are set aside for Redo (``Imported.undone``) in the same transaction."""
    if imported.restored is not None:
        from freelance_desk.services.io import restore_json

        restore_json.take_back(imported.restored)
        return
    with write():
        name = f"undone_import_{next(_UNDONE)}"
        if imported.first_id is not None:
            where, params = imported._range()
            columns = ", ".join(f't."{TimeEntry._meta.fields[f].column_name}"' for f in _ENTRY_COLUMNS)
            db.execute_sql(sql.raw(f'CREATE TEMP TABLE "{name}_entries" AS SELECT {columns} FROM '
                                   f"{TimeEntry._meta.table_name} AS t WHERE {where}"), params)
            # The contracts it made hold only its entries (else Undo is refused below and all is rolled back).
            going = imported.last_id - imported.first_id + 1  # at most: ids of other sources there are kept
            with daily_time.bulk(db, where, params, removing=True, whole=tuple(c["id"] for c in imported.contracts)), \
                    _key_index_set_aside(TimeEntry, 2 * going >= _rows(TimeEntry)):
                db.execute_sql(sql.raw(f"DELETE FROM {TimeEntry._meta.table_name} AS t WHERE {where}"), params)
        purchase_ids = [p["id"] for p in imported.purchases]
        for first in range(0, len(purchase_ids), BATCH):
            ConnectsPurchase.delete().where(ConnectsPurchase.id.in_(purchase_ids[first:first + BATCH])).execute()
        if imported.payment_span is not None:
            span = "id BETWEEN ? AND ? AND import_source = ?"
            params = (*imported.payment_span, imported.source)
            db.execute_sql(sql.raw(f'CREATE TEMP TABLE "{name}_payments" AS SELECT * FROM {Payment._meta.table_name} '
                                   f"WHERE {span}"), params)
            going = imported.payment_span[1] - imported.payment_span[0] + 1
            with _key_index_set_aside(Payment, 2 * going >= _rows(Payment)):
                db.execute_sql(sql.raw(f"DELETE FROM {Payment._meta.table_name} WHERE {span}"), params)
        for mapping in imported.mappings:
            if mapping["before"] is None:
                ImportMapping.delete().where(ImportMapping.id == mapping["id"]).execute()
            else:
                ImportMapping.update(contract=mapping["before"]).where(ImportMapping.id == mapping["id"]).execute()
        for contract in imported.contracts:
            if _used(contract["id"]):
                raise DomainError(QT_TRANSLATE_NOOP(
                    "services", "The import cannot be undone: time or payments were added since to “{contract}”, "
                                "which it created."), contract=contract["title"])
            Contract.delete().where(Contract.id == contract["id"]).execute()
        for client in imported.clients:
            if Contract.select().where(Contract.client == client["id"]).exists():
                raise DomainError(QT_TRANSLATE_NOOP(
                    "services", "The import cannot be undone: a contract was added since for “{client}”, which it "
                                "created."), client=client["name"])
            Client.delete().where(Client.id == client["id"]).execute()
    imported.undone = name


_UNDONE = itertools.count(1)  # the temporary tables' numbers, in this process


def _set_aside(name: str) -> str | None:
    """The temporary table ``name`` set aside by Undo, or None when it was not made; a file closed
    and opened again since (a restore, another data folder) has lost it."""
    if sql.on_server():
        (found,) = db.execute_sql("SELECT to_regclass(%s)", (f'pg_temp."{name}"',)).fetchone()
        return None if found is None else f'pg_temp."{name}"'
    found = db.execute_sql("SELECT 1 FROM temp.sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()
    return None if found is None else f'temp."{name}"'


def _taken(model, aside: str) -> bool:
    """Whether a record now has one of the ids set aside (SQLite hands a freed id out again)."""
    table = model._meta.table_name
    return db.execute_sql(f"SELECT EXISTS (SELECT 1 FROM {aside} AS u JOIN {table} AS k ON k.id = u.id)").fetchone()[0]


def _taken_ids(model, ids: list[int]) -> bool:
    return any(model.select().where(model.id.in_(ids[first:first + BATCH])).exists()
               for first in range(0, len(ids), BATCH))


def _clashes(aside: str) -> bool:
    """Whether an entry set aside shares time with one kept now: kept entries never overlap, so the one
    starting last before it ends is the only one that can (a running timer: no end yet)."""
    table = TimeEntry._meta.table_name
    return db.execute_sql(
        f'SELECT EXISTS (SELECT 1 FROM {aside} AS u WHERE (SELECT COALESCE(k."end", 9223372036854775807) '
        f'FROM {table} AS k WHERE k.start < u."end" ORDER BY k.start DESC LIMIT 1) > u.start)').fetchone()[0]


def _used(contract_id: int) -> bool:
    return (TimeEntry.select().where(TimeEntry.contract == contract_id).exists()
            or Payment.select().where(Payment.contract == contract_id).exists())


def restore_imported(imported: Imported) -> None:
    """Redo: write the same rows (same ids) again, unless their time was logged since."""
    if imported.restored is not None:
        from freelance_desk.services.io import restore_json

        restore_json.put_back(imported.restored)
        return
    gone = DomainError(QT_TRANSLATE_NOOP(
        "services", "The imported entries cannot come back: their time has been logged again since."))
    with write():
        entries = payments = None
        if imported.first_id is not None or imported.payment_span is not None:
            entries = _set_aside(f"{imported.undone}_entries") if imported.first_id is not None else None
            payments = _set_aside(f"{imported.undone}_payments") if imported.payment_span is not None else None
            if (imported.first_id is not None and entries is None) or (
                    imported.payment_span is not None and payments is None):
                raise DomainError(QT_TRANSLATE_NOOP(
                    "services", "The import cannot be redone: the data file was closed since. Import the file "
                                "again."))
        taken = (_taken_ids(Client, [c["id"] for c in imported.clients])
                 or _taken_ids(Contract, [c["id"] for c in imported.contracts])
                 or (entries is not None and _taken(TimeEntry, entries))
                 or (payments is not None and _taken(Payment, payments))
                 or _taken_ids(ConnectsPurchase, [p["id"] for p in imported.purchases]))
        if taken or (entries is not None and _clashes(entries)):
            raise gone
        for client in imported.clients:
            Client.insert(**client).execute()
        for contract in imported.contracts:
            Contract.insert(**contract).execute()
        if entries is not None:
            columns = ", ".join(f'"{TimeEntry._meta.fields[f].column_name}"' for f in _ENTRY_COLUMNS)
            with daily_time.bulk(db, _RANGE, (imported.first_id, imported.last_id, imported.source)):
                db.execute_sql(f"INSERT INTO {TimeEntry._meta.table_name} ({columns}) SELECT {columns} "
                               f"FROM {entries} ORDER BY id")
            db.execute_sql(f"DROP TABLE {entries}")
        if payments is not None:
            db.execute_sql(f"INSERT INTO {Payment._meta.table_name} SELECT * FROM {payments} ORDER BY id")
            db.execute_sql(f"DROP TABLE {payments}")
        for purchase in imported.purchases:
            ConnectsPurchase.insert(**purchase).execute()
        for mapping in imported.mappings:
            if mapping["before"] is None:
                ImportMapping.insert(id=mapping["id"], source=mapping["source"], name=mapping["name"],
                                     contract=mapping["contract"]).execute()
            else:
                ImportMapping.update(contract=mapping["contract"]).where(ImportMapping.id == mapping["id"]).execute()
    imported.undone = None  # in the file again
