"""Qt's own dialog buttons (Save, Cancel, Close, OK), named through our translations.

Qt ships no Bahasa Indonesia for its standard buttons, so they would stay English
in an Indonesian window: every dialog and message box names them here instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

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
