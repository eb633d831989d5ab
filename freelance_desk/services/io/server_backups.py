"""Backups of a database on a server (no Qt), written into the backup folder whole or not at all, readable by
the user only, and rotated by the same counts as a file's:

- ``freelance-desk-server-YYYYMMDD-HHMMSS-REASON.dump``: ``pg_dump``'s own archive (``--format=custom``), when
  PostgreSQL's ``pg_dump`` is installed and can dump this server (its version at least the server's);
  ``pg_restore --dbname URL FILE`` puts it back into an empty database;
- ``….json`` otherwise: this app's JSON export, every table, ids and all; ``freelance-desk import BACKUP.json
  --data URL`` restores it whole into an empty server database (or ``--data FILE`` into a new file).

A file's backups are SQLite copies (``db/backups.py``). Made at start once a day and on quit after a change by
the window, before an import into the server, by File ▸ Back up now and by ``freelance-desk backup``.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.db import backups
from freelance_desk.db.backups import BackupInfo, Progress
from freelance_desk.db.connection import db
from freelance_desk.paths import ensure_private_dir
from freelance_desk.services.io.export_json import export_json
from freelance_desk.services.io.lines import Cancelled as ExportCancelled

log = logging.getLogger(__name__)

PREFIX = "freelance-desk-server-"
NAME_RE = re.compile(r"^freelance-desk-server-(\d{8}-\d{6})-([a-z0-9-]+)\.(dump|json)$")
DUMP, JSON = ".dump", ".json"
POLL_S = 0.1  # how often a running pg_dump is asked whether it ended (and Cancel looked at)
CANCELLED = QT_TRANSLATE_NOOP("services", "The backup was cancelled.")


def folder_settings() -> backups.FolderSettings:
    """The backup folder and counts as the open server database's settings say (the defaults where unset)."""
    keys = backups.SETTING_KEYS
    rows = db.execute_sql("SELECT key, value FROM setting WHERE key IN (%s)" % ", ".join(["%s"] * len(keys)), keys)
    return backups.settings_from(dict(rows.fetchall()))


def _read(path: Path, match: re.Match) -> BackupInfo:
    stat = path.stat()
    created = datetime.strptime(match[1], backups.STAMP).replace(tzinfo=UTC)
    return BackupInfo(path, created, match[2], stat.st_size, mtime_ns=stat.st_mtime_ns)


def list_backups(folder: str | Path) -> list[BackupInfo]:
    """The server backups in ``folder``, newest first (a file's backups there are not among them)."""
    return backups.list_backups(folder, NAME_RE, _read)


def backup_due(folder: str | Path, now: datetime) -> bool:
    """True when this computer's newest backup of a server is older than a day (or there is none)."""
    found = list_backups(folder)
    return not found or now - found[0].created > backups.DUE_AFTER


def _target(folder: Path, now: datetime, reason: str, suffix: str) -> Path:
    when = now.astimezone(UTC).replace(microsecond=0)
    while True:
        target = folder / f"{PREFIX}{when.strftime(backups.STAMP)}-{reason}{suffix}"
        if not target.exists() and not target.with_suffix(DUMP if suffix == JSON else JSON).exists():
            return target
        when += timedelta(seconds=1)  # two in one second: the later one a second on


def pg_dump_program() -> str | None:
    """PostgreSQL's ``pg_dump``, where it is installed (``FREELANCE_DESK_PG_DUMP`` names another, or "" none)."""
    chosen = os.environ.get("FREELANCE_DESK_PG_DUMP")
    if chosen is not None:
        return chosen or None
    return shutil.which("pg_dump")


def back_up(folder: Path | None, reason: str, now: datetime, progress: Progress | None = None) -> Path:
    """The open server database backed up into ``folder`` (its settings' folder when None); the file's path.

    ``progress(done, total)`` returning False cancels (``backups.Cancelled``): nothing is left in the folder.
    """
    if not re.fullmatch(r"[a-z0-9-]+", reason):
        raise ValueError(f"bad backup reason {reason!r}")
    folder = ensure_private_dir(Path(folder) if folder is not None else folder_settings().folder)
    program = pg_dump_program()
    if program is not None:
        written = _dump(program, folder, reason, now, progress)
        if written is not None:
            return written
    return _export(folder, reason, now, progress)


def _dump(program: str, folder: Path, reason: str, now: datetime, progress: Progress | None) -> Path | None:
    """``pg_dump``'s archive of the open database; None when pg_dump cannot make one (said in the log)."""
    target = _target(folder, now, reason, DUMP)
    fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")  # 0600 from the start
    os.close(fd)
    command = [program, "--format=custom", "--no-password", f"--file={temp}", f"--dbname={db.obj.target.url()}"]
    try:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)
    except OSError as error:
        os.unlink(temp)
        log.warning("pg_dump could not be run (%s): the backup is a JSON export", error.strerror or error)
        return None
    try:
        while True:
            try:
                _, errors = process.communicate(timeout=POLL_S)
                break
            except subprocess.TimeoutExpired:
                if progress is not None and progress(0, 1) is False:
                    process.kill()
                    process.wait()
                    raise backups.Cancelled(CANCELLED) from None
        if process.returncode != 0:
            reason_given = errors.decode("utf-8", "replace").strip().splitlines()
            log.warning("pg_dump failed (%s): the backup is a JSON export", reason_given[-1] if reason_given else
                        f"exit {process.returncode}")
            os.unlink(temp)
            return None
        with open(temp, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temp, target)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
    if progress is not None:
        progress(1, 1)
    log.info("backed up the server database with pg_dump (%d bytes)", target.stat().st_size)
    return target


def _export(folder: Path, reason: str, now: datetime, progress: Progress | None) -> Path:
    target = _target(folder, now, reason, JSON)
    last = [0, 1]  # the progress last reported: Cancel is asked for again at every block the export writes

    def reported(done: int, total: int) -> None:
        last[:] = done, total

    def cancelled() -> bool:
        return progress is not None and progress(*last) is False

    try:
        export_json(target, now, progress=reported, cancelled=cancelled)
    except ExportCancelled:
        raise backups.Cancelled(CANCELLED) from None
    log.info("backed up the server database as a JSON export (%d bytes)", target.stat().st_size)
    return target


def back_up_and_prune(reason: str, now: datetime, progress: Progress | None = None,
                      folder: Path | None = None) -> Path:
    """A backup into the settings' folder (or ``folder``), then rotation of the server backups by the counts."""
    settings = folder_settings()
    folder = Path(folder) if folder is not None else settings.folder
    written = back_up(folder, reason, now, progress)
    keep = settings.keep
    backups.prune(folder, keep.daily, keep.weekly, keep.monthly, now=now, listing=list_backups)
    return written

