"""Undo commands for milestones: one deleted."""

from __future__ import annotations


from freelance_desk.services.milestones import lifecycle as ms
from freelance_desk.ui.undo.base import DeleteCommand


class DeleteMilestone(DeleteCommand):
    """A milestone was deleted: undo puts it back and relinks its time entries; redo deletes it
    again, keeping the new snapshot (the entries linked at that moment)."""

    delete = staticmethod(ms.delete_milestone)
    restore = staticmethod(ms.restore_milestone)

    def repeat(self) -> None:
        self.snapshot = ms.delete_milestone(self.record_id)
