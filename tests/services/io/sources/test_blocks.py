"""The readers that read a block of rows at a time by column (this app's CSV, Toggl, Clockify, Harvest, Kimai): a line that does
not read in a later block sends that block row by row, so the line is named exactly as a row's reading names
it, and every other row of the file is read as before."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from freelance_desk.services.io.sources import clockify, harvest, kimai, own_csv, toggl
from freelance_desk.services.io.sources.base import DATE_ORDER, RECORD_ROWS, ReadOptions, clean_notes

ROWS = 2 * RECORD_ROWS + 500  # three blocks
BAD = 2 * RECORD_ROWS + 123  # the index of the bad row: in the third block
LINE = BAD + 2  # its line (the header is line 1)


def days():
    return [date(2000, 1, 1) + timedelta(days=n // 4) for n in range(ROWS)]


def hours(n: int) -> tuple[str, str]:
    return f"{8 + 2 * (n % 4):02d}:00:00", f"{9 + 2 * (n % 4):02d}:30:00"


def by_line(parsed) -> dict[int, str]:
    return {problem.line: problem.error.text() for problem in parsed.problems}


def test_own_csv_bad_date_in_a_later_block_is_named_by_its_line():
    lines = ["date,start,end,contract,client,note,billable"]
    for n, day in enumerate(days()):
        start, end = hours(n)
        lines.append(f"{day.isoformat()},{start[:5]},{end[:5]},Site,Acme,Note {n},yes")
    lines[LINE - 1] = lines[LINE - 1].replace(lines[LINE - 1][:10], "2000-02-30", 1)
    parsed = own_csv.read("\n".join(lines) + "\n", ReadOptions())
    assert by_line(parsed) == {LINE: "“2000-02-30” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-10."}
    assert len(parsed.entries) == ROWS - 1
    assert [entry.note for entry in parsed.entries[BAD - 1:BAD + 1]] == [f"Note {BAD - 1}", f"Note {BAD + 1}"]
    assert parsed.entries[-1].seconds == 90 * 60


def toggl_text(bad_duration: str) -> str:
    lines = ["User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,"
             "Duration,Tags,Amount (EUR)"]
    for n, day in enumerate(days()):
        start, end = hours(n)
        duration = bad_duration if n == BAD else "01:30:00"
        lines.append(f"Zoë,zoe@example.com,Acme,Site,,Note {n},Yes,{day},{start},{day},{end},{duration},"
                     f"design,135.00")
    return "\n".join(lines) + "\n"


def test_toggl_bad_duration_in_a_later_block_is_named_by_its_line():
    parsed = toggl.read(toggl_text("00:00:00"), ReadOptions())
    assert by_line(parsed) == {LINE: "The duration “00:00:00” is zero; an entry lasts more than zero seconds."}
    assert len(parsed.entries) == ROWS - 1
    first, last = parsed.entries[0], parsed.entries[-1]
    assert (first.line, first.project, first.client, first.tags, first.user, first.note) == (
        2, "Site", "Acme", ("design",), "Zoë", "Note 0")
    assert last.line == ROWS + 1 and last.seconds == 90 * 60


def clockify_text(dates: list[str], bad: int | None = None) -> str:
    lines = ['"Project","Client","Description","Task","User","Email","Tags","Billable","Start Date","Start Time",'
             '"Duration (h)","Billable Rate (USD)"']
    for n, text in enumerate(dates):
        start = "25:00:00" if n == bad else hours(n)[0]
        lines.append(f'"Site","Acme","Note {n}","","Zoë","zoe@example.com","","Yes","{text}","{start}","01:30:00",'
                     f'"90.00"')
    return "\r\n".join(lines) + "\r\n"


def test_clockify_bad_time_in_a_later_block_is_named_by_its_line():
    parsed = clockify.read(clockify_text([f"{d:%m/%d/%Y}" for d in days()], bad=BAD), ReadOptions())
    assert by_line(parsed) == {
        LINE: "“25:00:00” is not a time of day; it should read like 14:05, 14:05:30 or 2:05 PM."}
    assert len(parsed.entries) == ROWS - 1
    assert parsed.entries[-1].rate_minor == 9000


def test_clockify_order_proved_in_a_later_block_reads_the_earlier_blocks_in_it():
    # every date could be either order until the third block's 13/01/2000: the file is day first
    dates = [f"{(n % 12) + 1:02d}/01/2000" for n in range(BAD)] + ["13/01/2000"] * (ROWS - BAD)
    parsed = clockify.read(clockify_text(dates), ReadOptions())
    assert not parsed.problems and DATE_ORDER not in parsed.asks
    assert [entry.day for entry in parsed.entries[:3]] == [date(2000, 1, 1), date(2000, 1, 2), date(2000, 1, 3)]
    assert parsed.entries[-1].day == date(2000, 1, 13)
    # a month-first date after it is refused by its line, naming the line that proved the order
    dates[-1] = "01/25/2000"
    parsed = clockify.read(clockify_text(dates), ReadOptions())
    assert by_line(parsed) == {ROWS + 1: f"“01/25/2000” has the day second, but line {LINE} (“13/01/2000”) has it "
                                         "first: the dates mix two orders."}
    assert len(parsed.entries) == ROWS - 1


def test_harvest_rows_short_of_cells_and_a_bad_hours_cell_in_a_later_block():
    """Harvest's first pass codes a block by column: a row that stops before the last columns reads them empty
    (Currency here), and an unreadable hours cell in the third block is refused by its line; the rest read."""
    lines = ["Date,Client,Project,Task,Notes,Hours,Billable?,First Name,Last Name,Billable Rate,Currency"]
    for n, day in enumerate(days()):
        lines.append(f"{day.isoformat()},Acme,Site {n % 3},Design,Note {n},1.5,Yes,Ada,Lovelace,100.00,US Dollar - USD")
    lines[RECORD_ROWS + 7] = lines[RECORD_ROWS + 7].rsplit(",", 2)[0]  # no rate, no currency: two cells short
    lines[LINE - 1] = lines[LINE - 1].replace(",1.5,", ",1.5h,")
    parsed = harvest.read("\n".join(lines) + "\n", ReadOptions())
    assert by_line(parsed) == {LINE: "“1.5h” is not a number of hours; it should read like 1.5."}
    assert len(parsed.entries) == ROWS - 1
    short = parsed.entries[RECORD_ROWS + 6]
    assert (short.note, short.rate_minor, short.currency) == (f"Note {RECORD_ROWS + 6}", None, "")
    assert (parsed.entries[0].rate_minor, parsed.entries[0].currency) == (10000, "USD")
    assert [entry.project for entry in parsed.entries[:4]] == ["Site 0", "Site 1", "Site 2", "Site 0"]
    assert sum(entry.seconds for entry in parsed.entries) == (ROWS - 1) * 5400


def test_kimai_totals_row_after_several_blocks_is_skipped_and_every_entry_read(tmp_path):
    """Kimai's first pass codes a block by column unless a row of it has no date (the totals a 1.x export ends
    with): that block is read row by row, the totals skipped with a note, the entries before it kept."""
    lines = ["Date;From;To;Duration;Customer;Project;Activity;Description;Tags"]
    for n, day in enumerate(days()):
        start, end = hours(n)
        lines.append(f"{day.strftime('%d.%m.%Y')};{start[:5]};{end[:5]};1:30;Acme;Site;Dev;Note {n};")
    lines[RECORD_ROWS + 3] = lines[RECORD_ROWS + 3].rsplit(";", 1)[0]  # a row without its (empty) Tags cell
    total = ROWS * 90
    lines.append(f";;;{total // 60}:{total % 60:02d};;;;;")
    path = tmp_path / "kimai.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    parsed = kimai.read(path, ReadOptions())
    assert parsed.problems == []
    assert [note.text() for note in parsed.notes] == [
        f"Line {ROWS + 2} holds the export's totals ({total // 60}:{total % 60:02d}); it was skipped."]
    assert len(parsed.entries) == ROWS
    assert [entry.note for entry in parsed.entries[RECORD_ROWS + 1:RECORD_ROWS + 3]] == [
        f"Note {RECORD_ROWS + 1}", f"Note {RECORD_ROWS + 2}"]
    assert parsed.entries[-1].start == datetime.combine(days()[-1], time(14))
    assert sum(entry.seconds for entry in parsed.entries) == ROWS * 5400


def test_a_column_of_notes_keeps_line_breaks_and_tabs_and_loses_other_control_characters_and_edges():
    notes = [" two\nlines ", "a\ttab", "plain  "]
    assert clean_notes(notes) == ["two\nlines", "a\ttab", "plain"]
    assert clean_notes([*notes, "bell\x07 and \u202eflip\r"]) == ["two\nlines", "a\ttab", "plain", "bell and flip"]
