"""Invoices to print, made through the billing services on an open, migrated database: shared by the PDF
tests and the benchmark (``tests/benchmarks/invoice_bench.py``)."""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime
from decimal import Decimal

from freelance_desk.db.models import Client, Contract, Platform
from freelance_desk.services.billing.invoices import (
    InvoiceData,
    LineData,
    TaxData,
    create_invoice,
    mark_sent,
    record_invoice_payment,
    void_invoice,
)
from freelance_desk.services.settings import store

NOW = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)
ISSUED, DUE = date(2026, 3, 20), date(2026, 4, 3)
HOSTILE_CLIENT = "<b>Acme</b> & Sons 🚀 שלום"


def seller(logo: bytes = b"") -> None:
    store.put(store.BUSINESS_NAME.key, "Dewi <i>Studio</i> & Co")
    store.put(store.BUSINESS_ADDRESS.key, "Jl. Kemang Raya 12\nJakarta Selatan 12730")
    store.put(store.BUSINESS_EMAIL.key, "dewi@example.com")
    store.put(store.BUSINESS_TAX_ID.key, "09.254.294.3-407.000")
    store.put(store.PAYMENT_INSTRUCTIONS.key, "BCA 123-456-7890 a/n Dewi\nSWIFT CENAIDJA")
    if logo:
        store.put(store.BUSINESS_LOGO.key, base64.b64encode(logo).decode())


def client(name: str = HOSTILE_CLIENT, currency: str = "IDR", zone: str = "Asia/Jakarta",
           platform: str | None = None) -> tuple[Client, Contract]:
    made = Client.create(name=name, company="", email="ap@example.com", timezone=zone, currency=currency,
                         created_at=NOW)
    on = Platform.get_or_create(name=platform)[0] if platform else None
    contract = Contract.create(client=made, title="Website", kind="fixed", currency=currency, budget_minor=10**9,
                               platform=on, created_at=NOW)
    return made, contract


def invoice(client: Client, contract: Contract, amounts: list[int], *, currency: str = "IDR", language: str = "id",
            paper: str = "a4", taxes: list[TaxData] | None = None, notes: str = "", description: str = "Design work",
            sent: bool = True, paid: int = 0, void: str = "") -> int:
    lines = [LineData(f"{description} {i + 1}" if len(amounts) > 1 else description, Decimal(1), amount, contract.id)
             for i, amount in enumerate(amounts)]
    made = create_invoice(InvoiceData(client.id, ISSUED, DUE, currency, lines, taxes or [], language, paper, notes),
                          NOW)
    if sent or paid:
        mark_sent(made.invoice_id, NOW)
    if paid:
        record_invoice_payment(made.invoice_id, date(2026, 3, 28), paid, now=NOW)
    if void:
        void_invoice(made.invoice_id, void, NOW)
    return made.invoice_id
