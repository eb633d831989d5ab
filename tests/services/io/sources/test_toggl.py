"""Toggl Track's detailed CSV: what an import of a user's export would show (rows, totals, problems by line)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from freelance_desk.services.io.sources import clockify, toggl
from freelance_desk.services.io.sources.base import ReadOptions, Sample

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "imports" / "toggl"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))["files"]
HEADER = ("User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,"
          "Amount (EUR)\n")


def read(text: str, **options):
    return toggl.read(text, ReadOptions(**options))  # the reader takes a file's text as well as its path


def row(start="2026-03-02,09:00:00", end="2026-03-02,10:00:00", duration="01:00:00", project="Site", billable="Yes",
        note="Work", tags="", client="Acme", amount="60.00"):
    return f"Zoë,zoe@example.com,{client},{project},,{note},{billable},{start},{end},{duration},{tags},{amount}\n"


def by_line(parsed):
    return {p.line: p.error.text() for p in parsed.problems}


def totals(entries, user):
    sums: dict[tuple[str, str], list[int]] = {}
    for entry in entries:
        if user is not None and user not in (entry.user, entry.email):
            continue
        total = sums.setdefault((entry.client or "No client", entry.project or "No project"), [0, 0])
        total[0] += entry.seconds
        total[1] += entry.seconds if entry.billable else 0
    return sorted([c, p, s, b] for (c, p), (s, b) in sums.items())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_is_detected_as_toggl_and_not_as_clockify(name):
    sample = Sample.of(FIXTURES / name)
    assert toggl.FORMAT.detect(sample) == 100
    assert clockify.FORMAT.detect(sample) == 0


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_totals_per_project_match_the_files_own_duration_column(name):
    expected = EXPECTED[name]
    parsed = toggl.FORMAT.read(FIXTURES / name, ReadOptions())
    assert parsed.problems == [] and parsed.asks == set()
    assert totals(parsed.entries, expected["user"]) == sorted(
        [c["client"], c["contract"], c["seconds"], c["billable_seconds"]] for c in expected["contracts"])


def test_a_file_starting_with_a_byte_order_mark_reads_its_first_column():
    path = FIXTURES / "toggl_detailed_eur.csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    entries = toggl.read(path, ReadOptions()).entries
    assert {e.user for e in entries} == {"Zoë Müller"}  # "User" is the first title, right after the mark
    assert {e.email for e in entries} == {"zoe.mueller@example.com"}


def test_a_note_keeps_its_comma_and_line_break_and_tags_become_a_tuple():
    entries = toggl.read(FIXTURES / "toggl_detailed_eur.csv", ReadOptions()).entries
    call = next(e for e in entries if e.note.startswith("Call with"))
    assert call.note == "Call with Łukasz, agenda:\nlogo colours + menu card"
    assert call.tags == ("meeting", "design")
    assert call.client == "Café Łódź" and call.project == "Branding"
    assert next(e for e in entries if e.note.startswith("Fixed")).note == 'Fixed the "hero" banner'


def test_times_are_naive_local_and_an_entry_past_midnight_counts_on_its_start_day():
    entries = toggl.read(FIXTURES / "toggl_detailed_eur.csv", ReadOptions()).entries
    late = next(e for e in entries if e.note.startswith("Fixed"))
    assert late.start == datetime(2026, 3, 12, 23, 30) and late.start.tzinfo is None
    assert late.day == date(2026, 3, 12)
    assert late.seconds == 75 * 60


def test_the_currency_comes_from_the_amount_title_and_the_rate_from_each_amount_and_its_duration():
    def rates(name):
        return {(e.user, e.project, e.currency, e.rate_minor)
                for e in toggl.read(FIXTURES / name, ReadOptions()).entries}

    # 01:10:17 for 70.28 is 60.00 an hour, as 01:00:00 for 60.00 is; an unbilled row (no amount) has no rate
    eur = rates("toggl_detailed_eur.csv")
    assert {(project, rate) for _, project, _, rate in eur} == {
        ("Branding", 6000), ("Website relaunch", 6000), ("Online shop", 6000), ("Internal", None), ("", None)}
    assert {currency for _, _, currency, _ in eur} == {"EUR"}
    # each person of a team export at their own rate (Rahul 85.00, Zoë 70.00: 20 minutes for 23.33)
    assert {(user, rate) for user, _, _, rate in rates("toggl_team_usd.csv") if rate} == {
        ("Rahul Verma", 8500), ("Zoë Müller", 7000)}
    # "Amount ()": no currency set in Toggl, so no rate either
    assert {(currency, rate) for *_, currency, rate in rates("toggl_manual_overlap.csv")} == {("", None)}


def test_a_rate_is_read_from_an_amount_row_by_row_too_and_an_amount_that_does_not_read_gives_none():
    header = HEADER.replace("Amount (EUR)", "Amount (USD)")
    # a row with a cell too many sends its block row by row
    parsed = read(header + row(duration="00:20:00", amount="23.33")
                  + row(start="2026-03-03,09:00:00", amount="n/a")[:-1] + ",one cell too many\n")
    assert not parsed.problems
    assert [e.rate_minor for e in parsed.entries] == [7000, None]


def test_a_team_export_keeps_each_persons_name_and_email():
    entries = toggl.read(FIXTURES / "toggl_team_usd.csv", ReadOptions()).entries
    assert {(e.user, e.email) for e in entries} == {("Rahul Verma", "rahul@example.com"),
                                                    ("Zoë Müller", "zoe.mueller@example.com")}


def test_billable_yes_and_no():
    parsed = read(HEADER + row(billable="Yes") + row(start="2026-03-03,09:00:00", billable="No"))
    assert [e.billable for e in parsed.entries] == [True, False]


def test_the_duration_column_is_the_length_even_where_end_minus_start_differs():
    parsed = read(HEADER + row(end="2026-03-02,10:00:59", duration="00:59:30"))
    assert parsed.entries[0].seconds == 59 * 60 + 30


def test_a_duration_past_24_hours_is_read():
    parsed = read(HEADER + row(end="2026-03-03,11:30:00", duration="26:30:00"))
    assert parsed.problems == []
    assert parsed.entries[0].seconds == 26 * 3600 + 30 * 60


def test_broken_rows_are_refused_by_line_quoting_the_text():
    parsed = read(HEADER
                  + row()
                  + row(start="2026-13-02,09:00:00")
                  + row(start="2026-03-02,9h00")
                  + row(duration="1h30")
                  + row(duration="00:00:00")
                  + row(duration="-00:05:00")
                  + row(billable="Maybe"))
    problems = by_line(parsed)
    assert sorted(problems) == [3, 4, 5, 6, 7, 8]
    assert "“2026-13-02”" in problems[3] and "date" in problems[3]
    assert "“9h00”" in problems[4] and "time" in problems[4]
    assert "“1h30”" in problems[5] and "duration" in problems[5]
    assert "zero" in problems[6]
    assert "negative" in problems[7]
    assert "“Maybe”" in problems[8]
    assert [e.line for e in parsed.entries] == [2]
    assert "Line 3:" in parsed.failed().text()


def test_a_missing_required_column_is_named_on_line_1_and_nothing_is_read():
    header = HEADER.replace(",Duration,", ",Length,")
    parsed = read(header + row())
    assert [p.line for p in parsed.problems] == [1]
    assert "“Duration”" in parsed.problems[0].error.text()
    assert parsed.entries == []


def test_an_empty_file_and_a_header_without_rows_are_told():
    assert [p.line for p in read("").problems] == [1]
    assert "no time entries" in read(HEADER).problems[0].error.text()


def test_newer_exports_member_stop_date_case_and_no_amount_column():
    text = ("Member,EMAIL,Client,Project,Task,Description,Billable,START DATE,Start Time,Stop date,Stop time,"
            "Duration,Tags\n"
            "Rahul Verma,rahul@example.com,Acme,Site,,Work,Yes,2026-03-02,9:05:00,2026-03-02,10:05:00,1:00:00,\n")
    sample = Sample(Path("x.csv"), text.encode(), text)
    assert toggl.detect(sample) == 100 and clockify.detect(sample) == 0
    entry = read(text).entries[0]
    assert (entry.user, entry.email, entry.currency) == ("Rahul Verma", "rahul@example.com", "")
    assert entry.start == datetime(2026, 3, 2, 9, 5) and entry.seconds == 3600


def test_a_rate_column_gives_the_rate_in_minor_units():
    text = ("User,Email,Client,Project,Task,Description,Billable,Start date,Start time,Duration,Tags,Rate (EUR),"
            "Amount (EUR)\n"
            "Zoë,z@x,Acme,Site,,Work,Yes,2026-03-02,09:00:00,01:30:00,,62.50,93.75\n"
            "Zoë,z@x,Acme,Site,,Work,Yes,2026-03-03,09:00:00,01:30:00,,sixty,90\n")
    parsed = read(text)
    assert [(e.rate_minor, e.currency) for e in parsed.entries] == [(6250, "EUR")]
    assert "“sixty”" in by_line(parsed)[3]


def test_a_totals_row_is_skipped_with_a_note():
    parsed = read(HEADER + row() + "Total,,,,,,,,,,,01:00:00,,60.00\n")
    assert parsed.problems == []
    assert len(parsed.entries) == 1
    assert ["Line 3" in note.text() for note in parsed.notes] == [True]


def test_keys_are_stable_across_reads_and_identical_rows_stay_apart():
    text = HEADER + row() + row() + row(start="2026-03-03,09:00:00")
    first, second = read(text).entries, read(text).entries
    assert [e.key for e in first] == [e.key for e in second]
    assert len({e.key for e in first}) == 3


def test_a_clockify_export_is_not_taken_for_toggl():
    path = FIXTURES.parent / "clockify" / "clockify_detailed_dmy.csv"
    assert toggl.detect(Sample.of(path)) == 0


def test_rows_longer_or_shorter_than_the_header_are_read_by_their_columns():
    short = "Zoë,z@x,Acme,Site,,Work,Yes,2026-03-02,09:00:00,2026-03-02,10:00:00,01:00:00\n"  # no Tags, no Amount
    long = row(start="2026-03-03,09:00:00").replace("\n", ",extra\n")
    parsed = read(HEADER + short + long)
    assert parsed.problems == []
    assert [(e.tags, e.seconds, e.project) for e in parsed.entries] == [((), 3600, "Site"), ((), 3600, "Site")]
