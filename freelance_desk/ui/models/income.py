"""Tables beside the income chart: months, the stacked segments, contracts, receivables."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum

from freelance_desk.services.money.income import BreakdownRow, ContractIncome, MonthlyView
from freelance_desk.services.money.receivables import Receivables
from freelance_desk.ui.format import duration, short_date
from freelance_desk.ui.models.row_table import Cell, CellKind, CellTableModel, service_text


class HomeTableModel(CellTableModel):
    """Amounts in the home currency: headers stay short on screen, CSV headers name the currency."""

    HOME_MONEY: frozenset = frozenset()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.home = "USD"

    def export_header(self, column) -> str:
        name = self.header(column)
        return f"{name} ({self.home})" if column in self.HOME_MONEY else name


@dataclass(frozen=True)
class MonthRow:
    month: str
    gross: int
    fee: int
    net: int
    payments: int
    seconds: int
    rate: int | None
    expected: int


class MonthlyIncomeTableModel(HomeTableModel):
    class Column(IntEnum):
        MONTH = 0
        NET = 1
        FEES = 2
        GROSS = 3
        PAYMENTS = 4
        HOURS = 5
        RATE = 6
        EXPECTED = 7

    RIGHT_ALIGNED = frozenset(set(Column) - {Column.MONTH})
    HOME_MONEY = frozenset({Column.NET, Column.FEES, Column.GROSS, Column.RATE, Column.EXPECTED})

    def set_view(self, view: MonthlyView) -> None:
        self.home = view.home
        self.set_rows(
            MonthRow(m, view.gross[i], view.fee[i], view.net[i], view.payments[i], view.seconds[i], view.rate[i],
                     view.expected[i])
            for i, m in enumerate(view.months)
        )

    def row_of(self, month: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.month == month), -1)

    def header(self, column) -> str:
        c = self.Column
        return {
            c.MONTH: self.tr("Month"),
            c.NET: self.tr("Net"),
            c.FEES: self.tr("Fees"),
            c.GROSS: self.tr("Gross"),
            c.PAYMENTS: self.tr("Payments"),
            c.HOURS: self.tr("Hours"),
            c.RATE: self.tr("Net per hour"),
            c.EXPECTED: self.tr("Expected"),
        }[column]

    def cell(self, row: MonthRow, column) -> Cell:
        c = self.Column
        if column == c.MONTH:
            return Cell(CellKind.MONTH, row.month)
        if column == c.PAYMENTS:
            return Cell(CellKind.COUNT, row.payments)
        if column == c.HOURS:
            return Cell(CellKind.HOURS, row.seconds)
        value = {c.NET: row.net, c.FEES: row.fee, c.GROSS: row.gross, c.RATE: row.rate, c.EXPECTED: row.expected}
        return Cell(CellKind.MONEY, value[column], self.home)


class BreakdownTableModel(HomeTableModel):
    """Each stacked segment's figures: month × client (or platform)."""

    class Column(IntEnum):
        MONTH = 0
        NAME = 1
        NET = 2
        FEES = 3
        GROSS = 4
        PAYMENTS = 5

    RIGHT_ALIGNED = frozenset({Column.NET, Column.FEES, Column.GROSS, Column.PAYMENTS})
    HOME_MONEY = frozenset({Column.NET, Column.FEES, Column.GROSS})

    def __init__(self, parent=None):
        super().__init__(parent)
        self.by_platform = False

    def set_breakdown(self, rows: list[BreakdownRow], home: str, by_platform: bool) -> None:
        self.home = home
        self.by_platform = by_platform
        self.set_rows(rows)  # a reset: views ask for the headers again

    def header(self, column) -> str:
        c = self.Column
        return {
            c.MONTH: self.tr("Month"),
            c.NAME: self.tr("Platform") if self.by_platform else self.tr("Client"),
            c.NET: self.tr("Net"),
            c.FEES: self.tr("Fees"),
            c.GROSS: self.tr("Gross"),
            c.PAYMENTS: self.tr("Payments"),
        }[column]

    def cell(self, row: BreakdownRow, column) -> Cell:
        c = self.Column
        if column == c.MONTH:
            return Cell(CellKind.MONTH, row.month)
        if column == c.NAME:
            return Cell(CellKind.TEXT, service_text(row.label, row.translatable))
        if column == c.PAYMENTS:
            return Cell(CellKind.COUNT, row.payments)
        return Cell(CellKind.MONEY, {c.NET: row.net, c.FEES: row.fee, c.GROSS: row.gross}[column], self.home)


class ContractIncomeTableModel(HomeTableModel):
    """Which contracts pay best for the time they take."""

    class Column(IntEnum):
        CONTRACT = 0
        CLIENT = 1
        PLATFORM = 2
        NET = 3
        HOURS = 4
        RATE = 5
        PAYMENTS = 6

    RIGHT_ALIGNED = frozenset({Column.NET, Column.HOURS, Column.RATE, Column.PAYMENTS})
    HOME_MONEY = frozenset({Column.NET, Column.RATE})

    def set_contracts(self, rows: list[ContractIncome], home: str) -> None:
        self.home = home
        self.set_rows(rows)

    def header(self, column) -> str:
        c = self.Column
        return {
            c.CONTRACT: self.tr("Contract"),
            c.CLIENT: self.tr("Client"),
            c.PLATFORM: self.tr("Platform"),
            c.NET: self.tr("Net"),
            c.HOURS: self.tr("Hours"),
            c.RATE: self.tr("Net per hour"),
            c.PAYMENTS: self.tr("Payments"),
        }[column]

    def cell(self, row: ContractIncome, column) -> Cell:
        c = self.Column
        if column == c.CONTRACT:
            return Cell(CellKind.TEXT, row.contract)
        if column == c.CLIENT:
            return Cell(CellKind.TEXT, row.client)
        if column == c.PLATFORM:
            return Cell(CellKind.TEXT, row.platform or "")
        if column == c.HOURS:
            return Cell(CellKind.HOURS, row.seconds)
        if column == c.PAYMENTS:
            return Cell(CellKind.COUNT, row.payments)
        if column == c.NET:
            return Cell(CellKind.MONEY, row.net, self.home)
        tip = "" if row.rate is not None else self.tr("No hours tracked on this contract in this period.")
        return Cell(CellKind.MONEY, row.rate, self.home, tip)


@dataclass(frozen=True)
class OwedRow:
    what: str
    client: str
    contract: str
    since: date | None  # approved on / week ended
    currency: str
    net: int
    net_home: int | None
    seconds: int | None  # hourly weeks: billable time
    note: str = ""


class ReceivablesTableModel(HomeTableModel):
    """Earned, not received: approved milestones and hourly weeks without a payment."""

    class Column(IntEnum):
        WHAT = 0
        CLIENT = 1
        CONTRACT = 2
        SINCE = 3
        HOURS = 4
        NET = 5
        CURRENCY = 6
        HOME = 7

    RIGHT_ALIGNED = frozenset({Column.HOURS, Column.NET, Column.HOME})

    def set_receivables(self, owed: Receivables) -> None:
        self.home = owed.home
        rows = [
            OwedRow(m.title, m.client, m.contract, m.approved_at.date() if m.approved_at else None, m.currency, m.net,
                    m.net_home, None, self.tr("Approved, not paid yet"))
            for m in owed.milestones
        ]
        for owed_week in owed.weeks:
            w = owed_week.week
            note = self.tr("Week with billable hours and no payment recorded")
            if w.unbilled_seconds:
                note += self.tr("; {0} h over the weekly limit, not billed").format(duration(w.unbilled_seconds))
            rows.append(
                OwedRow(self.tr("Week {0} – {1}").format(short_date(w.period_start), short_date(w.period_end)),
                        w.client, w.contract, w.period_end, w.currency, w.net_minor, owed_week.net_home,
                        w.billable_seconds, note)
            )
        self.set_rows(rows)

    def header(self, column) -> str:
        c = self.Column
        return {
            c.WHAT: self.tr("For"),
            c.CLIENT: self.tr("Client"),
            c.CONTRACT: self.tr("Contract"),
            c.SINCE: self.tr("Since"),
            c.HOURS: self.tr("Billable hours"),
            c.NET: self.tr("Net owed"),
            c.CURRENCY: self.tr("Currency"),
            c.HOME: self.tr("≈ {0} (estimate)").format(self.home),
        }[column]

    def cell(self, row: OwedRow, column) -> Cell:
        c = self.Column
        if column == c.WHAT:
            return Cell(CellKind.TEXT, row.what, tooltip=row.note)
        if column == c.CLIENT:
            return Cell(CellKind.TEXT, row.client)
        if column == c.CONTRACT:
            return Cell(CellKind.TEXT, row.contract)
        if column == c.SINCE:
            return Cell(CellKind.DATE, row.since)
        if column == c.HOURS:
            return Cell(CellKind.HOURS, row.seconds)
        if column == c.NET:
            return Cell(CellKind.MONEY, row.net, row.currency)
        if column == c.CURRENCY:
            return Cell(CellKind.TEXT, row.currency)
        return Cell(CellKind.MONEY, row.net_home, self.home)
