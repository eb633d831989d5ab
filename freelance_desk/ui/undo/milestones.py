"""Undo commands for milestones: one added, edited, moved or deleted, and every lifecycle step."""

from __future__ import annotations

from collections.abc import Callable

from freelance_desk.core.errors import DomainError
from freelance_desk.services.contracts.contracts import MilestoneData
from freelance_desk.services.milestones import lifecycle as ms
from freelance_desk.ui.undo.base import AddCommand, DeleteCommand, WriteCommand


class AddMilestone(AddCommand):
    """A milestone was added: undo deletes it (keeping a snapshot), redo puts it back."""

    delete = staticmethod(ms.delete_milestone)
    restore = staticmethod(ms.restore_milestone)


class EditMilestone(WriteCommand):
    """A milestone's title, amount, due date or description changed: undo writes ``before`` back."""

    def __init__(self, text: str, milestone_id: int, before: MilestoneData, after: MilestoneData,
                 changed: Callable[[], None], failed: Callable[[DomainError], None]):
        super().__init__(text, changed, failed)
        self.milestone_id, self.before, self.after = milestone_id, before, after

    def revert(self) -> None:
        ms.update_milestone(self.milestone_id, self.before)

    def repeat(self) -> None:
        ms.update_milestone(self.milestone_id, self.after)


class MoveMilestone(WriteCommand):
    """A contract's milestones were reordered: undo puts back the order ``before`` (ids, first to last)."""

    def __init__(self, text: str, contract_id: int, before: list[int], after: list[int],
                 changed: Callable[[], None], failed: Callable[[DomainError], None]):
        super().__init__(text, changed, failed)
        self.contract_id, self.before, self.after = contract_id, before, after

    def revert(self) -> None:
        ms.set_order(self.contract_id, self.before)

    def repeat(self) -> None:
        ms.set_order(self.contract_id, self.after)


class DeleteMilestone(DeleteCommand):
    """A milestone was deleted: undo puts it back and relinks its time entries; redo deletes it
    again, keeping the new snapshot (the entries linked at that moment)."""

    delete = staticmethod(ms.delete_milestone)
    restore = staticmethod(ms.restore_milestone)

    def repeat(self) -> None:
        self.snapshot = ms.delete_milestone(self.record_id)


class MilestoneStep(WriteCommand):
    """A lifecycle step (start, submit, changes requested, approve, mark paid, cancel): undo puts the
    milestone back as the step found it, and takes away the payment marking it paid recorded;
    redo takes the step again. A milestone that moved on meanwhile is explained through ``failed``."""

    def __init__(self, text: str, step: ms.Step, after: Callable[[], None],
                 failed: Callable[[DomainError], None]):
        super().__init__(text, after, failed)
        self.step = step

    def revert(self) -> None:
        self.step = ms.undo_step(self.step)

    def repeat(self) -> None:
        self.step = ms.redo_step(self.step)
