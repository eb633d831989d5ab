"""The files the per-format import benchmark (tests/benchmarks/import_formats.py) makes are ones the import takes
whole: a small file of each is told as its format, read without a problem or a question, and imported into a new
database, every row of it, none laid out for overlapping another; the same rows give the same bytes."""

import csv
from decimal import Decimal

import pytest

from freelance_desk.services.io import moving_in
from freelance_desk.services.io.sources import registry
from tests.benchmarks.import_formats import KINDS, ZONE

ROWS = 2_000


@pytest.mark.parametrize("kind", KINDS, ids=[kind.name for kind in KINDS])
def test_each_benchmark_file_imports_whole(database, tmp_path, now, kind):
    path = kind.write(tmp_path / kind.file.format(rows=ROWS), ROWS)

    assert registry.detect(path).name == kind.name
    fmt, parsed = moving_in.read_source(path, kind.name)
    assert parsed.problems == []
    assert not parsed.asks  # nothing left open (a date order, say) for the user to settle
    imported = moving_in.import_parsed(fmt, parsed, moving_in.Choices(zone=ZONE), now)

    summary = imported.summary
    assert summary.duplicates == summary.others == summary.repeated == 0
    if kind.entries:
        assert summary.entries == ROWS
        assert summary.overlapping == 0
        assert summary.untimed == (ROWS if kind.name == "harvest" else 0)  # Harvest writes no clock times
        assert summary.contracts >= 3
    else:
        assert summary.entries == 0
        assert summary.payments == ROWS // 2
        with open(path, newline="", encoding="utf-8") as stream:
            cents = [(row["Transaction Type"], int(Decimal(row["Amount $"].replace(",", "")) * 100))
                     for row in csv.DictReader(stream)]
        fees = [amount for type_, amount in cents if type_ == "Service Fee"]
        assert len(fees) == ROWS // 2
        assert summary.fees_minor == -sum(fees)
        assert summary.net_minor == {"USD": sum(amount for _, amount in cents)}  # each fee taken from its payment


@pytest.mark.parametrize("kind", KINDS, ids=[kind.name for kind in KINDS])
def test_a_benchmark_file_is_the_same_every_time(tmp_path, kind):
    first = kind.write(tmp_path / "first", 300)
    again = kind.write(tmp_path / "again", 300)
    assert first.read_bytes() == again.read_bytes()
