"""The import's figures, measured in a process of its own (no Qt): 200,000 rows of a file into a new
database, as File ▸ Import… and ``freelance-desk import`` run them (read, plan, write in one transaction),
then Undo.

    python -m tests.benchmarks.import_bench FILE [--format NAME] [--zone IANA]

prints one JSON line: ``import_s`` (read + plan + write), ``import_mb`` (the process's peak resident
memory during the import minus what it held just before reading), ``undo_s``, ``rows``. ``write_csv``
makes the 200,000-line file of this app's own CSV the benchmark uses.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path


def write_csv(path: Path, rows: int = 200_000) -> Path:
    """``rows`` entries of this app's CSV, 24 a day from 2004 (seven clients' projects), deterministic."""
    rng = random.Random(1)
    with open(path, "w", encoding="utf-8") as out:
        out.write("date,start,end,duration,contract,client,note,billable\n")
        day, written = date(2004, 1, 1), 0
        while written < rows:
            minute = 7 * 60
            for _ in range(24):
                if written >= rows:
                    break
                length = rng.choice((10, 15, 20, 30))
                end = minute + length
                out.write(f"{day.isoformat()},{minute // 60:02d}:{minute % 60:02d},{end // 60:02d}:{end % 60:02d},,"
                          f"Project {written % 7},Client {written % 3},Worked on item {written},"
                          f"{'yes' if written % 5 else 'no'}\n")
                minute = end + 1
                written += 1
            day += timedelta(days=1)
    return path


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def measure(path: Path, format_name: str | None, zone: str) -> dict:
    from freelance_desk.db.connection import db, open_database
    from freelance_desk.db.migrations import migrate
    from freelance_desk.services.io import moving_in

    folder = Path(tempfile.mkdtemp(prefix="fd-import-bench-"))
    open_database(folder / "data.sqlite3")
    migrate(db)
    before = _rss_mb()
    began = time.perf_counter()
    fmt, parsed = moving_in.read_source(path, format_name)
    imported = moving_in.import_parsed(fmt, parsed, moving_in.Choices(zone=zone), datetime.now(UTC))
    took = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    del parsed
    began = time.perf_counter()
    moving_in.remove_imported(imported)
    undo = time.perf_counter() - began
    return {"import_s": took, "import_mb": peak - before, "undo_s": undo, "rows": imported.summary.entries}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("--format")
    parser.add_argument("--zone", default="Asia/Jakarta")
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.file, args.format, args.zone)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
