"""One app per database file: a second start on the same file brings the first window to the front and
exits; a lock left by a killed app never keeps the file shut."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from freelance_desk.instance import lock_path, server_name

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]
ROOT = Path(__file__).resolve().parent.parent
ALREADY_OPEN = "Freelance Desk is already open on {0}; its window was brought to the front."


def env_for(home: Path) -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", FREELANCE_DESK_HOME=str(home), PYTHONPATH=str(ROOT),
                FREELANCE_DESK_REPORT_RAISED="1")


class App:
    """The app running on ``path`` until stopped, its output read line by line."""

    def __init__(self, path: Path, home: Path):
        self.process = subprocess.Popen([sys.executable, "-m", "freelance_desk", "--data", str(path)],
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                        env=env_for(home))

    def wait_for(self, start: str) -> str:
        """The first line of its output starting with ``start`` (it runs on until then)."""
        for line in self.process.stdout:
            if line.startswith(start):
                return line.strip()
        raise AssertionError(f"the app ended ({self.process.wait()}) before printing {start!r}")

    def stop(self, sig=signal.SIGTERM) -> None:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        self.process.wait(timeout=20)
        self.process.stdout.close()


@pytest.fixture
def apps():
    started: list[App] = []
    yield started
    for app in started:
        app.stop(signal.SIGKILL)


def run_second(path, home, timeout=30):
    return subprocess.run([sys.executable, "-m", "freelance_desk", "--data", str(path)], capture_output=True,
                          text=True, timeout=timeout, env=env_for(home))


def test_a_second_start_on_the_same_file_raises_the_first_window_and_exits(tmp_path, isolated_home, apps):
    data = tmp_path / "business"
    data.mkdir()
    path = data / "desk.sqlite3"
    first = App(path, isolated_home)
    apps.append(first)
    assert first.wait_for("listening") == f"listening {path}"
    assert stat.S_IMODE(lock_path(path).stat().st_mode) == 0o600

    # The same file by another name: a relative path through a symlinked folder.
    (tmp_path / "link").symlink_to(data)
    second = subprocess.run([sys.executable, "-m", "freelance_desk", "--data", "link/../link/desk.sqlite3"],
                            capture_output=True, text=True, timeout=30, env=env_for(isolated_home), cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert ALREADY_OPEN.format(path) in second.stdout
    assert first.wait_for("raised") == "raised"  # the first window was shown, raised and activated
    assert first.process.poll() is None  # and runs on


def test_another_file_opens_in_an_app_of_its_own(tmp_path, isolated_home, apps):
    one, other = App(tmp_path / "one.sqlite3", isolated_home), App(tmp_path / "other.sqlite3", isolated_home)
    apps.extend((one, other))
    assert one.wait_for("listening").endswith("one.sqlite3")
    assert other.wait_for("listening").endswith("other.sqlite3")
    assert server_name(tmp_path / "one.sqlite3") != server_name(tmp_path / "other.sqlite3")


def test_a_killed_app_leaves_no_lock_that_blocks_the_next_start(tmp_path, isolated_home, apps):
    path = tmp_path / "desk.sqlite3"
    first = App(path, isolated_home)
    apps.append(first)
    first.wait_for("listening")
    first.stop(signal.SIGKILL)
    assert lock_path(path).exists()  # left behind, with its socket

    again = App(path, isolated_home)
    apps.append(again)
    assert again.wait_for("listening") == f"listening {path}"  # it took the file over
    second = run_second(path, isolated_home)  # and answers for it
    assert second.returncode == 0 and ALREADY_OPEN.format(path) in second.stdout


HOLDER = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1])
    lock.setStaleLockTime(0)
    assert lock.tryLock(0)
    print("locked", flush=True)
    time.sleep(60)
    """
)


def test_a_lock_whose_process_id_another_program_reuses_is_taken_over(tmp_path, isolated_home, apps):
    """A lock file naming a live process of the same name (its id reused since) but held by nobody."""
    path = tmp_path / "desk.sqlite3"
    elsewhere = tmp_path / "elsewhere.lock"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(elsewhere)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        lock_path(path).write_bytes(elsewhere.read_bytes())  # its pid, alive; no flock on this file
        app = App(path, isolated_home)
        apps.append(app)
        assert app.wait_for("listening") == f"listening {path}"
        log = (isolated_home / "logs" / "freelance-desk.log").read_text(encoding="utf-8")
        assert f"took over a stale lock on {path}" in log
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()


def test_restore_on_the_command_line_refuses_a_file_a_window_holds_and_not_one_a_killed_app_left(
        tmp_path, isolated_home, apps):
    from freelance_desk.db import backups

    path = tmp_path / "desk.sqlite3"
    first = App(path, isolated_home)
    apps.append(first)
    first.wait_for("listening")
    made = backups.make_backup(path, tmp_path / "backups", reason="manual")
    before = path.read_bytes()

    def restore():
        return subprocess.run([sys.executable, "-m", "freelance_desk", "restore", str(made.path), "--data", str(path)],
                              capture_output=True, text=True, timeout=60, env=env_for(isolated_home))

    refused = restore()
    assert refused.returncode == 1
    assert f"{path} is open in Freelance Desk: close the window first" in refused.stderr
    assert path.read_bytes() == before  # untouched under the window
    first.stop(signal.SIGKILL)  # its lock file stays behind, but nobody holds it
    done = restore()
    assert done.returncode == 0, done.stderr
    assert "Restored" in done.stdout
