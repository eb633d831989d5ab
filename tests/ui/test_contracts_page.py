"""The contracts page and its detail, driven through the real dialogs and buttons."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from freelance_desk.db.models import Contract, Payment
from freelance_desk.services.clients import clients
from freelance_desk.services.clients.clients import ClientData
from freelance_desk.services.contracts import contracts
from freelance_desk.services.contracts import listing as contract_list
from freelance_desk.services.contracts.contracts import ContractData, MilestoneData
from freelance_desk.services.milestones import lifecycle as milestones
from freelance_desk.services.money import payments
from freelance_desk.services.settings import store as settings_store
from freelance_desk.ui.dialogs.contract import ContractDialog
from freelance_desk.ui.dialogs.mark_paid import MarkPaidDialog
from freelance_desk.ui.dialogs.milestone import MilestoneDialog
from freelance_desk.ui.models.contracts import Column
from freelance_desk.ui.pages.contracts import ContractsPage
from tests.ui.helpers import NOW, answer_dialog

TODAY = date(2026, 3, 10)


@pytest.fixture
def northwind(database):
    return clients.create_client(ClientData("Northwind Studio", platform_id=1, timezone="America/New_York"), now=NOW)


@pytest.fixture
def page(ctx, qtbot):
    page = ContractsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    return page


def statuses(page):
    panel = page.detail.milestones
    return [(r.title, r.status) for r in panel.model.rows()]


def select_milestone(page, title):
    panel = page.detail.milestones
    row = next(r for r in panel.model.rows() if r.title == title)
    assert panel.table.select_id(row.id)
    return panel


def enabled_actions(panel):
    return {action for action, button in panel.action_buttons.items() if button.isEnabled()}


def test_website_contract_from_new_to_paid_milestone(northwind, page, qtbot, confirmations):
    # New contract: the dialog opens on Ctrl+N's button; a fixed price of $300.
    def fill_contract(d):
        assert d.client.currentText() == "Northwind Studio"
        assert d.fee.text() == "10%"  # the client's platform (Upwork)
        assert d.status.currentData() == "active" and d.kind.currentData() == "fixed"
        d.title_edit.setText("Small business website")
        d.budget.setText("300")

    answer_dialog(ContractDialog, fill_contract)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    assert page.detail.contract.title == "Small business website"
    assert page.detail.totals.value("budget") == "$300.00"

    # The four pages of the website, added with the milestone dialog.
    panel = page.detail.milestones
    for title, amount, days in (("Home", "100", 7), ("About", "75", 14), ("Contact", "50", 21), ("Blog", "75", 28)):

        def fill_milestone(d, title=title, amount=amount, days=days):
            d.title_edit.setText(title)
            d.amount.setText(amount)
            d.due_date.set_value(TODAY + timedelta(days=days))

        answer_dialog(MilestoneDialog, fill_milestone)
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert statuses(page) == [("Home", "planned"), ("About", "planned"), ("Contact", "planned"), ("Blog", "planned")]
    assert page.detail.totals.value("milestones") == "$300.00"
    assert page.detail.totals.mismatch.isHidden()
    assert page.model.index(0, Column.NEXT_DUE).data().endswith("Home")

    # Walk "Home" through its whole life, changes requested included.
    select_milestone(page, "Home")
    assert enabled_actions(panel) == {"start", "cancel"}
    steps = [
        ("start", "active", {"submit", "cancel"}),
        ("submit", "submitted", {"request_changes", "approve", "cancel"}),
        ("request_changes", "changes_requested", {"submit", "cancel"}),
        ("submit", "submitted", {"request_changes", "approve", "cancel"}),
        ("approve", "approved", {"pay"}),
    ]
    for action, status, allowed in steps:
        qtbot.mouseClick(panel.action_buttons[action], Qt.MouseButton.LeftButton)
        assert statuses(page)[0] == ("Home", status)
        assert enabled_actions(panel) == allowed, action
    assert confirmations == []  # Home is first: starting it is in order
    assert page.detail.totals.value("receivable") == "$100.00"
    assert page.detail.totals.value("remaining") == "$200.00"
    assert panel.model.index(0, 7).data() == ""  # auto-release only while submitted

    # Mark paid: amount, fee and net prefilled; same currency, so no rate field.
    def fill_paid(d):
        assert d.gross.text() == "100.00" and d.fee.text() == "10.00" and d.net.text() == "$90.00"
        assert d.rate is None
        assert d.received_on.date().toPython() == TODAY

    answer_dialog(MarkPaidDialog, fill_paid)
    qtbot.mouseClick(panel.action_buttons["pay"], Qt.MouseButton.LeftButton)
    assert statuses(page)[0] == ("Home", "paid")
    assert enabled_actions(panel) == set()
    assert not panel.delete_button.isEnabled()
    totals = page.detail.totals
    assert (totals.value("received"), totals.value("receivable"), totals.value("remaining")) == ("$100.00", "$0.00", "$200.00")
    assert page.detail.payment_model.rowCount() == 1
    assert page.detail.tabs.tabText(2) == "Payments (1)"
    # The list row shows a third paid and About as the next due.
    assert page.model.index(0, Column.PROGRESS).data() == "$100.00 of $300.00"
    assert page.model.index(0, Column.NEXT_DUE).data().endswith("About")


def test_changes_requested_and_approve_wait_for_submitted_work(northwind, page, qtbot):
    contract = contracts.create_contract(
        ContractData(northwind.id, "Logo", budget_minor=5000), [MilestoneData("Logo", 5000)], now=NOW
    )
    page.show_target(contract_id=contract.id)
    panel = select_milestone(page, "Logo")
    assert not panel.action_buttons["approve"].isEnabled()
    assert not panel.action_buttons["request_changes"].isEnabled()
    assert not panel.action_buttons["pay"].isEnabled()


@pytest.fixture
def website(northwind):
    return contracts.create_contract(
        ContractData(northwind.id, "Website", budget_minor=30000, start_date=TODAY),
        [MilestoneData("Home", 10000, TODAY + timedelta(days=7)), MilestoneData("About", 7500),
         MilestoneData("Contact", 5000), MilestoneData("Blog", 7500)],
        now=NOW,
    )


def test_starting_out_of_order_asks_and_can_be_overridden(website, page, qtbot, confirmations):
    page.show_target(contract_id=website.id)
    panel = select_milestone(page, "About")
    confirmations.answer = False
    qtbot.mouseClick(panel.action_buttons["start"], Qt.MouseButton.LeftButton)
    assert "“Home” is not approved yet" in confirmations[0]
    assert dict(statuses(page))["About"] == "planned"
    confirmations.answer = True
    qtbot.mouseClick(panel.action_buttons["start"], Qt.MouseButton.LeftButton)
    assert dict(statuses(page))["About"] == "active"


def test_totals_highlight_milestones_that_do_not_add_up(website, page, qtbot, confirmations):
    page.show_target(contract_id=website.id)
    assert page.detail.totals.mismatch.isHidden()
    panel = select_milestone(page, "Blog")
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert [t for t, _ in statuses(page)] == ["Home", "About", "Contact"]
    mismatch = page.detail.totals.mismatch
    assert not mismatch.isHidden()
    assert mismatch.text() == "The milestones add up to $225.00, $75.00 less than the budget of $300.00."
    assert page.detail.totals.value("milestones") == "$225.00"
    # Ctrl+Z (the window's undo action drives this stack) brings Blog back, in its place.
    page.ctx.undo_stack.undo()
    assert [t for t, _ in statuses(page)] == ["Home", "About", "Contact", "Blog"]
    assert mismatch.isHidden()
    page.ctx.undo_stack.redo()
    assert len(statuses(page)) == 3


def test_delete_asks_first_and_no_keeps_the_milestone(website, page, qtbot, confirmations):
    page.show_target(contract_id=website.id)
    panel = select_milestone(page, "Home")
    confirmations.answer = False
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert len(confirmations) == 1 and len(statuses(page)) == 4
    assert page.ctx.undo_stack.count() == 0


def test_reorder_with_buttons_and_alt_arrows(website, page, qtbot):
    page.show_target(contract_id=website.id)
    panel = select_milestone(page, "Home")
    assert not panel.up_button.isEnabled()
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    assert [t for t, _ in statuses(page)] == ["About", "Home", "Contact", "Blog"]
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [t for t, _ in statuses(page)] == ["About", "Contact", "Home", "Blog"]
    assert panel.current().title == "Home"  # the moved milestone stays selected
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [t for t, _ in statuses(page)] == ["About", "Home", "Contact", "Blog"]
    assert [m.title for m in milestones.milestones_of(website.id)] == ["About", "Home", "Contact", "Blog"]


def test_edit_milestone_with_f2(website, page, qtbot):
    page.show_target(contract_id=website.id)
    panel = select_milestone(page, "About")
    answer_dialog(MilestoneDialog, lambda d: (d.title_edit.setText("About us"), d.amount.setText("80")))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    assert dict(statuses(page)).get("About us") == "planned"
    assert page.detail.totals.value("milestones") == "$305.00"


def test_a_one_off_job_in_a_few_keystrokes(northwind, ctx, qtbot):
    dialog = ContractDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.client.currentData() == northwind.id  # the only client is preselected
    dialog.title_edit.setText("Logo for a bakery")
    dialog.budget.setText("50")
    dialog.due_days.setValue(2)
    assert dialog.end_date.value() == TODAY + timedelta(days=2)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = dialog.result_object
    assert (saved.title, saved.kind, saved.status, saved.budget_minor) == ("Logo for a bakery", "fixed", "active", 5000)
    assert (saved.start_date, saved.end_date, saved.fee_bps, saved.currency) == (TODAY, date(2026, 3, 12), 1000, "USD")
    assert milestones.milestones_of(saved.id) == []


def test_in_indonesian_a_price_and_a_fee_are_typed_with_a_decimal_comma(northwind, page, qtbot, indonesian):
    def fill(d):
        assert d.fee.text() == "10%"  # Upwork's fee, as the field reads it back
        qtbot.keyClicks(d.title_edit, "Website")
        qtbot.keyClicks(d.budget, "1.250,50")
        d.fee.clear()
        qtbot.keyClicks(d.fee, "12,5")

    answer_dialog(ContractDialog, fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    saved = contracts.get_contract(page.detail.contract.id)
    assert (saved.budget_minor, saved.fee_bps) == (125050, 1250)
    assert page.detail.totals.value("budget") == "US$1.250,50"
    assert "fee 12,5%" in page.detail.terms.full_text()
    assert page.model.index(0, Column.AMOUNT).data() == "US$1.250,50"


@pytest.mark.parametrize(("locale", "typed", "message"), [
    ("id", "12.5", "Enter a percentage such as 10 or 12,5."),
    ("en", "12,5", "Enter a percentage such as 10 or 12.5."),
    ("id", "1.000", "A fee is between 0% and 100%."),  # a thousand percent, not one
])
def test_a_fee_written_the_other_way_is_refused_at_the_field(northwind, ctx, qtbot, request, locale, typed, message):
    if locale == "id":
        request.getfixturevalue("indonesian")
    dialog = ContractDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Logo")
    dialog.fee.clear()
    qtbot.keyClicks(dialog.fee, typed)
    dialog.accept()
    assert dialog.field_error("fee") == message
    assert dialog.result() == 0 and Contract.select().count() == 0


def test_currency_and_fee_follow_the_chosen_client(northwind, ctx, qtbot):
    sinar = clients.create_client(ClientData("PT Sinar", currency="IDR"), now=NOW)
    dialog = ContractDialog(ctx, prefill=ContractData(client_id=northwind.id, title=""))
    qtbot.addWidget(dialog)
    dialog.client.setCurrentIndex(dialog.client.findData(sinar.id))
    assert dialog.currency.currentData() == "IDR" and dialog.fee.text() == "0%"
    dialog.title_edit.setText("Company profile")
    dialog.budget.setText("15,000,000")
    dialog.fee.setText("2.5")
    dialog.accept()
    saved = dialog.result_object
    assert (saved.client_id, saved.currency, saved.budget_minor, saved.fee_bps) == (sinar.id, "IDR", 15_000_000, 250)


def test_invalid_contract_input_is_explained_at_the_field(northwind, ctx, qtbot):
    dialog = ContractDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.field_error("title") == "This field is required."
    dialog.title_edit.setText("Logo")
    dialog.budget.setText("fifty")
    dialog.accept()
    assert dialog.field_error("title") == ""
    assert "not an amount" in dialog.field_error("budget")
    dialog.budget.setText("50")
    dialog.fee.setText("150")
    dialog.accept()
    assert dialog.field_error("fee") == "A fee is between 0% and 100%."
    dialog.fee.setText("10")
    dialog.end_date.set_value(TODAY - timedelta(days=1))
    dialog.accept()
    assert dialog.field_error("end_date") == "The end date is before the start date."
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert contract_list.list_contracts(today=TODAY) == []


def test_hourly_contract_with_weekly_limit(northwind, ctx, qtbot):
    dialog = ContractDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("hourly"))
    assert not dialog.budget.isVisible() and dialog.rate.isVisible() and dialog.weekly_limit.isVisible()
    dialog.title_edit.setText("Dashboard maintenance")
    dialog.rate.setText("35")
    dialog.weekly_limit.setText("twenty")
    dialog.accept()
    assert dialog.field_error("weekly_limit") == "Enter hours such as 20 or 7.5."
    dialog.weekly_limit.setText("20")
    dialog.accept()
    saved = dialog.result_object
    assert (saved.kind, saved.rate_minor, saved.weekly_limit_minutes, saved.budget_minor) == ("hourly", 3500, 1200, None)


def test_prefilled_contract_is_created_with_its_milestones(northwind, ctx, qtbot):
    prefill = ContractData(northwind.id, "Website (from proposal)", budget_minor=30000)
    parts = [MilestoneData("Design", 10000), MilestoneData("Build", 20000, TODAY + timedelta(days=14))]
    dialog = ContractDialog(ctx, prefill=prefill, milestones=parts)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "Website (from proposal)" and dialog.budget.text() == "300.00"
    assert "Design — $100.00" in dialog.milestone_list.text()
    dialog.accept()
    assert [(m.title, m.amount_minor) for m in milestones.milestones_of(dialog.result_object.id)] == [
        ("Design", 10000),
        ("Build", 20000),
    ]


def test_workload_limit_asks_before_another_active_contract(website, ctx, qtbot, confirmations):
    settings_store.put("workload_max_contracts", "1")
    dialog = ContractDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("One more")
    dialog.budget.setText("50")
    confirmations.answer = False
    dialog.accept()
    assert "You already have 1 active contracts and set your limit at 1" in confirmations[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert len(contract_list.list_contracts(today=TODAY)) == 1
    confirmations.answer = True
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(contract_list.list_contracts(today=TODAY)) == 2
    # A draft does not count against the limit: no question.
    draft = ContractDialog(ctx)
    qtbot.addWidget(draft)
    draft.title_edit.setText("Maybe later")
    draft.budget.setText("50")
    draft.status.setCurrentIndex(draft.status.findData("draft"))
    draft.accept()
    assert len(confirmations) == 2 and draft.result() == QDialog.DialogCode.Accepted


def test_mark_paid_in_a_foreign_currency_asks_for_the_rate(database, ctx, qtbot):
    sinar = clients.create_client(ClientData("PT Sinar", currency="IDR"), now=NOW)
    contract = contracts.create_contract(
        ContractData(sinar.id, "Profile", currency="IDR", budget_minor=4_500_000, fee_bps=500),
        [MilestoneData("Mock-ups", 4_500_000)],
        now=NOW,
    )
    (m,) = milestones.milestones_of(contract.id)
    for step in ("start", "submit", "approve"):
        milestones.transition(m.id, step, now=NOW)
    assert settings_store.home_currency() == "USD"
    dialog = MarkPaidDialog(ctx, m.id)
    qtbot.addWidget(dialog)
    assert (dialog.gross.text(), dialog.fee.text(), dialog.net.text()) == ("4500000", "225000", "IDR\u00a04,275,000")
    assert dialog.rate is not None and dialog.rate.text() == ""  # no earlier IDR payment
    qtbot.keyClicks(dialog.gross, "0")  # 45,000,000: the fee follows until edited by hand
    assert dialog.fee.text() == "2250000"
    dialog.gross.setText("4500000")
    dialog.fee.setText("200000")
    dialog.fee.textEdited.emit("200000")
    assert dialog.net.text() == "IDR\u00a04,300,000"
    dialog.accept()
    assert dialog.field_error("rate") == "Enter an exchange rate such as 15,800 or 0.000063."
    assert milestones.get_milestone(m.id).status == "approved"  # nothing half-saved
    dialog.rate.setText("0.000063")
    dialog.accept()
    payment = payments.get_payment(dialog.result_object.payment_id)  # the step names the payment it recorded
    assert (payment.gross_minor, payment.fee_minor, payment.net_minor) == (4_500_000, 200_000, 4_300_000)
    assert payment.net_home_minor == 27090  # $270.90
    assert milestones.get_milestone(m.id).status == "paid"


def test_filters_search_and_show_target(website, page, qtbot):
    lena = clients.create_client(ClientData("Lena <b>Fischer</b> 🎨"), now=NOW)
    logo = contracts.create_contract(
        ContractData(lena.id, "Logo " + "very long title " * 12, status="paused", budget_minor=5000), now=NOW
    )
    page.refresh()
    assert page.model.rowCount() == 2
    page.status.setCurrentIndex(page.status.findData("paused"))
    assert [r.id for r in page.model.rows()] == [logo.id]
    assert page.model.index(0, Column.CLIENT).data() == "Lena <b>Fischer</b> 🎨"
    page.status.setCurrentIndex(0)
    page.client.setCurrentIndex(page.client.findData(lena.id))
    assert [r.id for r in page.model.rows()] == [logo.id]
    page.client.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "webs")
    assert [r.id for r in page.model.rows()] == [website.id]
    page.search.setText("nothing like this")
    assert page.no_match.isVisible()
    # Navigating to a contract the filters hide clears them and shows it.
    page.show_target(contract_id=logo.id)
    assert page.search.text() == "" and page.detail.contract.id == logo.id
    assert page.detail.heading.full_text().startswith("Logo very long")
    assert page.detail.heading.width() <= page.width()


def test_empty_page_explains_what_to_do(ctx, qtbot):
    page = ContractsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.stack.currentWidget() is page.empty
    assert page.empty.button.text() == "New contract"


def test_keyboard_ctrl_n_new_and_f2_edit(website, page, qtbot):
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    seen = []
    answer_dialog(ContractDialog, lambda d: d.title_edit.setText("Logo"), seen)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen[0].contract_id is None and seen[0].budget.text() == ""
    # Saving failed (no price): the dialog said so at the field and nothing was created.
    assert seen[0].field_error("budget") == "Enter the contract's total price."
    assert page.model.rowCount() == 1
    page.table.select_id(website.id)
    page.table.setFocus()
    answer_dialog(ContractDialog, lambda d: d.title_edit.setText("Website, four pages"), seen)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert seen[1].contract_id == website.id
    assert page.model.row(0).title == "Website, four pages"
    assert page.detail.heading.full_text() == "Website, four pages"


def test_in_indonesian_mark_paid_reads_the_rate_with_a_decimal_comma(database, ctx, qtbot, indonesian):
    sinar = clients.create_client(ClientData("PT Sinar", currency="IDR"), now=NOW)
    contract = contracts.create_contract(
        ContractData(sinar.id, "Profile", currency="IDR", budget_minor=4_500_000, fee_bps=500),
        [MilestoneData("Mock-ups", 4_500_000)],
        now=NOW,
    )
    (m,) = milestones.milestones_of(contract.id)
    for step in ("start", "submit", "approve"):
        milestones.transition(m.id, step, now=NOW)
    dialog = MarkPaidDialog(ctx, m.id)
    qtbot.addWidget(dialog)
    assert (dialog.gross.text(), dialog.fee.text(), dialog.net.text()) == ("4500000", "225000", "Rp4.275.000")
    dialog.gross.clear()
    qtbot.keyClicks(dialog.gross, "4.400.000")  # a point groups thousands here; the fee follows
    assert (dialog.fee.text(), dialog.net.text()) == ("220000", "Rp4.180.000")
    qtbot.keyClicks(dialog.rate, "0.000063")
    dialog.accept()
    assert dialog.field_error("rate") == "Enter an exchange rate such as 15.800 or 0,000063."
    dialog.rate.clear()
    qtbot.keyClicks(dialog.rate, "0,000063")
    dialog.accept()
    payment = Payment.get_by_id(dialog.result_object.payment_id)  # marking paid recorded it
    assert (payment.gross_minor, payment.fee_minor, payment.rate) == (4_400_000, 220_000, Decimal("0.000063"))


def test_the_detail_shows_the_contracts_effective_rate_and_the_trend_across_contracts(northwind, page, qtbot):
    from datetime import UTC, date, datetime

    from freelance_desk.db.models import TimeEntry
    from freelance_desk.services.money.payments import PaymentData, record_payment

    old = contracts.create_contract(ContractData(northwind.id, "Audit", kind="hourly", rate_minor=2500), now=NOW).id
    new = contracts.create_contract(ContractData(northwind.id, "Build", kind="hourly", rate_minor=4000), now=NOW).id
    untracked = contracts.create_contract(ContractData(northwind.id, "Logo", budget_minor=9000), now=NOW).id
    TimeEntry.create(contract=old, start=datetime(2025, 4, 7, 9, tzinfo=UTC), end=datetime(2025, 4, 7, 13, tzinfo=UTC),
                     timezone="UTC", utc_offset_minutes=0, source="manual")
    record_payment(PaymentData(old, date(2025, 4, 14), 10000, 0, "USD"), now=NOW)  # $25/h in Q2 2025
    TimeEntry.create(contract=new, start=datetime(2026, 3, 2, 9, tzinfo=UTC), end=datetime(2026, 3, 2, 13, tzinfo=UTC),
                     timezone="UTC", utc_offset_minutes=0, source="manual")
    record_payment(PaymentData(new, date(2026, 3, 6), 14000, 0, "USD"), now=NOW)  # $35/h in Q1 2026
    page.reload()
    page.table.select_id(new)
    assert page.detail.rate.rate.text() == "Effective rate: $35.00/h"
    assert page.detail.rate.trend.text() == (
        "All your contracts, last two years: Q2 2025: $25.00/h · Q1 2026: $35.00/h — up 40% since Q2 2025")
    page.table.select_id(untracked)
    assert page.detail.rate.rate.text() == "Effective rate: no hours tracked"
    TimeEntry.create(contract=untracked, start=datetime(2026, 3, 3, 9, tzinfo=UTC),
                     end=datetime(2026, 3, 3, 10, 30, tzinfo=UTC), timezone="UTC", utc_offset_minutes=0, source="manual")
    page.reload()
    page.table.select_id(untracked)  # hours, nothing paid yet: not "$0.00/h"
    assert page.detail.rate.rate.text() == "Effective rate: nothing received yet for 1:30 hours tracked"
