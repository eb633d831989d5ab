"""The time table's columns, its header rows, and how an entry's clock reads (this computer's, or the
one it was recorded on)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from enum import IntEnum, StrEnum
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDateTime, QLocale, QTime, QTimeZone

from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services.time.entry_rows import EntryRow
from freelance_desk.ui.format import qdate


class Column(IntEnum):
    START = 0
    END = 1
    CLIENT = 2
    CONTRACT = 3
    NOTE = 4
    BILLABLE = 5
    AMOUNT = 6  # hours × the hourly contract's rate; empty for fixed-price work
    DURATION = 7


HEADERS = {
    Column.START: QT_TRANSLATE_NOOP("TimeEntriesTableModel", "Start"),
    Column.END: QT_TRANSLATE_NOOP("TimeEntriesTableModel", "End"),
    Column.CLIENT: QT_TRANSLATE_NOOP("TimeEntriesTableModel", "Client"),
    Column.CONTRACT: QT_TRANSLATE_NOOP("TimeEntriesTableModel", "Contract"),
    Column.NOTE: QT_TRANSLATE_NOOP("TimeEntriesTableModel", "Note"),
    Column.BILLABLE: QT_TRANSLATE_NOOP("TimeEntriesTableModel", "Billable"),
    Column.AMOUNT: QT_TRANSLATE_NOOP("TimeEntriesTableModel", "Amount"),
    Column.DURATION: QT_TRANSLATE_NOOP("TimeEntriesTableModel", "Duration"),
}


LABEL_SPAN = Column.DURATION  # a header row's label spans the columns before DURATION


def week_span(first: date, last: date) -> str:
    """ "23 Nov – 29 Nov 2026", month names in the user's language."""
    locale = QLocale()
    return f"{locale.toString(qdate(first), 'd MMM')} – {locale.toString(qdate(last), 'd MMM yyyy')}"


def recorded_elsewhere(entry: EntryRow) -> bool:
    """Whether ``entry`` was recorded at another UTC offset than this computer's at that moment."""
    here = QDateTime.fromSecsSinceEpoch(int(entry.start.timestamp()), QTimeZone.systemTimeZone())
    return here.offsetFromUtc() != entry.utc_offset_minutes * 60


def recorded_clock(entry: EntryRow, instant: datetime) -> str:
    """``instant`` on the clock where ``entry`` was recorded: the clock its day is counted by."""
    zone = timezone(timedelta(minutes=entry.utc_offset_minutes))
    if instant != entry.start:  # the end: a DST change may lie between
        try:
            zone = ZoneInfo(entry.timezone)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    there = instant.astimezone(zone)
    return QLocale().toString(QTime(there.hour, there.minute), QLocale.FormatType.ShortFormat)


class GroupKind(StrEnum):
    WEEK = "week"
    DAY = "day"


class Group(NamedTuple):
    """A header row: a week (keyed by its first day) or a day."""

    kind: GroupKind
    day: date
