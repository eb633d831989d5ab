"""A damaged database met when opening: the message in a dialog, nothing changed, a backup offered."""

from __future__ import annotations

import shutil
import sys
import types
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from freelance_desk.app import Launcher, open_user_database, parse_args
from freelance_desk.db.connection import close_database
from freelance_desk.services.clients.clients import ClientData, create_client


@pytest.fixture
def files(tmp_path):
    good = tmp_path / "backups" / "good.sqlite3"
    good.parent.mkdir()
    open_user_database(good)
    create_client(ClientData(name="Acme Corp"))
    close_database()
    damaged = tmp_path / "books.sqlite3"
    damaged.write_bytes(good.read_bytes()[:3000])  # cut short
    return good, damaged


@pytest.fixture
def boxes(monkeypatch):
    """Every message box: its texts and buttons kept, then ``press`` (a button's text) clicked."""
    seen, press = [], []

    def exec_(box):
        buttons = [b.text() for b in box.buttons()]
        seen.append((box.text(), box.informativeText(), buttons))
        for button in box.buttons():
            if press and button.text() == press[0]:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen, press


@pytest.fixture
def launcher(qapp):
    launcher = Launcher(qapp, parse_args([]))
    yield launcher
    if launcher.window is not None:
        launcher.window.close_guards.clear()
        launcher.window.close()
        launcher.window.deleteLater()
    close_database()


def test_a_damaged_file_is_explained_in_a_dialog_and_left_alone(files, boxes, launcher):
    _good, damaged = files
    before = damaged.read_bytes()
    assert launcher.open(str(damaged), False) is False
    seen, _press = boxes
    (text, offer, buttons), = seen
    assert "cannot open this database" in text and "cut short" in text
    assert "Nothing in the file was changed" in text and str(damaged) in text
    assert offer == "" and buttons == ["Close"]  # no good backup known beside it: no offer
    assert damaged.read_bytes() == before
    assert launcher.window is None


@dataclass(frozen=True)
class Backup:
    path: Path
    created: datetime
    size: int


def test_the_newest_good_backup_is_offered_and_restoring_it_opens_the_file(files, boxes, launcher, monkeypatch):
    good, damaged = files
    asked = []
    # The backups module's two calls as the dialog uses them (the module itself is tested on its own).
    backups = types.ModuleType("freelance_desk.db.backups")
    backups.newest_good_backup = lambda folder: asked.append(folder) or Backup(good, datetime(2026, 3, 9, 8, tzinfo=UTC), 1)
    backups.restore = lambda info, db_path, folder: shutil.copyfile(info.path, db_path)
    monkeypatch.setitem(sys.modules, "freelance_desk.db.backups", backups)
    monkeypatch.setattr("freelance_desk.db.backups", backups, raising=False)
    seen, press = boxes
    press.append("Restore the backup")
    assert launcher.open(str(damaged), False) is True
    (text, offer, buttons), = seen
    assert "cut short" in text
    assert "The newest good backup is from" in offer and "2026" in offer
    assert "Restore the backup" in buttons
    assert asked == [damaged.parent]
    from freelance_desk.db.models import Client

    assert [c.name for c in Client.select()] == ["Acme Corp"]
    assert launcher.window is not None
