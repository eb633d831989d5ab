"""Income by month in the home currency, hours, effective rate and what is expected.

:func:`load_income` runs a handful of GROUP BY queries (payments by month and contract,
hours from the ``daily_time`` summary, funded milestones by due month) and returns the
small aggregated rows. Everything a page shows for a year or a rolling window, stacked by
client or platform, is then derived from those rows in memory (:func:`monthly_view`,
:func:`contract_view`, :func:`breakdown`), so switching views costs no query.

Only payments recorded under the current home currency are summed; payments recorded
under an earlier home currency are counted in ``IncomeData.left_out`` so a page can
say so (see :mod:`freelance_desk.services.money.home_currency`).

With a tax set-aside on (``IncomeData.tax``), each month's set-aside is worked out from the same
grouped rows' gross (:mod:`freelance_desk.services.money.tax`): no query more.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from peewee import JOIN, SQL, Case, fn

from freelance_desk.core.calendar import add_months, month_bounds, month_of
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import convert
from freelance_desk.core.vocabulary import FUNDED_MILESTONE_STATUSES
from freelance_desk.db import sql
from freelance_desk.db.models import (
    Client,
    Contract,
    DailyTime,
    Milestone,
    Payment,
    Platform,
)
from freelance_desk.services.clients import returning
from freelance_desk.services.clients.listing import DIRECT
from freelance_desk.services.money import tax as tax_rules
from freelance_desk.services.money.payments import last_rate
from freelance_desk.services.settings import store as settings_store

BY_CLIENT = "client"
BY_PLATFORM = "platform"
MAX_SERIES = 6  # more stacks than this and the smallest merge into "Other"
FORECAST_AHEAD = 3  # months of expected income after the current one in rolling views
OTHER_CLIENTS = QT_TRANSLATE_NOOP("services", "Other clients")
OTHER_PLATFORMS = QT_TRANSLATE_NOOP("services", "Other platforms")
NO_PLATFORM = DIRECT  # work without a platform stacks as "Direct"


@dataclass(frozen=True)
class ContractInfo:
    id: int
    title: str
    client_id: int
    client: str
    platform: str | None
    currency: str
    kind: str


@dataclass(frozen=True)
class MonthAmount:
    month: str  # "YYYY-MM"
    contract_id: int
    gross: int  # home minor units
    fee: int
    net: int
    payments: int


@dataclass(frozen=True)
class MonthHours:
    month: str
    contract_id: int
    seconds: int
    billable_seconds: int


@dataclass(frozen=True)
class Expected:
    """Funded, unfinished milestones due in ``month`` (overdue or undated ones: the current month)."""

    month: str
    contract_id: int
    currency: str
    gross: int  # contract currency
    net: int  # after the contract's fee
    milestones: int
    net_home: int | None  # at the last rate used; None when no rate is known


@dataclass
class IncomeData:
    home: str
    today: date
    contracts: dict[int, ContractInfo]
    income: list[MonthAmount]
    hours: list[MonthHours]
    expected: list[Expected]
    left_out: dict[str, int]  # payments recorded under another home currency → count
    tax: tax_rules.TaxPlan | None = None  # what is set aside for tax; None when nothing is
    repeat: frozenset[int] = frozenset()  # contracts not their client's first: income from returning clients

    @property
    def current_month(self) -> str:
        return month_of(self.today)

    def turnover(self) -> dict[str, int]:
        """Gross received per month ("YYYY-MM"), home minor units: what a tax on turnover falls on."""
        months: dict[str, int] = defaultdict(int)
        for row in self.income:
            months[row.month] += row.gross
        return dict(months)

    def tax_year(self, year: int) -> tax_rules.YearTax | None:
        """The set-aside of each month of ``year`` and what is left of its exemption; None when off."""
        if self.tax is None:
            return None
        return tax_rules.YearTax(year, self.tax, tax_rules.year_months(self.tax, year, self.turnover()))

    def years(self) -> list[int]:
        """Years with income or hours, newest first (always includes this year)."""
        found = {int(r.month[:4]) for r in self.income} | {int(r.month[:4]) for r in self.hours}
        found.add(self.today.year)
        return sorted(found, reverse=True)


def range_months(choice: str, today: date) -> list[str]:
    """"year:2025" → Jan–Dec 2025; "last:12" → the 12 months up to this one, plus the forecast months."""
    kind, _, arg = choice.partition(":")
    if kind == "year":
        return [f"{int(arg):04d}-{m:02d}" for m in range(1, 13)]
    n = int(arg)
    current = month_of(today)
    return [add_months(current, k) for k in range(-(n - 1), FORECAST_AHEAD + 1)]


def view_months(data: IncomeData, choice: str) -> list[str]:
    """The months a view shows: a calendar year, or a rolling window plus the months expected income is due."""
    months = range_months(choice, data.today)
    if choice.startswith("year:"):
        return months
    due = {e.month for e in data.expected}
    while len(months) > 1 and months[-1] > data.current_month and months[-1] not in due:
        months.pop()
    return months


def _month(column):
    return sql.month_text(column)


def load_income(today: date, home: str | None = None) -> IncomeData:
    """All aggregated rows the income views need, in a few GROUP BY queries."""
    home = home or settings_store.home_currency()
    contracts = {
        c.id: ContractInfo(c.id, c.title, c.client_id, c.client_name, c.platform_name, c.currency, c.kind)
        for c in Contract.select(
            Contract.id, Contract.title, Contract.client, Contract.currency, Contract.kind,
            Client.name.alias("client_name"), Platform.name.alias("platform_name"),
        )
        .join(Client, on=(Contract.client == Client.id))
        .switch(Contract)
        .join(Platform, JOIN.LEFT_OUTER, on=(Contract.platform == Platform.id))
        .objects()
    }
    month = _month(Payment.received_on)
    income = [
        MonthAmount(*row)
        for row in Payment.select(
            month, Payment.contract, fn.SUM(Payment.gross_home_minor), fn.SUM(Payment.fee_home_minor),
            fn.SUM(Payment.net_home_minor), fn.COUNT(Payment.id),
        )
        .where(Payment.home_currency == home)
        .group_by(month, Payment.contract)
        .tuples()
    ]
    left_out = dict(
        Payment.select(Payment.home_currency, fn.COUNT(Payment.id))
        .where(Payment.home_currency != home)
        .group_by(Payment.home_currency)
        .tuples()
    )
    day_month = _month(DailyTime.day)
    hours = [
        MonthHours(*row)
        for row in DailyTime.select(
            day_month, DailyTime.contract, fn.SUM(DailyTime.seconds), fn.SUM(DailyTime.billable_seconds)
        )
        .group_by(day_month, DailyTime.contract)
        .having(fn.SUM(DailyTime.seconds) != 0)
        .tuples()
    ]
    return IncomeData(home, today, contracts, income, hours, _expected(today, home), left_out,
                      settings_store.tax_plan(home), returning.repeat_contracts())


def _expected(today: date, home: str) -> list[Expected]:
    current = month_of(today)
    first_of_month = month_bounds(current)[0].isoformat()
    bucket = Case(
        None,
        [((Milestone.due_date.is_null()) | (Milestone.due_date < first_of_month), current)],
        _month(Milestone.due_date),
    )
    # The fee is rounded half up per milestone, as fee_of() does when it is paid.
    fee = (Milestone.amount_minor * Contract.fee_bps + 5000) / SQL("10000")
    rows = (
        Milestone.select(
            bucket, Milestone.contract, Contract.currency, fn.SUM(Milestone.amount_minor),
            fn.SUM(Milestone.amount_minor - fee), fn.COUNT(Milestone.id),
        )
        .join(Contract)
        .where(Milestone.status.in_(FUNDED_MILESTONE_STATUSES))
        .group_by(SQL("1"), Milestone.contract, Contract.currency)  # the bucket by its place: its days are bound
        .tuples()
    )
    rates: dict[str, Decimal | None] = {}
    result = []
    for month, contract_id, currency, gross, net, n in rows:
        if currency not in rates:
            rates[currency] = last_rate(currency, home)
        rate = rates[currency]
        net_home = convert(net, currency, rate, home) if rate is not None else None
        result.append(Expected(month, contract_id, currency, gross, net, n, net_home))
    return result


# --- views over the loaded rows ------------------------------------------------


@dataclass(frozen=True)
class Series:
    label: str
    values: list[int]  # net, home minor units, one per month
    translatable: bool = False  # the label is a service message ("Other clients")


@dataclass
class MonthlyView:
    months: list[str]
    home: str
    current_month: str
    series: list[Series]
    gross: list[int]
    fee: list[int]
    net: list[int]
    payments: list[int]
    seconds: list[int]
    billable_seconds: list[int]
    rate: list[int | None]  # net per hour tracked, home minor units
    expected: list[int]  # funded milestones due that month, net, home (estimate)
    expected_missing: set[str] = field(default_factory=set)  # currencies with no rate to convert
    few_hours: frozenset[int] = frozenset()  # months whose rate rests on too few hours to compare (indices)
    tax: list[int] | None = None  # tax to set aside each month, home minor units; None when nothing is
    returning: list[int] = field(default_factory=list)  # net from returning clients' repeat contracts

    def total(self, name: str) -> int:
        return sum(getattr(self, name))

    def returning_share(self, i: int | None = None) -> int | None:
        """The share of net income from returning clients in month ``i`` (None: all months), basis points."""
        net = self.total("net") if i is None else self.net[i]
        part = sum(self.returning) if i is None else self.returning[i]
        if net <= 0:
            return None
        return int((Decimal(part) * 10000 / net).quantize(Decimal(1), rounding=ROUND_HALF_UP))


FEW_HOURS_SHARE = Decimal("0.10")  # under a tenth of the average month's hours, a rate says little


def few_hours_months(seconds: list[int]) -> frozenset[int]:
    """The months with some hours but under ``FEW_HOURS_SHARE`` of the average of the months with hours.

    Their net per hour (a payment for last month's work over this month's two hours, say) would dwarf
    the others; the chart shows it apart and says why.
    """
    worked = [s for s in seconds if s > 0]
    if len(worked) < 2:
        return frozenset()
    floor = Decimal(sum(worked)) / len(worked) * FEW_HOURS_SHARE
    return frozenset(i for i, s in enumerate(seconds) if 0 < s < floor)


def hourly_rate(net: int, seconds: int) -> int | None:
    if seconds <= 0:
        return None
    return int((Decimal(net) * 3600 / seconds).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _stack_key(info: ContractInfo, stack_by: str) -> tuple[str, bool]:
    if stack_by == BY_PLATFORM:
        return (info.platform, False) if info.platform else (NO_PLATFORM, True)
    return info.client, False


def _stacks(data: IncomeData, months: list[str], stack_by: str) -> list[Series]:
    index = {m: i for i, m in enumerate(months)}
    by_key: dict[tuple[str, bool], list[int]] = {}
    for row in data.income:
        i = index.get(row.month)
        if i is None:
            continue
        key = _stack_key(data.contracts[row.contract_id], stack_by)
        by_key.setdefault(key, [0] * len(months))[i] += row.net
    ordered = sorted(by_key.items(), key=lambda kv: (-sum(kv[1]), kv[0][0].lower()))
    if len(ordered) > MAX_SERIES + 1:
        rest = [sum(col) for col in zip(*(v for _, v in ordered[MAX_SERIES:]))]
        label = OTHER_PLATFORMS if stack_by == BY_PLATFORM else OTHER_CLIENTS
        ordered = ordered[:MAX_SERIES] + [((label, True), rest)]
    return [Series(label, values, special) for (label, special), values in ordered]


def monthly_view(data: IncomeData, months: list[str], stack_by: str = BY_CLIENT) -> MonthlyView:
    """Per month: net stacked by client or platform, fees, gross, hours, effective rate, expected."""
    index = {m: i for i, m in enumerate(months)}
    n = len(months)
    gross, fee, net, payments = [0] * n, [0] * n, [0] * n, [0] * n
    seconds, billable, expected, repeat = [0] * n, [0] * n, [0] * n, [0] * n
    missing: set[str] = set()
    for row in data.income:
        i = index.get(row.month)
        if i is not None:
            gross[i] += row.gross
            fee[i] += row.fee
            net[i] += row.net
            payments[i] += row.payments
            if row.contract_id in data.repeat:
                repeat[i] += row.net
    for row in data.hours:
        i = index.get(row.month)
        if i is not None:
            seconds[i] += row.seconds
            billable[i] += row.billable_seconds
    for row in data.expected:
        i = index.get(row.month)
        if i is None:
            continue
        if row.net_home is None:
            missing.add(row.currency)
        else:
            expected[i] += row.net_home
    return MonthlyView(
        months=list(months),
        home=data.home,
        current_month=data.current_month,
        series=_stacks(data, months, stack_by),
        gross=gross,
        fee=fee,
        net=net,
        payments=payments,
        seconds=seconds,
        billable_seconds=billable,
        rate=[hourly_rate(net[i], seconds[i]) for i in range(n)],
        expected=expected,
        expected_missing=missing,
        few_hours=few_hours_months(seconds),
        tax=_set_aside(data, months),
        returning=repeat,
    )


def _set_aside(data: IncomeData, months: list[str]) -> list[int] | None:
    if data.tax is None:
        return None
    by_month = tax_rules.set_aside_by_month(data.tax, data.turnover(), months)
    return [by_month[m].set_aside for m in months]


@dataclass(frozen=True)
class BreakdownRow:
    month: str
    label: str
    translatable: bool
    gross: int
    fee: int
    net: int
    payments: int


def breakdown(data: IncomeData, months: list[str], stack_by: str = BY_CLIENT) -> list[BreakdownRow]:
    """The figures behind each stacked segment: month × client (or platform), home currency."""
    wanted = set(months)
    sums: dict[tuple[str, str, bool], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row in data.income:
        if row.month not in wanted:
            continue
        label, special = _stack_key(data.contracts[row.contract_id], stack_by)
        acc = sums[(row.month, label, special)]
        acc[0] += row.gross
        acc[1] += row.fee
        acc[2] += row.net
        acc[3] += row.payments
    rows = [BreakdownRow(m, label, special, *acc) for (m, label, special), acc in sums.items()]
    return sorted(rows, key=lambda r: (r.month, -r.net, r.label.lower()))


@dataclass(frozen=True)
class ContractIncome:
    contract_id: int
    contract: str
    client: str
    platform: str | None
    kind: str
    gross: int
    fee: int
    net: int
    payments: int
    seconds: int
    rate: int | None  # net per hour tracked on this contract in the range


def contract_view(data: IncomeData, months: list[str]) -> list[ContractIncome]:
    """Which contracts paid best for the time they took, over ``months``; best rate first."""
    wanted = set(months)
    money: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    time: dict[int, int] = defaultdict(int)
    for row in data.income:
        if row.month in wanted:
            acc = money[row.contract_id]
            acc[0] += row.gross
            acc[1] += row.fee
            acc[2] += row.net
            acc[3] += row.payments
    for row in data.hours:
        if row.month in wanted:
            time[row.contract_id] += row.seconds
    rows = []
    for cid in set(money) | set(time):
        info = data.contracts[cid]
        gross, fee, net, n = money.get(cid, (0, 0, 0, 0))
        seconds = time.get(cid, 0)
        rows.append(
            ContractIncome(cid, info.title, info.client, info.platform, info.kind, gross, fee, net, n, seconds,
                           hourly_rate(net, seconds))
        )
    return sorted(rows, key=lambda r: (r.rate is None, -(r.rate or 0), -r.net, r.contract.lower()))
