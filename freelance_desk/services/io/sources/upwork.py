"""Upwork's transaction history (Reports → Transactions → Download CSV), in either of its layouts.

The current export (2023 on) has ``Date, Transaction ID, Transaction Type, Transaction Summary,
… , Ref ID, Amount $, Amount in local currency, Currency, Current Balance $, Payment Method``
(some copies add ``Transaction Summary Details``, ``Description 1…3``, ``Agency``, ``Freelancer``,
``Team`` or ``Client team``, ``Account Name``, ``PO``); the older statement has ``Date, Ref ID,
Type, Description, Agency, Freelancer, Team, Account Name, PO, Amount, Amount in local currency,
Currency, Balance``. Columns are found by name (any case, any order); others are ignored.

Each row becomes one :class:`SourcePayment` (a row of a :class:`PaymentTable`) in US dollars (the
Upwork balance's currency; the local-currency column is not read):

- Hourly, Fixed Price / Fixed-price / Milestone, Bonus: PAYMENT, keyed by its Ref ID (else its
  Transaction ID), client from the Team / Client team column, contract from the description
  when it names one (``Invoice for Logo refresh: Milestone 2`` → ``Logo refresh``; an hourly
  ``Invoice for 03/04/2024-03/10/2024 …`` names none).
- Service Fee: FEE, tied (``parent``) to the payment its description names (``Service Fee for
  Hourly - Ref ID 701123340``); without one, to the nearest payment of the same day, client and
  contract; else a FEE of no payment (counted in ``notes``). VAT / GST / withholding tax rows
  name the row they were charged on (``VAT (KE) - Service Fee - Ref ID …``) and take its kind:
  tax on a service fee is a fee of that fee's payment.
- Connects (and a membership row that buys Connects: ``Fees for additional Connects (80).``):
  CONNECTS, ``connects`` the count when the description gives one.
- Withdrawal, Withdrawal Fee: WITHDRAWAL. Membership Fee, Subscription: MEMBERSHIP. Refund: REFUND.
- Anything else (Adjustment, Miscellaneous …): OTHER, counted in ``notes``.

Dates read ``Mar 11, 2024``, ``March 11, 2024``, ``2024-03-11`` or ``03/11/2024`` (month first,
as Upwork writes them; day first when the file shows it, or ``ReadOptions.date_order``; a file
whose every such date could be either is read month first and says so in ``asks``). Amounts
read ``-$1,234.56``, ``($12.00)``, ``1234.56``: digits, never floats. Refused by line: a
missing column (line 1), a date or an amount that cannot be read (quoted), a line with more
or fewer cells than the header.
"""

from __future__ import annotations

import re
import sys
from array import array
from bisect import bisect_left
from datetime import date
from operator import itemgetter
from pathlib import Path

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services.io.lines import csv_records
from freelance_desk.services.io.sources.base import (
    CONNECTS,
    DATE_ORDER,
    FEE,
    MEMBERSHIP,
    MONEY,
    OTHER,
    PAYMENT,
    REFUND,
    WITHDRAWAL,
    Format,
    LineProblem,
    Parsed,
    PaymentTable,
    ReadOptions,
    RowKeys,
    Sample,
    clean_note,
    csv_line,
    folded,
    title_index,
    wrong_width,
)

NAME = "upwork"
CURRENCY = "USD"

# Header names, folded. The first of each tuple that the header has is read.
DATE_COLUMNS = ("date",)
TYPE_COLUMNS = ("transaction type", "type")
AMOUNT_COLUMNS = ("amount $", "amount ($)", "amount usd", "amount")
REF_COLUMNS = ("ref id", "reference id")
TRANSACTION_COLUMNS = ("transaction id",)
CLIENT_COLUMNS = ("client team", "team", "client", "client name")
CONTRACT_COLUMNS = ("contract", "contract title", "contract name", "job title")
# Every one of these the header has is part of the row's description, in this order.
TEXT_COLUMNS = ("transaction summary", "transaction summary details", "description",
                "description 1", "description 2", "description 3")

_CURRENT = {"date", "transaction id", "transaction type", "amount $"}
_STATEMENT = {"date", "ref id", "type", "description", "amount", "balance"}
_STATEMENT_PEOPLE = {"agency", "freelancer", "team", "account name"}

_PAYMENT_TYPES = {"hourly", "fixed price", "fixed-price", "fixedprice", "milestone", "bonus"}
_FEE_TYPES = {"service fee"}
_TAX_TYPES = {"vat", "gst", "wht", "withholding tax", "tax", "sales tax"}
_CONNECTS_TYPES = {"connects", "connects purchase"}
_MEMBERSHIP_TYPES = {"membership fee", "membership", "subscription", "freelancer plus"}
_WITHDRAWAL_TYPES = {"withdrawal", "withdrawal fee"}
_REFUND_TYPES = {"refund"}

_MONTHS = {name: number for number, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1) for name in names}

_REF = re.compile(r"ref\.?\s*id\W*(\d+)", re.IGNORECASE)
_COUNT_AFTER = re.compile(r"connects(?:\s+(?:purchase|purchased|bought))?\W{0,3}(\d+)", re.IGNORECASE)
_COUNT_BEFORE = re.compile(r"(\d+)\s+(?:\w+\s+)?connects", re.IGNORECASE)
_HOURLY_SPAN = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}\s*-\s*\d{1,2}/\d{1,2}/\d{4}")
_REF_TAIL = re.compile(r"\s*[-–]\s*ref\.?\s*id\W*\d+\s*$", re.IGNORECASE)
_MILESTONE_TAIL = re.compile(r"\s*(?::|[-–])\s*milestone\b.*$", re.IGNORECASE)


# --- detection ---------------------------------------------------------------------------


def detect(sample: Sample) -> int:
    names = {folded(cell) for cell in csv_line(sample.first_line)}
    if _CURRENT <= names:
        return 100
    if _STATEMENT <= names and len(_STATEMENT_PEOPLE & names) >= 2:
        return 100
    return 0


# --- cells -------------------------------------------------------------------------------


def _not_amount(text: str) -> DomainError:
    return DomainError(QT_TRANSLATE_NOOP("services", "“{text}” is not an amount. Write it like {example}."),
                       text=text, example="-$1,234.56")


def _not_date(text: str) -> DomainError:
    return DomainError(QT_TRANSLATE_NOOP("services", "“{text}” is not a date."), text=text)


def cents(text: str) -> int:
    """``-$1,234.56``, ``($12.00)``, ``$-5``, ``1234.5`` as signed cents, from the digits."""
    body = text[1:] if text[:1] == "-" else text
    whole, dot, fraction = body.partition(".")
    if len(fraction) == 2 and whole.isascii() and whole.isdigit() and fraction.isdigit():  # the usual 1234.56
        amount = int(whole) * 100 + int(fraction)
        return -amount if body is not text else amount
    value = text.strip().replace("\u00a0", "").replace(" ", "")
    negative = False
    if value.startswith("(") and value.endswith(")"):
        negative, value = True, value[1:-1]
    for _ in range(2):  # a sign before or after the symbol: -$5, $-5
        if value[:1] and value[:1] in "-−":
            negative, value = not negative, value[1:]
        elif value[:1] == "+":
            value = value[1:]
        for mark in ("US$", "USD", "$"):
            if value.startswith(mark):
                value = value[len(mark):]
                break
    if value.endswith("USD"):
        value = value[:-3]
    whole, dot, fraction = value.partition(".")
    if "," in whole:
        groups = whole.split(",")
        if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            raise _not_amount(text)  # 1,234 is a thousands mark; 12,34 a decimal comma this file does not use
        whole = "".join(groups)
    if not (whole or fraction):
        raise _not_amount(text)
    if whole and not (whole.isascii() and whole.isdigit()):
        raise _not_amount(text)
    if dot and not (fraction.isascii() and fraction.isdigit()):
        raise _not_amount(text)
    if len(fraction) > 2:
        if fraction[2:].strip("0"):
            raise _not_amount(text)  # part of a cent
        fraction = fraction[:2]
    amount = int(whole or "0") * 100 + int(fraction.ljust(2, "0"))
    return -amount if negative else amount


def _named_date(text: str) -> date:
    """``Mar 11, 2024``, ``March 11 2024``, ``11 Mar 2024``."""
    parts = text.replace(",", " ").replace(".", " ").split()
    if len(parts) != 3:
        raise ValueError(text)
    if parts[0].isdigit():
        day, month, year = parts
    else:
        month, day, year = parts
    return date(int(year), _MONTHS[month.casefold()], int(day))


def _slashed(text: str) -> tuple[int, int, int] | None:
    parts = text.split("/")
    if len(parts) != 3 or not all(p.isascii() and p.isdigit() for p in parts) or len(parts[2]) != 4:
        return None
    return int(parts[0]), int(parts[1]), int(parts[2])


def _read_date(text: str, day_first: bool) -> date:
    value = text.strip()
    try:
        slashed = _slashed(value)
        if slashed is not None:
            first, second, year = slashed
            return date(year, second, first) if day_first else date(year, first, second)
        if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit():
            return date(int(value[:4]), int(value[5:7]), int(value[8:10]))  # ISO, a time after it ignored
        return _named_date(value)
    except (ValueError, KeyError, IndexError):
        raise _not_date(text) from None


def _day_first(texts, given: str | None) -> tuple[bool, bool]:
    """Whether slashed dates are day first, and whether the file left it open (every one could be either)."""
    if given in ("dmy", "mdy"):
        return given == "dmy", False
    slashed = [s for s in (_slashed(t.strip()) for t in texts) if s is not None]
    if any(first > 12 for first, _, _ in slashed):
        return True, False
    if any(second > 12 for _, second, _ in slashed):
        return False, False
    return False, bool(slashed)


def _connects_count(description: str) -> int:
    match = _COUNT_AFTER.search(description) or _COUNT_BEFORE.search(description)
    return int(match[1]) if match else 0


def _contract_from(parts: tuple[str, ...]) -> str:
    """The job title a payment's description names: ``Invoice for <title>[: Milestone …]``."""
    for part in parts:
        if part[:12].casefold() != "invoice for ":
            continue
        title = _REF_TAIL.sub("", part[12:]).strip()
        if not title or _HOURLY_SPAN.match(title):
            return ""
        return _MILESTONE_TAIL.sub("", title).strip()
    return ""


def _kind(type_: str) -> str:
    """The kind a row of this (folded) type is; a membership row that buys Connects is told by its text."""
    if type_ in _PAYMENT_TYPES:
        return PAYMENT
    if type_ in _FEE_TYPES:
        return FEE
    if type_ in _CONNECTS_TYPES:
        return CONNECTS
    if type_ in _MEMBERSHIP_TYPES:
        return MEMBERSHIP
    if type_ in _WITHDRAWAL_TYPES:
        return WITHDRAWAL
    if type_ in _REFUND_TYPES:
        return REFUND
    if type_ in _TAX_TYPES or type_.startswith(("vat ", "gst ")):
        return "tax"  # resolved below: it takes the kind of the row it was charged on
    return OTHER


# --- reading -----------------------------------------------------------------------------


def _column(index: dict[str, int], names: tuple[str, ...]) -> int | None:
    for name in names:
        if name in index:
            return index[name]
    return None


def read(path: Path, options: ReadOptions) -> Parsed:
    parsed = Parsed(NAME)
    problems = parsed.problems
    records = csv_records(path, problems, breaks=True, progress=options.progress, cancelled=options.cancelled)
    header = next(records, None)
    if header is None:
        return parsed
    index = title_index(header[1])
    width = len(header[1])
    at_date = _column(index, DATE_COLUMNS)
    at_type = _column(index, TYPE_COLUMNS)
    at_amount = _column(index, AMOUNT_COLUMNS)
    at_ref = _column(index, REF_COLUMNS)
    at_transaction = _column(index, TRANSACTION_COLUMNS)
    missing = [label for label, at in (("Date", at_date), ("Transaction type", at_type), ("Amount $", at_amount),
                                       ("Ref ID", at_ref if at_ref is not None else at_transaction)) if at is None]
    if missing:
        problems.append(LineProblem(header[0], DomainError(QT_TRANSLATE_NOOP(
            "services", "The header lacks the column {columns}; an Upwork transaction history has Date, "
                        "Transaction type (or Type), Amount $ (or Amount) and Ref ID (or Transaction ID)."),
            columns=", ".join(f"“{m}”" for m in missing))))
        return parsed

    def at(found: int | None) -> int:  # a column the header lacks reads the "" appended to every row
        return width if found is None else found

    # Every row is read through one C-level getter: its ids, date, client and contract, and its text cells
    # joined by a separator no cell holds (lines.py refuses control characters), split only when two hold text.
    texts = tuple(index[name] for name in TEXT_COLUMNS if name in index) or (width,)
    ids_of = itemgetter(at(at_ref), at(at_transaction), at_date, at(_column(index, CLIENT_COLUMNS)),
                        at(_column(index, CONTRACT_COLUMNS)))
    texts_of = itemgetter(*texts, width)
    join = "\x1f".join
    intern = sys.intern
    dates = _Dates(options.date_order)
    known_days = dates.days.get
    slashed = dates.slashed  # empty (false) unless the file has slashed dates
    amounts: dict[str, int] = {}
    kinds: dict[str, tuple[str, str]] = {}  # the type as written → (its kind, the type folded)
    hashes = RowKeys()
    repeats: dict[str, int] = {}
    by_ref: dict[str, int] = {}  # a Ref ID → the row (its position in ``payments``)
    by_transaction: dict[str, int] = {}
    payments: PaymentTable = parsed.payments
    fee_rows = array("i")  # the fee and tax rows: their parent is the Ref ID they name ("" if none) until tied
    for line, cells in records:
        if len(cells) != width:
            problems.append(LineProblem(line, wrong_width(len(cells), width)))
            continue
        text = cells[at_amount]
        amount = amounts.get(text)
        if amount is None:
            try:
                amount = amounts[text] = cents(text)
            except DomainError as error:
                problems.append(LineProblem(line, error))
                continue
        cells.append("")
        ref, transaction, date_text, client, contract = ids_of(cells)
        position = len(payments)
        day = known_days(date_text)
        if day is None or slashed:
            day = dates.day(date_text, position)
            if day is None:
                problems.append(LineProblem(line, dates.bad[date_text]))
                continue
        raw_type = cells[at_type]
        kind_type = kinds.get(raw_type)
        if kind_type is None:
            folded_type = intern(" ".join(raw_type.replace("-", " ").split()).casefold())
            kind_type = kinds[raw_type] = (_kind(folded_type), folded_type)
        kind, type_ = kind_type
        description = join(texts_of(cells)).strip("\x1f")
        if "\x1f" in description:
            description = " — ".join(t for t in (_clean(t) for t in description.split("\x1f")) if t)
        elif not description.isprintable() or description[:1].isspace() or description[-1:].isspace():
            description = _clean(description)
        if ref:
            ref = ref.strip()
        if transaction:
            transaction = transaction.strip()
        key = ref or transaction
        if ref and by_ref.setdefault(ref, position) != position or not ref and transaction and \
                by_transaction.setdefault(transaction, position) != position:
            repeats[key] = count = repeats.get(key, 1) + 1
            key = f"{key}#{count}"
        elif not key:
            key = hashes.key((date_text, type_, str(amount), description, client))
        if ref and transaction:
            by_transaction.setdefault(transaction, position)
        if client:
            client = intern(client.strip())
        if contract:
            contract = intern(contract.strip())
        if kind == MEMBERSHIP and "connect" in description.casefold():
            kind = CONNECTS
        connects, named = 0, ""
        if kind == FEE or kind == "tax":
            match = _REF.search(description)
            if match:
                named = match[1]
            fee_rows.append(position)  # its kind ("tax", FEE) is settled by _tie_fees
        elif kind == PAYMENT:
            if not contract and description[:12].casefold() == "invoice for ":
                contract = intern(_contract_from(description.split(" — ")))
        elif kind == CONNECTS:
            connects = _connects_count(description)
        payments.add(line, key, day, kind, amount, CURRENCY, description, client, contract, named, connects)
    dropped = dates.settle(parsed, payments)
    _tie_fees(parsed, fee_rows, by_ref, by_transaction)
    if dropped:
        parsed.payments.keep_only(n for n in range(len(parsed.payments)) if n not in dropped)
    return parsed


def _clean(text: str) -> str:
    return text.strip() if text.isprintable() else clean_note(text)


class _Dates:
    """Each distinct date text read once. Slashed dates (03/11/2024) are read month first, as Upwork writes
    them, unless the user chose day first; once the file is read, a file that shows day first (13/03/2024) has
    its slashed dates read again, and one whose every slashed date could be either is asked about."""

    PENDING = date.min  # a slashed date not valid month first: settled once the whole file is read
    PENDING_DAY = PENDING.toordinal()  # … in the table's day column

    def __init__(self, given: str | None):
        self.given = given
        self.days: dict[str, date] = {}
        self.bad: dict[str, DomainError] = {}
        self.slashed: dict[str, list[int]] = {}  # date text → the positions of its rows

    def day(self, text: str, position: int) -> date | None:
        day = self.days.get(text)
        if day is None:
            if text in self.bad:
                return None
            stripped = text.strip()
            if _slashed(stripped) is not None:
                self.slashed[text] = []
                try:
                    day = _read_date(stripped, self.given == "dmy")
                except DomainError:
                    day = self.PENDING
            else:
                try:
                    day = _read_date(stripped, False)
                except DomainError as error:
                    self.bad[text] = error
                    return None
            self.days[text] = day
        if self.slashed and text in self.slashed:
            self.slashed[text].append(position)
        return day

    def settle(self, parsed: Parsed, payments: PaymentTable) -> set[int]:
        """Slashed dates read in the file's order; the positions of rows whose date is wrong either way."""
        if not self.slashed:
            return set()
        day_first, open_order = _day_first(self.slashed, self.given)
        if open_order:
            parsed.asks.add(DATE_ORDER)
        dropped: set[int] = set()
        for text, positions in self.slashed.items():
            try:
                day = _read_date(text.strip(), day_first)
            except DomainError as error:
                day = None
                for position in positions:
                    parsed.problems.append(LineProblem(payments.line[position], error))
                    dropped.add(position)
            if day is None or day == self.days[text]:
                continue
            ordinal = day.toordinal()
            for position in positions:
                payments.day[position] = ordinal
        return dropped


def _nearest(positions: list[int], position: int) -> int | None:
    """The payment listed nearest ``position`` (``positions`` ascending), or None."""
    if not positions:
        return None
    at = bisect_left(positions, position)
    before = positions[at - 1] if at else None
    after = positions[at] if at < len(positions) else None
    if before is None:
        return after
    if after is None:
        return before
    return before if position - before <= after - position else after


class _Ties:
    """Which payment each fee or tax row was taken from. (A class, not functions nested in ``_tie_fees``: a
    nested function calling itself is a reference cycle, which kept every index below in memory until
    Python's collector came by, during the whole import.)"""

    def __init__(self, payments: PaymentTable, by_ref: dict[str, int], by_transaction: dict[str, int]):
        self.payments, self.by_ref, self.by_transaction = payments, by_ref, by_transaction
        self.by_day: dict[tuple, list[int]] | None = None  # (day, client), (day, client, contract) → payments

    def same_day(self) -> dict[tuple, list[int]]:
        if self.by_day is None:
            by_day = self.by_day = {}
            table, pending = self.payments, _Dates.PENDING_DAY
            for position, (kind, day, client, contract) in enumerate(zip(table.kind, table.day, table.client,
                                                                        table.contract)):
                if kind == PAYMENT and day != pending:
                    by_day.setdefault((day, client), []).append(position)
                    by_day.setdefault((day, client, contract), []).append(position)
        return self.by_day

    def charged_on(self, position: int, depth: int = 0) -> tuple[str, int | None]:
        """The kind a fee or tax row takes, and the position of the payment it was taken from (the rows as the
        file has them: none is changed until every one is decided)."""
        table = self.payments
        named = table.parent[position]  # the Ref ID the row names, until it is tied
        target = self.by_ref.get(named, self.by_transaction.get(named)) if named else None
        if target is not None and target != position and depth < 4:
            if table.kind[target] in _UNTIED:
                taken, payment = self.charged_on(target, depth + 1)
                return (FEE if taken == FEE else taken), payment
            kind_there = table.kind[target]
            if kind_there == PAYMENT:
                return FEE, target
            return kind_there, None  # tax on Connects, a membership, a withdrawal: a cost of that kind
        index = self.same_day()
        day, client, contract = table.day[position], table.client[position], table.contract[position]
        if contract:  # a payment of that contract, else one that names no contract
            found = [p for p in (_nearest(index.get((day, client, contract), []), position),
                                 _nearest(index.get((day, client, ""), []), position)) if p is not None]
            nearest = min(found, key=lambda p: abs(p - position)) if found else None
        else:
            nearest = _nearest(index.get((day, client), []), position)
        if nearest is not None:
            return FEE, nearest
        return (FEE if table.kind[position] == FEE else OTHER), None


_UNTIED = (FEE, "tax")  # a fee or tax row's kind as read, before _tie_fees settles it


def _tie_fees(parsed: Parsed, fee_rows: array, by_ref: dict[str, int], by_transaction: dict[str, int]) -> None:
    """Each fee (and tax) tied to its payment: by the id it names, else the nearest payment of its day. Every
    row is decided first (a fee may name another fee), then the rows are changed in place."""
    payments = parsed.payments
    ties = _Ties(payments, by_ref, by_transaction)
    kinds: list[str] = []
    found = array("q")  # the payment's position, or -1
    parents = payments.parent
    for position in fee_rows:
        ref = parents[position]
        target = by_ref.get(ref) if ref else None
        if target is not None and payments.kind[target] == PAYMENT:
            kinds.append(FEE)  # the usual case: a fee naming its payment's Ref ID
            found.append(target)
            continue
        kind, at = ties.charged_on(position)
        kinds.append(OTHER if kind == "tax" else kind)
        found.append(-1 if at is None else at)
    unlinked = 0
    kind_of, client_of, contract_of = payments.kind, payments.client, payments.contract
    for position, kind, at in zip(fee_rows, kinds, found):
        kind_of[position] = kind
        parents[position] = "" if at < 0 else payments.key[at]
        if at >= 0:
            client_of[position] = client_of[position] or client_of[at]
            contract_of[position] = contract_of[position] or contract_of[at]
        elif kind == FEE:
            unlinked += 1
    others = kind_of.count(OTHER)
    if others:
        parsed.notes.append(DomainError(QT_TRANSLATE_NOOP(
            "services", "Rows of a kind this app does not sort (an adjustment, a miscellaneous entry …), read as "
                        "“other”, neither income nor a fee: {count}."), count=others))
    if unlinked:
        parsed.notes.append(DomainError(QT_TRANSLATE_NOOP(
            "services", "Service fees that name no payment in this file, read as fees of no payment: {count}."),
            count=unlinked))


FORMAT = Format(
    name=NAME,
    label=QT_TRANSLATE_NOOP("ImportFormats", "Upwork (transaction history CSV)"),
    kind=MONEY,
    detect=detect,
    read=read,
    local_times=False,
)
