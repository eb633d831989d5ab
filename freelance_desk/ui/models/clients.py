"""The clients table: who, where (and their time now), how much work and money."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import QDateTime, QLocale, QTimeZone
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from freelance_desk.core.money import to_decimal
from freelance_desk.services.clients.clock import local_time
from freelance_desk.services.clients.listing import ClientRow
from freelance_desk.ui.format import money
from freelance_desk.ui.models.row_table import RowTableModel, platform_text


class Column(IntEnum):
    NAME = 0
    COMPANY = 1
    PLATFORM = 2
    LOCAL_TIME = 3
    ACTIVE = 4
    CONTRACTS = 5  # every contract the client gave
    RETURNING = 6  # "Returning" for 2 or more
    EARNED = 7
    RECEIVABLE = 8


def receivable_text(receivable: dict[str, int]) -> str:
    return ", ".join(money(amount, currency) for currency, amount in sorted(receivable.items()) if amount)


class ClientsTableModel(RowTableModel):
    Column = Column
    RIGHT_ALIGNED = frozenset({Column.LOCAL_TIME, Column.ACTIVE, Column.CONTRACTS, Column.EARNED, Column.RECEIVABLE})

    def __init__(self, parent=None):
        super().__init__(parent)
        self._now: datetime | None = None
        self._home = "USD"

    def set_clients(self, rows: list[ClientRow], now: datetime, home_currency: str) -> None:
        self._now, self._home = now, home_currency
        self.set_rows(rows)

    def set_now(self, now: datetime) -> None:
        """The clock moved: only the local-time column changes."""
        self._now = now
        if self._rows:
            col = int(Column.LOCAL_TIME)
            self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Company"),
            self.tr("Platform"),
            self.tr("Their time"),
            self.tr("Active contracts"),
            self.tr("Contracts"),
            self.tr("Returning"),
            self.tr("Earned ({0})").format(self._home),
            self.tr("Receivable"),
        ]

    def _local(self, row: ClientRow) -> datetime | None:
        return local_time(row.timezone, self._now) if self._now else None

    def display(self, row: ClientRow, column: Column) -> str:
        if column == Column.NAME:
            return row.name + (self.tr(" (archived)") if row.archived else "")
        if column == Column.COMPANY:
            return row.company
        if column == Column.PLATFORM:
            return platform_text(row.platform)
        if column == Column.LOCAL_TIME:
            there = self._local(row)
            if there is None:
                return ""
            # Wall-clock fields of the client's zone, shown as "Tue 09:30" in the user's locale.
            q = QDateTime.fromSecsSinceEpoch(int(there.timestamp()), QTimeZone(row.timezone.encode()))
            locale = QLocale()
            return f"{locale.toString(q.date(), 'ddd')} {locale.toString(q.time(), QLocale.FormatType.ShortFormat)}"
        if column == Column.ACTIVE:
            return str(row.active_contracts)
        if column == Column.CONTRACTS:
            return str(row.contracts)
        if column == Column.RETURNING:
            return self.tr("Returning") if row.returning else ""
        if column == Column.EARNED:
            return money(row.earned_home_minor, self._home)
        return receivable_text(row.receivable)

    def sort_value(self, row: ClientRow, column: Column):
        if column == Column.LOCAL_TIME:
            there = self._local(row)
            return there.utcoffset().total_seconds() if there else None
        if column == Column.ACTIVE:
            return row.active_contracts
        if column == Column.CONTRACTS:
            return row.contracts
        if column == Column.RETURNING:
            return row.contracts if row.returning else 0
        if column == Column.EARNED:
            return row.earned_home_minor
        if column == Column.RECEIVABLE:
            # Only an ordering across currencies, never shown or added up as money.
            return float(sum(to_decimal(v, c) for c, v in row.receivable.items())) or None
        return super().sort_value(row, column)

    def tooltip(self, row: ClientRow, column: Column) -> str | None:
        if column == Column.LOCAL_TIME:
            there = self._local(row)
            if there is None:
                return self.tr("Unknown time zone: {0}").format(row.timezone)
            offset = there.strftime("%z")
            return f"{row.timezone} (UTC{offset[:3]}:{offset[3:]})"
        if column == Column.RETURNING and row.returning:
            return self.tr("%n contract(s): this client came back for more work", "", row.contracts)
        return super().tooltip(row, column)

    def foreground(self, row: ClientRow, column: Column):
        if row.archived:
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None
