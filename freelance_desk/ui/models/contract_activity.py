"""Small tables in a contract's detail: its recent time entries and its payments."""

from __future__ import annotations

from enum import IntEnum

from freelance_desk.services.contracts.activity import PaymentRow, TimeRow
from freelance_desk.ui.format import (
    duration,
    local_datetime,
    local_time,
    money,
    short_date,
)
from freelance_desk.ui.models.row_table import RowTableModel


class TimeColumn(IntEnum):
    START = 0
    END = 1
    DURATION = 2
    MILESTONE = 3
    NOTE = 4


class ContractTimeTableModel(RowTableModel):
    Column = TimeColumn
    RIGHT_ALIGNED = frozenset({TimeColumn.DURATION})

    def headers(self) -> list[str]:
        return [self.tr("Started"), self.tr("Ended"), self.tr("Hours"), self.tr("Milestone"), self.tr("Note")]

    def display(self, row: TimeRow, column: TimeColumn) -> str:
        if column == TimeColumn.START:
            return local_datetime(row.start)
        if column == TimeColumn.END:
            return local_time(row.end) if row.end else self.tr("running")
        if column == TimeColumn.DURATION:
            return duration(row.seconds)
        if column == TimeColumn.MILESTONE:
            return row.milestone
        return row.note

    def sort_value(self, row: TimeRow, column: TimeColumn):
        if column == TimeColumn.START:
            return row.start.timestamp()
        if column == TimeColumn.END:
            return row.end.timestamp() if row.end else None
        if column == TimeColumn.DURATION:
            return row.seconds
        return super().sort_value(row, column)


class PaymentColumn(IntEnum):
    RECEIVED = 0
    FOR = 1
    GROSS = 2
    FEE = 3
    NET = 4


class ContractPaymentsTableModel(RowTableModel):
    Column = PaymentColumn
    RIGHT_ALIGNED = frozenset({PaymentColumn.GROSS, PaymentColumn.FEE, PaymentColumn.NET})

    def headers(self) -> list[str]:
        return [self.tr("Received"), self.tr("For"), self.tr("Amount"), self.tr("Fee"), self.tr("Net")]

    def display(self, row: PaymentRow, column: PaymentColumn) -> str:
        if column == PaymentColumn.RECEIVED:
            return short_date(row.received_on)
        if column == PaymentColumn.FOR:
            return row.milestone or row.note
        if column == PaymentColumn.GROSS:
            return money(row.gross_minor, row.currency)
        if column == PaymentColumn.FEE:
            return money(row.fee_minor, row.currency)
        return money(row.net_minor, row.currency)

    def sort_value(self, row: PaymentRow, column: PaymentColumn):
        values = {
            PaymentColumn.RECEIVED: row.received_on.toordinal(),
            PaymentColumn.GROSS: row.gross_minor,
            PaymentColumn.FEE: row.fee_minor,
            PaymentColumn.NET: row.net_minor,
        }
        return values[column] if column in values else super().sort_value(row, column)
