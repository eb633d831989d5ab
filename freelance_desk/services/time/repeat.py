"""Doing again what an entry did: continue it (the timer starts as it was) or copy it to today."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from freelance_desk.core.checks import check_timezone
from freelance_desk.core.durations import hours_minutes
from freelance_desk.core.errors import ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services.time.entry_rows import EntryRow, entry, running_record
from freelance_desk.services.time.queries import day_span, last_end
from freelance_desk.services.time.tracking import ANY, add_entry, entry_data, start_timer, whole_seconds

NO_ROOM_TODAY = QT_TRANSLATE_NOOP(
    "services", "Today has no free {length} h before now for a copy of this entry: shorten it, or free some time first.")


def continue_entry(entry_id: int, now: datetime, zone: str, expected_running: int | None | object = ANY) -> EntryRow:
    """Start the timer again as ``entry_id`` was: same contract, milestone, note and billable."""
    was = entry(entry_id)
    return start_timer(was.contract_id, now, zone, was.milestone_id, was.note, expected_running, was.billable)


def duplicate_to_today(entry_id: int, now: datetime, zone: str) -> EntryRow:
    """A copy of ``entry_id`` (contract, milestone, note, billable and length) on today.

    It starts where today's last entry ended, or, on a day with none yet, ends now (or where the
    running timer started); it never reaches past now, into the running timer, or into yesterday.
    """
    was = entry(entry_id)
    now = whole_seconds(now)
    length = timedelta(seconds=was.seconds(now))
    today_start = day_span(now.astimezone(ZoneInfo(check_timezone(zone))).date(), zone)[0]
    limit = now
    running = running_record()
    if running is not None:  # it holds everything after its start
        limit = min(limit, running.start)
    last = last_end(today_start, limit) if limit > today_start else None
    start = last if last is not None else limit - length
    if not length or start < today_start or start + length > limit:
        raise ValidationError("start", NO_ROOM_TODAY, length=hours_minutes(int(length.total_seconds())))
    return add_entry(replace(entry_data(was), start=start, end=start + length, zone=zone), now)
