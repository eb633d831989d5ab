"""Undo commands for invoices: created, edited (a draft), marked sent, voided, a payment recorded.

Each takes the write back through the billing service's own undo (``undo_create``, ``unmark_sent``,
``unvoid``, ``undo_invoice_payment``); a refusal (the invoice moved on meanwhile) goes to ``failed``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

from freelance_desk.core.errors import DomainError
from freelance_desk.services.billing import invoices as inv
from freelance_desk.ui.undo.base import WriteCommand


class CreateInvoice(WriteCommand):
    """A draft was created: undo deletes it (giving its number back when it is still the newest), redo
    creates it again from the same form."""

    def __init__(self, text: str, created: inv.Created, data: inv.InvoiceData, now: Callable[[], datetime],
                 after: Callable[..., None], failed: Callable[[DomainError], None]):
        super().__init__(text, after, failed)
        self.created, self.data, self.now = created, data, now

    def revert(self) -> None:
        inv.undo_create(self.created)

    def repeat(self) -> None:
        self.created = inv.create_invoice(replace(self.data, lines=list(self.data.lines)), self.now())

    def to_select(self) -> tuple:
        return (self.created.invoice_id,)


class EditInvoice(WriteCommand):
    """A draft was changed: undo writes ``before`` back, redo ``after``."""

    def __init__(self, text: str, invoice_id: int, before: inv.InvoiceData, after_data: inv.InvoiceData,
                 today: Callable[[], date], after: Callable[..., None], failed: Callable[[DomainError], None]):
        super().__init__(text, after, failed)
        self.invoice_id, self.before, self.after_data, self.today = invoice_id, before, after_data, today

    def revert(self) -> None:
        inv.update_invoice(self.invoice_id, self.before, self.today())

    def repeat(self) -> None:
        inv.update_invoice(self.invoice_id, self.after_data, self.today())

    def to_select(self) -> tuple:
        return (self.invoice_id,)


class MarkSent(WriteCommand):
    """A draft was marked sent: undo makes it a draft again (while nothing was paid)."""

    def __init__(self, text: str, invoice_id: int, now: Callable[[], datetime], after: Callable[..., None],
                 failed: Callable[[DomainError], None]):
        super().__init__(text, after, failed)
        self.invoice_id, self.now = invoice_id, now

    def revert(self) -> None:
        inv.unmark_sent(self.invoice_id)

    def repeat(self) -> None:
        inv.mark_sent(self.invoice_id, self.now())

    def to_select(self) -> tuple:
        return (self.invoice_id,)


class VoidInvoice(WriteCommand):
    """An invoice was voided (its work offered again): undo puts it back as it was, refused when its work
    was billed on another invoice since."""

    def __init__(self, text: str, voided: inv.Voided, reason: str, now: Callable[[], datetime],
                 after: Callable[..., None], failed: Callable[[DomainError], None]):
        super().__init__(text, after, failed)
        self.voided, self.reason, self.now = voided, reason, now

    def revert(self) -> None:
        inv.unvoid(self.voided)

    def repeat(self) -> None:
        self.voided = inv.void_invoice(self.voided.invoice_id, self.reason, self.now())

    def to_select(self) -> tuple:
        return (self.voided.invoice_id,)


class RecordInvoicePayment(WriteCommand):
    """Money received for an invoice: undo deletes its payments (the milestones it marked paid approved
    again), redo records it again."""

    def __init__(self, text: str, paid: inv.InvoicePaid, received_on: date, gross_minor: int, fee_minor: int,
                 rate: Decimal | None, note: str, now: Callable[[], datetime], after: Callable[..., None],
                 failed: Callable[[DomainError], None]):
        super().__init__(text, after, failed)
        self.paid, self.now = paid, now
        self.args = (received_on, gross_minor, fee_minor, rate, note)

    def revert(self) -> None:
        inv.undo_invoice_payment(self.paid)

    def repeat(self) -> None:
        received_on, gross, fee, rate, note = self.args
        self.paid = inv.record_invoice_payment(self.paid.invoice_id, received_on, gross, fee, rate, note, self.now())

    def to_select(self) -> tuple:
        return (self.paid.invoice_id,)
