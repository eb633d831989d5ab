"""A line edit for an amount in a given currency; parsing and limits are the service's."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from freelance_desk.core.money import parse_amount, plain_amount, symbol


class MoneyEdit(QLineEdit):
    def __init__(self, currency: str = "USD", parent=None):
        super().__init__(parent)
        self._currency = currency
        self.setClearButtonEnabled(False)
        self._update_placeholder()

    def _update_placeholder(self):
        self.setPlaceholderText(f"{symbol(self._currency)} 0")

    def currency(self) -> str:
        return self._currency

    def set_currency(self, currency: str) -> None:
        self._currency = currency
        self._update_placeholder()

    def set_minor(self, minor: int | None) -> None:
        self.setText("" if minor is None else plain_amount(minor, self._currency))

    def minor(self, field: str = "amount", allow_zero: bool = True) -> int:
        """The typed amount in minor units; raises ValidationError(field, ...) when it is not one."""
        return parse_amount(self.text(), self._currency, field=field, allow_zero=allow_zero)

    def minor_or_none(self, field: str = "amount") -> int | None:
        return None if not self.text().strip() else self.minor(field)
