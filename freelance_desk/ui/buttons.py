"""Buttons: Qt's own dialog buttons (Save, Cancel, Close, OK) named through our translations,
and push buttons that stand for a page's QAction.

Qt ships no Bahasa Indonesia for its standard buttons, so they would stay English
in an Indonesian window: every dialog and message box names them here instead.
A page's row actions are QActions (shared by its buttons, the rows' context menu and
their shortcuts); :func:`action_button` is the button of one of them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from freelance_desk.core.i18n import QT_TRANSLATE_NOOP

TEXTS = (
    ("Save", QT_TRANSLATE_NOOP("StandardButtons", "Save")),
    ("Cancel", QT_TRANSLATE_NOOP("StandardButtons", "Cancel")),
    ("Close", QT_TRANSLATE_NOOP("StandardButtons", "Close")),
    ("Ok", QT_TRANSLATE_NOOP("StandardButtons", "OK")),
)


def name_standard_buttons(box: QDialogButtonBox | QMessageBox) -> None:
    kinds = QMessageBox.StandardButton if isinstance(box, QMessageBox) else QDialogButtonBox.StandardButton
    for name, text in TEXTS:
        button = box.button(getattr(kinds, name))
        if button is not None:
            button.setText(QCoreApplication.translate("StandardButtons", text))


def action_button(action: QAction, tip: str = "") -> QPushButton:
    """A push button that triggers ``action`` and follows its text (access key included), its icon and whether it is enabled."""
    button = QPushButton(action.text())
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    button.setToolTip(tip or shortcut)
    button.setEnabled(action.isEnabled())
    button.setIcon(action.icon())
    button.clicked.connect(action.trigger)

    def follow() -> None:
        button.setEnabled(action.isEnabled())
        button.setText(action.text())
        button.setIcon(action.icon())

    action.changed.connect(follow)
    return button
