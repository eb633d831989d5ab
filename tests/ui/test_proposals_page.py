"""The proposals page driven like a user: add, check at the field, refund, hire → contract, delete and undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from freelance_desk.db.models import Client, Contract, Platform, Proposal
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.pipeline.proposal_stats import proposal_figures
from freelance_desk.services.pipeline.proposals import ProposalData, create_proposal
from freelance_desk.ui.dialogs.contract import ContractDialog
from freelance_desk.ui.dialogs.proposal import ProposalDialog
from freelance_desk.ui.models.proposals import PlatformFiguresTableModel, ProposalsTableModel
from freelance_desk.ui.pages.proposals import ProposalsPage
from tests.ui.helpers import answer

C = ProposalsTableModel.Column


def upwork():
    return Platform.get(Platform.name == "Upwork").id


@pytest.fixture
def page(qtbot, ctx):
    page = ProposalsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def shown(page, column) -> list[str]:
    proxy = page.table.model()
    return [proxy.index(r, int(column)).data() for r in range(proxy.rowCount())]


def sent(job, day, **kw):
    kw.setdefault("platform_id", upwork())
    return create_proposal(ProposalData(job, day, **kw))


def test_models_pass_the_model_tester(qtmodeltester, database):
    sent("React dashboard", date(2026, 3, 1), connects=16, connects_refunded=4, bid_minor=40000)
    sent("Logo", date(2026, 3, 2), status="declined", answered_on=date(2026, 3, 4))
    from freelance_desk.services.pipeline.proposal_list import list_proposals

    model = ProposalsTableModel()
    model.set_rows(list_proposals())
    qtmodeltester.check(model)
    figures = PlatformFiguresTableModel()
    figures.set_figures(proposal_figures().by_platform)
    qtmodeltester.check(figures)


def test_empty_page_invites_to_record_the_first_proposal(page):
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title.text() == "No proposals yet"


def test_add_a_proposal_explains_a_missing_title_at_the_field(qtbot, page, monkeypatch):
    seen = []
    answer(monkeypatch, ProposalDialog, lambda d: qtbot.keyClicks(d.client.lineEdit(), "Startup founder"), seen)
    page.add_button.click()
    assert seen[0].field_error("job_title") == "This field is required."
    assert Proposal.select().count() == 0

    def fill(d: ProposalDialog):
        qtbot.keyClicks(d.job_title, "Shopify theme fixes")
        d.client.setEditText("Startup founder")
        d.connects.setValue(16)
        assert d.connect_price.text() == "0.15"  # Upwork's price of a connect, prefilled
        assert d.connects_total.text() == "= $2.40"
        qtbot.keyClicks(d.bid, "250")

    answer(monkeypatch, ProposalDialog, fill)
    page.add_button.click()
    assert shown(page, C.JOB) == ["Shopify theme fixes"]
    assert shown(page, C.CLIENT) == ["Startup founder"]
    assert shown(page, C.CONNECTS) == ["16 · $2.40"]
    assert shown(page, C.BID) == ["$250.00"]
    assert page.figures.sent.value.text() == "1"
    assert page.figures.win_rate.value.text() == "0%"
    # The add is undoable.
    page.ctx.undo_stack.undo()
    assert Proposal.select().count() == 0
    assert page.stack.currentWidget() is page.empty


def test_a_direct_proposal_is_sent_without_a_platform(qtbot, page, monkeypatch):
    """"Direct" is one choice in the platform list (no second "(none)"); it stores no platform."""

    def fill(d: ProposalDialog):
        assert [d.platform.itemText(i) for i in range(d.platform.count())] == ["Upwork", "Fiverr", "Direct"]
        qtbot.keyClicks(d.job_title, "Cafe website")
        d.platform.setFocus()
        qtbot.keyClicks(d.platform, "d")
        assert d.platform.currentText() == "Direct"

    answer(monkeypatch, ProposalDialog, fill)
    page.add_button.click()
    assert Proposal.get().platform_id is None
    assert shown(page, C.PLATFORM) == ["Direct"]
    assert page.figures.platforms.index(0, 0).data() == "Direct"


def test_refunding_more_connects_than_spent_is_refused_at_the_field(qtbot, page, monkeypatch):
    seen = []

    def fill(d: ProposalDialog):
        qtbot.keyClicks(d.job_title, "Cafe website")
        d.connects.setValue(8)
        d.refunded.setValue(10)

    answer(monkeypatch, ProposalDialog, fill, seen)
    page.add_button.click()
    assert seen[0].field_error("connects_refunded") == "At most the 8 connects spent can be refunded."
    assert Proposal.select().count() == 0


def test_connects_refund_is_recorded_and_undoable(qtbot, page, monkeypatch):
    p = sent("Café website", date(2026, 3, 2), connects=12)
    page.refresh()
    page.table.select_id(p.id)
    monkeypatch.setattr("freelance_desk.ui.pages.proposals.QInputDialog.getInt", lambda *a, **k: (12, True))
    page.refund_button.click()
    assert shown(page, C.CONNECTS) == ["12 refunded"]
    assert page.figures.per_win.detail.text() == "No connects spent"
    page.ctx.undo_stack.undo()
    assert Proposal.get_by_id(p.id).connects_refunded == 0


def test_filters_by_status_and_platform(qtbot, page):
    sent("WordPress speed", date(2026, 3, 1))
    sent("React dashboard", date(2026, 3, 2), status="declined", answered_on=date(2026, 3, 3))
    sent("Café website", date(2026, 3, 3), platform_id=None)  # direct
    page.refresh()
    page.status.setCurrentIndex(page.status.findData("declined"))
    assert shown(page, C.JOB) == ["React dashboard"]
    assert shown(page, C.STATUS) == ["Declined · 1 day"]
    page.status.setCurrentIndex(0)
    page.platform.setCurrentIndex(page.platform.findText("Direct"))
    assert shown(page, C.JOB) == ["Café website"]
    assert shown(page, C.PLATFORM) == ["Direct"]
    page.platform.setCurrentIndex(page.platform.findText("Upwork"))
    assert shown(page, C.JOB) == ["React dashboard", "WordPress speed"]
    page.platform.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "wordpress")
    assert shown(page, C.JOB) == ["WordPress speed"]


def test_hired_creates_the_client_then_the_contract_and_links_them(qtbot, page, monkeypatch, confirmations, ctx):
    p = sent("Booking integration", date(2026, 3, 2), client_name="Oakridge Dental", bid_minor=120000, connects=16)
    page.refresh()
    page.table.select_id(p.id)
    prefilled = []

    def fill(d: ContractDialog):
        prefilled.append((d.client.currentText(), d.title_edit.text()))

    answer(monkeypatch, ContractDialog, fill)
    page.hire_button.click()
    assert confirmations == ["“Oakridge Dental” is not one of your clients yet. Add them as a client and go on to the contract?"]
    assert prefilled == [("Oakridge Dental", "Booking integration")]
    contract = Contract.get()
    assert (contract.title, contract.budget_minor, contract.client.name) == ("Booking integration", 120000, "Oakridge Dental")
    assert contract.platform_id == upwork()
    proposal = Proposal.get_by_id(p.id)
    assert (proposal.status, proposal.contract_id, proposal.answered_on) == ("hired", contract.id, ctx.today())
    assert shown(page, C.STATUS) == ["Hired · 8 days"]
    assert page.figures.win_rate.value.text() == "100%"
    assert page.hire_button.text() == "Open contract"
    with qtbot.waitSignal(ctx.navigate_requested) as nav:
        page.hire_button.click()
    assert nav.args == ["contracts", {"contract_id": contract.id}]


def test_hired_with_a_known_client_asks_nothing_and_cancel_links_nothing(qtbot, page, monkeypatch, confirmations, ctx):
    client = create_client(ClientData("Northwind Studio"))
    p = sent("SEO audit", date(2026, 3, 2), client_id=client.id, bid_minor=20000)
    page.refresh()
    page.table.select_id(p.id)
    monkeypatch.setattr(ContractDialog, "exec", lambda d: 0)
    page.hire_button.click()
    assert confirmations == []
    assert Proposal.get_by_id(p.id).status == "sent"
    assert Client.select().count() == 1


def test_delete_asks_and_undo_brings_it_back(qtbot, page, confirmations):
    p = sent("Café website", date(2026, 3, 2))
    page.refresh()
    page.table.select_id(p.id)
    confirmations.answer = False
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert Proposal.select().count() == 1
    confirmations.answer = True
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert Proposal.select().count() == 0
    assert len(confirmations) == 2
    page.ctx.undo_stack.undo()
    assert shown(page, C.JOB) == ["Café website"]


def test_in_indonesian_the_figures_use_a_decimal_comma(indonesian, qtbot, page):
    """One convention on the page: a win rate, the answer time and connect costs all with a decimal comma."""
    sent("Logo", date(2026, 3, 1), status="declined", answered_on=date(2026, 3, 2), connects=8)
    sent("Shop", date(2026, 3, 2), status="declined", answered_on=date(2026, 3, 4), connects=8)
    for job in ("Blog", "Menu", "Site", "App"):
        sent(job, date(2026, 3, 3))
    page.refresh()
    assert page.figures.win_rate.value.text() == "0%"
    assert page.figures.answer.value.text() == "1,5 days"  # the interface's text, the locale's number
    assert page.figures.platforms.index(0, PlatformFiguresTableModel.Column.ANSWER).data() == "1,5 days"
    assert shown(page, C.CONNECTS)[-1] == "8 · US$1,20"
    assert page.figures.sent.detail.text() == "≈ 0,5 a month"  # 6 over the last 12 months


# --- connects held -------------------------------------------------------------------------------


def test_the_page_shows_the_connects_held_and_a_purchase_adds_to_them_undoably(page, ctx, qtbot, monkeypatch):
    from freelance_desk.services.pipeline import connects
    from freelance_desk.ui.dialogs.connects import BuyConnectsDialog

    today = ctx.today()
    connects.set_opening(upwork(), 40, today.replace(day=1), today=today)
    sent("React dashboard", today, connects=16)
    ctx.notify("proposals")
    assert page.connects_label.text() == "Connects: 24"

    def fill(d):
        d.connects.setValue(80)
        d.cost.setText("12.00")

    seen = answer(monkeypatch, BuyConnectsDialog, fill)
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(seen) == 1 and seen[0].platform.currentText() == "Upwork"
    assert page.connects_label.text() == "Connects: 104"
    ctx.undo_stack.undo()
    assert page.connects_label.text() == "Connects: 24"
    ctx.undo_stack.redo()
    assert page.connects_label.text() == "Connects: 104"


def test_below_zero_is_said_in_words(page, ctx):
    sent("React dashboard", ctx.today(), connects=16)
    ctx.notify("proposals")
    assert page.connects_label.text() == "Connects: -16 (below zero)"


def test_the_balance_tooltip_writes_its_day_and_counts_in_the_interface_language(indonesian, page, ctx):
    from freelance_desk.services.pipeline import connects

    connects.set_opening(upwork(), 1500, date(2026, 3, 1), today=ctx.today())
    ctx.notify("proposals")
    tip = page.connects_label.toolTip()
    assert "1.500 at the start on 01/03/26" in tip  # the locale's grouping and short date, never 2026-03-01
    assert "2026-03-01" not in tip


def test_the_starting_balance_and_monthly_free_connects_are_set_from_the_page(page, ctx, monkeypatch):
    from freelance_desk.ui.dialogs.connects import FreeConnectsDialog

    today = ctx.today()

    def fill(d):
        assert d.opening.value() == 40  # a new Upwork member's
        d.opening_on.setDate(today.replace(day=1))
        d.monthly.setValue(10)
        d.monthly_from.setDate(today.replace(day=1))

    answer(monkeypatch, FreeConnectsDialog, fill)
    page.free_button.click()
    assert page.connects_label.text() == "Connects: 50"  # 40 at the start of the month and its 10 free
    ctx.undo_stack.undo()
    assert page.connects_label.text() == "Connects: 0"


def test_the_dialog_warns_before_a_proposal_takes_the_balance_below_zero_without_refusing(ctx, qtbot):
    from freelance_desk.services.pipeline import connects

    connects.set_opening(upwork(), 10, ctx.today(), today=ctx.today())
    dialog = ProposalDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.job_title.setText("Landing page")
    dialog.connects.setValue(6)
    assert dialog.connects_balance.text() == "You hold 10 connects; 4 after this proposal."
    dialog.connects.setValue(16)
    assert dialog.connects_balance.isVisible()
    assert dialog.connects_balance.text() == ("This proposal takes 16 connects; you hold 10 — the balance "
                                              "would be -6.")
    dialog.platform.setCurrentIndex(dialog.platform.findData(None))  # direct work: no connects
    assert not dialog.connects_balance.isVisible()
    dialog.platform.setCurrentIndex(dialog.platform.findData(upwork()))
    dialog.accept()
    assert Proposal.get(Proposal.job_title == "Landing page").connects == 16
