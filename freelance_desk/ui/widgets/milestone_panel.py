"""One contract's milestones: add, edit, reorder, delete and walk the lifecycle, all undoable.

Every operation is a QAction (:class:`MilestoneActions` for the lifecycle) shared by the
buttons, the rows' context menu and the shortcuts, which work while the panel has the focus.
Lifecycle steps are enabled only for the moves the service allows from the selected
milestone's status. Every write notifies the pages that show it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from freelance_desk.core.errors import DomainError
from freelance_desk.core.vocabulary import MilestoneStatus
from freelance_desk.services.milestones import lifecycle as ms
from freelance_desk.services.milestones.queries import contract_milestones
from freelance_desk.ui import forms, icons
from freelance_desk.ui.buttons import action_button
from freelance_desk.ui.context import CONTRACTS, MILESTONES
from freelance_desk.ui.dialogs.milestone import MilestoneDialog
from freelance_desk.ui.models.milestones import Column, MilestonesTableModel
from freelance_desk.ui.undo.milestones import (
    AddMilestone,
    DeleteMilestone,
    EditMilestone,
    MoveMilestone,
)
from freelance_desk.ui.widgets.data_table import DataTable
from freelance_desk.ui.widgets.milestone_actions import MilestoneActions
from freelance_desk.ui.widgets.notice import warn


class MilestonePanel(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.contract_id: int | None = None
        self.editable = True
        self.model = MilestonesTableModel(self)
        self.table = DataTable(self.model)
        self.table.setObjectName("contractMilestones")
        self.table.hide_columns(Column.CONTRACT, Column.CLIENT)
        self.table.set_widths(
            {Column.AMOUNT: 14, Column.STATUS: 38},
            stretch=Column.TITLE,
            fit=(Column.POSITION, Column.DUE, Column.AUTO_RELEASE),
        )
        self.table.setSortingEnabled(False)  # the contract's order is the point here

        self.add_action = self._action(self.tr("&Add milestone…"), self.add)
        self.edit_action = self._action(self.tr("Ed&it…"), self.edit, QKeySequence(Qt.Key.Key_F2))
        self.up_action = self._action(self.tr("Move up"), lambda: self.move(-1), QKeySequence("Alt+Up"))
        self.down_action = self._action(self.tr("Move down"), lambda: self.move(1), QKeySequence("Alt+Down"))
        self.delete_action = self._action(self.tr("Delete"), self.delete, QKeySequence(QKeySequence.StandardKey.Delete))
        self.lifecycle = MilestoneActions(ctx, self, self.table, self.current, self._changed)

        self.add_button = action_button(self.add_action)
        self.edit_button = action_button(self.edit_action)
        self.up_button = action_button(self.up_action)
        self.down_button = action_button(self.down_action)
        self.delete_button = action_button(self.delete_action)
        self.action_buttons = {step: action_button(action) for step, action in self.lifecycle.by_step.items()}
        self.table.set_row_actions(
            [*self.lifecycle.actions(), None, self.edit_action, self.up_action, self.down_action, self.delete_action],
            shortcuts_here=False,  # they are the panel's: they work from its buttons too
        )

        icons.decorate((self.add_action, "plus"), (self.edit_action, "pencil"), (self.up_action, "arrow-up"),
                       (self.down_action, "arrow-down"), (self.delete_action, "trash-2"))
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

        self.table.activated_id.connect(lambda _id: self.edit())
        self.table.edit_requested.connect(lambda _id: self.edit())
        self.table.delete_requested.connect(lambda _id: self.delete())
        self.table.current_changed.connect(lambda _id: self.update_buttons())
        self.update_buttons()

    def _action(self, text: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # --- data ---------------------------------------------------------------
    def set_contract(self, contract_id: int | None, editable: bool = True) -> None:
        changed = contract_id != self.contract_id
        self.contract_id = contract_id
        self.editable = editable
        self.refresh()
        if changed:
            self.table.select_first()

    def refresh(self) -> None:
        rows = contract_milestones(self.contract_id, self.ctx.today_everywhere()) if self.contract_id else []
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
        self.lifecycle.update()
        count = self.model.rowCount()
        index = self.model.row_of_id(row.id) if row else -1
        self.add_action.setEnabled(self.contract_id is not None and self.editable)
        self.edit_action.setEnabled(row is not None)
        self.delete_action.setEnabled(row is not None and row.status != MilestoneStatus.PAID)
        self.up_action.setEnabled(index > 0)
        self.down_action.setEnabled(0 <= index < count - 1)

    def _changed(self, *topics: str) -> None:
        self.ctx.notify(MILESTONES, CONTRACTS, *topics)
        self.refresh()

    def _explain(self, error: DomainError) -> None:
        """An undo step met changed data: say why in the status bar."""
        self.ctx.show_status(self.ctx.error_text(error))

    def _run(self, title: str, action) -> bool:
        try:
            action()
        except DomainError as e:
            warn(self, title, self.ctx.error_text(e))
            return False
        return True

    # --- editing --------------------------------------------------------------
    def add(self) -> None:
        if self.contract_id is None or not self.editable:
            return
        dialog = MilestoneDialog(self.ctx, self, contract_id=self.contract_id)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        added = dialog.result_object
        self.ctx.undo_stack.push(AddMilestone(
            self.tr("Add milestone “{0}”").format(added.title), added.id, lambda: self._changed(), self._explain
        ))
        self._changed()
        self.select(added.id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit(self) -> None:
        row = self.current()
        if row is None:
            return
        before = ms.milestone_data(row.id)
        if MilestoneDialog(self.ctx, self, milestone_id=row.id).exec() != QDialog.DialogCode.Accepted:
            return
        self.ctx.undo_stack.push(EditMilestone(
            self.tr("Edit milestone “{0}”").format(row.title), row.id, before, ms.milestone_data(row.id),
            lambda: self._changed(), self._explain,
        ))
        self._changed()

    def move(self, delta: int) -> None:
        row = self.current()
        if row is None:
            return
        before = [m.id for m in ms.milestones_of(row.contract_id)]
        if not self._run(self.tr("Move milestone"), lambda: ms.move_milestone(row.id, delta)):
            return
        after = [m.id for m in ms.milestones_of(row.contract_id)]
        if after != before:
            self.ctx.undo_stack.push(MoveMilestone(
                self.tr("Move milestone “{0}”").format(row.title), row.contract_id, before, after,
                lambda: self._changed(), self._explain,
            ))
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
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- lifecycle (the shared actions) ----------------------------------------------
    def start(self) -> None:
        self.lifecycle.start()

    def transition(self, action: str) -> None:
        self.lifecycle.step(action)

    def cancel(self) -> None:
        self.lifecycle.cancel()

    def mark_paid(self) -> None:
        self.lifecycle.mark_paid()
