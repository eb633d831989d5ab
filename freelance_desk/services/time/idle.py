"""Time away from the computer while the timer ran: keep it, or take it out.

The window learns from the system how long there has been no input (``ui/idle_sources.py``);
once the user is back after at least the set minutes, it asks. Dropping the time away ends the
running entry where the idleness began and, unless the user also stops, starts the timer again
now on the same contract, milestone, note and billable, all in one transaction. When the whole
entry was time away (the idleness began before it started), the entry goes.
:func:`undo_drop` takes a drop back: the restarted timer goes and the entry runs on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.db.connection import write
from freelance_desk.db.models import TimeEntry
from freelance_desk.services.time.entry_rows import EntryRow, entry, running_record
from freelance_desk.services.time.tracking import (
    delete_entry,
    restore_entry,
    start_timer,
    stop_timer,
    whole_seconds,
)

CHANGED_SINCE = QT_TRANSLATE_NOOP(
    "services", "The timer has changed since the time away was dropped; nothing was undone.")


@dataclass(frozen=True)
class Dropped:
    """What :func:`drop_idle` did, for :func:`undo_drop`."""

    entry_id: int  # the entry that was running
    deleted: dict | None  # its row when all of it was time away (it was deleted)
    restarted_id: int | None  # the timer started again now (None: the user stopped)


def away_since(now: datetime, idle_seconds: float) -> datetime:
    """When the input stopped, ``idle_seconds`` before ``now``, to the whole second."""
    return whole_seconds(datetime.fromtimestamp(now.timestamp() - int(idle_seconds), now.tzinfo))


def drop_idle(expected: EntryRow, since: datetime, now: datetime, zone: str, then_stop: bool = False) -> Dropped:
    """Take the time after ``since`` out of the running entry ``expected`` (as the window shows it);
    unless ``then_stop``, the timer runs on from ``now`` as a new entry like it."""
    since = whole_seconds(since)
    with write():
        stop_timer(since, expected=expected)  # refused when it no longer runs as the window shows it
        deleted = delete_entry(expected.id) if since <= expected.start else None  # all of it was time away
        restarted = None
        if not then_stop:
            restarted = start_timer(expected.contract_id, now, zone, expected.milestone_id, expected.note,
                                    expected_running=None, billable=expected.billable).id
    return Dropped(expected.id, deleted, restarted)


def undo_drop(dropped: Dropped) -> EntryRow:
    """The entry runs on as before the drop; the timer started again (if any) goes."""
    with write():
        running = running_record()
        if dropped.restarted_id is not None:
            if running is None or running.id != dropped.restarted_id:
                raise DomainError(CHANGED_SINCE)
            delete_entry(dropped.restarted_id)
        elif running is not None:
            raise DomainError(CHANGED_SINCE)
        if dropped.deleted is not None:
            restore_entry(dropped.deleted)
        TimeEntry.update(end=None).where(TimeEntry.id == dropped.entry_id).execute()
    return entry(dropped.entry_id)
