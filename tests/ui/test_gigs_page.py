"""The gigs page driven like a user: a gig with a split that must add up, an order that becomes a contract."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from freelance_desk.db.models import Contract, Milestone, Platform, ServiceTemplate
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, create_contract
from freelance_desk.services.pipeline.gig_list import list_templates
from freelance_desk.services.pipeline.gigs import TemplateData, create_template
from freelance_desk.services.settings import store as settings_store
from freelance_desk.ui.dialogs.order import OrderDialog
from freelance_desk.ui.dialogs.template import TemplateDialog
from freelance_desk.ui.models.gigs import GigsTableModel
from freelance_desk.ui.pages.gigs import GigsPage
from tests.ui.helpers import answer

C = GigsTableModel.Column


@pytest.fixture
def page(qtbot, ctx):
    page = GigsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    return page


def shown(page, column) -> list[str]:
    proxy = page.table.model()
    return [proxy.index(r, int(column)).data() for r in range(proxy.rowCount())]


def website_gig(price=10001):
    upwork = Platform.get(Platform.name == "Upwork").id
    return create_template(TemplateData("Website", price, "USD", 10, upwork, split="Design | 33.33\nBuild | 33.33\nLaunch | 33.34"))


def test_model_passes_the_model_tester(qtmodeltester, database):
    website_gig()
    create_template(TemplateData("Logo in 2 days", 5000, delivery_days=2))
    model = GigsTableModel()
    model.set_rows(list_templates())
    qtmodeltester.check(model)


def test_in_indonesian_a_split_is_typed_with_a_decimal_comma(qtbot, page, monkeypatch, indonesian):
    seen = []

    def fill(d: TemplateDialog):
        qtbot.keyClicks(d.title_edit, "Website")
        qtbot.keyClicks(d.price, "100")
        d.split.setPlainText("Design | 33.33\nBuild | 66.67")  # a point is no decimal separator here
        assert d.split_hint.text().startswith("Line 1:")
        d.split.setPlainText("Design | 33,33\nBuild | 66,67")
        assert d.split_hint.text() == "Adds up to 100%: Design US$33,33 · Build US$66,67"

    answer(monkeypatch, TemplateDialog, fill, seen)
    page.add_button.click()
    assert ServiceTemplate.get().milestone_split == "Design|3333\nBuild|6667"
    edited = []
    answer(monkeypatch, TemplateDialog, lambda d: edited.append(d.split.toPlainText()))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)  # F2 on the selected gig edits it
    assert edited == ["Design | 33,33\nBuild | 66,67"]  # shown again as it is typed here


def test_empty_page_explains_gigs(page):
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title.text() == "No gigs yet"


def test_a_split_that_does_not_add_up_is_explained_while_typing_and_refused(qtbot, page, monkeypatch):
    seen = []

    def fill(d: TemplateDialog):
        qtbot.keyClicks(d.title_edit, "Website")
        qtbot.keyClicks(d.price, "300")
        d.split.setPlainText("Design | 50\nBuild | 40")
        assert d.split_hint.text() == "The milestones add up to 90%; they must add up to 100%."

    answer(monkeypatch, TemplateDialog, fill, seen)
    page.add_button.click()
    assert seen[0].field_error("milestone_split") == "The milestones add up to 90%; they must add up to 100%."
    assert ServiceTemplate.select().count() == 0

    def fix(d: TemplateDialog):
        qtbot.keyClicks(d.title_edit, "Website")
        qtbot.keyClicks(d.price, "100")
        d.split.setPlainText("Design | 33.33\nBuild | 33.33\nLaunch | 33.34")
        assert d.split_hint.text() == "Adds up to 100%: Design $33.33 · Build $33.33 · Launch $33.34"
        d.delivery.setValue(10)

    answer(monkeypatch, TemplateDialog, fix)
    page.add_button.click()
    assert shown(page, C.TITLE) == ["Website"]
    assert shown(page, C.MILESTONES) == ["3 milestones"]
    assert shown(page, C.DELIVERY) == ["10 days"]
    assert page.detail.plan.text().splitlines() == [
        "An order today creates these milestones:",
        "• Design: $33.33, due in 4 days",
        "• Build: $33.33, due in 7 days",
        "• Launch: $33.34, due in 10 days",
    ]


def test_new_order_in_a_few_keystrokes_makes_a_contract_whose_milestones_add_up(qtbot, page, monkeypatch, ctx):
    create_client(ClientData("Northwind Studio"))
    create_client(ClientData("Lena Fischer"))
    gig = website_gig()
    page.refresh()
    page.table.select_id(gig.id)
    plans = []

    def fill(d: OrderDialog):
        plans.append(d.plan.text())
        qtbot.keyClicks(d.client.lineEdit(), "Lena Fischer")

    answer(monkeypatch, OrderDialog, fill)
    with qtbot.waitSignal(ctx.navigate_requested) as nav:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    contract = Contract.get()
    assert nav.args == ["contracts", {"contract_id": contract.id}]
    assert (contract.client.name, contract.title, contract.budget_minor) == ("Lena Fischer", "Website", 10001)
    assert contract.end_date == date(2026, 3, 20)  # today + 10 delivery days
    amounts = [m.amount_minor for m in Milestone.select().where(Milestone.contract == contract).order_by(Milestone.position)]
    assert amounts == [3333, 3333, 3335]
    assert sum(amounts) == contract.budget_minor
    assert "Launch: $33.35" in plans[0]


def test_order_without_a_known_client_is_refused_at_the_field(qtbot, page, monkeypatch):
    gig = website_gig()
    page.refresh()
    page.table.select_id(gig.id)
    seen = []
    answer(monkeypatch, OrderDialog, lambda d: qtbot.keyClicks(d.client.lineEdit(), "Nobody"), seen)
    page.order_button.click()
    assert seen[0].field_error("client") == "Choose one of your clients."
    assert Contract.select().count() == 0


def test_order_over_the_workload_limit_asks_first(qtbot, page, monkeypatch, confirmations):
    client = create_client(ClientData("Lena Fischer"))
    create_contract(ContractData(client.id, "Busy", budget_minor=100))
    settings_store.set_workload_limits(1, "")
    gig = website_gig()
    page.refresh()
    page.table.select_id(gig.id)
    answer(monkeypatch, OrderDialog, lambda d: d.client.setCurrentIndex(d.client.findData(client.id)))
    confirmations.answer = False
    page.order_button.click()
    assert confirmations == ["You already have 1 active contracts and set your limit at 1. Take this one on anyway?"]
    assert Contract.select().count() == 1
    confirmations.answer = True
    page.order_button.click()
    assert Contract.select().count() == 2


def test_archive_and_delete_are_undoable(qtbot, page, confirmations, ctx):
    gig = website_gig()
    page.refresh()
    page.table.select_id(gig.id)
    page.archive_button.click()
    assert shown(page, C.TITLE) == []
    ctx.undo_stack.undo()
    assert shown(page, C.TITLE) == ["Website"]
    page.table.select_id(gig.id)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert confirmations == ["Delete the gig “Website”? Contracts made from it stay."]
    assert ServiceTemplate.select().count() == 0
    ctx.undo_stack.undo()
    assert shown(page, C.TITLE) == ["Website"]


def test_typing_the_client_and_enter_is_all_an_order_takes(qtbot, ctx):
    create_client(ClientData("Lena Fischer"))
    gig = website_gig()
    dialog = OrderDialog(ctx, None, gig.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.client.lineEdit(), "lena fischer")
    popup = dialog.client.completer().popup()
    if popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.keyClick(dialog.client.lineEdit(), Qt.Key.Key_Return)
    assert dialog.result() == OrderDialog.DialogCode.Accepted
    assert Contract.get().client.name == "Lena Fischer"
