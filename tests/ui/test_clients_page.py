"""The clients page: add and edit through the real dialog, search, archive, delete with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from freelance_desk.services.clients import clients, listing as client_list
from freelance_desk.services.clients.clients import ClientData
from freelance_desk.services.contracts import contracts
from freelance_desk.services.contracts.contracts import ContractData
from freelance_desk.ui.dialogs.client import ClientDialog
from freelance_desk.ui.models.clients import Column
from freelance_desk.ui.pages.clients import ClientsPage
from tests.ui.helpers import NOW, answer_dialog


@pytest.fixture
def page(ctx, qtbot):
    page = ClientsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def names(page):
    return [page.table.proxy.index(r, Column.NAME).data() for r in range(page.table.proxy.rowCount())]


def test_first_client_from_the_empty_state(page, qtbot):
    assert page.stack.currentWidget() is page.empty

    def fill(d):
        assert d.windowTitle() == "New client"
        d.name.setText("Northwind Studio")
        d.company.setText("Northwind Studio LLC")
        d.email.setText("hello@northwind.example")
        d.platform.setCurrentIndex(d.platform.findText("Upwork"))
        d.timezone.setCurrentText("Asia/Jakarta")
        d.currency.setCurrentIndex(d.currency.findData("EUR"))

    answer_dialog(ClientDialog, fill)
    qtbot.mouseClick(page.empty.button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 0
    assert names(page) == ["Northwind Studio"]
    row = page.model.row(0)
    assert (row.company, row.platform, row.timezone, row.currency) == ("Northwind Studio LLC", "Upwork", "Asia/Jakarta", "EUR")
    assert page.table.current_id() == row.id  # the new client is selected
    # 09:30 UTC is 16:30 in Jakarta.
    assert page.model.index(0, Column.LOCAL_TIME).data().endswith("16:30")


def test_invalid_client_input_is_explained_at_the_field(ctx, qtbot):
    dialog = ClientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.email.setText("not-an-address")
    dialog.accept()
    assert dialog.field_error("name") == "This field is required."
    dialog.name.setText("Lena")
    dialog.accept()
    assert dialog.field_error("name") == ""
    assert dialog.field_error("email") == "“not-an-address” does not look like an e-mail address."
    dialog.email.setText("lena@example.com")
    dialog.timezone.setCurrentText("Mars/Olympus")
    dialog.accept()
    assert dialog.field_error("timezone") == "Unknown time zone “Mars/Olympus”, e.g. Asia/Jakarta."
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert client_list.list_clients() == []


def test_time_zone_completer_finds_a_city_anywhere_in_the_name(ctx, qtbot):
    dialog = ClientDialog(ctx)
    qtbot.addWidget(dialog)
    completer = dialog.timezone.completer()
    completer.setCompletionPrefix("jakart")
    assert completer.currentCompletion() == "Asia/Jakarta"


def test_edit_with_enter_keeps_markup_emoji_and_rtl_literal(page, qtbot, database):
    c = clients.create_client(ClientData("Lena"), now=NOW)
    page.refresh()
    page.table.select_id(c.id)
    odd = "<b>Lena</b> 🎨 مرحبا " + "x" * 150
    answer_dialog(ClientDialog, lambda d: d.name.setText(odd))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert names(page) == [odd]
    assert page.contracts_heading.full_text() == f"Contracts with {odd}"
    assert page.contracts_heading.width() <= page.width()  # elided, the layout holds


def test_search_filters_as_you_type_and_ctrl_f_focuses_it(page, qtbot, database):
    for name, company in (("Northwind", "Northwind LLC"), ("Lena Fischer", ""), ("Harbor", "Harbor Analytics")):
        clients.create_client(ClientData(name, company=company), now=NOW)
    page.refresh()
    page.table.setFocus()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "analy")
    assert names(page) == ["Harbor"]
    page.search.clear()
    assert len(names(page)) == 3
    page.search.setText("zzz")
    assert page.no_match.isVisible() and page.stack.currentIndex() == 0


def test_delete_an_empty_client_and_undo(page, qtbot, confirmations, database):
    c = clients.create_client(ClientData("Typo Client"), now=NOW)
    page.refresh()
    page.table.select_id(c.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert confirmations == ["Delete “Typo Client”? You can undo this with Ctrl+Z."]
    assert client_list.list_clients() == [] and page.stack.currentWidget() is page.empty
    page.ctx.undo_stack.undo()
    assert names(page) == ["Typo Client"]
    assert clients.get_client(c.id).name == "Typo Client"


def test_cancelled_delete_keeps_the_client(page, qtbot, confirmations, database):
    c = clients.create_client(ClientData("Keep me"), now=NOW)
    page.refresh()
    page.table.select_id(c.id)
    confirmations.answer = False
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert names(page) == ["Keep me"] and page.ctx.undo_stack.count() == 0


def test_a_client_with_history_is_archived_hidden_and_unarchived(page, qtbot, confirmations, database):
    c = clients.create_client(ClientData("Northwind"), now=NOW)
    contracts.create_contract(ContractData(c.id, "Website", budget_minor=30000), now=NOW)
    page.refresh()
    page.table.select_id(c.id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)  # Del on a client with history archives
    assert "Archive “Northwind”?" in confirmations[0]
    assert names(page) == [] and clients.get_client(c.id).archived_at is not None
    page.show_archived.setChecked(True)
    assert names(page) == ["Northwind (archived)"]
    page.table.select_id(c.id)
    assert page.archive_button.text() == "Unarchive"
    assert not page.new_contract_button.isEnabled()
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert names(page) == ["Northwind"] and clients.get_client(c.id).archived_at is None
    page.ctx.undo_stack.undo()  # undo the unarchive
    assert clients.get_client(c.id).archived_at is not None


def test_client_contracts_pane_opens_a_contract_on_double_click(page, qtbot, database):
    c = clients.create_client(ClientData("Northwind"), now=NOW)
    website = contracts.create_contract(ContractData(c.id, "Website", budget_minor=30000), now=NOW)
    page.refresh()
    page.table.select_id(c.id)
    assert [r.title for r in page.contract_model.rows()] == ["Website"]
    index = page.contract_table.proxy.index(0, 1)
    rect = page.contract_table.visualRect(index)
    viewport = page.contract_table.viewport()
    with qtbot.waitSignal(page.ctx.navigate_requested) as blocker:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # a double-click starts with a press
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["contracts", {"contract_id": website.id}]


def test_earned_and_receivable_columns(page, database):
    from freelance_desk.services.contracts.contracts import MilestoneData
    from freelance_desk.services.milestones import lifecycle as milestones

    c = clients.create_client(ClientData("Northwind"), now=NOW)
    website = contracts.create_contract(
        ContractData(c.id, "Website", budget_minor=17500), [MilestoneData("Home", 10000), MilestoneData("About", 7500)],
        now=NOW,
    )
    home, about = milestones.milestones_of(website.id)
    for m in (home, about):
        for step in ("start", "submit", "approve"):
            milestones.transition(m.id, step, now=NOW)
    milestones.mark_paid(home.id, NOW.date(), fee_minor=1000, now=NOW)
    page.refresh()
    assert page.model.index(0, Column.EARNED).data() == "$90.00"
    assert page.model.index(0, Column.RECEIVABLE).data() == "$75.00"
    assert page.model.index(0, Column.ACTIVE).data() == "1"


def test_ctrl_n_opens_a_new_client_form(page, qtbot):
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    answer_dialog(ClientDialog, lambda d: d.name.setText("Harbor Analytics"))
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert names(page) == ["Harbor Analytics"]


def test_direct_is_one_platform_choice_and_means_no_platform(page, qtbot, database):
    """The platform list offers "Direct" once (not also "None (direct)"); choosing it stores no platform."""
    northwind = clients.create_client(ClientData("Northwind", platform_id=client_list.platforms()[0].id), now=NOW)
    page.refresh()
    seen = []

    def fill(d):
        assert [d.platform.itemText(i) for i in range(d.platform.count())] == ["Direct", "Upwork", "Fiverr"]
        assert d.platform.currentText() == "Upwork"
        d.platform.setFocus()
        qtbot.keyClicks(d.platform, "d")  # the keyboard picks it by its first letter
        assert d.platform.currentText() == "Direct"

    answer_dialog(ClientDialog, fill, seen)
    page.table.select_id(northwind.id)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert seen, "Enter on a client opens its form"
    assert clients.get_client(northwind.id).platform_id is None
    assert page.model.index(0, Column.PLATFORM).data() == "Direct"


def test_the_list_counts_each_clients_contracts_and_marks_returning_ones_in_words(page, ctx, qtbot):
    from datetime import UTC, date, datetime

    from freelance_desk.db.models import TimeEntry
    from freelance_desk.services.money.payments import PaymentData, record_payment

    again = clients.create_client(ClientData("Harbor Analytics"), now=NOW).id
    once = clients.create_client(ClientData("Tom"), now=NOW).id
    first = contracts.create_contract(ContractData(again, "Dashboard", kind="hourly", rate_minor=3500), now=NOW).id
    contracts.create_contract(ContractData(again, "Dashboard, phase 2", budget_minor=500), now=NOW)
    contracts.create_contract(ContractData(once, "Logo", budget_minor=500), now=NOW)
    start = datetime(2026, 3, 2, 9, tzinfo=UTC)
    TimeEntry.create(contract=first, start=start, end=datetime(2026, 3, 2, 19, tzinfo=UTC), timezone="UTC",
                     utc_offset_minutes=0, source="manual")
    record_payment(PaymentData(first, date(2026, 3, 6), 35000, 0, "USD"), now=NOW)
    ctx.notify("clients")
    rows = {page.model.index(r, Column.NAME).data(): (page.model.index(r, Column.CONTRACTS).data(),
                                                      page.model.index(r, Column.RETURNING).data())
            for r in range(page.model.rowCount())}
    assert rows == {"Harbor Analytics": ("2", "Returning"), "Tom": ("1", "")}
    assert page.model.headerData(Column.RETURNING, Qt.Orientation.Horizontal) == "Returning"
    page.table.sortByColumn(Column.RETURNING, Qt.SortOrder.DescendingOrder)
    assert names(page)[0] == "Harbor Analytics"
    page.table.select_id(again)
    assert page.rate.rate.text() == "Effective rate: $35.00/h"  # $350 for 10 hours
    assert page.rate.trend.text() == "This client, last two years: Q1 2026: $35.00/h"
