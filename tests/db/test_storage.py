"""A full disk and a read-only file: the user's message, nothing half-saved, the database read-only."""

from __future__ import annotations

import os
import sqlite3

import pytest

from freelance_desk.core.errors import DiskFull, ReadOnlyDatabase
from freelance_desk.db import storage
from freelance_desk.db.connection import close_database, db, open_database
from freelance_desk.db.migrations import migrate
from freelance_desk.db.models import Client
from freelance_desk.services.clients import clients
from freelance_desk.services.clients.clients import ClientData

pytestmark = pytest.mark.file_only  # the file's own behaviour (SQLite), not the server's

FULL = "The disk is full: nothing from this action was saved."


def fill_the_disk(database) -> None:
    """SQLite's own SQLITE_FULL: the file may not grow past the pages it has (none of them free: a migration
    that drops an index leaves free pages behind)."""
    database.execute_sql("VACUUM")
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.connection().execute(f"PRAGMA max_page_count = {pages}")


def big_note() -> str:
    return "a long note " * 750  # 9,000 characters (the most a note takes is 10,000): pages of its own


def test_a_full_disk_says_so_and_saves_nothing_of_the_action(database):
    clients.create_client(ClientData(name="Before"))
    fill_the_disk(database)
    with pytest.raises(DiskFull) as caught:
        clients.create_client(ClientData(name="Acme Corp", notes=big_note()))
    assert caught.value.text() == FULL  # not "cannot rollback - no transaction is active"
    assert [c.name for c in Client.select()] == ["Before"]
    assert storage.read_only_reason() is storage.ReadOnly.DISK_FULL


def test_after_a_full_disk_every_write_is_refused_with_it_until_tried_again(database):
    fill_the_disk(database)
    with pytest.raises(DiskFull):
        clients.create_client(ClientData(name="Acme Corp", notes=big_note()))
    database.connection().execute("PRAGMA max_page_count = 1000000")  # space freed
    with pytest.raises(DiskFull) as caught:  # a small write that would fit: refused all the same
        clients.create_client(ClientData(name="Small"))
    assert caught.value.text() == FULL
    assert Client.select().count() == 0
    storage.try_writing_again(database)
    assert storage.read_only_reason() is None
    clients.create_client(ClientData(name="Small"))
    assert [c.name for c in Client.select()] == ["Small"]


def test_a_full_disk_inside_a_nested_transaction_is_told_the_same(database):
    fill_the_disk(database)
    with pytest.raises(DiskFull):
        with db.atomic():
            Client.create(name="Outer", created_at=0)
            with db.atomic():  # a savepoint
                Client.create(name="Inner", notes=big_note(), created_at=0)
    assert Client.select().count() == 0
    assert not db.in_transaction() and not db.sqlite_in_transaction()


def test_a_read_only_file_opens_for_reading_and_refuses_writes(tmp_path):
    path = tmp_path / "books.sqlite3"
    migrate(open_database(path))
    clients.create_client(ClientData(name="Acme Corp"))
    close_database()
    before = path.read_bytes()
    try:
        database = open_database(path, read_only=True)
        migrate(database)  # up to date: nothing to write
        assert storage.read_only_reason() is storage.ReadOnly.FILE
        assert [c.name for c in Client.select()] == ["Acme Corp"]
        with pytest.raises(ReadOnlyDatabase) as caught:
            clients.create_client(ClientData(name="Globex"))
        assert "read-only" in caught.value.text() and "nothing from this action was saved" in caught.value.text()
    finally:
        close_database()
    assert path.read_bytes() == before


def test_a_read_only_file_that_needs_an_update_is_refused_untouched(tmp_path):
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE x (y)")
        con.execute("PRAGMA user_version = 1")
    con.close()
    before = path.read_bytes()
    try:
        with pytest.raises(ReadOnlyDatabase, match="cannot be written"):
            migrate(open_database(path, read_only=True))
    finally:
        close_database()
    assert path.read_bytes() == before
    assert [name for name in os.listdir(tmp_path) if name.startswith("old")] == ["old.sqlite3"]
