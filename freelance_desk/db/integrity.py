"""Is a file a whole SQLite database? Checked before the app opens it, reading only.

``check_file`` looks at the header (is it SQLite at all, is the file as long as the header says),
then asks SQLite itself, through a read-only connection: ``PRAGMA quick_check`` by default, the
full ``PRAGMA integrity_check`` (indexes against their tables too) with ``full=True``. Nothing is
ever written to the file: a damaged database is not migrated, not switched to WAL, not repaired.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from freelance_desk.core.i18n import QT_TRANSLATE_NOOP

HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
# The check before a file opens costs little at any size (SQLite's checks read the whole file: the
# quick one ~2.5 ms, the full one ~11 ms per MB here): the header always, the quick check only up to
# this size (~5 ms); every file then gets the full check in the background once the window is up.
QUICK_CHECK_AT_OPEN_MAX_BYTES = 2 * 1024 * 1024

NOT_SQLITE = QT_TRANSLATE_NOOP("services", "The file is not a Freelance Desk database (it is not an SQLite file).")
TRUNCATED = QT_TRANSLATE_NOOP("services", "The file is cut short: it ends before the database it holds does.")
DAMAGED = QT_TRANSLATE_NOOP("services", "The file is damaged: SQLite's own check found errors in it.")
UNREADABLE = QT_TRANSLATE_NOOP("services", "The file cannot be read.")


@dataclass(frozen=True)
class Integrity:
    ok: bool
    problem: str | None = None  # an English template marked for translation (context "services")
    detail: str = ""  # what SQLite said, for the log and the command line (no row contents)


GOOD = Integrity(True)


def check_file(path: str | os.PathLike, full: bool = False, cancel: threading.Event | None = None,
               live: bool = False) -> Integrity:
    """Whether ``path`` holds a whole SQLite database; a missing or empty file is fine (a new one).

    ``cancel``, when set while the check runs, stops it (the answer is then ``GOOD``: not known bad).
    ``live``: the app has the file open and may write it meanwhile (read it under SQLite's locks).
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size == 0:
            return GOOD
        with open(path, "rb") as f:
            header = f.read(HEADER_SIZE)
    except FileNotFoundError:
        return GOOD
    except OSError as e:
        return Integrity(False, UNREADABLE, e.strerror or type(e).__name__)
    problem = header_problem(header, size)
    if problem is not None:
        return problem
    return sqlite_check(path, full, cancel, live)


def check_at_open(path: str | os.PathLike, quick: bool = True) -> Integrity:
    """The check before the app opens ``path``: the header, and SQLite's quick check for a small file
    (``quick`` False: the header only, the quick check to follow before the file is opened)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return GOOD  # a new file
    except OSError as e:
        return Integrity(False, UNREADABLE, e.strerror or type(e).__name__)
    if size == 0:
        return GOOD
    return check_file(path) if quick and size <= QUICK_CHECK_AT_OPEN_MAX_BYTES else check_header(path)


def check_header(path: str | os.PathLike) -> Integrity:
    """Only the quick look: is it SQLite, and as long as its header says (no SQLite check)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            header = f.read(HEADER_SIZE)
    except OSError as e:
        return Integrity(False, UNREADABLE, e.strerror or type(e).__name__)
    return header_problem(header, size) or GOOD


def describe(path: str | os.PathLike, result: Integrity) -> str:
    """A problem in English for the command line and the log: the file, what is wrong, what SQLite said."""
    detail = f" ({result.detail})" if result.detail else ""
    return f"{path}: {result.problem}{detail}"


def header_schema_version(path: str | os.PathLike) -> int | None:
    """The schema version the file's header gives (SQLite's user_version, bytes 60–63), without SQLite;
    None when it cannot be read. Changes still in the write-ahead log are not seen: a hint, not the answer."""
    try:
        with open(path, "rb") as f:
            header = f.read(HEADER_SIZE)
    except OSError:
        return None
    if len(header) < HEADER_SIZE or not header.startswith(HEADER):
        return None
    return int.from_bytes(header[60:64], "big")


def header_problem(header: bytes, size: int) -> Integrity | None:
    if not header.startswith(HEADER[: min(len(header), len(HEADER))]):
        return Integrity(False, NOT_SQLITE, "no SQLite header")
    if len(header) < HEADER_SIZE:
        return Integrity(False, TRUNCATED, f"{size} bytes, shorter than the header")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1) or header[21:24] != b"\x40\x20\x20":
        return Integrity(False, DAMAGED, "the header is not valid")
    if size % page_size:
        return Integrity(False, TRUNCATED, f"{size} bytes is not a whole number of {page_size}-byte pages")
    pages = int.from_bytes(header[28:32], "big")
    header_count_valid = header[24:28] == header[92:96]
    if pages and header_count_valid and size < pages * page_size:
        return Integrity(False, TRUNCATED, f"{size // page_size} of {pages} pages")
    return None


def read_only_uri(path: str | os.PathLike, live: bool = False) -> str:
    """The URI that opens ``path`` for reading only (``as_uri()`` escapes what a URI would misread in a
    folder name: "#", "?", "%").

    A file closed cleanly (no -wal beside it, or an empty one) is opened immutable: no lock, and no
    -wal or -shm file made beside it (in a folder nobody can write, or on a full disk, none could be;
    elsewhere they would be left behind). A -wal with writes in it holds the latest ones: read with
    it. A file in use (``live``: a window or the app itself may write it meanwhile) is read under
    SQLite's locks, from one consistent snapshot.
    """
    path = Path(path)
    wal = path.with_name(path.name + "-wal")
    latest_in_wal = wal.exists() and wal.stat().st_size > 0
    return f"{path.resolve().as_uri()}?{'mode=ro' if live or latest_in_wal else 'immutable=1'}"


def sqlite_check(path: Path, full: bool, cancel: threading.Event | None = None, live: bool = False) -> Integrity:
    """SQLite's own check through a read-only connection (the file's bytes are never changed)."""
    import sqlite3  # (not for the header alone: the window's first frame does not wait for it)

    try:
        connection = sqlite3.connect(read_only_uri(path, live), uri=True, timeout=5)
    except sqlite3.Error as e:
        return _from_error(e)
    try:
        if cancel is not None:
            connection.set_progress_handler(lambda: 1 if cancel.is_set() else 0, 10_000)
        pragma = "integrity_check(20)" if full else "quick_check(20)"
        lines = [row[0] for row in connection.execute(f"PRAGMA {pragma}")]
    except sqlite3.Error as e:
        if cancel is not None and cancel.is_set():
            return GOOD
        return _from_error(e)
    finally:
        connection.close()
    if lines == ["ok"]:
        return GOOD
    return Integrity(False, DAMAGED, "; ".join("\n".join(lines).splitlines()[:3]))


def _from_error(error) -> Integrity:
    """``error``: a sqlite3.Error."""
    import sqlite3

    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    name = getattr(error, "sqlite_errorname", type(error).__name__)
    if code == sqlite3.SQLITE_NOTADB:
        return Integrity(False, NOT_SQLITE, name)
    if code == sqlite3.SQLITE_CORRUPT:
        return Integrity(False, DAMAGED, name)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_READONLY):
        return Integrity(True, None, f"not checked: {name}")  # in use or needs a writer: not known bad
    return Integrity(False, UNREADABLE, name)
