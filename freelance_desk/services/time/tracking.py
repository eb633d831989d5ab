"""Tracked time: the one running timer, manual entries, and the rules that keep hours honest.

Instants are aware UTC datetimes, whole seconds. Each entry keeps the zone it was
recorded in and that zone's offset at its start, which decides its local day (the
``daily_time`` summary uses the same day). A duration is ``end − start`` of two
instants, so an entry across a DST change has its real length.

No entry overlaps another (back to back, one's end equal to the next start, is
fine). A running entry reaches into the future: nothing may start after it. The
file itself allows only one running entry, and a started timer is a committed
row, so it survives the app being killed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from freelance_desk.core.checks import check_timezone, note_text
from freelance_desk.core.durations import MAX_DURATION
from freelance_desk.core.errors import DomainError, NotFound, ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.vocabulary import CLOSED_CONTRACT_STATUSES, TimeSource
from freelance_desk.db.connection import write
from freelance_desk.db.models import Contract, Milestone, TimeEntry
from freelance_desk.db.records import get_or_missing
from freelance_desk.services.settings.dates import check_instant_day
from freelance_desk.services.time.entry_rows import (
    ENTRY_MISSING,
    EntryRow,
    entry,
    running_record,
)

MAX_NOTE = 2000

# A write that names the entry its window shows is refused when the file says otherwise: the
# timer was stopped, switched or changed by another window or program since it was shown.
STOPPED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "services", "This timer was already stopped elsewhere (another window or program); nothing was saved here. "
    "The timer bar now shows what is running.")
CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "services", "This timer was changed elsewhere (another window or program) since it was shown here; "
    "nothing was saved. Check it and try again.")
STARTED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "services", "A timer on “{contract}” was started elsewhere (another window or program); nothing was changed "
    "here. Press Start again to switch to this contract.")
ENTRY_CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "services", "This entry was changed elsewhere (another window or program) since you opened it; nothing was "
    "saved. Close this and open the entry again.")

ANY = object()  # start_timer(expected_running=ANY): stop whatever runs (scripts, tests)


@dataclass
class EntryData:
    """What a form sends for a manual entry; ``zone`` is where the times were typed."""

    contract_id: int | None
    start: datetime | None
    end: datetime | None
    milestone_id: int | None = None
    note: str = ""
    billable: bool = True
    zone: str = "UTC"


# --- reading ---------------------------------------------------------------


# --- small helpers -----------------------------------------------------------


def whole_seconds(instant: datetime) -> datetime:
    if instant.tzinfo is None:
        raise ValueError("naive datetime: give it a time zone")
    return instant.replace(microsecond=0)


def offset_minutes(instant: datetime, zone: str) -> int:
    return int(instant.astimezone(ZoneInfo(zone)).utcoffset().total_seconds() // 60)


def _stamp(instant: datetime, zone: str) -> str:
    """An instant for a message, in the zone the user typed in (e.g. "2026-03-10 14:00")."""
    return instant.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")


def _get(entry_id: int) -> TimeEntry:
    return get_or_missing(TimeEntry, entry_id, ENTRY_MISSING)


def _contract(contract_id: int | None) -> Contract:
    found = Contract.get_or_none(Contract.id == contract_id) if contract_id else None
    if found is None:
        raise ValidationError("contract", QT_TRANSLATE_NOOP("services", "Choose the contract you worked on."))
    return found


def open_contract(contract_id: int | None) -> Contract:
    """The contract to track time on: it must exist and not be closed."""
    contract = _contract(contract_id)
    if contract.status in CLOSED_CONTRACT_STATUSES:
        raise ValidationError(
            "contract", QT_TRANSLATE_NOOP("services", "“{contract}” is closed; reopen it to track time."),
            contract=contract.title,
        )
    return contract


def milestone_of(milestone_id: int | None, contract: Contract) -> int | None:
    if milestone_id is None:
        return None
    found = Milestone.get_or_none(Milestone.id == milestone_id)
    if found is None or found.contract_id != contract.id:
        raise ValidationError(
            "milestone", QT_TRANSLATE_NOOP("services", "That milestone belongs to another contract.")
        )
    return found.id


def overlapping(start: datetime, end: datetime | None, exclude_id: int | None = None) -> TimeEntry | None:
    """An entry sharing time with [start, end) (end None: open, a running timer).

    Uses the start index only: entries starting inside the span, then the last
    one starting before it (entries never overlap, so their ends are ordered too).
    """
    s = int(start.timestamp())
    base = TimeEntry.select()
    if exclude_id is not None:
        base = base.where(TimeEntry.id != exclude_id)
    inside = base.where((TimeEntry.start >= s) & (TimeEntry.end.is_null() | (TimeEntry.end > s)))
    if end is not None:
        inside = inside.where(TimeEntry.start < int(end.timestamp()))
    found = inside.order_by(TimeEntry.start).first()
    if found is not None:
        return found
    before = base.where(TimeEntry.start < s).order_by(TimeEntry.start.desc(), TimeEntry.id.desc()).first()
    if before is not None and (before.end is None or before.end > start):
        return before
    return None


def _overlap_error(other: TimeEntry, start: datetime, zone: str) -> ValidationError:
    field = "start" if other.start <= start else "end"
    title = other.contract.title
    if other.end is None:
        return ValidationError(
            field,
            QT_TRANSLATE_NOOP("services", "This overlaps the timer running on “{contract}” since {start}."),
            contract=title,
            start=_stamp(other.start, zone),
        )
    return ValidationError(
        field,
        QT_TRANSLATE_NOOP("services", "This overlaps your entry for “{contract}” from {start} to {end}."),
        contract=title,
        start=_stamp(other.start, zone),
        end=_stamp(other.end, zone),
    )


def _check_free(start: datetime, end: datetime | None, zone: str, exclude_id: int | None = None) -> None:
    other = overlapping(start, end, exclude_id)
    if other is not None:
        raise _overlap_error(other, start, zone)


def _version(row: EntryRow) -> tuple:
    """What a write to an entry can change (names of its contract or client are not its own)."""
    return (row.id, row.contract_id, row.milestone_id, row.start, row.end, row.timezone, row.utc_offset_minutes,
            row.note, row.billable)


def _unchanged(expected: EntryRow, changed: str = CHANGED_ELSEWHERE) -> None:
    """Refuse (``changed``) when the entry no longer reads as ``expected`` shows it."""
    try:
        current = entry(expected.id)
    except NotFound:
        raise DomainError(STOPPED_ELSEWHERE if expected.running else ENTRY_CHANGED_ELSEWHERE) from None
    if expected.running and current.end is not None:
        raise DomainError(STOPPED_ELSEWHERE)
    if _version(current) != _version(expected):
        raise DomainError(changed)


def _still_running(expected: EntryRow) -> TimeEntry:
    """The running entry, when it is still the one ``expected`` shows, as it shows it."""
    running = running_record()
    if running is None or running.id != expected.id:
        raise DomainError(STOPPED_ELSEWHERE)
    _unchanged(expected)
    return running


def _note(text: str | None) -> str:
    return note_text(text, "note", MAX_NOTE)


START_IN_FUTURE = QT_TRANSLATE_NOOP("services", "The start is in the future.")
TOO_LONG = QT_TRANSLATE_NOOP("services", "One entry is at most 24 hours; split longer work into days.")


def _check_length(start: datetime, end: datetime, field: str) -> None:
    """An entry lasts at most a day (a real day: 24 hours of elapsed time, across a DST change too)."""
    if (end - start).total_seconds() > MAX_DURATION:
        raise ValidationError(field, TOO_LONG)


# --- the timer -----------------------------------------------------------------


def start_timer(contract_id: int, now: datetime, zone: str, milestone_id: int | None = None, note: str = "",
                expected_running: int | None | object = ANY, billable: bool = True) -> EntryRow:
    """Stop the running timer (at ``now``) and start one on ``contract_id``, in one transaction.

    ``expected_running`` is the id of the entry the caller shows running (None: none): when the file
    has another (a timer started or stopped elsewhere), nothing is written and a DomainError says so.
    """
    now = whole_seconds(now)
    zone = check_timezone(zone)
    check_instant_day(now, "start", now.date())  # a computer clock back in 1970 starts nothing
    with write():
        if expected_running is not ANY:
            _expect_running(expected_running)
        contract = open_contract(contract_id)
        milestone = milestone_of(milestone_id, contract)
        running = running_record()
        if running is not None:
            TimeEntry.update(end=max(now, running.start)).where(TimeEntry.id == running.id).execute()
        _check_free(now, None, zone)
        new = TimeEntry.create(
            contract=contract.id,
            milestone=milestone,
            start=now,
            end=None,
            timezone=zone,
            utc_offset_minutes=offset_minutes(now, zone),
            note=_note(note),
            billable=bool(billable),
            source=TimeSource.TIMER,
        )
        Contract.update(last_used_at=now).where(Contract.id == contract.id).execute()
    return entry(new.id)


def _expect_running(entry_id: int | None) -> None:
    running = running_record()
    if (running.id if running is not None else None) == entry_id:
        return
    if running is None:
        raise DomainError(STOPPED_ELSEWHERE)
    raise DomainError(STARTED_ELSEWHERE, contract=running.contract.title)


def stop_timer(now: datetime, note: str | None = None, expected: EntryRow | None = None) -> EntryRow | None:
    """Stop the running timer at ``now`` (None when none runs); ``note`` replaces its note.

    ``expected`` is the running entry as the caller shows it: when that entry was stopped or changed
    elsewhere since, nothing is written and a DomainError says so (the caller reloads).
    """
    now = whole_seconds(now)
    with write():
        running = _still_running(expected) if expected is not None else running_record()
        if running is None:
            return None
        values = {TimeEntry.end: max(now, running.start)}
        if note is not None:
            values[TimeEntry.note] = _note(note)
        TimeEntry.update(values).where(TimeEntry.id == running.id).execute()
    return entry(running.id)


def set_note(entry_id: int, note: str, expected: EntryRow | None = None) -> None:
    """Replace an entry's note; with ``expected`` (the running entry as shown), refused as stop_timer is."""
    with write():
        if expected is not None:
            _still_running(expected)
        TimeEntry.update(note=_note(note)).where(TimeEntry.id == _get(entry_id).id).execute()


def correct_start(entry_id: int, new_start: datetime, now: datetime, expected: EntryRow | None = None) -> EntryRow:
    """Move an entry's start (e.g. "I started at 9:00, not now"), keeping its end."""
    new_start, now = whole_seconds(new_start), whole_seconds(now)
    with write():
        if expected is not None:
            _unchanged(expected)
        current = _get(entry_id)
        if new_start > now:
            raise ValidationError("start", QT_TRANSLATE_NOOP("services", "The start cannot be in the future."))
        if current.end is not None and new_start >= current.end:
            raise ValidationError("start", QT_TRANSLATE_NOOP("services", "The start must be before the end."))
        check_instant_day(new_start, "start", now.date())
        _check_length(new_start, current.end if current.end is not None else now, "start")
        _check_free(new_start, current.end, current.timezone, exclude_id=current.id)
        TimeEntry.update(start=new_start, utc_offset_minutes=offset_minutes(new_start, current.timezone)).where(
            TimeEntry.id == current.id
        ).execute()
    return entry(entry_id)


# --- manual entries --------------------------------------------------------------


def _validated(data: EntryData, now: datetime, current: TimeEntry | None = None) -> dict:
    contract = _contract(data.contract_id)
    milestone = milestone_of(data.milestone_id, contract)
    zone = check_timezone(data.zone)
    if data.start is None:
        raise ValidationError("start", QT_TRANSLATE_NOOP("services", "Enter when you started."))
    start = whole_seconds(data.start)
    check_instant_day(start, "start", now.date())
    keeps_running = current is not None and current.end is None and data.end is None
    if data.end is None and not keeps_running:
        raise ValidationError("end", QT_TRANSLATE_NOOP("services", "Enter when you stopped, or a duration."))
    end = whole_seconds(data.end) if data.end is not None else None
    if start > now:
        raise ValidationError("start", START_IN_FUTURE)
    if end is not None:
        if end < start:
            raise ValidationError("end", QT_TRANSLATE_NOOP("services", "The end is before the start."))
        if end == start:
            raise ValidationError("end", QT_TRANSLATE_NOOP("services", "The end equals the start: the entry has no length."))
        if end > now:
            raise ValidationError("end", QT_TRANSLATE_NOOP("services", "The end is in the future."))
        _check_length(start, end, "end")
    elif start != current.start:  # a running entry moved back: it may not already be longer than a day
        _check_length(start, now, "start")
    note = _note(data.note)
    _check_free(start, end, zone, exclude_id=current.id if current else None)
    return dict(
        contract=contract.id,
        milestone=milestone,
        start=start,
        end=end,
        timezone=zone,
        utc_offset_minutes=offset_minutes(start, zone),
        note=note,
        billable=bool(data.billable),
    )


def add_entry(data: EntryData, now: datetime) -> EntryRow:
    now = whole_seconds(now)
    with write():
        new = TimeEntry.create(source=TimeSource.MANUAL, **_validated(data, now))
    return entry(new.id)


def update_entry(entry_id: int, data: EntryData, now: datetime, expected: EntryRow | None = None) -> EntryRow:
    """Change an entry; a running one stays running when ``data.end`` is None.

    ``expected`` is the entry as the form was filled from it: changed (or stopped) elsewhere since,
    nothing is written and a DomainError says so.
    """
    now = whole_seconds(now)
    with write():
        if expected is not None:
            _unchanged(expected, ENTRY_CHANGED_ELSEWHERE)
        current = _get(entry_id)
        TimeEntry.update(**_validated(data, now, current)).where(TimeEntry.id == entry_id).execute()
    return entry(entry_id)


def entry_data(row: EntryRow) -> EntryData:
    return EntryData(
        contract_id=row.contract_id,
        start=row.start,
        end=row.end,
        milestone_id=row.milestone_id,
        note=row.note,
        billable=row.billable,
        zone=row.timezone,
    )


def split_entry(entry_id: int, at: datetime, now: datetime) -> tuple[EntryRow, EntryRow]:
    """Cut an entry in two at ``at``; a running entry's second half keeps running."""
    at, now = whole_seconds(at), whole_seconds(now)
    with write():
        current = _get(entry_id)
        end = current.end if current.end is not None else now
        if not current.start < at < end:
            raise ValidationError(
                "at",
                QT_TRANSLATE_NOOP("services", "Split between the entry's start ({start}) and end ({end})."),
                start=_stamp(current.start, current.timezone),
                end=_stamp(end, current.timezone),
            )
        TimeEntry.update(end=at).where(TimeEntry.id == current.id).execute()
        second = TimeEntry.create(
            contract=current.contract_id,
            milestone=current.milestone_id,
            start=at,
            end=current.end,
            timezone=current.timezone,
            utc_offset_minutes=offset_minutes(at, current.timezone),
            note=current.note,
            billable=current.billable,
            source=current.source,
        )
    return entry(current.id), entry(second.id)


def unsplit(first_id: int, second_id: int) -> None:
    """Undo a split: the first entry takes the second's end again."""
    with write():
        second = _get(second_id)
        end = second.end
        second.delete_instance()
        TimeEntry.update(end=end).where(TimeEntry.id == _get(first_id).id).execute()


def delete_entry(entry_id: int) -> dict:
    """Delete an entry; returns a snapshot for :func:`restore_entry` (undo)."""
    with write():
        snapshot = TimeEntry.select().where(TimeEntry.id == entry_id).dicts().first()
        if snapshot is None:
            raise NotFound(ENTRY_MISSING)
        TimeEntry.delete().where(TimeEntry.id == entry_id).execute()
    return dict(snapshot)


def restore_entry(snapshot: dict) -> None:
    with write():
        other = overlapping(snapshot["start"], snapshot["end"])
        if other is not None:
            raise DomainError(
                QT_TRANSLATE_NOOP("services", "This entry cannot come back: its time has been logged again since.")
            )
        TimeEntry.insert(**snapshot).execute()
