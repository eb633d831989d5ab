"""A new order of a gig: pick the client, Enter — the contract and its milestones exist."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
)

from freelance_desk.core.errors import DomainError, ValidationError
from freelance_desk.services.clients import listing as client_list
from freelance_desk.services.pipeline import gig_list, workload
from freelance_desk.services.pipeline import gigs as templates
from freelance_desk.ui import forms
from freelance_desk.ui.format import money, pydate, qdate, short_date
from freelance_desk.ui.forms import FormDialog


class OrderDialog(FormDialog):
    def __init__(self, ctx, parent=None, template_id: int | None = None, client_id: int | None = None):
        super().__init__(ctx, self.tr("New order from gig"), parent)
        self.setMinimumWidth(480)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Create contract"))
        self.gig = QComboBox()
        for t in gig_list.list_templates():
            self.gig.addItem(f"{t.title} — {money(t.price_minor, t.currency)}", t.id)
        self.add_field("gig", self.tr("&Gig"), self.gig)
        self.client = QComboBox()
        self.client.setEditable(True)
        self.client.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.client.lineEdit().setPlaceholderText(self.tr("Type a client's name"))
        self.client.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for c in client_list.client_choices():
            self.client.addItem(c.name, c.id)
        completer = self.client.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.add_field("client", self.tr("&Client"), self.client)
        self.title_edit = self.add_field("title", self.tr("&Title"), QLineEdit())
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setDate(qdate(ctx.today()))
        self.add_field("start_date", self.tr("&Starts"), self.start)
        self.plan = QLabel()
        self.plan.setTextFormat(Qt.TextFormat.PlainText)
        self.plan.setWordWrap(True)
        self.form.addRow(self.tr("Creates"), self.plan)

        index = self.gig.findData(template_id) if template_id is not None else 0
        self.gig.setCurrentIndex(max(index, 0))
        if client_id is not None:
            self.client.setCurrentIndex(self.client.findData(client_id))
        else:
            self.client.setCurrentIndex(-1)
        self._gig_changed()
        self.gig.currentIndexChanged.connect(self._gig_changed)
        self.start.dateChanged.connect(lambda _d: self._update_plan())
        self.client.setFocus()

    def client_id(self) -> int | None:
        text = self.client.currentText().strip()
        index = self.client.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
        return self.client.itemData(index) if index >= 0 else None

    def _gig_changed(self) -> None:
        gig_id = self.gig.currentData()
        self.title_edit.setText(templates.get_template(gig_id).title if gig_id is not None else "")
        self._update_plan()

    def _update_plan(self) -> None:
        gig_id = self.gig.currentData()
        if gig_id is None:
            self.plan.setText(self.tr("Add a gig first."))
            return
        try:
            data, milestones = templates.order_plan(gig_id, None, pydate(self.start.date()))
        except DomainError as e:  # a start out of the accepted dates: nothing to plan, Save says why
            self.plan.setText(self.ctx.error_text(e))
            return
        if data.budget_minor is None:
            lines = [self.tr("An hourly contract at {0}/h").format(money(data.rate_minor, data.currency))]
        else:
            lines = [self.tr("A contract of {0}, due {1}").format(money(data.budget_minor, data.currency),
                                                                 short_date(data.end_date))]
        for m in milestones:
            lines.append(f"  • {m.title}: {money(m.amount_minor, data.currency)} — {short_date(m.due_date)}")
        self.plan.setText("\n".join(lines))

    def accept(self) -> None:
        """A new active contract over the workload limit asks first; then save as any form."""
        if self.gig.currentData() is None:
            self.show_error(ValidationError("gig", self.tr("Add a gig first.")))
            return
        if self.client_id() is None:
            self.clear_errors()
            self.show_error(ValidationError("client", self.tr("Choose one of your clients.")))
            return
        warning = workload.new_contract_warning()
        if warning is not None and not forms.confirm(
            self, self.tr("Over your workload limit"), self.ctx.error_text(warning), self.tr("Take it on")
        ):
            return
        super().accept()

    def save(self):
        return templates.create_order(
            self.gig.currentData(), self.client_id(), pydate(self.start.date()), self.title_edit.text(),
            now=self.ctx.now(),
        )
