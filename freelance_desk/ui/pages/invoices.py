"""Invoices: filter by state and client; new, edit (drafts), mark sent, record payment, void (each undoable);
the invoice and its receipt saved as PDF (a rupiah receipt over Rp5.000.000 reminded of its e-Meterai first).

Every row action is one QAction shared by its button, the rows' context menu and its shortcut.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import english_plural
from freelance_desk.core.vocabulary import InvoiceState
from freelance_desk.services.billing import invoice_list, invoices
from freelance_desk.services.billing.stamp_duty import STAMP_DUTY_MINOR, THRESHOLD_MINOR, needs_stamp
from freelance_desk.services.clients.listing import client_choices
from freelance_desk.ui import context, forms, icons
from freelance_desk.ui.backups import why_not_written
from freelance_desk.ui.buttons import action_button
from freelance_desk.ui.dialogs.invoice import InvoiceDialog, InvoicePaymentDialog, VoidDialog
from freelance_desk.ui.exports import ask_file
from freelance_desk.ui.format import money
from freelance_desk.ui.models.invoices import InvoicesTableModel
from freelance_desk.ui.pages.base import Page
from freelance_desk.ui.undo.invoices import CreateInvoice, EditInvoice, MarkSent, RecordInvoicePayment, VoidInvoice
from freelance_desk.ui.widgets.data_table import DataTable
from freelance_desk.ui.widgets.empty_state import EmptyState

OVERDUE = "overdue"  # the state filter's one choice that is not a state


class InvoicesPage(Page):
    topics = (context.INVOICES, context.PAYMENTS, context.CLIENTS, context.CONTRACTS, context.MILESTONES,
              context.TIME, context.SETTINGS)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Invoices"))
        title.setObjectName("pageTitle")
        outer.addWidget(title)

        self.new_action = self._action(self.tr("&New invoice…"), self.new_invoice, QKeySequence.StandardKey.New)
        self.addAction(self.new_action)
        self.edit_action = self._action(self.tr("&Edit…"), self.edit_current, QKeySequence(Qt.Key.Key_F2))
        self.sent_action = self._action(self.tr("Mark &sent"), self.mark_sent, QKeySequence("Ctrl+Shift+S"))
        self.pay_action = self._action(self.tr("Record &payment…"), self.record_payment, QKeySequence("Ctrl+P"))
        self.void_action = self._action(self.tr("&Void…"), self.void_current)
        self.pdf_action = self._action(self.tr("Save as P&DF…"), self.save_pdf, QKeySequence("Ctrl+Shift+D"))
        self.receipt_action = self._action(self.tr("Save &receipt…"), self.save_receipt, QKeySequence("Ctrl+Shift+R"))
        actions = QHBoxLayout()
        self.new_button = action_button(self.new_action, self.tr("A new invoice from your work (Ctrl+N)"))
        self.new_button.setObjectName("primary")
        self.edit_button = action_button(self.edit_action)
        self.sent_button = action_button(self.sent_action)
        self.pay_button = action_button(self.pay_action)
        self.void_button = action_button(self.void_action)
        self.pdf_button = action_button(self.pdf_action)
        self.receipt_button = action_button(self.receipt_action)
        for button in (self.new_button, self.edit_button, self.sent_button, self.pay_button, self.void_button,
                       self.pdf_button, self.receipt_button):
            actions.addWidget(button)
        actions.addStretch(1)
        outer.addLayout(actions)

        filters = QHBoxLayout()
        self.state = QComboBox()
        for value, label in ((None, self.tr("All")), (InvoiceState.DRAFT, self.tr("Draft")),
                             (InvoiceState.SENT, self.tr("Sent")), (OVERDUE, self.tr("Overdue")),
                             (InvoiceState.PAID, self.tr("Paid")), (InvoiceState.VOID, self.tr("Void"))):
            self.state.addItem(label, value)
        self.client = QComboBox()
        self.client.setMinimumContentsLength(18)
        self.client.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        filters.addWidget(QLabel(self.tr("State")))
        filters.addWidget(self.state)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Client")))
        filters.addWidget(self.client)
        filters.addStretch(1)
        outer.addLayout(filters)

        self.model = InvoicesTableModel(self)
        self.table = DataTable(self.model)
        c = InvoicesTableModel.Column
        self.table.set_widths({c.NUMBER: 14, c.ISSUED: 9, c.DUE: 9, c.STATE: 16, c.TOTAL: 13, c.AMOUNT_DUE: 13},
                              stretch=c.CLIENT)
        self.empty = EmptyState(
            self.tr("No invoices yet"),
            self.tr("Make your first invoice with New invoice…: choose a client and its contracts, and draft the "
                    "lines from the hours you tracked or the milestones they approved."),
            self.tr("New invoice…"),
            self.new_invoice,
        )
        self.add_list(outer, self.table, self.empty, totals=True)

        self.table.set_row_actions([self.edit_action, self.sent_action, self.pay_action, None, self.pdf_action,
                                    self.receipt_action, None, self.void_action])
        icons.decorate((self.new_action, "plus"), (self.edit_action, "pencil"), (self.sent_action, "send"),
                       (self.pay_action, "banknote"), (self.void_action, "circle-x"), (self.pdf_action, "file-text"),
                       (self.receipt_action, "circle-check"))
        self.table.activated_id.connect(lambda _id: self.edit_current())
        self.table.current_changed.connect(lambda _id: self._update_actions())
        self.state.currentIndexChanged.connect(lambda _i: self.reload())
        self.client.currentIndexChanged.connect(lambda _i: self.reload())
        self.refresh()

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    # --- data ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.client.currentData()
        self.client.blockSignals(True)
        self.client.clear()
        self.client.addItem(self.tr("All clients"), None)
        for c in client_choices(include_archived=True):
            self.client.addItem(c.name, c.id)
        self.client.setCurrentIndex(max(self.client.findData(keep), 0))
        self.client.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        today = self.ctx.today()
        everything = invoice_list.list_invoices()
        rows = invoice_list.list_invoices(self.client.currentData())
        state = self.state.currentData()
        if state == OVERDUE:
            rows = [r for r in rows if r.overdue_on(today)]
        elif state == InvoiceState.SENT:
            rows = [r for r in rows if r.state in (InvoiceState.SENT, InvoiceState.PARTLY_PAID)]
        elif state is not None:
            rows = [r for r in rows if r.state == state]
        with self.table.keeping_selection():
            self.model.set_invoices(rows, today)
        self.stack.setCurrentWidget(self.table if everything else self.empty)
        self.totals.setText(self._totals_text(rows, today))
        self._update_actions()

    def _totals_text(self, rows, today) -> str:
        if not rows:
            return self.tr("No invoices match these filters.")
        owed: dict[str, int] = {}
        late: dict[str, int] = {}
        for r in rows:
            if r.due:
                owed[r.currency] = owed.get(r.currency, 0) + r.due
                if r.overdue_on(today):
                    late[r.currency] = late.get(r.currency, 0) + r.due
        parts = [english_plural(self.tr("%n invoice(s)", "", len(rows)), len(rows))]
        if owed:
            parts.append(self.tr("owed to you {0}").format(" + ".join(money(v, k) for k, v in sorted(owed.items()))))
        if late:
            parts.append(self.tr("overdue {0}").format(" + ".join(money(v, k) for k, v in sorted(late.items()))))
        return " · ".join(parts)

    def current_row(self):
        current = self.table.current_id()
        index = self.model.row_of_id(current) if current is not None else -1
        return self.model.row(index) if index >= 0 else None

    def _update_actions(self) -> None:
        row = self.current_row()
        state = row.state if row else None
        self.edit_action.setEnabled(state == InvoiceState.DRAFT)
        self.sent_action.setEnabled(state == InvoiceState.DRAFT)
        self.pay_action.setEnabled(row is not None and row.due > 0)
        self.void_action.setEnabled(state in (InvoiceState.DRAFT, InvoiceState.SENT))
        self.pdf_action.setEnabled(row is not None)
        self.receipt_action.setEnabled(state in (InvoiceState.PAID, InvoiceState.PARTLY_PAID))

    def show_target(self, invoice_id: int | None = None, overdue: bool = False, **_target) -> None:
        if overdue:
            self.state.setCurrentIndex(self.state.findData(OVERDUE))
        if invoice_id is not None:
            self.table.select_id(invoice_id)

    # --- actions -----------------------------------------------------------------------------------
    def _changed(self, invoice_id: int | None = None) -> None:
        self.ctx.notify(context.INVOICES, context.PAYMENTS, context.MILESTONES)
        if invoice_id is not None:
            self.table.select_id(invoice_id)

    def _refused(self, error: DomainError) -> None:
        self.ctx.show_status(self.ctx.error_text(error))

    @staticmethod
    def _run(dialog):
        saved = dialog.result_object if dialog.exec() else None  # closed, it gives this window back its focus
        dialog.deleteLater()
        return saved

    def new_invoice(self) -> None:
        if not client_choices():
            self.ctx.show_status(self.tr("Add a client and a contract first: an invoice bills a client's work."))
            return
        dialog = InvoiceDialog(self.ctx, client_id=self.client.currentData(), parent=self)
        data = dialog.saved_data if self._run(dialog) is not None else None
        if data is None:
            return
        created = dialog.result_object
        self.ctx.undo_stack.push(CreateInvoice(self.tr("Create invoice {0}").format(created.number), created, data,
                                               self.ctx.now, self._changed, self._refused))
        self._changed(created.invoice_id)

    def edit_current(self) -> None:
        row = self.current_row()
        if row is None or row.state != InvoiceState.DRAFT:
            return
        dialog = InvoiceDialog(self.ctx, row.invoice_id, parent=self)
        if self._run(dialog) is None:
            return
        self.ctx.undo_stack.push(EditInvoice(self.tr("Edit invoice {0}").format(row.number), row.invoice_id,
                                             dialog.before, dialog.saved_data, self.ctx.today, self._changed,
                                             self._refused))
        self._changed(row.invoice_id)

    def mark_sent(self) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            invoices.mark_sent(row.invoice_id, self.ctx.now())
        except DomainError as e:
            self._refused(e)
            return
        self.ctx.undo_stack.push(MarkSent(self.tr("Mark invoice {0} sent").format(row.number), row.invoice_id,
                                          self.ctx.now, self._changed, self._refused))
        self._changed(row.invoice_id)

    def record_payment(self) -> None:
        row = self.current_row()
        if row is None or not row.due:
            return
        dialog = InvoicePaymentDialog(self.ctx, row.invoice_id, parent=self)
        paid = self._run(dialog)
        if paid is None:
            return
        self.ctx.undo_stack.push(RecordInvoicePayment(
            self.tr("Record payment for invoice {0}").format(row.number), paid, *dialog.args, self.ctx.now,
            self._changed, self._refused))
        self._changed(row.invoice_id)

    def void_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if not forms.confirm(self, self.tr("Void invoice"),
                             self.tr("Void invoice {0}? Its number stays used, and the work it bills can go on a new "
                                     "invoice.").format(row.number),
                             self.tr("Void")):
            return
        dialog = VoidDialog(self.ctx, row.invoice_id, row.number, parent=self)
        voided = self._run(dialog)
        if voided is None:
            return
        self.ctx.undo_stack.push(VoidInvoice(self.tr("Void invoice {0}").format(row.number), voided, dialog.reason_text,
                                             self.ctx.now, self._changed, self._refused))
        self._changed(row.invoice_id)

    # --- PDF ---------------------------------------------------------------------------------------
    def save_pdf(self) -> None:
        self._save(receipt=False)

    def save_receipt(self) -> None:
        self._save(receipt=True)

    def _save(self, receipt: bool) -> None:
        """The invoice (or its receipt) as PDF, in the client's language on its paper, where the user says."""
        row = self.current_row()
        if row is None or receipt and row.state not in (InvoiceState.PAID, InvoiceState.PARTLY_PAID):
            return
        from freelance_desk.ui.invoice_pdf import write_invoice_pdf  # Qt's PDF writing: only when asked

        doc = invoice_list.invoice_document(row.invoice_id)
        if receipt and needs_stamp(doc.currency, doc.paid) and not forms.confirm(
                self, self.tr("e-Meterai"),
                self.tr("This receipt acknowledges {0}, more than {1}: Indonesian stamp duty (UU 10/2020) asks for "
                        "a {2} e-Meterai on it. The receipt leaves a space for it beside your signature; affix the "
                        "e-Meterai before you send it.").format(
                    money(doc.paid, doc.currency), money(THRESHOLD_MINOR, "IDR"), money(STAMP_DUTY_MINOR, "IDR")),
                self.tr("Save receipt")):
            return
        name = re.sub(r'[\\/:*?"<>|\s]+', "-", row.number).strip("-") or "invoice"
        suggested = (self.tr("Receipt {0}").format(name) if receipt else name) + ".pdf"
        title = self.tr("Save receipt as PDF") if receipt else self.tr("Save invoice as PDF")
        path = ask_file(self, self.ctx, title, suggested, self.tr("PDF (*.pdf)"), ".pdf")  # in the last export's folder
        if path is None:
            return
        try:
            write_invoice_pdf(path, doc, receipt=receipt)
        except (OSError, DomainError) as e:
            self.ctx.show_status(self.tr("Could not save {0}: {1}").format(path, why_not_written(self.ctx, e)))
            return
        self.ctx.show_status(self.tr("Saved {0}").format(path))
