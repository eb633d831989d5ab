"""Importing this app's CSV as File ▸ Import… does: whole or nothing, the wrong line named, undo and redo."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from freelance_desk.core.errors import DomainError
from freelance_desk.db.models import Client, Contract, TimeEntry
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, create_contract
from freelance_desk.services.io import moving_in as mi
from freelance_desk.services.io.lines import ImportFailed
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


@pytest.fixture
def csv(tmp_path):
    """Bring in CSV text as this app's CSV (as the wizard and ``freelance-desk import --format csv`` do)."""
    def bring_in(text: str, zone: str = JAKARTA) -> mi.Imported:
        path = tmp_path / "entries.csv"
        path.write_text(text, encoding="utf-8")
        fmt, parsed = mi.read_source(path, "csv")
        return mi.import_parsed(fmt, parsed, mi.Choices(zone=zone), NOW)

    return bring_in


def local(day: int, hour: int, minute: int = 0) -> datetime:
    """A Jakarta wall-clock time in March 2026, as UTC."""
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC) - timedelta(hours=7)


def imported_rows() -> list[entry_rows.EntryRow]:
    """The entries the import wrote, by start."""
    ids = [e.id for e in TimeEntry.select(TimeEntry.id).where(TimeEntry.source == "import")]
    return sorted((entry_rows.entry(i) for i in ids), key=lambda r: r.start)


def spans() -> list[tuple[str, str, str]]:
    """Every entry as (Jakarta start, Jakarta end, its contract), by start."""
    tz = ZoneInfo(JAKARTA)
    return [(e.start.astimezone(tz).strftime("%m-%d %H:%M"), e.end.astimezone(tz).strftime("%m-%d %H:%M"),
             e.contract.title) for e in TimeEntry.select().order_by(TimeEntry.start)]


def problems(csv, text: str, zone: str = JAKARTA) -> ImportFailed:
    before = TimeEntry.select().count(), Contract.select().count(), Client.select().count()
    with pytest.raises(ImportFailed) as caught:
        csv(text, zone)
    assert (TimeEntry.select().count(), Contract.select().count(), Client.select().count()) == before
    return caught.value


# --- the happy path ------------------------------------------------------------------


def test_end_and_duration_forms_are_imported(contracts, csv):
    website, dashboard, harbor_site = contracts
    text = HEADER + (
        "2026-03-02,09:00,12:30,,website,Northwind,Home page layout,yes\n"
        "2026-03-02,13:00,,1.5h,Dashboard,,,\n"
        "2026-03-03,08:00,,90m,Website,harbor analytics,Their site,0\n"
        "2026-03-03,10:00,,1:15,DASHBOARD,,,\n"
    )
    imported = csv(text)
    assert imported.summary.entries == 4 and imported.summary.contracts == 0  # each on its kept contract
    rows = imported_rows()
    assert [(r.contract_id, r.start, r.end) for r in rows] == [
        (website, local(2, 9), local(2, 12, 30)),
        (dashboard, local(2, 13), local(2, 14, 30)),
        (harbor_site, local(3, 8), local(3, 9, 30)),
        (dashboard, local(3, 10), local(3, 11, 15)),
    ]
    assert {(r.timezone, r.utc_offset_minutes) for r in rows} == {(JAKARTA, 7 * 60)}
    assert [r.note for r in rows] == ["Home page layout", "", "Their site", ""]
    assert [r.billable for r in rows] == [True, True, False, True]


def test_an_end_before_the_start_is_past_midnight(contracts, csv):
    csv(HEADER + "2026-03-02,22:30,01:00,,Dashboard,,Late fixes,\n")
    (row,) = imported_rows()
    assert (row.start, row.end) == (local(2, 22, 30), local(3, 1))
    assert row.day == date(2026, 3, 2)  # counts for the day it started


@pytest.mark.parametrize(
    "cell, billable",
    [("yes", True), ("No", False), ("TRUE", True), ("false", False), ("1", True), ("0", False), ("", True)],
)
def test_billable_is_read_in_its_usual_spellings(contracts, csv, cell, billable):
    csv(f"date,start,duration,contract,billable\n2026-03-02,09:00,1h,Dashboard,{cell}\n")
    assert imported_rows()[0].billable is billable


def test_headers_in_any_case_and_order_semicolons_and_extra_columns(contracts, csv):
    _, dashboard, _ = contracts
    imported = csv("\ufeffProject ID;CONTRACT;Date;Duration;Start\n7;Dashboard;2026-03-02;2h;09:00\n\n")
    assert imported.summary.entries == 1
    assert (imported_rows()[0].contract_id, imported_rows()[0].end) == (dashboard, local(2, 11))


def test_back_to_back_lines_and_entries_are_fine(contracts, csv):
    _, dashboard, _ = contracts
    tt.add_entry(tt.EntryData(dashboard, local(2, 8), local(2, 9), zone=JAKARTA), NOW)
    imported = csv(HEADER + "2026-03-02,09:00,10:00,,Dashboard,,,\n2026-03-02,10:00,11:00,,Dashboard,,,\n")
    assert (imported.summary.entries, imported.summary.overlapping) == (2, 0)  # nothing moved
    assert [(r.start, r.end) for r in imported_rows()] == [(local(2, 9), local(2, 10)), (local(2, 10), local(2, 11))]


def test_daily_time_equals_a_rebuild_after_an_import_and_its_undo(contracts, csv, database):
    _, dashboard, _ = contracts
    tt.add_entry(tt.EntryData(dashboard, local(2, 6), local(2, 7), zone=JAKARTA), NOW)
    text = HEADER + "".join(
        f"2026-03-{day:02d},{hour:02d}:00,,45m,{'Dashboard' if hour % 2 else 'Website'},"
        f"{'' if hour % 2 else 'Northwind'},,{'yes' if day % 3 else 'no'}\n"
        for day in range(2, 12) for hour in (9, 10, 11, 23)
    )
    imported = csv(text)
    assert imported.summary.entries == 40
    assert daily(database)
    assert_matches_rebuild(database)
    mi.remove_imported(imported)
    assert TimeEntry.select().count() == 1
    assert_matches_rebuild(database)
    mi.restore_imported(imported)
    assert TimeEntry.select().where(TimeEntry.source == "import").count() == 40
    assert_matches_rebuild(database)


def test_undo_removes_exactly_the_imported_entries_and_redo_brings_the_same_back(contracts, csv):
    _, dashboard, _ = contracts
    kept = tt.add_entry(tt.EntryData(dashboard, local(1, 8), local(1, 9), zone=JAKARTA), NOW)
    imported = csv(HEADER + "2026-03-02,09:00,10:00,,Dashboard,,a,\n2026-03-03,09:00,10:00,,Dashboard,,b,\n")
    ids = [r.id for r in imported_rows()]
    mi.remove_imported(imported)
    assert [e.id for e in TimeEntry.select()] == [kept.id]
    mi.restore_imported(imported)
    assert sorted(e.id for e in TimeEntry.select()) == sorted([kept.id, *ids])
    assert [r.note for r in imported_rows()] == ["a", "b"]


def test_redo_is_refused_when_the_time_was_logged_again(contracts, csv):
    _, dashboard, _ = contracts
    imported = csv(HEADER + "2026-03-02,09:00,10:00,,Dashboard,,,\n")
    elsewhere = tt.add_entry(tt.EntryData(dashboard, local(5, 9), local(5, 10), zone=JAKARTA), NOW)
    mi.remove_imported(imported)
    # the entry moved onto the imported hour: its id is not the import's, its time is
    tt.update_entry(elsewhere.id, tt.EntryData(dashboard, local(2, 9, 30), local(2, 9, 45), zone=JAKARTA), NOW)
    with pytest.raises(DomainError, match="logged again"):
        mi.restore_imported(imported)
    assert TimeEntry.select().count() == 1


# --- what is wrong, and where ------------------------------------------------------


@pytest.mark.parametrize(
    "line, message",
    [
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
        ("2026-03-02,09:00,10:00,,,,,", "Enter the contract's title"),
        ("2026-03-20,18:00,20:00,,Dashboard,,,", "The end is in the future"),
    ],
)
def test_each_problem_names_its_line_and_nothing_is_written(contracts, csv, line, message):
    good = "2026-03-01,09:00,10:00,,Dashboard,,,\n"
    failed = problems(csv, HEADER + good + good.replace("09:00,10:00", "11:00,12:00") + line + "\n"
                      + good.replace("01", "05"))
    assert failed.lines == [4]
    assert failed.text().startswith("Line 4: ") and message in failed.text()
    assert TimeEntry.select().count() == 0


@pytest.mark.parametrize(
    "line, client, title",
    [
        ("2026-03-02,09:00,10:00,,Nope,,,", "No client", "Nope"),  # no contract of that title
        ("2026-03-02,09:00,10:00,,Website,,,", "No client", "Website"),  # two are called Website: neither is taken
        ("2026-03-02,09:00,10:00,,Website,Acme,,", "Acme", "Website"),  # no Website of Acme's
    ],
)
def test_a_contract_no_kept_one_matches_is_created_for_the_import(contracts, csv, line, client, title):
    kept = set(contracts)
    imported = csv(HEADER + line + "\n")
    assert imported.summary.contracts == 1
    (row,) = imported_rows()
    contract = Contract.get_by_id(row.contract_id)
    assert row.contract_id not in kept and (contract.client.name, contract.title) == (client, title)
    assert {c.id for c in Contract.select()} == kept | {row.contract_id}


def test_a_time_skipped_by_daylight_saving_is_refused(contracts, csv):
    failed = problems(csv, HEADER + "2026-03-08,02:30,03:30,,Dashboard,,,\n", zone="America/New_York")
    assert "Line 2: 02:30 does not exist on 2026-03-08 in America/New_York" in failed.text()


def test_a_missing_column_is_a_problem_of_line_1(contracts, csv):
    failed = problems(csv, "date,start,contract\n2026-03-02,09:00,Dashboard\n")
    assert failed.lines == [1]
    assert "end / duration" in failed.text()


def test_an_empty_file_says_so(contracts, csv):
    with pytest.raises(DomainError, match="empty"):
        csv("")
    with pytest.raises(DomainError, match="no time entries"):
        csv(HEADER + "\n,,,\n")


def test_lines_overlapping_each_other_are_laid_out_back_to_back(contracts, csv):
    imported = csv(HEADER + (
        "2026-03-02,09:00,11:00,,Dashboard,,,\n"
        "2026-03-03,09:00,10:00,,Dashboard,,,\n"
        "2026-03-02,10:30,,1h,Website,Northwind,,\n"  # inside line 2
        "2026-03-01,23:00,09:30,,Dashboard,,,\n"  # past midnight into line 2
    ))
    assert (imported.summary.entries, imported.summary.overlapping) == (4, 1)
    assert spans() == [  # line 2 moved after the two it overlapped, keeping its 2 hours; the others in place
        ("03-01 23:00", "03-02 09:30", "Dashboard"),
        ("03-02 10:30", "03-02 11:30", "Website"),
        ("03-02 11:30", "03-02 13:30", "Dashboard"),
        ("03-03 09:00", "03-03 10:00", "Dashboard"),
    ]


def test_lines_overlapping_kept_entries_are_laid_out_around_them(contracts, csv):
    _, dashboard, _ = contracts
    tt.add_entry(tt.EntryData(dashboard, local(2, 9), local(2, 10), zone=JAKARTA), NOW)
    imported = csv(HEADER + "2026-03-01,09:00,10:00,,Dashboard,,,\n2026-03-02,09:30,,2h,Website,Northwind,,\n")
    assert imported.summary.overlapping == 1
    assert spans() == [("03-01 09:00", "03-01 10:00", "Dashboard"), ("03-02 09:00", "03-02 10:00", "Dashboard"),
                       ("03-02 10:00", "03-02 12:00", "Website")]
    assert TimeEntry.select().count() == 3


def test_a_line_overlapping_the_running_timer_is_laid_out_before_it(contracts, csv):
    _, dashboard, _ = contracts
    tt.start_timer(dashboard, local(20, 8), JAKARTA)
    imported = csv(HEADER + "2026-03-20,08:30,09:00,,Website,Northwind,,\n")
    assert imported.summary.overlapping == 1
    (row,) = imported_rows()
    assert (row.start, row.end) == (local(20, 0), local(20, 0, 30))  # the timer holds the day from 08:00 on


def test_importing_the_same_file_twice_adds_nothing_the_second_time(contracts, csv):
    text = HEADER + "2026-03-02,09:00,10:00,,Dashboard,,,\n2026-03-03,09:00,10:00,,Dashboard,,,\n"
    csv(text)
    again = csv(text)
    assert (again.summary.entries, again.summary.duplicates) == (0, 2)
    assert TimeEntry.select().count() == 2


def test_only_the_first_few_problems_are_listed_and_the_rest_counted(contracts, csv):
    failed = problems(csv, HEADER + "2026-03-02,9.30,10:00,,Dashboard,,,\n" * 8)
    assert failed.lines == [2, 3, 4, 5, 6]
    assert failed.text().endswith("…and 3 more lines with problems.")


def test_the_message_is_translated_line_by_line(contracts, csv):
    failed = problems(csv, HEADER + "2026-03-02,09:00,,,Dashboard,,,\n")
    indonesian = {
        "Line {line}: {problem}": "Baris {line}: {problem}",
        "Enter an end time or a duration.": "Isi jam selesai atau durasinya.",
    }
    assert failed.text(lambda t: indonesian.get(t, t)) == "Baris 2: Isi jam selesai atau durasinya."


# --- a big file -----------------------------------------------------------------------


def test_fifty_thousand_lines_import_in_one_go(contracts, csv, database):
    """Half-hour entries back to back, a year and more of them (speed: see the benchmarks, not asserted)."""
    start = datetime(2023, 1, 1, 0, 0)
    lines = []
    for n in range(50_000):
        at = start + timedelta(minutes=30 * n)
        lines.append(f"{at:%Y-%m-%d},{at:%H:%M},,30m,Dashboard,,,{'no' if n % 7 == 0 else 'yes'}\n")
    imported = csv(HEADER + "".join(lines))
    assert imported.summary.entries == 50_000 == TimeEntry.select().count()
    assert_matches_rebuild(database)
    mi.remove_imported(imported)
    assert TimeEntry.select().count() == 0


def test_a_line_dated_outside_the_accepted_range_is_refused_by_its_line(contracts, csv):
    failed = problems(csv, HEADER + "0001-03-02,09:00,10:00,,Dashboard,,,\n" + "1999-12-31,09:00,10:00,,Dashboard,,,\n")
    assert failed.lines == [2, 3]
    assert "before 2000" in failed.text()
