"""Writes under contention: every transaction takes the write lock at BEGIN, so it waits for another
program's write (the busy timeout) instead of failing at once, and one that still cannot write says so
in words and writes nothing."""

from __future__ import annotations

import ast
import sqlite3
import threading
import time
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest

from freelance_desk.core.errors import DatabaseBusy, DomainError
from freelance_desk.db.connection import db, write
from freelance_desk.db.models import Client, TimeEntry
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, create_contract
from freelance_desk.services.time import entry_rows
from freelance_desk.services.time import tracking as tt

pytestmark = pytest.mark.file_only  # the file's own behaviour (SQLite), not the server's

PACKAGE = Path(__file__).resolve().parents[2] / "freelance_desk"
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@contextmanager
def another_program_writing(path, release_after: float | None):
    """A second connection holding the write lock (BEGIN IMMEDIATE), released after ``release_after`` s
    (None: held until the block ends)."""
    other = sqlite3.connect(str(path), isolation_level=None, timeout=0, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    # It writes too, so a transaction that read before this commits could never write after it.
    other.execute("UPDATE client SET notes = notes WHERE 0")
    released = threading.Event()

    def release():
        other.execute("COMMIT")
        other.close()
        released.set()

    timer = threading.Timer(release_after, release) if release_after is not None else None
    if timer is not None:
        timer.start()
    try:
        yield released
    finally:
        if timer is not None:
            timer.join()
        else:
            release()


@pytest.fixture
def contract(database):
    client = create_client(ClientData("Harbor Analytics"), now=NOW)
    return create_contract(ContractData(client.id, "Dashboard", kind="hourly", rate_minor=3500), now=NOW).id


def test_a_timer_started_while_another_program_writes_waits_and_is_saved(database, contract):
    tt.start_timer(contract, NOW, "UTC")  # a running timer that the new start must stop
    with another_program_writing(database.database, release_after=0.6) as released:
        began = time.monotonic()
        started = tt.start_timer(contract, NOW.replace(hour=10), "UTC")
        waited = time.monotonic() - began
        assert released.is_set()
    assert 0.5 <= waited < 5
    assert entry_rows.running_entry().id == started.id
    assert TimeEntry.select().count() == 2


def test_a_write_still_locked_after_the_busy_timeout_says_so_and_saves_nothing(database, contract):
    running = tt.start_timer(contract, NOW, "UTC")
    database.execute_sql("PRAGMA busy_timeout = 300")  # the test's patience, not the app's 5 s
    with another_program_writing(database.database, release_after=None):
        with pytest.raises(DatabaseBusy) as raised:
            tt.start_timer(contract, NOW.replace(hour=10), "UTC")
    assert isinstance(raised.value, DomainError)  # shown in the status bar or at the form, never a traceback
    assert str(raised.value) == "The database is busy in another program; nothing was saved. Try again."
    assert entry_rows.running_entry().id == running.id  # the old timer still runs, not stopped halfway
    assert TimeEntry.select().count() == 1
    # And once the other program is done, the same write goes through.
    assert tt.start_timer(contract, NOW.replace(hour=10), "UTC").running


def test_every_transaction_begins_immediate_even_one_opened_directly(database):
    """A transaction opened without write() (a new service, a migration) waits for the lock as well."""
    with another_program_writing(database.database, release_after=0.4):
        began = time.monotonic()
        with db.atomic():
            Client.select().count()  # a read first: deferred, the write after it would fail at once
            Client.create(name="Northwind", created_at=NOW)
        assert time.monotonic() - began >= 0.3
    assert Client.select().where(Client.name == "Northwind").count() == 1


def test_a_nested_write_is_a_savepoint_of_the_outer_one(database):
    with pytest.raises(DomainError):
        with write():
            create_client(ClientData("Harbor Analytics"), now=NOW)  # its own write(), nested
            raise DomainError("changed my mind")
    assert Client.select().count() == 0


def _opens_a_transaction(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in ("atomic", "transaction", "manual_commit"):
            found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} .{node.attr}")
    return found


def test_the_services_write_only_through_the_one_helper():
    """So a write that cannot get the lock is the one clear message everywhere."""
    allowed = {PACKAGE / "db" / "connection.py", PACKAGE / "db" / "migrations.py", PACKAGE / "db" / "server_schema.py"}
    found = [hit for path in sorted(PACKAGE.rglob("*.py")) if path not in allowed for hit in _opens_a_transaction(path)]
    assert found == []
