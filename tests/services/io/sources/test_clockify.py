"""Clockify's detailed CSV: dates in either order, 12- or 24-hour times, rates, and problems by line."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from freelance_desk.services.io.sources import clockify, toggl
from freelance_desk.services.io.sources.base import DATE_ORDER, ReadOptions, Sample

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "imports" / "clockify"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))["files"]
HEADER = ('"Project","Client","Description","Task","User","Email","Tags","Billable","Start Date","Start Time",'
          '"End Date","End Time","Duration (h)","Duration (decimal)","Billable Rate (USD)","Billable Amount (USD)"\r\n')


def read(text: str, **options):
    return clockify.read(text, ReadOptions(**options))  # the reader takes a file's text as well as its path


def row(day="03/04/2026", start="09:00 AM", end_day=None, end="10:00 AM", duration="01:00:00", decimal="1.00",
        rate="50.00", project="Site", note="Work"):
    cells = [project, "Acme", note, "", "Peter", "p@example.com", "", "Yes", day, start, end_day or day, end,
             duration, decimal, rate, "50.00"]
    return ",".join(f'"{cell}"' for cell in cells) + "\r\n"


def by_line(parsed):
    return {p.line: p.error.text() for p in parsed.problems}


def entry_on(parsed, line):
    return next(e for e in parsed.entries if e.line == line)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_is_detected_as_clockify_and_not_as_toggl(name):
    sample = Sample.of(FIXTURES / name)
    assert clockify.FORMAT.detect(sample) == 100
    assert toggl.FORMAT.detect(sample) == 0


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_totals_per_project_match_the_files_own_duration_column(name):
    expected = EXPECTED[name]
    parsed = clockify.FORMAT.read(FIXTURES / name, ReadOptions(date_order=expected["date_order"]))
    assert parsed.problems == [] and parsed.asks == set()
    sums: dict[tuple[str, str], list[int]] = {}
    for entry in parsed.entries:
        if expected["user"] in (None, entry.user, entry.email):
            total = sums.setdefault((entry.client or "No client", entry.project or "No project"), [0, 0])
            total[0] += entry.seconds
            total[1] += entry.seconds if entry.billable else 0
    assert sorted([c, p, s, b] for (c, p), (s, b) in sums.items()) == sorted(
        [c["client"], c["contract"], c["seconds"], c["billable_seconds"]] for c in expected["contracts"])


def test_a_day_first_file_is_read_day_first_from_a_later_line_that_proves_it():
    parsed = clockify.read(FIXTURES / "clockify_detailed_dmy.csv", ReadOptions())
    assert parsed.asks == set() and parsed.problems == []
    assert entry_on(parsed, 2).day == date(2026, 3, 2)  # "02/03/2026": 2 March, not 3 February
    assert entry_on(parsed, 11).day == date(2026, 3, 16)
    assert {e.day.month for e in parsed.entries} == {3}


def test_a_day_first_file_is_not_turned_month_first_by_the_users_option():
    parsed = clockify.read(FIXTURES / "clockify_detailed_dmy.csv", ReadOptions(date_order="mdy"))
    assert parsed.problems == [] and {e.day.month for e in parsed.entries} == {3}


def test_a_month_first_file_with_12_hour_times():
    parsed = clockify.read(FIXTURES / "clockify_detailed_mdy_12h.csv", ReadOptions())
    assert parsed.asks == set() and parsed.problems == []
    assert entry_on(parsed, 2).start == datetime(2026, 4, 1, 8, 0, 0)  # "04/01/2026","08:00:00 AM"
    noon = next(e for e in parsed.entries if e.note == "Subject lines, A/B")
    assert noon.start == datetime(2026, 4, 17, 12, 30) and noon.seconds == 45 * 60 + 45
    assert {e.day.month for e in parsed.entries} == {4}
    assert max(e.start.hour for e in parsed.entries) >= 13  # PM times land in the afternoon


def test_an_ambiguous_file_is_read_month_first_and_asks():
    parsed = clockify.read(FIXTURES / "clockify_ambiguous_dates.csv", ReadOptions())
    assert parsed.asks == {DATE_ORDER} and parsed.problems == []
    assert entry_on(parsed, 2).day == date(2026, 1, 5)  # "01/05/2026" month first


def test_an_ambiguous_file_honours_the_date_order_given():
    parsed = clockify.read(FIXTURES / "clockify_ambiguous_dates.csv", ReadOptions(date_order="dmy"))
    assert parsed.asks == set()
    assert entry_on(parsed, 2).day == date(2026, 5, 1)
    assert {e.day.month for e in parsed.entries} == {5}


def test_the_line_that_contradicts_the_order_an_earlier_line_proved_is_refused():
    parsed = read(HEADER + row(day="25/03/2026") + row(day="03/04/2026") + row(day="03/26/2026"))
    problems = by_line(parsed)
    assert list(problems) == [4]
    assert "“03/26/2026”" in problems[4] and "line 2" in problems[4] and "“25/03/2026”" in problems[4]
    assert entry_on(parsed, 3).day == date(2026, 4, 3)  # day first, as line 2 proved


def test_24_hour_times_with_and_without_seconds_and_the_decimal_mark():
    parsed = read(HEADER + row(start="14:05", end="15:05") + row(day="03/05/2026", start="14:05:33", end="15:05:33"))
    assert [e.start.time().isoformat() for e in parsed.entries] == ["14:05:00", "14:05:33"]


def test_the_rate_and_its_currency_come_from_the_rate_column():
    parsed = read(HEADER + row(rate="50.00") + row(day="03/05/2026", rate="0.00")
                  + row(day="03/06/2026", rate="1,250.00"))
    assert [(e.rate_minor, e.currency) for e in parsed.entries] == [(5000, "USD"), (None, "USD"), (125000, "USD")]


def test_a_currency_written_as_a_word_and_one_the_app_does_not_list():
    euro = read(HEADER.replace("(USD)", "(EURO)") + row(rate="26.25")).entries[0]
    assert (euro.rate_minor, euro.currency) == (2625, "EUR")
    nok = read(HEADER.replace("(USD)", "(NOK)") + row(rate="500.00")).entries[0]  # a currency the app has no digits for
    assert (nok.rate_minor, nok.currency) == (50000, "NOK")


def test_broken_rows_are_refused_by_line_quoting_the_text():
    parsed = read(HEADER
                  + row()
                  + row(day="2026/31/31")
                  + row(start="25:00")
                  + row(start="9.30 AM")
                  + row(duration="one hour")
                  + row(duration="00:00:00")
                  + row(day="31/02/2026")
                  + row(rate="fifty"))
    problems = by_line(parsed)
    assert sorted(problems) == [3, 4, 5, 6, 7, 8, 9]
    assert "“2026/31/31”" in problems[3]
    assert "“25:00”" in problems[4] and "“9.30 AM”" in problems[5]
    assert "“one hour”" in problems[6]
    assert "zero" in problems[7]
    assert "“31/02/2026”" in problems[8]
    assert "“fifty”" in problems[9]
    assert [e.line for e in parsed.entries] == [2]


def test_a_missing_required_column_is_named_on_line_1():
    parsed = read(HEADER.replace('"Start Date",', "") + row())
    assert [(p.line, "“Start Date”" in p.error.text()) for p in parsed.problems] == [(1, True)]
    bare = ('"Project","Description","User","Billable","Start Date","Start Time"\r\n'
            '"Site","Work","Peter","Yes","03/04/2026","09:00 AM"\r\n')
    assert ["“Duration (h)”" in p.error.text() for p in read(bare).problems] == [True]
    assert read(bare).entries == []


def test_decimal_hours_are_used_without_duration_h_and_end_minus_start_without_either():
    decimal = HEADER.replace('"Duration (h)",', "")
    parsed = read(decimal + row().replace('"01:00:00",', "").replace('"1.00"', '"1.51"'))
    assert parsed.entries[0].seconds == 5436  # 1.51 h
    neither = ('"Project","Client","Description","Task","User","Group","Email","Tags","Billable","Start Date",'
               '"Start Time","End Date","End Time","Client"\r\n'
               '"Site","","Night","","Peter","","p@x","","Yes","03/04/2024","10:23 PM","03/05/2024","01:23:01 AM"\r\n'
               '"Site","","Backwards","","Peter","","p@x","","Yes","03/06/2024","10:00 AM","03/06/2024","09:00 AM"\r\n')
    assert clockify.detect(Sample(Path("x.csv"), neither.encode(), neither)) > 0
    parsed = read(neither)
    assert parsed.entries[0].seconds == 3 * 3600 + 1 and parsed.entries[0].client == ""  # the row stops short
    assert list(by_line(parsed)) == [3]


def test_activity_for_task_and_a_note_with_a_line_break_kept():
    text = HEADER.replace('"Task"', '"Activity"') + row(note="Call, part 1:\r\ncolours")
    entry = read(text).entries[0]
    assert entry.note == "Call, part 1:\ncolours"
    entry = clockify.read(FIXTURES / "clockify_detailed_dmy.csv", ReadOptions()).entries[-1]
    assert entry.note == "Abstimmung mit Frau Huber, Teil 2:\nFarben und Schriften"
    assert entry.tags == ("meeting",) and entry.client == "Bäckerei Huber"


def test_breaks_are_skipped_with_a_note():
    text = HEADER.replace("\r\n", ',"Type"\r\n') + row().replace("\r\n", ',"Regular"\r\n') \
        + row(day="03/05/2026").replace("\r\n", ',"Break"\r\n')
    parsed = read(text)
    assert [e.line for e in parsed.entries] == [2]
    assert len(parsed.notes) == 1 and "1" in parsed.notes[0].text()


def test_a_toggl_export_is_not_taken_for_clockify():
    path = FIXTURES.parent / "toggl" / "toggl_detailed_eur.csv"
    assert clockify.detect(Sample.of(path)) == 0


def test_an_impossible_date_proves_no_order():
    parsed = read(HEADER + row(day="31/02/2026") + row(day="03/04/2026"))
    assert list(by_line(parsed)) == [2]
    assert parsed.asks == {DATE_ORDER}
    assert parsed.entries[0].day == date(2026, 3, 4)


def test_rows_read_before_the_order_was_proved_are_read_again_in_it():
    header = '"Project","User","Billable","Start Date","Start Time","End Date","End Time"\r\n'

    def spanning(start_day, end_day):
        return f'"Site","Peter","Yes","{start_day}","10:00","{end_day}","09:00"\r\n'

    # line 2 ends a month later month first, but before it starts day first; line 3 the other way round
    parsed = read(header + spanning("03/04/2026", "04/03/2026") + spanning("04/03/2026", "03/04/2026")
                  + spanning("25/03/2026", "26/03/2026"))
    assert list(by_line(parsed)) == [2]
    assert "before the start" in by_line(parsed)[2]
    assert [(e.line, e.day) for e in parsed.entries] == [(3, date(2026, 3, 4)), (4, date(2026, 3, 25))]
    assert parsed.entries[0].seconds == 30 * 86400 - 3600


def test_dates_with_dots_are_day_first_and_ask_nothing():
    parsed = read(HEADER + row(day="03.04.2026") + row(day="18.08.2026"))
    assert parsed.problems == [] and parsed.asks == set()
    assert [e.day for e in parsed.entries] == [date(2026, 4, 3), date(2026, 8, 18)]
