"""Time entries as the views read them: one row shape, its query, and the running entry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from peewee import JOIN

from freelance_desk.core.errors import NotFound
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import time_amount
from freelance_desk.core.vocabulary import ContractKind
from freelance_desk.db.models import Client, Contract, Milestone, TimeEntry

ENTRY_MISSING = QT_TRANSLATE_NOOP("services", "That time entry no longer exists.")


@dataclass(frozen=True)
class EntryRow:
    """One time entry as the UI shows it."""

    id: int
    contract_id: int
    contract_title: str
    client_id: int
    client_name: str
    milestone_id: int | None
    milestone_title: str
    start: datetime
    end: datetime | None  # None while running
    timezone: str
    utc_offset_minutes: int
    note: str
    billable: bool
    source: str
    contract_kind: str = ContractKind.FIXED
    rate_minor: int | None = None  # the contract's hourly rate
    currency: str = ""

    def amount_minor(self, now: datetime | None = None) -> int | None:
        """What this time earns at its contract's hourly rate (as an invoice would bill it); None for
        fixed-price work, whose money is in its milestones, for an hourly contract without a rate, and
        for time that is not billable."""
        if self.contract_kind != ContractKind.HOURLY or self.rate_minor is None or not self.billable:
            return None
        return time_amount(self.seconds(now), self.rate_minor)

    @property
    def running(self) -> bool:
        return self.end is None

    @property
    def day(self) -> date:
        """The local day it counts for: the date at its start in the recorded offset."""
        return (self.start + timedelta(minutes=self.utc_offset_minutes)).date()

    @property
    def key(self) -> tuple[int, int]:
        """Keyset position: (start seconds, id), newest first."""
        return int(self.start.timestamp()), self.id

    def seconds(self, now: datetime | None = None) -> int:
        end = self.end if self.end is not None else now
        return max(0, int((end - self.start).total_seconds())) if end is not None else 0


ROW_FIELDS = (
    TimeEntry.id,
    TimeEntry.contract,
    Contract.title,
    Contract.client,
    Client.name,
    TimeEntry.milestone,
    Milestone.title,
    TimeEntry.start,
    TimeEntry.end,
    TimeEntry.timezone,
    TimeEntry.utc_offset_minutes,
    TimeEntry.note,
    TimeEntry.billable,
    TimeEntry.source,
    Contract.kind,
    Contract.rate_minor,
    Contract.currency,
)


def row_query():
    """Entries joined with what a row shows (for this module and ``queries.py``)."""
    return (
        TimeEntry.select(*ROW_FIELDS)
        .join(Contract, on=(TimeEntry.contract == Contract.id))
        .join(Client, on=(Contract.client == Client.id))
        .switch(TimeEntry)
        .join(Milestone, JOIN.LEFT_OUTER, on=(TimeEntry.milestone == Milestone.id))
    )


def to_row(t: tuple) -> EntryRow:
    values = list(t)
    values[6] = values[6] or ""  # no milestone
    values[12] = bool(values[12])
    return EntryRow(*values)


def raw_to_row(t: tuple) -> EntryRow:
    """A row of ROW_FIELDS as the cursor gives it (start and end as epoch seconds)."""
    start, end = TimeEntry.start.python_value, TimeEntry.end.python_value
    return to_row((*t[:7], start(t[7]), end(t[8]), *t[9:]))


def entry(entry_id: int) -> EntryRow:
    found = row_query().where(TimeEntry.id == entry_id).tuples().first()
    if found is None:
        raise NotFound(ENTRY_MISSING)
    return to_row(found)


def running_entry() -> EntryRow | None:
    running = running_record()  # alone, so SQLite reads the partial index of running entries
    return entry(running.id) if running is not None else None


def running_record() -> TimeEntry | None:
    return TimeEntry.select().where(TimeEntry.end.is_null()).first()
