"""Mark an approved milestone paid: what arrived, the platform's fee, and the day's rate."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit

from freelance_desk.core.errors import DomainError
from freelance_desk.core.money import fee_of, parse_rate
from freelance_desk.services.milestones import lifecycle as milestones
from freelance_desk.services.money import payments
from freelance_desk.services.settings import store as settings_store
from freelance_desk.ui.format import money, pydate, qdate, rate_text, separators
from freelance_desk.ui.forms import FormDialog
from freelance_desk.ui.literal import window_title
from freelance_desk.ui.widgets.money_edit import MoneyEdit


class MarkPaidDialog(FormDialog):
    def __init__(self, ctx, milestone_id: int, parent=None):
        super().__init__(ctx, "", parent)
        self.milestone_id = milestone_id
        milestone = milestones.get_milestone(milestone_id)
        self.proposal = milestones.proposed_payment(milestone_id)
        self.currency = self.proposal.currency
        self.home = settings_store.home_currency()
        self.setWindowTitle(self.tr("Mark “{0}” paid").format(window_title(milestone.title)))
        self.setMinimumWidth(400)
        self._fee_touched = False

        self.received_on = self.add_field("received_on", self.tr("&Received on"), QDateEdit())
        self.received_on.setCalendarPopup(True)
        self.received_on.setDate(qdate(ctx.today()))
        self.gross = self.add_field("gross", self.tr("&Amount received"), MoneyEdit(self.currency))
        self.gross.set_minor(self.proposal.gross_minor)
        self.fee = self.add_field("fee", self.tr("Platform &fee"), MoneyEdit(self.currency))
        self.fee.set_minor(self.proposal.fee_minor)
        self.net = QLabel()
        self.net.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.tr("Net"), self.net)
        self.rate = None
        if self.currency != self.home:
            self.rate = self.add_field(
                "rate", self.tr("&Rate: {0} per 1 {1}").format(self.home, self.currency), QLineEdit()
            )
            last = payments.last_rate(self.currency, self.home)
            self.rate.setText(rate_text(last))
            self.rate.setPlaceholderText(self.tr("the rate of the day the money arrived"))
        self.gross.textEdited.connect(self._gross_edited)
        self.fee.textEdited.connect(self._fee_edited)
        self._update_net()

    def _gross_edited(self) -> None:
        if not self._fee_touched:
            try:
                self.fee.set_minor(fee_of(self.gross.minor("gross"), self.proposal.fee_bps))
            except DomainError:
                pass  # not an amount yet: the fee waits, save() explains at the field
        self._update_net()

    def _fee_edited(self) -> None:
        self._fee_touched = True
        self._update_net()

    def _update_net(self) -> None:
        try:
            net = self.gross.minor("gross") - self.fee.minor("fee")
        except DomainError:
            self.net.setText("—")
            return
        self.net.setText(money(net, self.currency))

    def save(self):
        rate = parse_rate(self.rate.text(), "rate", separators()) if self.rate is not None else Decimal(1)
        return milestones.pay_step(
            self.milestone_id,
            pydate(self.received_on.date()),
            gross_minor=self.gross.minor("gross", allow_zero=False),
            fee_minor=self.fee.minor("fee"),
            rate=rate,
            now=self.ctx.now(),
        )
