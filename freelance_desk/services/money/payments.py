"""Payments received: gross, platform fee, net, and the home-currency value of that day."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from operator import le, sub

from freelance_desk.core import checks
from freelance_desk.core.checks import check_date_order, note_text, utc_now
from freelance_desk.core.errors import DomainError, ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import (
    MAX_MINOR,
    check_currency,
    check_rate,
    convert,
    fee_of,
    max_minor,
)
from freelance_desk.core.vocabulary import PaymentKind
from freelance_desk.db.connection import write
from freelance_desk.db.models import Contract, Milestone, Payment
from freelance_desk.db.records import assign, copy_into, get_or_missing
from freelance_desk.services.settings import store as settings_store
from freelance_desk.services.settings.dates import check_day

MAX_NOTE = 1000
TOO_LARGE = QT_TRANSLATE_NOOP("services", "That amount is implausibly large.")
_KINDS = frozenset(PaymentKind)


@dataclass
class PaymentData:
    contract_id: int
    received_on: date
    gross_minor: int
    fee_minor: int
    currency: str
    rate: Decimal | None = Decimal(1)  # home-currency units per 1 unit of ``currency`` (None: not given)
    milestone_id: int | None = None
    kind: str = PaymentKind.OTHER
    period_start: date | None = None
    period_end: date | None = None
    note: str = ""


def last_rate(currency: str, home: str | None = None) -> Decimal | None:
    """The rate used most recently for this currency pair: the form's prefill."""
    home = home or settings_store.home_currency()
    if currency == home:
        return Decimal(1)
    row = (
        Payment.select(Payment.rate)
        .where((Payment.currency == currency) & (Payment.home_currency == home))
        .order_by(Payment.received_on.desc(), Payment.id.desc())
        .first()
    )
    return row.rate if row else None


@dataclass(frozen=True, slots=True)
class PaymentTerms:
    """What payments of one contract, milestone, currency, kind and rate share: the contract, milestone and currency
    checked once (``payment_terms``), the kind and rate with the payments' amounts (``payment_amounts``)."""

    contract_id: int
    milestone_id: int | None
    currency: str
    kind: str
    rate: Decimal | None  # as given (None: none)
    home: str


def payment_terms(contract_id: int, currency: str, kind: str, rate: Decimal | None, home: str, *,
                  milestone_id: int | None = None, contract: Contract | None = None,
                  current: Payment | None = None) -> PaymentTerms:
    """The checks of a payment's contract, milestone and currency (``current``: the payment being changed, which
    may keep its own currency); its kind and rate are checked after its amounts, by ``payment_amounts``.
    ``contract``: the payment's, already read."""
    currency = check_currency(currency)
    if contract is None or contract.id != contract_id:
        contract = Contract.get_or_none(Contract.id == contract_id)
    if contract is None:
        raise ValidationError("contract", QT_TRANSLATE_NOOP("services", "Choose a contract."))
    # A payment is in its contract's currency (one recorded before the contract's currency changed keeps its own).
    kept = current.currency if current is not None and current.contract_id == contract.id else None
    if currency not in (contract.currency, kept):
        raise ValidationError(
            "currency", QT_TRANSLATE_NOOP("services", "This contract is paid in {expected}, not in {currency}."),
            expected=contract.currency, currency=currency,
        )
    if milestone_id is not None:
        milestone = Milestone.get_or_none(Milestone.id == milestone_id)
        if milestone is None or milestone.contract_id != contract.id:
            raise ValidationError(
                "milestone", QT_TRANSLATE_NOOP("services", "That milestone belongs to another contract.")
            )
    return PaymentTerms(contract.id, milestone_id, currency, kind, rate, home)


def _kind_and_rate(terms: PaymentTerms) -> Decimal:
    """The terms' kind and rate checked (after a payment's amounts, as a form's fields go): the rate to keep."""
    if terms.kind not in _KINDS:
        raise ValidationError("kind", QT_TRANSLATE_NOOP("services", "Unknown kind of payment."))
    currency, home = terms.currency, terms.home
    if currency != home and terms.rate is None:
        raise ValidationError(
            "rate",
            QT_TRANSLATE_NOOP("services", "Enter what 1 {currency} was worth in {home} that day."),
            currency=currency,
            home=home,
        )
    rate = Decimal(1) if currency == home else Decimal(terms.rate)
    if not rate.is_finite() or rate <= 0:
        raise ValidationError("rate", QT_TRANSLATE_NOOP("services", "An exchange rate must be more than zero."))
    return check_rate(rate)


@dataclass(slots=True)
class PaymentAmounts:
    """Payments on one ``PaymentTerms`` checked together by ``payment_amounts``: what each is stored with, by
    column (row ``i`` of every list is payment ``i``), and the first problem of each payment that has one."""

    received_on: list
    gross_minor: list[int]
    fee_minor: list[int]
    net_minor: list[int]
    gross_home_minor: list[int]
    fee_home_minor: list[int]
    net_home_minor: list[int]
    period_start: list
    period_end: list
    note: list[str]
    rate: Decimal  # the terms' rate checked (1 in the home currency)
    problems: dict[int, ValidationError]

    def values(self, terms: PaymentTerms, i: int) -> dict:
        """Payment ``i``'s values to store."""
        return dict(
            contract=terms.contract_id, milestone=terms.milestone_id, received_on=self.received_on[i],
            kind=terms.kind, gross_minor=self.gross_minor[i], fee_minor=self.fee_minor[i], net_minor=self.net_minor[i],
            currency=terms.currency, rate=self.rate, home_currency=terms.home,
            gross_home_minor=self.gross_home_minor[i], fee_home_minor=self.fee_home_minor[i],
            net_home_minor=self.net_home_minor[i], period_start=self.period_start[i], period_end=self.period_end[i],
            note=self.note[i],
        )


def payment_amounts(terms: PaymentTerms, received_on: Sequence, gross_minor: Sequence[int],
                    fee_minor: Sequence[int], notes: Sequence[str], today: date | None = None, *,
                    period_start: Sequence | None = None, period_end: Sequence | None = None,
                    earliest_year: int | None = None) -> PaymentAmounts:
    """Payments on ``terms`` (checked by ``payment_terms``), one or many at once (an import): each one's day,
    amounts and note checked, its home-currency figures worked out. Each check runs over a whole column in C
    and looks at payments one by one only when one of them fails it; a payment's first failed check (in the
    order below) is its problem. ``earliest_year``: the setting, already read. No periods: none."""
    count = len(received_on)
    problems: dict[int, ValidationError] = {}

    def refuse(rows, field: str, message: str, **args) -> None:
        for i in rows:
            if i not in problems:
                problems[i] = ValidationError(field, message, **args)

    def days(column: Sequence | None, field: str) -> list:
        if column is None:
            return [None] * count
        read = {}
        for value in set(column):
            if value is None:
                read[value] = None
                continue
            try:
                read[value] = day(value, field, today)
            except ValidationError as error:
                read[value] = error
        out = list(map(read.__getitem__, column))
        if any(isinstance(value, ValidationError) for value in read.values()):
            for i, value in enumerate(out):
                if isinstance(value, ValidationError):
                    problems.setdefault(i, value)
                    out[i] = None
        return out

    day = check_day if earliest_year is None else (
        lambda value, field, today: checks.check_day(value, field, today or utc_now().date(), earliest_year))
    if None in received_on:
        refuse((i for i, value in enumerate(received_on) if value is None), "received_on",
               QT_TRANSLATE_NOOP("services", "Enter the date the money arrived."))
    received = days(received_on, "received_on")
    starts, ends = days(period_start, "period_start"), days(period_end, "period_end")
    if period_start is not None and period_end is not None:
        for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
            try:
                check_date_order(start, end, "period_end")
            except ValidationError as error:
                problems.setdefault(i, error)
    currency, home = terms.currency, terms.home
    gross, fee = list(gross_minor), list(fee_minor)
    if count and min(gross) <= 0:
        refuse((i for i, g in enumerate(gross) if g <= 0), "gross",
               QT_TRANSLATE_NOOP("services", "The amount received must be more than zero."))
    most = max_minor(currency)
    if count and max(gross) > most:
        refuse((i for i, g in enumerate(gross) if g > most), "gross", TOO_LARGE)
    if count and min(fee) < 0:
        refuse((i for i, f in enumerate(fee) if f < 0), "fee", QT_TRANSLATE_NOOP("services", "The fee cannot be negative."))
    if not all(map(le, fee, gross)):
        refuse((i for i, (f, g) in enumerate(zip(fee, gross)) if f > g), "fee",
               QT_TRANSLATE_NOOP("services", "The fee cannot be more than the amount."))
    net = list(map(sub, gross, fee))
    try:
        rate = _kind_and_rate(terms)
    except ValidationError as error:  # every payment of these terms: after its own first problem, if any
        rate = Decimal(1)
        for i in range(count):
            problems.setdefault(i, error)
    if currency == home:
        gross_home, net_home = gross, net
    else:
        gross_home = [convert(g, currency, rate, home) for g in gross]
        net_home = [convert(n, currency, rate, home) for n in net]
    if count and max(gross_home) > MAX_MINOR:
        refuse((i for i, g in enumerate(gross_home) if g > MAX_MINOR), "gross", QT_TRANSLATE_NOOP(
            "services", "At this rate the amount is implausibly large in {home}; check the amount and the rate."),
            home=home)
    kept_notes = []
    for i, text in enumerate(notes):
        try:
            kept_notes.append(note_text(text, "note", MAX_NOTE))
        except ValidationError as error:
            problems.setdefault(i, error)
            kept_notes.append("")
    return PaymentAmounts(
        received, gross, fee, net, gross_home,
        list(map(sub, gross_home, net_home)),  # so gross = fee + net holds in home units too
        net_home, starts, ends, kept_notes, rate, dict(sorted(problems.items())))


def _validated(data: PaymentData, home: str, today: date | None = None, current: Payment | None = None) -> dict:
    """The payment's values to store. ``current``: the payment being changed (it may keep its own currency)."""
    terms = payment_terms(data.contract_id, data.currency, data.kind, data.rate, home,
                          milestone_id=data.milestone_id, current=current)
    amounts = payment_amounts(terms, [data.received_on], [data.gross_minor], [data.fee_minor], [data.note], today,
                              period_start=[data.period_start], period_end=[data.period_end])
    if amounts.problems:
        raise amounts.problems[0]
    return amounts.values(terms, 0)


def record_payment(data: PaymentData, now: datetime | None = None) -> Payment:
    """Record one payment. Call inside a larger transaction or on its own."""
    home = settings_store.home_currency()
    values = _validated(data, home, now.date() if now else None)
    with write():
        return Payment.create(created_at=now or utc_now(), **values)


def update_payment(payment_id: int, data: PaymentData, today: date | None = None) -> Payment:
    with write():
        payment = get_payment(payment_id)
        return assign(payment, _validated(data, payment.home_currency, today, payment))


def delete_payment(payment_id: int) -> dict:
    """Delete and return a snapshot for undo."""
    with write():
        snapshot = dict(Payment.select().where(Payment.id == payment_id).dicts().get())
        Payment.delete().where(Payment.id == payment_id).execute()
        return snapshot


def restore_payment(snapshot: dict) -> None:
    with write():
        Payment.insert(**snapshot).execute()


def get_payment(payment_id: int) -> Payment:
    return get_or_missing(Payment, payment_id, QT_TRANSLATE_NOOP("services", "That payment no longer exists."))


def payment_data(payment: Payment) -> PaymentData:
    return copy_into(PaymentData, payment)


def proposed_fee(contract_id: int, gross_minor: int) -> int:
    """The platform fee the contract's fee rate takes from ``gross_minor``."""
    fee_bps = Contract.select(Contract.fee_bps).where(Contract.id == contract_id).scalar() or 0
    return fee_of(gross_minor, fee_bps)


def delete_listed_payment(payment_id: int) -> dict:
    """Delete from the payments list: a milestone's payment is changed with its milestone instead."""
    with write():
        payment = get_payment(payment_id)
        if payment.milestone_id is not None:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "services",
                    "This payment was recorded by marking the milestone “{title}” paid. Edit it here, "
                    "or change the milestone on the Milestones page.",
                ),
                title=payment.milestone.title,
            )
        return delete_payment(payment_id)
