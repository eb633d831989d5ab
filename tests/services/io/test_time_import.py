"""Importing time entries from CSV: whole or nothing, and the wrong line named."""

from datetime import UTC, date, datetime, timedelta

import pytest

from freelance_desk.core.errors import DomainError
from freelance_desk.db.models import TimeEntry
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, create_contract
from freelance_desk.services.io import time_csv as ti
from freelance_desk.services.time import entry_rows
from freelance_desk.services.time import tracking as tt
from tests.db.test_schema import assert_matches_rebuild, daily

JAKARTA = "Asia/Jakarta"  # UTC+7, no DST
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
HEADER = "date,start,end,duration,contract,client,note,billable\n"


@pytest.fixture
def contracts(database):
    northwind = create_client(ClientData("Northwind"), now=NOW)
    harbor = create_client(ClientData("Harbor Analytics"), now=NOW)
    website = create_contract(ContractData(northwind.id, "Website", budget_minor=50000), now=NOW)
    dashboard = create_contract(ContractData(harbor.id, "Dashboard", kind="hourly", rate_minor=3500), now=NOW)
    harbor_site = create_contract(ContractData(harbor.id, "Website", budget_minor=20000), now=NOW)  # same title, other client
    return website.id, dashboard.id, harbor_site.id


def local(day: int, hour: int, minute: int = 0) -> datetime:
    """A Jakarta wall-clock time in March 2026, as UTC."""
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC) - timedelta(hours=7)


def problems(text: str, zone: str = JAKARTA) -> ti.ImportFailed:
    with pytest.raises(ti.ImportFailed) as caught:
        ti.import_entries(text, zone, NOW)
    assert TimeEntry.select().count() == 0 or TimeEntry.select().where(TimeEntry.source == "import").count() == 0
    return caught.value


# --- the happy path ------------------------------------------------------------------


def test_end_and_duration_forms_are_imported(contracts):
    website, dashboard, harbor_site = contracts
    text = HEADER + (
        "2026-03-02,09:00,12:30,,website,Northwind,Home page layout,yes\n"
        "2026-03-02,13:00,,1.5h,Dashboard,,,\n"
        "2026-03-03,08:00,,90m,Website,harbor analytics,Their site,0\n"
        "2026-03-03,10:00,,1:15,DASHBOARD,,,\n"
    )
    imported = ti.import_entries(text, JAKARTA, NOW)
    assert imported.count == 4
    rows = sorted((entry_rows.entry(i) for i in imported.ids), key=lambda r: r.start)
    assert [(r.contract_id, r.start, r.end) for r in rows] == [
        (website, local(2, 9), local(2, 12, 30)),
        (dashboard, local(2, 13), local(2, 14, 30)),
        (harbor_site, local(3, 8), local(3, 9, 30)),
        (dashboard, local(3, 10), local(3, 11, 15)),
    ]
    assert {r.source for r in rows} == {"import"}
    assert {(r.timezone, r.utc_offset_minutes) for r in rows} == {(JAKARTA, 7 * 60)}
    assert [r.note for r in rows] == ["Home page layout", "", "Their site", ""]
    assert [r.billable for r in rows] == [True, True, False, True]


def test_an_end_before_the_start_is_past_midnight(contracts):
    imported = ti.import_entries(HEADER + "2026-03-02,22:30,01:00,,Dashboard,,Late fixes,\n", JAKARTA, NOW)
    row = entry_rows.entry(imported.ids[0])
    assert (row.start, row.end) == (local(2, 22, 30), local(3, 1))
    assert row.day == date(2026, 3, 2)  # counts for the day it started


@pytest.mark.parametrize(
    "cell, billable",
    [("yes", True), ("No", False), ("TRUE", True), ("false", False), ("1", True), ("0", False), ("", True)],
)
def test_billable_is_read_in_its_usual_spellings(contracts, cell, billable):
    imported = ti.import_entries(f"date,start,duration,contract,billable\n2026-03-02,09:00,1h,Dashboard,{cell}\n", JAKARTA, NOW)
    assert entry_rows.entry(imported.ids[0]).billable is billable


def test_headers_in_any_case_and_order_semicolons_and_extra_columns(contracts, tmp_path):
    _, dashboard, _ = contracts
    path = tmp_path / "export.csv"
    path.write_text("\ufeffProject ID;CONTRACT;Date;Duration;Start\n7;Dashboard;2026-03-02;2h;09:00\n\n", encoding="utf-8")
    imported = ti.import_entries(path, JAKARTA, NOW)
    assert imported.count == 1
    assert (entry_rows.entry(imported.ids[0]).contract_id, entry_rows.entry(imported.ids[0]).end) == (dashboard, local(2, 11))


def test_back_to_back_lines_and_entries_are_fine(contracts):
    _, dashboard, _ = contracts
    tt.add_entry(tt.EntryData(dashboard, local(2, 8), local(2, 9), zone=JAKARTA), NOW)
    text = HEADER + "2026-03-02,09:00,10:00,,Dashboard,,,\n2026-03-02,10:00,11:00,,Dashboard,,,\n"
    assert ti.import_entries(text, JAKARTA, NOW).count == 2


def test_daily_time_equals_a_rebuild_after_an_import_and_its_undo(contracts, database):
    _, dashboard, _ = contracts
    tt.add_entry(tt.EntryData(dashboard, local(2, 6), local(2, 7), zone=JAKARTA), NOW)
    text = HEADER + "".join(
        f"2026-03-{day:02d},{hour:02d}:00,,45m,{'Dashboard' if hour % 2 else 'Website'},"
        f"{'' if hour % 2 else 'Northwind'},,{'yes' if day % 3 else 'no'}\n"
        for day in range(2, 12) for hour in (9, 10, 11, 23)
    )
    imported = ti.import_entries(text, JAKARTA, NOW)
    assert imported.count == 40
    assert daily(database)
    assert_matches_rebuild(database)
    ti.remove_imported(imported)
    assert TimeEntry.select().count() == 1
    assert_matches_rebuild(database)
    ti.restore_imported(imported)
    assert TimeEntry.select().where(TimeEntry.source == "import").count() == 40
    assert_matches_rebuild(database)


def test_undo_removes_exactly_the_imported_entries_and_redo_brings_the_same_back(contracts):
    _, dashboard, _ = contracts
    kept = tt.add_entry(tt.EntryData(dashboard, local(1, 8), local(1, 9), zone=JAKARTA), NOW)
    imported = ti.import_entries(HEADER + "2026-03-02,09:00,10:00,,Dashboard,,a,\n2026-03-03,09:00,10:00,,Dashboard,,b,\n", JAKARTA, NOW)
    ti.remove_imported(imported)
    assert [e.id for e in TimeEntry.select()] == [kept.id]
    ti.restore_imported(imported)
    assert sorted(e.id for e in TimeEntry.select()) == sorted([kept.id, *imported.ids])
    assert [entry_rows.entry(i).note for i in imported.ids] == ["a", "b"]


def test_redo_is_refused_when_the_time_was_logged_again(contracts):
    _, dashboard, _ = contracts
    imported = ti.import_entries(HEADER + "2026-03-02,09:00,10:00,,Dashboard,,,\n", JAKARTA, NOW)
    ti.remove_imported(imported)
    tt.add_entry(tt.EntryData(dashboard, local(2, 9, 30), local(2, 9, 45), zone=JAKARTA), NOW)
    with pytest.raises(DomainError, match="logged again"):
        ti.restore_imported(imported)
    assert TimeEntry.select().count() == 1


# --- what is wrong, and where ------------------------------------------------------


@pytest.mark.parametrize(
    "line, message",
    [
        ("2026-03-02,09:00,10:00,,Nope,,,", "No contract is called “Nope”"),
        ("2026-03-02,09:00,10:00,,Website,,,", "Several contracts are called “Website”"),
        ("2026-03-02,09:00,10:00,,Website,Acme,,", "No contract “Website” with client “Acme”"),
        ("2026-02-30,09:00,10:00,,Dashboard,,,", "“2026-02-30” is not a date"),
        ("02/03/2026,09:00,10:00,,Dashboard,,,", "is not a date"),
        ("2026-03-02,9.30,10:00,,Dashboard,,,", "“9.30” is not a time"),
        ("2026-03-02,09:00,24:10,,Dashboard,,,", "“24:10” is not a time"),
        ("2026-03-02,,10:00,,Dashboard,,,", "Enter the start time"),
        ("2026-03-02,09:00,09:00,,Dashboard,,,", "The end equals the start"),
        ("2026-03-02,09:00,,,Dashboard,,,", "Enter an end time or a duration"),
        ("2026-03-02,09:00,,soon,Dashboard,,,", "“soon” is not a duration"),
        ("2026-03-02,09:00,,25h,Dashboard,,,", "at most 24 hours"),
        ("2026-03-02,09:00,10:00,2h,Dashboard,,,", "The end and the duration disagree"),
        ("2026-03-02,09:00,10:00,,Dashboard,,,maybe", "Billable is “maybe”"),
        ("2026-03-20,18:00,20:00,,Dashboard,,,", "The end is in the future"),
    ],
)
def test_each_problem_names_its_line_and_nothing_is_written(contracts, line, message):
    good = "2026-03-01,09:00,10:00,,Dashboard,,,\n"
    failed = problems(HEADER + good + good.replace("09:00,10:00", "11:00,12:00") + line + "\n" + good.replace("01", "05"))
    assert failed.lines == [4]
    assert failed.text().startswith("Line 4: ") and message in failed.text()
    assert TimeEntry.select().count() == 0


def test_a_time_skipped_by_daylight_saving_is_refused(contracts):
    failed = problems(HEADER + "2026-03-08,02:30,03:30,,Dashboard,,,\n", zone="America/New_York")
    assert "Line 2: 02:30 does not exist on 2026-03-08 in America/New_York" in failed.text()


def test_a_missing_column_is_a_problem_of_line_1(contracts):
    failed = problems("date,start,contract\n2026-03-02,09:00,Dashboard\n")
    assert failed.lines == [1]
    assert "end / duration" in failed.text()


def test_an_empty_file_says_so(contracts):
    with pytest.raises(DomainError, match="empty"):
        ti.import_entries("", JAKARTA, NOW)
    with pytest.raises(DomainError, match="no time entries"):
        ti.import_entries(HEADER + "\n,,,\n", JAKARTA, NOW)


def test_lines_overlapping_each_other_are_named(contracts):
    failed = problems(HEADER + (
        "2026-03-02,09:00,11:00,,Dashboard,,,\n"
        "2026-03-03,09:00,10:00,,Dashboard,,,\n"
        "2026-03-02,10:30,,1h,Website,Northwind,,\n"  # inside line 2
        "2026-03-01,23:00,09:30,,Dashboard,,,\n"  # past midnight into line 2
    ))
    assert failed.lines == [4, 5]
    text = failed.text()
    assert "Line 4: This overlaps line 2 (2026-03-02 09:00 to 2026-03-02 11:00)." in text
    assert "Line 5: This overlaps line 2" in text


def test_lines_overlapping_kept_entries_are_named_and_nothing_is_written(contracts):
    _, dashboard, _ = contracts
    tt.add_entry(tt.EntryData(dashboard, local(2, 9), local(2, 10), zone=JAKARTA), NOW)
    failed = problems(HEADER + "2026-03-01,09:00,10:00,,Dashboard,,,\n2026-03-02,09:30,,2h,Website,Northwind,,\n")
    assert failed.lines == [3]
    assert "Line 3: This overlaps your entry for “Dashboard” from 2026-03-02 09:00 to 2026-03-02 10:00." in failed.text()
    assert TimeEntry.select().count() == 1


def test_a_line_overlapping_the_running_timer_is_named(contracts):
    _, dashboard, _ = contracts
    tt.start_timer(dashboard, local(20, 8), JAKARTA)
    failed = problems(HEADER + "2026-03-20,08:30,09:00,,Website,Northwind,,\n")
    assert "Line 2: This overlaps the timer running on “Dashboard”" in failed.text()


def test_importing_the_same_file_twice_changes_nothing_the_second_time(contracts):
    text = HEADER + "2026-03-02,09:00,10:00,,Dashboard,,,\n2026-03-03,09:00,10:00,,Dashboard,,,\n"
    ti.import_entries(text, JAKARTA, NOW)
    with pytest.raises(ti.ImportFailed) as caught:
        ti.import_entries(text, JAKARTA, NOW)
    assert caught.value.lines == [2, 3]
    assert TimeEntry.select().count() == 2


def test_only_the_first_few_problems_are_listed_and_the_rest_counted(contracts):
    failed = problems(HEADER + "2026-03-02,09:00,10:00,,Nope,,,\n" * 8)
    assert failed.lines == [2, 3, 4, 5, 6]
    assert failed.text().endswith("…and 3 more lines with problems.")


def test_the_message_is_translated_line_by_line(contracts):
    failed = problems(HEADER + "2026-03-02,09:00,10:00,,Nope,,,\n")
    indonesian = {
        "Line {line}: {problem}": "Baris {line}: {problem}",
        "No contract is called “{contract}”.": "Tidak ada kontrak bernama “{contract}”.",
    }
    assert failed.text(lambda t: indonesian.get(t, t)) == "Baris 2: Tidak ada kontrak bernama “Nope”."


# --- a big file -----------------------------------------------------------------------


def test_fifty_thousand_lines_import_in_one_go(contracts, database):
    """Half-hour entries back to back, a year and more of them (speed: see the benchmarks, not asserted)."""
    start = datetime(2023, 1, 1, 0, 0)
    lines = []
    for n in range(50_000):
        at = start + timedelta(minutes=30 * n)
        lines.append(f"{at:%Y-%m-%d},{at:%H:%M},,30m,Dashboard,,,{'no' if n % 7 == 0 else 'yes'}\n")
    imported = ti.import_entries(HEADER + "".join(lines), JAKARTA, NOW)
    assert imported.count == 50_000 == TimeEntry.select().count()
    assert_matches_rebuild(database)
    ti.remove_imported(imported)
    assert TimeEntry.select().count() == 0


def test_a_line_dated_outside_the_accepted_range_is_refused_by_its_line(contracts):
    failed = problems(HEADER + "0001-03-02,09:00,10:00,,Dashboard,,,\n" + "1999-12-31,09:00,10:00,,Dashboard,,,\n")
    assert failed.lines == [2, 3]
    assert "before 2000" in failed.text()
