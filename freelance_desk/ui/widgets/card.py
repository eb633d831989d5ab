"""A figure at a glance: a title, a big value, a line of detail; clicking (or Enter) opens where to act.

``compact`` is the small kind a row of them shows (a contract's totals): tighter, a smaller value,
no detail line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from freelance_desk.ui import theme

COMPACT_VALUE_STYLE = "font-size: 15px;"


class Card(QFrame):
    activated = Signal()

    def __init__(self, title: str, parent=None, clickable: bool = True, compact: bool = False):
        super().__init__(parent)
        self.setObjectName("card")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(*((10, 6, 10, 6) if compact else (14, 10, 14, 12)))
        lay.setSpacing(0 if compact else 2)
        self.title = self._label("cardTitle", title)
        self.value = self._label("cardValue")
        self.detail = self._label("cardTitle")  # the muted style of the title
        self.detail.setWordWrap(True)
        for label in (self.title, self.value, self.detail):
            lay.addWidget(label)
        self._value_style = COMPACT_VALUE_STYLE if compact else ""
        if compact:
            self.value.setStyleSheet(self._value_style)
            self.detail.hide()  # until a detail is set
        else:
            lay.addStretch(1)
        self.clickable = clickable
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    @staticmethod
    def _label(name: str, text: str = "") -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def set(self, value: str, detail: str = "", warn: bool = False, tooltip: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        warning = theme.text_style(theme.Role.DANGER, self.palette()) if warn else ""
        self.value.setStyleSheet(" ".join(s for s in (self._value_style, warning) if s))
        self.setToolTip(tooltip)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self.clickable and event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self.clickable and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)
