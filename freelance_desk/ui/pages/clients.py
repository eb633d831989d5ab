"""Clients: who you work for, their time now, and what they owe; their contracts below.

A client's actions (edit, new contract, archive, delete) are QActions shared by the buttons,
the rows' context menu and the table's keys (F2, Del).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from freelance_desk.core.errors import DomainError
from freelance_desk.services.clients import clients
from freelance_desk.services.clients import listing as client_list
from freelance_desk.services.contracts import listing as contract_list
from freelance_desk.services.contracts.contracts import ContractData
from freelance_desk.services.settings import store as settings_store
from freelance_desk.ui import forms, icons
from freelance_desk.ui.buttons import action_button
from freelance_desk.ui.context import (
    CLIENTS,
    CONTRACTS,
    MILESTONES,
    PAYMENTS,
    PROPOSALS,
    SETTINGS,
)
from freelance_desk.ui.dialogs.client import ClientDialog
from freelance_desk.ui.dialogs.contract import ContractDialog
from freelance_desk.ui.models.clients import ClientsTableModel, Column
from freelance_desk.ui.models.contracts import Column as ContractColumn
from freelance_desk.ui.models.contracts import ContractsTableModel
from freelance_desk.ui.pages.base import Page
from freelance_desk.ui.pages.contracts import contracts_table
from freelance_desk.ui.undo.clients import ArchiveClient, DeleteClient, UnarchiveClient
from freelance_desk.ui.widgets.data_table import DataTable
from freelance_desk.ui.widgets.elided_label import ElidedLabel
from freelance_desk.ui.widgets.empty_state import EmptyState
from freelance_desk.ui.widgets.notice import warn
from freelance_desk.ui.widgets.rate_trend import RatePanel
from freelance_desk.ui.widgets.search_field import SearchField


class ClientsPage(Page):
    topics = (CLIENTS, CONTRACTS, MILESTONES, PAYMENTS, PROPOSALS, SETTINGS)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        title = QLabel(self.tr("Clients"))
        title.setObjectName("pageTitle")
        self.search = SearchField(self.tr("Search (Ctrl+F)"), self)
        self.show_archived = QCheckBox(self.tr("Show &archived"))
        self.new_button = QPushButton(self.tr("&New client"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.edit_action = self._action(self.tr("&Edit…"), lambda: self.edit_client(self.table.current_id()),
                                        QKeySequence(Qt.Key.Key_F2))
        self.archive_action = self._action(self.tr("Archive"), self.toggle_archive)
        self.delete_action = self._action(self.tr("&Delete"), lambda: self.remove_client(self.table.current_id()),
                                          QKeySequence(QKeySequence.StandardKey.Delete))
        self.new_contract_action = self._action(self.tr("New contract for this client…"), self.new_contract)
        self.edit_button = action_button(self.edit_action)
        self.archive_button = action_button(self.archive_action)
        self.delete_button = action_button(self.delete_action)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        for w in (self.search, self.show_archived, self.edit_button, self.archive_button, self.delete_button,
                  self.new_button):
            bar.addWidget(w)

        self.model = ClientsTableModel(self)
        self.table = DataTable(self.model)
        self.table.setObjectName("clientsTable")
        self.table.set_widths(
            {Column.COMPANY: 22, Column.PLATFORM: 9, Column.LOCAL_TIME: 11, Column.ACTIVE: 15,
             Column.CONTRACTS: 9, Column.RETURNING: 10, Column.EARNED: 15, Column.RECEIVABLE: 15},
            stretch=Column.NAME,
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.no_match = QLabel(self.tr("No clients match your search."))
        self.no_match.hide()

        self.contract_model = ContractsTableModel(self)
        self.contract_table = contracts_table(self.contract_model)
        self.contract_table.setObjectName("clientContracts")
        self.contract_table.hide_columns(ContractColumn.CLIENT, ContractColumn.CURRENCY)
        self.contracts_heading = ElidedLabel()
        self.contracts_heading.setStyleSheet("font-weight: 600;")
        self.new_contract_button = action_button(self.new_contract_action)
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 6, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.contracts_heading, 1)
        head.addWidget(self.new_contract_button)
        dl.addLayout(head)
        self.rate = RatePanel()
        dl.addWidget(self.rate)
        dl.addWidget(self.contract_table)
        hint = QLabel(self.tr("Double-click a contract to open it."))
        hint.setObjectName("cardTitle")
        dl.addWidget(hint)

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.no_match)
        tl.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.empty = EmptyState(
            self.tr("No clients yet"),
            self.tr("Add the people and companies you work for; their contracts, hours and payments hang off them."),
            self.tr("Add a client"),
            self.new_client,
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.stack, 1)

        QShortcut(QKeySequence.StandardKey.New, self).activated.connect(self.new_client)
        self.new_button.clicked.connect(self.new_client)
        self.table.set_row_actions([self.edit_action, self.new_contract_action, None, self.archive_action,
                                    self.delete_action])
        icons.decorate((self.new_button, "plus"), (self.edit_action, "pencil"), (self.archive_action, "archive"),
                       (self.delete_action, "trash-2"), (self.new_contract_action, "plus"))
        self.search.textChanged.connect(self.reload)
        self.show_archived.toggled.connect(self.reload)
        self.table.activated_id.connect(self.edit_client)
        self.table.edit_requested.connect(self.edit_client)
        self.table.delete_requested.connect(self.remove_client)
        self.table.current_changed.connect(self._client_selected)
        self.contract_table.activated_id.connect(lambda cid: self.ctx.navigate("contracts", contract_id=cid))
        # Their local time moves on: repaint that column twice a minute while the page is shown.
        self.clock = QTimer(self)
        self.clock.setInterval(30_000)
        self.clock.timeout.connect(lambda: self.model.set_now(self.ctx.now()))
        self.refresh()
        self.table.select_first()

    def _action(self, text: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.model.set_now(self.ctx.now())
        self.clock.start()

    def hideEvent(self, event) -> None:  # noqa: N802
        self.clock.stop()
        super().hideEvent(event)

    # --- data ---------------------------------------------------------------
    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        rows = client_list.list_clients(self.search.text(), include_archived=self.show_archived.isChecked())
        with self.table.keeping_selection():
            self.model.set_clients(rows, self.ctx.now(), settings_store.home_currency())
        searching = bool(self.search.text().strip())
        none_at_all = not rows and not searching and not self.show_archived.isChecked()
        self.stack.setCurrentWidget(self.empty if none_at_all else self.stack.widget(0))
        self.no_match.setVisible(not rows and searching)

    def current_row(self):
        row_id = self.table.current_id()
        index = self.model.row_of_id(row_id) if row_id is not None else -1
        return self.model.row(index) if index >= 0 else None

    def _client_selected(self, client_id) -> None:
        row = self.current_row()
        for action in (self.edit_action, self.archive_action, self.delete_action):
            action.setEnabled(row is not None)
        self.archive_action.setText(self.tr("Unarchive") if row and row.archived else self.tr("Archive"))
        self.new_contract_action.setEnabled(row is not None and not row.archived)
        self.contracts_heading.set_full_text(self.tr("Contracts with {0}").format(row.name) if row else "")
        self.rate.setVisible(row is not None)
        if row is not None:
            self.rate.show_client(row.id, self.ctx.today())
        rows = contract_list.list_contracts(client_id=client_id, today=self.ctx.today_everywhere()) if row else []
        with self.contract_table.keeping_selection():
            self.contract_model.set_rows(rows)

    def show_target(self, client_id: int | None = None, new: bool = False, **_) -> None:
        if new:
            self.new_client()
        elif client_id is not None:
            if not self.table.select_id(client_id):
                self.search.clear()
                self.show_archived.setChecked(True)
                self.table.select_id(client_id)

    # --- actions ------------------------------------------------------------
    def new_client(self) -> None:
        dialog = ClientDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.notify(CLIENTS)
            self.search.clear()
            self.reload()
            self.table.select_id(dialog.result_object.id)

    def edit_client(self, client_id) -> None:
        if client_id is not None and ClientDialog(self.ctx, self, client_id).exec() == QDialog.DialogCode.Accepted:
            self.ctx.notify(CLIENTS, CONTRACTS)

    def new_contract(self) -> None:
        row = self.current_row()
        if row is None:
            return
        dialog = ContractDialog(self.ctx, self, prefill=ContractData(client_id=row.id, title=""))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.notify(CONTRACTS, CLIENTS)
            self.ctx.navigate("contracts", contract_id=dialog.result_object.id)

    def toggle_archive(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.archived:
            clients.unarchive_client(row.id)
            self._push(UnarchiveClient(self.tr("Unarchive “{0}”").format(row.name), row.id, self.ctx.now,
                                       self._clients_changed))
        else:
            self.archive(row)

    def archive(self, row) -> None:
        if not forms.confirm(
            self,
            self.tr("Archive client"),
            self.tr("Archive “{0}”? Their contracts and payments stay; the client is hidden until you tick "
                    "“Show archived”.").format(row.name),
            self.tr("Archive"),
        ):
            return
        clients.archive_client(row.id, self.ctx.now())
        self._push(ArchiveClient(self.tr("Archive “{0}”").format(row.name), row.id, self.ctx.now,
                                 self._clients_changed))

    def remove_client(self, client_id) -> None:
        """Del: delete a client with no history (undoable); archive one that has some."""
        row = self.current_row() if client_id is not None else None
        if row is None:
            return
        if clients.has_history(row.id):
            if row.archived:
                self.ctx.show_status(self.tr("“{0}” has contracts, so it stays archived.").format(row.name))
            else:
                self.archive(row)
            return
        if not forms.confirm(
            self,
            self.tr("Delete client"),
            self.tr("Delete “{0}”? You can undo this with Ctrl+Z.").format(row.name),
            self.tr("Delete"),
        ):
            return
        try:
            snapshot = clients.delete_client(row.id)
        except DomainError as e:
            warn(self, self.tr("Delete client"), self.ctx.error_text(e))
            return
        self._push(DeleteClient(self.tr("Delete “{0}”").format(row.name), row.id, snapshot, self._clients_changed))

    def _push(self, command) -> None:
        """Record an action already done, so Ctrl+Z reverts it, and tell the other pages."""
        self.ctx.undo_stack.push(command)
        self._clients_changed()
        self.reload()

    def _clients_changed(self) -> None:
        self.ctx.notify(CLIENTS)
