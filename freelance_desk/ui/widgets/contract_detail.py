"""The selected contract: its terms, money totals, milestones, recent hours and payments."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from freelance_desk.core.errors import NotFound
from freelance_desk.core.vocabulary import (
    CLOSED_CONTRACT_STATUSES,
    CONTRACT_KIND_LABELS,
    CONTRACT_STATUS_LABELS,
    ContractKind,
)
from freelance_desk.services.contracts import activity as contract_activity
from freelance_desk.services.contracts import contracts
from freelance_desk.services.contracts import listing as contract_list
from freelance_desk.services.contracts.listing import ContractRow
from freelance_desk.ui import icons
from freelance_desk.ui.buttons import action_button
from freelance_desk.ui.format import basis_points, short_date
from freelance_desk.ui.models.contract_activity import (
    ContractPaymentsTableModel,
    ContractTimeTableModel,
    PaymentColumn,
    TimeColumn,
)
from freelance_desk.ui.models.row_table import platform_text, service_text
from freelance_desk.ui.widgets.contract_totals import TotalsPanel
from freelance_desk.ui.widgets.data_table import DataTable
from freelance_desk.ui.widgets.elided_label import ElidedLabel
from freelance_desk.ui.widgets.milestone_panel import MilestonePanel
from freelance_desk.ui.widgets.rate_trend import RatePanel

RECENT_ENTRIES = 50


class ContractDetail(QWidget):
    edit_requested = Signal(int)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.contract: ContractRow | None = None
        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.nothing = QLabel(self.tr("Select a contract to see its milestones, hours and payments."))
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setObjectName("emptyText")
        self.stack.addWidget(self.nothing)

        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 6, 0, 0)
        head = QHBoxLayout()
        self.heading = ElidedLabel()
        self.heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        # The contracts list's F2 and its rows' context menu trigger this action too.
        self.edit_action = QAction(self.tr("Edit contract…"), self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.triggered.connect(lambda: self.contract and self.edit_requested.emit(self.contract.id))
        self.edit_button = action_button(self.edit_action)
        icons.decorate((self.edit_action, "pencil"))
        head.addWidget(self.heading, 1)
        head.addWidget(self.edit_button)
        lay.addLayout(head)
        self.terms = ElidedLabel()
        self.terms.setObjectName("cardTitle")
        lay.addWidget(self.terms)
        self.totals = TotalsPanel()
        lay.addWidget(self.totals)
        self.rate = RatePanel()  # net ÷ hours, and the trend across contracts
        lay.addWidget(self.rate)

        self.tabs = QTabWidget()
        self.milestones = MilestonePanel(ctx)
        self.hourly_note = QLabel(self.tr("Hourly contracts are paid for tracked time; they have no milestones."))
        self.hourly_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        milestone_tab = QStackedWidget()
        milestone_tab.addWidget(self.milestones)
        milestone_tab.addWidget(self.hourly_note)
        self.milestone_tab = milestone_tab
        self.time_model = ContractTimeTableModel(self)
        self.time_table = DataTable(self.time_model)
        self.time_table.set_widths({TimeColumn.START: 18, TimeColumn.END: 8, TimeColumn.DURATION: 7,
                                    TimeColumn.MILESTONE: 20}, stretch=TimeColumn.NOTE)
        self.payment_model = ContractPaymentsTableModel(self)
        self.payment_table = DataTable(self.payment_model)
        self.payment_table.set_widths({PaymentColumn.RECEIVED: 10, PaymentColumn.GROSS: 14, PaymentColumn.FEE: 12,
                                       PaymentColumn.NET: 14}, stretch=PaymentColumn.FOR)
        self.tabs.addTab(milestone_tab, self.tr("Milestones"))
        self.tabs.addTab(self.time_table, self.tr("Time"))
        self.tabs.addTab(self.payment_table, self.tr("Payments"))
        lay.addWidget(self.tabs, 1)
        self.stack.addWidget(body)

    def show_contract(self, contract_id: int | None) -> None:
        """Show one contract (None: the hint to pick one)."""
        if contract_id is None:
            self.contract = None
        else:
            try:
                self.contract = contract_list.contract_row(contract_id, self.ctx.today_everywhere())
            except NotFound:
                self.contract = None
        self.edit_action.setEnabled(self.contract is not None)
        if self.contract is None:
            self.stack.setCurrentWidget(self.nothing)
            self.milestones.set_contract(None)
            return
        self.stack.setCurrentIndex(1)
        self._fill(self.contract)

    def refresh(self) -> None:
        self.show_contract(self.contract.id if self.contract else None)

    def _fill(self, c: ContractRow) -> None:
        self.heading.set_full_text(c.title)
        if c.start_date and c.end_date:
            dates = f"{short_date(c.start_date)} – {short_date(c.end_date)}"
        elif c.start_date:
            dates = self.tr("since {0}").format(short_date(c.start_date))
        else:
            dates = self.tr("due {0}").format(short_date(c.end_date)) if c.end_date else ""
        parts = [c.client, platform_text(c.platform), service_text(CONTRACT_KIND_LABELS[c.kind]), service_text(CONTRACT_STATUS_LABELS[c.status])]
        if c.fee_bps:
            parts.append(self.tr("fee {0}").format(basis_points(c.fee_bps)))
        parts.append(dates)
        self.terms.set_full_text(" · ".join(p for p in parts if p))
        fixed = c.kind == ContractKind.FIXED
        if fixed:
            self.totals.show_fixed(contracts.contract_totals(c.id, self.ctx.today_everywhere()))
        else:
            self.totals.show_hourly(c, contract_activity.tracked_seconds(c.id))
        self.rate.show_contract(c.id, self.ctx.today())
        self.milestone_tab.setCurrentIndex(0 if fixed else 1)
        self.milestones.set_contract(c.id if fixed else None, editable=c.status not in CLOSED_CONTRACT_STATUSES)
        with self.time_table.keeping_selection():
            self.time_model.set_rows(contract_activity.recent_time_entries(c.id, RECENT_ENTRIES))
        with self.payment_table.keeping_selection():
            self.payment_model.set_rows(contract_activity.contract_payments(c.id))
        shown = self.time_model.rowCount()
        self.tabs.setTabText(
            1, self.tr("Time (latest {0})").format(shown) if shown == RECENT_ENTRIES else self.tr("Time ({0})").format(shown)
        )
        self.tabs.setTabText(2, self.tr("Payments ({0})").format(self.payment_model.rowCount()))
