"""Undo commands for time entries: add, edit, split, delete; many at once: change, delete."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from freelance_desk.core.errors import DomainError
from freelance_desk.services.time import bulk
from freelance_desk.services.time import idle as idle_time
from freelance_desk.services.time import tracking as tt
from freelance_desk.services.time.entry_rows import entry
from freelance_desk.ui.undo.base import AddCommand, WriteCommand

Clock = Callable[[], datetime]
Failed = Callable[[DomainError], None]


class AddTimeEntry(AddCommand):
    """An entry was added: undo deletes it (keeping a snapshot), redo restores it.

    ``after`` is given the entry's id each way.
    """

    delete = staticmethod(tt.delete_entry)
    restore = staticmethod(tt.restore_entry)

    def to_select(self) -> tuple:
        return (self.record_id,)


class EditTimeEntry(WriteCommand):
    """An entry was changed from ``old`` to ``new`` (EntryData); ``after`` is given its id each way."""

    def __init__(self, text: str, entry_id: int, old: tt.EntryData, new: tt.EntryData, now: Clock,
                 after: Callable[[int], None], failed: Failed | None = None):
        super().__init__(text, after, failed)
        self.entry_id, self.old, self.new, self.now = entry_id, old, new, now

    def revert(self) -> None:
        tt.update_entry(self.entry_id, self.old, self.now())

    def repeat(self) -> None:
        tt.update_entry(self.entry_id, self.new, self.now())

    def to_select(self) -> tuple:
        return (self.entry_id,)


class SplitTimeEntry(WriteCommand):
    """An entry was split at ``at`` into ``first_id`` and ``second_id``: undo joins them, redo splits again."""

    def __init__(self, text: str, first_id: int, second_id: int, at: datetime, now: Clock,
                 after: Callable[[], None], failed: Failed | None = None):
        super().__init__(text, after, failed)
        self.first_id, self.second_id, self.at, self.now = first_id, second_id, at, now

    def revert(self) -> None:
        tt.unsplit(self.first_id, self.second_id)

    def repeat(self) -> None:
        self.second_id = tt.split_entry(self.first_id, self.at, self.now())[1].id


class DeleteTimeEntry(WriteCommand):
    """An entry was deleted (``snapshot`` from tt.delete_entry): undo restores it, redo deletes it again.

    ``near`` is the entry to select once it is gone; redo asks ``neighbour(entry_id)`` again
    before deleting, since the rows may have moved. ``after`` is given (entry id, near): the
    first of them still shown is selected.
    """

    def __init__(self, text: str, snapshot: dict, near: int | None, neighbour: Callable[[int], int | None],
                 after: Callable[[int, int | None], None], failed: Failed | None = None):
        super().__init__(text, after, failed)
        self.snapshot, self.near, self.neighbour = snapshot, near, neighbour

    def revert(self) -> None:
        tt.restore_entry(self.snapshot)

    def repeat(self) -> None:
        self.near = self.neighbour(self.snapshot["id"])
        tt.delete_entry(self.snapshot["id"])

    def to_select(self) -> tuple:
        return self.snapshot["id"], self.near


class ChangeTimeEntries(WriteCommand):
    """Many entries changed at once (moved, billable or not): undo gives each its own fields back,
    redo runs ``again`` (the same change), which returns the fields before once more."""

    def __init__(self, text: str, before: bulk.Fields, again: Callable[[], bulk.Fields],
                 after: Callable[..., None], failed: Failed | None = None):
        super().__init__(text, after, failed)
        self.before, self.again = before, again

    def revert(self) -> None:
        bulk.put_back(self.before)

    def repeat(self) -> None:
        self.before = self.again()

    def to_select(self) -> tuple:
        return tuple(self.before)


class DeleteTimeEntries(WriteCommand):
    """Many entries were deleted at once (``snapshots`` from bulk.delete): undo brings them all back."""

    def __init__(self, text: str, snapshots: list[dict], near: int | None, after: Callable[..., None],
                 failed: Failed | None = None):
        super().__init__(text, after, failed)
        self.snapshots, self.near = snapshots, near

    def revert(self) -> None:
        bulk.restore(self.snapshots)

    def repeat(self) -> None:
        bulk.delete([s["id"] for s in self.snapshots])

    def to_select(self) -> tuple:
        return *(s["id"] for s in self.snapshots), self.near


class DropIdleTime(WriteCommand):
    """Time away was taken out of the running entry (``dropped`` from idle.drop_idle): undo lets the
    entry run on as before, redo drops the same time again."""

    def __init__(self, text: str, dropped: idle_time.Dropped, since: datetime, now: Clock, zone: str,
                 then_stop: bool, after: Callable[[], None], failed: Failed | None = None):
        super().__init__(text, after, failed)
        self.dropped, self.since, self.now, self.zone, self.then_stop = dropped, since, now, zone, then_stop

    def revert(self) -> None:
        idle_time.undo_drop(self.dropped)

    def repeat(self) -> None:
        self.dropped = idle_time.drop_idle(entry(self.dropped.entry_id), self.since, self.now(), self.zone,
                                           then_stop=self.then_stop)

