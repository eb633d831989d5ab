"""The field checks every service shares: clean text, dates in the accepted range."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest

from freelance_desk.core.checks import check_day, clean_text, latest_day, note_text, optional_text, require_text
from freelance_desk.core.errors import ValidationError

TODAY = date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "required"),
        (" \u00a0\u3000 ", "required"),
        ("\u200b\u200c\u200d\ufeff", "no visible characters"),
        ("\u3164\u115f\u2800", "no visible characters"),
        ("\u0301\u0301", "no visible characters"),  # combining accents on nothing
        ("Ann\x00", "control character (U+0000)"),
        ("Ann\nLee", "control character (U+000A)"),  # a name is one line
        ("Ann\x7f", "control character (U+007F)"),
        ("\u202eAnn", "direction character (U+202E)"),
        ("Ann\u202d", "direction character (U+202D)"),
        ("Ann\u2067", "direction character (U+2067)"),
        ("Ann\ud800", "not text"),  # a lone surrogate
        ("a" * 201, "it has 201"),
    ],
)
def test_a_name_is_refused_with_a_reason(text, message):
    with pytest.raises(ValidationError, match=re.escape(message)) as err:
        require_text(text, "name")
    assert err.value.field == "name"


@pytest.mark.parametrize("text", ["🦊", "👩\u200d💻", "Zoë", "\u200fשלום", "ناصر", "a" * 200, "  Ann  "])
def test_names_in_any_script_pass_stripped(text):
    assert require_text(text, "name") == text.strip()


def test_notes_keep_lines_and_tabs_and_are_limited():
    assert note_text("one\r\ntwo\tthree\n") == "one\ntwo\tthree"
    assert note_text("") == ""
    with pytest.raises(ValidationError, match="10000 characters; it has 10001"):
        note_text("n" * 10001)
    with pytest.raises(ValidationError, match="control character"):
        note_text("bell\x07")


def test_an_optional_line_may_be_empty_but_not_invisible():
    assert optional_text("   ", "company") == ""
    with pytest.raises(ValidationError, match="no visible"):
        optional_text("\u200b", "company")
    with pytest.raises(ValidationError, match="it has 201"):
        clean_text("c" * 201, "company")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (date(1, 1, 1), "before 2000"),
        (date(1970, 1, 1), "before 2000"),
        (date(1999, 12, 31), "before 2000"),
        (date(2027, 3, 11), "latest date accepted is 2027-03-10"),
        (date(9999, 12, 31), "more than a year ahead"),
        ("2026-13-45", "is not a date"),
        (20260310, "is not a date"),
    ],
)
def test_a_day_outside_the_range_is_refused(value, message):
    with pytest.raises(ValidationError, match=message) as err:
        check_day(value, "due_date", TODAY)
    assert err.value.field == "due_date"


def test_the_range_runs_from_the_earliest_year_to_a_year_ahead():
    assert check_day(date(2000, 1, 1), "d", TODAY) == date(2000, 1, 1)
    assert check_day(date(2027, 3, 10), "d", TODAY) == date(2027, 3, 10)
    assert check_day(None, "d", TODAY) is None
    assert check_day(datetime(2026, 3, 10, 9, tzinfo=UTC), "d", TODAY) == TODAY
    assert check_day(date(1995, 6, 1), "d", TODAY, earliest_year=1995) == date(1995, 6, 1)
    assert latest_day(date(2028, 2, 29)) == date(2029, 2, 28)
