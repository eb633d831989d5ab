"""A client's clock in words: "Tue 21:30 (−12 h)" and the working hours you share today."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services.clients.clock import ClientClock, format_difference
from freelance_desk.ui.format import local_time

NO_OVERLAP = QT_TRANSLATE_NOOP("ClientClock", "no shared working hours today")
OVERLAP = QT_TRANSLATE_NOOP("ClientClock", "shared hours today {0} your time")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClientClock", text)


def clock_text(clock: ClientClock) -> str:
    """The client's weekday and time, and how far ahead or behind they are."""
    now = clock.client_now
    locale = QLocale()
    day = locale.dayName(now.isoweekday(), QLocale.FormatType.ShortFormat)
    time = locale.toString(QTime(now.hour, now.minute), QLocale.FormatType.ShortFormat)
    return f"{day} {time} ({format_difference(clock.difference_minutes)})"


def overlap_text(clock: ClientClock) -> str:
    """Today's shared working hours in your time, or that there are none."""
    if not clock.overlap:
        return _tr(NO_OVERLAP)
    spans = ", ".join(f"{local_time(start)}–{local_time(end)}" for start, end in clock.overlap)
    return _tr(OVERLAP).format(spans)
