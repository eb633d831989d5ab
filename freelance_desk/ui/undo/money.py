"""Undo commands for payments: one recorded (a payment, a week's earnings), one deleted."""

from __future__ import annotations

from freelance_desk.services.money import payments
from freelance_desk.ui.undo.base import AddCommand, DeleteCommand


class AddPayment(AddCommand):
    """A payment was recorded: undo deletes it (keeping a snapshot), redo writes it back."""

    delete = staticmethod(payments.delete_payment)
    restore = staticmethod(payments.restore_payment)


class DeletePayment(DeleteCommand):
    """A payment was deleted from the list: undo writes it back, redo deletes it."""

    delete = staticmethod(payments.delete_payment)
    restore = staticmethod(payments.restore_payment)
