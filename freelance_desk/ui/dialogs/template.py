"""Add or edit a gig: title, price, platform, delivery time and an optional milestone split."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from freelance_desk.core.errors import ValidationError
from freelance_desk.core.money import CURRENCIES
from freelance_desk.core.vocabulary import CONTRACT_KIND_LABELS, ContractKind
from freelance_desk.services.clients import listing as client_list
from freelance_desk.services.pipeline import gigs as templates
from freelance_desk.services.pipeline import milestone_split
from freelance_desk.services.pipeline.gigs import MAX_DELIVERY_DAYS, TemplateData
from freelance_desk.ui.dialogs.proposal import row_of
from freelance_desk.ui.format import money, percent, separators
from freelance_desk.ui.forms import FormDialog
from freelance_desk.ui.models.row_table import service_text
from freelance_desk.ui.widgets.money_edit import MoneyEdit


class TemplateDialog(FormDialog):
    def __init__(self, ctx, parent=None, template_id: int | None = None):
        super().__init__(ctx, "", parent)
        self.template_id = template_id
        self.setWindowTitle(self.tr("Edit gig") if template_id else self.tr("New gig"))
        self.setMinimumWidth(500)
        self._build()
        if template_id is not None:
            self.load(templates.template_data(templates.get_template(template_id)))
        else:
            self.load(TemplateData(title="", price_minor=None))

    def _build(self) -> None:
        self.title_edit = self.add_field("title", self.tr("&Title"), QLineEdit())
        self.title_edit.setPlaceholderText(self.tr("e.g. Logo in 2 days"))
        self.platform = QComboBox()
        self.platform.addItem(self.tr("(none: the client's)"), None)
        for p in client_list.platforms(include_archived=self.template_id is not None):
            self.platform.addItem(p.name, p.id)
        self.add_field("platform", self.tr("&Platform"), self.platform)
        self.kind = QComboBox()
        for kind in (ContractKind.FIXED, ContractKind.HOURLY):
            self.kind.addItem(service_text(CONTRACT_KIND_LABELS[kind]), kind)
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.price = MoneyEdit("USD")
        self.currency = QComboBox()
        self.currency.addItems(sorted(CURRENCIES))
        self.price_label = QLabel()
        self.add_field("price", self.tr("P&rice"), row_of(self.price, self.currency, self.price_label))
        self._fields["price"] = (self.price, self._fields["price"][1])
        self.delivery = QSpinBox()
        self.delivery.setRange(1, MAX_DELIVERY_DAYS)
        self.delivery.setSuffix(self.tr(" days"))
        self.add_field("delivery_days", self.tr("&Delivery in"), row_of(self.delivery))
        self._fields["delivery_days"] = (self.delivery, self._fields["delivery_days"][1])

        split_box = QWidget()
        lay = QVBoxLayout(split_box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.split = QPlainTextEdit()
        self.split.setTabChangesFocus(True)
        self.split.setPlaceholderText(self.tr("Optional, one milestone a line:\nConcepts | 30\nFinal files | 70"))
        self.split.setFixedHeight(self.fontMetrics().height() * 5)
        self.split_hint = QLabel()
        self.split_hint.setObjectName("cardTitle")
        self.split_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.split_hint.setWordWrap(True)
        lay.addWidget(self.split)
        lay.addWidget(self.split_hint)
        self.add_field("milestone_split", self.tr("&Milestones"), split_box)
        self._fields["milestone_split"] = (self.split, self._fields["milestone_split"][1])
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 3)
        self.add_field("notes", self.tr("&Notes"), self.notes)

        self.currency.currentTextChanged.connect(self._currency_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.price.textChanged, self.split.textChanged):
            signal.connect(self._update_hint)

    def load(self, data: TemplateData) -> None:
        self.title_edit.setText(data.title)
        self.platform.setCurrentIndex(max(self.platform.findData(data.platform_id), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        self.currency.setCurrentText(data.currency)
        self.price.set_currency(data.currency)
        self.price.set_minor(data.price_minor)
        self.delivery.setValue(data.delivery_days)
        self.split.setPlainText(milestone_split.split_text(milestone_split.parse_split(data.split), separators()))
        self.notes.setPlainText(data.notes)
        self._kind_changed()

    def data(self) -> TemplateData:
        return TemplateData(
            title=self.title_edit.text(),
            price_minor=self.price.minor_or_none("price"),
            currency=self.currency.currentText(),
            delivery_days=self.delivery.value(),
            platform_id=self.platform.currentData(),
            kind=self.kind.currentData(),
            split=self._split_typed() if self.kind.currentData() == ContractKind.FIXED else "",
            notes=self.notes.toPlainText(),
        )

    def _split_typed(self) -> str:
        """The split as typed here (this locale's decimal separator), as the service reads it; refused at the field."""
        return milestone_split.split_text(milestone_split.parse_split(self.split.toPlainText(), seps=separators()))

    def save(self):
        data = self.data()
        if self.template_id is None:
            return templates.create_template(data)
        return templates.update_template(self.template_id, data)

    def _currency_changed(self, code: str) -> None:
        self.price.set_currency(code)
        self._update_hint()

    def _kind_changed(self) -> None:
        fixed = self.kind.currentData() == ContractKind.FIXED
        self.price_label.setText("" if fixed else self.tr("per hour"))
        self.split.setEnabled(fixed)
        self._update_hint()

    def _update_hint(self) -> None:
        """Say as you type whether the split adds up, and what each milestone will be."""
        if self.kind.currentData() != ContractKind.FIXED:
            self.split_hint.setText(self.tr("Hourly gigs have no milestones."))
            return
        try:
            parts = milestone_split.parse_split(self.split.toPlainText(), seps=separators())
        except ValidationError as e:
            self.split_hint.setText(self.ctx.error_text(e))
            return
        if not parts:
            self.split_hint.setText(self.tr("No split: the whole price is paid on delivery."))
            return
        try:
            price = self.price.minor("price")
        except ValidationError:
            price = 0
        if not price:
            self.split_hint.setText(self.tr("Adds up to {0}.").format(percent(100)))
            return
        amounts = milestone_split.split_amounts(price, parts)
        currency = self.currency.currentText()
        self.split_hint.setText(
            self.tr("Adds up to {0}: {1}").format(
                percent(100), " · ".join(f"{p.title} {money(a, currency)}" for p, a in zip(parts, amounts))
            )
        )
