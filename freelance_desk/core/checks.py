"""Small checks shared by the services' validators."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from freelance_desk.core.errors import ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP

EMAIL_RE = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]{2,}$")
MAX_NAME = 200


def utc_now() -> datetime:
    return datetime.now(UTC)


def require_text(value: str | None, field: str, label: str = "", max_len: int = MAX_NAME) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "This field is required."))
    if len(text) > max_len:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("services", "Keep this under {limit} characters."), limit=max_len
        )
    return text


def optional_email(value: str | None, field: str = "email") -> str:
    text = (value or "").strip()
    if text and not EMAIL_RE.match(text):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("services", "“{email}” does not look like an e-mail address."), email=text
        )
    return text


_ZONES: set[str] | None = None


def check_timezone(name: str | None, field: str = "timezone") -> str:
    global _ZONES
    text = (name or "").strip() or "UTC"
    if _ZONES is None:
        _ZONES = available_timezones() | {"UTC"}
    if text not in _ZONES:
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
