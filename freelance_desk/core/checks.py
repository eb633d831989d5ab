"""Small checks shared by the services' validators.

Text a user types (:func:`clean_text`, :func:`require_text`, :func:`optional_text`, :func:`note_text`):
no control characters (a NUL, an escape; a note keeps its line breaks and tabs), no characters that
turn the text's direction (a right-to-left override makes "gpj.exe" read "exe.jpg"), not only
invisible characters (zero-width spaces, fillers) where a name is wanted, and a length limit that is
refused with a message, never cut silently. Emoji and every script are fine.

Dates (:func:`check_day`): from the first of January of the earliest year the freelancer worked (a
setting, :data:`EARLIEST_YEAR` by default) to one year after today. Everything that takes a date
calls it, so a year 0001 or 9999 never reaches the file.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime

from freelance_desk.core.errors import ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP

EMAIL_RE = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]{2,}$")
MAX_NAME = 200
MAX_NOTES = 10_000  # a client's, a contract's or a proposal's notes: pages of text, not a book
EARLIEST_YEAR = 2000  # the default of the earliest year a date may have (Settings)

# Characters that change the direction text is shown in: embeddings, overrides and isolates.
# (The marks LRM, RLM and ALM stay allowed: right-to-left names use them and they reorder nothing.)
_DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Letters that draw nothing: a name of only these (or of zero-width and format characters) is blank.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def utc_now() -> datetime:
    return datetime.now(UTC)


def _visible(ch: str) -> bool:
    category = unicodedata.category(ch)
    return not (ch.isspace() or ch in _BLANK_LETTERS or category in ("Cc", "Cf", "Mn", "Me", "Zs", "Zl", "Zp"))


def clean_text(
    value: str | None, field: str, max_len: int = MAX_NAME, required: bool = False, multiline: bool = False
) -> str:
    """``value`` stripped and checked by the rules above; a ValidationError at ``field`` otherwise.

    ``multiline`` text (notes) keeps line breaks (``\\r\\n`` becomes ``\\n``) and tabs; a name keeps neither.
    """
    text = (value or "").replace("\r\n", "\n").strip()
    if not text:
        if required:
            raise ValidationError(field, QT_TRANSLATE_NOOP("services", "This field is required."))
        return ""
    allowed = "\n\t" if multiline else ""
    # Printable ASCII (most names and notes) holds no control, surrogate or direction character: no loop.
    for ch in ("" if text.isascii() and text.isprintable() else text):
        category = unicodedata.category(ch)
        if category == "Cc" and ch not in allowed:
            raise ValidationError(
                field,
                QT_TRANSLATE_NOOP("services", "Remove the control character (U+{code}) from this text."),
                code=f"{ord(ch):04X}",
            )
        if category == "Cs" or ch in ("\ufffe", "\uffff"):
            raise ValidationError(field, QT_TRANSLATE_NOOP("services", "This text holds a character that is not text."))
        if ch in _DIRECTION_CONTROLS:
            raise ValidationError(
                field,
                QT_TRANSLATE_NOOP(
                    "services", "Remove the hidden direction character (U+{code}): it makes text read in another order."
                ),
                code=f"{ord(ch):04X}",
            )
    if required and not any(_visible(ch) for ch in text):
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "This has no visible characters; type a name."))
    if len(text) > max_len:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("services", "Keep this to {limit} characters; it has {count}."),
            limit=max_len, count=len(text),
        )
    return text


def require_text(value: str | None, field: str, label: str = "", max_len: int = MAX_NAME) -> str:
    """A name or title: required, visible, at most ``max_len`` characters."""
    return clean_text(value, field, max_len, required=True)


def optional_text(value: str | None, field: str, max_len: int = MAX_NAME) -> str:
    """A short optional line (a company): "" when empty, else the rules of a name but for being required."""
    text = clean_text(value, field, max_len)
    if text and not any(_visible(ch) for ch in text):
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "This has no visible characters; type a name."))
    return text


def note_text(value: str | None, field: str = "notes", max_len: int = MAX_NOTES) -> str:
    """Notes and descriptions: line breaks kept, at most ``max_len`` characters."""
    return clean_text(value, field, max_len, multiline=True)


def latest_day(today: date) -> date:
    """One year after ``today`` (28 February for the 29th): the latest date anything may have."""
    try:
        return today.replace(year=today.year + 1)
    except ValueError:
        return today.replace(year=today.year + 1, day=28)


BEFORE_EARLIEST = QT_TRANSLATE_NOOP(
    "services", "Dates before {year} are not accepted; the earliest year you worked is set in Settings."
)
TOO_FAR_AHEAD = QT_TRANSLATE_NOOP("services", "That is more than a year ahead; the latest date accepted is {last}.")


def check_day(value, field: str, today: date, earliest_year: int = EARLIEST_YEAR) -> date | None:
    """``value`` (a date, or None for none) between 1 January ``earliest_year`` and a year after ``today``."""
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "“{text}” is not a date."), text=str(value)[:40])
    first, last = date(earliest_year, 1, 1), latest_day(today)
    if value < first:
        raise ValidationError(field, BEFORE_EARLIEST, year=earliest_year)
    if value > last:
        raise ValidationError(field, TOO_FAR_AHEAD, last=last.isoformat())
    return value


def optional_email(value: str | None, field: str = "email") -> str:
    text = clean_text(value, field)
    if text and not EMAIL_RE.match(text):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("services", "“{email}” does not look like an e-mail address."), email=text
        )
    return text


_ZONES: set[str] | None = None


def check_timezone(name: str | None, field: str = "timezone") -> str:
    global _ZONES
    text = clean_text(name, field) or "UTC"
    if _ZONES is None:
        _ZONES = _zones() | {"UTC"}
    if text not in _ZONES:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # (a name not in the list: rare)

        try:
            ZoneInfo(text)
        except (ZoneInfoNotFoundError, ValueError, OSError):  # "Asia" is a folder: IsADirectoryError
            raise ValidationError(
                field, QT_TRANSLATE_NOOP("services", "Unknown time zone “{zone}”, e.g. Asia/Jakarta."), zone=text
            ) from None
    return text


def check_date_order(start: date | None, end: date | None, field: str = "end_date") -> None:
    if start and end and end < start:
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "The end date is before the start date."))


def system_zone() -> str:
    """The system's IANA time zone without Qt (``TZ``, ``/etc/localtime``'s link, ``/etc/timezone``), else UTC."""
    import os
    from pathlib import Path

    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    try:
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except OSError:
        pass
    for name in candidates:
        if name and name in _zones():
            return name
    return "UTC"


def _zones() -> set[str]:
    from zoneinfo import available_timezones

    return available_timezones()
