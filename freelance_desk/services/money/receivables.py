"""Money earned and not received yet: sent invoices not paid in full, approved milestones and hourly weeks
without a payment. Work a sent invoice bills (its milestones, the weeks its time falls in) is counted once,
as the invoice.

Amounts are per currency, net of the contract's fee, and converted to the home currency at
the last rate used for that currency: an estimate, and labelled as one. Both kinds read
alike where a list shows them together (:attr:`Receivables.rows`): ``client``, ``contract``,
``since``, ``billable_seconds``, ``currency``, ``net``, ``net_home``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from freelance_desk.core.money import convert, fee_of
from freelance_desk.core.vocabulary import MilestoneStatus
from freelance_desk.db.models import Client, Contract, Milestone
from freelance_desk.services.billing.invoice_list import open_invoices, sent_work
from freelance_desk.services.money.payments import last_rate
from freelance_desk.services.money.week_earnings import UnrecordedWeek, unrecorded_weeks
from freelance_desk.services.settings import store as settings_store


@dataclass(frozen=True)
class ReceivableMilestone:
    milestone_id: int
    title: str
    contract_id: int
    contract: str
    client: str
    approved_at: datetime | None
    currency: str
    gross: int
    fee: int
    net: int
    net_home: int | None  # estimate at the last rate used for this currency

    @property
    def since(self) -> date | None:
        """The day it was approved."""
        return self.approved_at.date() if self.approved_at else None

    @property
    def billable_seconds(self) -> None:
        return None  # a milestone is paid for the work, not by the hour


@dataclass(frozen=True)
class OwedWeek:
    week: UnrecordedWeek
    net_home: int | None  # estimate at the last rate used

    @property
    def client(self) -> str:
        return self.week.client

    @property
    def contract(self) -> str:
        return self.week.contract

    @property
    def since(self) -> date:
        """The week's last day."""
        return self.week.period_end

    @property
    def billable_seconds(self) -> int:
        return self.week.billable_seconds

    @property
    def currency(self) -> str:
        return self.week.currency

    @property
    def net(self) -> int:
        return self.week.net_minor


@dataclass(frozen=True)
class OwedInvoice:
    """A sent invoice not paid in full: what is still due on it (direct work: no platform fee taken)."""

    invoice_id: int
    number: str
    client: str
    due_on: date
    currency: str
    net: int  # the amount still due
    net_home: int | None

    @property
    def contract(self) -> str:
        return ""

    @property
    def since(self) -> date:
        """The day it fell due."""
        return self.due_on

    @property
    def billable_seconds(self) -> None:
        return None


Owed = ReceivableMilestone | OwedWeek | OwedInvoice


@dataclass
class Receivables:
    home: str
    milestones: list[ReceivableMilestone]
    weeks: list[OwedWeek]  # hourly weeks with billable hours and no payment recorded
    by_currency: dict[str, int]  # currency → net expected
    home_estimate: int  # net, converted at the last rates (an estimate)
    missing_rates: set[str]  # currencies without a known rate: not in the estimate
    invoices: list[OwedInvoice] = field(default_factory=list)  # sent, not paid in full, oldest due first

    @property
    def rows(self) -> list[Owed]:
        """Every kind in one list: the invoices by due date, the milestones by approval, then the weeks."""
        return [*self.invoices, *self.milestones, *self.weeks]


def receivables(today: date, home: str | None = None, week_mode: str | None = None) -> Receivables:
    """Money earned and not received: approved milestones not paid yet and unrecorded hourly weeks.

    Per currency (net of the contract's fee) and as a home-currency estimate at the last rates used.
    """
    home = home or settings_store.home_currency()
    rows = (
        Milestone.select(
            Milestone.id, Milestone.title, Milestone.amount_minor, Milestone.approved_at, Contract.id,
            Contract.title, Contract.currency, Contract.fee_bps, Client.name,
        )
        .join(Contract)
        .join(Client)
        .where(Milestone.status == MilestoneStatus.APPROVED)
        .order_by(Milestone.approved_at, Milestone.id)
        .tuples()
    )
    rates: dict[str, Decimal | None] = {}
    result = Receivables(home, [], [], {}, 0, set())
    billed_milestones, billed_days = sent_work()

    def owed(currency: str, net: int) -> int | None:
        if currency not in rates:
            rates[currency] = last_rate(currency, home)
        rate = rates[currency]
        result.by_currency[currency] = result.by_currency.get(currency, 0) + net
        if rate is None:
            result.missing_rates.add(currency)
            return None
        net_home = convert(net, currency, rate, home)
        result.home_estimate += net_home
        return net_home

    for row in open_invoices():
        result.invoices.append(OwedInvoice(row.invoice_id, row.number, row.client, row.due_on, row.currency, row.due,
                                           owed(row.currency, row.due)))
    for mid, title, amount, approved_at, cid, contract, currency, fee_bps, client in rows:
        if mid in billed_milestones:
            continue  # owed as its invoice
        fee = fee_of(amount, fee_bps)
        net_home = owed(currency, amount - fee)
        result.milestones.append(
            ReceivableMilestone(mid, title, cid, contract, client, approved_at, currency, amount, fee, amount - fee,
                                net_home)
        )
    for week in unrecorded_weeks(today, week_mode):
        if any(first <= week.period_end and last >= week.period_start
               for first, last in billed_days.get(week.contract_id, ())):
            continue  # its time is on a sent invoice: owed as the invoice
        result.weeks.append(OwedWeek(week, owed(week.currency, week.net_minor)))
    return result
