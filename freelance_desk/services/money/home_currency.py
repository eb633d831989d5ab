"""Changing the home currency without rewriting history behind the user's back.

Each payment keeps the home currency and rate it was recorded with, so a later rate
never changes past income. When the home currency itself changes, income totals
count only payments recorded under the current home currency and say how many were
left out (see :func:`freelance_desk.services.money.income.load_income`). The settings dialog
can instead ask for one rate per old home currency and convert those payments once,
with that rate, at the moment of the change: :func:`change_home_currency`.
"""

from __future__ import annotations

from decimal import Decimal

from peewee import fn

from freelance_desk.core.errors import ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import MAX_MINOR, check_currency, check_rate, convert
from freelance_desk.db.connection import write
from freelance_desk.db.models import Payment
from freelance_desk.services.settings import store as settings_store


def recorded_home_currencies() -> dict[str, int]:
    """How many payments were recorded under each home currency."""
    return dict(
        Payment.select(Payment.home_currency, fn.COUNT(Payment.id)).group_by(Payment.home_currency).tuples()
    )


def payments_not_in_home(home: str | None = None) -> dict[str, int]:
    """Payments recorded under another home currency (left out of home-currency totals)."""
    home = home or settings_store.home_currency()
    return {code: n for code, n in recorded_home_currencies().items() if code != home}


def change_home_currency(new_home: str, rates: dict[str, Decimal] | None = None) -> int:
    """Set the home currency; convert payments of the old home currencies given a rate.

    ``rates`` maps an old home currency to how many ``new_home`` units one unit of it
    is worth. Payments under an old home currency without a rate keep their amounts
    and are left out of totals (and counted) until converted. Returns how many
    payments were converted.
    """
    new_home = check_currency(new_home, "home_currency")
    rates = rates or {}
    converted = 0
    with write():
        for old, factor in rates.items():
            old = check_currency(old, "home_currency")
            factor = Decimal(factor)
            if old == new_home:
                continue
            if not factor.is_finite() or factor <= 0:
                raise ValidationError("rate", QT_TRANSLATE_NOOP("services", "An exchange rate must be more than zero."))
            check_rate(factor)
            for p in Payment.select().where(Payment.home_currency == old):
                rate = Decimal(1) if p.currency == new_home else p.rate * factor
                gross = convert(p.gross_minor, p.currency, rate, new_home)
                if gross > MAX_MINOR:  # all or nothing: the transaction takes the converted ones back
                    raise ValidationError(
                        "rate",
                        QT_TRANSLATE_NOOP(
                            "services",
                            "At this rate the amount is implausibly large in {home}; check the amount and the rate.",
                        ),
                        home=new_home,
                    )
                net = convert(p.net_minor, p.currency, rate, new_home)
                Payment.update(
                    rate=rate,
                    home_currency=new_home,
                    gross_home_minor=gross,
                    fee_home_minor=gross - net,
                    net_home_minor=net,
                ).where(Payment.id == p.id).execute()
                converted += 1
        settings_store.set_home_currency(new_home)
    return converted
