"""Tables as a keyboard user meets them: Tab leaves a table without changing what is selected, and a row's
context menu offers the actions of the buttons beside it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from freelance_desk.services.contracts.contracts import MilestoneData
from freelance_desk.services.milestones import lifecycle as ms
from freelance_desk.services.money import payments
from freelance_desk.ui.dialogs.client import ClientDialog
from freelance_desk.ui.dialogs.contract import ContractDialog
from freelance_desk.ui.dialogs.payment import PaymentDialog
from freelance_desk.ui.dialogs.time_entry import TimeEntryDialog
from tests.ui.helpers import T0, active_window, add, menu_choice

pytestmark = pytest.mark.clock(T0)


@pytest.fixture
def window(qtbot, ctx, contracts):
    hourly, fixed = contracts
    ms.add_milestone(fixed, MilestoneData("Contact page", 10000))
    for hours in (1, 2, 3):
        add(hourly, T0 - timedelta(days=hours), 30)
    payments.record_payment(payments.PaymentData(hourly, T0.date(), 5000, 0, "USD"), now=T0)
    win = active_window(qtbot, ctx, "contracts")
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


# page, its table, what its rows' menu offers, the dialog "Edit…" opens
ROW_MENUS = {
    "clients": ("clients", ["&Edit…", "New contract for this client…", "Archive", "&Delete"], ClientDialog),
    "contracts": ("contracts", ["Edit contract…", "&Add milestone…"], ContractDialog),
    "time": ("time", ["Edit…", "Split…", "&Move to…", "Mark not billable", "&Continue", "D&uplicate to today", "Delete"],
             TimeEntryDialog),
    "payments": ("payments", ["Edit…", "Delete"], PaymentDialog),
}


@pytest.mark.parametrize("how", ["right-click", "Menu key"])
@pytest.mark.parametrize("name", list(ROW_MENUS))
def test_a_row_has_a_context_menu_with_the_actions_of_its_buttons(window, qtbot, monkeypatch, name, how):
    page_name, offered, dialog_class = ROW_MENUS[name]
    page = window.page(page_name)
    window.show_page(page_name)
    table = page.table
    opened = []
    monkeypatch.setattr(dialog_class, "exec", lambda dialog: opened.append(type(dialog)) or 0)
    row = 0 if name != "time" else next(r for r in range(table.model().rowCount()) if page.model.entry_at(r))
    cell = table.visualRect(table.model().index(row, 1)).center()
    table.setFocus()
    seen = menu_choice(offered[0])
    if how == "right-click":
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, cell, table.viewport().mapToGlobal(cell))
        QApplication.sendEvent(table.viewport(), event)
    else:  # what the desktop sends the focused table for the Menu key or Shift+F10
        table.setCurrentIndex(table.model().index(row, 1))
        table.selectRow(row)
        at = QPoint(5, 5)
        QApplication.sendEvent(table, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at, table.mapToGlobal(at)))
    assert [text for text, _enabled in seen] == offered
    assert all(enabled for text, enabled in seen if text != "&Add milestone…")  # hourly contracts have none
    assert opened == [dialog_class]


def test_a_button_and_its_menu_entry_are_one_action(window):
    payments_page = window.page("payments")
    payments_page.table.select_first()
    assert payments_page.delete_button.isEnabled()
    payments_page.delete_action.setEnabled(False)
    assert not payments_page.delete_button.isEnabled()
