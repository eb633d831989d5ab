"""Hostile files in this app's CSV, brought in as File ▸ Import… does (read, then planned and written whole):
each is refused whole with a line-numbered message, and nothing is written."""

import tracemalloc
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from freelance_desk.db.models import DailyTime, TimeEntry
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, create_contract
from freelance_desk.services.io import lines
from freelance_desk.services.io import moving_in as mi
from freelance_desk.services.io.lines import ImportFailed
from freelance_desk.services.time import tracking as tt

JAKARTA = "Asia/Jakarta"  # UTC+7, no DST
NEW_YORK = "America/New_York"  # clocks back on 2025-11-02 at 02:00 (EDT −4 → EST −5)
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
HEADER = b"date,start,end,duration,contract,client,note,billable\n"
GOOD = b"2026-03-02,09:00,10:00,,Dashboard,,fine,\n"  # line 2 in most files below


def entry(text: str) -> bytes:
    return text.encode() + b"\n"


HOSTILE = [
    # (what, file bytes, zone, line named, fragment of its message)
    ("a 200 KB note", HEADER + GOOD + b'2026-03-03,09:00,10:00,,Dashboard,,"' + b"x" * 200_000 + b'",\n',
     JAKARTA, 3, "longer than 65536 bytes"),
    ("a note over the app's limit", HEADER + GOOD + entry("2026-03-03,09:00,10:00,,Dashboard,," + "y" * 2001 + ","),
     JAKARTA, 3, "Keep the note under 2000 characters"),
    ("the last day of year 9999, past midnight", HEADER + GOOD + entry("9999-12-31,23:30,00:30,,Dashboard,,,"),
     JAKARTA, 3, "That is more than a year ahead; the latest date accepted is 2027-03-20."),
    ("before 2000", HEADER + entry("1999-12-31,09:00,10:00,,Dashboard,,,"), JAKARTA, 2, "Dates before 2000 are not accepted"),
    ("year one at midnight", HEADER + entry("0001-01-01,00:00,00:30,,Dashboard,,,"), JAKARTA, 2, "Dates before 2000 are not accepted"),
    ("two years ahead", HEADER + entry("2028-01-05,09:00,10:00,,Dashboard,,,"), JAKARTA, 2, "more than a year ahead"),
    ("an unterminated quote swallowing the next line",
     HEADER + GOOD + b'2026-03-03,09:00,10:00,,Dashboard,,"Start of a note,\n2026-03-04,09:00,10:00,,Dashboard,,,\n',
     JAKARTA, 3, "opened on this line is never closed"),
    ("a quote closed lines later",
     HEADER + b'2026-03-03,09:00,10:00,,Dashboard,,"a note\nstill the note",\n' + GOOD,
     JAKARTA, 2, "runs on from this line to line 3"),
    ("a quoted cell running on past the csv field limit",
     HEADER + b'2026-03-03,09:00,10:00,,Dashboard,,"' + (b"z" * 60_000 + b"\n") * 3 + b'",\n',
     JAKARTA, 2, "runs on over many lines"),
    ("quotes that do not pair", HEADER + GOOD + entry('2026-03-03,09:00,10:00,,Dashboard,,"note"extra,'),
     JAKARTA, 3, "do not pair up"),
    ("start twice in the header", b"date,start,start,end,contract\n2026-03-02,09:00,10:00,11:00,Dashboard\n",
     JAKARTA, 1, "the column “start” twice (columns 2 and 3)"),
    ("start twice, in other cases", b"Date,START,End,Contract,start\n2026-03-02,09:00,10:00,Dashboard,08:00\n",
     JAKARTA, 1, "twice (columns 2 and 5)"),
    ("a time the clocks skipped", HEADER + entry("2026-03-08,02:30,03:30,,Dashboard,,,"),
     NEW_YORK, 2, "does not exist on 2026-03-08"),
    ("a duration over 24 h", HEADER + entry("2026-03-02,09:00,,25h,Dashboard,,,"), JAKARTA, 2, "at most 24 hours"),
    ("NUL bytes in a note", HEADER + GOOD + b"2026-03-03,09:00,10:00,,Dashboard,,bad\x00note,\n",
     JAKARTA, 3, "Character 39 of this line is a control character (U+0000)"),
    ("a terminal escape in a note", HEADER + entry("2026-03-03,09:00,10:00,,Dashboard,,\x1b[31mred,"),
     JAKARTA, 2, "(U+001B)"),
    ("Latin-1, not UTF-8", HEADER + GOOD + b"2026-03-03,09:00,10:00,,Dashboard,,caf\xe9,\n",
     JAKARTA, 3, "not UTF-8 text (byte 39 of the line is 0xE9)"),
    ("a Latin-1 header", b"date,start,end,contract,d\xe9tail\n" + b"2026-03-02,09:00,10:00,Dashboard,x\n",
     JAKARTA, 1, "byte 26 of the line is 0xE9"),
    ("an overlong UTF-8 sequence", HEADER + entry("2026-03-03,09:00,10:00,,Dashboard,,,") + b"\xc0\xaf\n",
     JAKARTA, 3, "0xC0"),
    ("UTF-16", "date,start,end,contract\n".encode("utf-16"), JAKARTA, 1, "UTF-16 text, not UTF-8"),
    ("a PNG image", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40, JAKARTA, 1, "not UTF-8"),
    ("old Mac line ends (CR only)", HEADER.rstrip(b"\n") + b"\r" + GOOD.rstrip(b"\n") + b"\r",
     JAKARTA, 1, "control character (U+000D)"),
    ("an empty file", b"", JAKARTA, 1, "The file is empty"),
    ("only blank lines", b"\n\r\n  \n", JAKARTA, 1, "The file is empty"),
    ("only a byte-order mark", b"\xef\xbb\xbf", JAKARTA, 1, "The file is empty"),
    ("a header only", HEADER, JAKARTA, 1, "The file has no time entries or payments to import."),
    ("a header and blank lines", HEADER + b",,,,,,,\n\n", JAKARTA, 1, "no time entries"),
    ("a header lacking columns", b"date,contract\n2026-03-02,Dashboard\n", JAKARTA, 1, "the header lacks start, end / duration"),
    ("a comma in an unquoted note", b"date,start,end,contract,note\n2026-03-02,09:00,10:00,Dashboard,Fixes, tests\n",
     JAKARTA, 2, "This line has 6 cells but the header has 5"),
    ("a line with fewer cells", HEADER + GOOD + b"2026-03-03,09:00,10:00\n", JAKARTA, 3, "has 3 cells but the header has 8"),
    ("a line far too long, no line end", HEADER + b"a" * 10_000_000, JAKARTA, 2, "longer than 65536 bytes"),
    ("too many lines", HEADER + b"\n" * lines.MAX_LINES, JAKARTA, lines.MAX_LINES + 1, "more than 250000 lines"),
    ("an end in the future", HEADER + entry("2026-03-20,18:00,20:00,,Dashboard,,,"), JAKARTA, 2, "in the future"),
]


@pytest.fixture
def contracts(database):
    northwind = create_client(ClientData("Northwind"), now=NOW)
    harbor = create_client(ClientData("Harbor Analytics"), now=NOW)
    website = create_contract(ContractData(northwind.id, "Website", budget_minor=50000), now=NOW)
    dashboard = create_contract(ContractData(harbor.id, "Dashboard", kind="hourly", rate_minor=3500), now=NOW)
    kept_start = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)  # 09:00 in Jakarta
    tt.add_entry(tt.EntryData(dashboard.id, kept_start, kept_start + timedelta(hours=1), zone=JAKARTA), NOW)
    return website.id, dashboard.id


def counts() -> tuple[int, int]:
    return TimeEntry.select().count(), DailyTime.select().count()


def import_file(path, zone):
    """The file brought in as this app's CSV, as the wizard and ``freelance-desk import --format csv`` do."""
    fmt, parsed = mi.read_source(path, "csv")
    return mi.import_parsed(fmt, parsed, mi.Choices(zone=zone), NOW)


def write(tmp_path, data: bytes):
    path = tmp_path / "entries.csv"
    path.write_bytes(data)
    return path


def spans(zone: str):
    """Every entry as (local start, local end, note), by start."""
    tz = ZoneInfo(zone)
    return [(e.start.astimezone(tz).strftime("%m-%d %H:%M"), e.end.astimezone(tz).strftime("%m-%d %H:%M"), e.note)
            for e in TimeEntry.select().order_by(TimeEntry.start)]


@pytest.mark.parametrize("what, data, zone, line, fragment", HOSTILE, ids=[row[0] for row in HOSTILE])
def test_a_hostile_file_is_refused_by_line_and_nothing_is_written(contracts, tmp_path, what, data, zone, line, fragment):
    path = write(tmp_path, data)
    before = counts()
    with pytest.raises(ImportFailed) as caught:
        import_file(path, zone)
    assert caught.value.lines[0] == line
    text = caught.value.text()
    assert text.startswith(f"Line {line}: ")
    assert fragment in text.splitlines()[0]
    assert counts() == before


def test_the_table_is_long_enough():
    assert len(HOSTILE) >= 25


# --- what the import does instead of refusing -------------------------------------------


def test_a_time_that_happens_twice_is_read_as_its_first_and_counted(contracts, tmp_path):
    """01:30 on the night New York falls back is 01:30 EDT, the first of the two; the summary counts it."""
    imported = import_file(write(tmp_path, HEADER + entry("2025-11-02,01:30,03:00,,Dashboard,,,")), NEW_YORK)
    assert imported.summary.repeated == 1
    row = TimeEntry.get(TimeEntry.source == "import")
    assert (row.start, row.end) == (datetime(2025, 11, 2, 5, 30, tzinfo=UTC), datetime(2025, 11, 2, 8, 0, tzinfo=UTC))


def test_an_end_that_happens_twice_is_read_as_its_first(contracts, tmp_path):
    imported = import_file(write(tmp_path, HEADER + entry("2025-11-02,00:30,01:15,,Dashboard,,,")), NEW_YORK)
    assert imported.summary.entries == 1
    row = TimeEntry.get(TimeEntry.source == "import")
    assert row.end == datetime(2025, 11, 2, 5, 15, tzinfo=UTC)  # 01:15 EDT
    assert row.end - row.start == timedelta(minutes=45)


def test_an_offset_the_zone_does_not_have_is_taken_as_the_instant(contracts, tmp_path):
    import_file(write(tmp_path, HEADER + entry("2026-03-02,09:00 +03:00,10:00,,Dashboard,,,")), JAKARTA)
    row = TimeEntry.get(TimeEntry.source == "import")
    assert row.start == datetime(2026, 3, 2, 6, 0, tzinfo=UTC)  # 13:00 in Jakarta
    assert row.end - row.start == timedelta(hours=1)  # the wall clock's 09:00 to 10:00


def test_a_start_with_its_offset_is_an_instant_and_the_end_a_wall_clock_span_from_it(contracts, tmp_path):
    """01:00 -04:00 to 00:30 the next morning, over the night New York falls back: the start is the instant its
    offset says and the end the wall clock's 23:30 after it, so the entry is under 24 hours and kept."""
    imported = import_file(write(tmp_path, HEADER + entry("2025-11-02,01:00 -04:00,00:30,,Dashboard,,,")), NEW_YORK)
    assert imported.summary.seconds == 23 * 3600 + 1800
    assert TimeEntry.get(TimeEntry.source == "import").start == datetime(2025, 11, 2, 5, 0, tzinfo=UTC)


def test_lines_overlapping_each_other_are_laid_out_back_to_back(contracts, tmp_path):
    imported = import_file(write(tmp_path, HEADER + GOOD + entry("2026-03-02,09:30,,1h,Website,Northwind,,")), JAKARTA)
    assert imported.summary.overlapping == 1
    assert spans(JAKARTA)[:2] == [("03-02 09:00", "03-02 10:00", "fine"), ("03-02 10:00", "03-02 11:00", "")]


def test_a_line_overlapping_a_kept_entry_is_laid_out_after_it(contracts, tmp_path):
    imported = import_file(write(tmp_path, HEADER + entry("2026-03-10,09:30,10:30,,Website,Northwind,moved,")), JAKARTA)
    assert imported.summary.overlapping == 1
    assert spans(JAKARTA) == [("03-10 09:00", "03-10 10:00", ""), ("03-10 10:00", "03-10 11:00", "moved")]


# --- what must still work ------------------------------------------------------------


def imported_notes() -> list[str]:
    return sorted(e.note for e in TimeEntry.select().where(TimeEntry.source == "import"))


def test_bom_crlf_and_lf_mixed_and_a_quoted_comma_are_read(contracts, tmp_path):
    path = write(
        tmp_path,
        b"\xef\xbb\xbf" + HEADER.replace(b"\n", b"\r\n")
        + b'2026-03-02,09:00,10:00,,Dashboard,,"Fixes, tests",\r\n'
        + b"2026-03-03,09:00,10:00,,Dashboard,,plain,\n"
        + b"2026-03-04,09:00,10:00,,Dashboard,,,,,\r\n"  # empty cells past the header's are fine
    )
    import_file(path, JAKARTA)
    assert imported_notes() == ["", "Fixes, tests", "plain"]


def test_a_formula_in_a_note_is_stored_as_typed(contracts, tmp_path):
    note = '=HYPERLINK("http://example.com","click")'
    text = HEADER.decode() + f'2026-03-02,09:00,10:00,,Dashboard,,"{note.replace(chr(34), chr(34) * 2)}",\n'
    import_file(write(tmp_path, text.encode()), JAKARTA)
    assert imported_notes() == [note]


@pytest.mark.parametrize("start, utc_hour", [("01:30 -04:00", 5), ("01:30 -05:00", 6), ("01:30UTC-0500", 6)])
def test_a_time_that_happens_twice_is_taken_as_its_offset_says(contracts, tmp_path, start, utc_hour):
    imported = import_file(write(tmp_path, (HEADER.decode() + f"2025-11-02,{start},,20m,Dashboard,,,\n").encode()),
                           NEW_YORK)
    assert TimeEntry.get(TimeEntry.source == "import").start == datetime(2025, 11, 2, utc_hour, 30, tzinfo=UTC)
    assert imported.summary.repeated == 0  # its offset said which


def test_the_same_wall_time_twice_with_two_offsets_is_the_hour_between(contracts, tmp_path):
    import_file(write(tmp_path, HEADER + entry("2025-11-02,01:30 -04:00,01:30 -05:00,,Dashboard,,,")), NEW_YORK)
    row = TimeEntry.get(TimeEntry.source == "import")
    assert row.end - row.start == timedelta(hours=1)


def test_a_huge_file_is_read_a_line_at_a_time(contracts, tmp_path):
    """20 MB with no line end: refused at line 2 having held a line's worth, never the whole file."""
    path = tmp_path / "huge.csv"
    with path.open("wb") as out:
        out.write(HEADER)
        for _ in range(20):
            out.write(b"b" * 1_000_000)
    tracemalloc.start()
    try:
        with pytest.raises(ImportFailed) as caught:
            import_file(path, JAKARTA)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.lines == [2]
    assert peak < 2_000_000
