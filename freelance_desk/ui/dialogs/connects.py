"""Connects: recording a purchase, and a platform's starting balance with its monthly free connects."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

from freelance_desk.core.money import CURRENCIES
from freelance_desk.services.clients import listing as client_list
from freelance_desk.services.pipeline import connects
from freelance_desk.ui.dialogs.payment import date_edit
from freelance_desk.ui.dialogs.proposal import row_of
from freelance_desk.ui.format import pydate, qdate
from freelance_desk.ui.forms import FormDialog
from freelance_desk.ui.widgets.money_edit import MoneyEdit


def _platform_combo(platform_id: int | None) -> QComboBox:
    combo = QComboBox()
    used = set(connects.platforms_with_connects())
    for p in client_list.platforms():
        if p.id in used or p.id == platform_id:
            combo.addItem(p.name, p.id)
    combo.setCurrentIndex(max(combo.findData(platform_id), 0))
    return combo


def _count() -> QSpinBox:
    """A number of connects: from 0 to the most a balance holds."""
    spin = QSpinBox()
    spin.setRange(0, connects.MAX_HELD)
    return spin


class BuyConnectsDialog(FormDialog):
    """Connects bought: how many, what they cost, on which day."""

    def __init__(self, ctx, parent=None, platform_id: int | None = None):
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("Connects bought"))
        self.setMinimumWidth(420)
        self.platform = self.add_field("platform", self.tr("&Platform"), _platform_combo(platform_id))
        self.connects = _count()
        self.connects.setValue(80)
        self.add_field("connects", self.tr("&Connects"), self.connects)
        self.cost = MoneyEdit("USD")
        self.cost.setMaximumWidth(120)
        self.currency = QComboBox()
        self.currency.addItems(sorted(CURRENCIES))
        self.currency.setCurrentText("USD")
        self.add_field("cost", self.tr("C&ost"), row_of(self.cost, self.currency))
        self._fields["cost"] = (self.cost, self._fields["cost"][1])
        self.bought_on = self.add_field("bought_on", self.tr("&Bought on"), date_edit(ctx.today()))
        self.note = self.add_field("note", self.tr("&Note"), QLineEdit())
        self.currency.currentTextChanged.connect(self.cost.set_currency)

    def save(self):
        return connects.buy(self.platform.currentData(), self.connects.value(), self.cost.minor_or_none("cost"),
                            self.currency.currentText(), pydate(self.bought_on.date()), self.note.text(),
                            today=self.ctx.today())


class FreeConnectsDialog(FormDialog):
    """A platform's starting balance (the day it was held) and the free connects it gives every month."""

    def __init__(self, ctx, parent=None, platform_id: int | None = None):
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("Connects held"))
        self.setMinimumWidth(460)
        self.platform = self.add_field("platform", self.tr("&Platform"), _platform_combo(platform_id))
        self.opening = _count()
        self.opening.setToolTip(self.tr("A new Upwork member starts with {0} connects.").format(
            connects.NEW_UPWORK_MEMBER))
        self.add_field("opening", self.tr("&Starting balance"), self.opening)
        self.opening_on = self.add_field("opening_on", self.tr("&Held on"), date_edit(ctx.today()))
        self.monthly = self.add_field("monthly", self.tr("&Free every month"), _count())
        self.monthly_from = self.add_field("monthly_from", self.tr("&From the month"), date_edit(ctx.today()))
        self.monthly_from.setDisplayFormat("MMMM yyyy")
        self.platform.currentIndexChanged.connect(self._load)
        self._load()
        self.result_changes = None

    def _load(self) -> None:
        platform_id = self.platform.currentData()
        if platform_id is None:
            return
        today = self.ctx.today()
        held = connects.balance(platform_id, today)
        self.opening.setValue(held.opening if held.opening_on else connects.NEW_UPWORK_MEMBER)
        self.opening_on.setDate(qdate(held.opening_on or today))
        self.monthly.setValue(held.monthly)
        self.monthly_from.setDate(qdate(held.monthly_from or date(today.year, today.month, 1)))

    def save(self):
        self.result_changes = connects.set_free(
            self.platform.currentData(), self.opening.value(), pydate(self.opening_on.date()), self.monthly.value(),
            pydate(self.monthly_from.date()), now=self.ctx.now(), today=self.ctx.today())
        return self.platform.currentData()
