"""The one range every date typed into the app falls in, with the earliest year from the settings.

The rule is ``core/checks.check_day``; this reads the freelancer's earliest year (Settings) for it,
so every service that takes a date calls :func:`check_day` here.
"""

from __future__ import annotations

from datetime import date

from freelance_desk.core import checks
from freelance_desk.services.settings import store


def check_day(value, field: str, today: date | None = None) -> date | None:
    """``value`` when it lies from 1 January of the earliest year to one year after ``today``."""
    return checks.check_day(value, field, today or checks.utc_now().date(), store.earliest_year())


def check_instant_day(instant, field: str, today: date | None = None):
    """An instant whose (UTC) day is in the range; returned as given."""
    if instant is not None:
        check_day(instant.date(), field, today)
    return instant
