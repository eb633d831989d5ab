"""Milestones across all contracts: what is due, late, waiting for review or for money.

A row's context menu (right-click, the Menu key) opens its contract or takes its next step
(the same actions, and shortcuts, as the contract's milestone panel).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
)

from freelance_desk.services.milestones import queries as ms
from freelance_desk.services.settings import store as settings_store
from freelance_desk.ui.context import CLIENTS, CONTRACTS, MILESTONES, PAYMENTS, SETTINGS
from freelance_desk.ui.models.milestones import Column, MilestonesTableModel
from freelance_desk.ui.pages.base import Page
from freelance_desk.ui.widgets.data_table import DataTable
from freelance_desk.ui.widgets.empty_state import EmptyState
from freelance_desk.ui.widgets.milestone_actions import MilestoneActions


class MilestonesPage(Page):
    topics = (CLIENTS, CONTRACTS, MILESTONES, PAYMENTS, SETTINGS)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        title = QLabel(self.tr("Milestones"))
        title.setObjectName("pageTitle")
        self.labels = {
            ms.ALL_OPEN: self.tr("All open"),
            ms.DUE_THIS_WEEK: self.tr("Due this week"),
            ms.OVERDUE: self.tr("Overdue"),
            ms.REVIEW: self.tr("In review"),
            ms.APPROVED_UNPAID: self.tr("Approved – unpaid"),
            ms.PAID: self.tr("Paid"),
        }
        self.filters = QButtonGroup(self)
        self.filters.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for i, name in enumerate(ms.BOARD_FILTERS):
            button = QPushButton(self.labels[name])
            button.setCheckable(True)
            button.setToolTip(self.tr("Alt+{0}").format(i + 1))
            self.filters.addButton(button, i)
            self.buttons[name] = button
            bar.addWidget(button)
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self).activated.connect(button.click)
        bar.addStretch(1)
        self.buttons[ms.ALL_OPEN].setChecked(True)

        self.model = MilestonesTableModel(self)
        self.table = DataTable(self.model)
        self.table.setObjectName("milestoneBoard")
        self.table.hide_columns(Column.POSITION)
        self.table.set_widths(
            {Column.TITLE: 22, Column.CONTRACT: 26, Column.CLIENT: 16, Column.AMOUNT: 14},
            stretch=Column.STATUS,  # "Planned — due today (their time), 10 h left" needs the room
            fit=(Column.DUE, Column.AUTO_RELEASE),
        )
        self.empty = EmptyState("", "", self.tr("Go to contracts"), lambda: self.ctx.navigate("contracts"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        hint = QLabel(self.tr("Double-click a milestone (or press Enter) to open its contract; "
                              "right-click it (or press the Menu key) for its next step."))
        hint.setObjectName("cardTitle")
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(bar)
        lay.addWidget(self.stack, 1)
        lay.addWidget(hint)

        self.open_action = QAction(self.tr("&Open contract"), self)
        self.open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.open_action.triggered.connect(lambda: self.table.current_id() and self.open_contract(self.table.current_id()))
        self.lifecycle = MilestoneActions(ctx, self.table, self.table, self.current, self._changed)
        self.table.set_row_actions([self.open_action, None, *self.lifecycle.actions()])

        self.filters.idClicked.connect(lambda _id: self.refresh())
        self.table.activated_id.connect(self.open_contract)
        self.table.current_changed.connect(lambda _id: self.lifecycle.update())
        self.refresh()

    def current_filter(self) -> str:
        return ms.BOARD_FILTERS[max(self.filters.checkedId(), 0)]

    def set_filter(self, name: str) -> None:
        self.buttons[name].setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        today, week = self.ctx.today_everywhere(), settings_store.week_start()
        counts = ms.board_counts(today, week)
        for name, button in self.buttons.items():
            button.setText(f"{self.labels[name]} ({counts[name]})")
        name = self.current_filter()
        with self.table.keeping_selection():
            self.model.set_rows(ms.milestone_board(today, name, week))
        self.table.setColumnHidden(int(Column.AUTO_RELEASE), name != ms.REVIEW)
        self.lifecycle.update()
        if self.model.rowCount():
            self.stack.setCurrentWidget(self.table)
            return
        self.empty.title.setText(self._empty_title(name))
        self.empty.text.setText(
            self.tr("Milestones belong to fixed-price contracts: open a contract and add them in its detail.")
            if name == ms.ALL_OPEN
            else self.tr("Nothing in “{0}” right now.").format(self.labels[name])
        )
        self.stack.setCurrentWidget(self.empty)

    def _empty_title(self, name: str) -> str:
        if name == ms.ALL_OPEN:
            return self.tr("No open milestones")
        if name == ms.OVERDUE:
            return self.tr("Nothing overdue")
        return self.tr("No milestones here")

    def show_target(self, filter: str | None = None, **_) -> None:
        if filter in self.buttons:
            self.set_filter(filter)

    def current(self):
        row_id = self.table.current_id()
        index = self.model.row_of_id(row_id) if row_id is not None else -1
        return self.model.row(index) if index >= 0 else None

    def _changed(self, *topics: str) -> None:
        self.ctx.notify(MILESTONES, CONTRACTS, *topics)

    def open_contract(self, milestone_id: int) -> None:
        row = self.model.row(self.model.row_of_id(milestone_id))
        self.ctx.navigate("contracts", contract_id=row.contract_id, milestone_id=milestone_id)
