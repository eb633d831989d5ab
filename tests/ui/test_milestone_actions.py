"""A milestone's lifecycle by keyboard: access keys, shortcuts, the rows' context menu, undo of every step,
and the focus kept on the milestone list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from freelance_desk.db.models import Payment
from freelance_desk.services.contracts.contracts import MilestoneData
from freelance_desk.services.milestones import lifecycle as ms
from freelance_desk.ui.dialogs.mark_paid import MarkPaidDialog
from freelance_desk.ui.dialogs.milestone import MilestoneDialog
from tests.ui.helpers import T0, active_window, answer_dialog, menu_choice

pytestmark = pytest.mark.clock(T0)
ALT, CTRL_SHIFT = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, ctx, contracts):
    """The main window on the fixed-price contract: "Home page" (planned) and "Contact page" (planned)."""
    ms.add_milestone(contracts[1], MilestoneData("Contact page", 10000))
    win = active_window(qtbot, ctx, "contracts")
    win.page("contracts").show_target(contract_id=contracts[1])
    return win


@pytest.fixture
def panel(window):
    panel = window.page("contracts").detail.milestones
    panel.table.select_first()
    panel.table.setFocus()
    return panel


def back_to(qtbot, window):
    """The window active again after a dialog closed (the offscreen platform leaves that to us)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def status(title="Home page"):
    return next(m.status for m in ms.milestones_of(2) if m.title == title)


def test_the_whole_lifecycle_with_the_keyboard_and_the_focus_stays_on_the_list(window, panel, qtbot):
    QTest.keyClick(window, Qt.Key.Key_S, ALT)  # &Start / fund (a button's access key clicks it shortly after)
    qtbot.waitUntil(lambda: status() == "active")
    assert panel.table.hasFocus()
    QTest.keyClick(panel.table, Qt.Key.Key_S, CTRL_SHIFT)  # submit
    assert status() == "submitted" and panel.table.hasFocus()
    QTest.keyClick(panel.table, Qt.Key.Key_C, ALT)  # &Changes requested
    qtbot.waitUntil(lambda: status() == "changes_requested")
    assert panel.table.hasFocus()
    QTest.keyClick(panel.table, Qt.Key.Key_S, CTRL_SHIFT)
    QTest.keyClick(panel.table, Qt.Key.Key_A, CTRL_SHIFT)  # approve
    assert status() == "approved" and panel.table.hasFocus()
    answer_dialog(MarkPaidDialog, lambda d: None)
    QTest.keyClick(panel.table, Qt.Key.Key_P, CTRL_SHIFT)  # mark paid…
    qtbot.waitUntil(lambda: status() == "paid")
    back_to(qtbot, window)
    assert panel.table.hasFocus() and Payment.select().count() == 1
    assert panel.current().title == "Home page"  # the same row, still selected


def test_every_lifecycle_button_has_its_own_access_key(window, panel):
    keys = [button.text()[button.text().index("&") + 1].lower() for button in panel.action_buttons.values()]
    assert len(keys) == len(set(keys)) == 6
    others = ("&file", "&edit", "&go", "&help", "&new contract", "&add milestone…")  # the same window's access keys
    assert not set(keys) & {text[text.index("&") + 1] for text in others}


def test_after_approve_with_the_mouse_the_focus_stays_on_the_milestone_list(window, panel, qtbot):
    for step in ("start", "submit"):
        ms.transition(1, step, now=T0)
    panel.refresh()
    qtbot.mouseClick(panel.action_buttons["approve"], Qt.MouseButton.LeftButton)
    assert status() == "approved"
    assert QApplication.focusWidget() is panel.table


def test_a_milestone_row_has_a_context_menu_with_its_steps(window, panel, qtbot, confirmations):
    second = panel.table.visualRect(panel.table.model().index(1, 1)).center()
    seen = menu_choice("&Start / fund")
    QApplication.sendEvent(panel.table.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, second, panel.table.viewport().mapToGlobal(second)))
    assert ("&Start / fund", True) in seen and ("A&pprove", False) in seen and ("Ed&it…", True) in seen
    assert status("Contact page") == "active" and status("Home page") == "planned"  # the row clicked
    assert "not approved yet" in confirmations[0]  # starting out of order asks first


def test_the_menu_key_opens_the_selected_rows_menu(window, panel, qtbot, confirmations):
    confirmations.answer = False
    seen = menu_choice("Cance&l milestone")
    # What the desktop sends the focused widget for the Menu key or Shift+F10 (the offscreen platform sends nothing).
    at = QPoint(5, 5)
    QApplication.sendEvent(panel.table, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at, panel.table.mapToGlobal(at)))
    assert ("Cance&l milestone", True) in seen
    assert "Cancel “Home page”?" in confirmations[0] and status("Home page") == "planned"  # asked, and kept


def test_every_step_is_named_in_edit_and_undone(window, panel, qtbot, confirmations):
    undo = window.undo_action
    QTest.keyClick(window, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: undo.text() == "&Undo Start “Home page”")
    QTest.keyClick(panel.table, Qt.Key.Key_S, CTRL_SHIFT)
    QTest.keyClick(panel.table, Qt.Key.Key_A, CTRL_SHIFT)
    assert undo.text() == "&Undo Approve “Home page”"
    answer_dialog(MarkPaidDialog, lambda d: None)
    QTest.keyClick(panel.table, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: status() == "paid")
    back_to(qtbot, window)
    assert undo.text() == "&Undo Mark “Home page” paid"
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status() == "approved" and Payment.select().count() == 0
    assert panel.action_buttons["pay"].isEnabled()  # the panel shows it as it is now
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status() == "planned" and ms.get_milestone(1).funded_at is None
    window.redo_action.trigger()
    assert status() == "active"
    QTest.keyClick(panel.table, Qt.Key.Key_L, ALT)  # Cance&l milestone, confirmed
    qtbot.waitUntil(lambda: status() == "cancelled")
    assert undo.text() == "&Undo Cancel “Home page”"
    assert "Undo brings it back" in confirmations[-1]


def test_adding_editing_and_moving_milestones_is_undoable_too(window, panel, qtbot):
    undo = window.undo_action
    QTest.keyClick(panel.table, Qt.Key.Key_Down, ALT)
    assert [m.title for m in ms.milestones_of(2)] == ["Contact page", "Home page"]
    assert undo.text() == "&Undo Move milestone “Home page”"
    undo.trigger()
    assert [m.title for m in ms.milestones_of(2)] == ["Home page", "Contact page"]

    answer_dialog(MilestoneDialog, lambda d: d.title_edit.setText("Landing page"))
    QTest.keyClick(panel.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: undo.text() == "&Undo Edit milestone “Home page”")
    assert ms.get_milestone(1).title == "Landing page"
    back_to(qtbot, window)
    undo.trigger()
    assert ms.get_milestone(1).title == "Home page"

    def fill(d):
        d.title_edit.setText("About page")
        d.amount.setText("50")

    answer_dialog(MilestoneDialog, fill)
    QTest.keyClick(window, Qt.Key.Key_A, ALT)  # &Add milestone…
    qtbot.waitUntil(lambda: undo.text() == "&Undo Add milestone “About page”")
    assert [m.title for m in ms.milestones_of(2)] == ["Home page", "Contact page", "About page"]
    undo.trigger()
    assert [m.title for m in ms.milestones_of(2)] == ["Home page", "Contact page"]
    window.redo_action.trigger()
    assert [m.title for m in ms.milestones_of(2)][-1] == "About page"
