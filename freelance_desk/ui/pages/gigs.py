"""Gigs: offers made again and again; a new order becomes a contract with its milestones in one step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from freelance_desk.core.vocabulary import ContractKind
from freelance_desk.services.pipeline import gig_list
from freelance_desk.services.pipeline import gigs as templates
from freelance_desk.ui import context, icons
from freelance_desk.ui.dialogs.order import OrderDialog
from freelance_desk.ui.dialogs.run import run_form
from freelance_desk.ui.dialogs.template import TemplateDialog
from freelance_desk.ui.format import money
from freelance_desk.ui.forms import confirm
from freelance_desk.ui.models.gigs import GigsTableModel
from freelance_desk.ui.models.proposals import days
from freelance_desk.ui.pages.base import Page
from freelance_desk.ui.undo.pipeline import ArchiveGig, DeleteGig
from freelance_desk.ui.widgets.data_table import DataTable
from freelance_desk.ui.widgets.empty_state import EmptyState
from freelance_desk.ui.widgets.search_field import SearchField


class GigDetail(QFrame):
    """The selected gig in full: what an order creates, milestone by milestone, and its notes."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("card")
        self.setFixedWidth(280)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 14)
        self.title = self._label("cardValue")
        self.summary = self._label("")
        self.plan = self._label("")
        self.notes = self._label("cardTitle")
        self.order_button = QPushButton(self.tr("New order…"))
        self.order_button.setObjectName("primary")
        self.order_button.setToolTip(self.tr("Create a contract for a client from this gig (Enter in the list)"))
        for widget in (self.title, self.summary, self.plan, self.notes):
            lay.addWidget(widget)
        lay.addSpacing(8)
        lay.addWidget(self.order_button)
        lay.addStretch(1)

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def show_gig(self, row) -> None:
        self.setVisible(row is not None)
        if row is None:
            return
        price = money(row.price_minor, row.currency)
        self.title.setText(row.title)
        summary = self.tr("{0} · delivered in {1}").format(price, days(row.delivery_days))
        if row.kind != ContractKind.FIXED:
            summary = self.tr("{0} an hour").format(price)
        self.summary.setText(summary + (f" · {row.platform}" if row.platform else ""))
        _data, milestones = templates.order_plan(row.id, None, self.ctx.today())
        if milestones:
            lines = [self.tr("An order today creates these milestones:")]
            lines += [f"• {m.title}: {money(m.amount_minor, row.currency)}, "
                      + self.tr("due in {0}").format(days((m.due_date - self.ctx.today()).days)) for m in milestones]
            self.plan.setText("\n".join(lines))
        else:
            self.plan.setText(self.tr("Paid in one go on delivery.") if row.kind == ContractKind.FIXED else "")
        self.notes.setText(row.notes)
        self.notes.setVisible(bool(row.notes))
        self.order_button.setEnabled(not row.archived)


class GigsPage(Page):
    topics = (context.SETTINGS,)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Gigs"))
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        hint = QLabel(self.tr("Offers you make again and again. A new order becomes a contract, due date and "
                              "milestones included, in a few keystrokes."))
        hint.setObjectName("cardTitle")
        hint.setWordWrap(True)
        outer.addWidget(hint)

        actions = QHBoxLayout()
        self.add_button = QPushButton(self.tr("New gig…"))
        self.add_button.setToolTip(self.tr("Ctrl+N"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("F2"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for button in (self.add_button, self.edit_button, self.archive_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        actions.addWidget(self.show_archived)
        self.search = SearchField(self.tr("Search gigs"), self)
        self.search.setMinimumWidth(140)
        actions.addWidget(self.search)
        outer.addLayout(actions)

        self.model = GigsTableModel(self)
        self.table = DataTable(self.model)
        c = GigsTableModel.Column
        self.table.set_widths({c.TITLE: 28, c.PLATFORM: 9, c.PRICE: 11, c.DELIVERY: 9, c.MILESTONES: 14},
                              stretch=c.TITLE)
        self.table.hide_columns(c.NOTES)
        self.empty = EmptyState(
            self.tr("No gigs yet"),
            self.tr("A gig is an offer you sell again and again, like “Logo in 2 days for $50”. Save it once; "
                    "each new order then becomes a contract with its due date and milestones."),
            self.tr("New gig…"),
            self.add_gig,
        )
        self.detail = GigDetail(ctx)
        self.order_button = self.detail.order_button
        listing = QWidget()
        row = QHBoxLayout(listing)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.table, 1)
        row.addWidget(self.detail)
        self.stack = QStackedWidget()
        self.stack.addWidget(listing)
        self.stack.addWidget(self.empty)
        outer.addWidget(self.stack, 1)

        self.order_button.clicked.connect(lambda: self.new_order(self.table.current_id()))
        self.add_button.clicked.connect(self.add_gig)
        self.edit_button.clicked.connect(lambda: self._with_current(self.edit_gig))
        self.archive_button.clicked.connect(lambda: self._with_current(self.toggle_archived))
        self.delete_button.clicked.connect(lambda: self._with_current(self.delete_gig))
        icons.decorate((self.order_button, "plus"), (self.add_button, "plus"), (self.edit_button, "pencil"),
                       (self.archive_button, "archive"), (self.delete_button, "trash-2"))
        self.table.activated_id.connect(self.new_order)
        self.table.edit_requested.connect(self.edit_gig)
        self.table.delete_requested.connect(self.delete_gig)
        self.table.current_changed.connect(lambda _id: self._update_buttons())
        QShortcut(QKeySequence.StandardKey.New, self, self.add_gig)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        rows = gig_list.list_templates(self.show_archived.isChecked(), self.search.text())
        with self.table.keeping_selection():
            self.model.set_rows(rows)
        if self.table.current_id() is None:
            self.table.select_first()
        filtering = bool(self.search.text().strip()) or self.show_archived.isChecked()
        self.stack.setCurrentIndex(0 if rows or filtering or gig_list.any_templates() else 1)
        self._update_buttons()

    def _current_row(self):
        row_id = self.table.current_id()
        return self.model.row(self.model.row_of_id(row_id)) if row_id is not None else None

    def _update_buttons(self) -> None:
        row = self._current_row()
        for button in (self.edit_button, self.archive_button, self.delete_button):
            button.setEnabled(row is not None)
        self.order_button.setEnabled(row is not None and not row.archived)
        self.archive_button.setText(self.tr("Unarchive") if row is not None and row.archived else self.tr("Archive"))
        self.detail.show_gig(row)

    def _with_current(self, action) -> None:
        if self.table.current_id() is not None:
            action(self.table.current_id())

    def show_target(self, template_id: int | None = None, **_target) -> None:
        if template_id is not None:
            self.table.select_id(template_id)

    # --- actions ------------------------------------------------------------------
    def new_order(self, template_id: int | None = None, client_id: int | None = None) -> None:
        contract = run_form(OrderDialog(self.ctx, self, template_id, client_id))
        if contract is None:
            return
        self.ctx.notify(context.CONTRACTS, context.MILESTONES)
        self.ctx.show_status(self.tr("Contract “{0}” created.").format(contract.title))
        self.ctx.navigate("contracts", contract_id=contract.id)

    def add_gig(self) -> None:
        saved = run_form(TemplateDialog(self.ctx, self))
        if saved is not None:
            self.refresh()
            self.table.select_id(saved.id)

    def edit_gig(self, template_id: int) -> None:
        if run_form(TemplateDialog(self.ctx, self, template_id)) is not None:
            self.refresh()

    def toggle_archived(self, template_id: int) -> None:
        row = self._current_row()
        archived = not row.archived
        templates.set_archived(template_id, archived)
        self.ctx.undo_stack.push(
            ArchiveGig(self.tr("Archive gig") if archived else self.tr("Unarchive gig"), template_id, archived,
                       self.refresh)
        )
        self.refresh()

    def delete_gig(self, template_id: int) -> None:
        row = self.model.row(self.model.row_of_id(template_id))
        if not confirm(self, self.tr("Delete gig"),
                       self.tr("Delete the gig “{0}”? Contracts made from it stay.").format(row.title),
                       self.tr("Delete")):
            return
        snapshot = templates.delete_template(template_id)
        self.ctx.undo_stack.push(DeleteGig(self.tr("Delete gig"), template_id, snapshot, self.refresh))
        self.refresh()
        self.ctx.show_status(self.tr("Gig deleted. Ctrl+Z brings it back."))
