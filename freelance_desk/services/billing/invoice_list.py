"""What the invoice views read: the list (with what was paid and what is due), the overdue ones, and one
invoice whole as its PDF prints it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from peewee import JOIN, fn

from freelance_desk.core.vocabulary import InvoiceState, InvoiceStatus
from freelance_desk.db.models import (
    Client,
    Contract,
    Invoice,
    InvoiceLine,
    InvoicePayment,
    InvoiceTax,
    Payment,
)
from freelance_desk.services.billing.invoices import amount_due, billed_days, marketplace_platforms, state_of
from freelance_desk.services.settings import store


@dataclass(frozen=True)
class InvoiceRow:
    invoice_id: int
    number: str
    client_id: int
    client: str
    issued_on: date
    due_on: date
    currency: str
    total: int
    withheld: int
    paid: int
    state: InvoiceState
    language: str

    @property
    def payable(self) -> int:
        return self.total - self.withheld

    @property
    def due(self) -> int:
        """Still to be paid (nothing for a draft or a void invoice)."""
        return amount_due(self.state, self.payable, self.paid)

    def overdue_on(self, today: date) -> bool:
        return self.due > 0 and self.due_on < today

    def days_overdue(self, today: date) -> int:
        return (today - self.due_on).days if self.overdue_on(today) else 0


def _paid():
    return (Payment.select(InvoicePayment.invoice.alias("invoice_id"), fn.SUM(Payment.gross_minor).alias("paid"))
            .join(InvoicePayment, on=(InvoicePayment.payment == Payment.id))
            .group_by(InvoicePayment.invoice)).alias("paid")


def _rows(where=None, order=None) -> list[InvoiceRow]:
    paid = _paid()
    query = (
        Invoice.select(Invoice.id, Invoice.number, Invoice.client, Client.name, Invoice.issued_on, Invoice.due_on,
                       Invoice.currency, Invoice.total_minor, Invoice.withheld_minor,
                       fn.COALESCE(paid.c.paid, 0), Invoice.status, Invoice.language)
        .join(Client, on=(Invoice.client == Client.id))
        .join(paid, JOIN.LEFT_OUTER, on=(paid.c.invoice_id == Invoice.id))
    )
    if where is not None:
        query = query.where(where)
    query = query.order_by(*(order or (Invoice.issued_on.desc(), Invoice.id.desc())))
    return [
        InvoiceRow(i, number, client_id, client, issued, due, currency, total, withheld, int(paid_minor),
                   state_of(status, total - withheld, int(paid_minor)), language)
        for i, number, client_id, client, issued, due, currency, total, withheld, paid_minor, status, language
        in query.tuples()
    ]


def list_invoices(client_id: int | None = None, states: tuple[str, ...] = ()) -> list[InvoiceRow]:
    """Every invoice, newest first; of one client, or in some states."""
    rows = _rows(None if client_id is None else (Invoice.client == client_id))
    return [r for r in rows if r.state in states] if states else rows


def overdue_invoices(today: date) -> list[InvoiceRow]:
    """Sent, not paid in full, due before ``today``: oldest due first."""
    rows = _rows((Invoice.status == InvoiceStatus.SENT) & (Invoice.due_on < today.isoformat()),
                 (Invoice.due_on, Invoice.id))
    return [r for r in rows if r.overdue_on(today)]


def open_invoices() -> list[InvoiceRow]:
    """Sent and not paid in full: money owed."""
    rows = _rows(Invoice.status == InvoiceStatus.SENT, (Invoice.due_on, Invoice.id))
    return [r for r in rows if r.due > 0]


def sent_work() -> tuple[set[int], dict[int, list[tuple[date, date]]]]:
    """What sent invoices bill: their milestones, and per contract the local days their time spans (first, last),
    so "owed to you" counts that work once, as the invoice."""
    milestones = set(
        InvoiceLine.select(InvoiceLine.milestone).join(Invoice, on=(InvoiceLine.invoice == Invoice.id))
        .where(InvoiceLine.milestone.is_null(False) & (Invoice.status == InvoiceStatus.SENT)).scalars()
    )
    spans: dict[int, list[tuple[date, date]]] = {}
    for _, contract_id, first, last in billed_days(Invoice.status == InvoiceStatus.SENT, per_invoice=True):
        spans.setdefault(contract_id, []).append((first, last))
    return milestones, spans


def get_row(invoice_id: int) -> InvoiceRow | None:
    rows = _rows(Invoice.id == invoice_id)
    return rows[0] if rows else None


# --- one invoice, whole -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Party:
    name: str
    lines: tuple[str, ...]  # company, address lines, e-mail…
    tax_id: str = ""


@dataclass(frozen=True)
class DocumentLine:
    description: str
    quantity: Decimal
    unit: str
    unit_price: int
    amount: int


@dataclass(frozen=True)
class DocumentTax:
    name: str
    rate_bps: int
    withheld: bool
    amount: int


@dataclass(frozen=True)
class PaymentMade:
    received_on: date
    amount: int


@dataclass(frozen=True)
class InvoiceDocument:
    """Everything an invoice or its receipt prints."""

    invoice_id: int
    number: str
    state: InvoiceState
    issued_on: date
    due_on: date
    currency: str
    language: str
    paper: str
    seller: Party
    buyer: Party
    client_timezone: str
    logo: str  # base64 PNG/JPEG, or ""
    lines: tuple[DocumentLine, ...]
    taxes: tuple[DocumentTax, ...]
    subtotal: int
    total: int
    withheld: int
    paid: int
    payments: tuple[PaymentMade, ...]
    notes: str
    payment_instructions: str
    platforms: tuple[str, ...]  # marketplaces that bill this client themselves
    sent_at: datetime | None
    voided_at: datetime | None
    void_reason: str

    @property
    def payable(self) -> int:
        return self.total - self.withheld

    @property
    def due(self) -> int:
        return max(self.payable - self.paid, 0)

    @property
    def last_payment_on(self) -> date | None:
        return max((p.received_on for p in self.payments), default=None)


def invoice_document(invoice_id: int) -> InvoiceDocument:
    invoice = Invoice.get_by_id(invoice_id)
    client = Client.get_by_id(invoice.client_id)
    name, address, email, tax_id, logo, instructions = store.values(
        store.BUSINESS_NAME, store.BUSINESS_ADDRESS, store.BUSINESS_EMAIL, store.BUSINESS_TAX_ID,
        store.BUSINESS_LOGO, store.PAYMENT_INSTRUCTIONS)
    seller = Party(name, tuple(line for line in (*address.splitlines(), email) if line.strip()), tax_id)
    buyer_name = client.company or client.name
    contact = client.name if client.company and client.name.strip() != client.company.strip() else ""
    buyer = Party(buyer_name, tuple(x for x in (contact, client.email) if x))
    lines = tuple(
        DocumentLine(line.description, Decimal(line.quantity), line.unit, line.unit_price_minor, line.amount_minor)
        for line in InvoiceLine.select().where(InvoiceLine.invoice == invoice_id).order_by(InvoiceLine.position)
    )
    taxes = tuple(
        DocumentTax(t.name, t.rate_bps, t.withheld, t.amount_minor)
        for t in InvoiceTax.select().where(InvoiceTax.invoice == invoice_id).order_by(InvoiceTax.position)
    )
    payments = tuple(
        PaymentMade(day, int(amount)) for day, amount in
        Payment.select(Payment.received_on, fn.SUM(Payment.gross_minor))
        .join(InvoicePayment, on=(InvoicePayment.payment == Payment.id))
        .where(InvoicePayment.invoice == invoice_id)
        .group_by(Payment.received_on).order_by(Payment.received_on).tuples()
    )
    paid = sum(p.amount for p in payments)
    return InvoiceDocument(
        invoice.id, invoice.number, state_of(invoice.status, invoice.total_minor - invoice.withheld_minor, paid),
        invoice.issued_on, invoice.due_on, invoice.currency, invoice.language, invoice.paper, seller, buyer,
        client.timezone, logo, lines, taxes, invoice.subtotal_minor, invoice.total_minor, invoice.withheld_minor,
        paid, payments, invoice.notes, invoice.payment_instructions or instructions,
        tuple(marketplace_platforms(invoice.id)), invoice.sent_at, invoice.voided_at, invoice.void_reason,
    )


def contracts_of(client_id: int, currency: str | None = None) -> list[tuple[int, str, str, str]]:
    """The client's contracts an invoice may bill: (id, title, kind, currency)."""
    query = Contract.select(Contract.id, Contract.title, Contract.kind, Contract.currency).where(
        Contract.client == client_id)
    if currency:
        query = query.where(Contract.currency == currency)
    return list(query.order_by(Contract.title).tuples())


# Where Letter paper is the norm (the rest of the world uses A4).
LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PR", "DO", "PA", "SV", "NI",
                              "HN", "BZ"})


def country_of_zone(zone: str) -> str:
    """The two-letter country of an IANA zone (``America/New_York`` → ``US``), "" when unknown."""
    return _zone_countries().get(zone, "")


def default_paper(zone: str) -> str:
    """A4, or Letter for a client in a country that uses it."""
    return "letter" if country_of_zone(zone) in LETTER_COUNTRIES else "a4"


def default_language(zone: str) -> str:
    """Bahasa Indonesia for a client in Indonesia, English elsewhere."""
    return "id" if country_of_zone(zone) == "ID" else "en"


_ZONES: dict[str, str] | None = None


def _zone_countries() -> dict[str, str]:
    """zone.tab of the system's zone data, or of the tzdata package (Windows)."""
    global _ZONES
    if _ZONES is None:
        _ZONES = {}
        import zoneinfo
        from pathlib import Path

        places = [Path(p) / "zone.tab" for p in zoneinfo.TZPATH]
        try:
            from importlib.resources import files

            places.append(Path(str(files("tzdata").joinpath("zoneinfo", "zone.tab"))))
        except (ImportError, ModuleNotFoundError, TypeError):
            pass
        for place in places:
            try:
                text = place.read_text(encoding="utf-8")
            except OSError:
                continue
            for row in text.splitlines():
                if row and not row.startswith("#"):
                    parts = row.split("\t")
                    if len(parts) >= 3:
                        _ZONES[parts[2]] = parts[0]
            break
    return _ZONES
