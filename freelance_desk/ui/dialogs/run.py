"""Open a form modally and free it afterwards, so a page does not collect every dialog it ever showed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def run_form(dialog):
    """The object the form saved when the user accepted it, else None."""
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.result_object if accepted else None
    finally:
        dialog.deleteLater()
