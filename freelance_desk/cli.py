"""The command line's subcommands: ``freelance-desk backup | restore | check`` (no Qt imported).

``app.main`` hands the arguments here when they name a subcommand (:func:`is_command`), before it
imports anything heavy; the bare command and its options open the window as before. Each subcommand
is one :class:`Command`: its name, its help, how it adds its arguments and the function that runs it
(returning the exit code), so a new one (import, export, report, invoice) is one more entry in
``COMMANDS``. ``--data PATH`` is taken before or after the subcommand.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from freelance_desk import APP_ID, APP_NAME, paths


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def database_path(args: argparse.Namespace) -> Path:
    return Path(args.data).expanduser() if getattr(args, "data", None) else paths.default_db_path()


def _say(text: str) -> None:
    print(text, flush=True)


def _fail(text: str, code: int = 1) -> int:
    print(f"{APP_ID}: {text}", file=sys.stderr, flush=True)
    return code


def describe(info) -> str:
    """One backup's contents in a line: "3 clients, 5 contracts, 1,204 time entries (last 2026-03-09 14:00 UTC) …"."""
    s = info.summary
    if s is None:
        return "contents unknown (no summary beside it)"
    from freelance_desk.core.money import format_amount

    last = f" (last {s.last_entry:%Y-%m-%d %H:%M} UTC)" if s.last_entry else ""
    income = format_amount(s.net_income_minor, s.home_currency)
    return (f"{s.clients:,} clients, {s.contracts:,} contracts, {s.time_entries:,} time entries{last}, "
            f"net income {income}, schema v{s.schema_version}")


def open_in_the_app(db_path: Path) -> bool:
    """Whether a running window holds ``db_path`` (its lock file, ``NAME.sqlite3.lock``, locked by a live
    process): replacing the file under it would lose what it writes next. Read without Qt: the lock
    file's own lock (flock) is held for as long as the app runs and is gone with a killed one."""
    from freelance_desk.instance import lock_path

    if sys.platform == "win32":  # no flock: the lock file alone says so (a stale one errs on the safe side)
        return lock_path(db_path).exists()
    import fcntl

    try:
        fd = os.open(lock_path(db_path), os.O_RDONLY)
    except OSError:  # no lock file: no app on it
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # (closing it lets go of a lock we got)
    return False


# --- backup -------------------------------------------------------------------------------
def _backup_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--to", metavar="DIR", help="the folder to write into (default: the backup folder in Settings)")


def run_backup(args: argparse.Namespace) -> int:
    from freelance_desk.db import backups, integrity

    db_path = database_path(args)
    if not db_path.is_file():
        return _fail(f"no database at {db_path}")
    looked = integrity.check_header(db_path)  # a quick look: the full check is `check`
    if not looked.ok:
        return _fail(f"{integrity.describe(db_path, looked)}; not backed up")
    try:
        info = backups.back_up_and_prune(db_path, backups.MANUAL, folder=Path(args.to).expanduser() if args.to else None)
    except Exception as e:  # OSError, DomainError, sqlite3.Error (a file too damaged to read)
        return _fail(f"could not back up {db_path}: {e}")
    _say(str(info.path))
    return 0


# --- restore ------------------------------------------------------------------------------
def _restore_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a backup (freelance-desk-….sqlite3.gz)")


def run_restore(args: argparse.Namespace) -> int:
    from freelance_desk.core.errors import DomainError
    from freelance_desk.db import backups

    source = Path(args.file).expanduser()
    if not source.is_file():
        return _fail(f"no backup at {source}")
    db_path = database_path(args)
    if open_in_the_app(db_path):
        return _fail(f"{db_path} is open in {APP_NAME}: close the window first, or restore from its "
                     "File menu (Restore from backup…)")
    info = backups.read_info(source)
    try:
        done = backups.restore(info, db_path)
    except DomainError as e:
        return _fail(str(e))
    except OSError as e:
        return _fail(f"could not restore into {db_path}: {e}")
    _say(f"Restored {source} (made {info.created:%Y-%m-%d %H:%M:%S} UTC) into {db_path}")
    _say(f"It holds {describe(info)}.")
    if done.kept is not None:
        what = "backed up to" if done.kept_is_backup else "too damaged to back up; moved aside to"
        _say(f"The file it replaced was {what} {done.kept}")
    return 0


# --- check --------------------------------------------------------------------------------
def run_check(args: argparse.Namespace) -> int:
    from freelance_desk.db import backups

    db_path = database_path(args)
    if not db_path.is_file():
        return _fail(f"no database at {db_path}")
    problem = backups.integrity_problem(db_path)
    if problem is not None:
        _fail(problem)
        return _fail("restore a backup: File > Restore from backup…, or `freelance-desk restore FILE`")
    _say("ok")
    return 0


COMMANDS = (
    Command("backup", "write a compressed backup of the database and print its path", _backup_arguments, run_backup),
    Command("restore", "replace the database with a backup (the current file is backed up first)",
            _restore_arguments, run_restore),
    Command("check", "check the database file is whole: prints ok (exit 0) or what is wrong (exit 1)",
            lambda parser: None, run_check),
)
NAMES = {c.name for c in COMMANDS}
TAKES_VALUE = ("--data",)  # options before the subcommand that take a value


def is_command(argv: list[str]) -> bool:
    """Whether ``argv`` names a subcommand (the first word that is neither an option nor its value)."""
    words = iter(argv)
    for word in words:
        if word in TAKES_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            return word in NAMES
    return False


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog=APP_ID, description=f"{APP_NAME} on the command line.")
    top.add_argument("--data", metavar="PATH", help="database file (default: in your user data folder)")
    shared = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: given before the subcommand, --data is not overwritten by the subcommand's default.
    shared.add_argument("--data", metavar="PATH", default=argparse.SUPPRESS,
                        help="database file (default: in your user data folder)")
    subs = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        sub = subs.add_parser(command.name, help=command.help, description=command.help, parents=[shared])
        command.arguments(sub)
        sub.set_defaults(run=command.run)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(sys.argv[1:] if argv is None else argv)
    return args.run(args)
