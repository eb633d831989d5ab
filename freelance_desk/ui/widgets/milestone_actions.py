"""A milestone's lifecycle as actions: one QAction per step, shared by buttons, the rows' context menu and shortcuts.

Each step has an access key; the frequent ones have a shortcut while the milestone list (or
the panel around it) has the focus: Ctrl+Shift+S submits the work, Ctrl+Shift+A approves it,
Ctrl+Shift+P marks it paid. Every step is undoable, named in Edit ▸ Undo, and the focus stays
on the milestone list afterwards.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from freelance_desk.core.errors import DomainError
from freelance_desk.services.milestones import lifecycle as ms
from freelance_desk.services.milestones.queries import MilestoneRow
from freelance_desk.ui import forms, icons
from freelance_desk.ui.context import CLIENTS, PAYMENTS
from freelance_desk.ui.dialogs.mark_paid import MarkPaidDialog
from freelance_desk.ui.undo.milestones import MilestoneStep
from freelance_desk.ui.widgets.notice import warn

SHORTCUTS = {ms.SUBMIT: "Ctrl+Shift+S", ms.APPROVE: "Ctrl+Shift+A", ms.PAY: "Ctrl+Shift+P"}
# The steps' glyphs (resources/icons/lucide/), on their buttons and in the rows' context menus.
GLYPHS = {ms.START: "circle-play", ms.SUBMIT: "upload", ms.REQUEST_CHANGES: "rotate-ccw",
          ms.APPROVE: "circle-check", ms.PAY: "banknote", ms.CANCEL: "circle-x"}


class MilestoneActions(QObject):
    """The steps for the milestone ``current()`` returns, enabled as its status allows.

    ``host`` is where the shortcuts work (it and its children); ``table`` gets the focus back
    after a step; ``changed(*topics)`` tells the milestones and contracts changed, and ``topics``
    too (clients, payments), after a step, its undo or its redo.
    """

    def __init__(self, ctx, host: QWidget, table: QWidget, current: Callable[[], MilestoneRow | None],
                 changed: Callable[..., None]):
        super().__init__(host)
        self.ctx, self.host, self.table = ctx, host, table
        self.current, self.changed = current, changed
        self.by_step: dict[str, QAction] = {
            ms.START: self._action(ms.START, self.tr("&Start / fund"), self.start),
            ms.SUBMIT: self._action(ms.SUBMIT, self.tr("Su&bmit work"), lambda: self.step(ms.SUBMIT)),
            ms.REQUEST_CHANGES: self._action(ms.REQUEST_CHANGES, self.tr("&Changes requested"),
                                             lambda: self.step(ms.REQUEST_CHANGES)),
            ms.APPROVE: self._action(ms.APPROVE, self.tr("A&pprove"), lambda: self.step(ms.APPROVE)),
            ms.PAY: self._action(ms.PAY, self.tr("&Mark paid…"), self.mark_paid),
            ms.CANCEL: self._action(ms.CANCEL, self.tr("Cance&l milestone"), self.cancel),
        }
        self.update()

    def _action(self, step: str, text: str, slot) -> QAction:
        action = QAction(text, self.host)
        icons.decorate((action, GLYPHS[step]))
        if step in SHORTCUTS:
            action.setShortcut(QKeySequence(SHORTCUTS[step]))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.host.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        return list(self.by_step.values())

    def update(self) -> None:
        row = self.current()
        allowed = row.actions if row else []
        for step, action in self.by_step.items():
            action.setEnabled(step in allowed)

    # --- the steps ----------------------------------------------------------------------
    def start(self) -> None:
        row = self.current()
        if row is None:
            return
        warning = ms.start_warning(row.id)
        if warning is not None and not forms.confirm(
            self.host, self.tr("Start out of order?"), self.ctx.error_text(warning), self.tr("Start anyway")
        ):
            return
        self.step(ms.START)

    def cancel(self) -> None:
        row = self.current()
        if row is not None and forms.confirm(
            self.host,
            self.tr("Cancel milestone"),
            self.tr("Cancel “{0}”? It no longer counts toward the contract. Edit ▸ Undo brings it back.").format(
                row.title),
            self.tr("Cancel milestone"),
        ):
            self.step(ms.CANCEL)

    def step(self, action: str) -> None:
        row = self.current()
        if row is None or action not in row.actions:
            return
        try:
            done = ms.take_step(row.id, action, now=self.ctx.now())
        except DomainError as e:
            warn(self.host, self.tr("Milestone"), self.ctx.error_text(e))
            return
        self._push(done, CLIENTS)

    def mark_paid(self) -> None:
        row = self.current()
        if row is None or ms.PAY not in row.actions:
            return
        dialog = MarkPaidDialog(self.ctx, row.id, self.host)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._push(dialog.result_object, PAYMENTS, CLIENTS)
        else:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _push(self, done: ms.Step, *topics: str) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # not on a button the step just disabled
        texts = {
            ms.START: self.tr("Start “{0}”"),
            ms.SUBMIT: self.tr("Submit work on “{0}”"),
            ms.REQUEST_CHANGES: self.tr("Changes requested on “{0}”"),
            ms.APPROVE: self.tr("Approve “{0}”"),
            ms.PAY: self.tr("Mark “{0}” paid"),
            ms.CANCEL: self.tr("Cancel “{0}”"),
        }
        self.ctx.undo_stack.push(MilestoneStep(
            texts[done.action].format(done.title), done,
            after=lambda: self.changed(*topics),
            failed=lambda e: self.ctx.show_status(self.ctx.error_text(e)),
        ))
        self.changed(*topics)
