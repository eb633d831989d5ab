"""Ctrl+Z in a text field with nothing of its own to undo reaches Edit ▸ Undo.

A QLineEdit (the timer's note, an editable combo box such as the contract picker) claims Ctrl+Z and
Ctrl+Shift+Z for its own typing even when it has none, so after a dialog closes and gives focus back
to the bar, Ctrl+Z silently did nothing. Each line edit that takes focus in the window gets this
filter once; it lets the keys through to the window's Undo / Redo only while the field has nothing
to undo (or redo) itself, so typing is still undone first, as in any text field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

_MARK = "freelanceDeskUndoKeys"


class _PassThrough(QObject):
    """Parented to the window; its slot is a method of a QObject, so Qt disconnects it when the window goes
    (a plain function on the application's signal outlived the window and crashed Python's exit)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window

    def focused(self, _old, new) -> None:
        if _field(new) is not None and not new.property(_MARK) and self.window.isAncestorOf(new):
            new.setProperty(_MARK, True)
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        field = _field(watched)
        if field is None:
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            return not field.isUndoAvailable()  # True: the field does not claim the key; the window's Undo runs
        if event.matches(QKeySequence.StandardKey.Redo):
            return not field.isRedoAvailable()
        return False


def _field(widget: QObject) -> QLineEdit | None:
    """The line edit typed into: the widget itself, or an editable combo box's (the combo box has the focus)."""
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    return None


def pass_undo_keys(window: QWidget) -> None:
    """From now on, line edits in ``window`` that get focus leave Undo/Redo to it when they have none."""
    keys = _PassThrough(window)
    QApplication.instance().focusChanged.connect(keys.focused)
