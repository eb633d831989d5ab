"""The Time page's filter bar: client, contract, period (or dates) and billable, read as an ``EntryFilter``."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QWidget

from freelance_desk.core.calendar import Period
from freelance_desk.services.contracts.choices import contract_choices
from freelance_desk.services.settings import store as settings_store
from freelance_desk.services.time import queries as tq
from freelance_desk.ui.format import pydate, qdate
from freelance_desk.ui.widgets.period_combo import PeriodCombo

PERIODS = (Period.ALL, Period.THIS_WEEK, Period.LAST_WEEK, Period.THIS_MONTH, Period.LAST_MONTH, Period.CUSTOM)


class TimeFilters(QWidget):
    """The pickers in a row; ``changed`` whenever the filter they make changes."""

    changed = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.client = QComboBox()
        self.contract = QComboBox()
        self.contract.setMinimumContentsLength(18)
        self.period = PeriodCombo(PERIODS)
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setVisible(False)
        today = qdate(ctx.today())
        self.date_from.setDate(today.addDays(-30))
        self.date_to.setDate(today)
        self.billable = QComboBox()
        self.billable.addItem(self.tr("Billable or not"), None)
        self.billable.addItem(self.tr("Billable only"), True)
        self.billable.addItem(self.tr("Not billable"), False)
        for widget in (self.client, self.contract, self.period, self.date_from, self.date_to, self.billable):
            row.addWidget(widget)
        row.addStretch(1)
        self.client.currentIndexChanged.connect(self._client_changed)
        self.contract.currentIndexChanged.connect(self.changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.date_from.dateChanged.connect(self.changed)
        self.date_to.dateChanged.connect(self.changed)
        self.billable.currentIndexChanged.connect(self.changed)

    def load_choices(self) -> None:
        """Fill the client and contract pickers again, keeping what was chosen."""
        client = self.client.currentData()
        self.client.blockSignals(True)
        self.client.clear()
        self.client.addItem(self.tr("All clients"), None)
        for cid, name in tq.client_choices():
            self.client.addItem(name, cid)
        self.client.setCurrentIndex(max(self.client.findData(client), 0))
        self.client.blockSignals(False)
        self._load_contracts()

    def _load_contracts(self) -> None:
        contract = self.contract.currentData()
        client = self.client.currentData()
        self.contract.blockSignals(True)
        self.contract.clear()
        self.contract.addItem(self.tr("All contracts"), None)
        for choice in contract_choices(recent_first=True):
            if client is None or choice.client_id == client:
                self.contract.addItem(choice.title if client else choice.label, choice.id)
        self.contract.setCurrentIndex(max(self.contract.findData(contract), 0))
        self.contract.blockSignals(False)

    def _client_changed(self) -> None:
        self._load_contracts()
        self.changed.emit()

    def _period_changed(self) -> None:
        custom = self.period.is_custom()
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.changed.emit()

    def _period(self) -> tuple[date | None, date | None]:
        if self.period.is_custom():
            return pydate(self.date_from.date()), pydate(self.date_to.date())
        return self.period.bounds(self.ctx.today(), settings_store.week_start) or (None, None)

    def current_filter(self) -> tq.EntryFilter:
        first, last = self._period()
        return tq.EntryFilter(
            client_id=self.client.currentData(),
            contract_id=self.contract.currentData(),
            date_from=first,
            date_to=last,
            billable=self.billable.currentData(),
        )

    def select_contract(self, contract_id: int) -> None:
        self.contract.setCurrentIndex(max(self.contract.findData(contract_id), 0))

    def has_contracts(self) -> bool:
        return self.contract.count() > 1

    def clear(self) -> None:
        """Every picker back to its first choice ("All …"): one ``changed``."""
        for combo in (self.client, self.contract, self.period, self.billable):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._load_contracts()
        self._period_changed()
