"""Tables as a keyboard user meets them: Tab leaves a table without changing what is selected."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from freelance_desk.services.contracts.contracts import MilestoneData
from freelance_desk.services.milestones import lifecycle as ms
from freelance_desk.ui.main_window import MainWindow
from tests.ui.helpers import T0, add

pytestmark = pytest.mark.clock(T0)


@pytest.fixture
def window(qtbot, ctx, contracts):
    hourly, fixed = contracts
    ms.add_milestone(fixed, MilestoneData("Contact page", 10000))
    for hours in (1, 2, 3):
        add(hourly, T0 - timedelta(days=hours), 30)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.start_page("contracts")
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


def tables(window):
    contracts = window.page("contracts")
    contracts.show_target(contract_id=2)
    return {
        "contracts": (contracts, contracts.table),
        "milestones of a contract": (contracts, contracts.detail.milestones.table),
        "clients": (window.page("clients"), window.page("clients").table),
        "time": (window.page("time"), window.page("time").table),
        "milestone board": (window.page("milestones"), window.page("milestones").table),
    }


@pytest.mark.parametrize("name", ["contracts", "milestones of a contract", "clients", "time", "milestone board"])
def test_tab_leaves_a_table_and_keeps_its_selection(window, qtbot, name):
    page, table = tables(window)[name]
    window.stack.setCurrentWidget(page)
    table.setFocus()
    row = 0 if name != "time" else next(r for r in range(table.model().rowCount()) if page.model.entry_at(r))
    table.selectRow(row)
    table.setCurrentIndex(table.model().index(row, 0))
    selected = table.selectionModel().selectedRows()[0].row()
    assert table.model().rowCount() > 1 and table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    assert table.selectionModel().selectedRows()[0].row() == selected
