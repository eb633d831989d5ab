"""The milestone board across contracts: filters, overdue marking, opening the contract."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from freelance_desk.services.clients import clients
from freelance_desk.services.clients.clients import ClientData
from freelance_desk.services.contracts import contracts
from freelance_desk.services.contracts.contracts import ContractData, MilestoneData
from freelance_desk.services.milestones import lifecycle as milestones
from freelance_desk.ui.format import short_date
from freelance_desk.ui.models.milestones import Column
from freelance_desk.ui.pages.milestones import MilestonesPage
from tests.ui.helpers import NOW, menu_choice

TODAY = date(2026, 3, 10)  # Tuesday; the week is Mon 9 – Sun 15 March


@pytest.fixture
def board(database):
    """Five milestones in every state the board tells apart."""
    client = clients.create_client(ClientData("Northwind", platform_id=1), now=NOW)
    website = contracts.create_contract(
        ContractData(client.id, "Website", budget_minor=40000, start_date=TODAY - timedelta(days=30)),
        [
            MilestoneData("Paid one", 10000, TODAY - timedelta(days=20)),
            MilestoneData("Waiting for money", 7500, TODAY - timedelta(days=10)),
            MilestoneData("In review", 7500, TODAY - timedelta(days=1)),
            MilestoneData("Late", 5000, TODAY - timedelta(days=3)),
            MilestoneData("This week", 10000, TODAY + timedelta(days=4)),
        ],
        now=NOW,
    )
    paid, waiting, review, late, week = milestones.milestones_of(website.id)
    for m, steps in ((paid, 3), (waiting, 3), (review, 2), (late, 1)):
        for step in ("start", "submit", "approve")[:steps]:
            milestones.transition(m.id, step, now=NOW)
    milestones.mark_paid(paid.id, TODAY, now=NOW)
    return website


@pytest.fixture
def page(ctx, qtbot, board):
    page = MilestonesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    return page


def titles(page):
    proxy = page.table.proxy
    return [proxy.index(r, Column.TITLE).data() for r in range(proxy.rowCount())]


def test_each_filter_shows_its_milestones_by_due_date(page, qtbot):
    assert titles(page) == ["Late", "In review", "This week"]  # all open, by due date
    expected = {
        "week": ["In review", "This week"],  # In review was due Monday
        "overdue": ["Late", "In review"],
        "review": ["In review"],
        "approved": ["Waiting for money"],
        "paid": ["Paid one"],
    }
    for name, want in expected.items():
        qtbot.mouseClick(page.buttons[name], Qt.MouseButton.LeftButton)
        assert titles(page) == want, name
    assert page.buttons["overdue"].text() == "Overdue (2)"
    assert page.buttons["open"].text() == "All open (3)"


def test_auto_release_column_only_for_work_in_review(page, qtbot):
    assert page.table.isColumnHidden(Column.AUTO_RELEASE)
    qtbot.mouseClick(page.buttons["review"], Qt.MouseButton.LeftButton)
    assert not page.table.isColumnHidden(Column.AUTO_RELEASE)
    release = page.table.proxy.index(0, Column.AUTO_RELEASE)
    assert release.data() != ""  # Upwork: 14 days after submission
    assert "Funds release on" in release.data(Qt.ItemDataRole.ToolTipRole)


def test_overdue_rows_are_red_with_icon_and_tooltip(page):
    late = page.table.proxy.index(0, Column.DUE)
    assert page.table.proxy.index(0, Column.TITLE).data() == "Late"
    assert late.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    assert not late.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert late.data(Qt.ItemDataRole.ToolTipRole) == f"<qt>Overdue: it was due on {short_date(TODAY - timedelta(days=3))}</qt>"
    assert page.table.proxy.index(0, Column.STATUS).data() == "Active (funded) — overdue"
    assert page.table.proxy.index(2, Column.STATUS).data() == "Planned"


def test_double_click_or_enter_opens_the_contract(page, qtbot, board):
    late = next(m for m in milestones.milestones_of(board.id) if m.title == "Late")
    page.table.select_id(late.id)
    page.table.setFocus()
    with qtbot.waitSignal(page.ctx.navigate_requested) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == ["contracts", {"contract_id": board.id, "milestone_id": late.id}]


def test_empty_filter_explains_itself_and_page_follows_changes(page, qtbot, board):
    qtbot.mouseClick(page.buttons["approved"], Qt.MouseButton.LeftButton)
    waiting = next(m for m in milestones.milestones_of(board.id) if m.title == "Waiting for money")
    milestones.mark_paid(waiting.id, TODAY, now=NOW)
    page.ctx.notify("payments")
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title.text() == "No milestones here"
    assert page.buttons["paid"].text() == "Paid (2)"


def test_a_milestone_on_the_board_takes_its_next_step_from_its_menu_and_undoes(page, qtbot, board):
    qtbot.mouseClick(page.buttons["review"], Qt.MouseButton.LeftButton)
    review = next(m for m in milestones.milestones_of(board.id) if m.title == "In review")
    cell = page.table.visualRect(page.table.proxy.index(0, Column.TITLE)).center()
    seen = menu_choice("A&pprove")
    QApplication.sendEvent(page.table.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, cell, page.table.viewport().mapToGlobal(cell)))
    assert [text for text, _enabled in seen][:2] == ["&Open contract", "&Start / fund"]
    assert ("A&pprove", True) in seen and ("&Start / fund", False) in seen
    assert milestones.get_milestone(review.id).status == "approved"
    assert titles(page) == [] and page.buttons["approved"].text() == "Approved – unpaid (2)"
    assert page.ctx.undo_stack.undoText() == "Approve “In review”"
    page.ctx.undo_stack.undo()
    assert milestones.get_milestone(review.id).status == "submitted" and titles(page) == ["In review"]


def test_the_board_approves_with_its_shortcut_and_keeps_the_focus(page, qtbot, board):
    review = next(m for m in milestones.milestones_of(board.id) if m.title == "In review")
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.select_id(review.id)  # all open: Late, In review, This week
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert milestones.get_milestone(review.id).status == "approved"
    assert titles(page) == ["Late", "This week"] and page.table.hasFocus()


@pytest.mark.clock(datetime(2026, 3, 12, 23, 0, tzinfo=UTC))  # 19:00 on the 12th in New York, the 13th in Jakarta
def test_a_milestone_due_today_in_the_clients_zone_says_how_long_is_left_not_overdue(qtbot, ctx, database):
    for zone in ("America/New_York", "Asia/Jakarta"):
        client = clients.create_client(ClientData(zone.split("/")[1], timezone=zone), now=NOW)
        contracts.create_contract(ContractData(client.id, f"Site {zone}", budget_minor=10000),
                                  [MilestoneData(f"Launch {zone}", 10000, date(2026, 3, 12))], now=NOW)
    page = MilestonesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    proxy = page.table.proxy
    status = {proxy.index(r, Column.TITLE).data(): proxy.index(r, Column.STATUS).data() for r in range(proxy.rowCount())}
    # The tests' zone is UTC: New York's clock differs, so "their time" is said; Jakarta's 12th has ended.
    assert status["Launch America/New_York"] == "Planned — due today (their time), 5 h left"
    assert status["Launch Asia/Jakarta"] == "Planned — overdue"
    page.set_filter("overdue")
    assert titles(page) == ["Launch Asia/Jakarta"]
    assert page.buttons["overdue"].text().endswith("(1)")
