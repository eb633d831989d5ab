"""Tell the user why something could not be done (a rule from the services)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from freelance_desk.ui.buttons import name_standard_buttons


def warn(parent, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
    """A message with one OK button, its text in the interface's language (Qt ships no Indonesian of its own)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    name_standard_buttons(box)
    box.exec()


def fail(parent, title: str, text: str) -> None:
    """What could not be done at all (a file that cannot be opened): as :func:`warn`, the critical icon."""
    warn(parent, title, text, QMessageBox.Icon.Critical)
