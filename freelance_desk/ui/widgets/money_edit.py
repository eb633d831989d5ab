"""A line edit for an amount in a given currency, typed as the interface's locale writes numbers.

Reading is ``core/money.parse_amount`` with the locale's separators: in Indonesian "1.250" dollars
is one thousand two hundred fifty and "1.250,50" has cents; what could be read two ways is refused
at the field with an example. The field shows an amount the same way, so it reads back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from freelance_desk.core.money import parse_amount
from freelance_desk.ui.format import amount_example, amount_text, separators


class MoneyEdit(QLineEdit):
    def __init__(self, currency: str = "USD", parent=None):
        super().__init__(parent)
        self._currency = currency
        self.setClearButtonEnabled(False)
        self._update_placeholder()

    def _update_placeholder(self):
        self.setPlaceholderText(self.tr("e.g. {0}").format(amount_example(self._currency)))  # how to type it here

    def currency(self) -> str:
        return self._currency

    def set_currency(self, currency: str) -> None:
        self._currency = currency
        self._update_placeholder()

    def set_minor(self, minor: int | None) -> None:
        self.setText(amount_text(minor, self._currency))

    def minor(self, field: str = "amount", allow_zero: bool = True) -> int:
        """The typed amount in minor units; raises ValidationError(field, ...) when it is not one."""
        return parse_amount(self.text(), self._currency, field=field, allow_zero=allow_zero, seps=separators())

    def minor_or_none(self, field: str = "amount") -> int | None:
        return None if not self.text().strip() else self.minor(field)
