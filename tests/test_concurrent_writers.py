"""Writers in other processes: two racing on one file lose no timer start, and a writer killed with
SIGKILL at random moments loses no committed row and leaves the file whole.

FREELANCE_DESK_KILLS sets how many kills the kill test makes (20 by default); FREELANCE_DESK_KILL_SEED
replays one run (the seed is in the test's output when it fails).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from freelance_desk.db import daily_time
from freelance_desk.db.connection import close_database, open_database
from freelance_desk.db.migrations import migrate
from freelance_desk.db.models import TimeEntry
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, create_contract

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
ENV = dict(os.environ, PYTHONPATH=str(ROOT))

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]

# Starts timers as fast as it can and prints each new entry's id once its transaction committed.
# "race": N starts at one fixed instant, after "go" on stdin (each stops the one before, at that
# instant, so two racing processes never overlap). "run": starts until killed, a minute apart from
# the last entry in the file, on the contracts in turn, now and then an edit of the running note.
WRITER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime, timedelta
    from freelance_desk.core.errors import DomainError
    from freelance_desk.db.connection import open_database
    from freelance_desk.db.models import TimeEntry
    from freelance_desk.services.time import tracking as tt

    mode, path, contracts = sys.argv[1], sys.argv[2], [int(c) for c in sys.argv[3].split(",")]
    open_database(path)
    print("READY", flush=True)
    if mode == "race":
        sys.stdin.readline()
        now = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
        for n in range(int(sys.argv[4])):
            try:
                print(tt.start_timer(contracts[n % len(contracts)], now, "UTC").id, flush=True)
            except DomainError as e:
                print("REFUSED", e, flush=True)
    else:
        last = TimeEntry.select(TimeEntry.start).order_by(TimeEntry.start.desc()).first()
        now = (last.start if last else datetime(2026, 3, 1, 8, 0, tzinfo=UTC)) + timedelta(minutes=1)
        n = 0
        while True:
            n += 1
            started = tt.start_timer(contracts[n % len(contracts)], now, "UTC", note=f"work {n}")
            print(started.id, flush=True)
            if n % 5 == 0:
                tt.set_note(started.id, f"work {n}, noted", expected=started)
            now += timedelta(minutes=1, seconds=n % 7)
    """
)


@pytest.fixture
def shared_file(tmp_path):
    """A migrated file with three contracts, closed again: the children are the writers."""
    path = tmp_path / "shared.sqlite3"
    migrate(open_database(path))
    client = create_client(ClientData("Harbor Analytics"), now=NOW)
    ids = [create_contract(ContractData(client.id, title, kind="hourly", rate_minor=3500), now=NOW).id
           for title in ("Dashboard", "Reports", "Data import")]
    close_database()
    return path, ",".join(map(str, ids))


def writer(*args) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", WRITER, *map(str, args)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=ENV)
    assert child.stdout.readline().strip() == "READY"
    return child


def test_two_processes_racing_300_timer_starts_each_lose_none(shared_file):
    path, contracts = shared_file
    children = [writer("race", path, contracts, 300) for _ in range(2)]
    for child in children:
        child.stdin.write("go\n")
        child.stdin.flush()
    outputs = []
    for child in children:
        out, _ = child.communicate(timeout=120)
        assert child.returncode == 0
        outputs.append(out.split())
    for lines in outputs:
        assert "REFUSED" not in lines and len(lines) == 300
    started = {int(line) for lines in outputs for line in lines}
    assert len(started) == 600

    open_database(path)
    try:
        assert {row.id for row in TimeEntry.select(TimeEntry.id)} == started
        running = list(TimeEntry.select().where(TimeEntry.end.is_null()))
        assert [r.id for r in running] == [max(started)]  # the last start runs, every other one stopped
        assert summary() == rebuilt_summary()
    finally:
        close_database()


def summary() -> list[tuple]:
    from freelance_desk.db.connection import db

    return sorted(db.execute_sql("SELECT day, contract_id, seconds, billable_seconds, entries, billable_entries "
                                 "FROM daily_time").fetchall())


def rebuilt_summary() -> list[tuple]:
    """The summary as daily_time.rebuild() makes it from the entries (rolled back: the file keeps its own)."""
    from freelance_desk.db.connection import db

    with db.atomic() as transaction:
        daily_time.rebuild(db)
        rebuilt = summary()
        transaction.rollback()
    return rebuilt


def test_a_writer_killed_at_random_moments_loses_no_committed_row(shared_file):
    path, contracts = shared_file
    kills = int(os.environ.get("FREELANCE_DESK_KILLS", "20"))
    seed = int(os.environ.get("FREELANCE_DESK_KILL_SEED", str(time.time_ns() % 1_000_000)))
    rng = random.Random(seed)
    printed: list[int] = []
    for kill in range(kills):
        where = f"seed {seed}, kill {kill + 1} of {kills}"
        child = writer("run", path, contracts)
        time.sleep(rng.uniform(0.01, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate(timeout=10)
        assert child.returncode == -signal.SIGKILL, where
        printed.extend(int(line) for line in out.split())  # (none when killed before its first commit)

        database = open_database(path)
        try:
            assert database.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)], where
            in_file = {row.id for row in TimeEntry.select(TimeEntry.id)}
            assert set(printed) <= in_file, f"{where}: committed rows lost: {sorted(set(printed) - in_file)[:5]}"
            # A start killed after its commit, before its print, is in the file too: at most that one more.
            unprinted = sorted(in_file - set(printed))
            assert len(unprinted) <= 1 and all(i > max(printed, default=0) for i in unprinted), where
            running = [row.id for row in TimeEntry.select(TimeEntry.id).where(TimeEntry.end.is_null())]
            assert running == ([max(in_file)] if in_file else []), where  # the one the child last started
            assert summary() == rebuilt_summary(), where
        finally:
            close_database()
        printed.extend(unprinted)
    assert len(printed) >= 5 * kills  # the kills came while it was writing, not before
