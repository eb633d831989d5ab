"""Proposals: what was sent where, what it cost in connects, and what came of it; a won one becomes a contract."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from freelance_desk.core.errors import DomainError
from freelance_desk.core.vocabulary import ProposalStatus
from freelance_desk.services.clients import listing as client_list
from freelance_desk.services.pipeline import connects, proposal_list, proposals
from freelance_desk.services.pipeline.proposal_stats import proposal_figures
from freelance_desk.ui import context, icons, theme
from freelance_desk.ui import format as fmt
from freelance_desk.ui.buttons import action_button
from freelance_desk.ui.dialogs.connects import BuyConnectsDialog, FreeConnectsDialog
from freelance_desk.ui.dialogs.proposal import ProposalDialog
from freelance_desk.ui.dialogs.run import run_form
from freelance_desk.ui.forms import confirm
from freelance_desk.ui.literal import plain_tooltip
from freelance_desk.ui.models.proposals import ProposalsTableModel, status_label
from freelance_desk.ui.models.row_table import service_text
from freelance_desk.ui.pages.base import Page
from freelance_desk.ui.pages.proposal_figures import FiguresPanel
from freelance_desk.ui.undo.pipeline import AddProposal, BuyConnects, DeleteProposal, RefundConnects, SetFreeConnects
from freelance_desk.ui.widgets.data_table import DataTable
from freelance_desk.ui.widgets.empty_state import EmptyState
from freelance_desk.ui.widgets.search_field import SearchField


def months_back(today: date, months: int) -> date:
    """The first day of the month ``months - 1`` before today's: 3 → this month and the two before."""
    y, m = today.year, today.month - (months - 1)
    while m < 1:
        y, m = y - 1, m + 12
    return date(y, m, 1)


class ProposalsPage(Page):
    topics = (context.PROPOSALS, context.CLIENTS, context.CONTRACTS, context.SETTINGS)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Proposals"))
        title.setObjectName("pageTitle")
        outer.addWidget(title)

        actions = QHBoxLayout()
        self.add_button = QPushButton(self.tr("New proposal…"))
        self.add_button.setObjectName("primary")
        self.add_button.setToolTip(self.tr("Record a proposal you sent (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.hire_button = QPushButton(self.tr("Hired…"))
        self.hire_button.setToolTip(self.tr("You won the job: create the contract from this proposal"))
        self.refund_button = QPushButton(self.tr("Connects refunded…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for button in (self.add_button, self.edit_button, self.hire_button, self.refund_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        # The connects held, and where they come from: a purchase, the starting balance, the monthly free ones.
        self.connects_label = QLabel()
        self.connects_label.setTextFormat(Qt.TextFormat.PlainText)
        self.connects_label.setObjectName("connectsBalance")
        self.buy_action = QAction(self.tr("Buy connects…"), self)
        self.buy_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.buy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.buy_action.triggered.connect(self.buy_connects)
        self.free_action = QAction(self.tr("Connects held…"), self)
        self.free_action.triggered.connect(self.set_free_connects)
        self.addActions([self.buy_action, self.free_action])
        self.buy_button = action_button(self.buy_action, self.tr("Record connects you bought (Ctrl+Shift+B)"))
        self.free_button = action_button(
            self.free_action, self.tr("The starting balance (a new Upwork member has 40) and the free connects "
                                      "of every month"))
        actions.addWidget(self.connects_label)
        actions.addWidget(self.buy_button)
        actions.addWidget(self.free_button)
        outer.addLayout(actions)

        filters = QHBoxLayout()
        self.platform = QComboBox()
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for status in tuple(ProposalStatus):
            self.status.addItem(status_label(status), status)
        self.period = QComboBox()
        for months, label in ((3, self.tr("Last 3 months")), (6, self.tr("Last 6 months")),
                              (12, self.tr("Last 12 months")), (0, self.tr("All time"))):
            self.period.addItem(label, months)
        self.period.setCurrentIndex(2)
        for label, combo in ((self.tr("Platform"), self.platform), (self.tr("Status"), self.status),
                             (self.tr("Sent in"), self.period)):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo)
            filters.addSpacing(8)
        filters.addStretch(1)
        self.search = SearchField(self.tr("Search job, client, notes"), self)
        self.search.setMinimumWidth(140)
        self.search.setMaximumWidth(260)
        filters.addWidget(self.search, 1)
        outer.addLayout(filters)

        self.figures = FiguresPanel()
        self._split_set = False
        self.model = ProposalsTableModel(self)
        self.table = DataTable(self.model)
        c = ProposalsTableModel.Column
        self.table.set_widths({c.SENT: 9, c.PLATFORM: 7, c.JOB: 30, c.CLIENT: 14, c.CONNECTS: 11, c.BID: 11,
                               c.STATUS: 14, c.NOTES: 12}, stretch=c.JOB)
        self.matches = QLabel()
        self.matches.setTextFormat(Qt.TextFormat.PlainText)
        self.matches.setObjectName("cardTitle")
        # Figures above, proposals below; on a small screen the figures scroll and the split can be dragged.
        figures_area = QScrollArea()
        figures_area.setWidgetResizable(True)
        figures_area.setFrameShape(QScrollArea.Shape.NoFrame)
        figures_area.setWidget(self.figures)
        table_box = QWidget()
        lay = QVBoxLayout(table_box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.matches)
        listing = self.splitter = QSplitter(Qt.Orientation.Vertical)
        listing.setChildrenCollapsible(False)
        listing.addWidget(figures_area)
        listing.addWidget(table_box)
        listing.setStretchFactor(1, 1)
        figures_area.setMinimumHeight(60)
        table_box.setMinimumHeight(120)
        self.empty = EmptyState(
            self.tr("No proposals yet"),
            self.tr("Write down each proposal you send: the job, the connects it cost, your bid. "
                    "Your win rate and what a won contract costs follow from them."),
            self.tr("New proposal…"),
            self.add_proposal,
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(listing)
        self.stack.addWidget(self.empty)
        outer.addWidget(self.stack, 1)

        self.add_button.clicked.connect(self.add_proposal)
        self.edit_button.clicked.connect(lambda: self._with_current(self.edit_proposal))
        self.hire_button.clicked.connect(lambda: self._with_current(self.hire))
        self.refund_button.clicked.connect(lambda: self._with_current(self.record_refund))
        self.delete_button.clicked.connect(lambda: self._with_current(self.delete_proposal))
        icons.decorate((self.add_button, "plus"), (self.edit_button, "pencil"), (self.delete_button, "trash-2"))
        self.table.activated_id.connect(self.edit_proposal)
        self.table.edit_requested.connect(self.edit_proposal)
        self.table.delete_requested.connect(self.delete_proposal)
        self.table.current_changed.connect(lambda _id: self._update_buttons())
        QShortcut(QKeySequence.StandardKey.New, self, self.add_proposal)
        self.search.textChanged.connect(lambda _t: self.reload())
        for combo in (self.platform, self.status, self.period):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._split_set:
            # The figures get what they need, at most half the height; the proposals the rest.
            self._split_set = True
            total = self.splitter.height()
            self.figures.arrange_for(self.splitter.width())
            needed = max(self.figures.sizeHint().height(), self.figures.heightForWidth(self.splitter.width()))
            top = min(needed, total // 2)
            self.splitter.setSizes([top, total - top])

    # --- data ---------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.platform.currentData()
        self.platform.blockSignals(True)
        self.platform.clear()
        self.platform.addItem(self.tr("All platforms"), None)
        for p in client_list.platforms():
            self.platform.addItem(p.name, p.id)
        self.platform.addItem(service_text(client_list.DIRECT), client_list.DIRECT_ID)
        self.platform.setCurrentIndex(max(self.platform.findData(keep), 0))
        self.platform.blockSignals(False)
        self.reload()

    def period_bounds(self) -> tuple[date | None, date | None]:
        months = self.period.currentData()
        today = self.ctx.today()
        return (months_back(today, months), today) if months else (None, None)

    def reload(self) -> None:
        start, end = self.period_bounds()
        platform_id, status = self.platform.currentData(), self.status.currentData()
        rows = proposal_list.list_proposals(platform_id, status, start, end, self.search.text())
        with self.table.keeping_selection():
            self.model.set_rows(rows)
        self.figures.set_figures(proposal_figures(start, end, platform_id))
        self._update_connects()
        self.stack.setCurrentWidget(self.stack.widget(0) if rows or proposal_list.any_proposals() else self.empty)
        self.matches.setText(
            self.tr("Proposals shown: {0}").format(len(rows)) if rows else self.tr("No proposals match these filters.")
        )
        self._update_buttons()

    def _connects_platform(self) -> int | None:
        """The platform the connects buttons act on: the filter's, else the first with connects."""
        chosen = self.platform.currentData()
        held = [b.platform_id for b in self._balances]
        return chosen if chosen in held else (held[0] if held else None)

    def _update_connects(self) -> None:
        self._balances = connects.balances(self.ctx.today())
        chosen = self.platform.currentData()
        shown = [b for b in self._balances if b.platform_id == chosen] or (
            self._balances if chosen is None else [])
        if len(shown) == 1 and len(self._balances) == 1:
            text = self.tr("Connects: {0}").format(fmt.number(shown[0].held))
        else:
            text = "   ".join(self.tr("{0} connects: {1}").format(b.platform, fmt.number(b.held)) for b in shown)
        below = any(b.held < 0 for b in shown)
        if below:
            text += " " + self.tr("(below zero)")
        self.connects_label.setText(text)
        self.connects_label.setVisible(bool(shown))
        self.connects_label.setStyleSheet(theme.text_style(theme.Role.DANGER) if below else "")
        tips = [self.tr("{0}: {1} at the start on {2}, {3} free, {4} bought, {5} spent, {6} refunded").format(
            b.platform, fmt.number(b.opening), fmt.short_date(b.opening_on) if b.opening_on else "–",
            *map(fmt.number, (b.free, b.bought, b.spent, b.refunded))) for b in shown]
        self.connects_label.setToolTip(plain_tooltip("\n".join(tips)))
        for action in (self.buy_action, self.free_action):
            action.setEnabled(bool(self._balances))

    def buy_connects(self) -> None:
        if not self.buy_action.isEnabled():
            return
        bought = run_form(BuyConnectsDialog(self.ctx, self, self._connects_platform()))
        if bought is None:
            return
        self.ctx.undo_stack.push(BuyConnects(self.tr("Buy connects"), bought,
                                             lambda: self.ctx.notify(context.PROPOSALS)))
        self._changed()
        self.ctx.show_status(self.tr("Connects recorded. Ctrl+Z takes them back."))

    def set_free_connects(self) -> None:
        dialog = FreeConnectsDialog(self.ctx, self, self._connects_platform())
        platform_id = run_form(dialog)
        if platform_id is None:
            return
        self.ctx.undo_stack.push(SetFreeConnects(self.tr("Connects held"), platform_id, dialog.result_changes,
                                                 lambda: self.ctx.notify(context.PROPOSALS)))
        self._changed()

    def _current_row(self):
        row_id = self.table.current_id()
        return self.model.row(self.model.row_of_id(row_id)) if row_id is not None else None

    def _update_buttons(self) -> None:
        row = self._current_row()
        for button in (self.edit_button, self.hire_button, self.refund_button, self.delete_button):
            button.setEnabled(row is not None)
        hired = row is not None and row.contract_id is not None
        self.hire_button.setText(self.tr("Open contract") if hired else self.tr("Hired…"))
        self.refund_button.setEnabled(row is not None and row.connects > 0)

    def _with_current(self, action) -> None:
        row_id = self.table.current_id()
        if row_id is not None:
            action(row_id)

    def show_target(self, proposal_id: int | None = None, **_target) -> None:
        if proposal_id is not None and not self.table.select_id(proposal_id):
            self.period.setCurrentIndex(self.period.count() - 1)  # all time
            self.table.select_id(proposal_id)

    # --- actions ------------------------------------------------------------------
    def _changed(self, proposal_id: int | None = None, *topics: str) -> None:
        self.ctx.notify(context.PROPOSALS, *topics)
        if proposal_id is not None:
            self.table.select_id(proposal_id)

    def add_proposal(self) -> None:
        saved = run_form(ProposalDialog(self.ctx, self))
        if saved is None:
            return
        new_id = saved.id
        self.ctx.undo_stack.push(
            AddProposal(self.tr("Add proposal"), new_id, lambda: self.ctx.notify(context.PROPOSALS))
        )
        self._changed(new_id)

    def edit_proposal(self, proposal_id: int) -> None:
        if run_form(ProposalDialog(self.ctx, self, proposal_id)) is not None:
            self._changed(proposal_id)

    def delete_proposal(self, proposal_id: int) -> None:
        row = self.model.row(self.model.row_of_id(proposal_id))
        if not confirm(self, self.tr("Delete proposal"),
                       self.tr("Delete the proposal “{0}” sent on {1}?").format(row.job_title, row.sent_on.isoformat()),
                       self.tr("Delete")):
            return
        snapshot = proposals.delete_proposal(proposal_id)
        self.ctx.undo_stack.push(
            DeleteProposal(self.tr("Delete proposal"), proposal_id, snapshot,
                           lambda: self.ctx.notify(context.PROPOSALS))
        )
        self._changed()
        self.ctx.show_status(self.tr("Proposal deleted. Ctrl+Z brings it back."))

    def record_refund(self, proposal_id: int) -> None:
        row = self.model.row(self.model.row_of_id(proposal_id))
        count, ok = QInputDialog.getInt(
            self, self.tr("Connects refunded"),
            self.tr("How many of the {0} connects spent on “{1}” came back?").format(row.connects, row.job_title),
            row.connects_refunded or row.connects, 0, row.connects,
        )
        if not ok:
            return
        before = row.connects_refunded
        proposals.refund_connects(proposal_id, count)
        self.ctx.undo_stack.push(
            RefundConnects(self.tr("Connects refunded"), proposal_id, before, count,
                           lambda: self.ctx.notify(context.PROPOSALS))
        )
        self._changed(proposal_id)

    def hire(self, proposal_id: int) -> None:
        """The job is won: the contract form opens prefilled; saving it links the proposal."""
        row = self.model.row(self.model.row_of_id(proposal_id))
        if row.contract_id is not None:
            self.ctx.navigate("contracts", contract_id=row.contract_id)
            return
        topics = []
        if row.client_id is None and row.client.strip():
            if not confirm(self, self.tr("New client"),
                           self.tr("“{0}” is not one of your clients yet. Add them as a client and go on "
                                   "to the contract?").format(row.client),
                           self.tr("Add client")):
                return
            proposals.client_for_hire(proposal_id, now=self.ctx.now())
            topics.append(context.CLIENTS)
        from freelance_desk.ui.dialogs.contract import ContractDialog

        contract = run_form(
            ContractDialog(self.ctx, self, prefill=proposals.contract_prefill(proposal_id, self.ctx.today()))
        )
        if contract is None:
            if topics:
                self.ctx.notify(*topics)
            return
        try:
            proposals.mark_hired(proposal_id, contract.id, self.ctx.today())
        except DomainError as e:
            self.ctx.show_status(self.ctx.error_text(e))
        self._changed(proposal_id, context.CONTRACTS, context.MILESTONES, *topics)
        self.ctx.show_status(self.tr("Contract “{0}” created from the proposal.").format(contract.title))
