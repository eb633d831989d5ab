"""A PostgreSQL server as the app's database: the second backend beside the SQLite file.

Peewee speaks PostgreSQL natively (through psycopg 3, imported only here, only when a server is
opened). Every integer column is a BIGINT on the server (money in minor units and instants in
seconds outgrow 32 bits), every id a BIGSERIAL. The schema and its version live in
``db/server_schema.py``. A server that cannot be reached is said in words, never a traceback.
"""

from __future__ import annotations

import logging
import sys
import time
import uuid
from functools import cache

from peewee import InterfaceError, OperationalError, PostgresqlDatabase

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.db.target import ServerTarget

log = logging.getLogger(__name__)

UNREACHABLE = QT_TRANSLATE_NOOP(
    "services", "Could not connect to the database server {server}: {reason}")
CONNECT_TIMEOUT_S = 10  # a server that does not answer is said within this long, not waited for


# A write that lost a race with another computer on the same server: rolled back whole, said in words.
TIMER_RACE = QT_TRANSLATE_NOOP(
    "services", "A timer was started on another computer at the same moment; nothing was saved here. "
                "Only one timer runs at a time.")
RACE = QT_TRANSLATE_NOOP(
    "services", "Another computer changed the same records at the same moment; nothing was saved. Try again.")
_RACES = {"40001", "40P01"}  # serialization failure, deadlock detected: the server rolled this write back
_ONE_RUNNING = "time_entry_one_running"


class ServerUnreachable(DomainError):
    pass


def reason_of(error: BaseException) -> str:
    """A driver's error as the one line a message quotes (its first; the type's name when it has no text)."""
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _driver_error(error: BaseException):
    """The driver's own exception behind Peewee's (Peewee wraps it as its first argument)."""
    for candidate in (*getattr(error, "args", ())[:1], error.__cause__, error.__context__, error):
        if candidate is not None and hasattr(candidate, "sqlstate"):
            return candidate
    return None


def lost_race(error: BaseException) -> DomainError | None:
    """The words for a write another computer's write beat (None: some other error)."""
    cause = _driver_error(error)
    if cause is None:
        return None
    if cause.sqlstate in _RACES:
        return DomainError(RACE)
    diag = getattr(cause, "diag", None)
    if cause.sqlstate == "23505" and getattr(diag, "constraint_name", None) == _ONE_RUNNING:
        return DomainError(TIMER_RACE)
    return None


class ServerDatabase(PostgresqlDatabase):
    """The app's PostgreSQL database (psycopg 3, 64-bit integers)."""

    field_types = {"INT": "BIGINT", "AUTO": "BIGSERIAL"}

    def __init__(self, target: ServerTarget, read_only: bool = False):
        params = {"connect_timeout": CONNECT_TIMEOUT_S, **target.connect_params()}
        if read_only:  # every transaction of this connection only reads
            params["options"] = "-c default_transaction_read_only=on"
        database = params.pop("dbname")
        self.target = target  # what it was opened on (never a password)
        super().__init__(database, prefer_psycopg3=True, autoconnect=True, **params)

    def _connect(self):
        connection = super()._connect()
        connection.adapters.register_loader("numeric", _whole_numeric_loader())
        return connection


@cache
def _whole_numeric_loader():
    """A loader of NUMERIC that gives a whole number as an int: the server's SUM of BIGINTs is a NUMERIC, and
    money and seconds are whole numbers here as they are read from the file (a fraction stays a Decimal)."""
    from decimal import Decimal

    from psycopg.adapt import Loader

    class WholeNumeric(Loader):
        def load(self, data):
            text = bytes(data).decode("ascii")
            return int(text) if text.lstrip("-").isdigit() else Decimal(text)

    return WholeNumeric


def bring_in_the_driver() -> None:
    """Import psycopg and hand it to Peewee, which imported without it (``freelance_desk/__init__.py``
    hides it so a file's start does not pay for it): the module names Peewee's PostgreSQL code reads."""
    import peewee

    if peewee.psycopg is not None:
        return
    if sys.modules.get("psycopg", ...) is None:
        del sys.modules["psycopg"]
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    peewee.psycopg, peewee.TransactionStatus, peewee.Json_pg3, peewee.Jsonb_pg3 = psycopg, TransactionStatus, Json, Jsonb
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle, adapter.txn_inerror = TransactionStatus.IDLE, TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN


def connect(target: ServerTarget, read_only: bool = False) -> ServerDatabase:
    """Connected to ``target``, or ``ServerUnreachable`` with the server's own reason."""
    bring_in_the_driver()
    database = ServerDatabase(target, read_only=read_only)
    try:
        database.connect()
    except (OperationalError, InterfaceError) as error:
        reason = reason_of(error)
        log.warning("could not connect to %s", target.url())
        raise ServerUnreachable(UNREACHABLE, server=target.url(), reason=reason) from None
    return database


# --- changes made elsewhere ------------------------------------------------------------------------
# Every write on a server ends by announcing itself (``announce_change``, inside its transaction: the
# server delivers it at COMMIT, and never for a write rolled back). A window listens on its own connection
# and refreshes when someone else wrote: another computer, or another Freelance Desk on this one.
CHANGES = "freelance_desk_changes"
TOKEN = uuid.uuid4().hex  # this process's writes, told apart from everyone else's
LISTEN_CONNECT_TIMEOUT_S = 3  # the listener's reconnection never holds the window longer than this
RETRY_AFTER_S = 30  # a lost listener tries again this long after its last try


def announce_change(database) -> None:
    """Inside a write's transaction: tell the other listeners, at commit, that the database changed."""
    database.execute_sql("SELECT pg_notify(%s, %s)", (CHANGES, TOKEN))


class ChangeListener:
    """Learns of writes by others to the database at ``target`` (its own connection, only listening).

    ``poll()`` never waits for the server: it reads what has arrived. A connection lost (the server
    restarted, the network gone) is tried again every ``RETRY_AFTER_S``; once back, it counts as a
    change, since what was written meanwhile was not heard.
    """

    def __init__(self, target: ServerTarget, clock=time.monotonic):
        self.target = target
        self._clock = clock
        self._connection = None
        self._lost = False
        self._next_try = 0.0

    def _listen(self):
        import psycopg

        params = {**self.target.connect_params(), "connect_timeout": LISTEN_CONNECT_TIMEOUT_S}
        connection = psycopg.connect(autocommit=True, **params)
        connection.execute(f"LISTEN {CHANGES}")
        return connection

    def poll(self) -> bool:
        """Whether someone else wrote since the last poll."""
        import psycopg

        try:
            if self._connection is None:
                if self._clock() < self._next_try:
                    return False
                self._next_try = self._clock() + RETRY_AFTER_S
                self._connection = self._listen()
                was_lost, self._lost = self._lost, False
                return was_lost
            return any(note.payload != TOKEN for note in self._connection.notifies(timeout=0))
        except psycopg.Error:
            if not self._lost:
                log.warning("stopped hearing of changes on %s; trying again", self.target.url())
            self.close()
            self._lost = True
            return False

    def close(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            except Exception:  # a connection gone already
                pass
            self._connection = None
