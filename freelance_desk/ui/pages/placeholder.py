"""A page not built yet: says what will be here and shows the real counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from freelance_desk.services.overview.counts import counts
from freelance_desk.ui.pages.base import Page


class PlaceholderPage(Page):
    topics = ("*", "clients", "contracts", "milestones", "time", "payments")

    def __init__(self, ctx, title: str = "", parent=None):
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        self.heading = QLabel(title)
        self.heading.setObjectName("pageTitle")
        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.heading)
        lay.addWidget(self.body)
        lay.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self.body.setText(
            self.tr("Clients: {0}\nContracts: {1}\nMilestones: {2}\nTime entries: {3}\nPayments: {4}").format(
                *vars(counts()).values()
            )
        )
