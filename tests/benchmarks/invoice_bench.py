"""An invoice's PDF, measured in a process of its own: an invoice of 500 lines (the most one may have) made
in a new database, then read and laid out as PDF (``invoice_document`` + ``invoice_pdf``) ``--runs`` times.

    python -m tests.benchmarks.invoice_bench WORKDIR [--runs 5]

prints one JSON line: ``invoice_pdf_500_s`` (the median of the runs after one warm-up) and ``bytes`` (the PDF's size).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import sys
import time
from pathlib import Path


def measure(work: Path, runs: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])  # noqa: F841 - fonts need it
    from freelance_desk.db.connection import open_database
    from freelance_desk.db.migrations import migrate
    from freelance_desk.services.billing.invoice_list import invoice_document
    from freelance_desk.services.billing.invoices import TaxData
    from freelance_desk.ui.invoice_pdf import invoice_pdf
    from tests.ui import invoice_samples as samples

    logging.getLogger("freelance_desk").addHandler(logging.NullHandler())
    db = work / "invoice-bench.sqlite3"
    db.unlink(missing_ok=True)
    migrate(open_database(db))
    samples.seller()
    client, contract = samples.client()
    invoice_id = samples.invoice(client, contract, [150_000 + i for i in range(500)], language="id",
                                 taxes=[TaxData("PPN", 1100), TaxData("PPh 23", 200, True)],
                                 description="Pengembangan fitur & perbaikan <bug>", paid=1_000_000)
    sizes = []

    def once() -> float:
        began = time.perf_counter()
        data = invoice_pdf(invoice_document(invoice_id))
        took = time.perf_counter() - began
        sizes.append(data)
        return took

    once()
    seconds = statistics.median(once() for _ in range(runs))
    return {"invoice_pdf_500_s": seconds, "bytes": len(sizes[-1])}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("work", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.work, args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
