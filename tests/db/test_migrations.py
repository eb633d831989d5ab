"""Opening and migrating the database file: versions, backups, refusal, permissions."""

import os
import sqlite3
import stat
import sys
from datetime import UTC, datetime, timedelta

import pytest

from freelance_desk.core.errors import DatabaseTooNew
from freelance_desk.db import daily_time, steps
from freelance_desk.db.connection import close_database, db, open_database
from freelance_desk.db.migrations import latest_version, migrate, schema_version
from freelance_desk.db.models import Client, Contract, Platform, Proposal, ServiceTemplate, Setting, TimeEntry
from freelance_desk.db.steps import MIGRATIONS

pytestmark = pytest.mark.file_only  # the file's own behaviour (SQLite), not the server's

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


@pytest.fixture
def closed():
    """Close the shared handle after a test that opens files itself."""
    yield
    close_database()


def pragma(name):
    return db.execute_sql(f"PRAGMA {name}").fetchone()[0]


def tables(path):
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        con.close()


def user_version(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA user_version").fetchone()[0]
    finally:
        con.close()


def make_current_file(path):
    """A database as this version of the app leaves it, with one client in it."""
    open_database(path)
    migrate(db)
    Client.create(name="Northwind Studio", created_at=0)
    close_database()


def test_fresh_database_reaches_the_latest_version(database):
    assert schema_version(database) == latest_version()
    assert pragma("user_version") == latest_version()
    assert [(p.name, p.fee_bps, p.review_days) for p in Platform.select().order_by(Platform.id)] == [
        ("Upwork", 1000, 14),
        ("Fiverr", 2000, 3),
    ]  # "Direct" is no platform, not a platform row
    assert Setting.get_by_id("home_currency").value == "USD"


def test_file_database_has_foreign_keys_and_wal(database):
    assert pragma("foreign_keys") == 1
    assert pragma("journal_mode") == "wal"


def test_migrating_an_up_to_date_file_changes_nothing_and_makes_no_backup(tmp_path, closed):
    path = tmp_path / "data.sqlite3"
    make_current_file(path)
    open_database(path)
    assert migrate(db) == latest_version()
    assert not list(tmp_path.glob("*.bak"))


def test_an_older_file_is_backed_up_before_migrating(tmp_path, monkeypatch, closed):
    path = tmp_path / "data.sqlite3"
    make_current_file(path)
    old = latest_version()
    new = old + 1

    def add_reminders(database):
        database.execute_sql("CREATE TABLE reminder (id INTEGER PRIMARY KEY, text TEXT)")

    monkeypatch.setitem(MIGRATIONS, new, add_reminders)
    open_database(path)
    assert migrate(db) == new
    assert pragma("user_version") == new
    assert Client.get().name == "Northwind Studio"
    close_database()
    assert "reminder" in tables(path)

    backup = tmp_path / f"data.sqlite3.v{old}.bak"
    assert backup.exists()
    assert user_version(backup) == old
    assert "reminder" not in tables(backup)
    con = sqlite3.connect(backup)
    assert con.execute("SELECT name FROM client").fetchall() == [("Northwind Studio",)]
    con.close()
    if sys.platform != "win32":
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600


def test_backup_works_in_a_folder_with_unusual_characters(tmp_path, monkeypatch, closed):
    folder = tmp_path / "Dana's data #1 ?100%"
    folder.mkdir()
    path = folder / "data.sqlite3"
    make_current_file(path)
    monkeypatch.setitem(MIGRATIONS, latest_version() + 1, lambda database: None)
    open_database(path)
    migrate(db)
    assert user_version(folder / f"data.sqlite3.v{latest_version() - 1}.bak") == latest_version() - 1


def test_a_failing_step_rolls_back_completely(tmp_path, monkeypatch, closed):
    path = tmp_path / "data.sqlite3"
    make_current_file(path)
    old = latest_version()

    def broken(database):
        database.execute_sql("CREATE TABLE reminder (id INTEGER PRIMARY KEY)")
        database.execute_sql("INSERT INTO client (name, company, email, timezone, currency, notes, created_at) "
                             "VALUES ('Half', '', '', 'UTC', 'USD', '', 0)")
        raise RuntimeError("step failed half way")

    monkeypatch.setitem(MIGRATIONS, old + 1, broken)
    open_database(path)
    with pytest.raises(RuntimeError, match="half way"):
        migrate(db)
    assert pragma("user_version") == old
    assert "reminder" not in {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master")}
    assert [c.name for c in Client.select()] == ["Northwind Studio"]
    close_database()
    assert user_version(path) == old
    assert "reminder" not in tables(path)


def test_steps_run_in_order_each_with_its_version(tmp_path, monkeypatch, closed):
    path = tmp_path / "data.sqlite3"
    make_current_file(path)
    old = latest_version()
    seen = []

    def step(database):
        seen.append(schema_version(database))

    monkeypatch.setitem(MIGRATIONS, old + 1, step)
    monkeypatch.setitem(MIGRATIONS, old + 2, step)
    open_database(path)
    assert migrate(db) == old + 2
    assert seen == [old, old + 1]


def test_registering_a_version_twice_is_an_error(monkeypatch):
    monkeypatch.setattr(steps, "MIGRATIONS", dict(MIGRATIONS))
    with pytest.raises(RuntimeError, match="registered twice"):
        steps.migration(1)(lambda database: None)


def test_a_database_from_a_newer_app_is_refused_untouched(tmp_path, closed):
    path = tmp_path / "data.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE future_thing (id INTEGER PRIMARY KEY, x TEXT)")
    con.execute("INSERT INTO future_thing (x) VALUES ('keep me')")
    con.execute(f"PRAGMA user_version = {latest_version() + 3}")
    con.commit()
    con.close()
    before = path.read_bytes()
    os.utime(path, (1_000_000_000, 1_000_000_000))
    mtime = path.stat().st_mtime_ns

    open_database(path)
    with pytest.raises(DatabaseTooNew) as err:
        migrate(db)
    close_database()

    text = err.value.text()
    assert f"schema {latest_version() + 3}" in text
    assert f"this app knows {latest_version()}" in text
    assert "has not been changed" in text
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == mtime
    assert not list(tmp_path.glob("*.bak"))
    assert not (tmp_path / "data.sqlite3-wal").exists()


@posix_only
def test_a_new_database_and_its_folder_are_private(tmp_path, closed):
    folder = tmp_path / "FreelanceDesk"
    path = folder / "data.sqlite3"
    open_database(path)
    migrate(db)
    Client.create(name="Someone", created_at=0)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    wal = folder / "data.sqlite3-wal"
    assert wal.exists()
    assert stat.S_IMODE(wal.stat().st_mode) == 0o600


@posix_only
def test_an_existing_files_permissions_are_left_alone(tmp_path, closed):
    path = tmp_path / "data.sqlite3"
    path.touch(mode=0o640)
    path.chmod(0o640)
    open_database(path)
    migrate(db)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_in_memory_database_migrates(closed):
    open_database(":memory:")
    assert migrate(db) == latest_version()
    assert Platform.select().count() == 2


def test_schema_1_gains_billable_entry_counts_from_its_entries(tmp_path, closed):
    """A file from before schema 2: its day summary had no billable entry counts."""
    path = tmp_path / "data.sqlite3"
    open_database(path)
    migrate(db)
    daily_time.drop_triggers(db)
    db.execute_sql("ALTER TABLE daily_time DROP COLUMN billable_entries")
    client = Client.create(name="Northwind Studio", created_at=0).id
    contract = Contract.create(client=client, title="Site", kind="hourly", currency="USD", created_at=0)
    for hour, billable in ((9, True), (11, False), (13, True)):
        start = datetime(2026, 3, 9, hour, tzinfo=UTC)
        TimeEntry.create(contract=contract, start=start, end=start + timedelta(minutes=30), timezone="UTC",
                         utc_offset_minutes=0, billable=billable, source="manual")
    db.execute_sql("PRAGMA user_version = 1")
    close_database()

    open_database(path)
    assert migrate(db) == latest_version()
    assert db.execute_sql("SELECT day, entries, billable_entries FROM daily_time").fetchall() == [("2026-03-09", 3, 2)]
    db.execute_sql("UPDATE time_entry SET billable = 1 WHERE billable = 0")  # the new triggers keep it
    assert db.execute_sql("SELECT entries, billable_entries FROM daily_time").fetchall() == [(3, 3)]
    assert (tmp_path / "data.sqlite3.v1.bak").exists()


def test_schema_2_direct_platform_becomes_no_platform(tmp_path, closed):
    """A file from before schema 3 had a platform row "Direct" beside "no platform": its work moves to no platform."""
    path = tmp_path / "data.sqlite3"
    open_database(path)
    migrate(db)
    direct = Platform.create(name="Direct", fee_bps=0, review_days=None, connect_price_minor=0).id
    agency = Platform.create(name="Agency", fee_bps=500).id  # a platform of its own: kept
    upwork = Platform.get(Platform.name == "Upwork").id
    sinar = Client.create(name="PT Sinar", platform=direct, created_at=0).id
    north = Client.create(name="Northwind", platform=upwork, created_at=0).id
    contract = Contract.create(client=sinar, platform=direct, title="Profile", kind="fixed", currency="IDR",
                               created_at=0).id
    proposal = Proposal.create(platform=direct, job_title="Café", sent_on=datetime(2026, 3, 2).date(), created_at=0).id
    gig = ServiceTemplate.create(title="Logo", platform=direct).id
    kept = Client.create(name="Via agency", platform=agency, created_at=0).id
    db.execute_sql("PRAGMA user_version = 2")
    close_database()

    open_database(path)
    assert migrate(db) == latest_version()
    assert (tmp_path / "data.sqlite3.v2.bak").exists()
    assert [p.name for p in Platform.select().order_by(Platform.id)] == ["Upwork", "Fiverr", "Agency"]
    assert Client.get_by_id(sinar).platform_id is None
    assert Contract.get_by_id(contract).platform_id is None
    assert Proposal.get_by_id(proposal).platform_id is None
    assert ServiceTemplate.get_by_id(gig).platform_id is None
    assert (Client.get_by_id(north).platform_id, Client.get_by_id(kept).platform_id) == (upwork, agency)


def _schema(con) -> dict[str, list[tuple]]:
    names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {name: [(c[1], c[2], c[3], c[5]) for c in con.execute(f'PRAGMA table_info("{name}")')] for name in names}


def test_a_real_schema_1_file_migrates_to_today(tmp_path, closed):
    """The file an older version wrote (tests/db/fixtures/README.md) reaches today's schema with its data."""
    import shutil
    from pathlib import Path

    path = tmp_path / "data.sqlite3"
    shutil.copy(Path(__file__).parent / "fixtures" / "schema1.sqlite3", path)
    assert user_version(path) == 1
    open_database(path)
    assert migrate(db) == latest_version()
    assert (tmp_path / "data.sqlite3.v1.bak").exists()
    assert db.execute_sql("SELECT day, seconds, billable_seconds, entries, billable_entries FROM daily_time "
                          "ORDER BY day").fetchall() == [
        ("2026-03-09", 7200, 5400, 2, 1),
        ("2026-03-11", 3600, 3600, 1, 1),
        ("2026-03-12", 2700, 2700, 1, 1),
    ]
    assert [c.name for c in Client.select()] == ["Northwind Studio"]
    migrated = _schema(db.connection())
    close_database()

    fresh = tmp_path / "fresh.sqlite3"
    open_database(fresh)
    migrate(db)
    assert migrated == _schema(db.connection())  # the same tables and columns as a file made today


def test_the_triggers_of_a_migrated_file_are_todays_day_summary(database):
    from freelance_desk.db import daily_time

    stored = [r[0] for r in database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()]
    assert sorted(stored) == sorted(daily_time.TRIGGERS)


def test_schema_6_file_gains_the_connects_grants_and_keeps_its_data(tmp_path, closed):
    """Step 7 adds the table of connects held without a purchase to a file of step 6, its rows untouched."""
    path = tmp_path / "data.sqlite3"
    make_current_file(path)
    con = sqlite3.connect(path)
    con.execute('DROP TABLE "connects_grant"')
    con.execute("PRAGMA user_version = 6")
    con.commit()
    con.close()
    assert "connects_grant" not in tables(path)
    open_database(path)
    assert migrate(db) == latest_version() == 7
    assert (tmp_path / "data.sqlite3.v6.bak").exists()
    assert [c.name for c in Client.select()] == ["Northwind Studio"]
    assert [c[1] for c in db.execute_sql('PRAGMA table_info("connects_grant")').fetchall()] == [
        "id", "platform_id", "kind", "starts_on", "connects", "note", "created_at"]
    assert 7 in MIGRATIONS and steps.SCHEMA_7
