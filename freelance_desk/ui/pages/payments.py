"""Payments received: filter by period, client and contract; add, edit, delete (undoable).

A payment's actions (edit, delete) are QActions shared by the buttons, the rows' context menu
and the table's keys (F2, Del).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from freelance_desk.core.calendar import Period, month_bounds
from freelance_desk.core.errors import DomainError
from freelance_desk.core.vocabulary import ContractKind
from freelance_desk.services.contracts.choices import ContractChoice, contract_choices
from freelance_desk.services.money import payment_list, payments
from freelance_desk.services.money.payment_list import PaymentFilter
from freelance_desk.services.settings import store as settings_store
from freelance_desk.ui import context, forms, icons
from freelance_desk.ui.buttons import action_button
from freelance_desk.ui.dialogs.payment import PaymentDialog, date_edit
from freelance_desk.ui.dialogs.week_earnings import WeekEarningsDialog
from freelance_desk.ui.format import money, pydate, qdate
from freelance_desk.ui.models.payments import PaymentsTableModel
from freelance_desk.ui.pages.base import Page
from freelance_desk.ui.undo.money import AddPayment, DeletePayment
from freelance_desk.ui.widgets.data_table import DataTable
from freelance_desk.ui.widgets.empty_state import EmptyState
from freelance_desk.ui.widgets.period_combo import PeriodCombo
from freelance_desk.ui.widgets.search_field import SearchField

PERIODS = (Period.ALL, Period.THIS_MONTH, Period.LAST_MONTH, Period.THIS_YEAR, Period.LAST_YEAR, Period.CUSTOM)


class PaymentsPage(Page):
    topics = (context.PAYMENTS, context.CONTRACTS, context.CLIENTS, context.MILESTONES, context.SETTINGS)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Payments"))
        title.setObjectName("pageTitle")
        outer.addWidget(title)

        actions = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Record payment…"))
        self.add_button.setObjectName("primary")
        self.add_button.setToolTip(self.tr("A bonus, a bank transfer, any money that is not a milestone (Ctrl+N)"))
        self.week_button = QPushButton(self.tr("Record week earnings…"))
        self.week_button.setToolTip(self.tr("Billable hours × rate for a week of an hourly contract"))
        self.edit_action = QAction(self.tr("Edit…"), self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.triggered.connect(self.edit_current)
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(self.delete_current)
        self.edit_button = action_button(self.edit_action)
        self.delete_button = action_button(self.delete_action)
        self.search = SearchField(self.tr("Search client, contract, milestone, note"), self)
        for button in (self.add_button, self.week_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.search)
        outer.addLayout(actions)

        filters = QHBoxLayout()
        self.period = PeriodCombo(PERIODS)
        self.start = date_edit(ctx.today())
        self.end = date_edit(ctx.today())
        self.client = QComboBox()
        self.contract = QComboBox()
        self.contract.setMinimumContentsLength(24)
        self.contract.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        filters.addWidget(QLabel(self.tr("Period")))
        filters.addWidget(self.period)
        filters.addWidget(self.start)
        self.dash = QLabel("–")
        filters.addWidget(self.dash)
        filters.addWidget(self.end)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Client")))
        filters.addWidget(self.client)
        filters.addWidget(QLabel(self.tr("Contract")))
        filters.addWidget(self.contract)
        filters.addStretch(1)
        outer.addLayout(filters)

        self.model = PaymentsTableModel(self)
        self.table = DataTable(self.model)
        c = PaymentsTableModel.Column
        self.table.set_widths({c.DATE: 8, c.CLIENT: 13, c.FOR: 15, c.KIND: 9, c.GROSS: 10, c.FEE: 8, c.NET: 10,
                               c.CURRENCY: 7, c.HOME: 10}, stretch=c.CONTRACT)
        self.empty = EmptyState(
            self.tr("No payments yet"),
            self.tr("Payments appear here when you mark a milestone paid, record a week of hourly earnings, "
                    "or record a bonus or a bank transfer."),
            self.tr("Record payment…"),
            self.add_payment,
        )
        self.add_list(outer, self.table, self.empty, totals=True)

        self.add_button.clicked.connect(self.add_payment)
        self.week_button.clicked.connect(lambda: self.record_week())
        self.table.set_row_actions([self.edit_action, self.delete_action])
        icons.decorate((self.add_button, "plus"), (self.week_button, "plus"), (self.edit_action, "pencil"),
                       (self.delete_action, "trash-2"))
        self.table.activated_id.connect(self.edit_payment)
        self.table.edit_requested.connect(self.edit_payment)
        self.table.delete_requested.connect(self.delete_payment)
        self.table.current_changed.connect(lambda _id: self._update_buttons())
        QShortcut(QKeySequence.StandardKey.New, self, self.add_payment)
        self.search.textChanged.connect(lambda _t: self.reload())
        self.period.currentIndexChanged.connect(self._period_changed)
        self.start.dateChanged.connect(lambda _d: self.reload())
        self.end.dateChanged.connect(lambda _d: self.reload())
        self.client.currentIndexChanged.connect(self._client_changed)
        self.contract.currentIndexChanged.connect(lambda _i: self.reload())
        self.choices: list[ContractChoice] = []
        self.refresh()
        self._period_changed()

    # --- filters ----------------------------------------------------------------
    def _fill_choices(self) -> None:
        """Client and contract pickers, keeping the current choice."""
        client_id, contract_id = self.client.currentData(), self.contract.currentData()
        self.client.blockSignals(True)
        self.choices = contract_choices()
        self.client.clear()
        self.client.addItem(self.tr("All clients"), None)
        seen = set()
        for c in sorted(self.choices, key=lambda c: c.client.lower()):
            if c.client_id not in seen:
                seen.add(c.client_id)
                self.client.addItem(c.client, c.client_id)
        self.client.setCurrentIndex(max(self.client.findData(client_id), 0))
        self.client.blockSignals(False)
        self._fill_contracts(contract_id)

    def _fill_contracts(self, keep: int | None = None) -> None:
        client_id = self.client.currentData()
        self.contract.blockSignals(True)
        self.contract.clear()
        self.contract.addItem(self.tr("All contracts"), None)
        for c in self.choices:
            if client_id is None or c.client_id == client_id:
                self.contract.addItem(c.title if client_id else f"{c.client} — {c.title}", c.id)
        self.contract.setCurrentIndex(max(self.contract.findData(keep), 0))
        self.contract.blockSignals(False)

    def _client_changed(self, _index: int) -> None:
        self._fill_contracts(self.contract.currentData())
        self.reload()

    def _period_changed(self, *_args) -> None:
        custom = self.period.is_custom()
        for widget in (self.start, self.dash, self.end):
            widget.setVisible(custom)
        self.reload()

    def current_filter(self) -> PaymentFilter:
        if self.period.is_custom():
            start, end = pydate(self.start.date()), pydate(self.end.date())
        else:
            start, end = self.period.bounds(self.ctx.today(), settings_store.week_start) or (None, None)
        return PaymentFilter(start, end, self.client.currentData(), self.contract.currentData(), self.search.text())

    def show_month(self, month: str) -> None:
        """Show the payments received in ``month`` ("YYYY-MM"), all clients."""
        first, last = month_bounds(month)
        for widget in (self.start, self.end, self.period, self.client, self.contract, self.search):
            widget.blockSignals(True)
        self.start.setDate(qdate(first))
        self.end.setDate(qdate(last))
        self.period.select(Period.CUSTOM)
        self.client.setCurrentIndex(0)
        self._fill_contracts()
        self.search.clear()
        for widget in (self.start, self.end, self.period, self.client, self.contract, self.search):
            widget.blockSignals(False)
        self._period_changed()

    # --- data ---------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_choices()
        self.reload()

    def reload(self) -> None:
        """Query the payments the filters select."""
        home = settings_store.home_currency()
        flt = self.current_filter()
        with self.table.keeping_selection():
            self.model.set_payments(payment_list.list_payments(flt), home)
        self.stack.setCurrentWidget(self.empty if payment_list.payment_totals().count == 0 else self.table)
        self.totals.setText(self._totals_text(payment_list.payment_totals(flt, home)))
        self._update_buttons()

    def _totals_text(self, t: payment_list.PaymentTotals) -> str:
        if t.count == 0:
            return self.tr("No payments match these filters.")
        parts = [
            self.tr("Payments: {0}").format(t.count),
            self.tr("net {0} (fees {1})").format(money(t.net_home_minor, t.home_currency),
                                                 money(t.fee_home_minor, t.home_currency)),
        ]
        if len(t.by_currency) > 1 or t.home_currency not in t.by_currency:
            received = " + ".join(money(net, cur) for cur, (_g, _f, net) in sorted(t.by_currency.items()))
            parts.append(self.tr("net as received: {0}").format(received))
        text = " · ".join(parts)
        for other, n in sorted(t.other_home.items()):
            text += "\n" + self.tr(
                "Not in the {0} total: {1} payments recorded when your home currency was {2}."
            ).format(t.home_currency, n, other)
        return text

    def _update_buttons(self) -> None:
        current = self.table.current_id()
        row = self.model.row(self.model.row_of_id(current)) if current is not None else None
        self.edit_action.setEnabled(row is not None)
        self.delete_action.setEnabled(row is not None and row.milestone_id is None)
        self.delete_button.setToolTip(
            self.tr("A milestone's payment is changed with its milestone (Milestones page).")
            if row is not None and row.milestone_id is not None else ""
        )
        self.week_button.setEnabled(any(c.kind == ContractKind.HOURLY for c in self.choices))

    def show_target(self, payment_id: int | None = None, month: str | None = None, **_target) -> None:
        if month:
            self.show_month(month)
        if payment_id is not None:
            self.table.select_id(payment_id)

    # --- actions ------------------------------------------------------------------
    def _after_write(self, payment_id: int | None = None) -> None:
        self.ctx.notify(context.PAYMENTS)
        if payment_id is not None:
            self.table.select_id(payment_id)

    @staticmethod
    def _run(dialog):
        """Show a form; the saved object, or None when cancelled. The dialog is freed afterwards."""
        saved = dialog.result_object if dialog.exec() else None
        dialog.deleteLater()
        return saved

    def add_payment(self) -> None:
        if not self.choices:
            self.ctx.show_status(self.tr("Add a contract first: a payment belongs to a contract."))
            return
        saved = self._run(PaymentDialog(self.ctx, contract_id=self.contract.currentData(), parent=self))
        if saved is not None:
            self._push_added(saved.id, self.tr("Record payment"))

    def record_week(self, contract_id: int | None = None, week: date | None = None) -> None:
        saved = self._run(WeekEarningsDialog(self.ctx, contract_id or self.contract.currentData(), week, parent=self))
        if saved is not None:
            self._push_added(saved.id, self.tr("Record week earnings"))

    def _push_added(self, payment_id: int, text: str) -> None:
        self.ctx.undo_stack.push(AddPayment(text, payment_id, lambda: self.ctx.notify(context.PAYMENTS)))
        self._after_write(payment_id)

    def edit_current(self) -> None:
        if self.table.current_id() is not None:
            self.edit_payment(self.table.current_id())

    def edit_payment(self, payment_id: int) -> None:
        if self._run(PaymentDialog(self.ctx, payment_id, parent=self)) is not None:
            self._after_write(payment_id)

    def delete_current(self) -> None:
        if self.table.current_id() is not None:
            self.delete_payment(self.table.current_id())

    def delete_payment(self, payment_id: int) -> None:
        row = self.model.row(self.model.row_of_id(payment_id))
        amount = money(row.gross_minor, row.currency)
        if not forms.confirm(self, self.tr("Delete payment"),
                       self.tr("Delete the payment of {0} from {1} received {2}?").format(
                           amount, row.client, row.received_on.isoformat()),
                       self.tr("Delete")):
            return
        try:
            snapshot = payments.delete_listed_payment(payment_id)
        except DomainError as e:
            self.ctx.show_status(self.ctx.error_text(e))
            return
        self.ctx.undo_stack.push(
            DeletePayment(self.tr("Delete payment"), payment_id, snapshot, lambda: self.ctx.notify(context.PAYMENTS))
        )
        self._after_write()
