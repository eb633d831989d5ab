"""An invoice found by its number; a receipt only for money received."""

from __future__ import annotations

import pytest

from freelance_desk.core.errors import DomainError, NotFound
from freelance_desk.services.billing.documents import check_receipt, invoice_id_of
from freelance_desk.services.billing.invoice_list import invoice_document
from tests.ui import invoice_samples as samples


def test_an_invoice_is_found_by_its_number_and_an_unknown_number_is_not_found(database):
    client, contract = samples.client()
    made = samples.invoice(client, contract, [1_000_000])
    assert invoice_id_of("INV-2026-0001") == made
    with pytest.raises(NotFound, match="INV-2026-0099"):
        invoice_id_of("INV-2026-0099")


def test_a_receipt_is_for_a_paid_or_partly_paid_invoice_only(database):
    client, contract = samples.client()
    draft = samples.invoice(client, contract, [1_000_000], sent=False)
    sent = samples.invoice(client, contract, [1_000_000])
    void = samples.invoice(client, contract, [1_000_000], void="Wrong client")
    partly = samples.invoice(client, contract, [1_000_000], paid=400_000)
    paid = samples.invoice(client, contract, [1_000_000], paid=1_000_000)
    for refused in (draft, sent, void):
        with pytest.raises(DomainError, match="no payment"):
            check_receipt(invoice_document(refused))
    check_receipt(invoice_document(partly))
    check_receipt(invoice_document(paid))
