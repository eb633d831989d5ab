"""Where the data lives: a SQLite file on this computer (the default) or a PostgreSQL server.

``--data`` takes either: a path, or a URL ``postgresql://user@host:5432/dbname`` (``postgres://`` too).
A password is never part of what the app keeps: it comes from the standard ``PGPASSFILE`` /
``~/.pgpass`` (read by the PostgreSQL client library itself), so a URL with a password in it is
refused with that advice. No Qt, no Peewee: the command line reads a target before anything heavy.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from freelance_desk.core.errors import ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432
_OPTIONS = ("sslmode", "connect_timeout", "application_name")  # what a URL may add after "?"


@dataclass(frozen=True, slots=True)
class ServerTarget:
    """A PostgreSQL database: enough to connect, nothing secret."""

    database: str
    user: str | None = None
    host: str | None = None  # None: the local socket
    port: int = DEFAULT_PORT
    options: tuple[tuple[str, str], ...] = ()

    def url(self) -> str:
        """The URL as the user reads it and the recent list keeps it (never a password)."""
        who = f"{self.user}@" if self.user else ""
        where = self.host or ""
        port = f":{self.port}" if self.port != DEFAULT_PORT or where else ""
        query = "&".join(f"{k}={v}" for k, v in self.options)
        return f"postgresql://{who}{where}{port}/{self.database}" + (f"?{query}" if query else "")

    def connect_params(self) -> dict:
        params: dict = {"dbname": self.database, "port": self.port}
        if self.user:
            params["user"] = self.user
        if self.host:
            params["host"] = self.host
        params.update(self.options)
        return params

    def __str__(self) -> str:
        return self.url()


def is_server(text: str | Path) -> bool:
    """Whether ``--data`` names a server rather than a file."""
    return isinstance(text, str) and text.split(":", 1)[0].lower() in SCHEMES and "://" in text


def parse_server(text: str) -> ServerTarget:
    """A PostgreSQL URL read, or ``ValidationError("data", …)`` saying what is wrong with it."""
    try:
        parts = urlsplit(text.strip())
        port = parts.port
    except ValueError:
        raise ValidationError("data", QT_TRANSLATE_NOOP(
            "services", "The server address is not a valid URL; write it like postgresql://me@localhost:5432/freelance."))
    if parts.scheme.lower() not in SCHEMES:
        raise ValidationError("data", QT_TRANSLATE_NOOP(
            "services", "A server address starts with postgresql://, like postgresql://me@localhost:5432/freelance."))
    if parts.password is not None:
        raise ValidationError("data", QT_TRANSLATE_NOOP(
            "services", "Leave the password out of the address: put it in your ~/.pgpass file (or the file "
                        "PGPASSFILE names), where PostgreSQL reads it. The app never stores it."))
    database = unquote(parts.path.lstrip("/"))
    if not database or "/" in database:
        raise ValidationError("data", QT_TRANSLATE_NOOP(
            "services", "Name the database after the server, like postgresql://me@localhost:5432/freelance."))
    options = []
    for key, values in parse_qs(parts.query, keep_blank_values=True).items():
        if key not in _OPTIONS:
            raise ValidationError("data", QT_TRANSLATE_NOOP(
                "services", "The server address has an option this app does not use: {option}."), option=key)
        options.append((key, values[-1]))
    return ServerTarget(
        database=database,
        user=unquote(parts.username) if parts.username else None,
        host=parts.hostname or None,
        port=port or DEFAULT_PORT,
        options=tuple(options),
    )


def server_address(host: str, port: int, database: str, user: str) -> str:
    """File ▸ Open database…'s server fields as the URL the app opens and remembers; a field that cannot be
    part of one is ``ValidationError`` naming it ("host", "database", "user")."""
    host, database, user = host.strip(), database.strip(), user.strip()
    if not database:
        raise ValidationError("database", QT_TRANSLATE_NOOP(
            "services", "Name the database on the server (ask whoever runs it, or make one: createdb freelance)."))
    for field, text in (("host", host), ("user", user), ("database", database)):
        if any(c in text for c in "/@?#:\\ ") or any(ord(c) < 32 for c in text):
            raise ValidationError(field, QT_TRANSLATE_NOOP(
                "services", "This cannot be part of a server address: leave out spaces and the characters / @ ? # : \\."))
    return ServerTarget(database=database, user=user or None, host=host or None, port=port).url()


def chosen_file(text: str) -> Path:
    """File ▸ Open database…'s file field: an existing database file (a new one is File ▸ New database…)."""
    text = text.strip()
    if not text:
        raise ValidationError("file", QT_TRANSLATE_NOOP("services", "Choose the database file to open."))
    path = Path(text).expanduser()
    if path.is_dir():
        raise ValidationError("file", QT_TRANSLATE_NOOP("services", "{path} is a folder; choose the database file in it."),
                              path=str(path))
    if not path.exists():
        raise ValidationError("file", QT_TRANSLATE_NOOP(
            "services", "There is no file at {path}. File ▸ New database… makes a new one."), path=str(path))
    return path
