"""Many time entries at once: move them to another contract or milestone, make them billable or
not, delete them. Each is one transaction and returns what its undo needs, so the Time page's
selection changes (and comes back) as one step.

Entries billed on an invoice that is not void are never changed here: the invoice's lines are
made of them. The whole change is refused, naming the invoice, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Iterable

from freelance_desk.core.errors import DomainError, NotFound
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.db.connection import write
from freelance_desk.db.models import TimeEntry
from freelance_desk.services.billing.drafting import billed_on
from freelance_desk.services.time.entry_rows import ENTRY_MISSING
from freelance_desk.services.time.tracking import milestone_of, open_contract, overlapping

CHUNK = 500  # ids per IN (…): well under SQLite's bound on parameters

Fields = dict[int, tuple[int, int | None, bool]]  # entry id → (contract, milestone, billable)


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


def _fields(ids: list[int]) -> Fields:
    """The entries' contract, milestone and billable; every one of ``ids`` must still exist."""
    found: Fields = {}
    for part in _chunks(ids):
        for entry_id, contract, milestone, billable in (
            TimeEntry.select(TimeEntry.id, TimeEntry.contract, TimeEntry.milestone, TimeEntry.billable)
            .where(TimeEntry.id.in_(part)).tuples()
        ):
            found[entry_id] = (contract, milestone, bool(billable))
    if len(found) != len(set(ids)):
        raise NotFound(ENTRY_MISSING)
    return found


BILLED = QT_TRANSLATE_NOOP("services", "Entries billed on invoice {number} cannot be changed: void the invoice "
                                          "first, or leave them out of the selection.")


def refuse_billed(ids: list[int], template: str = BILLED) -> None:
    """Refuse (``template``, naming the invoice) when any of ``ids`` is billed on an invoice that is not void."""
    billed = billed_on(ids)
    if billed:
        raise DomainError(template, number=min(billed.values()))


def move(entry_ids: list[int], contract_id: int, milestone_id: int | None = None) -> Fields:
    """Move the entries to ``contract_id`` (and ``milestone_id`` of it, or none); returns their
    fields before, for :func:`put_back`."""
    ids = list(entry_ids)
    with write():
        before = _fields(ids)
        refuse_billed(ids)
        contract = open_contract(contract_id)
        milestone = milestone_of(milestone_id, contract)
        for part in _chunks(ids):
            TimeEntry.update(contract=contract.id, milestone=milestone).where(TimeEntry.id.in_(part)).execute()
    return before


def set_billable(entry_ids: list[int], billable: bool) -> Fields:
    """Make the entries billable (or not); returns their fields before, for :func:`put_back`."""
    ids = list(entry_ids)
    with write():
        before = _fields(ids)
        refuse_billed(ids)
        for part in _chunks(ids):
            TimeEntry.update(billable=bool(billable)).where(TimeEntry.id.in_(part)).execute()
    return before


def put_back(before: Fields) -> None:
    """Undo :func:`move` or :func:`set_billable`: each entry gets its own fields again."""
    with write():
        _fields(list(before))
        for entry_id, (contract, milestone, billable) in before.items():
            TimeEntry.update(contract=contract, milestone=milestone, billable=billable).where(
                TimeEntry.id == entry_id).execute()


def delete(entry_ids: list[int]) -> list[dict]:
    """Delete the entries; returns their rows, for :func:`restore` (undo)."""
    ids = list(entry_ids)
    with write():
        _fields(ids)
        refuse_billed(ids)
        snapshots = []
        for part in _chunks(ids):
            snapshots += [dict(row) for row in TimeEntry.select().where(TimeEntry.id.in_(part)).dicts()]
            TimeEntry.delete().where(TimeEntry.id.in_(part)).execute()
    return snapshots


def restore(snapshots: list[dict]) -> None:
    """Undo :func:`delete`: every entry comes back, or (when time was logged over one since) none."""
    with write():
        taken = set()
        for part in _chunks([s["id"] for s in snapshots]):  # an id given again to an entry since
            taken.update(TimeEntry.select(TimeEntry.id).where(TimeEntry.id.in_(part)).scalars())
        for snapshot in snapshots:
            if snapshot["id"] in taken or overlapping(snapshot["start"], snapshot["end"]) is not None:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "services", "These entries cannot come back: time has been logged over them since."))
            TimeEntry.insert(**snapshot).execute()
