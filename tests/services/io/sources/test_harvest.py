"""Harvest's detailed time report CSV: detection, totals, decimal marks, date order, refusals by line."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from freelance_desk.services.io.sources import harvest, kimai, registry
from freelance_desk.services.io.sources.base import (
    DATE_ORDER,
    ReadOptions,
    Sample,
    decimal_mark,
)

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "imports" / "harvest"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))["files"]
HEADER = ("Date,Client,Project,Project Code,Task,Notes,Hours,Hours Rounded,Billable?,Invoiced?,Approved?,First Name,"
          "Last Name,Roles,Employee?,Billable Rate,Billable Amount,Cost Rate,Cost Amount,Currency,External Reference URL")


def write(tmp_path: Path, text: str, name: str = "report.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def row(day="2024-03-04", hours="1.5", client="Acme", project="Site", billable="Yes", rate="100.00", first="Ada"):
    return f"{day},{client},{project},AC-1,Design,Notes,{hours},{hours},{billable},No,No,{first},Lovelace,,Yes,{rate},,,,US Dollar - USD,"


def read(path: Path, **options):
    return harvest.read(path, ReadOptions(**options))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_is_detected_as_harvest_and_not_as_kimai(name):
    sample = Sample.of(FIXTURES / name)
    assert harvest.detect(sample) == 100
    assert kimai.detect(sample) == 0
    assert registry.detect(FIXTURES / name).name == "harvest"


@pytest.mark.parametrize("header", [
    "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount ()",
    "Project,Client,Description,Task,User,Group,Email,Tags,Billable,Start Date,Start Time,End Date,End Time,"
    "Duration (h),Duration (decimal),Billable Rate (USD),Billable Amount (USD)",
    "Date,Client,Project,Hours",  # a bare sheet with nothing of Harvest's own
])
def test_other_tools_headers_are_not_claimed(tmp_path, header):
    assert harvest.detect(Sample.of(write(tmp_path, header + "\n"))) == 0


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_totals_per_project_equal_the_files_own_hours(name):
    expected = EXPECTED[name]
    parsed = read(FIXTURES / name, date_order=expected["date_order"])
    assert parsed.problems == []
    totals = defaultdict(lambda: [0, 0])
    for entry in parsed.entries:
        if expected["user"] and entry.user != expected["user"]:
            continue
        key = (entry.client or "No client", entry.project or "No project")
        totals[key][0] += entry.seconds
        totals[key][1] += entry.seconds if entry.billable else 0
    assert dict(totals) == {(c["client"], c["contract"]): [c["seconds"], c["billable_seconds"]]
                            for c in expected["contracts"]}


def test_team_export_keeps_each_persons_name_and_only_days():
    parsed = read(FIXTURES / "harvest_team.csv")
    assert {e.user for e in parsed.entries} == {"Ada Lovelace", "Grace Hopper"}
    assert all(e.start is None for e in parsed.entries)
    first = parsed.entries[0]
    assert (first.day, first.seconds, first.rate_minor, first.currency) == (date(2024, 3, 4), 11988, 9500, "USD")
    assert any("\n" in e.note for e in parsed.entries)  # a note with a line break, read whole
    assert any(e.client == "" and e.project == "Internal tooling" for e in parsed.entries)


def test_european_account_reads_decimal_commas_and_day_first_dates():
    parsed = read(FIXTURES / "harvest_eu.csv")
    assert parsed.asks == set()
    entries = parsed.entries
    assert (entries[0].day, entries[0].seconds) == (date(2024, 5, 6), 20 * 3600)  # "20,0" on 06/05/2024
    assert entries[1].seconds == 5400  # "1,5"
    assert entries[4].seconds == 36  # "0,01" → 36 s
    workshop = next(e for e in entries if e.project == "Workshop day")
    assert (workshop.rate_minor, workshop.currency) == (120000, "EUR")  # "1.200,0"


@pytest.mark.parametrize(("values", "mark"), [
    (["2.000,0"], ","), (["1,5", "2"], ","), (["0,25"], ","), (["1,250.50"], "."), (["1.5"], "."),
    (["1,000", "2.000"], "."), (["1,5", "2,25", "1.5"], ","), ([], "."),
])
def test_decimal_mark_is_decided_from_the_whole_column(values, mark):
    assert decimal_mark(values) == mark


def test_a_comma_file_reads_thousands_points_as_thousands(tmp_path):
    path = write(tmp_path, "\n".join([HEADER, row(hours='"1.000,5"', rate='"100,0"'), row(hours='"0,5"', rate='"100,0"')]))
    entries = read(path).entries
    assert [e.seconds for e in entries] == [1000 * 3600 + 1800, 1800]
    assert entries[0].rate_minor == 10000


def test_month_first_dates_that_never_say_are_read_month_first_and_asked():
    parsed = read(FIXTURES / "harvest_us_ambiguous.csv")
    assert DATE_ORDER in parsed.asks
    assert parsed.entries[1].day == date(2023, 2, 6)  # 02/06/2023
    answered = read(FIXTURES / "harvest_us_ambiguous.csv", date_order="dmy")
    assert answered.asks == set()
    assert answered.entries[1].day == date(2023, 6, 2)


def test_one_telling_date_decides_the_whole_file(tmp_path):
    path = write(tmp_path, "\n".join([HEADER, row(day="03/04/2024"), row(day="25/04/2024")]))
    parsed = read(path)
    assert parsed.asks == set()
    assert [e.day for e in parsed.entries] == [date(2024, 4, 3), date(2024, 4, 25)]


def test_a_missing_column_is_refused_on_line_1_by_name(tmp_path):
    path = write(tmp_path, HEADER.replace(",Hours,", ",Time,") + "\n" + row() + "\n")
    parsed = read(path)
    assert [p.line for p in parsed.problems] == [1]
    assert "“Hours”" in parsed.problems[0].error.text()
    assert parsed.entries == []


def test_bad_rows_are_refused_by_line_quoting_the_text(tmp_path):
    path = write(tmp_path, "\n".join([
        HEADER, row(), row(day="2024-13-01"), row(hours="abc"), row(hours="0"), row(hours="-1.5"), row(rate="ten"), row(),
    ]))
    parsed = read(path)
    problems = {p.line: p.error.text() for p in parsed.problems}
    assert sorted(problems) == [3, 4, 5, 6, 7]
    assert "“2024-13-01”" in problems[3]
    assert "“abc”" in problems[4]
    assert "zero" in problems[5]
    assert "negative" in problems[6]
    assert "“ten”" in problems[7]
    assert [e.line for e in parsed.entries] == [2, 8]


def test_billable_and_keys(tmp_path):
    path = write(tmp_path, "\n".join([HEADER, row(billable="No"), row(), row()]))
    entries = read(path).entries
    assert [e.billable for e in entries] == [False, True, True]
    assert entries[1].key != entries[2].key  # two identical rows stay two entries
    assert [e.key for e in read(path).entries] == [e.key for e in entries]  # and keep their keys on a re-read


def test_an_empty_file_is_refused(tmp_path):
    parsed = read(write(tmp_path, ""))
    assert [p.line for p in parsed.problems] == [1]
