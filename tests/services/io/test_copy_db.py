"""``freelance-desk copy``: a whole database from a file onto a server and back, every table compared; a target
with data, a missing source, a newer source refused with nothing written. The server's half is skipped, visibly,
without a test server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from freelance_desk.core.errors import DomainError
from freelance_desk.db.connection import close_database, db, open_database
from freelance_desk.db.migrations import migrate
from freelance_desk.services.io.copy_db import copy_database
from freelance_desk.services.io.export_json import export_json
from tests.conftest import empty_server_database
from tests.services.io.test_export_json import STAMP, fill_everything

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def filled(tmp_path) -> Path:
    """A file holding a row of every table (hostile text, a running timer, another currency)."""
    path = tmp_path / "mine.sqlite3"
    migrate(open_database(path))
    fill_everything()
    close_database()
    return path


def exported(target, out: Path) -> str:
    """The database's JSON export (its moment fixed) as text: equal exports, equal data."""
    open_database(target, read_only=True)
    try:
        export_json(out, STAMP)
    finally:
        close_database()
    return out.read_text(encoding="utf-8")


def test_a_file_copied_to_a_new_file_holds_the_same_rows(filled, tmp_path):
    copied = copy_database(filled, tmp_path / "copy.sqlite3", NOW)
    assert copied.rows["time_entry"] > 10 and copied.rows["setting"] > 5 and copied.rows["daily_time"] > 0
    assert exported(tmp_path / "copy.sqlite3", tmp_path / "b.json") == exported(filled, tmp_path / "a.json")


def test_a_file_goes_onto_a_server_and_back_without_losing_a_row(filled, tmp_path):
    url = empty_server_database()
    copy_database(filled, url, NOW)
    open_database(url)
    assert db.execute_sql("SELECT COUNT(*) FROM time_entry").fetchone()[0] > 10
    close_database()
    copy_database(url, tmp_path / "back.sqlite3", NOW)
    assert exported(tmp_path / "back.sqlite3", tmp_path / "b.json") == exported(filled, tmp_path / "a.json")


def test_a_server_database_with_data_is_not_copied_into(filled, tmp_path):
    url = empty_server_database()
    copy_database(filled, url, NOW)
    with pytest.raises(DomainError, match="already holds data"):
        copy_database(filled, url, NOW)


def test_an_existing_file_a_missing_source_and_a_newer_one_are_refused_and_nothing_is_made(filled, tmp_path):
    with pytest.raises(DomainError, match="already exists"):
        copy_database(filled, filled, NOW)
    with pytest.raises(DomainError, match="There is no database"):
        copy_database(tmp_path / "none.sqlite3", tmp_path / "new.sqlite3", NOW)
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(filled.read_bytes())
    import sqlite3

    with sqlite3.connect(newer) as connection:
        connection.execute("PRAGMA user_version = 999")
    with pytest.raises(DomainError, match="schema version 999"):
        copy_database(newer, tmp_path / "new.sqlite3", NOW)
    assert not (tmp_path / "new.sqlite3").exists()


def test_the_command_copies_and_says_what_it_compared(filled, tmp_path):
    target = tmp_path / "copy.sqlite3"
    done = subprocess.run([sys.executable, "-m", "freelance_desk", "copy", "--from", str(filled), "--to", str(target),
                           "--json"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    said = json.loads(done.stdout)
    assert said["to"] == str(target) and said["rows"]["time_entry"] > 10 and said["compared"] is True
    refused = subprocess.run([sys.executable, "-m", "freelance_desk", "copy", "--from", str(filled), "--to",
                              str(target)], capture_output=True, text=True, timeout=120)
    assert refused.returncode == 1 and "already exists" in refused.stderr and "Traceback" not in refused.stderr


def test_the_reading_commands_read_a_server_as_they_read_the_file(filled, tmp_path):
    url = empty_server_database()
    copy_database(filled, url, NOW)

    def cli(*argv):
        done = subprocess.run([sys.executable, "-m", "freelance_desk", *argv], capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout

    for argv in (["report", "--by", "month", "--json"], ["report", "--by", "client"], ["invoice", "--list"]):
        assert cli(*argv, "--data", url) == cli(*argv, "--data", str(filled))
    cli("export", "--format", "json", "--out", str(tmp_path / "server.json"), "--data", url)
    cli("export", "--format", "json", "--out", str(tmp_path / "file.json"), "--data", str(filled))
    server, file = ((tmp_path / name).read_text(encoding="utf-8").splitlines() for name in ("server.json", "file.json"))
    assert [i for i, (a, b) in enumerate(zip(server, file, strict=True)) if a != b] in ([], [3])  # "exported_at"


def test_without_pg_dump_a_server_is_backed_up_as_its_export_and_an_import_into_it_backs_it_up_first(filled, tmp_path):
    url = empty_server_database()
    copy_database(filled, url, NOW)
    home = tmp_path / "home"
    environment = {**os.environ, "FREELANCE_DESK_HOME": str(home), "FREELANCE_DESK_PG_DUMP": ""}  # none installed

    def cli(*argv, code=0):
        done = subprocess.run([sys.executable, "-m", "freelance_desk", *argv, "--data", url], capture_output=True,
                              text=True, timeout=120, env=environment)
        assert done.returncode == code, done.stderr
        return done.stdout

    backup = Path(cli("backup", "--to", str(tmp_path / "kept")).strip())
    assert backup.parent == tmp_path / "kept" and backup.name.startswith("freelance-desk-server-")
    assert backup.suffix == ".json"
    assert backup.stat().st_mode & 0o077 == 0  # the user's alone
    restored = tmp_path / "restored.sqlite3"
    done = subprocess.run([sys.executable, "-m", "freelance_desk", "import", str(backup), "--data", str(restored)],
                          capture_output=True, text=True, timeout=120, env=environment)
    assert done.returncode == 0, done.stderr
    assert exported(restored, tmp_path / "b.json") == exported(filled, tmp_path / "a.json")

    hours = tmp_path / "hours.csv"
    hours.write_text("date,start,end,contract,client,note\n2026-03-02,09:00,10:30,Server work,Acme,first\n",
                     encoding="utf-8")
    said = cli("import", str(hours), "--zone", "Asia/Jakarta")
    assert "imported 1 time entry" in said
    before = sorted(home.rglob("freelance-desk-server-*-before-import.json"))
    assert len(before) == 1
    assert "Server work" not in before[0].read_text(encoding="utf-8")  # made before the import wrote anything
    again = cli("import", str(hours), "--zone", "Asia/Jakarta")
    assert "imported 0 time entries" in again and "1 imported before" in again, again
