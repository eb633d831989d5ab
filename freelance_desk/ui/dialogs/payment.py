"""Record or edit a payment: contract, date, kind, gross, fee, net, exchange rate, note."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QSizePolicy

from freelance_desk.core.errors import ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import convert, fee_of, parse_rate
from freelance_desk.core.vocabulary import PaymentKind
from freelance_desk.services.contracts.choices import ContractChoice, contract_choices
from freelance_desk.services.money import payments
from freelance_desk.services.money.payments import PaymentData
from freelance_desk.services.settings import store as settings_store
from freelance_desk.ui.format import (
    basis_points,
    money,
    number,
    pydate,
    qdate,
    rate_text,
    separators,
    short_date,
)
from freelance_desk.ui.forms import FormDialog
from freelance_desk.ui.models.payments import kind_label
from freelance_desk.ui.widgets.money_edit import MoneyEdit

# Kinds a user records by hand; milestone payments come from "Mark paid", hourly weeks from their own dialog.
MANUAL_KINDS = (PaymentKind.BONUS, PaymentKind.OTHER)
CHOOSE_CONTRACT = QT_TRANSLATE_NOOP("services", "Choose a contract.")


def readable_rate(rate: Decimal) -> str:
    """About six significant digits: 15873.0159 → "15,873"; 1.23456789 → "1.23457"; 0.0000630 → "0.000063"."""
    if rate >= 100:
        return number(rate, 0)
    return number(rate.quantize(Decimal(1).scaleb(rate.adjusted() - 5)).normalize())


class AmountFields:
    """Gross, fee (from the contract's fee rate until edited), net, and the exchange rate, on a FormDialog.

    ``home`` is the currency the payment is valued in; the rate row shows only when the
    contract's currency differs from it.
    """

    def __init__(self, dialog: FormDialog, home: str):
        self.dialog = dialog
        self.home = home
        self.currency = home
        self.fee_bps = 0
        self._fee_touched = False
        self.gross = MoneyEdit(home)
        self.fee = MoneyEdit(home)
        self.net = QLabel()
        self.rate = QLineEdit()
        self.rate_hint = QLabel()
        for label in (self.net, self.rate_hint):
            label.setTextFormat(Qt.TextFormat.PlainText)
        dialog.add_field("gross", QCoreApplication.translate("AmountFields", "Gross received"), self.gross)
        dialog.add_field("fee", QCoreApplication.translate("AmountFields", "Platform fee"), self.fee)
        dialog.add_field("net", QCoreApplication.translate("AmountFields", "Net"), self.net)
        dialog.add_field("rate", QCoreApplication.translate("AmountFields", "Exchange rate"), self.rate)
        self.rate_box = self.rate.parentWidget()  # the row: shown only for another currency
        dialog.form.addRow("", self.rate_hint)
        self.gross.textEdited.connect(self._gross_edited)
        self.fee.textEdited.connect(self._fee_edited)
        self.rate.textEdited.connect(lambda _t: self.update_net())

    def set_contract(self, currency: str, fee_bps: int, rate: Decimal | None) -> None:
        self.currency = currency
        self.fee_bps = fee_bps
        self.gross.set_currency(currency)
        self.fee.set_currency(currency)
        foreign = currency != self.home
        self.dialog.form.setRowVisible(self.rate_box, foreign)
        self.dialog.form.setRowVisible(self.rate_hint, foreign)
        self.dialog.form.labelForField(self.rate_box).setText(
            QCoreApplication.translate("AmountFields", "{0} for 1 {1}").format(self.home, currency))
        self.rate.setPlaceholderText(
            QCoreApplication.translate("AmountFields", "how many {0} one {1} was worth").format(self.home, currency)
        )
        if foreign:
            self.rate.setText(rate_text(rate))
        label = self.dialog.form.labelForField(self.fee.parentWidget())
        label.setText(QCoreApplication.translate("AmountFields", "Platform fee ({0})").format(basis_points(fee_bps)))
        if not self._fee_touched:
            self._refill_fee()
        self.update_net()

    def set_amounts(self, gross: int, fee: int) -> None:
        self.gross.set_minor(gross)
        self.fee.set_minor(fee)
        self._fee_touched = fee != fee_of(gross, self.fee_bps)
        self.update_net()

    def _gross_edited(self, _text: str) -> None:
        if not self._fee_touched:
            self._refill_fee()
        self.update_net()

    def _fee_edited(self, _text: str) -> None:
        self._fee_touched = True
        self.update_net()

    def _refill_fee(self) -> None:
        try:
            gross = self.gross.minor("gross")
        except ValidationError:
            return
        self.fee.set_minor(fee_of(gross, self.fee_bps))

    def update_net(self) -> None:
        try:
            gross, fee = self.gross.minor("gross"), self.fee.minor("fee")
        except ValidationError:
            self.net.setText("—")
            self.rate_hint.clear()
            return
        net = gross - fee
        text = money(net, self.currency)
        rate = self.rate_value()
        if self.currency != self.home and rate is not None:
            text += "  ≈ " + money(convert(net, self.currency, rate, self.home), self.home)
            inverse = readable_rate(1 / rate)
            self.rate_hint.setText(
                QCoreApplication.translate("AmountFields", "1 {0} = {1} {2}").format(self.home, inverse, self.currency)
            )
        else:
            self.rate_hint.clear()
        self.net.setText(text)

    def rate_value(self) -> Decimal | None:
        try:
            return parse_rate(self.rate.text(), seps=separators())
        except ValidationError:
            return None

    def values(self) -> tuple[int, int, Decimal | None]:
        """Gross, fee and rate as typed (rate None when left empty); bad input raises ValidationError at its field."""
        gross = self.gross.minor("gross", allow_zero=False)
        fee = self.fee.minor_or_none("fee") or 0  # left empty: no fee
        if self.currency == self.home:
            return gross, fee, Decimal(1)
        rate = parse_rate(self.rate.text(), "rate", separators()) if self.rate.text().strip() else None
        return gross, fee, rate


def date_edit(value, wide: bool = False) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDate(qdate(value))
    if wide:  # as wide as the form, so a message under it reads on one line
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return edit


class PaymentDialog(FormDialog):
    """New payment (bonus, bank transfer, …) or edit of any payment; kind and contract stay for milestone and week payments."""

    def __init__(self, ctx, payment_id: int | None = None, contract_id: int | None = None, parent=None):
        title = self.tr("Edit payment") if payment_id else self.tr("Record payment")
        super().__init__(ctx, title, parent)
        self.payment_id = payment_id
        existing = payments.get_payment(payment_id) if payment_id else None
        self.existing = existing
        home = existing.home_currency if existing else settings_store.home_currency()
        self.choices: list[ContractChoice] = contract_choices()
        self.contract = QComboBox()
        for c in self.choices:
            self.contract.addItem(f"{c.client} — {c.title}", c.id)
        self.add_field("contract", self.tr("Contract"), self.contract)
        self.received_on = self.add_field("received_on", self.tr("Received on"), date_edit(ctx.today()))
        self.kind = QComboBox()
        kinds = (existing.kind,) if existing and existing.kind not in MANUAL_KINDS else MANUAL_KINDS
        for kind in kinds:
            self.kind.addItem(kind_label(kind), kind)
        self.add_field("kind", self.tr("Kind"), self.kind)
        self.currency_label = QLabel()
        self.add_field("currency", self.tr("Currency"), self.currency_label)
        self.amounts = AmountFields(self, home)
        self.note = self.add_field("note", self.tr("Note"), QLineEdit())
        self.note.setPlaceholderText(self.tr("e.g. bank transfer, invoice number"))
        self.contract.currentIndexChanged.connect(self._contract_changed)
        if existing:
            self._load(existing)
        else:
            start = self.contract.findData(contract_id) if contract_id else 0
            self.contract.setCurrentIndex(max(start, 0))
            self._contract_changed()
        self.resize(460, self.sizeHint().height())

    def _load(self, p) -> None:
        self.contract.setCurrentIndex(self.contract.findData(p.contract_id))
        fixed = p.kind not in MANUAL_KINDS
        self.contract.setEnabled(not fixed)
        self.kind.setCurrentIndex(max(self.kind.findData(p.kind), 0))
        self.kind.setEnabled(not fixed)
        self.received_on.setDate(qdate(p.received_on))
        choice = self._choice()
        self.currency_label.setText(p.currency)
        self.amounts.set_contract(p.currency, choice.fee_bps if choice else 0, p.rate)
        self.amounts.set_amounts(p.gross_minor, p.fee_minor)
        self.note.setText(p.note)
        if p.period_start and p.period_end:
            week = QLabel(f"{short_date(p.period_start)} – {short_date(p.period_end)}")
            self.form.insertRow(1, self.tr("Week"), week)

    def _choice(self) -> ContractChoice | None:
        cid = self.contract.currentData()
        return next((c for c in self.choices if c.id == cid), None)

    def _contract_changed(self, *_args) -> None:
        choice = self._choice()
        if choice is None or self.existing is not None and self.existing.contract_id == choice.id:
            return
        self.currency_label.setText(choice.currency)
        self.amounts.set_contract(choice.currency, choice.fee_bps, payments.last_rate(choice.currency, self.amounts.home))

    def save(self):
        choice = self._choice()
        if choice is None:
            raise ValidationError("contract", CHOOSE_CONTRACT)
        gross, fee, rate = self.amounts.values()
        data = PaymentData(
            contract_id=choice.id,
            received_on=pydate(self.received_on.date()),
            gross_minor=gross,
            fee_minor=fee,
            # An edited payment keeps its currency on its own contract (recorded before the contract's changed).
            currency=self.existing.currency if self.existing and self.existing.contract_id == choice.id
            else choice.currency,
            rate=rate,
            milestone_id=self.existing.milestone_id if self.existing else None,
            kind=self.kind.currentData(),
            period_start=self.existing.period_start if self.existing else None,
            period_end=self.existing.period_end if self.existing else None,
            note=self.note.text(),
        )
        if self.payment_id:
            return payments.update_payment(self.payment_id, data, today=self.ctx.today())
        return payments.record_payment(data, now=self.ctx.now())

