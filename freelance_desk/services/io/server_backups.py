"""Backups of a database on a server (no Qt): this app's JSON export of it, written into the backup folder as
``freelance-desk-server-YYYYMMDD-HHMMSS-REASON.json`` (readable by the user only, written whole or not at all).

A file's backups are SQLite copies (``db/backups.py``); a server's are its export, which holds every table, ids
and all: ``freelance-desk import BACKUP.json --data URL`` into an empty server database (or ``--data FILE`` into
a new file) restores it whole. Made before an import into the server and by ``freelance-desk backup``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from freelance_desk.db import backups
from freelance_desk.paths import ensure_private_dir
from freelance_desk.services.io.export_json import export_json

PREFIX = "freelance-desk-server-"


def back_up(folder: Path | None, reason: str, now: datetime) -> Path:
    """The open server database exported into ``folder`` (the default backup folder when None); its path."""
    folder = Path(folder) if folder is not None else backups.default_folder()
    ensure_private_dir(folder)
    when = now
    while True:
        target = folder / f"{PREFIX}{when.strftime(backups.STAMP)}-{reason}.json"
        if not target.exists():
            break
        when += timedelta(seconds=1)  # two in one second: the later one a second on
    export_json(target, now)  # a private temporary file renamed into place: the user's alone
    return target
