"""Undo commands for payments: one recorded (a payment, a week's earnings), one deleted."""

from __future__ import annotations

from collections.abc import Callable

from freelance_desk.services.money import payments
from freelance_desk.ui.undo.base import DeleteCommand, WriteCommand


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


class DeletePayment(DeleteCommand):
    """A payment was deleted from the list: undo writes it back, redo deletes it."""

    delete = staticmethod(payments.delete_payment)
    restore = staticmethod(payments.restore_payment)
