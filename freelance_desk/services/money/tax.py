"""Tax set-aside: the share of each month's turnover to put aside for tax (no Qt).

The rule, one for the preset and a rate of the user's own (:class:`TaxPlan`):

* **Turnover** is the gross home-currency value of the payments received (``Payment.gross_home_minor``
  by ``received_on``), platform fees not taken off: what a turnover tax is levied on. Like every
  income total (``income.py``) only payments recorded under the current home currency count.
* It is added up **per calendar month**, and cumulated per calendar year: the year's exempt turnover
  covers the first turnover of the year, month after month, until it is used up; it starts afresh
  on 1 January.
* A month's set-aside is ``rate × (the part of the month's turnover the exemption no longer covers)``,
  in exact integers: ``taxable × rate_bps // 10 000``, **rounded down** to the home currency's minor unit
  (whole rupiah for IDR, which this app keeps without decimals, as Indonesian tax is paid). Each month
  is rounded on its own, as each month's final tax is paid on its own; a year's figure is the sum of
  its months.

The preset **PP 55/2022** (Indonesia's final income tax on an individual's gross turnover, *PPh Final*)
is 0.5 % (50 basis points) with the first Rp500,000,000 of each year's turnover exempt; it is for
turnover counted in rupiah, so it is refused while the home currency is not IDR (:func:`check_plan`).

Turnover is added up in SQL, one grouped query (:func:`turnover`), or taken from the income page's
grouped rows; the months are then walked in memory (a dozen a year).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from peewee import fn

from freelance_desk.core.calendar import month_of
from freelance_desk.core.errors import ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import max_minor
from freelance_desk.core.vocabulary import TaxScheme
from freelance_desk.db import sql
from freelance_desk.db.models import Payment

BPS = 10_000  # basis points in a whole
PP55_RATE_BPS = 50  # 0.5 %
PP55_EXEMPT_MINOR = 500_000_000  # Rp500 juta a calendar year (IDR has no minor digits here)
PP55_CURRENCY = "IDR"

TAX_RATE_RANGE = QT_TRANSLATE_NOOP("services", "A tax rate is between 0% and 100%.")


@dataclass(frozen=True)
class TaxPlan:
    """What is put aside: ``rate_bps`` of the turnover above ``exempt_minor`` a calendar year."""

    scheme: TaxScheme  # PP55 or CUSTOM (no plan when off)
    rate_bps: int
    exempt_minor: int  # home-currency minor units per calendar year
    currency: str  # the home currency


@dataclass(frozen=True)
class MonthTax:
    month: str  # "YYYY-MM"
    turnover: int  # gross received, home minor units
    exempt_used: int  # the part of it the year's exemption covered
    set_aside: int  # rate × (turnover − exempt_used), rounded down
    exempt_left: int  # of the year's exemption, after this month

    @property
    def taxable(self) -> int:
        return self.turnover - self.exempt_used


@dataclass(frozen=True)
class YearTax:
    """A calendar year's months from January to ``months[-1]``."""

    year: int
    plan: TaxPlan
    months: tuple[MonthTax, ...]

    @property
    def set_aside(self) -> int:
        return sum(m.set_aside for m in self.months)

    @property
    def turnover(self) -> int:
        return sum(m.turnover for m in self.months)

    @property
    def exempt_left(self) -> int:
        return self.months[-1].exempt_left if self.months else self.plan.exempt_minor

    @property
    def last_month(self) -> MonthTax:
        return self.months[-1]


def plan_of(scheme: TaxScheme, rate_bps: int | None, exempt_minor: int, home: str) -> TaxPlan | None:
    """The plan the settings describe; None when the set-aside is off, when the custom rate was never
    set, or when the preset meets a home currency other than rupiah (its figures mean nothing there)."""
    if scheme == TaxScheme.PP55:
        return TaxPlan(scheme, PP55_RATE_BPS, PP55_EXEMPT_MINOR, home) if home == PP55_CURRENCY else None
    if scheme == TaxScheme.CUSTOM and rate_bps:
        return TaxPlan(scheme, rate_bps, exempt_minor, home)
    return None


def check_plan(scheme: str, rate_bps: int | None, exempt_minor: int | None, home: str) -> TaxScheme:
    """The choice the Settings dialog saves, checked at its fields (``tax_scheme``, ``tax_rate``, ``tax_exempt``)."""
    if scheme not in tuple(TaxScheme):
        raise ValidationError("tax_scheme", QT_TRANSLATE_NOOP("services", "Unknown way of setting tax aside."))
    scheme = TaxScheme(scheme)
    if scheme == TaxScheme.PP55 and home != PP55_CURRENCY:
        raise ValidationError(
            "tax_scheme",
            QT_TRANSLATE_NOOP(
                "services",
                "PP 55/2022 is a tax on turnover in rupiah, and your home currency is {home}: set the home "
                "currency to IDR, or use your own rate.",
            ),
            home=home,
        )
    if scheme == TaxScheme.CUSTOM:
        if not rate_bps:
            raise ValidationError(
                "tax_rate", QT_TRANSLATE_NOOP("services", "Enter the share of income to set aside, such as 10%."))
        if not 0 < rate_bps <= BPS:
            raise ValidationError("tax_rate", TAX_RATE_RANGE)
        if exempt_minor is not None and not 0 <= exempt_minor <= max_minor(home):
            raise ValidationError("tax_exempt", QT_TRANSLATE_NOOP("services", "That amount is implausibly large."))
    return scheme


def month_tax(plan: TaxPlan, month: str, turnover: int, exempt_left: int) -> MonthTax:
    """One month: the exemption still left this year covers what it can, the rate falls on the rest."""
    turnover = max(turnover, 0)
    covered = min(turnover, exempt_left)
    taxable = turnover - covered
    return MonthTax(month, turnover, covered, taxable * plan.rate_bps // BPS, exempt_left - covered)


def year_months(plan: TaxPlan, year: int, turnover: Mapping[str, int], last: int = 12) -> tuple[MonthTax, ...]:
    """January to month ``last`` of ``year``, the exemption carried from month to month."""
    left, months = plan.exempt_minor, []
    for number in range(1, last + 1):
        key = f"{year:04d}-{number:02d}"
        month = month_tax(plan, key, turnover.get(key, 0), left)
        left = month.exempt_left
        months.append(month)
    return tuple(months)


def set_aside_by_month(plan: TaxPlan, turnover: Mapping[str, int], months: Iterable[str]) -> dict[str, MonthTax]:
    """Each of ``months`` ("YYYY-MM"), its year's exemption used by that year's earlier months;
    ``turnover`` must hold every month of those years up to them (a missing month had none)."""
    wanted = list(months)
    found: dict[str, MonthTax] = {}
    for year in sorted({int(m[:4]) for m in wanted}):
        for month in year_months(plan, year, turnover):
            found[month.month] = month
    return {m: found[m] for m in wanted}


def turnover(home: str, first: date, last: date) -> dict[str, int]:
    """Gross home-currency value received per month ("YYYY-MM") from ``first`` to ``last``, one grouped query."""
    month = sql.month_text(Payment.received_on)
    return {
        key: int(gross or 0)
        for key, gross in Payment.select(month, fn.SUM(Payment.gross_home_minor))
        .where(Payment.received_on.between(first, last) & (Payment.home_currency == home))
        .group_by(month)
        .tuples()
    }


def year_to_date(plan: TaxPlan, today: date) -> YearTax:
    """This calendar year's months up to today's, from the payments received by today (one query)."""
    received = turnover(plan.currency, date(today.year, 1, 1), today)
    return YearTax(today.year, plan, year_months(plan, today.year, received, today.month))


def whole_years(plan: TaxPlan, first: date, last: date) -> dict[str, MonthTax]:
    """Every month of the calendar months ``first`` to ``last``, each whole, the exemption counted from the
    January before ``first`` (one query); for a report over a range of days."""
    received = turnover(plan.currency, date(first.year, 1, 1), date(last.year, 12, 31))
    months = [month_of(date(y, m, 1)) for y in range(first.year, last.year + 1) for m in range(1, 13)]
    return {k: v for k, v in set_aside_by_month(plan, received, months).items()
            if month_of(first) <= k <= month_of(last)}
