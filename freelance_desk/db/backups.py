"""Backups of the database file: made, listed, verified, restored and rotated (no Qt, no Peewee).

A backup is SQLite's online backup of the file (consistent while the app writes, WAL included),
gzip-compressed into the backup folder as ``freelance-desk-YYYYMMDD-HHMMSS[-reason].sqlite3.gz``
(UTC in the name), owner-only (0600 files in a 0700 folder), written to a temporary name, synced
and renamed into place: a backup is whole or absent. Beside each one a JSON sidecar
(``….sqlite3.gz.json``) says what it holds, read from the copy itself: clients, contracts, time
entries, the last entry's start, net income in the home currency, the schema version, and the
SHA-256 of the ``.gz`` that :func:`verify` checks.

The folder and how many backups to keep are settings in the database (keys below; the settings
store declares them for the Settings dialog); :func:`folder_settings` reads them straight from a
file, for the command line and the migration runner.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import re
import sqlite3
import sys
import tempfile
import zlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from freelance_desk import paths
from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.db import integrity
from freelance_desk.db.backup_keys import (  # noqa: F401 - read here as backups.FOLDER_KEY …
    FOLDER_KEY,
    KEEP_DAILY_KEY,
    KEEP_DEFAULTS,
    KEEP_MONTHLY_KEY,
    KEEP_WEEKLY_KEY,
)

log = logging.getLogger(__name__)

PREFIX = "freelance-desk-"
SUFFIX = ".sqlite3.gz"
SIDECAR = ".json"
NAME_RE = re.compile(r"^freelance-desk-(\d{8}-\d{6})(?:-([a-z0-9-]+))?\.sqlite3\.gz$")
STAMP = "%Y%m%d-%H%M%S"

AUTO = "auto"  # the daily backup at start: no reason in the file's name
MANUAL = "manual"  # File ▸ Back up now, freelance-desk backup
QUIT = "quit"  # on quit, after a change
BEFORE = "before-"  # a backup before a change the user asked for (kept longer by rotation):
BEFORE_IMPORT, BEFORE_RESTORE, BEFORE_MIGRATION = BEFORE + "import", BEFORE + "restore", BEFORE + "migration"
BEFORE_KEPT = timedelta(days=30)  # "before-…" and manual backups are never rotated away younger than this
RECENT_KEPT = timedelta(days=1)  # nor is any backup younger than this (two made in one day both stay)
DUE_AFTER = timedelta(days=1)

PAGES_PER_STEP = 1024  # pages copied between two progress calls (4 MB of 4 KB pages)
CHUNK = 1 << 20
# zlib level 1: a third of level 6's time for a few percent more bytes (a backup made on quit must be quick).
GZIP_LEVEL = 1

Progress = Callable[[int, int], bool]  # (done, total) → False to cancel


class Cancelled(DomainError):
    pass


def default_folder() -> Path:
    return paths.data_dir() / "backups"


@dataclass(frozen=True)
class Summary:
    """What a backup holds, read from the copy."""

    clients: int = 0
    contracts: int = 0
    time_entries: int = 0
    last_entry_start: int | None = None  # UTC seconds
    net_income_minor: int = 0
    home_currency: str = "USD"
    schema_version: int = 0

    @property
    def last_entry(self) -> datetime | None:
        return None if self.last_entry_start is None else datetime.fromtimestamp(self.last_entry_start, UTC)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # UTC, from the file's name
    reason: str
    size: int  # bytes of the .gz
    summary: Summary | None = None  # None: the sidecar is missing or unreadable
    sha256: str | None = None
    source: str = ""  # the database file it was made from
    mtime_ns: int = field(default=0, compare=False)  # orders two backups of the same second

    @property
    def sidecar(self) -> Path:
        return sidecar_of(self.path)


@dataclass(frozen=True)
class KeepCounts:
    daily: int = KEEP_DEFAULTS["daily"]
    weekly: int = KEEP_DEFAULTS["weekly"]
    monthly: int = KEEP_DEFAULTS["monthly"]


@dataclass(frozen=True)
class FolderSettings:
    folder: Path
    keep: KeepCounts = field(default_factory=KeepCounts)


def sidecar_of(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR)


# --- small file helpers -----------------------------------------------------------
def _private_temp(folder: Path, suffix: str) -> Path:
    fd, name = tempfile.mkstemp(prefix=".tmp-", suffix=suffix, dir=folder)  # 0600
    os.close(fd)
    return Path(name)


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unlink(*files: Path) -> None:
    for f in files:
        try:
            f.unlink()
        except FileNotFoundError:
            pass


def _write_atomically(target: Path, data: bytes) -> None:
    temp = _private_temp(target.parent, ".part")
    try:
        with open(temp, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        _unlink(temp)
        raise


def _readonly(path: Path) -> sqlite3.Connection:
    """A reading connection on a database the app may be writing meanwhile."""
    return sqlite3.connect(integrity.read_only_uri(path, live=True), uri=True)


# --- settings read from a file ----------------------------------------------------
SETTING_KEYS = (FOLDER_KEY, KEEP_DAILY_KEY, KEEP_WEEKLY_KEY, KEEP_MONTHLY_KEY)  # the settings read by settings_from


def folder_settings(db_path: str | Path) -> FolderSettings:
    """The backup folder and counts stored in ``db_path``; the defaults where it has none (or cannot be read)."""
    stored: dict[str, str] = {}
    try:
        con = _readonly(Path(db_path))
        try:
            stored = dict(con.execute(
                f"SELECT key, value FROM setting WHERE key IN ({','.join('?' * len(SETTING_KEYS))})", SETTING_KEYS
            ).fetchall())
        finally:
            con.close()
    except sqlite3.Error:
        pass
    return settings_from(stored)


def settings_from(stored: dict[str, str]) -> FolderSettings:
    def count(key: str, name: str) -> int:
        try:
            return max(0, int(stored.get(key) or KEEP_DEFAULTS[name]))
        except ValueError:
            return KEEP_DEFAULTS[name]

    folder = (stored.get(FOLDER_KEY) or "").strip()
    return FolderSettings(
        Path(folder).expanduser() if folder else default_folder(),
        KeepCounts(count(KEEP_DAILY_KEY, "daily"), count(KEEP_WEEKLY_KEY, "weekly"), count(KEEP_MONTHLY_KEY, "monthly")),
    )


def check_folder(folder: str | Path) -> str | None:
    """None when ``folder`` can be created and written; else why not (English, for a log or the CLI)."""
    try:
        target = paths.ensure_private_dir(Path(folder).expanduser())
        probe = _private_temp(target, ".probe")
        probe.unlink()
    except OSError as e:
        return e.strerror or str(e)
    return None


# --- what a copy holds --------------------------------------------------------------
def read_summary(con: sqlite3.Connection) -> Summary:
    def one(sql: str, default=0):
        try:
            row = con.execute(sql).fetchone()
        except sqlite3.Error:
            return default
        return default if row is None or row[0] is None else row[0]

    return Summary(
        clients=one("SELECT COUNT(*) FROM client"),
        contracts=one("SELECT COUNT(*) FROM contract"),
        time_entries=one("SELECT COUNT(*) FROM time_entry"),
        last_entry_start=one("SELECT MAX(start) FROM time_entry", None),
        net_income_minor=one("SELECT SUM(net_home_minor) FROM payment"),
        home_currency=one("SELECT value FROM setting WHERE key = 'home_currency'", "USD") or "USD",
        schema_version=one("PRAGMA user_version"),
    )


# --- making one -----------------------------------------------------------------------
def _target_name(folder: Path, when: datetime, reason: str) -> Path:
    tail = "" if reason == AUTO else f"-{reason}"
    while True:
        target = folder / f"{PREFIX}{when.strftime(STAMP)}{tail}{SUFFIX}"
        if not target.exists():
            return target
        when += timedelta(seconds=1)  # two backups in one second: the later one a second on


def make_backup(
    db_path: str | Path,
    folder: str | Path | None = None,
    reason: str = AUTO,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> BackupInfo:
    """Back ``db_path`` up into ``folder`` (the file's own setting when None); returns what was written.

    ``progress(done, total)`` is called as pages are copied and compressed; returning False cancels
    (raises :class:`Cancelled`), and nothing is left in the folder.
    """
    db_path = Path(db_path)
    if not re.fullmatch(r"[a-z0-9-]+", reason):
        raise ValueError(f"bad backup reason {reason!r}")
    if not db_path.is_file():
        raise DomainError(QT_TRANSLATE_NOOP("services", "There is no database file at {path}."), path=str(db_path))
    folder = paths.ensure_private_dir(Path(folder) if folder is not None else folder_settings(db_path).folder)
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    raw = _private_temp(folder, ".sqlite3")
    packed = _private_temp(folder, ".gz")
    state = {"total": 0}

    def stepped(status, remaining, total):
        state["total"] = total
        if progress is not None and progress(total - remaining, total * 2) is False:
            raise Cancelled(QT_TRANSLATE_NOOP("services", "The backup was cancelled."))

    try:
        src = _readonly(db_path)
        try:
            dst = sqlite3.connect(raw)
            try:
                src.backup(dst, pages=PAGES_PER_STEP, progress=stepped)
                dst.execute("PRAGMA journal_mode = delete")  # one self-contained file
                summary = read_summary(dst)
                page_size = dst.execute("PRAGMA page_size").fetchone()[0]
                pages = dst.execute("PRAGMA page_count").fetchone()[0]
            finally:
                dst.close()
        finally:
            src.close()
        digest = hashlib.sha256()
        total = max(state["total"], pages)
        with open(raw, "rb") as data, open(packed, "wb") as out:
            packer = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 31)  # 31: a gzip stream
            done = 0
            while block := data.read(CHUNK):
                chunk = packer.compress(block)
                out.write(chunk)
                digest.update(chunk)
                done += len(block)
                if progress is not None and progress(total + done // page_size, total * 2) is False:
                    raise Cancelled(QT_TRANSLATE_NOOP("services", "The backup was cancelled."))
            chunk = packer.flush()
            out.write(chunk)
            digest.update(chunk)
            out.flush()
            os.fsync(out.fileno())
        _unlink(raw)
        target = _target_name(folder, now, reason)
        info = BackupInfo(target, now, reason, packed.stat().st_size, summary, digest.hexdigest(), str(db_path.resolve()))
        _write_atomically(sidecar_of(target), _sidecar_json(info))
        os.replace(packed, target)
        _fsync_dir(folder)
        info = replace(info, mtime_ns=target.stat().st_mtime_ns)
    except BaseException:
        _unlink(raw, packed)
        if "target" in locals() and not Path(target).exists():
            _unlink(sidecar_of(target))
        raise
    log.info("backed up %s to %s (%d bytes)", db_path, target, info.size)
    return info


def _sidecar_json(info: BackupInfo) -> bytes:
    data = {
        "format": 1,
        "created": info.created.isoformat(),
        "reason": info.reason,
        "source": info.source,
        "sha256": info.sha256,
        "summary": asdict(info.summary) if info.summary else None,
    }
    return (json.dumps(data, indent=2) + "\n").encode()


# --- listing ------------------------------------------------------------------------------
def read_info(path: str | Path) -> BackupInfo:
    """A backup file's facts: its name's time and reason, its size, its sidecar (when readable)."""
    path = Path(path)
    match = NAME_RE.match(path.name)
    if match:
        created = datetime.strptime(match[1], STAMP).replace(tzinfo=UTC)
        reason = match[2] or AUTO
    else:
        created = datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0)
        reason = MANUAL
    summary = sha = None
    source = ""
    try:
        data = json.loads(sidecar_of(path).read_text(encoding="utf-8"))
        sha = data.get("sha256")
        source = data.get("source") or ""
        if data.get("summary"):
            summary = Summary(**{k: v for k, v in data["summary"].items() if k in Summary.__dataclass_fields__})
    except (OSError, ValueError, TypeError, AttributeError):
        pass
    stat = path.stat()
    return BackupInfo(path, created, reason, stat.st_size, summary, sha, source, stat.st_mtime_ns)


def list_backups(folder: str | Path, name: re.Pattern = NAME_RE, read: Callable[[Path, re.Match], BackupInfo] | None = None
                 ) -> list[BackupInfo]:
    """The backups in ``folder``, newest first: the files whose names ``name`` matches, each ``read`` (a file's
    backups by default; a server's are named and read by ``services/io/server_backups.py``)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = name.match(path.name)
        if match and path.is_file():
            try:
                found.append(read(path, match) if read is not None else read_info(path))
            except OSError:  # gone meanwhile
                continue
    return sorted(found, key=_newest_first, reverse=True)


def _newest_first(info: BackupInfo):
    return info.created, info.mtime_ns, info.path.name


def backup_due(folder: str | Path, now: datetime) -> bool:
    """True when the newest backup is older than a day (or there is none)."""
    backups = list_backups(folder)
    return not backups or now - backups[0].created > DUE_AFTER


# --- verifying ------------------------------------------------------------------------------
def _unpack(info: BackupInfo, target: Path) -> str:
    """Decompress ``info`` into ``target``; returns the .gz's SHA-256. Raises OSError/EOFError/zlib.error."""
    digest = hashlib.sha256()

    class Hashing:
        def __init__(self, f):
            self.f = f

        def read(self, n=-1):
            block = self.f.read(n)
            digest.update(block)
            return block

    with open(info.path, "rb") as raw, open(target, "wb") as out:
        with gzip.GzipFile(fileobj=Hashing(raw), mode="rb") as unpacked:
            while block := unpacked.read(CHUNK):
                out.write(block)
        while raw.read(CHUNK):  # anything past the gzip stream counts in the hash too
            pass
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest()


def integrity_problem(path: str | Path) -> str | None:
    """None when ``path`` is a whole SQLite database (the full check of ``db/integrity.py``); else what
    is wrong (English). An empty file holds no database here."""
    path = Path(path)
    if path.is_file() and path.stat().st_size == 0:
        return f"{path}: it is empty"
    result = integrity.check_file(path, full=True)
    return None if result.ok and result.problem is None else integrity.describe(path, result)


def verify(info: BackupInfo) -> bool:
    """The backup decompresses, its SHA-256 matches the sidecar's, and the database inside is whole."""
    return _verify_into(info, None) is None


def _verify_into(info: BackupInfo, keep_at: Path | None) -> str | None:
    """Unpack and check ``info``; returns a problem (English) or None. With ``keep_at``, the unpacked
    file is left there (for restoring); otherwise in a temporary file removed afterwards."""
    if keep_at is None:
        temp_dir = tempfile.mkdtemp(prefix="freelance-desk-verify-")
        target = Path(temp_dir) / "check.sqlite3"
    else:
        temp_dir, target = None, keep_at
    try:
        try:
            sha = _unpack(info, target)
        except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as e:
            return f"{info.path.name} does not decompress: {e}"
        if info.sha256 and sha != info.sha256:
            return f"{info.path.name} has changed since it was written (checksum differs)"
        return integrity_problem(target)
    finally:
        if temp_dir is not None:
            _unlink(target)
            os.rmdir(temp_dir)


def newest_good_backup(folder: str | Path) -> BackupInfo | None:
    """The newest backup in ``folder`` that verifies (None when none does)."""
    for info in list_backups(folder):
        if verify(info):
            return info
    return None


# --- restoring ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Restored:
    restored: BackupInfo
    kept: Path | None  # the file as it was before: a backup, or the damaged file moved aside
    kept_is_backup: bool


@dataclass
class PreparedRestore:
    """A verified backup unpacked beside the database, the current file backed up: only the swap is left."""

    info: BackupInfo
    db_path: Path
    unpacked: Path
    kept: Path | None  # the before-restore backup (None: none made, the file is moved aside at the swap)
    now: datetime | None = None

    def discard(self) -> None:
        _unlink(self.unpacked)


def prepare_restore(info: BackupInfo, db_path: str | Path, folder: str | Path | None = None,
                    now: datetime | None = None, progress: Progress | None = None) -> PreparedRestore:
    """Verify ``info`` and unpack it beside ``db_path`` (a damaged backup raises DomainError, nothing
    changes), then back the current file up (reason "before-restore"). Safe while the file is open."""
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    unpacked = _private_temp(db_path.parent, ".restoring")
    try:
        problem = _verify_into(info, unpacked)
        if problem is not None:
            log.error("refused to restore %s: %s", info.path, problem)
            raise DomainError(
                QT_TRANSLATE_NOOP("services", "The backup {name} is damaged and was not restored; your data is unchanged."),
                name=info.path.name,
            )
        kept = None
        if db_path.exists() and db_path.stat().st_size > 0:
            folder = Path(folder) if folder is not None else folder_settings(db_path).folder
            try:
                kept = make_backup(db_path, folder, BEFORE_RESTORE, progress=progress, now=now).path
            except (sqlite3.Error, DomainError) as e:
                if isinstance(e, Cancelled):
                    raise
                log.warning("could not back %s up before restoring (%s); it is moved aside instead", db_path, e)
    except BaseException:
        _unlink(unpacked)
        raise
    return PreparedRestore(info, db_path, unpacked, kept, now)


def finish_restore(prepared: PreparedRestore) -> Restored:
    """Swap the unpacked backup in for the database file. Every connection to it must be closed: a stale
    -wal beside the restored file would be played into it, so it goes (its content is in the backup made
    before; a file that could not be backed up is moved aside as ``NAME.damaged-…``, -wal and all)."""
    db_path = prepared.db_path
    side = [db_path.with_name(db_path.name + s) for s in ("-wal", "-shm", "-journal")]
    kept, is_backup = prepared.kept, True
    try:
        if kept is None and db_path.exists() and db_path.stat().st_size > 0:
            stamp = (prepared.now or datetime.now(UTC)).strftime(STAMP)
            kept, is_backup = db_path.with_name(f"{db_path.name}.damaged-{stamp}"), False
            os.replace(db_path, kept)
            for s in side:
                if s.exists():
                    os.replace(s, kept.with_name(kept.name + s.name[len(db_path.name):]))
        _unlink(*side)
        os.replace(prepared.unpacked, db_path)
        _fsync_dir(db_path.parent)
    except BaseException:
        prepared.discard()
        raise
    log.info("restored %s into %s", prepared.info.path, db_path)
    return Restored(prepared.info, kept, is_backup)


def restore(info: BackupInfo, db_path: str | Path, folder: str | Path | None = None,
            now: datetime | None = None) -> Restored:
    """Replace ``db_path`` with the backup ``info`` (close every connection to it first): verified first
    (a damaged one raises DomainError and nothing changes), the current file backed up first, then the
    restored file put in its place in one rename, ready to open."""
    return finish_restore(prepare_restore(info, db_path, folder, now))


# --- rotation ---------------------------------------------------------------------------------
def to_keep(backups: list[BackupInfo], now: datetime, keep: KeepCounts = KeepCounts()) -> set[Path]:
    """Which of ``backups`` rotation keeps: the newest of each of the last ``daily`` days that have one,
    of the last ``weekly`` ISO weeks and ``monthly`` months (UTC); the newest of all; every backup of
    the last 24 hours; and every "before-…" or manual backup (File ▸ Back up now, ``freelance-desk
    backup``) younger than 30 days."""
    ordered = sorted(backups, key=_newest_first, reverse=True)
    kept: set[Path] = set()
    if ordered:
        kept.add(ordered[0].path)
    for count, bucket in (
        (keep.daily, lambda d: d.date()),
        (keep.weekly, lambda d: d.isocalendar()[:2]),
        (keep.monthly, lambda d: (d.year, d.month)),
    ):
        seen = []
        for info in ordered:
            key = bucket(info.created)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(key)
            kept.add(info.path)
    for info in ordered:
        age = now - info.created
        if age < RECENT_KEPT or ((info.reason.startswith(BEFORE) or info.reason == MANUAL) and age < BEFORE_KEPT):
            kept.add(info.path)
    return kept


def prune(folder: str | Path, daily: int = 7, weekly: int = 5, monthly: int = 12,
          now: datetime | None = None, listing: Callable[[Path], list[BackupInfo]] | None = None) -> list[Path]:
    """Delete the backups rotation does not keep (with their sidecars); returns the deleted files. ``listing``:
    which backups (a file's by default; a server's are ``services/io/server_backups.list_backups``)."""
    now = now or datetime.now(UTC)
    backups = (listing or list_backups)(folder)
    kept = to_keep(backups, now, KeepCounts(daily, weekly, monthly))
    gone = []
    for info in backups:
        if info.path not in kept:
            _unlink(info.path, info.sidecar)
            gone.append(info.path)
    if gone:
        log.info("rotated away %d backups in %s", len(gone), folder)
    return gone


def back_up_and_prune(db_path: str | Path, reason: str = AUTO, progress: Progress | None = None,
                      now: datetime | None = None, folder: str | Path | None = None) -> BackupInfo:
    """A backup into the file's own folder setting (or ``folder``), then rotation by its counts."""
    settings = folder_settings(db_path)
    if folder is not None:
        settings = replace(settings, folder=Path(folder))
    info = make_backup(db_path, settings.folder, reason, progress, now)
    keep = settings.keep
    prune(settings.folder, keep.daily, keep.weekly, keep.monthly, now=now)
    return info
