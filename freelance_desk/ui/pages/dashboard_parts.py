"""Pieces of the dashboard: short lists whose items open where they can be acted on, and the first-run welcome."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from freelance_desk.ui import theme
from freelance_desk.ui.literal import plain_tooltip

TARGET_ROLE = Qt.ItemDataRole.UserRole


class ShortList(QWidget):
    """A titled list of a few items; activating one emits its (page, target)."""

    open_requested = Signal(str, dict)

    def __init__(self, title: str, empty_text: str, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self.title = QLabel(title)
        self.title.setObjectName("sectionTitle")
        self.title.setStyleSheet("font-weight: 600;")
        lay.addWidget(self.title)
        self.list = QListWidget()
        self.list.setFrameShape(QFrame.Shape.StyledPanel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSpacing(2)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        lay.addWidget(self.list)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName("cardTitle")
        self.empty.setWordWrap(True)
        lay.addWidget(self.empty)

    def set_items(self, items: list[tuple[str, str, dict, bool]], max_rows: int = 6) -> None:
        """Items as (text, page, target, warn); the list is as tall as its first ``max_rows`` items."""
        self.list.clear()
        for text, page, target, warn in items:
            item = QListWidgetItem(text)
            item.setData(TARGET_ROLE, (page, target))
            item.setToolTip(plain_tooltip(text))
            if warn:
                item.setForeground(theme.brush(theme.Role.DANGER, self.list.palette()))
            self.list.addItem(item)
        self.empty.setVisible(not items)
        self.list.setVisible(bool(items))
        if items:
            shown = min(len(items), max_rows)
            height = sum(self.list.sizeHintForRow(i) + 2 * self.list.spacing() for i in range(shown))
            self.list.setFixedHeight(height + 2 * self.list.frameWidth() + 2)

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        page, target = item.data(TARGET_ROLE)
        self.open_requested.emit(page, target)


class Welcome(QWidget):
    """The first run: an empty database invites to add a client, to bring the history kept in another tool
    (File ▸ Import…), or to look around the demo."""

    add_client = Signal()
    import_history = Signal()
    try_demo = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        title = QLabel(self.tr("Welcome to Freelance Desk"))
        title.setObjectName("emptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr(
            "Your clients, contracts, milestones, hours and income in one place, on your own computer. "
            "Start with a client, bring your history from the tool you use now (Toggl, Clockify, Harvest, Kimai, "
            "Watson, Timewarrior, Upwork), or look around a freelance business full of examples first."
        ))
        text.setObjectName("emptyText")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(520)
        self.add_button = QPushButton(self.tr("Add your first client"))
        self.add_button.setObjectName("primary")
        self.import_button = QPushButton(self.tr("Import your history…"))
        self.import_button.setToolTip(self.tr("An export of another time tracker or platform, or a spreadsheet "
                                              "(File ▸ Import…)"))
        self.demo_button = QPushButton(self.tr("Try the demo"))
        self.demo_button.setToolTip(self.tr("Opens a separate database with example data; yours stays empty"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        lay.addWidget(title)
        centered = QHBoxLayout()  # (an alignment flag would cut the wrapped text's height)
        centered.addStretch(1)
        centered.addWidget(text)
        centered.addStretch(1)
        lay.addLayout(centered)
        lay.addSpacing(12)
        lay.addLayout(buttons)
        lay.addStretch(2)
        self.add_button.clicked.connect(self.add_client)
        self.import_button.clicked.connect(self.import_history)
        self.demo_button.clicked.connect(self.try_demo)
