"""Undo commands for payments: one recorded (a payment, a week's earnings), one deleted."""

from __future__ import annotations

from collections.abc import Callable

from freelance_desk.services.money import payments
from freelance_desk.ui.undo.base import WriteCommand


class AddPayment(WriteCommand):
    """A payment was recorded: undo deletes it (keeping a snapshot), redo writes it back."""

    def __init__(self, text: str, payment_id: int, after: Callable[[], None]):
        super().__init__(text, after)
        self.payment_id = payment_id
        self.snapshot: dict | None = None

    def revert(self) -> None:
        self.snapshot = payments.delete_payment(self.payment_id)

    def repeat(self) -> None:
        payments.restore_payment(self.snapshot)


class DeletePayment(WriteCommand):
    """A payment was deleted from the list (``snapshot`` from the delete): undo writes it back, redo deletes it."""

    def __init__(self, text: str, payment_id: int, snapshot: dict, after: Callable[[], None]):
        super().__init__(text, after)
        self.payment_id, self.snapshot = payment_id, snapshot

    def revert(self) -> None:
        payments.restore_payment(self.snapshot)

    def repeat(self) -> None:
        payments.delete_payment(self.payment_id)
