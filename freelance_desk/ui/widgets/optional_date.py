"""A date edit that may also be empty ("No due date"), with a calendar popup."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit

from freelance_desk.ui.format import pydate, qdate


class OptionalDateEdit(QDateEdit):
    # The lowest date stands for "no date" and shows the special text instead.
    NONE = QDate(2000, 1, 1)

    def __init__(self, none_text: str, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(self.NONE)
        self.setSpecialValueText(none_text)
        self.setDate(self.NONE)

    def value(self) -> date | None:
        return None if self.date() == self.NONE else pydate(self.date())

    def set_value(self, value: date | None) -> None:
        self.setDate(qdate(value) if value else self.NONE)

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self.value() is None:  # "No due date" has no day, month and year for Tab to walk: leave
            return QAbstractSpinBox.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        empty = self.value() is None
        super().mousePressEvent(event)
        if empty and self.calendarWidget() is not None:
            # Open the calendar on this month, not on the placeholder year 2000.
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
