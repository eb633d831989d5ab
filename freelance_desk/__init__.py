"""Freelance Desk: an offline desktop app for a solo freelancer's business."""

__version__ = "0.1.0"
APP_NAME = "Freelance Desk"
APP_ID = "freelance-desk"

# Peewee imports the PostgreSQL driver (psycopg, ~150 ms) at its own import whenever it is installed; a
# database file never needs it. Hidden from that import, it is brought in when a server is opened
# (``db/server.py``, ``bring_in_the_driver``), so the file's path starts no slower for the second backend.
import sys as _sys  # noqa: E402

if "peewee" not in _sys.modules:
    _sys.modules.setdefault("psycopg", None)
