"""A damaged database met when opening: the message in a dialog, nothing changed, a backup offered."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from freelance_desk.app import Launcher, open_user_database, parse_args
from freelance_desk.db.connection import close_database
from freelance_desk.services.clients.clients import ClientData, create_client

pytestmark = pytest.mark.file_only  # the file's backups, damage, storage and lock (a server's: test_server_window)


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


def test_the_newest_good_backup_is_offered_and_restoring_it_opens_the_file(tmp_path, boxes, launcher):
    from freelance_desk.db import backups
    from freelance_desk.db.models import Client

    path = tmp_path / "books.sqlite3"
    open_user_database(path)
    create_client(ClientData(name="Acme Corp"))
    close_database()
    made = backups.make_backup(path, backups.default_folder(), backups.MANUAL)
    path.write_bytes(path.read_bytes()[:3000])  # then the file is cut short
    seen, press = boxes
    press.append("Restore the backup")
    assert launcher.open(str(path), False) is True
    (text, offer, buttons), = seen
    assert "cut short" in text and "Nothing in the file was changed" in text
    assert "The newest good backup is from" in offer and str(made.created.astimezone().year) in offer
    assert "Restore the backup" in buttons
    assert [c.name for c in Client.select()] == ["Acme Corp"]  # the window opened on the backup
    assert launcher.window is not None


def test_the_offer_is_not_taken_and_the_file_stays_as_it_was(tmp_path, boxes, launcher):
    from freelance_desk.db import backups

    path = tmp_path / "books.sqlite3"
    open_user_database(path)
    close_database()
    backups.make_backup(path, backups.default_folder(), backups.MANUAL)
    path.write_bytes(b"not a database at all" * 100)
    before = path.read_bytes()
    assert launcher.open(str(path), False) is False  # Close pressed
    (_text, offer, buttons), = boxes[0]
    assert "Restore the backup" in buttons
    assert path.read_bytes() == before


def test_in_indonesian_the_whole_offer_is_in_indonesian(tmp_path, boxes, launcher, in_indonesian):
    from freelance_desk.db import backups

    path = tmp_path / "books.sqlite3"
    open_user_database(path)
    close_database()
    backups.make_backup(path, backups.default_folder(), backups.MANUAL)
    path.write_bytes(path.read_bytes()[:3000])
    assert launcher.open(str(path), False) is False
    (text, offer, buttons), = boxes[0]
    assert text.startswith("Freelance Desk tidak dapat membuka basis data ini.")
    assert offer.startswith("Cadangan baik terbaru berasal dari ")
    assert sorted(buttons) == ["Pulihkan cadangan", "Tutup"]  # no English left: not the buttons either
