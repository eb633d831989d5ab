"""Add or edit a contract: fixed price (budget) or hourly (rate, weekly limit).

A small one-off job takes a few keystrokes: client preselected, title, price,
"due in N days", Enter. Other pages open this dialog with ``prefill`` (and
``milestones``) to create a contract from a proposal or a gig.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from freelance_desk.core.errors import DomainError, ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import CURRENCIES, parse_percent, read_number
from freelance_desk.core.vocabulary import (
    CONTRACT_KIND_LABELS,
    CONTRACT_STATUS_LABELS,
    ContractKind,
    ContractStatus,
)
from freelance_desk.services.clients import listing as client_list
from freelance_desk.services.contracts import contracts
from freelance_desk.services.contracts.contracts import ContractData, MilestoneData
from freelance_desk.services.pipeline import workload
from freelance_desk.ui import forms
from freelance_desk.ui.format import (
    basis_points,
    money,
    number,
    pydate,
    qdate,
    separators,
    short_date,
)
from freelance_desk.ui.forms import FormDialog
from freelance_desk.ui.models.row_table import service_text
from freelance_desk.ui.widgets.money_edit import MoneyEdit
from freelance_desk.ui.widgets.optional_date import OptionalDateEdit


def parse_hours(text: str, field: str = "weekly_limit") -> int | None:
    """ "20", "7.5" hours (as the interface writes numbers: "7,5" in Indonesian) → minutes; empty → None (no limit).

    Read by ``core/money.read_number``, as every number typed: "1_000", "²" or "١٢" are not hours.
    """
    raw = (text or "").strip().lower().removesuffix("h").strip()
    if not raw:
        return None
    hours = read_number(raw, separators())
    if hours is None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "Enter hours such as 20 or 7.5."))
    return int((hours * 60).to_integral_value())


class ContractDialog(FormDialog):
    def __init__(
        self,
        ctx,
        parent=None,
        contract_id: int | None = None,
        prefill: ContractData | None = None,
        milestones: list[MilestoneData] | None = None,
    ):
        super().__init__(ctx, "", parent)
        self.contract_id = contract_id
        self.milestones = list(milestones or [])
        self._loading = False
        self._platform_id: int | None = None
        self._loaded_client: int | None = None
        self.setWindowTitle(self.tr("Edit contract") if contract_id else self.tr("New contract"))
        self.setMinimumWidth(480)
        self._build()
        if contract_id is not None:
            data = contracts.contract_data(contracts.get_contract(contract_id))
        else:
            data = prefill or ContractData(client_id=None, title="")
        self.load(data)

    # --- widgets ------------------------------------------------------------
    def _build(self) -> None:
        self.client = self.add_field("client", self.tr("C&lient"), QComboBox())
        self.title_edit = self.add_field("title", self.tr("&Title"), QLineEdit())
        self.title_edit.setPlaceholderText(self.tr("e.g. Logo for a bakery"))
        self.kind = self.add_field("kind", self.tr("&Kind"), QComboBox())
        for kind in (ContractKind.FIXED, ContractKind.HOURLY):
            self.kind.addItem(service_text(CONTRACT_KIND_LABELS[kind]), kind)
        self.budget = self.add_field("budget", self.tr("&Price"), MoneyEdit())
        self.rate = self.add_field("rate", self.tr("Hourly &rate"), MoneyEdit())
        self.weekly_limit = self.add_field("weekly_limit", self.tr("&Weekly limit"), QLineEdit())
        self.weekly_limit.setPlaceholderText(self.tr("hours, empty for no limit"))
        self.add_field("end_date", self.tr("&Due"), self._due_row())
        self.start_date = self.add_field("start_date", self.tr("&Start"), QDateEdit())
        self.start_date.setCalendarPopup(True)
        self.currency = self.add_field("currency", self.tr("C&urrency"), QComboBox())
        for code in sorted(CURRENCIES):
            self.currency.addItem(code, code)
        self.fee = self.add_field("fee", self.tr("Platform &fee"), QLineEdit())
        self.fee.setPlaceholderText(self.tr("e.g. {0}").format(basis_points(1000)))
        self.status = self.add_field("status", self.tr("St&atus"), QComboBox())
        for status in tuple(ContractStatus):
            self.status.addItem(service_text(CONTRACT_STATUS_LABELS[status]), status)
        self.notes = self.add_field("notes", self.tr("N&otes"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.milestone_list = QLabel()
        self.milestone_list.setTextFormat(Qt.TextFormat.PlainText)
        self.milestone_list.setWordWrap(True)
        if self.milestones:
            self.form.addRow(self.tr("Milestones"), self.milestone_list)

        self.client.currentIndexChanged.connect(self._client_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.currency.currentIndexChanged.connect(self._currency_changed)
        self.due_days.valueChanged.connect(self._due_days_changed)
        self.end_date.dateChanged.connect(self._end_changed)
        self.start_date.dateChanged.connect(self._end_changed)

    def _due_row(self) -> QWidget:
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        self.due_days = QSpinBox()
        self.due_days.setRange(0, 3650)
        self.due_days.setSpecialValueText(self.tr("no due date"))
        self.due_days.setSuffix(self.tr(" days"))
        self.due_days.setPrefix(self.tr("in "))
        self.end_date = OptionalDateEdit(self.tr("No end date"))
        lay.addWidget(self.due_days, 1)
        lay.addWidget(QLabel(self.tr("on")))
        lay.addWidget(self.end_date, 1)
        return row

    def _set_row_visible(self, widget: QWidget, visible: bool) -> None:
        self.form.setRowVisible(widget.parentWidget(), visible)

    # --- load ---------------------------------------------------------------
    def load(self, data: ContractData) -> None:
        self._loading = True
        choices = client_list.client_choices(keep_id=data.client_id)
        self._choices = {c.id: c for c in choices}
        for c in choices:
            self.client.addItem(c.name, c.id)
        if not choices:
            self.general_error.setText(self.tr("Add a client first: every contract is with a client."))
            self.general_error.show()
        client_index = self.client.findData(data.client_id) if data.client_id else -1
        self.client.setCurrentIndex(client_index if client_index >= 0 else (0 if choices else -1))
        self._loaded_client = self.client.currentData()
        self._platform_id = data.platform_id
        client = self._choices.get(self.client.currentData())
        self.title_edit.setText(data.title)
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        # A new contract is in the client's currency unless it comes with a price of its own.
        priced = data.budget_minor is not None or data.rate_minor is not None
        currency = client.currency if self.contract_id is None and client and not priced else data.currency
        self.currency.setCurrentIndex(max(self.currency.findData(currency), 0))
        self._apply_currency(currency)
        self.budget.set_minor(data.budget_minor)
        self.rate.set_minor(data.rate_minor)
        minutes = data.weekly_limit_minutes
        self.weekly_limit.setText("" if minutes is None else number(Decimal(minutes) / 60))
        fee = data.fee_bps if data.fee_bps is not None else (client.fee_bps if client else 0)
        self.fee.setText(basis_points(fee))
        self.status.setCurrentIndex(max(self.status.findData(data.status), 0))
        self.start_date.setDate(qdate(data.start_date or self.ctx.today()))
        self.end_date.set_value(data.end_date)
        self.notes.setPlainText(data.notes)
        self.milestone_list.setText(self._milestone_text(currency))
        self._loading = False
        self._kind_changed()
        self._end_changed()
        if self.client.currentIndex() >= 0:
            self.title_edit.setFocus()

    def _milestone_text(self, currency: str) -> str:
        lines = []
        for m in self.milestones:
            due = self.tr(", due {0}").format(short_date(m.due_date)) if m.due_date else ""
            lines.append(f"• {m.title} — {money(m.amount_minor, currency)}{due}")
        return "\n".join(lines)

    # --- reactions ----------------------------------------------------------
    def _client_changed(self) -> None:
        if self._loading:
            return
        client = self._choices.get(self.client.currentData())
        if client is None:
            return
        # A contract inherits the client's currency and platform fee; both stay editable.
        self.currency.setCurrentIndex(max(self.currency.findData(client.currency), 0))
        self.fee.setText(basis_points(client.fee_bps))
        if client.id != self._loaded_client:
            self._platform_id = None

    def _kind_changed(self) -> None:
        fixed = self.kind.currentData() == ContractKind.FIXED
        self._set_row_visible(self.budget, fixed)
        self._set_row_visible(self.rate, not fixed)
        self._set_row_visible(self.weekly_limit, not fixed)
        self.adjustSize()

    def _currency_changed(self) -> None:
        if not self._loading:
            self._apply_currency(self.currency.currentData())

    def _apply_currency(self, currency: str) -> None:
        for edit in (self.budget, self.rate):
            edit.set_currency(currency)
        self.milestone_list.setText(self._milestone_text(currency))

    def _due_days_changed(self, days: int) -> None:
        if self._loading:
            return
        self._loading = True
        start = pydate(self.start_date.date())
        self.end_date.set_value(start + timedelta(days=days) if days else None)
        self._loading = False

    def _end_changed(self) -> None:
        if self._loading:
            return
        self._loading = True
        end, start = self.end_date.value(), pydate(self.start_date.date())
        self.due_days.setValue((end - start).days if end and start and end >= start else 0)
        self._loading = False

    # --- save ---------------------------------------------------------------
    def data(self) -> ContractData:
        kind = self.kind.currentData()
        fixed = kind == ContractKind.FIXED
        fee_text = self.fee.text().strip()
        return ContractData(
            client_id=self.client.currentData(),
            title=self.title_edit.text(),
            kind=kind,
            status=self.status.currentData(),
            currency=self.currency.currentData(),
            budget_minor=self.budget.minor_or_none("budget") if fixed else None,
            rate_minor=None if fixed else self.rate.minor_or_none("rate"),
            weekly_limit_minutes=None if fixed else parse_hours(self.weekly_limit.text()),
            fee_bps=parse_percent(fee_text, "fee", separators()) if fee_text else None,
            platform_id=self._platform_id,
            start_date=pydate(self.start_date.date()),
            end_date=self.end_date.value(),
            notes=self.notes.toPlainText(),
        )

    def accept(self) -> None:
        """Check the form first; a new active contract over the workload limit asks before saving."""
        if self.contract_id is None:
            self.clear_errors()
            try:
                data = self.data()
                values = contracts.validate(data, self.ctx.today())
                for i, m in enumerate(self.milestones):
                    contracts.validate_milestone(m, values, i, self.ctx.today())
            except DomainError as e:
                self.show_error(e)
                return
            if data.status == ContractStatus.ACTIVE and not self._workload_ok():
                return
        super().accept()

    def _workload_ok(self) -> bool:
        warning = workload.new_contract_warning()
        if warning is None:
            return True
        return forms.confirm(self, self.tr("Over your workload limit"), self.ctx.error_text(warning), self.tr("Take it on"))

    def save(self):
        data = self.data()
        if self.contract_id is None:
            return contracts.create_contract(data, self.milestones, now=self.ctx.now())
        return contracts.update_contract(self.contract_id, data, today=self.ctx.today())

