"""Add or edit a proposal: where, for which job, the connects it cost, the bid, and what came of it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from freelance_desk.core.errors import ValidationError
from freelance_desk.core.money import CURRENCIES
from freelance_desk.core.vocabulary import ANSWERED_PROPOSAL_STATUSES, ProposalStatus
from freelance_desk.services.clients import listing as client_list
from freelance_desk.services.pipeline import connects, proposals
from freelance_desk.services.pipeline.proposals import MAX_CONNECTS, ProposalData
from freelance_desk.ui import theme
from freelance_desk.ui.format import money, number, pydate, qdate
from freelance_desk.ui.forms import FormDialog
from freelance_desk.ui.models.proposals import status_label
from freelance_desk.ui.models.row_table import service_text
from freelance_desk.ui.widgets.money_edit import MoneyEdit
from freelance_desk.ui.widgets.optional_date import OptionalDateEdit


def row_of(*widgets, stretch_last: bool = False) -> QWidget:
    box = QWidget()
    lay = QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        lay.addWidget(w)
    if not stretch_last:
        lay.addStretch(1)
    return box


class ProposalDialog(FormDialog):
    def __init__(self, ctx, parent=None, proposal_id: int | None = None):
        super().__init__(ctx, "", parent)
        self.proposal_id = proposal_id
        self.setWindowTitle(self.tr("Edit proposal") if proposal_id else self.tr("New proposal"))
        self.setMinimumWidth(520)
        self._platforms = {p.id: p for p in client_list.platforms(include_archived=proposal_id is not None)}
        self._build()
        if proposal_id is not None:
            self._loaded = proposals.get_proposal(proposal_id)
            self.load(proposals.proposal_data(self._loaded))
        else:
            self._loaded = None
            upwork = next((p.id for p in self._platforms.values() if p.connect_price_minor), None)
            self.load(ProposalData(job_title="", sent_on=ctx.today(), platform_id=upwork))

    def _build(self) -> None:
        self.job_title = self.add_field("job_title", self.tr("&Job"), QLineEdit())
        self.job_title.setPlaceholderText(self.tr("The job post's title"))
        self.platform = QComboBox()
        for p in self._platforms.values():
            self.platform.addItem(p.name, p.id)
        self.platform.addItem(service_text(client_list.DIRECT), None)
        self.add_field("platform", self.tr("&Platform"), self.platform)
        self.client = QComboBox()
        self.client.setEditable(True)
        self.client.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.client.lineEdit().setPlaceholderText(self.tr("A known client, or a name to remember"))
        self.client.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for c in client_list.client_choices():
            self.client.addItem(c.name, c.id)
        self.add_field("client", self.tr("C&lient"), self.client)
        self.sent_on = QDateEdit()
        self.sent_on.setCalendarPopup(True)
        self.add_field("sent_on", self.tr("&Sent on"), self.sent_on)

        self.connects = QSpinBox()
        self.connects.setRange(0, MAX_CONNECTS)
        self.connect_price = MoneyEdit("USD")
        self.connect_price.setMaximumWidth(90)
        self.connects_total = QLabel()
        self.connects_total.setTextFormat(Qt.TextFormat.PlainText)
        self.add_field(
            "connects", self.tr("&Connects"),
            row_of(self.connects, QLabel(self.tr("at")), self.connect_price, QLabel(self.tr("each")),
                   self.connects_total),
        )
        self._fields["connect_price"] = (self.connect_price, self._fields["connects"][1])
        # What the connects held come to after this proposal: a warning, never a refusal, below zero.
        self.connects_balance = QLabel()
        self.connects_balance.setTextFormat(Qt.TextFormat.PlainText)
        self.connects_balance.setWordWrap(True)
        self.form.addRow("", self.connects_balance)
        self.refunded = QSpinBox()
        self.refunded.setRange(0, MAX_CONNECTS)
        self.refunded.setToolTip(self.tr("Connects the platform gave back, e.g. when the job was cancelled"))
        self.add_field("connects_refunded", self.tr("&Refunded"), row_of(self.refunded))
        self._fields["connects_refunded"] = (self.refunded, self._fields["connects_refunded"][1])

        self.bid = MoneyEdit("USD")
        self.currency = QComboBox()
        self.currency.addItems(sorted(CURRENCIES))
        self.add_field("bid", self.tr("&Bid"), row_of(self.bid, self.currency))
        self._fields["bid"] = (self.bid, self._fields["bid"][1])
        self._fields["currency"] = (self.currency, self._fields["bid"][1])

        self.status = QComboBox()
        for status in tuple(ProposalStatus):
            if status != ProposalStatus.HIRED or self.proposal_id is not None:
                self.status.addItem(status_label(status), status)
        self.add_field("status", self.tr("S&tatus"), self.status)
        self.answered_on = OptionalDateEdit(self.tr("No answer yet"))
        self.add_field("answered_on", self.tr("&Answered on"), self.answered_on)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4)
        self.add_field("notes", self.tr("&Notes"), self.notes)

        self.platform.currentIndexChanged.connect(self._platform_changed)
        self.connects.valueChanged.connect(self._update_total)
        self.refunded.valueChanged.connect(self._update_total)
        for signal in (self.platform.currentIndexChanged, self.connects.valueChanged, self.refunded.valueChanged):
            signal.connect(self._update_balance)
        self.connect_price.textChanged.connect(self._update_total)
        self.currency.currentTextChanged.connect(self.bid.set_currency)
        self.status.currentIndexChanged.connect(self._status_changed)

    # --- load / save ----------------------------------------------------------
    def load(self, data: ProposalData) -> None:
        self.job_title.setText(data.job_title)
        self.platform.setCurrentIndex(max(self.platform.findData(data.platform_id), 0))
        index = self.client.findData(data.client_id) if data.client_id else -1
        if index >= 0:
            self.client.setCurrentIndex(index)
        else:
            self.client.setCurrentIndex(-1)
            self.client.setEditText(data.client_name)
        self.sent_on.setDate(qdate(data.sent_on))
        self.connects.setValue(data.connects)
        self.refunded.setValue(data.connects_refunded)
        platform = self._platforms.get(data.platform_id)
        price = data.connect_price_minor
        if price is None:
            price = platform.connect_price_minor if platform else 0
        self.connect_price.set_currency(data.connect_currency or (platform.connect_currency if platform else "USD"))
        self.connect_price.set_minor(price)
        self.currency.setCurrentText(data.currency)
        self.bid.set_currency(data.currency)
        self.bid.set_minor(data.bid_minor)
        self.status.setCurrentIndex(max(self.status.findData(data.status), 0))
        self.answered_on.set_value(data.answered_on)
        self.notes.setPlainText(data.notes)
        hired = self._loaded is not None and self._loaded.contract_id is not None
        self.status.setEnabled(not hired)
        if hired:
            self.status.setToolTip(self.tr("This proposal became a contract."))
        self.answered_on.setEnabled(data.status in ANSWERED_PROPOSAL_STATUSES)
        self._update_total()
        self._update_balance()

    def _client(self) -> tuple[int | None, str]:
        text = self.client.currentText().strip()
        index = self.client.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.client.itemData(index), ""
        return None, text

    def data(self) -> ProposalData:
        client_id, client_name = self._client()
        return ProposalData(
            job_title=self.job_title.text(),
            sent_on=pydate(self.sent_on.date()),
            platform_id=self.platform.currentData(),
            client_id=client_id,
            client_name=client_name,
            connects=self.connects.value(),
            connects_refunded=self.refunded.value(),
            connect_price_minor=self.connect_price.minor("connect_price") if self.connect_price.text().strip() else 0,
            connect_currency=self.connect_price.currency(),
            bid_minor=self.bid.minor_or_none("bid"),
            currency=self.currency.currentText(),
            status=self.status.currentData(),
            answered_on=self.answered_on.value(),
            notes=self.notes.toPlainText(),
        )

    def save(self):
        data = self.data()
        if self.proposal_id is None:
            return proposals.create_proposal(data, now=self.ctx.now())
        return proposals.update_proposal(self.proposal_id, data, today=self.ctx.today())

    # --- reactions -------------------------------------------------------------
    def _platform_changed(self) -> None:
        platform = self._platforms.get(self.platform.currentData())
        if self.proposal_id is None:
            self.connect_price.set_currency(platform.connect_currency if platform else "USD")
            self.connect_price.set_minor(platform.connect_price_minor if platform else 0)

    def _status_changed(self) -> None:
        answered = self.status.currentData() in ANSWERED_PROPOSAL_STATUSES
        self.answered_on.setEnabled(answered)
        if answered and self.answered_on.value() is None:
            self.answered_on.set_value(self.ctx.today())
        elif not answered:
            self.answered_on.set_value(None)

    def _update_total(self) -> None:
        try:
            price = self.connect_price.minor("connect_price") if self.connect_price.text().strip() else 0
        except ValidationError:  # a half-typed amount: no total yet
            self.connects_total.clear()
            return
        net = self.connects.value() - self.refunded.value()
        self.connects_total.setText("= " + money(max(net, 0) * price, self.connect_price.currency()))

    def _update_balance(self) -> None:
        spent = self.connects.value() - self.refunded.value()
        after = connects.balance_after(self.platform.currentData(), self.connects.value(), self.refunded.value(),
                                       self.ctx.today(), self.proposal_id)
        if after is None or not self.connects.value():
            self.connects_balance.hide()
            return
        held, left = after
        if left < 0:
            self.connects_balance.setText(self.tr("This proposal takes {0} connects; you hold {1} — the balance "
                                                  "would be {2}.").format(spent, number(held), number(left)))
            self.connects_balance.setStyleSheet(theme.text_style(theme.Role.DANGER))
        else:
            self.connects_balance.setText(self.tr("You hold {0} connects; {1} after this proposal.").format(
                number(held), number(left)))
            self.connects_balance.setStyleSheet(theme.text_style(theme.Role.MUTED))
        self.connects_balance.show()
