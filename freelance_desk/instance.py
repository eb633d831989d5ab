"""One running app per database file.

The app holds a lock file beside the database (``NAME.sqlite3.lock``, owner-only) while it has the
file open, and answers on a local socket named from the file's resolved path and the user. A second
start on the same file finds the lock held, asks the first to bring its window to the front, and
exits; two windows on one file would each write from what they last read.

A lock left by a crashed or killed app is stale (QLockFile reads the process id in it and finds no
such process) and taken over. One whose process id a new program has reused since is taken over too:
QLockFile also holds an flock on the file while the app runs, so removing it fails for a live app and
succeeds for a leftover.

Only the app's window takes the lock, not a demo file (temporary, nobody else's). The command-line
tools take none; ``freelance-desk restore`` refuses a file a window holds (``cli.open_in_the_app``, which
reads this module's paths without importing Qt).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

RAISE = b"raise\n"
RAISED = b"raised\n"
ANSWER_MS = 1500  # how long a second start waits for the first's answer, per try
STARTING_S = 8.0  # how long it waits for a first app still starting (lock taken, not yet answering)


def resolved(path: str | os.PathLike) -> Path:
    return Path(path).expanduser().resolve()


def lock_path(db_path: str | os.PathLike) -> Path:
    db = resolved(db_path)
    return db.with_name(db.name + ".lock")


def server_name(db_path: str | os.PathLike) -> str:
    """The local socket's name: the same for the same file and user, short, and no path in it."""
    import getpass  # (it imports termios: only when the socket is named)
    import hashlib  # (its OpenSSL library: not before the first frame)

    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid
        user = str(os.getuid()) if hasattr(os, "getuid") else ""
    digest = hashlib.sha256(f"{user}\0{resolved(db_path)}".encode()).hexdigest()[:24]
    return f"freelance-desk-{digest}"


class InstanceLock:
    """The lock on one database file, and the socket other starts on it ask to raise the window."""

    OURS, RAISED_OTHER, NO_ANSWER = "ours", "raised", "no answer"

    def __init__(self, db_path: str | os.PathLike):
        from PySide6.QtCore import (
            QLockFile,  # here: the module's paths are read without Qt (cli.py)
        )

        self.path = resolved(db_path)
        self.lock = QLockFile(str(lock_path(self.path)))
        self.lock.setStaleLockTime(0)  # held as long as the app runs: stale only when its process is gone
        self.server = None
        self.held = False

    @property
    def name(self) -> str:
        """The local socket's name (worked out when first asked: not on the way to the first frame)."""
        return server_name(self.path)

    # --- taking it -----------------------------------------------------------------
    def acquire(self, starting_s: float = STARTING_S) -> str:
        """OURS (the lock is held now), RAISED_OTHER (another app has the file and raised its window) or
        NO_ANSWER (another app holds it and does not answer)."""
        if self._try():
            return self.OURS
        deadline = time.monotonic() + starting_s
        while True:
            if self.ask_to_raise():
                return self.RAISED_OTHER
            # Not answering: starting up still, or its process id now belongs to another program.
            # removeStaleLockFile() fails while a live app holds the file's flock.
            if self.lock.removeStaleLockFile() and self._try():
                log.info("took over a stale lock on %s", self.path)
                return self.OURS
            if time.monotonic() > deadline:
                return self.NO_ANSWER
            time.sleep(0.1)

    def _try(self) -> bool:
        if self.lock.tryLock(0):
            self.held = True
            try:
                os.chmod(self.lock.fileName(), 0o600)  # it names this computer and the app's process
            except OSError:
                pass
            return True
        if self.lock.error() != type(self.lock).LockError.LockFailedError:
            # No lock file can be written there (a read-only folder): nothing to guard against.
            log.warning("no lock file beside %s: %s", self.path, self.lock.error())
            return True
        return False

    def ask_to_raise(self, timeout_ms: int = ANSWER_MS) -> bool:
        """Ask the app holding the file to bring its window to the front; True once it said it did."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(RAISE)
        socket.waitForBytesWritten(timeout_ms)
        answer = b""
        while RAISED not in answer and socket.waitForReadyRead(timeout_ms):
            answer += bytes(socket.readAll())
        socket.disconnectFromServer()
        return RAISED in answer

    # --- answering -----------------------------------------------------------------------
    def listen(self, on_raise: Callable[[], None]) -> bool:
        """Answer other starts on this file (call once the window is up: it imports QtNetwork)."""
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None or not self.held:
            return self.server is not None
        server = QLocalServer()
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # A socket left by a killed app: ours to remove, since the lock is ours.
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            log.warning("cannot answer other starts on %s: %s", self.path, server.errorString())
            return False

        def answer():
            while server.hasPendingConnections():
                socket = server.nextPendingConnection()
                socket.readyRead.connect(lambda s=socket: reply(s))
                socket.disconnected.connect(socket.deleteLater)
                if socket.bytesAvailable():
                    reply(socket)

        def reply(socket):
            if RAISE in bytes(socket.peek(64)):
                socket.readAll()
                on_raise()
                socket.write(RAISED)
                socket.flush()

        server.newConnection.connect(answer)
        self.server = server
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.held:
            self.lock.unlock()
            self.held = False
