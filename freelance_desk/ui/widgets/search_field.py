"""A search box that filters as you type; Ctrl+F on its page focuses it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit


class SearchField(QLineEdit):
    def __init__(self, placeholder: str, page, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(140)  # gives way on a small screen before the buttons beside it do
        # Window-wide, but only while the page is the one shown (Qt ignores hidden widgets' shortcuts).
        shortcut = QShortcut(QKeySequence.StandardKey.Find, page)
        shortcut.activated.connect(self.focus_all)

    def sizeHint(self):  # noqa: N802
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(), 220))
        return hint

    def focus_all(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
