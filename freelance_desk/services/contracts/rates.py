"""Effective hourly rates: what an hour of work really earned, per contract and across the last two years.

A contract's effective rate is the net home-currency income received on it ÷ the hours tracked on it
(from ``daily_time``); a contract without tracked hours has none. The trend is per calendar quarter of
the last two years (:data:`QUARTERS`, this one included): the net received that quarter on contracts
with tracked hours ÷ the hours tracked that quarter, over all of the freelancer's contracts (or one
client's); a quarter without hours has none. All in the home currency, payments recorded under
another home currency left out, as the Income page does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import fn

from freelance_desk.db import sql
from freelance_desk.db.models import Contract, DailyTime, Payment
from freelance_desk.services.money.income import hourly_rate
from freelance_desk.services.settings import store as settings_store

QUARTERS = 8


@dataclass(frozen=True)
class Rate:
    net_home: int
    seconds: int

    @property
    def per_hour(self) -> int | None:
        return hourly_rate(self.net_home, self.seconds)


@dataclass(frozen=True)
class QuarterRate(Rate):
    year: int
    quarter: int  # 1–4


def contract_rates(client_id: int | None = None, contract_id: int | None = None) -> dict[int, Rate]:
    """Contract id → its net and hours, for the contracts with tracked hours (two grouped queries)."""
    home = settings_store.home_currency()
    hours = DailyTime.select(DailyTime.contract, fn.SUM(DailyTime.seconds)).group_by(DailyTime.contract)
    paid = Payment.select(Payment.contract, fn.SUM(Payment.net_home_minor)).where(Payment.home_currency == home)
    if client_id is not None:
        mine = Contract.select(Contract.id).where(Contract.client == client_id)
        hours = hours.where(DailyTime.contract.in_(mine))
        paid = paid.where(Payment.contract.in_(mine))
    if contract_id is not None:
        hours = hours.where(DailyTime.contract == contract_id)
        paid = paid.where(Payment.contract == contract_id)
    seconds = {cid: s for cid, s in hours.tuples() if s}
    net = dict(paid.group_by(Payment.contract).tuples())
    return {cid: Rate(net.get(cid) or 0, s) for cid, s in seconds.items()}


def overall(rates: dict[int, Rate]) -> Rate | None:
    """The contracts' rates taken together (net ÷ hours of them all); None without hours."""
    if not rates:
        return None
    return Rate(sum(r.net_home for r in rates.values()), sum(r.seconds for r in rates.values()))


def _quarters(today: date) -> list[tuple[int, int]]:
    y, q = today.year, (today.month - 1) // 3 + 1
    found = []
    for _ in range(QUARTERS):
        found.append((y, q))
        y, q = (y - 1, 4) if q == 1 else (y, q - 1)
    return found[::-1]


def _quarter(day_column):
    """"2026-02-03" → "2026-1"."""
    return sql.quarter_text(day_column)


def rate_trend(today: date, client_id: int | None = None) -> list[QuarterRate]:
    """The effective rate of each quarter of the last two years, oldest first."""
    quarters = _quarters(today)
    first = date(quarters[0][0], (quarters[0][1] - 1) * 3 + 1, 1)
    home = settings_store.home_currency()
    tracked = DailyTime.select(DailyTime.contract).distinct()
    if client_id is not None:
        tracked = tracked.where(DailyTime.contract.in_(Contract.select(Contract.id).where(Contract.client == client_id)))
    hours_q, pay_q = _quarter(DailyTime.day), _quarter(Payment.received_on)
    seconds = dict(DailyTime.select(hours_q, fn.SUM(DailyTime.seconds))
                   .where((DailyTime.day >= first) & DailyTime.contract.in_(tracked)).group_by(hours_q).tuples())
    net = dict(Payment.select(pay_q, fn.SUM(Payment.net_home_minor))
               .where((Payment.received_on >= first) & (Payment.home_currency == home)
                      & Payment.contract.in_(tracked)).group_by(pay_q).tuples())
    return [QuarterRate(net_home=net.get(f"{y}-{q}") or 0, seconds=seconds.get(f"{y}-{q}") or 0, year=y, quarter=q)
            for y, q in quarters]


def trend_change_bps(trend: list[QuarterRate]) -> int | None:
    """The last quarter with a rate against the first with one, in basis points (+1500 = 15 % more)."""
    rated = [q.per_hour for q in trend if q.per_hour]
    if len(rated) < 2:
        return None
    return (rated[-1] - rated[0]) * 10000 // rated[0]
