"""Invoices: created (numbered), edited while a draft, sent, paid (its payments recorded here), voided.

An invoice bills one client in one currency, for one or several of the client's contracts. Its lines
come from the work (:mod:`.drafting`) or are typed; each line names the contract it bills, and a
line drafted from work names what it bills: a milestone, or the time entries (``InvoicedTime``).
Work on an invoice that is not void is not offered again; voiding the invoice releases it.

Money: a line's amount is its quantity × unit price rounded half up; a tax is its rate of the
subtotal, rounded half up; the total is the subtotal and the taxes added; what the client pays
is the total less the taxes withheld (paid by the client to the tax office, such as PPh 23),
and the amount due is that less the payments recorded against it. Paid and partly paid are
read from those payments (:func:`state_of`), never stored.

Every write is one transaction and returns what its undo needs.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from peewee import Value, fn

from freelance_desk.core.checks import check_date_order, clean_text, note_text, require_text, utc_now
from freelance_desk.core.errors import DomainError, ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import amount_of, check_currency, max_minor
from freelance_desk.core.vocabulary import (
    ContractKind,
    InvoiceState,
    InvoiceStatus,
    MilestoneStatus,
    PaymentKind,
)
from freelance_desk.db import sql
from freelance_desk.db.connection import write
from freelance_desk.db.models import (
    Client,
    Contract,
    Invoice,
    InvoicedTime,
    InvoiceLine,
    InvoicePayment,
    InvoiceTax,
    Milestone,
    Payment,
    Platform,
    TimeEntry,
)
from freelance_desk.db.records import get_or_missing
from freelance_desk.services.billing import numbering
from freelance_desk.services.money.payments import PaymentData, record_payment
from freelance_desk.services.settings.dates import check_day

LANGUAGES = ("en", "id")
PAPERS = ("a4", "letter")
UNITS = ("hour", "day", "item")
MAX_LINES = 500
MAX_DESCRIPTION = 1000
MAX_QUANTITY = Decimal(1_000_000)
QUANTITY_PLACES = 3  # 1.25 hours, 0.5 days, 1 item


@dataclass
class LineData:
    description: str
    quantity: Decimal
    unit_price_minor: int
    contract_id: int | None
    unit: str = "item"
    milestone_id: int | None = None
    entry_ids: tuple[int, ...] = ()  # the time entries the line bills


@dataclass
class TaxData:
    name: str
    rate_bps: int  # 1100 = 11 %
    withheld: bool = False  # withheld by the client (paid by them to the tax office), shown as a deduction


@dataclass
class InvoiceData:
    client_id: int
    issued_on: date
    due_on: date
    currency: str
    lines: list[LineData]
    taxes: list[TaxData] = field(default_factory=list)
    language: str = "en"
    paper: str = "a4"
    notes: str = ""
    payment_instructions: str = ""


@dataclass(frozen=True)
class Created:
    """What undoing a creation needs: the invoice, and the counter that gave its number."""

    invoice_id: int
    number: str
    year: int
    counter: int


def tax_of(subtotal_minor: int, rate_bps: int) -> int:
    return int((Decimal(subtotal_minor) * rate_bps / 10000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def amount_due(state: str, payable_minor: int, paid_minor: int) -> int:
    """What is still to be paid: nothing on a draft, a void or a paid invoice."""
    return max(payable_minor - paid_minor, 0) if state in (InvoiceState.SENT, InvoiceState.PARTLY_PAID) else 0


def state_of(status: str, payable_minor: int, paid_minor: int) -> InvoiceState:
    """What an invoice shows: void and draft as stored; a sent one paid, partly paid, or sent."""
    if status == InvoiceStatus.VOID:
        return InvoiceState.VOID
    if status == InvoiceStatus.DRAFT:
        return InvoiceState.DRAFT
    if paid_minor >= payable_minor:
        return InvoiceState.PAID
    return InvoiceState.PARTLY_PAID if paid_minor > 0 else InvoiceState.SENT


def get_invoice(invoice_id: int) -> Invoice:
    return get_or_missing(Invoice, invoice_id, QT_TRANSLATE_NOOP("services", "That invoice no longer exists."))


def paid_minor(invoice_id: int) -> int:
    """The gross of the payments recorded against the invoice."""
    return int(
        Payment.select(fn.SUM(Payment.gross_minor))
        .join(InvoicePayment, on=(InvoicePayment.payment == Payment.id))
        .where(InvoicePayment.invoice == invoice_id)
        .scalar()
        or 0
    )


def payable_minor(invoice: Invoice) -> int:
    """What the client pays: the total less the taxes they withhold."""
    return invoice.total_minor - invoice.withheld_minor


# --- checking -------------------------------------------------------------------------------------


def _quantity(value) -> Decimal:
    try:
        quantity = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        quantity = Decimal("NaN")
    if not quantity.is_finite() or quantity <= 0:
        raise ValidationError("quantity", QT_TRANSLATE_NOOP("services", "A quantity must be more than zero."))
    if quantity > MAX_QUANTITY:
        raise ValidationError("quantity", QT_TRANSLATE_NOOP("services", "That quantity is implausibly large."))
    if quantity != quantity.quantize(Decimal(1).scaleb(-QUANTITY_PLACES)):
        raise ValidationError("quantity", QT_TRANSLATE_NOOP("services", "Use at most three decimals."))
    return quantity.normalize() if quantity == quantity.to_integral() else quantity


def _billed_on(where, invoice_id: int | None, entries: bool = False) -> str | None:
    """The number of an invoice, not void and not ``invoice_id``, with a line matching ``where``."""
    query = InvoiceLine.select(Invoice.number).join(Invoice, on=(InvoiceLine.invoice == Invoice.id))
    if entries:
        query = query.switch(InvoiceLine).join(InvoicedTime, on=(InvoicedTime.line == InvoiceLine.id))
    query = query.where(where & (Invoice.status != InvoiceStatus.VOID))
    if invoice_id is not None:
        query = query.where(Invoice.id != invoice_id)
    return query.scalar()


def _check_line(line: LineData, contracts: dict[int, Contract], currency: str, invoice_id: int | None) -> dict:
    if not (line.description or "").strip():
        raise ValidationError("lines", QT_TRANSLATE_NOOP("services", "Every line needs a description."))
    description = clean_text(line.description, "lines", MAX_DESCRIPTION, required=True, multiline=True)
    if line.unit not in UNITS:
        raise ValidationError("lines", QT_TRANSLATE_NOOP("services", "Unknown unit."))
    quantity = _quantity(line.quantity)
    if line.unit_price_minor < 0:
        raise ValidationError("lines", QT_TRANSLATE_NOOP("services", "A price cannot be negative."))
    amount = amount_of(quantity, line.unit_price_minor)
    if line.unit_price_minor > max_minor(currency) or amount > max_minor(currency):
        raise ValidationError("lines", QT_TRANSLATE_NOOP("services", "That amount is implausibly large."))
    contract = contracts.get(line.contract_id)
    if contract is None:
        raise ValidationError("lines", QT_TRANSLATE_NOOP("services", "Every line bills one of this client's contracts."))
    if contract.currency != currency:
        raise ValidationError(
            "currency", QT_TRANSLATE_NOOP("services", "“{contract}” is paid in {expected}, not in {currency}."),
            contract=contract.title, expected=contract.currency, currency=currency,
        )
    if line.milestone_id is not None:
        milestone = Milestone.get_or_none(Milestone.id == line.milestone_id)
        if milestone is None or milestone.contract_id != contract.id:
            raise ValidationError("lines", QT_TRANSLATE_NOOP("services", "That milestone belongs to another contract."))
        on = _billed_on(InvoiceLine.milestone == milestone.id, invoice_id)
        if on:
            raise ValidationError(
                "lines", QT_TRANSLATE_NOOP("services", "“{title}” is already billed on invoice {number}."),
                title=milestone.title, number=on,
            )
    if line.entry_ids:
        ids = tuple(dict.fromkeys(line.entry_ids))
        found = (
            TimeEntry.select(fn.COUNT(TimeEntry.id))
            .where(TimeEntry.id.in_(ids) & (TimeEntry.contract == contract.id) & TimeEntry.end.is_null(False))
            .scalar()
        )
        if found != len(ids):
            raise ValidationError(
                "lines", QT_TRANSLATE_NOOP("services", "Some of this time was changed or deleted; draft the lines again.")
            )
        on = _billed_on(InvoicedTime.time_entry.in_(ids), invoice_id, entries=True)
        if on:
            raise ValidationError(
                "lines", QT_TRANSLATE_NOOP("services", "Some of this time is already billed on invoice {number}."),
                number=on,
            )
    return dict(description=description, quantity=quantity, unit=line.unit, unit_price_minor=line.unit_price_minor,
                amount_minor=amount, contract=contract.id, milestone=line.milestone_id,
                entry_ids=tuple(dict.fromkeys(line.entry_ids)))


def _check_tax(tax: TaxData) -> dict:
    name = require_text(tax.name, "taxes")
    if not 0 < tax.rate_bps <= 10000:
        raise ValidationError("taxes", QT_TRANSLATE_NOOP("services", "A tax rate is more than 0 % and at most 100 %."))
    return dict(name=name, rate_bps=tax.rate_bps, withheld=bool(tax.withheld))


def _validated(data: InvoiceData, today: date | None, invoice_id: int | None = None) -> tuple[dict, list, list]:
    client = Client.get_or_none(Client.id == data.client_id)
    if client is None:
        raise ValidationError("client", QT_TRANSLATE_NOOP("services", "Choose a client."))
    currency = check_currency(data.currency)
    issued_on = check_day(data.issued_on, "issued_on", today)
    due_on = check_day(data.due_on, "due_on", today)
    if issued_on is None:
        raise ValidationError("issued_on", QT_TRANSLATE_NOOP("services", "Enter the date of the invoice."))
    if due_on is None:
        raise ValidationError("due_on", QT_TRANSLATE_NOOP("services", "Enter the date payment is due."))
    check_date_order(issued_on, due_on, "due_on")
    if data.language not in LANGUAGES:
        raise ValidationError("language", QT_TRANSLATE_NOOP("services", "Choose English or Bahasa Indonesia."))
    if data.paper not in PAPERS:
        raise ValidationError("paper", QT_TRANSLATE_NOOP("services", "Choose A4 or Letter."))
    if not data.lines:
        raise ValidationError("lines", QT_TRANSLATE_NOOP("services", "An invoice needs at least one line."))
    if len(data.lines) > MAX_LINES:
        raise ValidationError("lines", QT_TRANSLATE_NOOP("services", "Keep an invoice to 500 lines."))
    contracts = {c.id: c for c in Contract.select().where(Contract.client == client.id)}
    lines = [_check_line(line, contracts, currency, invoice_id) for line in data.lines]
    taxes = [_check_tax(tax) for tax in data.taxes]
    subtotal = sum(line["amount_minor"] for line in lines)
    for tax in taxes:
        tax["amount_minor"] = tax_of(subtotal, tax["rate_bps"])
    added = sum(t["amount_minor"] for t in taxes if not t["withheld"])
    withheld = sum(t["amount_minor"] for t in taxes if t["withheld"])
    if subtotal + added > max_minor(currency):
        raise ValidationError("lines", QT_TRANSLATE_NOOP("services", "That amount is implausibly large."))
    if withheld > subtotal + added:
        raise ValidationError("taxes", QT_TRANSLATE_NOOP("services", "The taxes withheld are more than the total."))
    values = dict(
        client=client.id, issued_on=issued_on, due_on=due_on, currency=currency, language=data.language,
        paper=data.paper, subtotal_minor=subtotal, tax_minor=added, withheld_minor=withheld,
        total_minor=subtotal + added, notes=note_text(data.notes, "notes"),
        payment_instructions=note_text(data.payment_instructions, "payment_instructions"),
    )
    return values, lines, taxes


def _write_lines(invoice_id: int, lines: list[dict], taxes: list[dict]) -> None:
    for position, line in enumerate(lines):
        entry_ids = line.pop("entry_ids")
        created = InvoiceLine.create(invoice=invoice_id, position=position, **line)
        if entry_ids:
            InvoicedTime.insert_many([(e, created.id) for e in entry_ids],
                                     fields=[InvoicedTime.time_entry, InvoicedTime.line]).execute()
    for position, tax in enumerate(taxes):
        InvoiceTax.create(invoice=invoice_id, position=position, **tax)


def _clear_lines(invoice_id: int) -> None:
    InvoiceLine.delete().where(InvoiceLine.invoice == invoice_id).execute()  # its InvoicedTime rows go with it
    InvoiceTax.delete().where(InvoiceTax.invoice == invoice_id).execute()


# --- writes ----------------------------------------------------------------------------------------


def create_invoice(data: InvoiceData, now: datetime | None = None) -> Created:
    """A new draft, numbered from the sequence; its work marked as billed."""
    now = now or utc_now()
    with write():
        values, lines, taxes = _validated(data, now.date())
        number, year = numbering.next_number(values["issued_on"])
        invoice = Invoice.create(number=number, status=InvoiceStatus.DRAFT, created_at=now, **values)
        _write_lines(invoice.id, lines, taxes)
        return Created(invoice.id, number, year, numbering.counter_of(year))


def undo_create(created: Created) -> None:
    """Take a new draft back (with its lines): refused once it was sent or paid. Its number is given again
    only if it is still the newest given."""
    with write():
        invoice = get_invoice(created.invoice_id)
        if invoice.status != InvoiceStatus.DRAFT or InvoicePayment.select().where(
                InvoicePayment.invoice == invoice.id).exists():
            raise DomainError(QT_TRANSLATE_NOOP("services", "Invoice {number} was sent since; void it instead."),
                              number=invoice.number)
        Invoice.delete().where(Invoice.id == invoice.id).execute()
        numbering.give_back(created.number, created.year, created.counter)


def invoice_data(invoice_id: int) -> InvoiceData:
    """The invoice as its form shows it (lines with the entries they bill)."""
    invoice = get_invoice(invoice_id)
    entries = defaultdict(list)
    for entry_id, line_id in (InvoicedTime.select(InvoicedTime.time_entry, InvoicedTime.line)
                              .join(InvoiceLine).where(InvoiceLine.invoice == invoice_id).tuples()):
        entries[line_id].append(entry_id)
    lines = [
        LineData(line.description, Decimal(line.quantity), line.unit_price_minor, line.contract_id, line.unit,
                 line.milestone_id, tuple(sorted(entries[line.id])))
        for line in InvoiceLine.select().where(InvoiceLine.invoice == invoice_id).order_by(InvoiceLine.position)
    ]
    taxes = [TaxData(t.name, t.rate_bps, t.withheld)
             for t in InvoiceTax.select().where(InvoiceTax.invoice == invoice_id).order_by(InvoiceTax.position)]
    return InvoiceData(invoice.client_id, invoice.issued_on, invoice.due_on, invoice.currency, lines, taxes,
                       invoice.language, invoice.paper, invoice.notes, invoice.payment_instructions)


def update_invoice(invoice_id: int, data: InvoiceData, today: date | None = None) -> InvoiceData:
    """Change a draft (its lines and taxes replaced); returns what it was, for undo. A sent invoice is
    not changed: void it and issue another."""
    with write():
        invoice = get_invoice(invoice_id)
        if invoice.status != InvoiceStatus.DRAFT:
            raise DomainError(
                QT_TRANSLATE_NOOP("services", "Invoice {number} was sent: it is not changed any more. Void it and "
                                              "issue a new one."),
                number=invoice.number,
            )
        before = invoice_data(invoice_id)
        values, lines, taxes = _validated(data, today, invoice_id)
        if values["client"] != invoice.client_id:
            raise ValidationError("client", QT_TRANSLATE_NOOP("services", "An invoice stays with its client."))
        _clear_lines(invoice_id)
        Invoice.update(**values).where(Invoice.id == invoice_id).execute()
        _write_lines(invoice_id, lines, taxes)
        return before


def mark_sent(invoice_id: int, now: datetime | None = None) -> None:
    with write():
        invoice = get_invoice(invoice_id)
        if invoice.status != InvoiceStatus.DRAFT:
            raise DomainError(QT_TRANSLATE_NOOP("services", "Only a draft can be marked sent."))
        Invoice.update(status=InvoiceStatus.SENT, sent_at=now or utc_now()).where(Invoice.id == invoice_id).execute()


def unmark_sent(invoice_id: int) -> None:
    """Undo of :func:`mark_sent`: back to a draft while nothing was paid."""
    with write():
        invoice = get_invoice(invoice_id)
        if invoice.status != InvoiceStatus.SENT or paid_minor(invoice_id):
            raise DomainError(QT_TRANSLATE_NOOP("services", "Invoice {number} has changed since."),
                              number=invoice.number)
        Invoice.update(status=InvoiceStatus.DRAFT, sent_at=None).where(Invoice.id == invoice_id).execute()


@dataclass(frozen=True)
class Voided:
    invoice_id: int
    status: str  # what it was
    sent_at: datetime | None


def void_invoice(invoice_id: int, reason: str, now: datetime | None = None) -> Voided:
    """Void a draft or a sent invoice nothing was paid on: its number stays used, its work is offered again."""
    with write():
        invoice = get_invoice(invoice_id)
        if invoice.status == InvoiceStatus.VOID:
            raise DomainError(QT_TRANSLATE_NOOP("services", "Invoice {number} is already void."), number=invoice.number)
        if paid_minor(invoice_id):
            raise DomainError(
                QT_TRANSLATE_NOOP("services", "Payments were recorded against invoice {number}: undo or delete them "
                                              "before voiding it."),
                number=invoice.number,
            )
        reason_text = note_text(reason, "void_reason", 1000)
        Invoice.update(status=InvoiceStatus.VOID, voided_at=now or utc_now(), void_reason=reason_text).where(
            Invoice.id == invoice_id).execute()
        return Voided(invoice_id, invoice.status, invoice.sent_at)


def unvoid(voided: Voided) -> None:
    """Undo of :func:`void_invoice`: refused when its work was billed on another invoice since."""
    with write():
        invoice = get_invoice(voided.invoice_id)
        if invoice.status != InvoiceStatus.VOID:
            raise DomainError(QT_TRANSLATE_NOOP("services", "Invoice {number} has changed since."),
                              number=invoice.number)
        data = invoice_data(invoice.id)
        contracts = {c.id: c for c in Contract.select().where(Contract.client == invoice.client_id)}
        for line in data.lines:  # still billable here, not on an invoice made since
            _check_line(line, contracts, invoice.currency, invoice.id)
        Invoice.update(status=voided.status, sent_at=voided.sent_at, voided_at=None, void_reason="").where(
            Invoice.id == invoice.id).execute()


# --- payments ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InvoicePaid:
    """What recording a payment did: the payments made (one per contract and milestone billed) and the
    milestones it marked paid, each with the status it had."""

    invoice_id: int
    payment_ids: tuple[int, ...]
    milestones: tuple[tuple[int, str, datetime | None], ...]


def _shares(total: int, weights: list[int]) -> list[int]:
    """``total`` split in proportion to ``weights`` (largest remainders), adding up exactly."""
    whole = sum(weights)
    if whole <= 0:
        return [total] + [0] * (len(weights) - 1)
    shares = [total * w // whole for w in weights]
    order = sorted(range(len(weights)), key=lambda i: -((total * weights[i]) % whole))
    for i in order[: total - sum(shares)]:
        shares[i] += 1
    return shares


def record_invoice_payment(invoice_id: int, received_on: date, gross_minor: int, fee_minor: int = 0,
                           rate: Decimal | None = Decimal(1), note: str = "",
                           now: datetime | None = None) -> InvoicePaid:
    """Money received for an invoice: a Payment for each contract (and milestone) it bills, in proportion
    to their lines, with its fee and the day's rate as every payment has; once nothing is due the
    milestones it bills are marked paid. All or nothing."""
    now = now or utc_now()
    with write():
        invoice = get_invoice(invoice_id)
        if invoice.status != InvoiceStatus.SENT:
            raise DomainError(
                QT_TRANSLATE_NOOP("services", "Mark invoice {number} sent before recording a payment for it.")
                if invoice.status == InvoiceStatus.DRAFT else
                QT_TRANSLATE_NOOP("services", "Invoice {number} is void."),
                number=invoice.number,
            )
        due = payable_minor(invoice) - paid_minor(invoice_id)
        if due <= 0:
            raise DomainError(QT_TRANSLATE_NOOP("services", "Invoice {number} is paid in full."), number=invoice.number)
        if gross_minor > due:
            raise ValidationError("gross", QT_TRANSLATE_NOOP("services", "That is more than the amount due."))
        groups: dict[tuple[int, int | None], int] = defaultdict(int)
        for line in InvoiceLine.select().where(InvoiceLine.invoice == invoice_id).order_by(InvoiceLine.position):
            groups[(line.contract_id, line.milestone_id)] += line.amount_minor
        keys = [key for key in groups if key[0] is not None]
        if not keys:
            raise DomainError(QT_TRANSLATE_NOOP("services", "This invoice bills no contract any more."))
        weights = [groups[key] for key in keys]
        kinds = dict(Contract.select(Contract.id, Contract.kind).where(Contract.id.in_([k[0] for k in keys])).tuples())
        periods = _billed_days(invoice_id)
        payment_ids = []
        for (contract_id, milestone_id), gross, fee in zip(keys, _shares(gross_minor, weights),
                                                           _shares(fee_minor, weights)):
            if gross <= 0:
                continue
            kind = (PaymentKind.MILESTONE if milestone_id is not None
                    else PaymentKind.HOURLY if kinds.get(contract_id) == ContractKind.HOURLY else PaymentKind.OTHER)
            first, last = periods.get(contract_id, (None, None)) if milestone_id is None else (None, None)
            payment = record_payment(
                PaymentData(contract_id=contract_id, milestone_id=milestone_id, received_on=received_on,
                            gross_minor=gross, fee_minor=min(fee, gross), currency=invoice.currency, rate=rate,
                            kind=kind, period_start=first, period_end=last, note=note or invoice.number),
                now=now,
            )
            InvoicePayment.create(invoice=invoice_id, payment=payment.id)
            payment_ids.append(payment.id)
        milestones = ()
        if gross_minor == due:  # paid in full: the milestones it bills are paid
            approved = list(Milestone.select().where(
                Milestone.id.in_([k[1] for k in keys if k[1] is not None])
                & (Milestone.status == MilestoneStatus.APPROVED)))
            milestones = tuple((m.id, m.status, m.paid_at) for m in approved)
            if approved:
                Milestone.update(status=MilestoneStatus.PAID, paid_at=now).where(
                    Milestone.id.in_([m.id for m in approved])).execute()
        return InvoicePaid(invoice_id, tuple(payment_ids), milestones)


def billed_days(where, per_invoice: bool = False) -> list[tuple[int, int, date, date]]:
    """(invoice, contract, first day, last day): the local days of the time billed on the lines ``where`` picks,
    per contract (and per invoice, with ``per_invoice``; else the invoice is 0)."""
    local_day = sql.entry_day(TimeEntry.start, TimeEntry.utc_offset_minutes)
    groups = (InvoiceLine.invoice, InvoiceLine.contract) if per_invoice else (InvoiceLine.contract,)
    query = (
        InvoicedTime.select(InvoiceLine.invoice if per_invoice else Value(0), InvoiceLine.contract,
                            fn.MIN(local_day), fn.MAX(local_day))
        .join(InvoiceLine, on=(InvoicedTime.line == InvoiceLine.id))
        .join(Invoice, on=(InvoiceLine.invoice == Invoice.id))
        .switch(InvoicedTime).join(TimeEntry, on=(InvoicedTime.time_entry == TimeEntry.id))
        .where(where & InvoiceLine.contract.is_null(False))
        .group_by(*groups)
    )
    return [(invoice, contract, date.fromisoformat(first), date.fromisoformat(last))
            for invoice, contract, first, last in query.tuples()]


def _billed_days(invoice_id: int) -> dict[int, tuple[date, date]]:
    """Per contract, the first and last local day of the time the invoice bills: the period its payment covers
    (so those hourly weeks read as paid, as a week's own payment makes them)."""
    return {contract: (first, last) for _, contract, first, last in billed_days(InvoiceLine.invoice == invoice_id)}


def undo_invoice_payment(paid: InvoicePaid) -> None:
    """Take a recorded payment back: its Payments deleted, the milestones it marked paid approved again."""
    with write():
        for milestone_id, status, paid_at in paid.milestones:
            Milestone.update(status=status, paid_at=paid_at).where(
                (Milestone.id == milestone_id) & (Milestone.status == MilestoneStatus.PAID)).execute()
        Payment.delete().where(Payment.id.in_(paid.payment_ids)).execute()  # their InvoicePayment rows go too


def marketplace_platforms(invoice_id: int | None = None, contract_ids: tuple[int, ...] = ()) -> list[str]:
    """The platforms (Upwork, Fiverr…) of the contracts billed: they bill the client themselves."""
    if invoice_id is not None:
        contract_ids = tuple(InvoiceLine.select(InvoiceLine.contract).where(
            (InvoiceLine.invoice == invoice_id) & InvoiceLine.contract.is_null(False)).distinct().scalars())
    return list(Platform.select(Platform.name).join(Contract, on=(Contract.platform == Platform.id))
                .where(Contract.id.in_(contract_ids)).distinct().order_by(Platform.name).scalars())
