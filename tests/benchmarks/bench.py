"""Benchmark Freelance Desk on a database: whole processes and the real code paths.

    python -m tests.benchmarks.generate /tmp/m1.sqlite3 --entries 1000000
    python -m tests.benchmarks.bench /tmp/m1.sqlite3 --json bench-1m.json

Each figure is the median of --runs runs (default 5) after one warm-up. Startup is
measured as a whole process from spawn to the window's first frame on screen, with its
first page laid out (the app prints the moment when FREELANCE_DESK_REPORT_SHOWN is set),
exactly like a minimal PySide6 program that shows an empty QMainWindow, and to the first
page's figures painted ("ready"); startup_ratio is the median of startup / hello over the
runs, which take turns so both meet the same machine. Page figures come from a
fresh child process per run, so a "first open" is really the first. Writes go to a
temporary copy of the database. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

HELLO = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 760)
window.show()
def report():
    app.processEvents()
    print(f"shown {time.time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, report)
app.exec()
"""

# Plain sqlite3: hours and net income per month for all years, with the best index for it.
FLOOR_INDEX = 'CREATE INDEX IF NOT EXISTS bench_floor ON time_entry (start, "end", utc_offset_minutes)'
FLOOR_HOURS = (
    "SELECT substr(date(start + utc_offset_minutes * 60, 'unixepoch'), 1, 7) AS month, SUM(\"end\" - start) "
    'FROM time_entry WHERE "end" IS NOT NULL GROUP BY month'
)
FLOOR_INCOME = "SELECT substr(received_on, 1, 7) AS month, SUM(net_home_minor) FROM payment GROUP BY month"


WARM_OPEN_AFTER_S = 3.0  # income_page_open_warm_s: the Income page opened this long after startup


def env(home: Path) -> dict:
    # As on a user's machine: bytecode is cached (the warm-up run writes it), not recompiled each start.
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return dict(
        base,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        FREELANCE_DESK_HOME=str(home),
        PYTHONPATH=str(ROOT),
        MPLCONFIGDIR=str(home / "mpl"),
        FREELANCE_DESK_REPORT_SHOWN="1",  # the app prints "shown <epoch>" and exits
    )


def spawn_until_shown(argv: list[str], home: Path) -> tuple[float, float, float]:
    """Seconds from spawn to the 'shown' line (the first frame) and to the 'ready' line (the first
    page's figures painted; the same as shown for a program that prints none), and the peak RSS in MB."""
    began = time.time()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env(home), text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    moments = {line.split()[0]: float(line.split()[1]) for line in out.splitlines()
               if line.startswith(("shown ", "ready "))}
    if proc.returncode != 0 or "shown" not in moments:
        raise RuntimeError(f"{argv} failed ({proc.returncode}): {out}")
    return moments["shown"] - began, moments.get("ready", moments["shown"]) - began, usage.ru_maxrss / 1024


def median_runs(fn, runs: int, warmup: int = 1) -> list:
    for _ in range(warmup):
        fn()
    return [fn() for _ in range(runs)]


def child(measure: str, db: Path | str, runs: int) -> dict:
    """Run inside a fresh process: open the app's window on ``db`` (a file, or a server's URL) and time one code
    path."""
    import resource

    from PySide6.QtWidgets import QApplication

    from freelance_desk.db.connection import open_database
    from freelance_desk.db.migrations import migrate
    from freelance_desk.settings import UiSettings
    from freelance_desk.ui.context import AppContext
    from freelance_desk.ui.main_window import PAGE_NAMES, MainWindow

    app = QApplication([])
    migrate(open_database(db))
    window = MainWindow(AppContext(str(db), UiSettings()))
    window.resize(1280, 800)
    window.show()
    window.start_page("dashboard")
    app.processEvents()
    result: dict = {}
    # What the window does just after its first frame (the reminders, a server's listener) is done before a
    # page is asked for, as it is by the time a user clicks one.
    end = time.perf_counter() + 30
    while not window._after_first_frame_done and time.perf_counter() < end:
        app.processEvents()
    app.processEvents()

    def wait(predicate, limit=120.0):
        end = time.perf_counter() + limit
        while not predicate():
            app.processEvents()
            if time.perf_counter() > end:
                raise TimeoutError(measure)

    def scroll_time_page(page):
        """Drag to the end: the oldest rows painted (every row is laid out, so no paging loop)."""
        view, model = page.table, page.model
        view.scrollToBottom()
        wait(model.fully_laid_out)  # older history is laid out just after the first paint
        app.processEvents()
        view.viewport().repaint()
        last = model.rowCount() - 1
        if last >= 0 and model.entry_at(last) is None and not model.is_group(last):
            raise RuntimeError("the last row is empty")

    if measure == "time":
        began = time.perf_counter()
        page = window.show_page("time")
        wait(lambda: page.model.rowCount() > 0)
        app.processEvents()
        result["time_page_open_s"] = time.perf_counter() - began
        wait(page.model.fully_laid_out)
        began = time.perf_counter()
        scroll_time_page(page)
        result["time_page_scroll_s"] = time.perf_counter() - began
    elif measure == "timesheet":
        # The week with the most time in it (the generator's busiest), so the grid is as full as it gets.
        with sqlite3.connect(db) as con:
            busiest = con.execute("SELECT day FROM daily_time GROUP BY day ORDER BY SUM(seconds) DESC LIMIT 1").fetchone()
        from freelance_desk.services.time.queries import week_first_day

        began = time.perf_counter()
        page = window.show_page("timesheet")
        if busiest:
            page.first = week_first_day(date.fromisoformat(busiest[0]))
            page.refresh()
        wait(lambda: page.model.rowCount() > 0 or not busiest)
        app.processEvents()
        result["timesheet_open_s"] = time.perf_counter() - began
        result["timesheet_rows"] = max(page.model.rowCount() - 1, 0)
    elif measure == "income":
        began = time.perf_counter()
        page = window.show_page("income")
        wait(page.is_ready)  # the chart drawn (matplotlib imported after the tables painted)
        result["income_page_open_s"] = time.perf_counter() - began
        switches = []
        choices = [page.by_platform, page.by_client]
        for i in range(runs + 1):
            began = time.perf_counter()
            if i % 2:
                page.range.setCurrentIndex((page.range.currentIndex() + 1) % page.range.count())
            else:
                choices[(i // 2) % 2].click()
            app.processEvents()
            wait(lambda: not page.chart.pending)
            switches.append(time.perf_counter() - began)
        result["income_switch_s"] = statistics.median(switches[1:])
    elif measure == "income_warm":
        # A few seconds at the dashboard first, the event loop idle as when the user reads it: the app
        # warms matplotlib up in the background meanwhile.
        from PySide6.QtCore import QEventLoop, QTimer

        idle = QEventLoop()
        QTimer.singleShot(int(WARM_OPEN_AFTER_S * 1000), idle.quit)
        idle.exec()
        began = time.perf_counter()
        page = window.show_page("income")
        wait(page.is_ready)
        result["income_page_open_warm_s"] = time.perf_counter() - began
    elif measure == "queries":
        from freelance_desk.services.money import income
        from freelance_desk.services.time import tracking as tt

        today = window.ctx.today()
        times = []
        for _ in range(runs + 1):
            began = time.perf_counter()
            income.load_income(today)
            times.append(time.perf_counter() - began)
        result["income_query_s"] = statistics.median(times[1:])
        from freelance_desk.db.models import Contract

        contract = Contract.select(Contract.id).where(Contract.status == "active").first().id
        times = []
        for _ in range(runs + 1):
            began = time.perf_counter()
            tt.start_timer(contract, window.ctx.now(), "UTC")
            tt.stop_timer(window.ctx.now())
            times.append(time.perf_counter() - began)
        result["timer_start_stop_s"] = statistics.median(times[1:])
    elif measure == "all_pages":
        for name in PAGE_NAMES:
            page = window.show_page(name)
            app.processEvents()
            if name == "time":
                scroll_time_page(page)
            if name == "income":
                wait(page.is_ready)
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    else:
        raise SystemExit(f"unknown measure {measure}")
    # As the app does when it quits: background work under way is let finish or cut short.
    if getattr(window, "full_check", None) is not None:
        window.full_check.stop()
    if "freelance_desk.ui.backups" in sys.modules:
        sys.modules["freelance_desk.ui.backups"].wait_for_backups()
    return result


def run_child(measure: str, db: Path, home: Path, runs: int) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.bench", "--child", measure, str(db), "--runs", str(runs)],
        capture_output=True, text=True, env=env(home), cwd=ROOT, timeout=900,
    )
    if out.returncode != 0:
        raise RuntimeError(f"child {measure} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def sqlite_floor(db: Path, runs: int) -> float:
    con = sqlite3.connect(db)
    con.execute(FLOOR_INDEX)

    def once():
        began = time.perf_counter()
        con.execute(FLOOR_HOURS).fetchall()
        con.execute(FLOOR_INCOME).fetchall()
        return time.perf_counter() - began

    value = statistics.median(median_runs(once, runs))
    con.close()
    return value


def backup_figures(db: Path, runs: int) -> dict:
    """backup_s: File ▸ Back up now on the whole file (online copy + gzip into the backup folder), the
    median of ``runs``; backup_bytes: the compressed file's size."""
    from freelance_desk.db import backups

    folder = Path(tempfile.mkdtemp(prefix="fd-bench-backups-"))
    try:
        sizes = []

        def once():
            began = time.perf_counter()
            info = backups.make_backup(db, folder, "manual")
            took = time.perf_counter() - began
            sizes.append(info.size)
            info.path.unlink()
            info.sidecar.unlink()
            return took

        seconds = statistics.median(median_runs(once, runs))
        return {"backup_s": seconds, "backup_bytes": sizes[-1], "db_bytes": db.stat().st_size}
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def report_figures(db: Path, home: Path, runs: int) -> dict:
    """report_cli_s: ``freelance-desk report --by month --json`` as a whole process, spawn to exit (the
    median of ``runs``)."""
    argv = [sys.executable, "-m", "freelance_desk", "report", "--data", str(db), "--by", "month", "--json"]

    def once():
        began = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env(home), check=True)
        return time.perf_counter() - began

    return {"report_cli_s": statistics.median(median_runs(once, runs))}


def import_figures(work: Path, home: Path, runs: int) -> dict:
    """import_200k_s / import_200k_mb / import_undo_s: 200,000 lines of this app's CSV into a new database
    (read, plan, write), each run a fresh process (``import_bench``); the medians of ``runs``."""
    from tests.benchmarks.import_bench import write_csv

    csv = write_csv(work / "import-200k.csv")

    def once(*flags):
        out = subprocess.run([sys.executable, "-m", "tests.benchmarks.import_bench", str(csv), *flags],
                             capture_output=True, text=True, env=env(home), cwd=ROOT, timeout=900)
        if out.returncode != 0:
            raise RuntimeError(f"import benchmark failed:\n{out.stderr[-3000:]}")
        return json.loads(out.stdout.strip().splitlines()[-1])

    rows = median_runs(once, runs)
    beside = median_runs(lambda: once("--beside"), runs)
    return {"import_200k_s": statistics.median(r["import_s"] for r in rows),
            "import_200k_mb": statistics.median(r["import_mb"] for r in rows),
            "import_undo_s": statistics.median(r["undo_s"] for r in rows),
            "import_undo_beside_s": statistics.median(r["undo_s"] for r in beside)}


def export_figures(db: Path, work: Path, home: Path, runs: int) -> dict:
    """export_json_1m_s / export_json_1m_mb: the whole database as JSON (``freelance-desk export --format json``);
    export_csv_1m_s / export_csv_1m_mb: its tables as CSV (``--format csv``); each run a fresh process
    (``export_bench``), the medians of ``runs``; export_*_bytes what was written."""
    figures = {}
    for format, out in (("json", work / "export.json"), ("csv", work / "export-csv")):
        def once(format=format, out=out):
            result = subprocess.run([sys.executable, "-m", "tests.benchmarks.export_bench", str(db), str(out),
                                     "--format", format],
                                    capture_output=True, text=True, env=env(home), cwd=ROOT, timeout=900)
            if result.returncode != 0:
                raise RuntimeError(f"export benchmark failed:\n{result.stderr[-3000:]}")
            return json.loads(result.stdout.strip().splitlines()[-1])

        rows = median_runs(once, runs)
        if out.is_dir():
            shutil.rmtree(out)
        else:
            out.unlink(missing_ok=True)
        figures[f"export_{format}_1m_s"] = statistics.median(r["export_s"] for r in rows)
        figures[f"export_{format}_1m_mb"] = statistics.median(r["export_mb"] for r in rows)
        figures[f"export_{format}_bytes"] = rows[-1]["bytes"]
    return figures


def invoice_figures(work: Path, home: Path, runs: int) -> dict:
    """invoice_pdf_500_s: an invoice of 500 lines read and laid out as PDF, in a process of its own
    (``invoice_bench``, a database of its own), the median of ``runs``; invoice_pdf_500_bytes its size."""
    out = subprocess.run([sys.executable, "-m", "tests.benchmarks.invoice_bench", str(work), "--runs", str(runs)],
                         capture_output=True, text=True, env=env(home), cwd=ROOT, timeout=900)
    if out.returncode != 0:
        raise RuntimeError(f"invoice benchmark failed:\n{out.stderr[-3000:]}")
    row = json.loads(out.stdout.strip().splitlines()[-1])
    return {"invoice_pdf_500_s": row["invoice_pdf_500_s"], "invoice_pdf_500_bytes": row["bytes"]}


def benchmark(db: Path, runs: int, only: str | None = None) -> dict:
    work = Path(tempfile.mkdtemp(prefix="fd-bench-"))
    try:
        copy = work / "bench.sqlite3"
        src = sqlite3.connect(db)
        dst = sqlite3.connect(copy)
        src.backup(dst)
        src.close()
        dst.close()
        home = work / "home"
        home.mkdir()
        figures: dict = {}
        with sqlite3.connect(copy) as con:
            figures["entries"] = con.execute("SELECT COUNT(*) FROM time_entry").fetchone()[0]
        if only == "backup":
            figures.update(backup_figures(copy, runs))
            return figures
        if only == "report":
            figures.update(report_figures(copy, home, runs))
            return figures
        if only == "import":
            figures.update(import_figures(work, home, runs))
            return figures
        if only == "export":
            figures.update(export_figures(copy, work, home, runs))
            return figures
        if only == "invoice":
            figures.update(invoice_figures(work, home, runs))
            return figures
        if only == "timesheet":
            rows = median_runs(lambda: run_child("timesheet", copy, home, runs), runs)
            return {**figures, **{key: statistics.median(r[key] for r in rows) for key in rows[0]}}
        # Hello and the app take turns, so both meet the same machine (caches, other load).
        pairs = median_runs(
            lambda: (
                spawn_until_shown([sys.executable, "-c", HELLO], home),
                spawn_until_shown([sys.executable, "-m", "freelance_desk", "--data", str(copy)], home),
            ),
            runs,
        )
        figures["hello_window_s"] = statistics.median(hello[0] for hello, _ in pairs)
        figures["startup_s"] = statistics.median(app[0] for _, app in pairs)
        figures["startup_ratio"] = statistics.median(app[0] / hello[0] for hello, app in pairs)
        figures["startup_ready_s"] = statistics.median(app[1] for _, app in pairs)
        figures["startup_rss_mb"] = statistics.median(app[2] for _, app in pairs)
        if only == "startup":
            return figures
        for measure in ("time", "timesheet", "income", "income_warm"):
            rows = median_runs(lambda m=measure: run_child(m, copy, home, runs), runs)
            for key in rows[0]:
                figures[key] = statistics.median(r[key] for r in rows)
        figures.update(run_child("queries", copy, home, runs))
        figures.update(run_child("all_pages", copy, home, runs))
        floor_copy = work / "floor.sqlite3"
        shutil.copy(copy, floor_copy)
        figures["sqlite_floor_s"] = sqlite_floor(floor_copy, runs)
        figures.update(backup_figures(copy, runs))
        figures.update(report_figures(copy, home, runs))
        figures.update(import_figures(work, home, runs))
        figures.update(export_figures(copy, work, home, runs))
        figures.update(invoice_figures(work, home, runs))
        return figures
    finally:
        shutil.rmtree(work, ignore_errors=True)


TARGETS = {
    "time_page_open_s": 0.15,
    "timesheet_open_s": 0.1,
    "income_page_open_warm_s": 0.25,
    "income_query_s": 0.05,
    "income_switch_s": 0.2,
    "timer_start_stop_s": 0.01,
    "peak_rss_mb": 250,
    "report_cli_s": 0.15,
    "import_200k_s": 3.0,
    "import_200k_mb": 100,
    "import_undo_s": 1.0,
    "import_undo_beside_s": 1.0,
    "export_json_1m_s": 10.0,
    "export_json_1m_mb": 150,
    "export_csv_1m_s": 10.0,
    "export_csv_1m_mb": 150,
    "invoice_pdf_500_s": 1.0,
}


def print_table(figures: dict) -> None:
    print(f"{'figure':<22}{'value':>12}  target")
    for key, value in figures.items():
        target = TARGETS.get(key)
        if key == "startup_s":
            target = round(2 * figures["hello_window_s"], 3)
        if key == "startup_ratio":
            target = 2.0
        shown = (f"{value:,}" if isinstance(value, int) else f"{value:.4f}" if key.endswith("_s")
                 else f"{value:.2f}" if key.endswith("_ratio") else f"{value:.1f}")
        mark = "" if target is None else f"≤ {target}  {'ok' if value <= target else 'MISSED'}"
        print(f"{key:<22}{shown:>12}  {mark}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", help="the benchmark's database file (a server's URL for --child: server_bench.py)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--only", choices=("backup", "report", "import", "export", "startup", "invoice", "timesheet"), help="measure only this part")
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.db, args.runs)))
        return 0
    figures = benchmark(Path(args.db), args.runs, args.only)
    print_table(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
