"""Backups of a server database: pg_dump's archive where pg_dump is installed (put back with pg_restore, every
table as it was), the app's JSON export where it is not or cannot dump this server, the older ones rotated
as a file's are, Cancel leaving nothing. Skipped, visibly, without a test server."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta

import pytest

from freelance_desk.db import backups
from freelance_desk.db.connection import close_database, db, open_database
from freelance_desk.db.target import parse_server
from freelance_desk.services.io import server_backups
from freelance_desk.services.io.copy_db import copy_database
from tests.conftest import SERVER_URL, empty_server_database
from tests.services.io.test_copy_db import NOW, exported, filled  # noqa: F401 - the fixture

RESTORED_DB = "freelance_desk_restored"


@pytest.fixture
def on_server(filled):  # noqa: F811 - the fixture imported above
    url = empty_server_database()
    copy_database(filled, url, NOW)
    open_database(url)
    yield url
    close_database()


def a_second_database() -> str:
    """An empty database of its own on the test server (made anew), for a backup to be put back into."""
    target = parse_server(SERVER_URL)
    admin = open_database(SERVER_URL)
    admin.execute_sql(f"DROP DATABASE IF EXISTS {RESTORED_DB} WITH (FORCE)")
    admin.execute_sql(f"CREATE DATABASE {RESTORED_DB}")
    close_database()
    return target.url().rsplit("/", 1)[0] + f"/{RESTORED_DB}"


@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="PostgreSQL's pg_dump is not installed")
def test_a_server_backup_is_pg_dumps_archive_and_pg_restore_puts_every_row_back(on_server, tmp_path, monkeypatch):
    monkeypatch.delenv("FREELANCE_DESK_PG_DUMP", raising=False)
    written = server_backups.back_up_and_prune(backups.MANUAL, NOW, folder=tmp_path / "kept")
    assert written.name == "freelance-desk-server-20260310-120000-manual.dump"
    assert written.stat().st_mode & 0o077 == 0  # the user's alone
    assert [p.name for p in (tmp_path / "kept").iterdir()] == [written.name]  # no part file left
    original = exported(on_server, tmp_path / "a.json")
    into = a_second_database()
    done = subprocess.run(["pg_restore", "--no-owner", f"--dbname={into}", str(written)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert exported(into, tmp_path / "b.json") == original


def test_a_pg_dump_that_fails_leaves_a_json_export_instead(on_server, tmp_path, monkeypatch):
    failing = tmp_path / "pg_dump"
    failing.write_text("#!/bin/sh\necho 'pg_dump: error: aborting because of server version mismatch' >&2\nexit 1\n")
    failing.chmod(0o755)
    monkeypatch.setenv("FREELANCE_DESK_PG_DUMP", str(failing))
    written = server_backups.back_up(tmp_path / "kept", backups.AUTO, NOW)
    assert written.suffix == ".json" and written.read_text(encoding="utf-8").startswith("{")
    assert [p.name for p in (tmp_path / "kept").iterdir()] == [written.name]


def test_cancel_leaves_nothing_in_the_folder(on_server, tmp_path, monkeypatch):
    slow = tmp_path / "pg_dump"
    slow.write_text("#!/bin/sh\nsleep 30\n")
    slow.chmod(0o755)
    monkeypatch.setenv("FREELANCE_DESK_PG_DUMP", str(slow))
    with pytest.raises(backups.Cancelled):
        server_backups.back_up(tmp_path / "kept", backups.MANUAL, NOW, progress=lambda done, total: False)
    monkeypatch.setenv("FREELANCE_DESK_PG_DUMP", "")
    with pytest.raises(backups.Cancelled):
        server_backups.back_up(tmp_path / "kept", backups.MANUAL, NOW, progress=lambda done, total: False)
    assert list((tmp_path / "kept").iterdir()) == []


def test_server_backups_are_due_daily_and_rotated_by_the_database_settings(on_server, tmp_path, monkeypatch):
    monkeypatch.setenv("FREELANCE_DESK_PG_DUMP", "")  # quicker, and the same rotation
    folder = tmp_path / "kept"
    db.execute_sql("INSERT INTO setting (key, value) VALUES (%s, %s), (%s, %s), (%s, %s), (%s, %s)",
                   (backups.FOLDER_KEY, str(folder), backups.KEEP_DAILY_KEY, "2", backups.KEEP_WEEKLY_KEY, "0",
                    backups.KEEP_MONTHLY_KEY, "0"))
    assert server_backups.folder_settings().folder == folder
    assert server_backups.backup_due(folder, NOW) is True
    (folder).mkdir()
    (folder / "freelance-desk-20260301-120000.sqlite3.gz").write_bytes(b"a file's backup: not rotated here")
    days = [NOW - timedelta(days=n) for n in (5, 4, 3)]
    for day in days:
        server_backups.back_up_and_prune(backups.AUTO, day)
    assert server_backups.backup_due(folder, days[-1] + timedelta(hours=23)) is False
    assert server_backups.backup_due(folder, days[-1] + timedelta(hours=25)) is True
    kept = [info.created for info in server_backups.list_backups(folder)]
    assert kept == [days[2], days[1]]  # two days kept; the oldest rotated away
    assert (folder / "freelance-desk-20260301-120000.sqlite3.gz").exists()
