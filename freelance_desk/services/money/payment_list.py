"""The payments list: filters, rows with client and contract names, and totals by currency and in the home currency."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from peewee import JOIN, fn

from freelance_desk.db.models import Client, Contract, Milestone, Payment
from freelance_desk.db.records import rows_of
from freelance_desk.services.settings import store as settings_store


@dataclass(frozen=True)
class PaymentFilter:
    start: date | None = None  # received on or after
    end: date | None = None  # received on or before
    client_id: int | None = None
    contract_id: int | None = None
    search: str = ""


@dataclass(frozen=True)
class PaymentRow:
    id: int
    received_on: date
    client_id: int
    client: str
    contract_id: int
    contract: str
    milestone_id: int | None
    milestone: str
    kind: str
    gross_minor: int
    fee_minor: int
    net_minor: int
    currency: str
    rate: Decimal
    home_currency: str
    gross_home_minor: int
    fee_home_minor: int
    net_home_minor: int
    period_start: date | None
    period_end: date | None
    note: str


@dataclass(frozen=True)
class PaymentTotals:
    count: int
    by_currency: dict[str, tuple[int, int, int]]  # currency → (gross, fee, net)
    home_currency: str
    gross_home_minor: int  # only payments recorded under the current home currency
    fee_home_minor: int
    net_home_minor: int
    other_home: dict[str, int]  # home currency they were recorded under → how many left out


def _filtered(query, flt: PaymentFilter):
    if flt.start is not None:
        query = query.where(Payment.received_on >= flt.start)
    if flt.end is not None:
        query = query.where(Payment.received_on <= flt.end)
    if flt.contract_id is not None:
        query = query.where(Payment.contract == flt.contract_id)
    if flt.client_id is not None:
        query = query.where(Contract.client == flt.client_id)
    text = flt.search.strip()
    if text:
        query = query.where(
            Client.name.contains(text) | Contract.title.contains(text) | Milestone.title.contains(text)
            | Payment.note.contains(text)
        )
    return query


def _joined(query):
    return (
        query.join(Contract, on=(Payment.contract == Contract.id))
        .join(Client, on=(Contract.client == Client.id))
        .join(Milestone, JOIN.LEFT_OUTER, on=(Payment.milestone == Milestone.id))
    )


def list_payments(flt: PaymentFilter = PaymentFilter()) -> list[PaymentRow]:
    """Payments matching ``flt``, newest first, with their client and contract names."""
    query = _joined(
        Payment.select(
            Payment.id,
            Payment.received_on,
            Client.id.alias("client_id"),
            Client.name.alias("client"),
            Payment.contract.alias("contract_id"),
            Contract.title.alias("contract"),
            Payment.milestone.alias("milestone_id"),
            fn.COALESCE(Milestone.title, "").alias("milestone"),
            Payment.kind,
            Payment.gross_minor,
            Payment.fee_minor,
            Payment.net_minor,
            Payment.currency,
            Payment.rate,
            Payment.home_currency,
            Payment.gross_home_minor,
            Payment.fee_home_minor,
            Payment.net_home_minor,
            Payment.period_start,
            Payment.period_end,
            Payment.note,
        )
    )
    return rows_of(PaymentRow, _filtered(query, flt).order_by(Payment.received_on.desc(), Payment.id.desc()))


def payment_totals(flt: PaymentFilter = PaymentFilter(), home: str | None = None) -> PaymentTotals:
    """Sums over the payments ``flt`` selects, per currency and in the home currency (SQL sums)."""
    home = home or settings_store.home_currency()
    rows = _filtered(
        _joined(
            Payment.select(
                Payment.currency,
                Payment.home_currency,
                fn.COUNT(Payment.id),
                fn.SUM(Payment.gross_minor),
                fn.SUM(Payment.fee_minor),
                fn.SUM(Payment.net_minor),
                fn.SUM(Payment.gross_home_minor),
                fn.SUM(Payment.fee_home_minor),
                fn.SUM(Payment.net_home_minor),
            )
        ),
        flt,
    ).group_by(Payment.currency, Payment.home_currency)
    count = 0
    by_currency: dict[str, tuple[int, int, int]] = {}
    home_sums = [0, 0, 0]
    other: dict[str, int] = {}
    for currency, row_home, n, gross, fee, net, gross_h, fee_h, net_h in rows.tuples():
        count += n
        g, f, t = by_currency.get(currency, (0, 0, 0))
        by_currency[currency] = (g + gross, f + fee, t + net)
        if row_home == home:
            home_sums = [home_sums[0] + gross_h, home_sums[1] + fee_h, home_sums[2] + net_h]
        else:
            other[row_home] = other.get(row_home, 0) + n
    return PaymentTotals(count, by_currency, home, *home_sums, other)
