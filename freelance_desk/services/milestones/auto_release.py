"""When submitted work approves itself: the platform's review days after it was submitted.

Its own small module so the dashboard can say it without importing the milestone rules.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta


def auto_release_on(submitted_at: datetime | None, review_days: int | None) -> date | None:
    """The day funds release if the client does nothing (None: no date known, or no auto-release)."""
    if submitted_at is None or not review_days:
        return None
    return (submitted_at + timedelta(days=review_days)).date()
