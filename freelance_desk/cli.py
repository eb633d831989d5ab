"""The command line's subcommands: ``freelance-desk backup | restore | check | import | export | report |
invoice`` (no Qt imported; ``invoice NUMBER --pdf`` alone loads Qt, offscreen, to lay the PDF out).

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
from freelance_desk.db.target import is_server


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def database_path(args: argparse.Namespace) -> Path:
    return Path(args.data).expanduser() if getattr(args, "data", None) else paths.default_db_path()


def database_target(args: argparse.Namespace) -> Path | str:
    """``--data`` as the commands that read a server too take it: a file's path, or a server's URL."""
    data = getattr(args, "data", None)
    return data if data and is_server(data) else database_path(args)


# The commands that open a server as well as a file (they only read it, or copy it); the others open files only.
ON_A_SERVER = {"report", "export", "invoice", "copy", "import", "backup", "check"}
FILES_ONLY = ("--data names a PostgreSQL server; `{command}` works on database files only: give the path of a "
              "file. On a server, `import`, `backup`, `check`, `report`, `export`, `invoice` and `copy` work (a "
              "server's backup goes back with pg_restore, or `import BACKUP.json` into an empty database).")


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
    return (f"{_many(s.clients, 'client', 'clients')}, {_many(s.contracts, 'contract', 'contracts')}, "
            f"{_many(s.time_entries, 'time entry', 'time entries')}{last}, net income {income}, "
            f"schema v{s.schema_version}")


def _many(count: int, one: str, many: str) -> str:
    """``1 client``, ``2 clients`` (the command line speaks English only)."""
    return f"{count:,} {one if count == 1 else many}"


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

    target = database_target(args)
    if not isinstance(target, Path):
        return _back_up_server(target, Path(args.to).expanduser() if args.to else None)
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

    db_path = database_target(args)
    if not isinstance(db_path, Path):  # a server: the app's own rules on it (the server keeps its pages whole)
        from freelance_desk.db.server_schema import check

        problem = open_for_report(db_path) or check()
        if problem is not None:
            return _fail(problem)
        _say("ok")
        return 0
    if not db_path.is_file():
        return _fail(f"no database at {db_path}")
    problem = backups.integrity_problem(db_path)
    if problem is not None:
        _fail(problem)
        return _fail("restore a backup: File > Restore from backup…, or `freelance-desk restore FILE`")
    _say("ok")
    return 0


# --- import -------------------------------------------------------------------------------
def _import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", metavar="FILE", nargs="+", help="an export (a CSV or JSON file, or a Timewarrior data folder)")
    parser.add_argument("--format", help="the file's format, when it is not detected: " + ", ".join(_format_names()))
    parser.add_argument("--zone", metavar="IANA", help="the zone the file's clock times were written in "
                                                      "(default: this computer's)")
    parser.add_argument("--user", metavar="NAME|EMAIL", help="a team export: whose rows are yours")
    parser.add_argument("--map", metavar="SOURCE=CLIENT/CONTRACT", action="append", default=[],
                        help="put a source project (or tag) on this client's contract (created when missing)")
    parser.add_argument("--date-order", choices=("dmy", "mdy"), help="dates like 03/04/2026: day first or month first")
    parser.add_argument("--rate", metavar="CUR=RATE", action="append", default=[],
                        help="payments in another currency than your home one: its rate (e.g. USD=16250)")
    parser.add_argument("--dry-run", action="store_true", help="check and summarise; write nothing")


def _format_names() -> list[str]:
    from freelance_desk.services.io.sources import registry

    return [f.name for f in registry.formats()]


def _open_for_writing(db_path: Path | str) -> str | None:
    """Open and migrate the database (a new file is created; a server's empty database given the schema); a
    problem's words, or None."""
    from freelance_desk.core.errors import DomainError

    if not isinstance(db_path, Path):
        from freelance_desk.app import connect_server_database

        try:
            connect_server_database(db_path)
        except DomainError as e:  # unreachable, a password in the address, a newer schema, the server's refusal
            return e.text()
        return None
    try:
        from freelance_desk.app import open_user_database

        open_user_database(db_path)
    except DomainError as e:
        return str(e.text())
    return None


def run_import(args: argparse.Namespace) -> int:
    from freelance_desk.core.checks import system_zone, utc_now
    from freelance_desk.core.errors import DomainError
    from freelance_desk.services.io import moving_in
    from freelance_desk.services.io.lines import ImportFailed
    from freelance_desk.services.io.sources.base import ReadOptions

    db_path = database_target(args)
    problem = _open_for_writing(db_path)
    if problem is not None:
        return _fail(problem)
    options = ReadOptions(date_order=args.date_order)
    read = []
    for name in args.files:
        path = Path(name).expanduser()
        if not path.exists():
            return _fail(f"{name}: no such file")
        try:
            read.append((path, *moving_in.read_source(path, args.format, options)))
        except ImportFailed as e:
            return _refused(name, e)
        except DomainError as e:
            return _fail(f"{name}: {e.text()}")
    try:
        rates = dict(_pair(text, "--rate") for text in args.rate)
        rates = {code.upper(): _decimal(value) for code, value in rates.items()}
        maps = [_pair(text, "--map") for text in args.map]
    except ValueError as e:
        return _fail(str(e), 2)
    zone = args.zone or system_zone()
    now = utc_now()
    results = []
    from freelance_desk.db.connection import write

    try:
        if not args.dry_run:
            _backup_before_import(db_path)
        with write():  # every file or none
            for path, fmt, parsed in read:
                choices = moving_in.Choices(zone=zone, user=args.user, home_rate=rates)
                _apply_maps(fmt, parsed, maps, choices)
                try:
                    results.append((path, moving_in.import_parsed(fmt, parsed, choices, now, dry_run=args.dry_run)))
                except ImportFailed as e:
                    raise _Refused(path, e) from None
    except _Refused as refused:
        return _refused(str(refused.path), refused.error)
    except DomainError as e:
        return _fail(e.text())
    for path, imported in results:
        _say(f"{path}: {_summary(imported, args.dry_run)}")
    return 0


class _Refused(Exception):
    def __init__(self, path, error):
        super().__init__(str(path))
        self.path, self.error = path, error


def _refused(name: str, error) -> int:
    for problem in error.problems:
        print(f"{name}: line {problem.line}: {problem.error.text()}", file=sys.stderr)
    if error.more:
        print(f"{name}: …and {error.more} more lines with problems", file=sys.stderr)
    return _fail(f"{name}: nothing was imported; the database is unchanged")


def _pair(text: str, option: str) -> tuple[str, str]:
    left, sep, right = text.partition("=")
    if not sep or not left.strip() or not right.strip():
        raise ValueError(f"{option} {text!r}: write it as NAME=VALUE")
    return left.strip(), right.strip()


def _decimal(text: str):
    from decimal import Decimal, InvalidOperation

    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"--rate: {text!r} is not a number") from None
    if not value.is_finite() or value <= 0:
        raise ValueError(f"--rate: {text!r} must be more than zero")
    return value


def _apply_maps(fmt, parsed, maps, choices) -> None:
    """``--map SOURCE=CLIENT/CONTRACT``: a kept contract when one matches, else the names to create."""
    if not maps:
        return
    from freelance_desk.db.models import Client, Contract
    from freelance_desk.services.io import moving_in

    groups = moving_in.preview(fmt, parsed, choices.user).groups
    kept = {(client.casefold(), title.casefold()): cid
            for cid, title, client in Contract.select(Contract.id, Contract.title, Client.name).join(Client).tuples()}
    for source, target in maps:
        matched = [g for g in groups if source.casefold() in (g.project.casefold(), f"{g.client}/{g.project}".casefold())]
        if not matched:
            raise _Refused("--map", _problem(f"no source project or tag is called {source!r}"))
        client, title = _split_target(target, kept)
        for group in matched:
            if (client.casefold(), title.casefold()) in kept:
                choices.contracts[group.key] = kept[client.casefold(), title.casefold()]
            else:
                choices.names[group.key] = (client, title)


def _split_target(target: str, kept) -> tuple[str, str]:
    """CLIENT/CONTRACT, either of which may hold a slash: the split that names a kept contract, else the first."""
    splits = [(target[:i], target[i + 1:]) for i, char in enumerate(target) if char == "/"]
    for client, title in splits:
        if (client.strip().casefold(), title.strip().casefold()) in kept:
            return client.strip(), title.strip()
    if not splits:
        raise ValueError(f"--map {target!r}: write the target as CLIENT/CONTRACT")
    return splits[0][0].strip(), splits[0][1].strip()


def _problem(text: str):
    from freelance_desk.core.errors import DomainError
    from freelance_desk.services.io.lines import ImportFailed, LineProblem

    return ImportFailed([LineProblem(1, DomainError(text))])


def _back_up_server(url: str, folder: Path | None) -> int:
    """A server's backup into the backup folder: pg_dump's archive, or the app's JSON export where pg_dump cannot
    make one (``services/io/server_backups.py``), the older ones rotated as a file's are."""
    from freelance_desk.core.checks import utc_now
    from freelance_desk.db import backups
    from freelance_desk.services.io import server_backups

    problem = open_for_report(url)  # read-only: a backup never changes the database
    if problem is not None:
        return _fail(problem)
    try:
        written = server_backups.back_up_and_prune(backups.MANUAL, utc_now(), folder=folder)
    except OSError as e:
        return _fail(f"could not back up {url}: {e.strerror or e}")
    _say(str(written))
    return 0


def _backup_before_import(db_path: Path | str) -> None:
    from freelance_desk.db import backups

    if not isinstance(db_path, Path):  # a server: pg_dump's archive or the JSON export
        from freelance_desk.core.checks import utc_now
        from freelance_desk.services.io import server_backups

        server_backups.back_up_and_prune(backups.BEFORE_IMPORT, utc_now())
    elif db_path.is_file():
        backups.back_up_and_prune(db_path, backups.BEFORE_IMPORT)


def _summary(imported, dry_run: bool) -> str:
    from freelance_desk.core.durations import hours_minutes
    from freelance_desk.core.money import format_amount

    s = imported.summary
    if imported.restored is not None:
        rows = imported.restored.rows
        return (f"{'would restore' if dry_run else 'restored'} everything into the empty database: "
                + ", ".join(f"{rows[key]:,} {key.replace('_', ' ')}" for key in rows)
                + f" ({hours_minutes(s.seconds)} of time), and the settings")
    parts = [f"{'would import' if dry_run else 'imported'} {_many(s.entries, 'time entry', 'time entries')} "
             f"({hours_minutes(s.seconds)})"]
    if s.payments or imported.source == "upwork":
        money = ", ".join(format_amount(v, c) for c, v in sorted(s.net_minor.items())) or "nothing"
        parts.append(f"{_many(s.payments, 'payment', 'payments')} (net {money})")
    if s.connects_cost_minor:
        cost = ", ".join(format_amount(v, c) for c, v in sorted(s.connects_cost_minor.items()))
        parts.append(f"{s.connects:,} connects bought ({cost})")
    if s.moved:
        parts.append(f"laid out back to back: {s.untimed:,} without a clock time, {s.overlapping:,} overlapping")
    if s.duplicates:
        parts.append(f"skipped {s.duplicates:,} imported before")
    if s.others:
        parts.append(f"left out {s.others:,} rows of other people")
    if s.repeated:
        parts.append(f"{s.repeated:,} in an hour the clocks went back over (read as the first)")
    if s.clients or s.contracts:
        parts.append(f"{'would create' if dry_run else 'created'} {_many(s.clients, 'client', 'clients')} and "
                     f"{_many(s.contracts, 'contract', 'contracts')}")
    return "; ".join(parts)
# --- export -------------------------------------------------------------------------------
EXPORT_FORMATS = ("json", "csv", "ics")


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", required=True, choices=EXPORT_FORMATS,
                        help="json: everything in one file, which `freelance-desk import` reads back; csv: a folder "
                             "with time_entries.csv, payments.csv and milestones.csv for a spreadsheet; ics: the "
                             "deadlines (milestones due, submitted work auto-approving) as a calendar file")
    parser.add_argument("--out", required=True, metavar="PATH",
                        help="the file to write, or for csv the folder (made if missing); replaced whole once "
                             "written")
    parser.add_argument("--from", dest="start", metavar="DATE",
                        help="only time entries (by their local day), payments, proposals and connects from this "
                             "day on (YYYY-MM-DD)")
    parser.add_argument("--to", dest="end", metavar="DATE", help="… up to this day, included (YYYY-MM-DD)")
    parser.add_argument("--client", metavar="NAME",
                        help="only this client, with its contracts, milestones, time, payments, proposals and "
                             "invoices")
    parser.add_argument("--contract", metavar="TITLE",
                        help="only this contract (of the --client, if given): its milestones, time, payments, "
                             "proposals and the invoices that bill it")


def _read_only_range(args: argparse.Namespace):
    """``--from`` / ``--to`` read and the database opened read-only (never migrated): (start, end), or the
    exit code after the message (a bad range, no file, a file this app cannot read)."""
    db_path = database_target(args)
    try:
        start, end = _day(args.start, "--from"), _day(args.end, "--to")
    except ValueError as e:
        return _fail(str(e), 2)
    if start and end and end < start:
        return _fail(f"--to {end} is before --from {start}", 2)
    if isinstance(db_path, Path) and not db_path.is_file():
        return _fail(f"no database at {db_path}")
    problem = open_for_report(db_path)
    if problem is not None:
        return _fail(problem)
    return start, end


def run_export(args: argparse.Namespace) -> int:
    opened = _read_only_range(args)  # read-only: an export never changes the file
    if isinstance(opened, int):
        return opened
    start, end = opened
    db_path = database_target(args)
    from peewee import DatabaseError

    from freelance_desk.core.checks import utc_now
    from freelance_desk.core.errors import DomainError
    from freelance_desk.services.io.export_json import Filter

    out = Path(args.out).expanduser()
    chosen = Filter(start, end, args.client, args.contract)
    try:
        if args.format == "csv":
            from freelance_desk.services.io.export_csv import export_csv

            written, besides = export_csv(out, chosen), ""
        elif args.format == "ics":
            from freelance_desk.services.io.export_ics import export_ics

            written, besides = [export_ics(out, utc_now(), chosen)], ""
        else:
            from freelance_desk.services.io.export_json import export_json

            written, besides = [export_json(out, utc_now(), chosen)], " and the settings"
    except DomainError as e:
        return _fail(e.text())
    except DatabaseError as e:
        return _fail(f"{db_path} cannot be read: {e}; `freelance-desk check` says more")
    except OSError as e:
        return _fail(f"could not write {out}: {e.strerror or e}")
    for done in written:
        _write(f"Exported {_rows_of(done)}{besides} to {done.path} ({done.bytes:,} bytes)")
    return 0


_ROW_NAMES = {  # what an export counts that its key does not say in plain English
    "milestone_due": ("milestone due date", "milestone due dates"),
    "auto_release": ("auto-approval day", "auto-approval days"),
    "invoice_taxes": ("invoice tax", "invoice taxes"),
    "invoice_due": ("invoice due date", "invoice due dates"),
    "invoiced_time": ("billed time entry", "billed time entries"),
}


def _rows_of(done) -> str:
    """"1,204 time entries, 1 payment": each table's rows written."""
    def names(key: str) -> tuple[str, str]:
        many = key.replace("_", " ")
        return _ROW_NAMES.get(key) or (many[:-3] + "y" if many.endswith("ies") else many.removesuffix("s"), many)

    return ", ".join(_many(count, *names(key)) for key, count in done.rows.items())


# --- report -------------------------------------------------------------------------------
REPORT_GROUPINGS = ("contract", "client", "month", "day")  # services/overview/time_report.GROUPINGS
DAY_FORMAT = "YYYY-MM-DD, e.g. 2026-03-01"


def _report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--by", choices=REPORT_GROUPINGS, default="contract",
                        help="one row per contract (the default), client, month or day")
    # Read in run_report, not by argparse: a bad date is one line on stderr, not the usage and an error.
    parser.add_argument("--from", dest="start", metavar="DATE", help="the first day counted (YYYY-MM-DD)")
    parser.add_argument("--to", dest="end", metavar="DATE", help="the last day counted (YYYY-MM-DD)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON (with a tax set-aside on, "
                        "its figures for the whole calendar months the range touches)")


def _day(text: str | None, option: str):
    """``text`` as a date (YYYY-MM-DD only), None when not given; ValueError with the message otherwise."""
    if text is None:
        return None
    import re
    from datetime import date

    try:
        if not re.fullmatch("[0-9]{4}-[0-9]{2}-[0-9]{2}", text):  # not 20260301, 2026-W10-1 or other digits
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{option}: “{text}” is not a date; write it as {DAY_FORMAT}") from None


def _write(text: str) -> None:
    """Names as typed (any script): a terminal that cannot show a character gets its escape, not a traceback."""
    try:
        try:
            _say(text)
        except UnicodeEncodeError:
            sys.stdout.reconfigure(errors="backslashreplace")
            _say(text)
    except BrokenPipeError:  # `| head`: the reader has gone; no traceback at exit either
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def open_for_report(db_path: Path | str) -> str | None:
    """Open ``db_path`` (a file, or a server's URL) read-only (``open_database(read_only=True)``: never written,
    never migrated); None when it can be read, else what is wrong, in a line."""
    import logging

    from peewee import DatabaseError

    from freelance_desk.core.errors import DomainError
    from freelance_desk.db import integrity
    from freelance_desk.db.connection import open_database
    from freelance_desk.db.migrations import latest_version, schema_version

    if isinstance(db_path, Path):
        looked = integrity.check_header(db_path)  # a quick look: the full check is `check`
        if not looked.ok:
            return integrity.describe(db_path, looked)
    logging.getLogger("freelance_desk").addHandler(logging.NullHandler())  # "opened read-only" is no news here
    try:
        found = schema_version(open_database(db_path, read_only=True))
    except DomainError as e:  # a server that cannot be reached
        return e.text()
    except DatabaseError as e:
        return f"{db_path} cannot be read: {e}"
    known = latest_version()
    if found == 0:
        return f"{db_path} holds no {APP_NAME} data (schema version 0)"
    if found < known:
        return (f"{db_path} has an older schema (v{found}; this version knows v{known}): open it in "
                f"{APP_NAME} once to update it (a report never changes the file)")
    if found > known:
        return (f"{db_path} was written by a newer version of {APP_NAME} (schema v{found}; this version "
                f"knows v{known}): update the app")
    return None


def report_json(report) -> str:
    import json

    tax = report.tax

    def row(r) -> dict:
        named = {key: getattr(r, key) for key in ("client", "contract", "month", "day") if getattr(r, key) is not None}
        taxed = {"tax_set_aside_home_minor": tax.of_month(r.month)} if tax and r.month else {}
        return {**named, "seconds": r.seconds, "billable_seconds": r.billable_seconds,
                "net_home_minor": r.net_home_minor, **taxed}

    taxed = {} if tax is None else {"tax_set_aside": {
        "scheme": str(tax.plan.scheme), "rate_bps": tax.plan.rate_bps,
        "exempt_per_year_home_minor": tax.plan.exempt_minor,
        "set_aside_home_minor": tax.set_aside,
        "months": [{"month": m.month, "turnover_home_minor": m.turnover, "exempt_used_home_minor": m.exempt_used,
                    "set_aside_home_minor": m.set_aside} for m in tax.months],
    }}
    return json.dumps({
        "by": report.by,
        "from": report.start.isoformat() if report.start else None,
        "to": report.end.isoformat() if report.end else None,
        "home_currency": report.home_currency,
        "total_seconds": report.total_seconds,
        "billable_seconds": report.billable_seconds,
        "net_home_minor": report.net_home_minor,
        "rows": [row(r) for r in report.rows],
        **taxed,
    }, ensure_ascii=False, indent=2)


def report_table(report) -> str:
    """The report as aligned text: the group's names, hours (H:MM), billable hours and net income."""
    from decimal import Decimal

    from freelance_desk.core.durations import hours_minutes
    from freelance_desk.core.money import POINT, format_amount, write_number

    def format_bps(bps: int) -> str:
        return write_number(Decimal(bps) / 100, POINT) + "%"

    names = {"contract": ("Client", "Contract"), "client": ("Client",), "month": ("Month",), "day": ("Day",)}[report.by]
    keys = [name.lower() for name in names]
    money = lambda minor: format_amount(minor, report.home_currency)  # noqa: E731
    lines = [[*names, "Hours", "Billable", f"Net ({report.home_currency})"]]
    lines += [[*(getattr(r, k) for k in keys), hours_minutes(r.seconds), hours_minutes(r.billable_seconds),
               money(r.net_home_minor)] for r in report.rows]
    total = ["Total", *([""] * (len(names) - 1)), hours_minutes(report.total_seconds),
             hours_minutes(report.billable_seconds), money(report.net_home_minor)]
    widths = [max(len(line[i]) for line in [*lines, total]) for i in range(len(total))]
    labels = len(names)

    def shown(line: list[str]) -> str:
        cells = [cell.ljust(w) if i < labels else cell.rjust(w) for i, (cell, w) in enumerate(zip(line, widths))]
        return "  ".join(cells).rstrip()

    rule = "-" * len(shown(["-" * w for w in widths]))
    span = ("all dates" if report.start is None and report.end is None
            else f"{report.start or '…'} to {report.end or '…'}")
    out = [f"Hours and net income by {report.by}, {span}", "", shown(lines[0]), rule,
           *(shown(line) for line in lines[1:]), rule, shown(total)]
    if not report.rows:
        out.insert(4, "(nothing in this period)")
    if report.tax is not None and report.tax.months:
        first, last = report.tax.months[0].month, report.tax.months[-1].month
        plan = report.tax.plan
        out += ["", f"Tax to set aside, {first if first == last else f'{first} to {last}'} "
                    f"({format_bps(plan.rate_bps)} of gross above {money(plan.exempt_minor)} a year, whole months): "
                    f"{money(report.tax.set_aside)}"]
    if report.left_out_payments:
        out.append(f"Not counted: {report.left_out_payments:,} payment(s) recorded under another home currency "
                   f"(File > Settings converts them to {report.home_currency}).")
    return "\n".join(out)


def run_report(args: argparse.Namespace) -> int:
    opened = _read_only_range(args)
    if isinstance(opened, int):
        return opened
    start, end = opened
    db_path = database_target(args)
    from peewee import DatabaseError

    from freelance_desk.services.overview.time_report import time_report

    try:
        report = time_report(args.by, start, end)
    except DatabaseError as e:  # a damaged page the header did not show
        return _fail(f"{db_path} cannot be read: {e}; `freelance-desk check` says more")
    _write(report_json(report) if args.json else report_table(report))
    return 0


# --- invoice ------------------------------------------------------------------------------
def _invoice_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("number", nargs="?", metavar="NUMBER", help="the invoice, as numbered (e.g. INV-2026-0007)")
    parser.add_argument("--list", action="store_true",
                        help="list every invoice: number, client, issue and due dates, state, total, amount due")
    parser.add_argument("--pdf", metavar="OUT.pdf",
                        help="write invoice NUMBER as PDF, in its client's language on its paper (replaced whole "
                             "once written)")
    parser.add_argument("--receipt", action="store_true",
                        help="with --pdf: the receipt for what was paid on the invoice instead")


def invoice_table(rows) -> str:
    """The invoices as aligned text, newest first: number, client, issued, due, state, total, amount due."""
    from freelance_desk.core.money import format_amount

    lines = [["Number", "Client", "Issued", "Due on", "State", "Total", "Amount due"]]
    lines += [[r.number, r.client, r.issued_on.isoformat(), r.due_on.isoformat(), r.state.replace("_", " "),
               format_amount(r.total, r.currency), format_amount(r.due, r.currency)] for r in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    money_from = 5  # the columns from here on are amounts, aligned right

    def shown(line: list[str]) -> str:
        cells = [cell.rjust(w) if i >= money_from else cell.ljust(w) for i, (cell, w) in enumerate(zip(line, widths))]
        return "  ".join(cells).rstrip()

    rule = "-" * len(shown(["-" * w for w in widths]))
    out = [shown(lines[0]), rule, *(shown(line) for line in lines[1:])]
    if not rows:
        out.append("(no invoices yet)")
    return "\n".join(out)


def run_invoice(args: argparse.Namespace) -> int:
    if args.list == bool(args.number):
        return _fail("name an invoice (freelance-desk invoice NUMBER --pdf OUT.pdf) or list them (--list)", 2)
    if args.number and not args.pdf:
        return _fail(f"--pdf OUT.pdf: where to write invoice {args.number}", 2)
    if args.list and (args.pdf or args.receipt):
        return _fail("--list prints the invoices; --pdf and --receipt take an invoice's NUMBER", 2)
    if args.receipt and not args.pdf:
        return _fail("--receipt goes with --pdf OUT.pdf", 2)
    db_path = database_target(args)
    if isinstance(db_path, Path) and not db_path.is_file():
        return _fail(f"no database at {db_path}")
    problem = open_for_report(db_path)  # read-only: printing an invoice never changes the file
    if problem is not None:
        return _fail(problem)
    from peewee import DatabaseError

    from freelance_desk.core.errors import DomainError
    from freelance_desk.services.billing import documents, invoice_list

    try:
        if args.list:
            _write(invoice_table(invoice_list.list_invoices()))
            return 0
        try:
            document = invoice_list.invoice_document(documents.invoice_id_of(args.number))
            if args.receipt:
                documents.check_receipt(document)
        except DomainError as e:
            return _fail(e.text(), 2)
        out = Path(args.pdf).expanduser()
        written = _write_invoice_pdf(out, document, args.receipt)
    except DatabaseError as e:
        return _fail(f"{db_path} cannot be read: {e}; `freelance-desk check` says more")
    except OSError as e:
        return _fail(f"could not write {out}: {e.strerror or e}")
    what = "the receipt for invoice" if args.receipt else "invoice"
    _write(f"Wrote {what} {document.number} to {out} ({written:,} bytes)")
    return 0


def _write_invoice_pdf(out: Path, document, receipt: bool) -> int:
    """Qt lays the PDF out: a QGuiApplication on the offscreen platform unless another is asked for."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([APP_ID])  # noqa: F841 - kept while the PDF is written
    from freelance_desk.ui.invoice_pdf import write_invoice_pdf

    return write_invoice_pdf(out, document, receipt)


def _copy_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="source", required=True, metavar="PATH|URL",
                        help="the database to copy: a file, or a PostgreSQL server (postgresql://user@host/db); "
                             "read, never changed")
    parser.add_argument("--to", dest="target", required=True, metavar="PATH|URL",
                        help="where the copy goes: a new file, or an empty database on a PostgreSQL server")
    parser.add_argument("--json", action="store_true", help="print what was copied as JSON")


def run_copy(args: argparse.Namespace) -> int:
    from peewee import DatabaseError

    from freelance_desk.core.checks import utc_now
    from freelance_desk.core.errors import DomainError
    from freelance_desk.services.io.copy_db import copy_database

    source, target = (text if is_server(text) else Path(text).expanduser() for text in (args.source, args.target))
    import logging

    logging.getLogger("freelance_desk").addHandler(logging.NullHandler())  # "opened read-only" is no news here
    try:
        copied = copy_database(source, target, utc_now())
    except DomainError as e:
        return _fail(e.text())
    except DatabaseError as e:
        return _fail(f"the copy failed and nothing was kept: {e}".strip())
    except OSError as e:
        return _fail(f"the copy failed and nothing was kept: {e.strerror or e}")
    if args.json:
        import json

        _say(json.dumps({"from": str(source), "to": str(target), "rows": copied.rows, "compared": True}))
        return 0
    _say(f"Copied {copied.rows.get('time_entry', 0):,} time entries, {copied.rows.get('payment', 0):,} payments and "
         f"every other table from {source} to {target}; each table's rows compared: the same.")
    return 0


COMMANDS = (
    Command("backup", "write a compressed backup of the database and print its path", _backup_arguments, run_backup),
    Command("restore", "replace the database with a backup (the current file is backed up first)",
            _restore_arguments, run_restore),
    Command("check", "check the database is whole (a file: every page; a server: the day summary against the "
                     "entries): prints ok (exit 0) or what is wrong (exit 1)",
            lambda parser: None, run_check),
    Command("import", "bring in another tool's export (Toggl, Clockify, Harvest, Kimai, Watson, Timewarrior, Upwork, "
                      "this app's CSV or JSON; a JSON export into an empty database is restored whole): all of it or, "
                      "with the problems by line, nothing", _import_arguments, run_import),
    Command("export", "write everything (clients, contracts, milestones, time, payments, proposals, gigs, settings) "
                      "to one JSON file, the time, payments and milestones as CSV tables, or the deadlines as a "
                      "calendar (reads the database, never writes it)", _export_arguments, run_export),
    Command("report", "hours and net income by contract, client, month or day (reads the file, never writes it)",
            _report_arguments, run_report),
    Command("invoice", "list the invoices (--list), or write one as PDF, or its receipt (NUMBER --pdf OUT.pdf "
                       "[--receipt]); reads the file, never writes it", _invoice_arguments, run_invoice),
    Command("copy", "copy a whole database between a file and a PostgreSQL server, either way (--from PATH|URL --to "
                    "PATH|URL), then compare every table's rows; the original is never changed", _copy_arguments,
            run_copy),
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
    if getattr(args, "data", None) and is_server(args.data) and args.command not in ON_A_SERVER:
        return _fail(FILES_ONLY.format(command=args.command), 2)
    return args.run(args)
