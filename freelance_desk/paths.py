"""Where the user's data, backups and logs live, and where resources/ is."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from freelance_desk import APP_ID, APP_NAME

DB_NAME = "freelance-desk.sqlite3"


def data_dir() -> Path:
    """The per-user data folder (``FREELANCE_DESK_HOME`` overrides, for tests and portable use)."""
    override = os.environ.get("FREELANCE_DESK_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        return base / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_ID


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` readable by its owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if sys.platform != "win32":
        path.chmod(0o700)
    return path


def default_db_path() -> Path:
    return data_dir() / DB_NAME


def log_dir() -> Path:
    return data_dir() / "logs"


def resource(*parts: str) -> Path:
    """A file under resources/, in a checkout or inside the PyInstaller bundle."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)


def shown_path(path: str | os.PathLike) -> str:
    """``path`` for the log: under the user's home as ``~/…``, so the log names no user."""
    text = os.fspath(path)
    home = os.path.expanduser("~")
    if home and home != os.sep and (text == home or text.startswith(home.rstrip(os.sep) + os.sep)):
        return "~" + text[len(home.rstrip(os.sep)):]
    return text


def open_private(path: str | os.PathLike, mode: str = "w", **kwargs):
    """Open ``path`` for writing, readable by its owner only (0600) from the first byte; a file
    already there is truncated and made private too. Takes ``open()``'s text arguments."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC)
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0), 0o600)
    try:
        if sys.platform != "win32" and stat.S_ISREG(os.fstat(fd).st_mode):
            os.fchmod(fd, 0o600)
        return os.fdopen(fd, mode, **kwargs)
    except BaseException:
        os.close(fd)
        raise
