"""The app's log: private (0600), rotated at start, holding no client data, and never silent when it
cannot be written (a full disk, a folder that is not the user's).

What goes in: what happened and where in the code, never what the user typed. Paths under the home
folder are written ``~/…`` (``paths.shown_path``, and once more over every line as it is written);
an unexpected error is logged as its type and frames, without its message (``error_summary``),
which may quote a client's name or a note.
"""

from __future__ import annotations

import logging
import os
import traceback
from collections.abc import Callable
from pathlib import Path

from freelance_desk import paths

LOG_NAME = "freelance-desk.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3

_failed: dict = {"reason": None}
# Called once with the reason (an OS error's text) when the log stops being written.
failure_listeners: list[Callable[[str], None]] = []


def rotate_log(logfile: Path) -> None:
    """At start, move a log that passed LOG_MAX_BYTES to .1 (.1 to .2, …; the oldest goes)."""
    if not logfile.exists() or logfile.stat().st_size < LOG_MAX_BYTES:
        return
    for n in range(LOG_BACKUPS - 1, 0, -1):
        older = logfile.with_name(f"{logfile.name}.{n}")
        if older.exists():
            older.replace(logfile.with_name(f"{logfile.name}.{n + 1}"))
    logfile.replace(logfile.with_name(f"{logfile.name}.1"))


class HomeHidingFormatter(logging.Formatter):
    """Every line with the user's home folder written as ``~``: the log names no user."""

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        home = os.path.expanduser("~").rstrip(os.sep)
        return text.replace(home + os.sep, "~" + os.sep) if home else text


class PrivateFileHandler(logging.StreamHandler):
    """Appends to the log, opened owner-only; a write that fails (a full disk) is told once."""

    def __init__(self, path: Path):
        super().__init__(paths.open_private(path, "a", encoding="utf-8"))
        self.path = path

    def emit(self, record) -> None:
        if _failed["reason"] is None:  # once it failed, nothing more piles up unwritten
            super().emit(record)

    def flush(self) -> None:
        try:
            super().flush()
        except OSError as e:
            log_failed(e)

    def handleError(self, record) -> None:  # noqa: N802 - logging's name
        import sys

        error = sys.exc_info()[1]
        log_failed(error if isinstance(error, OSError) else OSError(str(type(error).__name__)))

    def close(self) -> None:
        try:
            self.acquire()
            try:
                if self.stream is not None:
                    try:
                        self.stream.close()
                    except OSError:
                        pass
                    self.stream = None
            finally:
                self.release()
        finally:
            super().close()


def log_failed(error: OSError) -> None:
    if _failed["reason"] is not None:
        return
    _failed["reason"] = error.strerror or str(error) or type(error).__name__
    for listener in list(failure_listeners):
        listener(_failed["reason"])


def failure() -> str | None:
    """Why the log cannot be written (None while it can)."""
    return _failed["reason"]


def setup_logging(folder: Path | None = None) -> Path | None:
    """Log to ``folder``/freelance-desk.log (the data folder's ``logs``); None when it cannot be written:
    the app goes on, and says so (``failure()``)."""
    _failed["reason"] = None
    try:
        folder = paths.ensure_private_dir(folder or paths.log_dir())
        logfile = folder / LOG_NAME
        rotate_log(logfile)
        handler = PrivateFileHandler(logfile)
    except OSError as e:
        log_failed(e)
        return None
    handler.setFormatter(HomeHidingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, PrivateFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return logfile


def error_summary(exc_type, exc, tb) -> str:
    """A traceback without the exceptions' messages: each one's type and frames, causes included."""
    parts, seen = [], set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        frames = "".join(traceback.format_list(traceback.extract_tb(exc.__traceback__ if exc.__traceback__ else tb)))
        parts.append(f"Traceback (most recent call last):\n{frames}{_type_name(type(exc))} (message not logged)\n")
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
        tb = None
    if not parts:
        parts.append(f"{_type_name(exc_type)} (message not logged)\n")
    return "\nwhich happened while handling or because of:\n".join(reversed(parts))


def _type_name(cls) -> str:
    module = getattr(cls, "__module__", "")
    return cls.__qualname__ if module in ("builtins", "") else f"{module}.{cls.__qualname__}"
