"""One contract's milestones: add, edit, reorder, delete (undoable) and walk the lifecycle.

Lifecycle buttons are enabled only for the moves the service allows from the
selected milestone's status. Every write notifies the pages that show it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from freelance_desk.core.errors import DomainError
from freelance_desk.core.vocabulary import MilestoneStatus
from freelance_desk.services.milestones import lifecycle as ms
from freelance_desk.services.milestones.queries import contract_milestones
from freelance_desk.ui import forms, icons
from freelance_desk.ui.context import CLIENTS, CONTRACTS, MILESTONES, PAYMENTS
from freelance_desk.ui.dialogs.mark_paid import MarkPaidDialog
from freelance_desk.ui.dialogs.milestone import MilestoneDialog
from freelance_desk.ui.models.milestones import Column, MilestonesTableModel
from freelance_desk.ui.undo.milestones import DeleteMilestone
from freelance_desk.ui.widgets.data_table import DataTable
from freelance_desk.ui.widgets.notice import warn

# The lifecycle steps' glyphs (resources/icons/lucide/).
LIFECYCLE_ICONS = {ms.START: "circle-play", ms.SUBMIT: "upload", ms.REQUEST_CHANGES: "rotate-ccw",
                   ms.APPROVE: "circle-check", ms.PAY: "banknote", ms.CANCEL: "circle-x"}


class MilestonePanel(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.contract_id: int | None = None
        self.model = MilestonesTableModel(self)
        self.table = DataTable(self.model)
        self.table.setObjectName("contractMilestones")
        self.table.hide_columns(Column.CONTRACT, Column.CLIENT)
        self.table.set_widths(
            {Column.AMOUNT: 14, Column.STATUS: 24},
            stretch=Column.TITLE,
            fit=(Column.POSITION, Column.DUE, Column.AUTO_RELEASE),
        )
        self.table.setSortingEnabled(False)  # the contract's order is the point here

        self.add_button = self._button(self.tr("&Add milestone…"), self.add)
        self.edit_button = self._button(self.tr("Edit…"), self.edit)
        self.up_button = self._button(self.tr("Move up"), lambda: self.move(-1), self.tr("Alt+Up"))
        self.down_button = self._button(self.tr("Move down"), lambda: self.move(1), self.tr("Alt+Down"))
        self.delete_button = self._button(self.tr("Delete"), self.delete, self.tr("Del"))
        self.action_buttons = {
            ms.START: self._button(self.tr("Start / fund"), self.start),
            ms.SUBMIT: self._button(self.tr("Submit work"), lambda: self.transition(ms.SUBMIT)),
            ms.REQUEST_CHANGES: self._button(self.tr("Changes requested"), lambda: self.transition(ms.REQUEST_CHANGES)),
            ms.APPROVE: self._button(self.tr("Approve"), lambda: self.transition(ms.APPROVE)),
            ms.PAY: self._button(self.tr("Mark paid…"), self.mark_paid),
            ms.CANCEL: self._button(self.tr("Cancel milestone"), self.cancel),
        }

        icons.decorate((self.add_button, "plus"), (self.edit_button, "pencil"), (self.up_button, "arrow-up"),
                       (self.down_button, "arrow-down"), (self.delete_button, "trash-2"),
                       *((self.action_buttons[action], name) for action, name in LIFECYCLE_ICONS.items()))
        edit_row = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.up_button, self.down_button, self.delete_button):
            edit_row.addWidget(b)
        edit_row.addStretch(1)
        life_row = QHBoxLayout()
        for b in self.action_buttons.values():
            life_row.addWidget(b)
        life_row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addLayout(edit_row)
        lay.addWidget(self.table, 1)
        lay.addLayout(life_row)

        for keys, delta in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda d=delta: self.move(d))
        self.table.activated_id.connect(lambda _id: self.edit())
        self.table.edit_requested.connect(lambda _id: self.edit())
        self.table.delete_requested.connect(lambda _id: self.delete())
        self.table.current_changed.connect(lambda _id: self.update_buttons())
        self.update_buttons()

    def _button(self, text: str, slot, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        if tip:
            button.setToolTip(tip)
        return button

    # --- data ---------------------------------------------------------------
    def set_contract(self, contract_id: int | None, editable: bool = True) -> None:
        changed = contract_id != self.contract_id
        self.contract_id = contract_id
        self.add_button.setEnabled(contract_id is not None and editable)
        self.refresh()
        if changed:
            self.table.select_first()

    def refresh(self) -> None:
        rows = contract_milestones(self.contract_id, self.ctx.today()) if self.contract_id else []
        with self.table.keeping_selection():
            self.model.set_rows(rows)
        self.update_buttons()

    def current(self):
        row_id = self.table.current_id()
        index = self.model.row_of_id(row_id) if row_id is not None else -1
        return self.model.row(index) if index >= 0 else None

    def select(self, milestone_id: int) -> None:
        self.table.select_id(milestone_id)

    def update_buttons(self) -> None:
        row = self.current()
        allowed = row.actions if row else []
        for action, button in self.action_buttons.items():
            button.setEnabled(action in allowed)
        count = self.model.rowCount()
        index = self.model.row_of_id(row.id) if row else -1
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None and row.status != MilestoneStatus.PAID)
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(0 <= index < count - 1)

    def _changed(self, *topics: str) -> None:
        self.ctx.notify(MILESTONES, CONTRACTS, *topics)
        self.refresh()

    def _run(self, title: str, action) -> bool:
        try:
            action()
        except DomainError as e:
            warn(self, title, self.ctx.error_text(e))
            return False
        return True

    # --- editing --------------------------------------------------------------
    def add(self) -> None:
        if self.contract_id is None:
            return
        dialog = MilestoneDialog(self.ctx, self, contract_id=self.contract_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()
            self.select(dialog.result_object.id)

    def edit(self) -> None:
        row = self.current()
        if row is not None and MilestoneDialog(self.ctx, self, milestone_id=row.id).exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def move(self, delta: int) -> None:
        row = self.current()
        if row is not None and self._run(self.tr("Move milestone"), lambda: ms.move_milestone(row.id, delta)):
            self._changed()
            self.select(row.id)

    def delete(self) -> None:
        row = self.current()
        if row is None or not forms.confirm(
            self,
            self.tr("Delete milestone"),
            self.tr("Delete the milestone “{0}”? You can undo this with Ctrl+Z.").format(row.title),
            self.tr("Delete"),
        ):
            return
        snapshot = {}
        if not self._run(self.tr("Delete milestone"), lambda: snapshot.update(ms.delete_milestone(row.id))):
            return
        self.ctx.undo_stack.push(
            DeleteMilestone(
                self.tr("Delete milestone “{0}”").format(row.title), row.id, snapshot,
                after=lambda: self.ctx.notify(MILESTONES, CONTRACTS),
            )
        )
        self._changed()

    # --- lifecycle -------------------------------------------------------------
    def start(self) -> None:
        row = self.current()
        if row is None:
            return
        warning = ms.start_warning(row.id)
        if warning is not None and not forms.confirm(
            self, self.tr("Start out of order?"), self.ctx.error_text(warning), self.tr("Start anyway")
        ):
            return
        self.transition(ms.START)

    def transition(self, action: str) -> None:
        row = self.current()
        if row is not None and self._run(
            self.tr("Milestone"), lambda: ms.transition(row.id, action, now=self.ctx.now())
        ):
            self._changed(CLIENTS)

    def cancel(self) -> None:
        row = self.current()
        if row is not None and forms.confirm(
            self,
            self.tr("Cancel milestone"),
            self.tr("Cancel “{0}”? It no longer counts toward the contract; this cannot be reopened.").format(row.title),
            self.tr("Cancel milestone"),
        ):
            self.transition(ms.CANCEL)

    def mark_paid(self) -> None:
        row = self.current()
        if row is not None and MarkPaidDialog(self.ctx, row.id, self).exec() == QDialog.DialogCode.Accepted:
            self._changed(PAYMENTS, CLIENTS)
