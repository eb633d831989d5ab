"""Hours and net income by contract, client, month or day: the report an import is checked against.

Hours come from the day summary (``db/daily_time.py``): an entry counts for the local day it started
on, at the offset it was recorded with, and a running entry (no end yet) is not counted. Net income
is the payments' ``net_home_minor`` by the day each was received, in the same grouping; like every
income total (``services/money/income.py``) only payments recorded under the current home currency
are summed, and those recorded under an earlier one are counted in ``Report.left_out_payments``.
Everything is added up in SQL; a group with only time or only payments has its row too.

With a tax set-aside on, ``Report.tax`` holds the set-aside of each calendar month the range touches
(from the first to the last payment without one), each month whole and its year's exemption counted
from January (``services/money/tax.py``): a tax falls on a month's turnover, not on a few of its days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import fn

from freelance_desk.core.checks import check_date_order
from freelance_desk.db import sql
from freelance_desk.db.models import Client, Contract, DailyTime, Payment
from freelance_desk.services.money import tax as tax_rules
from freelance_desk.services.settings import store as settings_store

GROUPINGS = ("contract", "client", "month", "day")


@dataclass(frozen=True)
class ReportRow:
    """One group: the fields that name it are set (contract: client and contract; client: client;
    month: "YYYY-MM"; day: "YYYY-MM-DD"), the others are None."""

    seconds: int
    billable_seconds: int
    net_home_minor: int
    client: str | None = None
    contract: str | None = None
    month: str | None = None
    day: str | None = None


@dataclass(frozen=True)
class Report:
    by: str
    start: date | None
    end: date | None
    home_currency: str
    rows: tuple[ReportRow, ...]
    total_seconds: int
    billable_seconds: int
    net_home_minor: int
    left_out_payments: int = 0  # payments in the range recorded under another home currency
    tax: TaxMonths | None = None  # None when no tax is set aside


@dataclass(frozen=True)
class TaxMonths:
    """The tax set-aside of the whole calendar months a report's range touches."""

    plan: tax_rules.TaxPlan
    months: tuple[tax_rules.MonthTax, ...]

    @property
    def set_aside(self) -> int:
        return sum(m.set_aside for m in self.months)

    def of_month(self, month: str) -> int:
        return next((m.set_aside for m in self.months if m.month == month), 0)


def tax_months(home: str, start: date | None, end: date | None) -> TaxMonths | None:
    """The set-aside of the months from ``start``'s to ``end``'s (an open end: the first or last payment's)."""
    plan = settings_store.tax_plan(home)
    if plan is None:
        return None
    if start is None or end is None:
        first, last = (Payment.select(fn.MIN(Payment.received_on), fn.MAX(Payment.received_on))
                       .where(Payment.home_currency == home).tuples().get())
        if first is None:
            return TaxMonths(plan, ())
        start, end = start or date.fromisoformat(str(first)[:10]), end or date.fromisoformat(str(last)[:10])
    if end < start:
        return TaxMonths(plan, ())
    return TaxMonths(plan, tuple(tax_rules.whole_years(plan, start, end).values()))


def _in_range(column, start: date | None, end: date | None) -> list:
    """Conditions on an ISO day column (text "YYYY-MM-DD" compares as the date does)."""
    conditions = []
    if start is not None:
        conditions.append(column >= start.isoformat())
    if end is not None:
        conditions.append(column <= end.isoformat())
    return conditions


def _where(query, conditions: list):
    return query.where(*conditions) if conditions else query


def time_report(by: str, start: date | None = None, end: date | None = None) -> Report:
    """Seconds, billable seconds and net home-currency income per ``by`` group, days ``start`` to
    ``end`` inclusive (either open when None)."""
    if by not in GROUPINGS:
        raise ValueError(f"by must be one of {', '.join(GROUPINGS)}, not {by!r}")
    check_date_order(start, end, "end")
    home = settings_store.home_currency()

    if by == "contract":
        time_key, money_key = DailyTime.contract, Payment.contract
    elif by == "client":
        time_key, money_key = Contract.client, Contract.client
    elif by == "month":
        time_key, money_key = sql.month_text(DailyTime.day), sql.month_text(Payment.received_on).coerce(False)
    else:
        time_key, money_key = DailyTime.day, sql.day_text(Payment.received_on).coerce(False)  # text, not a date

    hours = DailyTime.select(time_key, fn.SUM(DailyTime.seconds), fn.SUM(DailyTime.billable_seconds))
    if by == "client":
        hours = hours.join(Contract, on=(DailyTime.contract == Contract.id))
    hours = (_where(hours, _in_range(DailyTime.day, start, end))
             .group_by(time_key).having(fn.SUM(DailyTime.seconds) != 0))

    days = _in_range(Payment.received_on, start, end)
    money = Payment.select(money_key, fn.SUM(Payment.net_home_minor))
    if by == "client":
        money = money.join(Contract, on=(Payment.contract == Contract.id))
    money = _where(money, [Payment.home_currency == home, *days]).group_by(money_key)
    left_out = _where(Payment.select(fn.COUNT(Payment.id)), [Payment.home_currency != home, *days]).scalar()

    groups: dict = {}
    for key, seconds, billable in hours.tuples():
        groups[key] = [int(seconds), int(billable or 0), 0]
    for key, net in money.tuples():
        groups.setdefault(key, [0, 0, 0])[2] = int(net or 0)

    rows = _rows(by, groups)
    return Report(
        by=by, start=start, end=end, home_currency=home, rows=tuple(rows),
        total_seconds=sum(r.seconds for r in rows), billable_seconds=sum(r.billable_seconds for r in rows),
        net_home_minor=sum(r.net_home_minor for r in rows), left_out_payments=int(left_out or 0),
        tax=tax_months(home, start, end),
    )


def _rows(by: str, groups: dict) -> list[ReportRow]:
    if by in ("month", "day"):
        return [ReportRow(*groups[key], **{by: key}) for key in sorted(groups)]
    if by == "contract":
        names = {
            contract_id: (client, title, client_id)
            for contract_id, title, client_id, client in Contract.select(
                Contract.id, Contract.title, Contract.client, Client.name
            ).join(Client, on=(Contract.client == Client.id)).where(Contract.id.in_(list(groups))).tuples()
        }
        order = sorted(groups, key=lambda k: (names[k][0].casefold(), names[k][2], names[k][1].casefold(), k))
        return [ReportRow(*groups[k], client=names[k][0], contract=names[k][1]) for k in order]
    names = dict(Client.select(Client.id, Client.name).where(Client.id.in_(list(groups))).tuples())
    order = sorted(groups, key=lambda k: (names[k].casefold(), k))
    return [ReportRow(*groups[k], client=names[k]) for k in order]
