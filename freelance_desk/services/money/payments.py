"""Payments received: gross, platform fee, net, and the home-currency value of that day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

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


def _validated(data: PaymentData, home: str, today: date | None = None, current: Payment | None = None,
               contract: Contract | None = None, earliest_year: int | None = None) -> dict:
    """The payment's values to store. ``current``: the payment being changed (it may keep its own currency).

    ``contract`` (the payment's, already read) and ``earliest_year`` (the setting, already read) spare the
    queries when many payments are checked at once (an import).
    """
    currency = check_currency(data.currency)
    if contract is None or contract.id != data.contract_id:
        contract = Contract.get_or_none(Contract.id == data.contract_id)
    if contract is None:
        raise ValidationError("contract", QT_TRANSLATE_NOOP("services", "Choose a contract."))
    # A payment is in its contract's currency (one recorded before the contract's currency changed keeps its own).
    kept = current.currency if current is not None and current.contract_id == contract.id else None
    if currency not in (contract.currency, kept):
        raise ValidationError(
            "currency", QT_TRANSLATE_NOOP("services", "This contract is paid in {expected}, not in {currency}."),
            expected=contract.currency, currency=currency,
        )
    if data.milestone_id is not None:
        milestone = Milestone.get_or_none(Milestone.id == data.milestone_id)
        if milestone is None or milestone.contract_id != contract.id:
            raise ValidationError(
                "milestone", QT_TRANSLATE_NOOP("services", "That milestone belongs to another contract.")
            )
    if data.received_on is None:
        raise ValidationError("received_on", QT_TRANSLATE_NOOP("services", "Enter the date the money arrived."))
    day = check_day if earliest_year is None else (
        lambda value, field, today: checks.check_day(value, field, today or utc_now().date(), earliest_year))
    received_on = day(data.received_on, "received_on", today)
    period_start = day(data.period_start, "period_start", today)
    period_end = day(data.period_end, "period_end", today)
    check_date_order(period_start, period_end, "period_end")
    if data.gross_minor <= 0:
        raise ValidationError("gross", QT_TRANSLATE_NOOP("services", "The amount received must be more than zero."))
    if data.gross_minor > max_minor(currency):
        raise ValidationError("gross", TOO_LARGE)
    if data.fee_minor < 0:
        raise ValidationError("fee", QT_TRANSLATE_NOOP("services", "The fee cannot be negative."))
    if data.fee_minor > data.gross_minor:
        raise ValidationError("fee", QT_TRANSLATE_NOOP("services", "The fee cannot be more than the amount."))
    if data.kind not in _KINDS:
        raise ValidationError("kind", QT_TRANSLATE_NOOP("services", "Unknown kind of payment."))
    if currency != home and data.rate is None:
        raise ValidationError(
            "rate",
            QT_TRANSLATE_NOOP("services", "Enter what 1 {currency} was worth in {home} that day."),
            currency=currency,
            home=home,
        )
    rate = Decimal(1) if currency == home else Decimal(data.rate)
    if not rate.is_finite() or rate <= 0:
        raise ValidationError("rate", QT_TRANSLATE_NOOP("services", "An exchange rate must be more than zero."))
    check_rate(rate)
    net = data.gross_minor - data.fee_minor
    gross_home = convert(data.gross_minor, currency, rate, home)
    if gross_home > MAX_MINOR:
        raise ValidationError(
            "gross",
            QT_TRANSLATE_NOOP(
                "services", "At this rate the amount is implausibly large in {home}; check the amount and the rate."
            ),
            home=home,
        )
    net_home = convert(net, currency, rate, home)
    return dict(
        contract=data.contract_id,
        milestone=data.milestone_id,
        received_on=received_on,
        kind=data.kind,
        gross_minor=data.gross_minor,
        fee_minor=data.fee_minor,
        net_minor=net,
        currency=currency,
        rate=rate,
        home_currency=home,
        gross_home_minor=gross_home,
        fee_home_minor=gross_home - net_home,  # so gross = fee + net holds in home units too
        net_home_minor=net_home,
        period_start=period_start,
        period_end=period_end,
        note=note_text(data.note, "note", MAX_NOTE),
    )


def payment_values(data: PaymentData, today: date | None = None, *, home: str | None = None,
                   contract: Contract | None = None, earliest_year: int | None = None) -> dict:
    """The values a payment is stored with (home-currency figures included), checked; nothing written.
    Many at once (an import): give the home currency, the contract and the earliest year read once."""
    return _validated(data, home or settings_store.home_currency(), today, contract=contract,
                      earliest_year=earliest_year)


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
