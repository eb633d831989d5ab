"""The effective hourly rate (net ÷ hours) of a contract or a client, and how it went over the last two years."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from freelance_desk.services.contracts import rates
from freelance_desk.services.settings import store as settings_store
from freelance_desk.ui import theme
from freelance_desk.ui.format import duration, money, percent


class RatePanel(QWidget):
    """"Effective rate: Rp150.000/h" and the quarters of the last two years, up or down since the first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.rate = QLabel()
        self.rate.setObjectName("effectiveRate")
        self.rate.setTextFormat(Qt.TextFormat.PlainText)
        self.trend = QLabel()
        self.trend.setObjectName("rateTrend")
        self.trend.setTextFormat(Qt.TextFormat.PlainText)
        self.trend.setWordWrap(True)
        self.trend.setStyleSheet(theme.text_style(theme.Role.MUTED))
        lay.addWidget(self.rate)
        lay.addWidget(self.trend)

    def _per_hour(self, minor: int, home: str) -> str:
        return self.tr("{0}/h").format(money(minor, home))

    def _show_rate(self, rate: rates.Rate | None, home: str) -> None:
        if rate is None or rate.per_hour is None:
            self.rate.setText(self.tr("Effective rate: no hours tracked"))
            self.rate.setToolTip("")
            return
        if not rate.net_home:  # hours, nothing received for them yet: not a rate of 0 an hour
            self.rate.setText(self.tr("Effective rate: nothing received yet for {0} hours tracked").format(
                duration(rate.seconds)))
            self.rate.setToolTip("")
            return
        self.rate.setText(self.tr("Effective rate: {0}").format(self._per_hour(rate.per_hour, home)))
        self.rate.setToolTip(self.tr("{0} net received ÷ {1} hours tracked").format(
            money(rate.net_home, home), duration(rate.seconds)))

    def _show_trend(self, trend: list[rates.QuarterRate], home: str, whose: str) -> None:
        rated = [q for q in trend if q.per_hour is not None]
        if not rated:
            self.trend.setText(self.tr("{0}, last two years: no quarter with hours tracked").format(whose))
            return
        quarters = " · ".join(self.tr("Q{0} {1}: {2}").format(q.quarter, q.year, self._per_hour(q.per_hour, home))
                              for q in rated)
        change = rates.trend_change_bps(trend)
        text = self.tr("{0}, last two years: {1}").format(whose, quarters)
        if change is not None:
            first = rated[0]
            since = self.tr("Q{0} {1}").format(first.quarter, first.year)
            size = percent(Decimal(abs(change)) / 100, 0)
            if change > 0:
                text += " — " + self.tr("up {0} since {1}").format(size, since)
            elif change < 0:
                text += " — " + self.tr("down {0} since {1}").format(size, since)
            else:
                text += " — " + self.tr("the same as in {0}").format(since)
        self.trend.setText(text)

    def show_contract(self, contract_id: int, today: date) -> None:
        """This contract's rate, and the rate across all contracts (is it time to raise it?)."""
        home = settings_store.home_currency()
        self._show_rate(rates.contract_rates(contract_id=contract_id).get(contract_id), home)
        self._show_trend(rates.rate_trend(today), home, self.tr("All your contracts"))

    def show_client(self, client_id: int, today: date) -> None:
        """The client's contracts taken together, and their rate by quarter."""
        home = settings_store.home_currency()
        self._show_rate(rates.overall(rates.contract_rates(client_id=client_id)), home)
        self._show_trend(rates.rate_trend(today, client_id=client_id), home, self.tr("This client"))
