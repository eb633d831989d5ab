"""How values look on screen: dates in the user's locale, money with its currency."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone

from freelance_desk.core.durations import hours_minutes
from freelance_desk.core.money import format_amount


def money(minor: int | None, currency: str) -> str:
    return format_amount(minor, currency)


def qdate(d: date | None) -> QDate:
    return QDate(d.year, d.month, d.day) if d else QDate()


def pydate(q: QDate) -> date | None:
    return date(q.year(), q.month(), q.day()) if q.isValid() else None


def short_date(d: date | None) -> str:
    if d is None:
        return ""
    return QLocale().toString(qdate(d), QLocale.FormatType.ShortFormat)


def local_datetime(dt: datetime | None, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    """An aware UTC instant shown in the system's local time."""
    if dt is None:
        return ""
    q = QDateTime.fromSecsSinceEpoch(int(dt.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(q, fmt)


def local_time(dt: datetime | None) -> str:
    if dt is None:
        return ""
    q = QDateTime.fromSecsSinceEpoch(int(dt.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(q.time(), QLocale.FormatType.ShortFormat)


def duration(seconds: int | None) -> str:
    """3725 → "1:02" (hours:minutes), what freelancers read at a glance (the one rule: core.durations)."""
    if seconds is None:
        return ""
    return hours_minutes(seconds)


def clock(seconds: int) -> str:
    """3725 → "1:02:05", for a running timer."""
    seconds = max(0, int(seconds))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
