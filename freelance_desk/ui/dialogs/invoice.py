"""An invoice's form (new, or a draft edited), recording a payment against one, and voiding one.

The invoice's lines are drafted from the work of the checked contracts (``services/billing/drafting``)
and worded here in the invoice's language (the day in that language's locale), or typed.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from freelance_desk.core.errors import ValidationError
from freelance_desk.core.money import parse_amount, parse_percent, parse_rate, read_number
from freelance_desk.core.vocabulary import InvoiceGrouping
from freelance_desk.services.billing import drafting, invoice_list, invoices, numbering
from freelance_desk.services.billing.invoices import InvoiceData, LineData, TaxData
from freelance_desk.services.clients.clients import get_client
from freelance_desk.services.clients.listing import client_choices
from freelance_desk.services.money import payments
from freelance_desk.services.settings import store as settings_store
from freelance_desk.ui import theme
from freelance_desk.ui.dialogs.payment import CHOOSE_CONTRACT, date_edit
from freelance_desk.ui.format import amount_text, money, number, percent, pydate, qdate, rate_text, separators
from freelance_desk.ui.forms import FormDialog
from freelance_desk.ui.widgets.money_edit import MoneyEdit

# The invoice's own language (what the client reads), not the interface's: the locale of its days and
# the words the window puts on a drafted line.
LOCALES = {"en": "en_US", "id": "id_ID"}
OVER_LIMIT = {"en": "Over the weekly limit (not billed)", "id": "Melebihi batas mingguan (tidak ditagih)"}
HOURS_WORKED = {"en": "Hours worked", "id": "Jam kerja"}
PRESETS = (("PPN", 1100, False), ("PPh 23", 200, True))


def line_description(draft: drafting.DraftLine, language: str) -> str:
    """A drafted line worded in the invoice's language: by day "<day> — <notes>", over the limit its note."""
    if draft.over_limit:
        return OVER_LIMIT.get(language, OVER_LIMIT["en"])
    if draft.day is not None:
        day = QLocale(LOCALES.get(language, "en_US")).toString(qdate(draft.day), QLocale.FormatType.LongFormat)
        notes = "; ".join(draft.notes)
        return f"{day} — {notes}" if notes else day
    return draft.line.description or HOURS_WORKED.get(language, HOURS_WORKED["en"])


class InvoiceDialog(FormDialog):
    """A new invoice, or a draft edited: client, contracts, lines from the work, taxes, dates, language."""

    def __init__(self, ctx, invoice_id: int | None = None, client_id: int | None = None, parent=None):
        super().__init__(ctx, self.tr("Edit invoice") if invoice_id else self.tr("New invoice"), parent)
        self.invoice_id = invoice_id
        self.existing = invoices.invoice_data(invoice_id) if invoice_id else None
        self.number = invoice_list.get_row(invoice_id).number if invoice_id else ""
        self.saved_data: InvoiceData | None = None
        self.before: InvoiceData | None = None
        self._due_touched = self.existing is not None
        self._filling = False

        self.client = QComboBox()
        for c in client_choices(keep_id=self.existing.client_id if self.existing else None):
            self.client.addItem(c.name, c.id)
        self.add_field("client", self.tr("Client"), self.client)
        self.currency = QComboBox()
        self.add_field("currency", self.tr("Currency"), self.currency)
        self.contracts = QListWidget()
        self.contracts.setMaximumHeight(self.fontMetrics().height() * 5 + 12)
        self.add_field("contracts", self.tr("Contracts"), self.contracts)
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(theme.text_style(theme.Role.WARNING))
        self.form.addRow("", self.notice)
        self.add_field("period", self.tr("Work from"), self._period_row())
        self.add_field("lines", self.tr("Lines"), self._lines_box())
        self._fields["quantity"] = self._fields["lines"]  # a quantity's message shows under the lines
        self.add_field("taxes", self.tr("Taxes"), self._taxes_box())
        self.issued_on = self.add_field("issued_on", self.tr("Issued on"), date_edit(ctx.today()))
        self.due_on = self.add_field("due_on", self.tr("Due on"), date_edit(ctx.today()))
        self.language = QComboBox()
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Bahasa Indonesia"), "id")
        self.add_field("language", self.tr("Language"), self.language)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.add_field("paper", self.tr("Paper"), self.paper)
        self.notes = self.add_field("notes", self.tr("Notes"), self._text_box())
        self.instructions = self.add_field("payment_instructions", self.tr("Payment instructions"), self._text_box())
        self.number_label = QLabel()
        self.number_label.setTextFormat(Qt.TextFormat.PlainText)
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.totals.setWordWrap(True)
        self.form.addRow(self.tr("Number"), self.number_label)
        self.form.addRow(self.tr("Total"), self.totals)

        self.client.currentIndexChanged.connect(self._client_changed)
        self.currency.currentIndexChanged.connect(self._currency_changed)
        self.contracts.itemChanged.connect(lambda _item: self._contracts_changed())
        self.issued_on.dateChanged.connect(self._issued_changed)
        self.due_on.dateChanged.connect(lambda _d: self._due_edited())
        if self.existing:
            self._load(self.existing)
        else:
            self.client.setCurrentIndex(max(self.client.findData(client_id), 0) if client_id else 0)
            self._client_changed()
            self.instructions.setPlainText(settings_store.value(settings_store.PAYMENT_INSTRUCTIONS))
            self._issued_changed()
        self.resize(760, min(self.sizeHint().height(), 900))

    # --- the parts --------------------------------------------------------------------------------------
    def _text_box(self) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(self.fontMetrics().height() * 3 + 14)
        return edit

    def _period_row(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        first = self.ctx.today().replace(day=1)
        self.period_from = date_edit(first)
        self.period_to = date_edit(self.ctx.today())
        self.grouping = QComboBox()
        self.grouping.addItem(self.tr("By day"), InvoiceGrouping.BY_DAY)
        self.grouping.addItem(self.tr("By note"), InvoiceGrouping.BY_NOTE)
        self.over_limit = QCheckBox(self.tr("Show hours over the weekly limit"))
        self.draft_button = QPushButton(self.tr("&Draft lines from work"))
        self.draft_button.setAutoDefault(False)
        self.draft_button.clicked.connect(self.draft_lines)
        row.addWidget(self.period_from)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.period_to)
        row.addWidget(self.grouping)
        row.addWidget(self.over_limit)
        row.addStretch(1)
        outer = QWidget()
        lay = QVBoxLayout(outer)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(box)
        lay.addWidget(self.draft_button, 0, Qt.AlignmentFlag.AlignLeft)
        return outer

    def _edit_table(self, headers: list[str]) -> QTableWidget:
        """A table typed into: its first column takes the room, the others their content; Tab leaves it; any edit
        updates the totals."""
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().hide()
        table.setTabKeyNavigation(False)
        table.itemChanged.connect(lambda _item: self.update_totals())
        return table

    @staticmethod
    def _with_buttons(table: QTableWidget, buttons: list[QPushButton]) -> QWidget:
        """The table with a row of buttons under it (none of them Enter's: that is Save)."""
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        for button in buttons:
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        lay.addWidget(table)
        lay.addLayout(row)
        return box

    def _lines_box(self) -> QWidget:
        self.lines = self._edit_table(
            [self.tr("Description"), self.tr("Quantity"), self.tr("Unit"), self.tr("Unit price"), self.tr("Amount")])
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setMinimumHeight(self.fontMetrics().height() * 7)
        self.add_line_button = QPushButton(self.tr("&Add line"))
        self.remove_line_button = QPushButton(self.tr("Re&move line"))
        self.add_line_button.clicked.connect(lambda: self.add_line(LineData("", Decimal(1), 0, None)))
        self.remove_line_button.clicked.connect(self.remove_line)
        return self._with_buttons(self.lines, [self.add_line_button, self.remove_line_button])

    def _taxes_box(self) -> QWidget:
        self.taxes = self._edit_table([self.tr("Tax"), self.tr("Rate (%)"), self.tr("Withheld by the client")])
        self.taxes.setMaximumHeight(self.fontMetrics().height() * 5)
        self.ppn_button = QPushButton(self.tr("PPN 11 %"))
        self.pph_button = QPushButton(self.tr("PPh 23 2 % (withheld)"))
        self.add_tax_button = QPushButton(self.tr("Add ta&x"))
        self.remove_tax_button = QPushButton(self.tr("Remove tax"))
        self.ppn_button.clicked.connect(lambda: self.add_tax(TaxData(*PRESETS[0])))
        self.pph_button.clicked.connect(lambda: self.add_tax(TaxData(*PRESETS[1])))
        self.add_tax_button.clicked.connect(lambda: self.add_tax(TaxData("", 0)))
        self.remove_tax_button.clicked.connect(lambda: self.taxes.removeRow(self.taxes.currentRow())
                                               if self.taxes.currentRow() >= 0 else None)
        self.remove_tax_button.clicked.connect(self.update_totals)
        return self._with_buttons(
            self.taxes, [self.ppn_button, self.pph_button, self.add_tax_button, self.remove_tax_button])

    # --- client, currency, contracts ---------------------------------------------------------------------
    def _client_changed(self, *_args) -> None:
        client_id = self.client.currentData()
        self.currency.blockSignals(True)
        self.currency.clear()
        if client_id is not None:
            currencies = sorted({c[3] for c in invoice_list.contracts_of(client_id)})
            client = get_client(client_id)
            for code in currencies:
                self.currency.addItem(code, code)
            self.currency.setCurrentIndex(max(self.currency.findData(client.currency), 0))
            if not self.existing:
                self.language.setCurrentIndex(max(self.language.findData(
                    invoice_list.default_language(client.timezone)), 0))
                self.paper.setCurrentIndex(max(self.paper.findData(invoice_list.default_paper(client.timezone)), 0))
        self.currency.blockSignals(False)
        self._currency_changed()

    def _currency_changed(self, *_args, checked: set[int] | None = None) -> None:
        self.contracts.blockSignals(True)
        self.contracts.clear()
        client_id, currency = self.client.currentData(), self.currency.currentData()
        if client_id is not None and currency:
            rows = invoice_list.contracts_of(client_id, currency)
            for contract_id, title, _kind, _currency in rows:
                item = QListWidgetItem(title)
                item.setData(Qt.ItemDataRole.UserRole, contract_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                on = contract_id in checked if checked is not None else len(rows) == 1
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self.contracts.addItem(item)
        self.contracts.blockSignals(False)
        if checked is None and not self._filling:
            self.lines.setRowCount(0)  # lines of another currency's contracts would not save
        self._contracts_changed()

    def checked_contracts(self) -> list[int]:
        return [self.contracts.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.contracts.count())
                if self.contracts.item(i).checkState() == Qt.CheckState.Checked]

    def _contracts_changed(self) -> None:
        self.clear_error("contracts")
        platforms = invoices.marketplace_platforms(contract_ids=tuple(self.checked_contracts()))
        self.notice.setText(
            self.tr("{0} already bills this client; an invoice here is for your own records.").format(
                ", ".join(platforms)) if platforms else "")
        self.notice.setVisible(bool(platforms))
        self.update_totals()

    # --- dates -----------------------------------------------------------------------------------------
    def _issued_changed(self, *_args) -> None:
        issued = pydate(self.issued_on.date())
        if not self._due_touched:
            self.due_on.blockSignals(True)
            self.due_on.setDate(qdate(issued + timedelta(days=settings_store.value(settings_store.INVOICE_TERMS_DAYS))))
            self.due_on.blockSignals(False)
        if self.invoice_id:
            self.number_label.setText(self.number)
        else:
            self.number_label.setText(self.tr("Will be {0}").format(numbering.preview_number(issued)))

    def _due_edited(self) -> None:
        self._due_touched = True

    # --- lines -----------------------------------------------------------------------------------------
    def _unit_combo(self, unit: str) -> QComboBox:
        combo = QComboBox()
        for value, label in (("hour", self.tr("hour")), ("day", self.tr("day")), ("item", self.tr("item"))):
            combo.addItem(label, value)
        combo.setCurrentIndex(max(combo.findData(unit), 0))
        combo.currentIndexChanged.connect(lambda _i: self.update_totals())
        return combo

    def add_line(self, line: LineData, description: str | None = None) -> int:
        currency = self.currency.currentData() or "USD"
        if line.contract_id is None:
            checked = self.checked_contracts()
            line = LineData(line.description, line.quantity, line.unit_price_minor, checked[0] if checked else None,
                            line.unit)
        self.lines.blockSignals(True)
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        text = QTableWidgetItem(line.description if description is None else description)
        text.setData(Qt.ItemDataRole.UserRole, (line.contract_id, line.milestone_id, tuple(line.entry_ids)))
        self.lines.setItem(row, 0, text)
        quantity = QTableWidgetItem(number(line.quantity))
        price = QTableWidgetItem(amount_text(line.unit_price_minor, currency))
        for item in (quantity, price):
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.lines.setItem(row, 1, quantity)
        self.lines.setCellWidget(row, 2, self._unit_combo(line.unit))
        self.lines.setItem(row, 3, price)
        amount = QTableWidgetItem()
        amount.setFlags(amount.flags() & ~Qt.ItemFlag.ItemIsEditable)
        amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.lines.setItem(row, 4, amount)
        self.lines.blockSignals(False)
        self.clear_error("lines")
        self.update_totals()
        return row

    def remove_line(self) -> None:
        row = self.lines.currentRow()
        if row >= 0:
            self.lines.removeRow(row)
            self.update_totals()

    def draft_lines(self) -> None:
        """The lines of the checked contracts' unbilled work over the period, after those already there."""
        contracts = self.checked_contracts()
        if not contracts:
            self.show_error(ValidationError("contracts", CHOOSE_CONTRACT))
            return
        first, last = pydate(self.period_from.date()), pydate(self.period_to.date())
        have = {tuple(self.lines.item(r, 0).data(Qt.ItemDataRole.UserRole) or ()) for r in range(self.lines.rowCount())}
        language = self.language.currentData()
        added = 0
        for contract_id in contracts:
            for draft in drafting.draft_lines(contract_id, first, last, self.grouping.currentData(),
                                              self.over_limit.isChecked()):
                key = (draft.line.contract_id, draft.line.milestone_id, tuple(draft.line.entry_ids))
                if key in have:
                    continue
                self.add_line(draft.line, line_description(draft, language))
                added += 1
        if not added:
            self.show_error(ValidationError("lines", self.tr("No unbilled work in this period.")))

    def line_data(self, row: int) -> LineData:
        meta = self.lines.item(row, 0).data(Qt.ItemDataRole.UserRole) or (None, None, ())
        contract_id, milestone_id, entry_ids = meta
        raw = self.lines.item(row, 1).text().strip()
        quantity = read_number(raw, separators()) if raw else None
        price = parse_amount(self.lines.item(row, 3).text(), self.currency.currentData() or "USD", field="lines",
                             seps=separators())
        return LineData(self.lines.item(row, 0).text(), quantity if quantity is not None else Decimal("NaN"),
                        price, contract_id, self.lines.cellWidget(row, 2).currentData(), milestone_id,
                        tuple(entry_ids))

    # --- taxes -----------------------------------------------------------------------------------------
    def add_tax(self, tax: TaxData) -> None:
        self.taxes.blockSignals(True)
        row = self.taxes.rowCount()
        self.taxes.insertRow(row)
        self.taxes.setItem(row, 0, QTableWidgetItem(tax.name))
        self.taxes.setItem(row, 1, QTableWidgetItem(percent(Decimal(tax.rate_bps) / 100) if tax.rate_bps else ""))
        withheld = QTableWidgetItem()
        withheld.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        withheld.setCheckState(Qt.CheckState.Checked if tax.withheld else Qt.CheckState.Unchecked)
        self.taxes.setItem(row, 2, withheld)
        self.taxes.blockSignals(False)
        self.clear_error("taxes")
        self.update_totals()

    def tax_data(self, row: int) -> TaxData:
        rate = parse_percent(self.taxes.item(row, 1).text(), "taxes", separators())
        return TaxData(self.taxes.item(row, 0).text(), rate,
                       self.taxes.item(row, 2).checkState() == Qt.CheckState.Checked)

    # --- totals ----------------------------------------------------------------------------------------
    def update_totals(self) -> None:
        currency = self.currency.currentData()
        if not currency:
            self.totals.setText("—")
            return
        subtotal = 0
        self.lines.blockSignals(True)
        for row in range(self.lines.rowCount()):
            try:
                line = self.line_data(row)
                amount = invoices.amount_of(line.quantity, line.unit_price_minor) if line.quantity.is_finite() else None
            except ValidationError:
                amount = None
            self.lines.item(row, 4).setText("" if amount is None else money(amount, currency))
            subtotal += amount or 0
        self.lines.blockSignals(False)
        parts = [self.tr("Subtotal {0}").format(money(subtotal, currency))]
        added = withheld = 0
        for row in range(self.taxes.rowCount()):
            try:
                tax = self.tax_data(row)
            except ValidationError:
                continue
            amount = invoices.tax_of(subtotal, tax.rate_bps)
            if tax.withheld:
                withheld += amount
                parts.append(self.tr("{0} withheld −{1}").format(tax.name, money(amount, currency)))
            else:
                added += amount
                parts.append(f"{tax.name} {money(amount, currency)}")
        parts.append(self.tr("Total {0}").format(money(subtotal + added, currency)))
        if withheld:
            parts.append(self.tr("the client pays {0}").format(money(subtotal + added - withheld, currency)))
        self.totals.setText(" · ".join(parts))

    # --- load, save ------------------------------------------------------------------------------------
    def _load(self, data: InvoiceData) -> None:
        self._filling = True
        self.client.setCurrentIndex(max(self.client.findData(data.client_id), 0))
        self._client_changed()
        self.client.setEnabled(False)  # an invoice stays with its client
        self.currency.setCurrentIndex(max(self.currency.findData(data.currency), 0))
        self._currency_changed(checked={line.contract_id for line in data.lines})
        for line in data.lines:
            self.add_line(line)
        for tax in data.taxes:
            self.add_tax(tax)
        self.issued_on.setDate(qdate(data.issued_on))
        self.due_on.setDate(qdate(data.due_on))
        self.language.setCurrentIndex(max(self.language.findData(data.language), 0))
        self.paper.setCurrentIndex(max(self.paper.findData(data.paper), 0))
        self.notes.setPlainText(data.notes)
        self.instructions.setPlainText(data.payment_instructions)
        self._filling = False
        self._issued_changed()

    def form_data(self) -> InvoiceData:
        client_id = self.client.currentData()
        if client_id is None:
            raise ValidationError("client", CHOOSE_CONTRACT)
        if not self.checked_contracts():
            raise ValidationError("contracts", CHOOSE_CONTRACT)
        lines = [self.line_data(row) for row in range(self.lines.rowCount())]
        taxes = [self.tax_data(row) for row in range(self.taxes.rowCount())]
        return InvoiceData(client_id, pydate(self.issued_on.date()), pydate(self.due_on.date()),
                           self.currency.currentData() or "", lines, taxes, self.language.currentData(),
                           self.paper.currentData(), self.notes.toPlainText(), self.instructions.toPlainText())

    def save(self):
        data = self.form_data()
        if self.invoice_id:
            self.before = invoices.update_invoice(self.invoice_id, data, self.ctx.today())
            self.saved_data = data
            return self.invoice_id
        created = invoices.create_invoice(data, self.ctx.now())
        self.saved_data = data
        return created


class InvoicePaymentDialog(FormDialog):
    """Money received for a sent invoice: amount (the amount due), date, fee, the day's rate, note."""

    def __init__(self, ctx, invoice_id: int, parent=None):
        row = invoice_list.get_row(invoice_id)
        super().__init__(ctx, self.tr("Record payment for {0}").format(row.number), parent)
        self.invoice_id, self.row = invoice_id, row
        self.home = settings_store.home_currency()
        self.paid = None
        self.args = None
        due = QLabel(self.tr("{0} due of {1}").format(money(row.due, row.currency), money(row.payable, row.currency)))
        due.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.tr("Invoice"), due)
        self.gross = self.add_field("gross", self.tr("Amount received"), MoneyEdit(row.currency))
        self.gross.set_minor(row.due)
        self.received_on = self.add_field("received_on", self.tr("Received on"), date_edit(ctx.today()))
        self.fee = self.add_field("fee", self.tr("Fee"), MoneyEdit(row.currency))
        self.fee.setToolTip(self.tr("What the bank, PayPal or Wise kept"))
        self.rate = QLineEdit()
        self.add_field("rate", self.tr("{0} for 1 {1}").format(self.home, row.currency), self.rate)
        self.rate.setPlaceholderText(self.tr("how many {0} one {1} was worth").format(self.home, row.currency))
        foreign = row.currency != self.home
        self.form.setRowVisible(self.rate.parentWidget(), foreign)
        if foreign:
            self.rate.setText(rate_text(payments.last_rate(row.currency, self.home)))
        self.note = self.add_field("note", self.tr("Note"), QLineEdit())
        self.note.setPlaceholderText(self.tr("e.g. bank transfer"))
        self.resize(440, self.sizeHint().height())

    def save(self):
        gross = self.gross.minor("gross", allow_zero=False)
        fee = self.fee.minor_or_none("fee") or 0
        rate = Decimal(1)
        if self.row.currency != self.home:
            rate = parse_rate(self.rate.text(), "rate", separators()) if self.rate.text().strip() else None
        received_on = pydate(self.received_on.date())
        self.args = (received_on, gross, fee, rate, self.note.text())
        self.paid = invoices.record_invoice_payment(self.invoice_id, received_on, gross, fee, rate, self.note.text(),
                                                    self.ctx.now())
        return self.paid


class VoidDialog(FormDialog):
    """Why the invoice is void (kept with it); the page has asked to confirm first."""

    def __init__(self, ctx, invoice_id: int, number: str, parent=None):
        super().__init__(ctx, self.tr("Void invoice {0}").format(number), parent)
        self.invoice_id = invoice_id
        self.reason = self.add_field("void_reason", self.tr("Reason"), QLineEdit())
        self.reason.setPlaceholderText(self.tr("e.g. wrong client, issued twice"))
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Void"))
        self.resize(420, self.sizeHint().height())

    def save(self):
        self.reason_text = self.reason.text()
        return invoices.void_invoice(self.invoice_id, self.reason_text, self.ctx.now())
