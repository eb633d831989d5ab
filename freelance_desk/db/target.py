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


# Said (in English, before any translation is loaded) when --data names a server the window and the
# commands cannot open yet; the address is not repeated (it may hold a password).
NOT_YET = ("--data names a PostgreSQL server. This version of the window opens database files only; give the "
           "path of a file (freelance-desk copy --from URL --to FILE makes one of the server's database).")


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
