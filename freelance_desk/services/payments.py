"""Payments received: gross, platform fee, net, and the home-currency value of that day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from freelance_desk.db.connection import db
from freelance_desk.db.models import Contract, Payment
from freelance_desk.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services import settings_store
from freelance_desk.services.common import utc_now
from freelance_desk.services.errors import ValidationError
from freelance_desk.services.money import check_currency, convert

PAYMENT_KINDS = ("milestone", "hourly", "bonus", "other")


@dataclass
class PaymentData:
    contract_id: int
    received_on: date
    gross_minor: int
    fee_minor: int
    currency: str
    rate: Decimal = Decimal(1)  # home-currency units per 1 unit of ``currency``
    milestone_id: int | None = None
    kind: str = "other"
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


def _validated(data: PaymentData, home: str) -> dict:
    currency = check_currency(data.currency)
    if Contract.get_or_none(Contract.id == data.contract_id) is None:
        raise ValidationError("contract", QT_TRANSLATE_NOOP("services", "Choose a contract."))
    if data.received_on is None:
        raise ValidationError("received_on", QT_TRANSLATE_NOOP("services", "Enter the date the money arrived."))
    if data.gross_minor <= 0:
        raise ValidationError("gross", QT_TRANSLATE_NOOP("services", "The amount received must be more than zero."))
    if data.fee_minor < 0:
        raise ValidationError("fee", QT_TRANSLATE_NOOP("services", "The fee cannot be negative."))
    if data.fee_minor > data.gross_minor:
        raise ValidationError("fee", QT_TRANSLATE_NOOP("services", "The fee cannot be more than the amount."))
    if data.kind not in PAYMENT_KINDS:
        raise ValidationError("kind", QT_TRANSLATE_NOOP("services", "Unknown kind of payment."))
    rate = Decimal(1) if currency == home else Decimal(data.rate)
    if not rate.is_finite() or rate <= 0:
        raise ValidationError("rate", QT_TRANSLATE_NOOP("services", "An exchange rate must be more than zero."))
    net = data.gross_minor - data.fee_minor
    gross_home = convert(data.gross_minor, currency, rate, home)
    net_home = convert(net, currency, rate, home)
    return dict(
        contract=data.contract_id,
        milestone=data.milestone_id,
        received_on=data.received_on,
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
        period_start=data.period_start,
        period_end=data.period_end,
        note=(data.note or "").strip(),
    )


def record_payment(data: PaymentData, now: datetime | None = None) -> Payment:
    """Record one payment. Call inside a larger transaction or on its own."""
    home = settings_store.home_currency()
    values = _validated(data, home)
    with db.atomic():
        return Payment.create(created_at=now or utc_now(), **values)


def update_payment(payment_id: int, data: PaymentData) -> Payment:
    with db.atomic():
        payment = Payment.get_by_id(payment_id)
        values = _validated(data, payment.home_currency)
        for key, value in values.items():
            setattr(payment, key, value)
        payment.save()
        return payment


def delete_payment(payment_id: int) -> dict:
    """Delete and return a snapshot for undo."""
    with db.atomic():
        snapshot = dict(Payment.select().where(Payment.id == payment_id).dicts().get())
        Payment.delete().where(Payment.id == payment_id).execute()
        return snapshot


def restore_payment(snapshot: dict) -> None:
    with db.atomic():
        Payment.insert(**snapshot).execute()
