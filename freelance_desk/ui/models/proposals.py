"""Proposals sent, and the figures per platform."""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from freelance_desk.core.vocabulary import PROPOSAL_STATUS_LABELS, ProposalStatus
from freelance_desk.services.pipeline.proposal_list import ProposalRow
from freelance_desk.services.pipeline.proposal_stats import Figures
from freelance_desk.ui import format as fmt
from freelance_desk.ui import theme
from freelance_desk.ui.format import money, short_date
from freelance_desk.ui.models.row_table import (
    RowTableModel,
    platform_text,
    service_text,
)


def days(n: int) -> str:
    """ "1 day", "3 days" (English needs the two forms; Indonesian uses one)."""
    if n == 1:
        return QCoreApplication.translate("Days", "1 day")
    return QCoreApplication.translate("Days", "{0} days").format(n)


def status_label(status: str) -> str:
    return service_text(PROPOSAL_STATUS_LABELS.get(status, status))


def percent(bps: int | None) -> str:
    """A rate in basis points, whole or to a tenth: 2000 → "20%", 1818 → "18.2%" / "18,2%"."""
    return "" if bps is None else fmt.percent(Decimal(bps) / 100, 0 if bps % 100 == 0 else 1)


def number(value: Decimal | None) -> str:
    """140.0 → "140", 72.5 → "72.5" / "72,5" (a count per something, not money)."""
    return "" if value is None else fmt.number(value)


def costs(amounts: dict[str, int]) -> str:
    return " + ".join(money(minor, cur) for cur, minor in sorted(amounts.items()))


class ProposalsTableModel(RowTableModel):
    class Column(IntEnum):
        SENT = 0
        PLATFORM = 1
        JOB = 2
        CLIENT = 3
        CONNECTS = 4
        BID = 5
        STATUS = 6
        NOTES = 7

    RIGHT_ALIGNED = frozenset({Column.CONNECTS, Column.BID})

    def headers(self) -> list[str]:
        return [
            self.tr("Sent"),
            self.tr("Platform"),
            self.tr("Job"),
            self.tr("Client"),
            self.tr("Connects"),
            self.tr("Bid"),
            self.tr("Status"),
            self.tr("Notes"),
        ]

    def display(self, row: ProposalRow, column) -> str:
        c = self.Column
        if column == c.SENT:
            return short_date(row.sent_on)
        if column == c.PLATFORM:
            return platform_text(row.platform)
        if column == c.JOB:
            return row.job_title
        if column == c.CLIENT:
            return row.client
        if column == c.CONNECTS:
            if not row.connects:
                return ""
            if row.connects_refunded == row.connects:
                return self.tr("{0} refunded").format(row.connects)
            cost = money(row.connects_cost_minor, row.connect_currency)
            if row.connects_refunded:
                return self.tr("{0} −{1} · {2}").format(row.connects, row.connects_refunded, cost)
            return f"{row.connects} · {cost}"
        if column == c.BID:
            return money(row.bid_minor, row.currency) if row.bid_minor is not None else ""
        if column == c.STATUS:
            text = status_label(row.status)
            if row.answered_on and row.status != ProposalStatus.SENT:
                text += " · " + days((row.answered_on - row.sent_on).days)
            return text
        return row.notes.replace("\n", " ")

    def sort_value(self, row: ProposalRow, column):
        c = self.Column
        if column == c.SENT:
            return row.sent_on.isoformat()
        if column == c.CONNECTS:
            return row.connects_cost_minor
        if column == c.BID:
            return row.bid_minor
        return super().sort_value(row, column)

    def tooltip(self, row: ProposalRow, column) -> str | None:
        if column == self.Column.CONNECTS and row.connects:
            text = self.tr("{0} connects at {1} each when sent").format(
                row.connects, money(row.connect_price_minor, row.connect_currency)
            )
            if row.connects_refunded:
                text += "\n" + self.tr("{0} refunded").format(row.connects_refunded)
            return text
        if column == self.Column.STATUS and row.contract_id:
            return self.tr("Became a contract. Double-click to open it.")
        return super().tooltip(row, column)

    def foreground(self, row: ProposalRow, column):
        if column == self.Column.STATUS and row.status == ProposalStatus.HIRED:
            return theme.color(theme.Role.SUCCESS)
        return None


class PlatformFiguresTableModel(RowTableModel):
    """One row per platform: sent, won, win rate, connects and what a win cost."""

    class Column(IntEnum):
        PLATFORM = 0
        SENT = 1
        HIRED = 2
        WIN_RATE = 3
        CONNECTS = 4
        SPENT = 5
        PER_WIN = 6
        CONNECTS_PER_WIN = 7
        ANSWER = 8

    RIGHT_ALIGNED = frozenset(set(Column) - {Column.PLATFORM})

    def set_figures(self, figures: list[Figures]) -> None:
        self.set_rows([_Keyed(i, f) for i, f in enumerate(figures)])

    def headers(self) -> list[str]:
        return [
            self.tr("Platform"),
            self.tr("Sent"),
            self.tr("Hired"),
            self.tr("Win rate"),
            self.tr("Connects"),
            self.tr("Spent"),
            self.tr("Per win"),
            self.tr("Connects/win"),
            self.tr("Answer after"),
        ]

    def display(self, row, column) -> str:
        f: Figures = row.figures
        c = self.Column
        if column == c.PLATFORM:
            return platform_text(f.platform)
        if column == c.SENT:
            return str(f.sent)
        if column == c.HIRED:
            return str(f.hired)
        if column == c.WIN_RATE:
            return percent(f.win_rate_bps)
        if column == c.CONNECTS:
            return str(f.connects) if f.connects else ""
        if column == c.SPENT:
            return costs(f.connect_costs)
        if column in (c.PER_WIN, c.CONNECTS_PER_WIN):
            if not f.connects:
                return ""
            if not f.hired:
                return self.tr("no win yet")
            return costs(f.cost_per_win) if column == c.PER_WIN else number(f.connects_per_win)
        answer = f.avg_answer_days
        return "" if answer is None else self.tr("{0} days").format(fmt.number(answer, 1))

    def sort_value(self, row, column):
        f: Figures = row.figures
        c = self.Column
        values = {
            c.SENT: f.sent,
            c.HIRED: f.hired,
            c.WIN_RATE: f.win_rate_bps,
            c.CONNECTS: f.connects,
            c.SPENT: sum(f.connect_costs.values()),
            c.PER_WIN: sum(f.cost_per_win.values()) if f.hired else None,
            c.CONNECTS_PER_WIN: f.connects_per_win,
            c.ANSWER: f.avg_answer_days,
        }
        return values.get(column, super().sort_value(row, column))


class _Keyed:
    """A figures row with the id the base model asks for."""

    __slots__ = ("id", "figures")

    def __init__(self, key: int, figures: Figures):
        self.id = key
        self.figures = figures
