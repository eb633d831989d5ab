"""Pieces of the income page: the figures behind a month, chart labels."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from freelance_desk.services.money.income import MonthlyView
from freelance_desk.ui.format import duration, money
from freelance_desk.ui.models.row_table import month_name, service_text


def tick_labels(months: list[str]) -> list[str]:
    """"Mar" under each bar; the year under January and under the first bar."""
    labels = []
    for i, month in enumerate(months):
        name = QLocale().monthName(int(month[5:7]), QLocale.FormatType.ShortFormat)
        labels.append(f"{name}\n{month[:4]}" if i == 0 or month.endswith("-01") else name)
    return labels


class MonthDetails(QWidget):
    """The figures behind one month's bar, beside the chart."""

    show_payments = Signal(str)  # month

    def __init__(self, parent=None):
        super().__init__(parent)
        self.month: str | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 4, 4)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.heading, self.body):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self.tr("Show these payments"))
        self.button.clicked.connect(lambda: self.month and self.show_payments.emit(self.month))
        lay.addWidget(self.heading)
        lay.addWidget(self.body)
        lay.addWidget(self.button)
        lay.addStretch(1)
        self.clear()

    def clear(self) -> None:
        self.month = None
        self.heading.setText(self.tr("Month details"))
        self.body.setText(self.tr("Point at a bar or click it to see the figures behind it."))
        self.button.hide()

    def show_month(self, view: MonthlyView, index: int) -> None:
        self.month = view.months[index]
        home = view.home
        self.heading.setText(month_name(self.month))
        lines = [self.tr("Net: {0}").format(money(view.net[index], home))]
        for series in view.series:
            if series.values[index]:
                lines.append(f"   {service_text(series.label, series.translatable)}: "
                             f"{money(series.values[index], home)}")
        lines += [
            self.tr("Platform fees: {0}").format(money(view.fee[index], home)),
            self.tr("Gross: {0}").format(money(view.gross[index], home)),
            self.tr("Payments: {0}").format(view.payments[index]),
            "",
            self.tr("Hours tracked: {0}").format(duration(view.seconds[index])),
            self.tr("Billable: {0}").format(duration(view.billable_seconds[index])),
        ]
        if view.rate[index] is not None:
            lines.append(self.tr("Net per hour: {0}").format(money(view.rate[index], home)))
        if view.tax is not None:
            lines += ["", self.tr("Tax to set aside: {0}").format(money(view.tax[index], home))]
        if view.expected[index]:
            lines += ["", self.tr("Expected (estimate): {0}").format(money(view.expected[index], home))]
        self.body.setText("\n".join(lines))
        self.button.setVisible(view.payments[index] > 0)
