"""A running timer is a committed row: killing the app with SIGKILL does not lose it."""

import os
import signal
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from freelance_desk.db.connection import close_database, open_database
from freelance_desk.services.time import entry_rows

ROOT = Path(__file__).resolve().parent.parent

CHILD = textwrap.dedent(
    """
    import sys, time
    from datetime import UTC, datetime
    from freelance_desk.db.connection import open_database
    from freelance_desk.db.migrations import migrate
    from freelance_desk.services.time import tracking as tt
    from freelance_desk.services.clients.clients import ClientData, create_client
    from freelance_desk.services.contracts.contracts import ContractData, create_contract

    database = open_database(sys.argv[1])
    migrate(database)
    now = datetime(2026, 3, 10, 9, 15, 42, tzinfo=UTC)
    client = create_client(ClientData("Harbor Analytics"), now=now)
    contract = create_contract(ContractData(client.id, "Dashboard", kind="hourly", rate_minor=3500), now=now)
    entry = tt.start_timer(contract.id, now, "Asia/Jakarta", note="deploy")
    print("OK", entry.id, flush=True)
    time.sleep(60)  # still "working" when it is killed
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.slow
def test_running_timer_survives_kill_9(tmp_path):
    path = tmp_path / "killed.sqlite3"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        line = child.stdout.readline().split()
        assert line[:1] == ["OK"], line
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
        child.stdout.close()

    open_database(path)
    try:
        running = entry_rows.running_entry()
        assert running is not None and running.id == int(line[1])
        assert running.start == datetime(2026, 3, 10, 9, 15, 42, tzinfo=UTC)
        assert running.note == "deploy" and running.timezone == "Asia/Jakarta"
    finally:
        close_database()
