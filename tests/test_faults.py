"""Faults the user meets at startup, said in words: a damaged or read-only file, a data folder that
is not theirs, a log that cannot be written. Never a traceback, never a hang under --screenshot."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_app import run_app

pytestmark = pytest.mark.slow


@contextlib.contextmanager
def unwritable(path: Path):
    """``path`` made so that the app cannot write it: immutable for root (who ignores modes), else a mode."""
    if os.geteuid() == 0:
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(path)]).returncode:
            pytest.skip("running as root and the file system cannot make a file immutable")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = stat.S_IMODE(path.stat().st_mode)
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)


def make_database(path: Path) -> Path:
    script = (
        "import sys\n"
        "from freelance_desk.db.connection import open_database, close_database\n"
        "from freelance_desk.db.migrations import migrate\n"
        "from freelance_desk.services.clients.clients import ClientData, create_client\n"
        "migrate(open_database(sys.argv[1]))\n"
        "for i in range(300): create_client(ClientData(name=f'Client {i}', notes='n' * 200))\n"
        "close_database()\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True)
    return path


@pytest.fixture(scope="module")
def books(tmp_path_factory) -> bytes:
    return make_database(tmp_path_factory.mktemp("books") / "books.sqlite3").read_bytes()


def scribbled(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + random.Random(3).randbytes(4096) + data[middle + 4096:]


DAMAGE = {
    "truncated": (lambda d: d[: len(d) // 3], "cut short"),
    "not-sqlite": (lambda d: b"%PDF-1.4 not a database\n" * 400, "not an SQLite file"),
    "garbage-after-header": (lambda d: d[:100] + random.Random(4).randbytes(len(d) - 100), "damaged"),
    "random-bytes-in-the-middle": (scribbled, "damaged"),
}


@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_file_is_refused_in_words_and_left_as_it_was(kind, books, tmp_path, isolated_home):
    damage, said = DAMAGE[kind]
    (tmp_path / "work").mkdir()
    path = tmp_path / "work" / "books.sqlite3"
    path.write_bytes(damage(books))
    before = path.read_bytes()
    out = tmp_path / "shot.png"
    result = run_app("--data", str(path), "--screenshot", str(out), home=isolated_home, timeout=30)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "cannot open this database" in result.stderr and said in result.stderr
    assert "Nothing in the file was changed" in result.stderr and str(path) in result.stderr
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["books.sqlite3"]  # no -wal, -shm, backup
    assert not out.exists()


def test_a_data_folder_that_cannot_be_made_says_so(tmp_path):
    parent = tmp_path / "locked"
    parent.mkdir()
    with unwritable(parent):
        result = run_app("--screenshot", str(tmp_path / "x.png"), home=parent / "data", timeout=30)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "PermissionError" not in result.stderr
    assert f"cannot create its data folder {parent / 'data'}" in result.stderr


def test_a_data_folder_that_cannot_be_made_private_or_hold_a_log_is_said_and_the_app_starts(tmp_path):
    home = tmp_path / "someone-elses"
    home.mkdir(mode=0o755)
    out = tmp_path / "shot.png"
    with unwritable(home):  # not the user's to chmod, nothing can be made in it
        result = run_app("--demo", "--screenshot", str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "PermissionError" not in result.stderr
    assert "cannot make its data folder" in result.stderr
    assert "cannot write its log" in result.stderr
    assert out.exists()


def test_a_log_on_a_full_disk_is_said_and_the_app_starts(tmp_path, isolated_home):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full to stand for a full disk")
    logs = isolated_home / "logs"
    logs.mkdir(mode=0o700)
    (logs / "freelance-desk.log").symlink_to("/dev/full")  # every write: ENOSPC
    mode = stat.S_IMODE(os.stat("/dev/full").st_mode)
    out = tmp_path / "shot.png"
    result = run_app("--demo", "--screenshot", str(out), home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert "cannot write its log" in result.stderr and "No space left on device" in result.stderr
    assert "Logging error" not in result.stderr and "Traceback" not in result.stderr
    assert stat.S_IMODE(os.stat("/dev/full").st_mode) == mode  # the device itself left alone


def test_the_log_is_private_and_names_no_home(tmp_path):
    home = tmp_path / "user-jane"
    data = home / ".local" / "share" / "freelance-desk"
    env_home = {"HOME": str(home)}
    make_database(home / "Documents" / "books.sqlite3")
    out = tmp_path / "shot.png"
    env = dict(os.environ, **env_home)
    result = subprocess.run(
        [sys.executable, "-m", "freelance_desk", "--data", str(home / "Documents" / "books.sqlite3"),
         "--screenshot", str(out)],
        capture_output=True, text=True, timeout=60,
        env=dict(env, QT_QPA_PLATFORM="offscreen", FREELANCE_DESK_HOME=str(data),
                 PYTHONPATH=str(Path(__file__).resolve().parent.parent)),
    )
    assert result.returncode == 0, result.stderr
    log = data / "logs" / "freelance-desk.log"
    text = log.read_text()
    assert "opened ~/Documents/books.sqlite3" in text
    assert str(home) not in text and "user-jane" not in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


@pytest.fixture
def small_disk(tmp_path):
    """A real 8 MB file system (a loop image: needs root and mount)."""
    if os.geteuid() != 0 or not shutil.which("mkfs.ext4"):
        pytest.skip("a small real file system needs root (a loop-mounted image)")
    image, mount = tmp_path / "disk.img", tmp_path / "disk"
    mount.mkdir()
    subprocess.run(["truncate", "-s", "8M", str(image)], check=True)
    subprocess.run(["mkfs.ext4", "-q", "-F", str(image)], check=True)
    if subprocess.run(["mount", "-o", "loop", str(image), str(mount)]).returncode:
        pytest.skip("loop devices cannot be mounted here")
    try:
        yield mount
    finally:
        import gc

        from freelance_desk.db.connection import close_database

        close_database()
        gc.collect()  # a connection whose opening failed is closed when collected
        if subprocess.run(["umount", str(mount)]).returncode:
            subprocess.run(["umount", "-l", str(mount)], check=True)


def test_a_real_full_disk_is_said_and_nothing_of_the_action_is_saved(small_disk):
    from freelance_desk.core.errors import DiskFull
    from freelance_desk.db import storage
    from freelance_desk.db.connection import open_database
    from freelance_desk.db.migrations import migrate
    from freelance_desk.db.models import Client
    from freelance_desk.services.clients.clients import ClientData, create_client

    migrate(open_database(small_disk / "books.sqlite3"))
    saved = 0
    with pytest.raises(DiskFull) as caught:
        for i in range(10_000):
            create_client(ClientData(name=f"Client {i}", notes=(f"{i} " * 2000)[:9000]))
            saved += 1
    assert caught.value.text() == "The disk is full: nothing from this action was saved."
    assert saved > 10 and Client.select().count() == saved  # the last one not half there
    assert storage.read_only_reason() is storage.ReadOnly.DISK_FULL


def fill(folder: Path) -> None:
    """Write a file in ``folder`` until the file system has no byte left."""
    with open(folder / "filler", "wb", buffering=0) as f:
        for size in (1 << 20, 1 << 12, 1):
            try:
                while True:
                    f.write(b"\0" * size)
            except OSError:
                pass


def test_started_on_a_real_full_disk_the_books_open_read_only_and_say_why(small_disk, tmp_path):
    from freelance_desk.app import open_user_database
    from freelance_desk.core.errors import DiskFull
    from freelance_desk.db import storage
    from freelance_desk.db.connection import close_database
    from freelance_desk.db.models import Client
    from freelance_desk.services.clients.clients import ClientData, create_client

    home = small_disk / "home"
    path = home / "freelance-desk.sqlite3"
    open_user_database(path)
    create_client(ClientData(name="Acme Corp"))
    close_database()
    fill(small_disk)
    before = path.read_bytes()
    result = run_app("--screenshot", str(tmp_path / "shot.png"), home=home)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Logging error" not in result.stderr
    open_user_database(path)
    assert storage.read_only_reason() is storage.ReadOnly.DISK_FULL
    assert [c.name for c in Client.select()] == ["Acme Corp"]
    with pytest.raises(DiskFull, match="The disk is full: nothing from this action was saved."):
        create_client(ClientData(name="Globex"))
    close_database()
    assert path.read_bytes() == before
