"""Tables beside the income chart: months, the stacked segments, contracts, receivables."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

from freelance_desk.services.money.income import (
    BreakdownRow,
    ContractIncome,
    MonthlyView,
)
from freelance_desk.services.money.receivables import (
    Owed,
    OwedInvoice,
    ReceivableMilestone,
    Receivables,
)
from freelance_desk.ui.format import duration, money, short_date
from freelance_desk.ui.models.row_table import (
    Cell,
    CellKind,
    CellTableModel,
    platform_text,
    service_text,
)


class HomeTableModel(CellTableModel):
    """Amounts in the home currency: headers stay short on screen, CSV headers name the currency."""

    HOME_MONEY: frozenset = frozenset()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.home = "USD"

    def export_header(self, column) -> str:
        name = self.header(column)
        return f"{name} ({self.home})" if column in self.HOME_MONEY else name


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
        RETURNING = 8  # the share of net from returning clients' repeat contracts
        TAX = 9  # only while a tax set-aside is on (the last column, so the others keep their places)

    RIGHT_ALIGNED = frozenset(set(Column) - {Column.MONTH})
    HOME_MONEY = frozenset({Column.NET, Column.FEES, Column.GROSS, Column.RATE, Column.EXPECTED, Column.TAX})

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view: MonthlyView | None = None

    def set_view(self, view: MonthlyView) -> None:
        """One row per month of ``view``: a row is the month's index in the view's lists."""
        self.home = view.home
        self.view = view
        self.set_rows(range(len(view.months)))

    def columnCount(self, parent=None) -> int:  # noqa: N802
        if parent is not None and parent.isValid():
            return 0
        return len(self.Column) - (self.view is None or self.view.tax is None)

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
            c.RETURNING: self.tr("Returning"),
            c.TAX: self.tr("For tax"),  # short: the table fits beside the month details (the tooltip says it whole)
        }[column]

    def export_header(self, column) -> str:
        if column == self.Column.TAX:  # a file has room for the whole name
            return f"{self.tr('Tax to set aside')} ({self.home})"
        return super().export_header(column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal \
                and section == self.Column.RETURNING:
            return self.tr("The share of the month's net income from returning clients: work from a client's second "
                           "contract on")
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal and section == self.Column.TAX:
            return self.tr("Tax to set aside: the rate of what you received once this year's exempt turnover is used up")
        return super().headerData(section, orientation, role)

    def cell(self, row: int, column) -> Cell:
        c, view = self.Column, self.view
        if column == c.MONTH:
            return Cell(CellKind.MONTH, view.months[row])
        if column == c.PAYMENTS:
            return Cell(CellKind.COUNT, view.payments[row])
        if column == c.HOURS:
            return Cell(CellKind.HOURS, view.seconds[row])
        if column == c.RETURNING:
            part = view.returning[row] if view.returning else 0
            return Cell(CellKind.SHARE, view.returning_share(row) if view.returning else None,
                        tooltip=self.tr("{0} of {1} net from returning clients").format(
                            money(part, self.home), money(view.net[row], self.home)) if view.net[row] > 0 else "")
        amounts = {c.NET: view.net, c.FEES: view.fee, c.GROSS: view.gross, c.RATE: view.rate, c.EXPECTED: view.expected,
                   c.TAX: view.tax}
        return Cell(CellKind.MONEY, amounts[column][row], self.home)


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
            return Cell(CellKind.TEXT, platform_text(row.platform))
        if column == c.HOURS:
            return Cell(CellKind.HOURS, row.seconds)
        if column == c.PAYMENTS:
            return Cell(CellKind.COUNT, row.payments)
        if column == c.NET:
            return Cell(CellKind.MONEY, row.net, self.home)
        tip = "" if row.rate is not None else self.tr("No hours tracked on this contract in this period.")
        return Cell(CellKind.MONEY, row.rate, self.home, tip)


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
        self.set_rows(owed.rows)

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

    def cell(self, row: Owed, column) -> Cell:
        c = self.Column
        if column == c.WHAT:
            return self._what(row)
        if column == c.CLIENT:
            return Cell(CellKind.TEXT, row.client)
        if column == c.CONTRACT:
            return Cell(CellKind.TEXT, row.contract)
        if column == c.SINCE:
            return Cell(CellKind.DATE, row.since)
        if column == c.HOURS:
            return Cell(CellKind.HOURS, row.billable_seconds)
        if column == c.NET:
            return Cell(CellKind.MONEY, row.net, row.currency)
        if column == c.CURRENCY:
            return Cell(CellKind.TEXT, row.currency)
        return Cell(CellKind.MONEY, row.net_home, self.home)

    def _what(self, row: Owed) -> Cell:
        """The invoice's number, the milestone's title, or the week's days; the tooltip says why it is owed."""
        if isinstance(row, OwedInvoice):
            return Cell(CellKind.TEXT, self.tr("Invoice {0}").format(row.number),
                        tooltip=self.tr("Sent, not paid in full: what is still due on it"))
        if isinstance(row, ReceivableMilestone):
            return Cell(CellKind.TEXT, row.title, tooltip=self.tr("Approved, not paid yet"))
        w = row.week
        note = self.tr("Week with billable hours and no payment recorded")
        if w.unbilled_seconds:
            note += self.tr("; {0} h over the weekly limit, not billed").format(duration(w.unbilled_seconds))
        week = self.tr("Week {0} – {1}").format(short_date(w.period_start), short_date(w.period_end))
        return Cell(CellKind.TEXT, week, tooltip=note)
