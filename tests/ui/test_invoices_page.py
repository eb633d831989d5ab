"""The Invoices page driven like a user: an invoice drafted from work in the real dialog, sent, paid in
two parts, voided (its work offered again), each step undone from Edit ▸ Undo."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from freelance_desk.core.vocabulary import InvoiceGrouping
from freelance_desk.db.models import TimeEntry
from freelance_desk.services.billing import drafting, invoice_list
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, create_contract
from freelance_desk.services.settings import store as settings_store
from freelance_desk.ui import theme
from freelance_desk.ui.dialogs.invoice import InvoiceDialog, InvoicePaymentDialog, VoidDialog
from freelance_desk.ui.models.invoices import InvoicesTableModel
from freelance_desk.ui.pages.invoices import InvoicesPage
from tests.ui.helpers import answer_dialog

C = InvoicesTableModel.Column
JAKARTA = 7 * 60


@pytest.fixture
def work(database):
    """A client in Jakarta, paid in rupiah by the hour (Rp200.000), with 3 h on 2 March and 2 h on 3 March."""
    settings_store.set_home_currency("IDR")
    client = create_client(ClientData("PT Sinar Jaya", timezone="Asia/Jakarta", currency="IDR"),
                           now=datetime(2026, 1, 5, tzinfo=UTC))
    contract = create_contract(ContractData(client.id, "Website support", kind="hourly", currency="IDR",
                                            rate_minor=200_000), now=datetime(2026, 1, 5, tzinfo=UTC))
    for day, hours, note in ((2, 3, "Fixed the checkout"), (3, 2, "Moved the blog")):
        start = datetime(2026, 3, day, 9, tzinfo=UTC) - timedelta(minutes=JAKARTA)
        TimeEntry.create(contract=contract.id, start=start, end=start + timedelta(hours=hours), timezone="Asia/Jakarta",
                         utc_offset_minutes=JAKARTA, note=note, billable=True)
    return client.id, contract.id


@pytest.fixture
def page(qtbot, ctx):
    widget = InvoicesPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    return widget


def shown(page, column) -> list[str]:
    proxy = page.table.model()
    return [proxy.index(r, int(column)).data() for r in range(proxy.rowCount())]


def make_invoice(qtbot, page, seen=None) -> None:
    """New invoice… (Ctrl+N): the period, Draft lines from work, the PPN preset, Save."""

    def fill(d: InvoiceDialog):
        assert d.language.currentData() == "id" and d.paper.currentData() == "a4"  # from the client's zone
        assert d.number_label.text() == "Will be INV-2026-0001"
        assert d.due_on.date() == QDate(2026, 3, 24)  # 14 days' terms
        d.period_from.setDate(QDate(2026, 3, 1))
        d.period_to.setDate(QDate(2026, 3, 10))
        qtbot.mouseClick(d.draft_button, Qt.MouseButton.LeftButton)
        assert d.lines.rowCount() == 2
        assert d.lines.item(0, 0).text() == "Senin, 02 Maret 2026 — Fixed the checkout"
        assert d.lines.item(0, 1).text() == "3"
        qtbot.mouseClick(d.ppn_button, Qt.MouseButton.LeftButton)
        assert "Total Rp1.110.000" in d.totals.text() or "Total IDR" in d.totals.text()
        if seen is not None:
            seen.append(d.totals.text())

    answer_dialog(InvoiceDialog, fill)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def select(page, row=0) -> None:
    page.table.selectRow(row)


def test_the_empty_page_says_how_to_make_the_first_invoice(page):
    assert page.stack.currentWidget() is page.empty
    assert "New invoice" in page.empty.text.text()


def test_an_invoice_from_work_is_listed_and_its_time_is_not_offered_again(qtbot, ctx, page, work, indonesian):
    _client, contract = work
    seen: list[str] = []
    make_invoice(qtbot, page, seen)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "Total Rp1.110.000" in seen[0]  # 5 h × Rp200.000 and PPN 11 %
    assert shown(page, C.NUMBER) == ["INV-2026-0001"]
    assert shown(page, C.STATE) == ["Draft"]
    assert shown(page, C.TOTAL) == ["Rp1.110.000"]
    assert drafting.draft_lines(contract, date(2026, 3, 1), date(2026, 3, 10), InvoiceGrouping.BY_DAY) == []
    assert ctx.undo_stack.undoText() == "Create invoice INV-2026-0001"
    ctx.undo_stack.undo()
    assert page.model.rowCount() == 0 and invoice_list.list_invoices() == []
    assert len(drafting.draft_lines(contract, date(2026, 3, 1), date(2026, 3, 10))) == 2
    ctx.undo_stack.redo()
    assert shown(page, C.NUMBER) == ["INV-2026-0001"]  # the number given back, and given again


def test_sent_then_paid_in_two_parts_then_undone(qtbot, ctx, page, work, indonesian):
    make_invoice(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    select(page)
    assert not page.pay_action.isEnabled()  # a draft takes no payment
    qtbot.mouseClick(page.sent_button, Qt.MouseButton.LeftButton)
    assert shown(page, C.STATE) == ["Sent"]
    assert ctx.undo_stack.undoText() == "Mark invoice INV-2026-0001 sent"

    def partly(d: InvoicePaymentDialog):
        assert d.gross.text() == "1110000"  # the amount due
        assert not d.form.isRowVisible(d.rate.parentWidget())  # rupiah at home: no rate asked
        d.gross.clear()
        qtbot.keyClicks(d.gross, "500.000")  # as typed in Indonesian

    answer_dialog(InvoicePaymentDialog, partly)
    qtbot.mouseClick(page.pay_button, Qt.MouseButton.LeftButton)
    assert shown(page, C.STATE) == ["Partly paid"]
    assert shown(page, C.AMOUNT_DUE) == ["Rp610.000"]
    answer_dialog(InvoicePaymentDialog, lambda d: None)  # the rest, as offered
    qtbot.mouseClick(page.pay_button, Qt.MouseButton.LeftButton)
    assert shown(page, C.STATE) == ["Paid"]
    assert ctx.undo_stack.undoText() == "Record payment for invoice INV-2026-0001"
    ctx.undo_stack.undo()
    assert shown(page, C.STATE) == ["Partly paid"]
    ctx.undo_stack.undo()
    assert shown(page, C.STATE) == ["Sent"]
    ctx.undo_stack.undo()
    assert shown(page, C.STATE) == ["Draft"]


def test_void_asks_naming_the_number_and_offers_the_work_again(qtbot, ctx, page, work, confirmations):
    _client, contract = work
    make_invoice(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    select(page)
    answer_dialog(VoidDialog, lambda d: qtbot.keyClicks(d.reason, "Wrong period"))
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    assert "INV-2026-0001" in confirmations[0]
    assert shown(page, C.STATE) == ["Void"]
    assert len(drafting.draft_lines(contract, date(2026, 3, 1), date(2026, 3, 10))) == 2
    assert ctx.undo_stack.undoText() == "Void invoice INV-2026-0001"
    ctx.undo_stack.undo()
    assert shown(page, C.STATE) == ["Draft"]
    assert drafting.draft_lines(contract, date(2026, 3, 1), date(2026, 3, 10)) == []


def test_an_overdue_invoice_is_marked_with_its_days(qtbot, ctx, page, work, clock):
    make_invoice(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    select(page)
    qtbot.mouseClick(page.sent_button, Qt.MouseButton.LeftButton)
    clock.advance(days=20)  # due 24 March; now 30 March
    page.refresh()
    assert shown(page, C.STATE) == ["overdue 6 days"]
    index = page.table.model().index(0, int(C.STATE))
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == theme.color(theme.Role.DANGER)
    page.state.setCurrentIndex(page.state.findData("overdue"))
    assert page.model.rowCount() == 1
    page.state.setCurrentIndex(page.state.findData("paid"))
    assert page.model.rowCount() == 0


def test_an_error_from_the_service_shows_at_the_lines(qtbot, ctx, page, work):
    seen: list = []

    def fill(d: InvoiceDialog):
        qtbot.mouseClick(d.add_line_button, Qt.MouseButton.LeftButton)
        d.lines.item(0, 0).setText("Consulting")
        d.lines.item(0, 1).setText("0")

    answer_dialog(InvoiceDialog, fill, seen)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert seen[0].field_error("quantity") == "A quantity must be more than zero."
    assert invoice_list.list_invoices() == []


def test_the_dashboard_lists_an_overdue_invoice(qtbot, ctx, work, clock, indonesian):
    from decimal import Decimal

    from freelance_desk.services.billing.invoices import InvoiceData, LineData, create_invoice, mark_sent
    from freelance_desk.ui.pages.dashboard import DashboardPage

    client, contract = work
    created = create_invoice(InvoiceData(client, date(2026, 3, 1), date(2026, 3, 5), "IDR",
                                         [LineData("Support", Decimal(2), 3_000_000, contract)]), clock.now)
    mark_sent(created.invoice_id, clock.now)
    dashboard = DashboardPage(ctx)
    qtbot.addWidget(dashboard)
    dashboard.show()
    dashboard.refresh()
    texts = [dashboard.overdue_list.list.item(i).text() for i in range(dashboard.overdue_list.list.count())]
    assert texts[0].startswith("1 invoice overdue · Rp6.000.000")
    assert "INV-2026-0001 to PT Sinar Jaya" in texts[0]


def test_the_invoice_and_its_receipt_are_saved_as_pdf_the_receipt_after_the_e_meterai_reminder(
        qtbot, ctx, work, page, tmp_path, monkeypatch, confirmations):
    """Save as PDF (Ctrl+Shift+D) writes the invoice; Save receipt (Ctrl+Shift+R) is offered once money came in,
    and over Rp5.000.000 the app first says the receipt needs its e-Meterai."""
    import subprocess

    from PySide6.QtWidgets import QFileDialog

    from freelance_desk.services.billing import invoices as inv

    client_id, contract_id = work
    made = inv.create_invoice(inv.InvoiceData(client_id, date(2026, 3, 5), date(2026, 3, 19), "IDR",
                                              [inv.LineData("Checkout fixes", inv.Decimal(1), 7_500_000, contract_id)],
                                              language="id"), ctx.now())
    page.refresh()
    select(page)
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    assert page.pdf_action.isEnabled() and not page.receipt_action.isEnabled()  # nothing received yet
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, suggested, kinds: (asked.append(suggested) or str(tmp_path / "inv"), ""))
    qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked[-1].endswith("INV-2026-0001.pdf")
    text = subprocess.run(["pdftotext", str(tmp_path / "inv.pdf"), "-"], capture_output=True, text=True).stdout
    assert "INV-2026-0001" in text and "Rp7.500.000" in text

    inv.mark_sent(made.invoice_id, ctx.now())
    inv.record_invoice_payment(made.invoice_id, date(2026, 3, 10), 7_500_000, now=ctx.now())
    page.reload()
    select(page)
    assert page.receipt_action.isEnabled()
    confirmations.answer = False  # the reminder, then Cancel: nothing is written
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "kuitansi"), ""))
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    from freelance_desk.ui.format import money

    assert "e-Meterai" in confirmations[-1] and money(7_500_000, "IDR") in confirmations[-1]  # in the interface's locale
    assert not (tmp_path / "kuitansi.pdf").exists()
    confirmations.answer = True
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    text = subprocess.run(["pdftotext", str(tmp_path / "kuitansi.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Kuitansi" in text and "e-Meterai" in text


def test_after_recording_a_payment_by_keyboard_the_next_row_key_works(qtbot, ctx, work, page, tmp_path, monkeypatch,
                                                                    confirmations):
    """Ctrl+P on a row records the payment; the focus is back on the list, so Ctrl+Shift+R (the receipt) works
    next without a click."""
    from PySide6.QtWidgets import QFileDialog

    from freelance_desk.services.billing import invoices as inv

    client_id, contract_id = work
    made = inv.create_invoice(inv.InvoiceData(client_id, date(2026, 3, 5), date(2026, 3, 19), "IDR",
                                              [inv.LineData("Checkout fixes", inv.Decimal(1), 7_500_000, contract_id)],
                                              language="id"), ctx.now())
    inv.mark_sent(made.invoice_id, ctx.now())
    page.refresh()
    select(page)
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    answer_dialog(InvoicePaymentDialog, lambda d: None)  # the amount due, as offered
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert shown(page, C.STATE) == ["Paid"]
    qtbot.waitUntil(page.table.hasFocus)  # the window active again, the list focused: no click needed
    confirmations.answer = False
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert confirmations and "e-Meterai" in confirmations[-1]
