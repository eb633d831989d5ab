"""Add or edit a milestone of a fixed-price contract: title, amount, due date, description."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from freelance_desk.services.contracts import contracts
from freelance_desk.services.contracts.contracts import MilestoneData
from freelance_desk.services.milestones import lifecycle as milestones
from freelance_desk.ui.forms import FormDialog
from freelance_desk.ui.widgets.money_edit import MoneyEdit
from freelance_desk.ui.widgets.optional_date import OptionalDateEdit


class MilestoneDialog(FormDialog):
    def __init__(self, ctx, parent=None, contract_id: int | None = None, milestone_id: int | None = None):
        super().__init__(ctx, "", parent)
        self.milestone_id = milestone_id
        if milestone_id is not None:
            existing = milestones.get_milestone(milestone_id)
            contract = existing.contract
        else:
            existing = None
            contract = contracts.get_contract(contract_id)
        self.contract_id = contract.id
        self.setWindowTitle(self.tr("Edit milestone") if existing else self.tr("New milestone"))
        self.setMinimumWidth(400)

        self.title_edit = self.add_field("title", self.tr("&Title"), QLineEdit())
        self.title_edit.setPlaceholderText(self.tr("e.g. Home page"))
        self.amount = self.add_field("amount", self.tr("&Amount"), MoneyEdit(contract.currency))
        self.due_date = self.add_field("due_date", self.tr("&Due"), OptionalDateEdit(self.tr("No due date")))
        self.description = self.add_field("description", self.tr("D&escription"), QPlainTextEdit())
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        if existing is not None:
            self.title_edit.setText(existing.title)
            self.amount.set_minor(existing.amount_minor)
            self.due_date.set_value(existing.due_date)
            self.description.setPlainText(existing.description)

    def data(self) -> MilestoneData:
        return MilestoneData(
            title=self.title_edit.text(),
            amount_minor=self.amount.minor("amount"),
            due_date=self.due_date.value(),
            description=self.description.toPlainText(),
        )

    def save(self):
        if self.milestone_id is None:
            return milestones.add_milestone(self.contract_id, self.data(), now=self.ctx.now())
        return milestones.update_milestone(self.milestone_id, self.data(), today=self.ctx.today())
