"""The second backend's figures beside the file's: the same database copied onto a PostgreSQL server, then the
same service calls and the same command measured on both. Not part of the test suite.

    python -m tests.benchmarks.generate /tmp/m1.sqlite3 --entries 1000000
    python -m tests.benchmarks.server_bench /tmp/m1.sqlite3 postgresql://me@127.0.0.1:5432/bench --json server.json

The server's database must be empty (``copy`` refuses one with data). Figures (medians of ``--runs`` after one
warm-up; writes go to a copy of the file and to the server's copy): ``copy_to_server_s`` (``freelance-desk
copy`` as a whole process), ``income_query_s`` (the Income page's query, ``income.load_income``),
``timer_start_stop_s`` (a timer started and stopped, each its own transaction), ``report_cli_s`` (``freelance-desk
report --by month --json`` as a whole process), and the window's: ``startup_s`` (the app started on the file and
on the server in turn, to its first frame: ``bench.spawn_until_shown``; ``startup_ratio`` the server's over the
file's, target ≤ 1.5) and ``time_page_open_s`` (``bench.child``'s, target ≤ 0.15). Each figure is printed for
``sqlite`` and ``postgresql`` and written to ``--json`` as ``{backend: {figure: seconds}}``. ``--existing``: the
server already holds the copy (its rows counted against the file's), so it is not made again.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from tests.benchmarks.bench import median_runs, run_child, spawn_until_shown


def service_figures(target, runs: int) -> dict:
    """``income_query_s`` and ``timer_start_stop_s`` on ``target`` (a file's path or a server's URL)."""
    from freelance_desk.db.connection import close_database, open_database, write
    from freelance_desk.db.models import Contract, TimeEntry
    from freelance_desk.services.money import income
    from freelance_desk.services.time import tracking

    open_database(target)
    try:
        today = datetime.now(UTC).date()

        def query():
            began = time.perf_counter()
            income.load_income(today)
            return time.perf_counter() - began

        contract = Contract.select(Contract.id).where(Contract.status == "active").first().id
        tracking.stop_timer(datetime.now(UTC))  # one the file had running

        def timer():
            began = time.perf_counter()
            started = tracking.start_timer(contract, datetime.now(UTC), "UTC")
            tracking.stop_timer(datetime.now(UTC))
            took = time.perf_counter() - began
            with write():  # the database left as it was copied (a later run may reuse the server's copy)
                TimeEntry.delete().where(TimeEntry.id == started.id).execute()
            return took

        return {"income_query_s": statistics.median(median_runs(query, runs)),
                "timer_start_stop_s": statistics.median(median_runs(timer, runs))}
    finally:
        close_database()


def window_figures(file: Path, server: str, home: Path, runs: int) -> dict:
    """The window on the file and on the server: startup to the first frame (in turn), the Time page's opening."""
    pairs = median_runs(lambda: tuple(spawn_until_shown(command("--data", str(target)), home)[0]
                                      for target in (file, server)), runs)
    figures = {"sqlite": {"startup_s": statistics.median(f for f, _ in pairs)},
               "postgresql": {"startup_s": statistics.median(s for _, s in pairs),
                              "startup_ratio": statistics.median(s / f for f, s in pairs)}}
    for backend, target in (("sqlite", file), ("postgresql", server)):
        rows = median_runs(lambda t=target: run_child("time", t, home, 1), runs)
        figures[backend]["time_page_open_s"] = statistics.median(r["time_page_open_s"] for r in rows)
    return figures


def same_rows(file: Path, server: str) -> bool:
    import sqlite3

    import psycopg

    with sqlite3.connect(file) as con:
        mine = con.execute("SELECT COUNT(*) FROM time_entry").fetchone()[0]
    with psycopg.connect(server) as con:
        theirs = con.execute("SELECT COUNT(*) FROM time_entry").fetchone()[0]
    return mine == theirs


def process_s(argv: list[str], runs: int) -> float:
    def once():
        began = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True)
        return time.perf_counter() - began

    return statistics.median(median_runs(once, runs))


def command(*argv: str) -> list[str]:
    return [sys.executable, "-m", "freelance_desk", *argv]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path, help="the benchmark's database file (tests.benchmarks.generate)")
    parser.add_argument("server", help="an empty database on a PostgreSQL server, as postgresql://user@host/db")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--existing", action="store_true", help="the server holds the copy already")
    args = parser.parse_args(argv)
    figures: dict[str, dict[str, float]] = {"sqlite": {}, "postgresql": {}}
    if args.existing:
        if not same_rows(args.db, args.server):
            raise SystemExit(f"{args.server} does not hold a copy of {args.db}")
    else:
        began = time.perf_counter()
        subprocess.run(command("copy", "--from", str(args.db), "--to", args.server), check=True)
        figures["postgresql"]["copy_to_server_s"] = time.perf_counter() - began
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / "bench.sqlite3"
        shutil.copyfile(args.db, work)
        home = Path(folder) / "home"
        home.mkdir()
        for backend, values in window_figures(work, args.server, home, args.runs).items():
            figures[backend].update(values)
        for backend, target in (("sqlite", work), ("postgresql", args.server)):
            figures[backend].update(service_figures(target, args.runs))
            figures[backend]["report_cli_s"] = process_s(
                command("report", "--data", str(target), "--by", "month", "--json"), args.runs)
    names = sorted({name for values in figures.values() for name in values})
    print("| figure | SQLite file | PostgreSQL server |\n|---|---:|---:|")
    for name in names:
        cells = [f"{figures[b][name]:.4f}" if name in figures[b] else "—" for b in ("sqlite", "postgresql")]
        print(f"| `{name}` | {cells[0]} | {cells[1]} |")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
