"""The one database handle, bound late so tests and the app hand in their own file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from peewee import DatabaseProxy, IntegrityError, OperationalError, SqliteDatabase

from freelance_desk.core.errors import DatabaseBusy
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.db import storage
from freelance_desk.db.target import ServerTarget, is_server, parse_server


class Handle(DatabaseProxy):
    """The one handle every model and query uses, pointing at the SQLite file (the default) or at a
    PostgreSQL server (``db/server.py``). Transactions are the backend's own (Peewee's proxy would make
    its generic ones, without the SQLite file's rollback rules)."""

    def atomic(self, *args, **kwargs):
        return self.obj.atomic(*args, **kwargs)

    def transaction(self, *args, **kwargs):
        return self.obj.transaction(*args, **kwargs)

    def savepoint(self):
        return self.obj.savepoint()

    def manual_commit(self):
        return self.obj.manual_commit()

    def connection_context(self):
        return self.obj.connection_context()


# Every transaction begins IMMEDIATE (Peewee's ``lock_type``): it takes the write lock at BEGIN,
# where SQLite waits out the busy timeout. A deferred one that reads first and writes later cannot
# wait when another program holds the lock or has written since its read; it fails at once.
# A full disk or a read-only file reaches the user as a StorageError (``storage.Database``).
file_db = storage.Database(None, lock_type="IMMEDIATE")
db = Handle()
db.initialize(file_db)

BUSY = QT_TRANSLATE_NOOP("services", "The database is busy in another program; nothing was saved. Try again.")

PRAGMAS = {
    "foreign_keys": 1,
    "synchronous": "normal",  # with WAL: durable across app crashes, fast commits
    "busy_timeout": 5000,
    "cache_size": -32000,  # 32 MB page cache
}


def open_database(path: str | os.PathLike | ServerTarget = ":memory:", read_only: bool = False) -> Handle:
    """Point the shared handle at ``path`` (":memory:" for tests) and connect.

    A new file is created with owner-only permissions: a freelancer's income is
    nobody else's business on a shared machine. ``read_only`` opens an existing file
    without ever writing to it (``storage.ReadOnly.FILE``: every write is refused).
    A PostgreSQL URL (or a ``ServerTarget``) connects to that server instead (``db/server.py``).
    """
    if not db.is_closed():
        db.close()
    storage.reset(opened_read_only=read_only)
    if isinstance(path, ServerTarget) or is_server(path):
        from freelance_desk.db import server

        target = path if isinstance(path, ServerTarget) else parse_server(path)
        db.initialize(server.connect(target, read_only=read_only))
        return db
    db.initialize(file_db)
    path = str(path)
    pragmas = dict(PRAGMAS)
    if read_only:
        db.init(storage.read_only_uri(Path(path)), pragmas=pragmas, check_same_thread=False, uri=True)
        db.connect()
        storage.set_read_only(db, storage.ReadOnly.FILE)
        return db
    if path != ":memory:":
        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not p.exists():
            fd = os.open(p, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
    db.init(path, pragmas=pragmas, check_same_thread=False)
    db.connect()
    return db


@contextmanager
def write() -> Iterator[None]:
    """One write transaction (a savepoint inside another): ``with write(): ...``.

    It begins IMMEDIATE, so it waits up to the busy timeout for another program's write to end;
    still locked then, it raises DatabaseBusy (a DomainError the user reads) and nothing is written.
    On a server, the outermost write announces itself at commit (``server.announce_change``): the
    other windows on the database refresh.
    """
    server = backend() == "postgresql"
    try:
        # A file's write takes its lock at BEGIN; a server's transactions need none taken first.
        announce = server and not db.in_transaction()  # the outermost write on a server tells the others
        with db.atomic(**({} if server else {"lock_type": "IMMEDIATE"})):
            yield
            if announce:
                from freelance_desk.db.server import announce_change

                announce_change(db)
    except OperationalError as e:
        if is_busy(e):
            raise DatabaseBusy(BUSY) from e
        _raise_lost_race(e)
        raise
    except IntegrityError as e:
        _raise_lost_race(e)
        raise


def _raise_lost_race(error: Exception) -> None:
    """On a server, a write another computer's beat (rolled back whole) is said in words."""
    if backend() == "postgresql":
        from freelance_desk.db.server import lost_race

        fault = lost_race(error)
        if fault is not None:
            raise fault from None


@contextmanager
def read_snapshot() -> Iterator[None]:
    """Every read inside sees one state of the file (in WAL, writers go on meanwhile); nothing is
    written. Inside a transaction already, that transaction is the snapshot. On a server: one
    REPEATABLE READ, READ ONLY transaction, rolled back."""
    if backend() == "postgresql":
        if db.in_transaction():
            yield
            return
        with db.atomic() as snapshot:
            db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            try:
                yield
            finally:
                snapshot.rollback()
        return
    connection = db.connection()
    own = not connection.in_transaction
    if own:
        connection.execute("BEGIN")
    try:
        yield
    finally:
        if own:
            connection.execute("ROLLBACK")  # it only read


def backend(database=None) -> str:
    """``"sqlite"`` or ``"postgresql"``: which kind of database ``database`` is (the handle's by default)."""
    database = db if database is None else database
    return "sqlite" if isinstance(getattr(database, "obj", database), SqliteDatabase) else "postgresql"


def is_busy(error: Exception) -> bool:
    """SQLite's "database is locked" / "database is busy" (SQLITE_BUSY, SQLITE_LOCKED)."""
    text = str(error).lower()
    return "database is locked" in text or "database is busy" in text or "database table is locked" in text


def enable_wal(database: SqliteDatabase) -> None:
    """Write-ahead logging: readers never block the timer's writes. Persistent in the file.

    Called by migrate() once the file is known to be ours: switching a file to WAL
    rewrites its header, and a database from a newer app must stay untouched.
    """
    if database.database != ":memory:" and storage.read_only_reason() is None:
        database.execute_sql("PRAGMA journal_mode = wal")


def close_database() -> None:
    if not db.is_closed():
        db.close()
    db.initialize(file_db)  # a server's connection is let go; the handle is the file's again
