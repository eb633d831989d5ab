"""Record a week's earnings on an hourly contract: billable hours × rate, capped at the weekly limit."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from freelance_desk.core.errors import ValidationError
from freelance_desk.core.vocabulary import ContractKind
from freelance_desk.services.contracts.choices import contract_choices
from freelance_desk.services.money import payments, week_earnings
from freelance_desk.services.settings import store as settings_store
from freelance_desk.ui.dialogs.payment import CHOOSE_CONTRACT, AmountFields, date_edit
from freelance_desk.ui.format import duration, money, pydate, short_date
from freelance_desk.ui.forms import FormDialog


class WeekEarningsDialog(FormDialog):
    def __init__(self, ctx, contract_id: int | None = None, week: date | None = None, parent=None):
        super().__init__(ctx, self.tr("Record earnings for a week"), parent)
        self.home = settings_store.home_currency()
        self.mode = settings_store.week_start()
        self.choices = contract_choices(kind=ContractKind.HOURLY)
        self.contract = QComboBox()
        for c in self.choices:
            self.contract.addItem(f"{c.client} — {c.title}", c.id)
        self.add_field("contract", self.tr("Hourly contract"), self.contract)
        last_week = week or ctx.today() - timedelta(days=7)
        self.week = self.add_field("week", self.tr("Week of"), date_edit(last_week, wide=True))
        self.week_range = QLabel()
        self.hours = QLabel()
        self.hours.setWordWrap(True)
        for label in (self.week_range, self.hours):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow("", self.week_range)
        self.form.addRow(self.tr("Hours"), self.hours)
        self.received_on = self.add_field("received_on", self.tr("Received on"), date_edit(ctx.today()))
        self.amounts = AmountFields(self, self.home)
        self.note = self.add_field("note", self.tr("Note"), QLineEdit())
        self.proposal: week_earnings.WeekEarnings | None = None
        if contract_id is not None:
            self.contract.setCurrentIndex(max(self.contract.findData(contract_id), 0))
        self.contract.currentIndexChanged.connect(self._contract_changed)
        self.week.dateChanged.connect(lambda _d: self.propose())
        self._contract_changed()
        self.resize(480, self.sizeHint().height())

    def _choice(self):
        cid = self.contract.currentData()
        return next((c for c in self.choices if c.id == cid), None)

    def _contract_changed(self, *_args) -> None:
        choice = self._choice()
        if choice is None:
            self.hours.setText(self.tr("No hourly contracts yet."))
            return
        self.amounts.set_contract(choice.currency, choice.fee_bps, payments.last_rate(choice.currency, self.home))
        self.propose()

    def propose(self) -> None:
        """Fill in what the chosen week earned; say when it is already recorded."""
        choice = self._choice()
        if choice is None:
            return
        self.clear_errors()
        p = week_earnings.propose_week(choice.id, pydate(self.week.date()), self.mode)
        self.proposal = p
        self.week_range.setText(f"{short_date(p.period_start)} – {short_date(p.period_end)}")
        lines = [
            self.tr("{0} h billable × {1}/h").format(duration(p.billable_seconds), money(p.rate_minor, p.currency))
        ]
        if p.limit_seconds is not None:
            lines.append(self.tr("Weekly limit {0} h: {1} h billed").format(duration(p.limit_seconds),
                                                                           duration(p.billed_seconds)))
        if p.unbilled_seconds:
            lines.append(self.tr("{0} h over the limit, not billed").format(duration(p.unbilled_seconds)))
        self.hours.setText("\n".join(lines))
        self.amounts.set_amounts(p.gross_minor, p.fee_minor)
        if p.recorded_on is not None:
            self.show_error(
                ValidationError("week", self.tr("Already recorded: received {0}.").format(short_date(p.recorded_on)))
            )

    def save(self):
        choice = self._choice()
        if choice is None:
            raise ValidationError("contract", CHOOSE_CONTRACT)
        gross, fee, rate = self.amounts.values()
        return week_earnings.record_week(
            choice.id,
            pydate(self.week.date()),
            received_on=pydate(self.received_on.date()),
            gross_minor=gross,
            fee_minor=fee,
            rate=rate,
            note=self.note.text(),
            now=self.ctx.now(),
        )
