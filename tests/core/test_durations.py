"""One rule for every duration shown: whole minutes, the seconds cut off, in H:MM and in decimal hours."""

import pytest

from freelance_desk.core.durations import decimal_hours, hours_minutes, parse_duration, shown_minutes
from freelance_desk.core.errors import ValidationError
from freelance_desk.core.i18n import english_plural


def test_a_duration_shows_its_whole_minutes_the_way_the_running_clock_reads():
    # A timer at 12:00:59 reads 12:00 wherever it is shown; 12:01:00 is the next minute.
    assert hours_minutes(12 * 3600 + 59) == "12:00"
    assert hours_minutes(12 * 3600 + 60) == "12:01"
    assert shown_minutes(3779) == 62 and hours_minutes(3779) == "1:02"
    assert hours_minutes(-1830) == "-0:30" and shown_minutes(-59) == 0 and hours_minutes(-59) == "0:00"


def test_decimal_hours_are_the_shown_minutes_not_the_seconds():
    # 12:00:30 shows as 12:00, so its spreadsheet value is 12.00, not 12.01.
    assert decimal_hours(12 * 3600 + 30) == "12.00"
    assert decimal_hours(3779) == "1.03"  # 1:02 = 1.0333 h
    assert decimal_hours(90 * 60) == "1.50"


def test_plural_sources_read_as_english_when_no_translation_gives_their_forms():
    assert english_plural("{hours} over %n day(s)", 1) == "{hours} over 1 day"
    assert english_plural("{hours} over 3 day(s)", 3) == "{hours} over 3 days"  # Qt filled in %n already
    assert english_plural("selama 1 hari", 1) == "selama 1 hari"  # a translation passes unchanged


@pytest.mark.parametrize("text", ["\u0661:\u0663\u0660", "\u0661\u0662", "\uff11:\uff13\uff10", "\uff12h", "1_0h", "\u00b2h"])
def test_only_ascii_digits_make_a_duration(text):
    with pytest.raises(ValidationError, match="is not a duration"):
        parse_duration(text)
