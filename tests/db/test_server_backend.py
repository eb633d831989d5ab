"""PostgreSQL as the second backend: its schema and version, the day summary its trigger keeps, money
and instants past 32 bits, and two computers on one server (one running timer, a lost race said in
words). Skipped, visibly, without a test server (``scripts/test`` starts a throwaway one)."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta

import pytest

from freelance_desk.core.errors import DatabaseTooNew, DomainError
from freelance_desk.db import server, server_schema
from freelance_desk.db.connection import backend, close_database, db, open_database, write
from freelance_desk.db.migrations import latest_version, migrate, schema_version
from freelance_desk.db.models import Payment, TimeEntry
from freelance_desk.db.target import parse_server
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, create_contract
from freelance_desk.services.money.payments import PaymentData, record_payment
from freelance_desk.services.time import tracking
from freelance_desk.services.time.entry_rows import running_entry
from tests.conftest import SERVER_URL

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
REBUILT = """SELECT entry_day(start, utc_offset_minutes), contract_id, SUM("end" - start),
    SUM(CASE WHEN billable THEN "end" - start ELSE 0 END), COUNT(*), SUM(CASE WHEN billable THEN 1 ELSE 0 END)
    FROM time_entry WHERE "end" IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"""


def contract(title="Site", client="Acme"):
    owner = create_client(ClientData(client), now=NOW)
    return create_contract(ContractData(owner.id, title, kind="hourly", rate_minor=5000), now=NOW).id


@contextmanager
def other_computer():
    """The same server through a second connection, as another computer's app has it."""
    mine = db.obj
    theirs = server.connect(parse_server(SERVER_URL))
    db.initialize(theirs)
    try:
        yield theirs
    finally:
        theirs.close()
        db.initialize(mine)


def columns_of_a_new_file(tmp_path) -> dict[str, list[str]]:
    database = open_database(tmp_path / "new.sqlite3")
    migrate(database)
    tables = [name for (name,) in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    found = {table: [row[1] for row in database.execute_sql(f'PRAGMA table_info("{table}")')] for table in tables}
    rows = {"platform": database.execute_sql("SELECT name, fee_bps, review_days FROM platform ORDER BY id").fetchall(),
            "setting": database.execute_sql("SELECT key, value FROM setting ORDER BY key").fetchall()}
    close_database()
    return found, rows


def test_a_new_server_database_gets_the_schema_a_new_file_gets(tmp_path):
    file_columns, file_rows = columns_of_a_new_file(tmp_path)
    from tests.conftest import empty_server_database

    database = open_database(empty_server_database())
    assert backend() == "postgresql"
    assert schema_version(database) == 0
    assert migrate(database) == latest_version() == server_schema.latest_version()
    server_columns = {}
    for table, column in database.execute_sql(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' "
            "AND table_name <> %s ORDER BY table_name, ordinal_position", (server_schema.VERSION_TABLE,)):
        server_columns.setdefault(table, []).append(column)
    assert server_columns == file_columns
    assert database.execute_sql("SELECT name, fee_bps, review_days FROM platform ORDER BY id").fetchall() \
        == file_rows["platform"]
    assert database.execute_sql("SELECT key, value FROM setting ORDER BY key").fetchall() == file_rows["setting"]
    assert migrate(database) == latest_version()  # a second start changes nothing
    close_database()
    assert backend() == "sqlite"


def test_a_server_database_from_a_newer_app_is_refused_untouched(server_database):
    server_database.execute_sql(f"UPDATE {server_schema.VERSION_TABLE} SET version = 99")
    server_database.execute_sql("INSERT INTO setting (key, value) VALUES ('from_the_future', 'yes')")
    with pytest.raises(DatabaseTooNew) as refused:
        migrate(server_database)
    assert "schema 99" in refused.value.text() and "nothing on the server has been changed" in refused.value.text()
    assert schema_version(server_database) == 99
    assert server_database.execute_sql("SELECT value FROM setting WHERE key = 'from_the_future'").fetchone() == ("yes",)


def test_a_server_database_holding_another_programs_tables_is_refused_untouched():
    from tests.conftest import empty_server_database

    url = empty_server_database()
    other = server.connect(parse_server(url))
    other.execute_sql("CREATE TABLE invoices_of_another_app (id SERIAL PRIMARY KEY, total NUMERIC)")
    try:
        with pytest.raises(DomainError) as refused:
            migrate(open_database(url))
        assert "invoices_of_another_app" in refused.value.text() and "empty database" in refused.value.text()
        assert schema_version(db) == 0
        assert [name for (name,) in other.execute_sql(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")] == [
            "invoices_of_another_app"]
    finally:
        close_database()
        other.close()


def test_the_day_summary_is_kept_by_the_server_as_the_entries_change(server_database):
    site, shop = contract(), contract("Shop", "Bolt")
    zone = "Asia/Jakarta"  # 16:30 local on 10 March is 09:30 UTC; 23:30 local is the next UTC day's 16:30
    tracking.start_timer(site, NOW, zone)
    tracking.stop_timer(NOW + timedelta(hours=2))
    late = tracking.add_entry(tracking.EntryData(site, NOW + timedelta(hours=7), NOW + timedelta(hours=8), zone=zone,
                                                 billable=False), NOW + timedelta(hours=9))
    tracking.add_entry(tracking.EntryData(shop, NOW - timedelta(hours=5), NOW - timedelta(hours=4), zone=zone), NOW)
    summary = "SELECT day, contract_id, seconds, billable_seconds, entries, billable_entries FROM daily_time ORDER BY 1, 2"
    assert server_database.execute_sql(summary).fetchall() == [
        ("2026-03-10", site, 3 * 3600, 2 * 3600, 2, 1),
        ("2026-03-10", shop, 3600, 3600, 1, 1),
    ]
    # Moved to the other contract, then deleted: the summary follows, and a day left empty has no row.
    TimeEntry.update(contract=shop).where(TimeEntry.id == late.id).execute()
    assert server_database.execute_sql(summary).fetchall() == server_database.execute_sql(REBUILT).fetchall()
    TimeEntry.delete().where(TimeEntry.contract == shop).execute()
    assert server_database.execute_sql(summary).fetchall() == [("2026-03-10", site, 2 * 3600, 2 * 3600, 1, 1)]
    assert server_database.execute_sql(summary).fetchall() == server_database.execute_sql(REBUILT).fetchall()


def test_money_and_instants_past_32_bits_are_kept_exactly(server_database):
    site = contract()
    far = datetime(2090, 1, 1, tzinfo=UTC)  # past 2038: seconds since 1970 outgrow 32 bits
    record_payment(PaymentData(site, date(2026, 3, 1), 9_876_543_210_987, 12_345, "USD"), NOW)
    TimeEntry.create(contract=site, start=far, end=far + timedelta(hours=1), timezone="UTC", utc_offset_minutes=0,
                     note="", billable=True, source="manual")
    assert Payment.get().gross_minor == 9_876_543_210_987
    assert Payment.get().net_minor == 9_876_543_210_987 - 12_345
    assert TimeEntry.get().start == far


def test_two_computers_cannot_both_run_a_timer(server_database):
    site, shop = contract(), contract("Shop", "Bolt")
    tracking.start_timer(site, NOW, "UTC", expected_running=None)
    with other_computer():
        # Its window showed no timer: it is told one runs, and nothing is written.
        with pytest.raises(DomainError) as told:
            tracking.start_timer(shop, NOW + timedelta(minutes=1), "UTC", expected_running=None)
        assert "Site" in told.value.text()
        # A start that raced the first one past the app's own check is refused by the database itself.
        with pytest.raises(DomainError) as lost:
            with write():
                TimeEntry.create(contract=shop, start=NOW + timedelta(minutes=2), end=None, timezone="UTC",
                                 utc_offset_minutes=0, note="mine too", billable=True, source="timer")
        assert lost.value.template == server.TIMER_RACE
        assert running_entry().contract_id == site  # it sees the first computer's timer
    running = TimeEntry.select().where(TimeEntry.end.is_null())
    assert [(e.contract_id, e.note) for e in running] == [(site, "")]
    assert TimeEntry.select().count() == 1  # the lost write left nothing behind


def test_an_unreachable_server_is_said_in_words():
    target = parse_server("postgresql://me@127.0.0.1:1/freelance")
    with pytest.raises(server.ServerUnreachable) as refused:
        server.connect(target)
    text = refused.value.text()
    assert text.startswith("Could not connect to the database server postgresql://me@127.0.0.1:1/freelance: ")
    assert "Traceback" not in text


def test_a_file_is_still_sqlite_and_the_handle_goes_back_to_it(tmp_path, file_database):
    assert backend() == "sqlite"
    assert isinstance(db.obj.connection(), sqlite3.Connection)


def heard(listener, within_s=2.0) -> bool:
    """Whether ``listener`` hears of a change within ``within_s`` (a commit reaches it in milliseconds)."""
    import time

    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        if listener.poll():
            return True
        time.sleep(0.02)
    return False


@contextmanager
def another_app():
    """Another computer's app on the same server: its own connection, and its own token in what it announces."""
    saved, server.TOKEN = server.TOKEN, "another computer's app"
    try:
        with other_computer():
            yield
    finally:
        server.TOKEN = saved


def test_a_window_hears_of_what_another_computer_wrote_and_not_of_its_own_writes(server_database):
    site = contract()
    listener = server.ChangeListener(parse_server(SERVER_URL))
    try:
        assert listener.poll() is False  # listening from now on
        tracking.start_timer(site, NOW, "UTC", expected_running=None)  # this computer's own write
        assert heard(listener, 0.3) is False
        with another_app():
            tracking.stop_timer(NOW + timedelta(hours=1), expected=running_entry())
        assert heard(listener) is True
        assert heard(listener, 0.3) is False  # told once
        with another_app():  # a write rolled back is never announced
            with pytest.raises(ZeroDivisionError):
                with write():
                    TimeEntry.update(note="lost").execute()
                    1 / 0
        assert heard(listener, 0.3) is False
        assert TimeEntry.get().note == ""
    finally:
        listener.close()


def test_a_listener_that_lost_the_server_tries_again_and_counts_the_gap_as_a_change(server_database):
    clock = [0.0]
    listener = server.ChangeListener(parse_server(SERVER_URL), clock=lambda: clock[0])
    try:
        assert listener.poll() is False
        pid = listener._connection.info.backend_pid
        db.execute_sql("SELECT pg_terminate_backend(%s)", (pid,))  # the server drops its connection
        assert heard(listener, 0.5) is False  # lost: nothing heard, no error
        clock[0] += server.RETRY_AFTER_S - 1
        assert listener.poll() is False  # not tried again yet
        clock[0] += 2
        assert listener.poll() is True  # back: what was written meanwhile was not heard
        assert listener.poll() is False
    finally:
        listener.close()


def test_check_on_a_server_compares_the_day_summary_with_the_entries(server_database):
    import os
    import subprocess
    import sys

    site = contract()
    tracking.start_timer(site, NOW, "UTC", expected_running=None)
    tracking.stop_timer(NOW + timedelta(hours=2))

    def checked():
        done = subprocess.run([sys.executable, "-m", "freelance_desk", "check", "--data", SERVER_URL],
                              capture_output=True, text=True, timeout=60, env={**os.environ})
        return done.returncode, done.stdout + done.stderr

    assert checked() == (0, "ok\n")
    db.execute_sql("UPDATE daily_time SET seconds = seconds + 60")  # the summary no longer the entries' sum
    code, said = checked()
    assert code == 1 and "the day summary differs from the time entries on 1 day(s)" in said, said
    assert "Traceback" not in said
