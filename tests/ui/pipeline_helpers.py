"""Shared pieces for the dashboard, proposals and gigs page tests (import the fixtures you use)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from freelance_desk.settings import UiSettings
from freelance_desk.ui.context import AppContext

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = NOW):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def ctx(database, tmp_path, qapp, clock):
    return AppContext(str(tmp_path / "test.sqlite3"), UiSettings(str(tmp_path / "ui.ini")), clock=clock)


@pytest.fixture
def asked(monkeypatch):
    """Answers every confirmation with ``asked.answer`` (yes unless a test says no) and records the questions."""

    class Recorder(list):
        answer = True

    recorder = Recorder()

    def fake_confirm(parent, title, text, yes_text=None):
        recorder.append(text)
        return recorder.answer

    for module in ("freelance_desk.ui.forms", "freelance_desk.ui.pages.proposals", "freelance_desk.ui.pages.gigs"):
        monkeypatch.setattr(f"{module}.confirm", fake_confirm)
    return recorder


def answer(monkeypatch, cls, fill, seen: list | None = None) -> None:
    """The next ``cls`` dialogs do not wait for a user: ``fill(dialog)`` types, then Save is pressed.

    The dialog's own validation runs; when it refuses, exec() returns Rejected as
    if the user had cancelled, and ``seen`` keeps the dialog to read its errors.
    """

    def fake_exec(dialog):
        if seen is not None:
            seen.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
