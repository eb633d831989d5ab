"""Shared pieces for the clients/contracts/milestones page tests (import the fixtures you use)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from freelance_desk.settings import UiSettings
from freelance_desk.ui import forms
from freelance_desk.ui.context import AppContext

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


@pytest.fixture
def ctx(database, tmp_path, qapp):
    """An app context on the test database, its clock stopped at NOW."""
    return AppContext(str(tmp_path / "test.sqlite3"), UiSettings(str(tmp_path / "ui.ini")), clock=lambda: NOW)


@pytest.fixture
def confirmations(monkeypatch):
    """Answers forms.confirm with ``answers`` (default yes) and records each question's text."""

    class Recorder(list):
        answer = True

    asked = Recorder()

    def fake_confirm(parent, title, text, yes_text=None):
        asked.append(text)
        return asked.answer

    monkeypatch.setattr(forms, "confirm", fake_confirm)
    return asked


def answer_dialog(cls, fill, seen: list | None = None) -> None:
    """When the next modal dialog opens (inside its exec()), check its type, fill it and press Save.

    ``fill(dialog)`` sets the widgets as a user would. If saving is refused the
    dialog is cancelled so the test cannot hang; ``seen`` gets the dialog to inspect.
    """

    def handle():
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # exec() has not started its loop yet
            QTimer.singleShot(10, handle)
            return
        try:
            assert isinstance(dialog, cls), f"expected {cls.__name__}, got {type(dialog).__name__}"
            if seen is not None:
                seen.append(dialog)
            fill(dialog)
            dialog.accept()
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, handle)
