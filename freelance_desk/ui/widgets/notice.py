"""Tell the user why something could not be done (a rule from the services)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from freelance_desk.ui.buttons import name_standard_buttons


def warn(parent, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    name_standard_buttons(box)
    box.exec()
