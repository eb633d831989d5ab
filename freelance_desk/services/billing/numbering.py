"""Invoice numbers: a prefix the freelancer sets once (``{year}`` is the issue date's year) and a counter
that only goes up, per year when numbers start again each year. A number is never given twice: a voided
invoice keeps its number (the gap it leaves is explained by it), and the only number ever taken back is
the newest one, when the draft it was given to is undone before any other was given.
"""

from __future__ import annotations

from datetime import date

from freelance_desk.core.errors import ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.db import sql
from freelance_desk.db.connection import db
from freelance_desk.db.models import Invoice, Setting
from freelance_desk.services.settings import store

MAX_PREFIX = 40
ONE_SEQUENCE = 0  # the counter's year when numbers do not start again each year
_NUMBERING_LOCK = 7_301_001  # the server's lock (an advisory lock's number) held while a number is taken
COUNTER_KEY = "invoice_counter:{year}"  # a settings row: the last number given in that year (so exports keep it)


def counter_of(year: int) -> int:
    """The last number given in ``year`` (0: none yet)."""
    row = Setting.get_or_none(Setting.key == COUNTER_KEY.format(year=year))
    try:
        return int(row.value) if row else 0
    except ValueError:
        return 0


def _set_counter(year: int, last: int) -> None:
    Setting.insert(key=COUNTER_KEY.format(year=year), value=str(last)).on_conflict(
        conflict_target=[Setting.key], preserve=[Setting.value]).execute()


def check_prefix(prefix: str) -> str:
    text = (prefix or "").strip()
    if len(text) > MAX_PREFIX:
        raise ValidationError("invoice_prefix", QT_TRANSLATE_NOOP("services", "Keep the prefix to 40 characters."))
    if any(ch in text for ch in "\r\n\t") or text.replace("{year}", "").count("{") or text.replace("{year}", "").count("}"):
        raise ValidationError(
            "invoice_prefix",
            QT_TRANSLATE_NOOP("services", "A prefix is plain text and may hold {year}, as in INV-{year}-."),
        )
    return text


def format_number(prefix: str, digits: int, year: int, counter: int) -> str:
    """``INV-{year}-`` with 4 digits, year 2026, 7 → ``INV-2026-0007``."""
    return f"{prefix.replace('{year}', str(year))}{counter:0{max(digits, 1)}d}"


def _sequence_year(issued_on: date, yearly: bool) -> int:
    return issued_on.year if yearly else ONE_SEQUENCE


def next_number(issued_on: date) -> tuple[str, int]:
    """The number the next invoice issued on ``issued_on`` gets, and the counter's year; taken (the counter
    moved on) inside the caller's transaction. A number already used (a prefix changed back) is skipped."""
    if sql.on_server():  # two computers numbering at once: the second waits for the first's transaction to end
        db.execute_sql(f"SELECT pg_advisory_xact_lock({_NUMBERING_LOCK})")
    prefix, digits, yearly = store.values(store.INVOICE_PREFIX, store.INVOICE_DIGITS, store.INVOICE_YEARLY)
    year = _sequence_year(issued_on, yearly)
    counter = counter_of(year)
    while True:
        counter += 1
        number = format_number(prefix, digits, issued_on.year, counter)
        if not Invoice.select().where(Invoice.number == number).exists():
            break
    _set_counter(year, counter)
    return number, year


def preview_number(issued_on: date) -> str:
    """The number the next invoice would get (nothing taken): for the dialog and Settings."""
    prefix, digits, yearly = store.values(store.INVOICE_PREFIX, store.INVOICE_DIGITS, store.INVOICE_YEARLY)
    return format_number(prefix, digits, issued_on.year, counter_of(_sequence_year(issued_on, yearly)) + 1)


def give_back(number: str, year: int, counter_after: int) -> None:
    """Undoing the newest invoice's creation: its number is given again only if no later one was taken."""
    if counter_of(year) == counter_after:
        _set_counter(year, counter_after - 1)
