"""An export's figures, measured in a process of its own (no Qt): the whole database written as
``freelance-desk export --format json`` (one file) or ``--format csv`` (a folder of tables) writes it,
the file opened read-only, every table streamed.

    python -m tests.benchmarks.export_bench DB OUT [--format json|csv]

prints one JSON line: ``export_s``, ``export_mb`` (the process's peak resident memory during the export
minus what it held just before), ``bytes`` (the files' size), ``rows`` (time entries written).
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import sys
import time
from datetime import UTC, datetime
from pathlib import Path


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def measure(db_path: Path, out: Path, format: str = "json") -> dict:
    from freelance_desk.db.connection import open_database
    from freelance_desk.services.io.export_csv import export_csv
    from freelance_desk.services.io.export_json import export_json

    logging.getLogger("freelance_desk").addHandler(logging.NullHandler())
    open_database(db_path, read_only=True)
    before = _rss_mb()
    began = time.perf_counter()
    written = [export_json(out, datetime.now(UTC))] if format == "json" else export_csv(out)
    took = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    entries = sum(done.rows.get("time_entries", 0) for done in written)
    return {"export_s": took, "export_mb": peak - before, "bytes": sum(done.bytes for done in written),
            "rows": entries}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--format", choices=("json", "csv"), default="json")
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.db, args.out, args.format)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
