"""What an invoice's printed documents need beside :func:`.invoice_list.invoice_document`: an invoice found
by its number (the command line names it so), and which invoices may have a receipt."""

from __future__ import annotations

from freelance_desk.core.errors import DomainError, NotFound
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.vocabulary import InvoiceState
from freelance_desk.db.models import Invoice

# A receipt acknowledges money received: a paid or partly paid invoice has some.
RECEIPT_STATES = (InvoiceState.PAID, InvoiceState.PARTLY_PAID)


def invoice_id_of(number: str) -> int:
    """The invoice numbered ``number`` (as printed), else ``NotFound``."""
    found = Invoice.select(Invoice.id).where(Invoice.number == number.strip()).scalar()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("services", "There is no invoice numbered {number}."), number=number)
    return found


def check_receipt(document) -> None:
    """Refuse a receipt for an invoice that has received nothing (a draft, a sent one unpaid, a void one)."""
    if document.state not in RECEIPT_STATES or document.paid <= 0:
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "Invoice {number} has received no payment: there is nothing to give a "
                                          "receipt for."),
            number=document.number)
