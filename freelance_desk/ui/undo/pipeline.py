"""Undo commands for the pipeline: proposals (added, deleted, connects refunded), connects (bought, the free ones), gigs."""

from __future__ import annotations

from collections.abc import Callable

from freelance_desk.services.pipeline import connects, gigs, proposals
from freelance_desk.ui.undo.base import AddCommand, DeleteCommand, WriteCommand


class AddProposal(AddCommand):
    """A proposal was added: undo deletes it (keeping a snapshot), redo puts it back."""

    delete = staticmethod(proposals.delete_proposal)
    restore = staticmethod(proposals.restore_proposal)


class DeleteProposal(DeleteCommand):
    """A proposal was deleted: undo puts it back, redo deletes it."""

    delete = staticmethod(proposals.delete_proposal)
    restore = staticmethod(proposals.restore_proposal)


class RefundConnects(WriteCommand):
    """The connects refunded on a proposal went from ``before`` to ``count``."""

    def __init__(self, text: str, proposal_id: int, before: int, count: int, after: Callable[[], None]):
        super().__init__(text, after)
        self.proposal_id, self.before, self.count = proposal_id, before, count

    def revert(self) -> None:
        proposals.refund_connects(self.proposal_id, self.before)

    def repeat(self) -> None:
        proposals.refund_connects(self.proposal_id, self.count)


class ArchiveGig(WriteCommand):
    """A gig was archived (``archived`` True) or unarchived: undo sets it back, redo sets it again."""

    def __init__(self, text: str, template_id: int, archived: bool, after: Callable[[], None]):
        super().__init__(text, after)
        self.template_id, self.archived = template_id, archived

    def revert(self) -> None:
        gigs.set_archived(self.template_id, not self.archived)

    def repeat(self) -> None:
        gigs.set_archived(self.template_id, self.archived)


class DeleteGig(DeleteCommand):
    """A gig was deleted: undo puts it back, redo deletes it."""

    delete = staticmethod(gigs.delete_template)
    restore = staticmethod(gigs.restore_template)


class BuyConnects(AddCommand):
    """Connects were bought: undo deletes the purchase, redo puts it back."""

    delete = staticmethod(connects.delete_purchase)
    restore = staticmethod(connects.restore_purchase)


class SetFreeConnects(WriteCommand):
    """A platform's starting balance and monthly free connects changed: ``changes`` is kind → (before, after)."""

    def __init__(self, text: str, platform_id: int, changes: dict, after: Callable[[], None]):
        super().__init__(text, after)
        self.platform_id, self.changes = platform_id, changes

    def revert(self) -> None:
        for kind, (before, _after) in self.changes.items():
            connects.put_grants(self.platform_id, kind, before)

    def repeat(self) -> None:
        for kind, (_before, after) in self.changes.items():
            connects.put_grants(self.platform_id, kind, after)
