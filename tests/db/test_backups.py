"""Backups: made (private, atomic, cancellable), listed with what they hold, verified, restored, rotated."""

from __future__ import annotations

import gzip
import json
import sqlite3
import stat
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from freelance_desk.core.errors import DomainError
from freelance_desk.db import backups
from freelance_desk.db.connection import close_database, db, open_database
from freelance_desk.db.migrations import latest_version, migrate
from freelance_desk.db.models import Client, Contract, Payment, Setting, TimeEntry
from freelance_desk.db.steps import MIGRATIONS

pytestmark = pytest.mark.file_only  # the file's own behaviour (SQLite), not the server's

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
T = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


def fill(path: Path, entries: int = 3) -> None:
    """A migrated file with a client, a contract, ``entries`` time entries and two payments (IDR home)."""
    open_database(path)
    migrate(db)
    client = Client.create(name="Northwind Studio", created_at=0)
    contract = Contract.create(client=client, title="Site", kind="hourly", currency="USD", created_at=0)
    for n in range(entries):
        start = datetime(2026, 3, 1, 9, tzinfo=UTC) + timedelta(days=n)
        TimeEntry.create(contract=contract, start=start, end=start + timedelta(hours=1), timezone="UTC",
                         utc_offset_minutes=0, billable=True, source="manual")
    for net in (150_000, 250_000):
        Payment.create(contract=contract, received_on=datetime(2026, 3, 5).date(), gross_minor=net, fee_minor=0,
                       net_minor=net, currency="IDR", rate="1", home_currency="IDR", gross_home_minor=net,
                       fee_home_minor=0, net_home_minor=net, created_at=0)
    Setting.insert(key="home_currency", value="IDR").on_conflict_replace().execute()


@pytest.fixture
def data(tmp_path):
    path = tmp_path / "data.sqlite3"
    fill(path)
    yield path
    close_database()


def rows(path: Path) -> dict[str, list]:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        con.close()


def test_a_backup_is_a_private_gzip_of_the_live_file_with_what_it_holds(data, tmp_path):
    folder = tmp_path / "backups"
    info = backups.make_backup(data, folder, now=T)  # the file is open and in WAL mode meanwhile
    assert info.path == folder / "freelance-desk-20260310-093000.sqlite3.gz"
    assert sorted(p.name for p in folder.iterdir()) == [info.path.name, info.path.name + ".json"]
    unpacked = tmp_path / "unpacked.sqlite3"
    unpacked.write_bytes(gzip.decompress(info.path.read_bytes()))
    assert rows(unpacked) == rows(data)
    s = info.summary
    assert (s.clients, s.contracts, s.time_entries, s.net_income_minor, s.home_currency) == (1, 1, 3, 400_000, "IDR")
    assert s.last_entry == datetime(2026, 3, 3, 9, tzinfo=UTC)
    assert s.schema_version == latest_version()
    side = json.loads(info.sidecar.read_text())
    import hashlib

    assert side["sha256"] == hashlib.sha256(info.path.read_bytes()).hexdigest()
    assert side["summary"]["time_entries"] == 3


@posix_only
def test_backups_are_0600_in_a_0700_folder(data, tmp_path):
    folder = tmp_path / "deep" / "backups"
    info = backups.make_backup(data, folder, reason="manual", now=T)
    assert info.path.name == "freelance-desk-20260310-093000-manual.sqlite3.gz"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_cancelling_leaves_nothing_behind(data, tmp_path):
    folder = tmp_path / "backups"
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return len(calls) < 2

    with pytest.raises(backups.Cancelled):
        backups.make_backup(data, folder, progress=progress, now=T)
    assert len(calls) == 2
    assert list(folder.iterdir()) == []


def test_progress_runs_up_to_its_total(data, tmp_path):
    seen = []
    backups.make_backup(data, tmp_path / "b", progress=lambda d, t: seen.append((d, t)) or True, now=T)
    assert seen and all(0 <= d <= t for d, t in seen)
    assert seen[-1][0] == seen[-1][1]


def test_two_backups_in_one_second_are_both_kept(data, tmp_path):
    a = backups.make_backup(data, tmp_path / "b", now=T)
    b = backups.make_backup(data, tmp_path / "b", now=T)
    assert a.path != b.path and a.path.exists() and b.path.exists()
    assert [i.path for i in backups.list_backups(tmp_path / "b")] == [b.path, a.path]


def test_list_is_newest_first_with_reason_size_and_summary(data, tmp_path):
    folder = tmp_path / "b"
    backups.make_backup(data, folder, now=T - timedelta(days=2))
    backups.make_backup(data, folder, reason="before-import", now=T)
    (folder / "notes.txt").write_text("not a backup")
    listed = backups.list_backups(folder)
    assert [(i.created, i.reason) for i in listed] == [(T, "before-import"), (T - timedelta(days=2), "auto")]
    assert listed[0].size == listed[0].path.stat().st_size
    assert listed[0].summary.time_entries == 3


def test_backup_due_after_a_day(data, tmp_path):
    folder = tmp_path / "b"
    assert backups.backup_due(folder, T)
    backups.make_backup(data, folder, now=T)
    assert not backups.backup_due(folder, T + timedelta(hours=23))
    assert backups.backup_due(folder, T + timedelta(days=1, minutes=1))


def corrupt(info: backups.BackupInfo) -> None:
    raw = bytearray(info.path.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    info.path.write_bytes(bytes(raw))


def test_a_damaged_backup_fails_verification_and_is_refused(data, tmp_path):
    folder = tmp_path / "b"
    good = backups.make_backup(data, folder, now=T - timedelta(days=1))
    bad = backups.make_backup(data, folder, now=T)
    assert backups.verify(bad) and backups.verify(good)
    corrupt(bad)
    assert not backups.verify(backups.read_info(bad.path))
    assert backups.newest_good_backup(folder).path == good.path
    close_database()
    before = data.read_bytes()
    with pytest.raises(DomainError, match="damaged"):
        backups.restore(backups.read_info(bad.path), data, folder)
    assert data.read_bytes() == before  # untouched
    assert [i.path for i in backups.list_backups(folder)] == [bad.path, good.path]  # and no backup made of it
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".restoring")]


def test_a_backup_whose_database_is_damaged_inside_fails_verification(data, tmp_path):
    """The .gz is intact (a fresh checksum), the SQLite file inside it is not."""
    info = backups.make_backup(data, tmp_path / "b", now=T)
    inner = bytearray(gzip.decompress(info.path.read_bytes()))
    con = sqlite3.connect(data)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'time_entry'").fetchone()[0]
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    at = (root - 1) * page_size
    inner[at:at + 12] = b"\xff" * 12  # the table's b-tree page header
    info.path.write_bytes(gzip.compress(bytes(inner)))
    side = json.loads(info.sidecar.read_text())
    import hashlib

    side["sha256"] = hashlib.sha256(info.path.read_bytes()).hexdigest()
    info.sidecar.write_text(json.dumps(side))
    assert not backups.verify(backups.read_info(info.path))
    assert backups.newest_good_backup(tmp_path / "b") is None


def test_restore_round_trip_keeps_every_row_and_the_file_before_it(data, tmp_path):
    folder = tmp_path / "b"
    before = rows(data)
    info = backups.make_backup(data, folder, now=T)
    Client.create(name="Added after the backup", created_at=0)
    TimeEntry.delete().execute()
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")
    Client.create(name="Only in the WAL", created_at=0)
    wal = data.with_name(data.name + "-wal")
    assert wal.stat().st_size > 0
    wal_copy = wal.read_bytes()
    close_database()
    wal.write_bytes(wal_copy)  # a stale WAL beside the file, as a crash leaves it
    done = backups.restore(info, data, folder, now=T + timedelta(hours=1))
    assert rows(data) == before
    assert not data.with_name(data.name + "-wal").exists()
    assert done.kept_is_backup and done.kept.name == "freelance-desk-20260310-103000-before-restore.sqlite3.gz"
    kept = backups.read_info(done.kept)
    assert kept.summary.clients == 3 and kept.summary.time_entries == 0  # the WAL's client included
    # the restored file opens and migrates like any other
    open_database(data)
    assert migrate(db) == latest_version()
    assert Client.select().count() == 1


def test_restoring_over_a_file_too_damaged_to_back_up_moves_it_aside(data, tmp_path):
    folder = tmp_path / "b"
    info = backups.make_backup(data, folder, now=T)
    close_database()
    data.write_bytes(b"this is no database")
    done = backups.restore(info, data, folder, now=T)
    assert not done.kept_is_backup
    assert done.kept.read_bytes() == b"this is no database"
    assert rows(data)["client"]


def make_at(folder: Path, when: datetime, reason: str = "auto") -> Path:
    """An empty stand-in backup written at ``when`` (rotation looks only at names)."""
    tail = "" if reason == "auto" else f"-{reason}"
    path = folder / f"freelance-desk-{when:%Y%m%d-%H%M%S}{tail}.sqlite3.gz"
    path.write_bytes(b"")
    path.with_name(path.name + ".json").write_text("{}")
    return path


def test_rotation_keeps_daily_weekly_monthly_and_recent_before_ones(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    now = datetime(2026, 6, 30, 20, 0, tzinfo=UTC)
    made = []
    for days_ago in range(400):  # two backups a day for 400 days
        for hour in (8, 18):
            made.append(make_at(folder, now.replace(hour=hour) - timedelta(days=days_ago)))
    recent_before = make_at(folder, now - timedelta(days=20, hours=3), "before-restore")
    old_before = make_at(folder, now - timedelta(days=45, hours=3), "before-import")
    gone = backups.prune(folder, daily=7, weekly=5, monthly=12, now=now)
    left = {i.path for i in backups.list_backups(folder)}
    assert set(gone) | left == set(made) | {recent_before, old_before}
    assert recent_before in left and old_before not in left
    days = sorted({i.created.date() for i in backups.list_backups(folder) if i.reason == "auto"}, reverse=True)
    # the newest of each of the last 7 days …
    for n in range(7):
        day = (now - timedelta(days=n)).date()
        assert folder / f"freelance-desk-{day:%Y%m%d}-180000.sqlite3.gz" in left
        morning = folder / f"freelance-desk-{day:%Y%m%d}-080000.sqlite3.gz"
        assert (morning in left) == (n == 0)  # this morning's too: every backup of the last 24 hours stays
    # … of 5 ISO weeks, 12 months: one a day for 7 days, then Sundays, then month ends
    assert len(left) - 2 == len(days) <= 7 + 5 + 12
    months = {(d.year, d.month) for d in days}
    assert len(months) == 12
    assert datetime(2025, 7, 31).date() in days  # the newest of July 2025
    assert min(days) >= datetime(2025, 7, 1).date()
    for path in gone:
        assert not path.with_name(path.name + ".json").exists()


def test_two_backups_made_by_hand_on_one_day_both_stay_for_a_month(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    first = make_at(folder, T - timedelta(days=20, hours=2), "manual")
    second = make_at(folder, T - timedelta(days=20, hours=1), "manual")
    automatic = make_at(folder, T - timedelta(days=20, hours=3))
    newest = make_at(folder, T - timedelta(hours=1))
    backups.prune(folder, daily=1, weekly=0, monthly=0, now=T)
    assert first.exists() and second.exists()  # what the freelancer made on purpose
    assert not automatic.exists() and newest.exists()
    old = make_at(folder, T - timedelta(days=31), "manual")
    backups.prune(folder, daily=1, weekly=0, monthly=0, now=T)
    assert not old.exists()


def test_rotation_never_deletes_the_newest_backup(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    only = make_at(folder, T - timedelta(days=900))
    assert backups.prune(folder, daily=1, weekly=0, monthly=0, now=T) == []
    assert only.exists()


def test_migrating_twice_from_one_version_keeps_both_copies_and_backs_up_into_the_folder(tmp_path, monkeypatch):
    path = tmp_path / "data.sqlite3"
    fill(path)
    close_database()
    old = latest_version()
    for n, extra in enumerate(("first", "second")):
        monkeypatch.setitem(MIGRATIONS, old + 1, lambda d, t=extra: d.execute_sql(f"CREATE TABLE {t} (id INTEGER)"))
        open_database(path)
        assert migrate(db) == old + 1
        db.execute_sql(f"PRAGMA user_version = {old}")  # as if an older app had opened it again
        close_database()
    copies = sorted(tmp_path.glob(f"data.sqlite3.v{old}*.bak"))
    assert len(copies) == 2, copies
    first = tmp_path / f"data.sqlite3.v{old}.bak"
    con = sqlite3.connect(first)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    con.close()
    assert "first" not in names  # the earliest copy is still the one from before the first migration
    made = backups.list_backups(backups.default_folder())
    assert [i.reason for i in made] == ["before-migration", "before-migration"]
    assert made[0].summary.schema_version == old


def test_folder_settings_read_from_the_file(data, tmp_path):
    assert backups.folder_settings(data).folder == backups.default_folder()
    Setting.insert(key=backups.FOLDER_KEY, value=str(tmp_path / "mine")).on_conflict_replace().execute()
    Setting.insert(key=backups.KEEP_DAILY_KEY, value="3").on_conflict_replace().execute()
    got = backups.folder_settings(data)
    assert got.folder == tmp_path / "mine" and got.keep.daily == 3 and got.keep.weekly == 5
    info = backups.back_up_and_prune(data, "manual", now=T)
    assert info.path.parent == tmp_path / "mine"
