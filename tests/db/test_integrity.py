"""A damaged file is found before it is opened, in words, and never changed by the looking."""

from __future__ import annotations

import os
import random
import sqlite3

import pytest

from freelance_desk.db import integrity
from freelance_desk.db.integrity import check_file

pytestmark = pytest.mark.file_only  # the file's own behaviour (SQLite), not the server's


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "good.sqlite3"
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = wal")
    con.execute("CREATE TABLE client (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("CREATE INDEX client_name ON client (name)")
    con.executemany("INSERT INTO client (name) VALUES (?)", [(f"Client {i:05d}",) for i in range(4000)])
    con.commit()
    con.close()
    return path


def damaged_copy(good, name, change):
    data = good.read_bytes()
    path = good.with_name(name)
    path.write_bytes(change(data))
    return path


def unchanged_check(path, full=False):
    """check_file's answer, asserting the file and its folder are as they were, byte for byte."""
    before, files = path.read_bytes(), sorted(os.listdir(path.parent))
    result = check_file(path, full=full)
    assert path.read_bytes() == before
    assert sorted(os.listdir(path.parent)) == files  # no -wal or -shm left beside it
    return result


def test_a_good_file_a_missing_one_and_an_empty_one_pass(good, tmp_path):
    assert unchanged_check(good) == integrity.GOOD
    assert unchanged_check(good, full=True).ok
    assert check_file(tmp_path / "missing.sqlite3").ok
    (tmp_path / "empty.sqlite3").touch()
    assert unchanged_check(tmp_path / "empty.sqlite3").ok


@pytest.mark.parametrize("cut", [50, 100, 4096 + 10, "half"])
def test_a_truncated_file_is_cut_short(good, cut):
    path = damaged_copy(good, "cut.sqlite3", lambda d: d[: len(d) // 2 if cut == "half" else cut])
    result = unchanged_check(path)
    assert not result.ok and result.problem == integrity.TRUNCATED


def test_a_file_that_is_not_sqlite_says_so(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("Client list: Acme Corp, Globex\n" * 50)
    result = unchanged_check(path)
    assert not result.ok and result.problem == integrity.NOT_SQLITE


def test_garbage_after_the_header_is_damage(good):
    rng = random.Random(1)
    path = damaged_copy(good, "garbage.sqlite3", lambda d: d[:100] + rng.randbytes(len(d) - 100))
    result = unchanged_check(path)
    assert not result.ok and result.problem == integrity.DAMAGED


def test_random_bytes_in_the_middle_are_found_by_the_quick_check(good):
    rng = random.Random(2)

    def scribble(data):
        middle = len(data) // 2
        return data[:middle] + rng.randbytes(4096) + data[middle + 4096:]

    path = damaged_copy(good, "scribbled.sqlite3", scribble)
    con = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)  # what SQLite itself says of it
    try:
        said = con.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as e:
        said = str(e)
    con.close()
    assert said != "ok"
    result = unchanged_check(path)
    assert not result.ok and result.problem == integrity.DAMAGED
    assert "page" in result.detail


def test_an_index_out_of_step_with_its_table_is_found_by_the_full_check_only(good):
    con = sqlite3.connect(good)
    con.execute("PRAGMA writable_schema = ON")
    # The index now claims a column it never indexed: its entries no longer match the table.
    con.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX client_name ON client (id)' WHERE name = 'client_name'")
    con.commit()
    con.close()
    assert unchanged_check(good).ok  # quick_check does not compare indexes with tables
    result = unchanged_check(good, full=True)
    assert not result.ok and result.problem == integrity.DAMAGED


def test_at_open_a_small_file_gets_the_quick_check_and_a_big_one_the_header_only(good, monkeypatch):
    """What opening costs stays a few milliseconds at any size; a big file's scribbled middle is left
    to the full check that runs in the background once the window is up (ui/storage_notice)."""
    rng = random.Random(5)
    path = damaged_copy(good, "scribbled.sqlite3",
                        lambda data: data[:len(data) // 2] + rng.randbytes(4096) + data[len(data) // 2 + 4096:])
    assert not integrity.check_at_open(path).ok  # small: SQLite's quick check finds it before it opens
    monkeypatch.setattr(integrity, "QUICK_CHECK_AT_OPEN_MAX_BYTES", path.stat().st_size - 1)
    assert integrity.check_at_open(path).ok  # big: only the header is read at open …
    assert not check_file(path, full=True, live=True).ok  # … and the background check finds it
    cut = damaged_copy(good, "cut.sqlite3", lambda data: data[: len(data) // 3])
    assert integrity.check_at_open(cut).problem == integrity.TRUNCATED  # the header tells a cut file at any size
    assert integrity.check_at_open(good.with_name("new.sqlite3")).ok  # no file yet: a new one


def test_the_schema_version_is_read_from_the_header_without_sqlite(tmp_path):
    from freelance_desk.db import SCHEMA_VERSION
    from freelance_desk.db.migrations import latest_version

    assert SCHEMA_VERSION == latest_version()  # the launcher's constant follows the migrations
    path = tmp_path / "versioned.sqlite3"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE t (x)")
        con.execute("PRAGMA user_version = 7")
    con.close()
    assert integrity.header_schema_version(path) == 7
    (tmp_path / "text.sqlite3").write_text("not a database at all, but long enough " * 10)
    assert integrity.header_schema_version(tmp_path / "text.sqlite3") is None
    assert integrity.header_schema_version(tmp_path / "missing.sqlite3") is None
