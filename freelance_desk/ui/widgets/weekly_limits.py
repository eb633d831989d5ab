"""This week's billable hours against each hourly contract's weekly limit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QProgressBar, QVBoxLayout

from freelance_desk.services.time.queries import APPROACHING, EXCEEDED, WeeklyLimit
from freelance_desk.ui import theme
from freelance_desk.ui.format import duration

ROLES = {APPROACHING: theme.Role.WARNING, EXCEEDED: theme.Role.DANGER}


class WeeklyLimitsPanel(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 6, 10, 8)
        outer.setSpacing(4)
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        outer.addWidget(self.title)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 1)
        outer.addLayout(self.grid)
        self.bars: dict[int, QProgressBar] = {}  # contract id → bar (tests read state and text)

    def set_limits(self, limits: list[WeeklyLimit], week_text: str) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.bars.clear()
        self.title.setText(self.tr("Weekly limits — {0}").format(week_text))
        for row, limit in enumerate(limits):
            name = QLabel(f"{limit.contract_title} — {limit.client_name}")
            name.setTextFormat(Qt.TextFormat.PlainText)
            bar = QProgressBar()
            bar.setRange(0, max(limit.limit_seconds, 1))
            bar.setValue(min(limit.billable_seconds, limit.limit_seconds))
            bar.setFormat(self.tr("{0} of {1} h").format(duration(limit.billable_seconds), duration(limit.limit_seconds)))
            bar.setTextVisible(True)
            bar.setMaximumHeight(18)
            bar.setProperty("state", limit.state)
            status = QLabel(self._status_text(limit))
            role = ROLES.get(limit.state)
            bar.setStyleSheet(theme.progress_bar_style(role, self.palette()))
            if role:
                status.setStyleSheet(theme.text_style(role, self.palette(), bold=True))
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(bar, row, 1)
            self.grid.addWidget(status, row, 2)
            self.bars[limit.contract_id] = bar
        self.setVisible(bool(limits))

    def _status_text(self, limit: WeeklyLimit) -> str:
        left = limit.limit_seconds - limit.billable_seconds
        if limit.state == EXCEEDED:
            return self.tr("{0} over the limit").format(duration(-left))
        if limit.state == APPROACHING:
            return self.tr("{0} left — nearly there").format(duration(left))
        return self.tr("{0} left").format(duration(left))
