"""How long the Time page takes to open (build + first rows painted) at 100 and 1,000,000 entries.

    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.time_page_open [--dir /tmp/fd-bench] [--sizes 100 1000000]

The databases are generated once (tests.benchmarks.generate: bulk insert, day-summary
triggers dropped and the summary rebuilt) and reused; they are not part of the repository.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def measure(path: Path, repeat: int) -> list[float]:
    from PySide6.QtWidgets import QApplication

    from freelance_desk.db.connection import close_database, open_database
    from freelance_desk.settings import UiSettings
    from freelance_desk.ui.context import AppContext
    from freelance_desk.ui.pages.time import TimePage

    app = QApplication.instance() or QApplication([])
    open_database(path)
    ctx = AppContext(str(path), UiSettings(str(path.with_suffix(".ini"))))
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        page = TimePage(ctx)
        page.resize(1100, 700)
        page.show()
        app.processEvents()
        page.table.viewport().grab()  # the first rows painted
        times.append(time.perf_counter() - began)
        shown = page.model.entries_held()
        page.close()
        page.deleteLater()
        app.processEvents()
    close_database()
    print(f"  {path.name}: {shown} entries read on open")
    return times


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/fd-bench"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1_000_000])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("FREELANCE_DESK_HOME", str(args.dir / "home"))

    from freelance_desk.db.connection import close_database, open_database
    from freelance_desk.db.models import TimeEntry
    from tests.benchmarks.generate import generate

    for size in args.sizes:
        path = args.dir / f"time-{size}.sqlite3"
        if path.exists():
            open_database(path)
            ok = TimeEntry.select().count() == size
            close_database()
        else:
            ok = False
        if not ok:
            began = time.perf_counter()
            generate(path, entries=size)
            print(f"generated {size:,} entries in {time.perf_counter() - began:.1f} s")
        times = measure(path, args.repeat)
        print(f"{size:>9,} entries: first open {times[0] * 1000:.0f} ms, "
              f"median {statistics.median(times) * 1000:.0f} ms over {len(times)} opens")
    return 0


if __name__ == "__main__":
    sys.exit(main())
