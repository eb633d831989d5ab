"""The money picture of one contract: budget against milestones, paid, owed, in review, left."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from freelance_desk.services.contracts.contracts import ContractTotals
from freelance_desk.services.contracts.listing import ContractRow
from freelance_desk.ui import theme
from freelance_desk.ui.format import duration, money
from freelance_desk.ui.widgets.card import Card


class TotalsPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.setSpacing(8)
        outer.addLayout(row)
        figure = partial(Card, clickable=False, compact=True)  # figures to read, nothing to open from here
        self.cards = {
            "budget": figure(self.tr("Budget")),
            "milestones": figure(self.tr("Milestones")),
            "rate": figure(self.tr("Rate")),
            "limit": figure(self.tr("Weekly limit")),
            "tracked": figure(self.tr("Tracked")),
            "received": figure(self.tr("Paid")),
            "receivable": figure(self.tr("Approved, unpaid")),
            "in_review": figure(self.tr("In review")),
            "remaining": figure(self.tr("Remaining")),
        }
        for card in self.cards.values():
            row.addWidget(card)
        row.addStretch(1)
        self.mismatch = QLabel()
        self.mismatch.setTextFormat(Qt.TextFormat.PlainText)
        self.mismatch.setWordWrap(True)
        self.mismatch.setStyleSheet(theme.text_style(theme.Role.DANGER, self.palette()))
        self.mismatch.hide()
        outer.addWidget(self.mismatch)

    def value(self, key: str) -> str:
        """What a card shows (tests and screen readers read this)."""
        return self.cards[key].value.text()

    def _show(self, *keys: str) -> None:
        for key, card in self.cards.items():
            card.setVisible(key in keys)

    def show_fixed(self, totals: ContractTotals) -> None:
        c = totals.currency
        self._show("budget", "milestones", "received", "receivable", "in_review", "remaining")
        self.cards["budget"].set(money(totals.budget_minor, c) if totals.budget_minor is not None else "—")
        self.cards["milestones"].set(money(totals.planned_minor, c), warn=not totals.adds_up)
        self.cards["received"].set(money(totals.paid_minor, c))
        self.cards["receivable"].set(money(totals.receivable_minor, c))
        self.cards["in_review"].set(money(totals.in_review_minor, c))
        self.cards["remaining"].set(money(totals.remaining_minor, c))
        if totals.adds_up:
            self.mismatch.hide()
            return
        diff = totals.difference_minor
        template = (
            self.tr("The milestones add up to {0}, {1} less than the budget of {2}.")
            if diff > 0
            else self.tr("The milestones add up to {0}, {1} more than the budget of {2}.")
        )
        self.mismatch.setText(template.format(money(totals.planned_minor, c), money(abs(diff), c), money(totals.budget_minor, c)))
        self.mismatch.show()

    def show_hourly(self, row: ContractRow, tracked_seconds: int) -> None:
        self._show("rate", "limit", "tracked", "received")
        self.mismatch.hide()
        self.cards["rate"].set(self.tr("{0}/h").format(money(row.rate_minor, row.currency)))
        limit = row.weekly_limit_minutes
        if limit is None:
            self.cards["limit"].set(self.tr("none"))
        else:
            hours = str(limit // 60) if limit % 60 == 0 else duration(limit * 60)
            self.cards["limit"].set(self.tr("{0} h").format(hours))
        self.cards["tracked"].set(duration(tracked_seconds))
        self.cards["received"].set(money(row.paid_minor, row.currency))
