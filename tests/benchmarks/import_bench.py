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


def measure(path: Path, format_name: str | None, zone: str, beside: bool = False) -> dict:
    """``beside``: the database holds an entry of its own before the import (Undo then takes the import's
    days out of the day summary one by one, instead of emptying it)."""
    from freelance_desk.db.connection import db, open_database
    from freelance_desk.db.migrations import migrate
    from freelance_desk.services.io import moving_in

    folder = Path(tempfile.mkdtemp(prefix="fd-import-bench-"))
    open_database(folder / "data.sqlite3")
    migrate(db)
    if beside:
        _an_entry_of_its_own(zone)
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


def _an_entry_of_its_own(zone: str) -> None:
    from freelance_desk.services.clients.clients import ClientData, create_client
    from freelance_desk.services.contracts.contracts import (
        ContractData,
        create_contract,
    )
    from freelance_desk.services.time import tracking

    now = datetime.now(UTC)
    client = create_client(ClientData("Kept client"), now=now)
    contract = create_contract(ContractData(client.id, "Kept contract", kind="hourly", rate_minor=5000), now=now)
    start = datetime(2003, 6, 2, 2, 0, tzinfo=UTC)  # before the benchmark file's first day
    tracking.add_entry(tracking.EntryData(contract.id, start, start + timedelta(hours=1), zone=zone), now)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("--format")
    parser.add_argument("--zone", default="Asia/Jakarta")
    parser.add_argument("--beside", action="store_true", help="an entry of the database's own is there first")
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.file, args.format, args.zone, args.beside)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
