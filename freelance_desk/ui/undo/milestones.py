"""Undo commands for milestones: one deleted."""

from __future__ import annotations

from collections.abc import Callable

from freelance_desk.services.milestones import lifecycle as ms
from freelance_desk.ui.undo.base import WriteCommand


class DeleteMilestone(WriteCommand):
    """A milestone was deleted (``snapshot`` from the delete): undo puts it back and relinks its
    time entries; redo deletes it again, keeping the new snapshot."""

    def __init__(self, text: str, milestone_id: int, snapshot: dict, after: Callable[[], None]):
        super().__init__(text, after)
        self.milestone_id, self.snapshot = milestone_id, snapshot

    def revert(self) -> None:
        ms.restore_milestone(self.snapshot)

    def repeat(self) -> None:
        self.snapshot = ms.delete_milestone(self.milestone_id)
