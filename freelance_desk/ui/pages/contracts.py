"""Contracts: the list (filter by status and client, search) and the selected contract's detail.

A contract row's context menu offers editing it (F2) and adding a milestone: the same
actions as the detail's buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from freelance_desk.core.vocabulary import CONTRACT_STATUS_LABELS, ContractStatus
from freelance_desk.services.clients import listing as client_list
from freelance_desk.services.contracts import listing as contract_list
from freelance_desk.services.contracts.contracts import ContractData
from freelance_desk.ui import icons
from freelance_desk.ui.context import (
    CLIENTS,
    CONTRACTS,
    MILESTONES,
    PAYMENTS,
    SETTINGS,
    TIME,
)
from freelance_desk.ui.dialogs.contract import ContractDialog
from freelance_desk.ui.models.contracts import Column, ContractsTableModel
from freelance_desk.ui.models.row_table import service_text
from freelance_desk.ui.pages.base import Page
from freelance_desk.ui.widgets.contract_detail import ContractDetail
from freelance_desk.ui.widgets.data_table import DataTable
from freelance_desk.ui.widgets.empty_state import EmptyState
from freelance_desk.ui.widgets.progress_delegate import ProgressDelegate
from freelance_desk.ui.widgets.search_field import SearchField


def contracts_table(model: ContractsTableModel) -> DataTable:
    """The contracts table as this page and the clients page show it."""
    table = DataTable(model)
    table.setItemDelegateForColumn(int(Column.PROGRESS), ProgressDelegate(table))
    table.set_widths(
        {Column.CLIENT: 14, Column.AMOUNT: 12, Column.PROGRESS: 10, Column.NEXT_DUE: 19},
        stretch=Column.TITLE,
        fit=(Column.KIND, Column.STATUS, Column.CURRENCY, Column.OVERDUE),
    )
    return table


class ContractsPage(Page):
    topics = (CLIENTS, CONTRACTS, MILESTONES, PAYMENTS, TIME, SETTINGS)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        title = QLabel(self.tr("Contracts"))
        title.setObjectName("pageTitle")
        self.search = SearchField(self.tr("Search (Ctrl+F)"), self)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), "")
        self.status.addItem(self.tr("Open (active, paused, draft)"), contract_list.OPEN_FILTER)
        for status in tuple(ContractStatus):
            self.status.addItem(service_text(CONTRACT_STATUS_LABELS[status]), status)
        self.client = QComboBox()
        self.client.setMinimumContentsLength(16)
        self.client.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.new_button = QPushButton(self.tr("&New contract"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        for w in (self.search, self.status, self.client, self.new_button):
            bar.addWidget(w)

        self.model = ContractsTableModel(self)
        self.table = contracts_table(self.model)
        self.table.setObjectName("contractsTable")
        self.detail = ContractDetail(ctx)
        self.no_match = QWidget()
        nm = QHBoxLayout(self.no_match)
        nm.setContentsMargins(0, 0, 0, 0)
        self.no_match_label = QLabel()
        self.no_match_label.setTextFormat(Qt.TextFormat.PlainText)
        clear = QPushButton(self.tr("Show all contracts"))
        clear.clicked.connect(self.clear_filters)
        nm.addWidget(self.no_match_label)
        nm.addWidget(clear)
        nm.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_lay = QVBoxLayout(top)
        top_lay.setContentsMargins(0, 0, 0, 0)
        top_lay.addWidget(self.no_match)
        top_lay.addWidget(self.table)
        splitter.addWidget(top)
        splitter.addWidget(self.detail)
        splitter.setSizes([300, 400])  # proportions: the table gets about nine rows at the usual size
        splitter.setChildrenCollapsible(False)

        self.empty = EmptyState(
            self.tr("No contracts yet"),
            self.tr(
                "A contract is work for a client: a fixed price paid by milestones, or an hourly rate. "
                "Add your first one; a small one-off job takes a few seconds."
            ),
            self.tr("New contract"),
            self.new_contract,
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.stack, 1)

        QShortcut(QKeySequence.StandardKey.New, self).activated.connect(self.new_contract)
        self.new_button.clicked.connect(self.new_contract)
        icons.decorate((self.new_button, "plus"))
        self.search.textChanged.connect(self.reload)
        self.status.currentIndexChanged.connect(self.reload)
        self.client.currentIndexChanged.connect(self.reload)
        self.table.set_row_actions([self.detail.edit_action, self.detail.milestones.add_action])
        self.table.current_changed.connect(self.detail.show_contract)
        self.table.activated_id.connect(self.edit_contract)
        self.table.edit_requested.connect(self.edit_contract)
        self.detail.edit_requested.connect(self.edit_contract)
        self._loading = False
        self.refresh()
        self.table.select_first()

    # --- data ---------------------------------------------------------------
    def refresh(self) -> None:
        self._loading = True
        chosen = self.chosen_client()
        self.client.clear()
        self.client.addItem(self.tr("All clients"), 0)
        for c in client_list.client_choices(keep_id=chosen):
            self.client.addItem(c.name, c.id)
        self.client.setCurrentIndex(max(self.client.findData(chosen or 0), 0))
        self._loading = False
        self.reload()

    def reload(self) -> None:
        if self._loading:
            return
        rows = contract_list.list_contracts(
            self.search.text(), self.status.currentData() or None, self.chosen_client(), self.ctx.today_everywhere()
        )
        with self.table.keeping_selection():
            self.model.set_rows(rows)
        filtered = bool(self.search.text().strip()) or self.status.currentIndex() > 0 or self.client.currentIndex() > 0
        self.stack.setCurrentWidget(self.empty if not rows and not filtered else self.stack.widget(0))
        self.no_match.setVisible(not rows and filtered)
        self.no_match_label.setText(self.tr("No contracts match these filters."))

    def chosen_client(self) -> int | None:
        """The client filter (None: all). Item data is never None: see row_table on PySide 6.12."""
        return self.client.currentData() or None

    def clear_filters(self) -> None:
        self._loading = True
        self.search.clear()
        self.status.setCurrentIndex(0)
        self.client.setCurrentIndex(0)
        self._loading = False
        self.reload()

    def show_target(self, contract_id: int | None = None, milestone_id: int | None = None, **_) -> None:
        if contract_id is None:
            return
        self.refresh()
        if not self.table.select_id(contract_id):
            self.clear_filters()
            self.table.select_id(contract_id)
        if milestone_id is not None:
            self.detail.milestones.select(milestone_id)
        self.table.setFocus()

    # --- actions ------------------------------------------------------------
    def new_contract(self) -> None:
        if not client_list.client_choices():
            self.ctx.show_status(self.tr("Add a client first: every contract is with a client."))
            self.ctx.navigate("clients", new=True)
            return
        prefill = ContractData(client_id=self.chosen_client(), title="")
        dialog = ContractDialog(self.ctx, self, prefill=prefill)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.notify(CONTRACTS, CLIENTS)
            self.show_target(contract_id=dialog.result_object.id)

    def edit_contract(self, contract_id: int) -> None:
        if ContractDialog(self.ctx, self, contract_id=contract_id).exec() == QDialog.DialogCode.Accepted:
            self.ctx.notify(CONTRACTS, CLIENTS)
