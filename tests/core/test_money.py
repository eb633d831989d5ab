"""Money rules: what a freelancer types becomes exact minor units, and back."""

from decimal import Decimal

import pytest

from freelance_desk.core.errors import ValidationError
from freelance_desk.core.money import (
    COMMA,
    POINT,
    Money,
    Separators,
    check_currency,
    convert,
    fee_of,
    format_amount,
    parse_amount,
    parse_percent,
    parse_rate,
    plain_amount,
    read_number,
    write_number,
    written_amount,
    written_rate,
)


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("1,234.50", "USD", 123450),
        ("$1,234.50", "USD", 123450),
        ("US$1,234.50", "USD", 123450),
        ("Rp1,500,000", "IDR", 1500000),
        ("IDR\u00a07,500,000", "IDR", 7500000),
        ("1500000", "IDR", 1500000),
        ("12.5", "USD", 1250),
        ("75", "USD", 7500),
        ("0.05", "USD", 5),
        ("1 000", "USD", 100000),
        ("1,000", "USD", 100000),
        (" 99.99 ", "USD", 9999),
        ("USD 20", "USD", 2000),
        ("usd 20", "USD", 2000),
        ("chf 12.50", "CHF", 1250),
        ("¥1,200", "JPY", 1200),
        ("0", "USD", 0),
    ],
)
def test_parse_amount_reads_what_people_type(text, currency, minor):
    value = parse_amount(text, currency)  # the English convention unless told
    assert value == minor
    assert type(value) is int


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("1.250", "USD", 125000),  # one thousand two hundred fifty dollars, not 1.25
        ("1.250,50", "USD", 125050),
        ("1,5", "USD", 150),
        ("1,50", "USD", 150),
        ("US$1.250,50", "USD", 125050),  # what the Indonesian interface shows reads back
        ("€ 1.234,50", "EUR", 123450),
        ("Rp7.500.000", "IDR", 7500000),
        ("rp 1.500.000", "IDR", 1500000),
        ("1.500", "IDR", 1500),
        ("7 500 000", "IDR", 7500000),
        ("1250,5", "USD", 125050),
    ],
)
def test_parse_amount_reads_the_indonesian_convention(text, currency, minor):
    assert parse_amount(text, currency, seps=COMMA) == minor


@pytest.mark.parametrize(
    ("text", "currency", "seps", "message"),
    [
        # Read one way in one convention, another way in the other: refused, never guessed.
        ("1.250", "USD", POINT, "USD amounts have at most 2 decimal places. Write them like 1,250.50."),
        ("1,250", "USD", COMMA, "USD amounts have at most 2 decimal places. Write them like 1.250,50."),
        ("1.500", "IDR", POINT, "IDR amounts have no decimals. Write them like 7,500,000."),
        ("7.500.000,00", "IDR", COMMA, "IDR amounts have no decimals. Write them like 7.500.000."),
        # The other convention's way of writing, or separators where no group can be.
        ("1,250.50", "USD", COMMA, "“1,250.50” is not an amount. Write it like 1.250,50."),
        ("1.250,50", "USD", POINT, "“1.250,50” is not an amount. Write it like 1,250.50."),
        ("1.25", "USD", COMMA, "“1.25” is not an amount. Write it like 1.250,50."),
        ("12,5", "USD", POINT, "“12,5” is not an amount. Write it like 1,250.50."),
        ("1.25.0", "USD", COMMA, "“1.25.0” is not an amount. Write it like 1.250,50."),
        ("1,2345,000", "USD", POINT, "“1,2345,000” is not an amount. Write it like 1,250.50."),
        ("1.500.000", "IDR", POINT, "“1.500.000” is not an amount. Write it like 7,500,000."),
        ("12.", "USD", POINT, "“12.” is not an amount. Write it like 1,250.50."),
        ("1,,000", "USD", POINT, "“1,,000” is not an amount. Write it like 1,250.50."),
    ],
)
def test_an_entry_that_could_be_read_two_ways_is_refused_with_an_example(text, currency, seps, message):
    with pytest.raises(ValidationError) as err:
        parse_amount(text, currency, field="gross", seps=seps)
    assert err.value.field == "gross"
    assert err.value.text() == message


@pytest.mark.parametrize(
    ("text", "seps", "value"),
    [
        ("1.250", COMMA, Decimal(1250)),
        ("1.250", POINT, Decimal("1.250")),
        ("1.234.567,89", COMMA, Decimal("1234567.89")),
        ("1,234,567.89", POINT, Decimal("1234567.89")),
        (",5", COMMA, Decimal("0.5")),
        ("0", POINT, Decimal(0)),
        ("1\u202f234,5", Separators(",", "\u202f"), Decimal("1234.5")),  # a locale grouping with spaces
        ("1 234,5", Separators(",", "\u202f"), Decimal("1234.5")),
    ],
)
def test_read_number_follows_one_convention(text, seps, value):
    assert read_number(text, seps) == value


@pytest.mark.parametrize(
    "text", ["", ",", "1.2.3", "12.34.567", "1234.567", "1.2345", "1,5.000", "1e3", "١٢", "+5", "5-", "0x10"]
)
def test_read_number_refuses_what_breaks_the_rule(text):
    assert read_number(text, COMMA) is None


@pytest.mark.parametrize(
    ("minor", "currency", "seps", "text"),
    [
        (125050, "USD", COMMA, "1250,50"),
        (125050, "USD", POINT, "1250.50"),
        (7500000, "IDR", COMMA, "7500000"),
        (5, "USD", COMMA, "0,05"),
        (0, "IDR", POINT, "0"),
        (123456789012, "USD", POINT, "1234567890.12"),
    ],
)
def test_written_amount_reads_back_in_its_convention(minor, currency, seps, text):
    assert written_amount(minor, currency, seps) == text
    assert parse_amount(text, currency, seps=seps) == minor


def test_write_number():
    assert write_number(Decimal("1234567.5"), COMMA, 2) == "1.234.567,50"
    assert write_number(Decimal("0.000063"), COMMA) == "0,000063"
    assert write_number(Decimal("15800.000"), POINT) == "15,800"
    assert write_number(-1500, POINT) == "-1,500"
    assert write_number(Decimal("999.995"), POINT, 2) == "1,000.00"
    assert write_number(1234, POINT, grouped=False) == "1234"


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("", "USD"),
        ("   ", "USD"),
        ("-5", "USD"),
        ("$-5.00", "USD"),
        ("abc", "USD"),
        ("12abc", "USD"),
        ("1e3", "USD"),  # scientific notation is not how anyone writes a price
        ("nan", "USD"),
        ("Infinity", "USD"),
        ("1.234", "USD"),  # three decimals: too many for dollars
        ("12.345", "USD"),
        ("1.5", "IDR"),  # rupiah have no decimals
        ("1,5", "IDR"),  # and not a group of thousands
        ("5.5", "JPY"),
        ("10000000000000", "USD"),
        ("999999999999999999999999999999999999", "IDR"),
    ],
)
def test_parse_amount_refuses_at_the_field(text, currency):
    with pytest.raises(ValidationError) as err:
        parse_amount(text, currency, field="budget")
    assert err.value.field == "budget"
    assert err.value.text()  # a message a user can read, placeholders filled
    assert "{" not in err.value.text()


def test_parse_amount_messages_say_what_is_wrong():
    with pytest.raises(ValidationError, match="negative"):
        parse_amount("-5", "USD")
    with pytest.raises(ValidationError, match="at most 2 decimal places"):
        parse_amount("1.999", "USD")
    with pytest.raises(ValidationError, match="IDR amounts have no decimals"):
        parse_amount("1,5", "IDR", seps=COMMA)
    with pytest.raises(ValidationError, match="implausibly large"):
        parse_amount("10000000000000", "USD")
    with pytest.raises(ValidationError, match="“abc” is not an amount"):
        parse_amount("abc", "USD")


def test_parse_amount_zero_can_be_refused():
    with pytest.raises(ValidationError, match="more than zero") as err:
        parse_amount("0.00", "USD", field="gross", allow_zero=False)
    assert err.value.field == "gross"


def test_parse_amount_with_an_unknown_currency_is_a_validation_error():
    with pytest.raises(ValidationError) as err:
        parse_amount("5", "XYZ")
    assert err.value.field == "currency"


@pytest.mark.parametrize(
    ("minor", "currency", "text"),
    [
        (1234550, "USD", "$12,345.50"),
        (5, "USD", "$0.05"),
        (0, "USD", "$0.00"),
        (-1250, "USD", "-$12.50"),
        (1500000, "IDR", "Rp 1,500,000"),
        (-1500000, "IDR", "-Rp 1,500,000"),
        (1200, "JPY", "¥1,200"),
        (123450, "EUR", "€1,234.50"),
        (999, "AUD", "A$ 9.99"),
    ],
)
def test_format_amount(minor, currency, text):
    assert format_amount(minor, currency) == text


def test_format_amount_without_symbol_and_empty():
    assert format_amount(123450, "USD", with_symbol=False) == "1,234.50"
    assert format_amount(1500000, "IDR", with_symbol=False) == "1,500,000"
    assert format_amount(None, "USD") == ""
    assert str(Money(7500, "USD")) == "$75.00"


@pytest.mark.parametrize(("minor", "currency"), [(123450, "USD"), (1500000, "IDR"), (5, "USD"), (0, "EUR")])
def test_plain_amount_round_trips_through_parse(minor, currency):
    assert parse_amount(plain_amount(minor, currency), currency) == minor
    assert parse_amount(format_amount(minor, currency), currency) == minor


@pytest.mark.parametrize(
    ("gross", "bps", "fee"),
    [
        (10000, 1000, 1000),  # $100 at 10 % → $10
        (7500, 2000, 1500),  # Fiverr 20 %
        (1005, 1000, 101),  # $10.05 → $1.005 → rounds half up to $1.01
        (1004, 1000, 100),
        (333, 1250, 42),  # 41.625 → 42
        (1500000, 0, 0),
        (999, 10000, 999),
    ],
)
def test_fee_of_rounds_half_up(gross, bps, fee):
    value = fee_of(gross, bps)
    assert value == fee
    assert type(value) is int


@pytest.mark.parametrize(
    ("text", "bps"),
    [
        ("10", 1000), ("10%", 1000), ("10 %", 1000), ("12.5", 1250), ("12.50", 1250),
        ("0", 0), ("100", 10000), ("2.75", 275),
    ],
)
def test_parse_percent(text, bps):
    assert parse_percent(text) == bps


@pytest.mark.parametrize(("text", "bps"), [("12,5", 1250), ("12,5%", 1250), ("10 %", 1000), ("0,25", 25)])
def test_parse_percent_in_the_indonesian_convention(text, bps):
    assert parse_percent(text, seps=COMMA) == bps


def test_a_percentage_in_the_other_convention_is_refused_with_an_example():
    with pytest.raises(ValidationError) as err:
        parse_percent("12.5", "fee", seps=COMMA)
    assert err.value.text() == "Enter a percentage such as 10 or 12,5."
    with pytest.raises(ValidationError) as err:
        parse_percent("12,5", "fee", seps=POINT)
    assert err.value.text() == "Enter a percentage such as 10 or 12.5."
    with pytest.raises(ValidationError, match="between 0% and 100%"):
        parse_percent("1.000", "fee", seps=COMMA)  # one thousand, not one
    with pytest.raises(ValidationError, match="between 0% and 100%"):
        parse_percent("-1", "fee")


@pytest.mark.parametrize("text", ["101", "-1", "", "ten", "12.345", "nan"])
def test_parse_percent_refuses(text):
    with pytest.raises(ValidationError) as err:
        parse_percent(text, field="fee")
    assert err.value.field == "fee"


def test_convert_idr_to_usd_is_exact():
    # Rp 1,500,000 at 0.0000630 USD per rupiah = $94.50 exactly.
    assert convert(1_500_000, "IDR", Decimal("0.0000630"), "USD") == 9450
    # Rp 4,500,000 → $283.50
    assert convert(4_500_000, "IDR", Decimal("0.0000630"), "USD") == 28350


def test_convert_usd_to_idr_is_exact():
    assert convert(10000, "USD", Decimal("15800"), "IDR") == 1_580_000
    assert convert(1, "USD", Decimal("15873.5"), "IDR") == 159  # 158.735 rupiah → 159


def test_convert_rounds_to_the_nearest_minor_unit():
    # Rp 12,345 × 0.0000630 = $0.777735 → 78 cents
    assert convert(12_345, "IDR", Decimal("0.0000630"), "USD") == 78
    # half a cent goes to the even cent (no drift over many payments)
    assert convert(1, "EUR", Decimal("1.005"), "USD") == 1  # 1.005 cents → 1
    assert convert(3, "EUR", Decimal("1.5"), "USD") == 4  # 4.5 cents → 4


def test_convert_same_currency_is_identity():
    assert convert(12345, "USD", Decimal("2"), "USD") == 12345


def test_convert_never_uses_floats():
    result = convert(1_500_000, "IDR", Decimal("0.0000630"), "USD")
    assert type(result) is int
    with pytest.raises(TypeError):
        convert(1_500_000, "IDR", 0.000063, "USD")  # a float rate is a programming error


@pytest.mark.parametrize(
    ("text", "seps", "rate"),
    [
        ("15800", POINT, Decimal("15800")),
        ("15,800", POINT, Decimal("15800")),
        ("0.0000630", POINT, Decimal("0.0000630")),
        ("15,800.50", POINT, Decimal("15800.50")),
        ("0,0000630", COMMA, Decimal("0.0000630")),  # decimal comma, as written in Indonesia
        ("1,08", COMMA, Decimal("1.08")),
        ("15.800", COMMA, Decimal(15800)),
        ("15.800,50", COMMA, Decimal("15800.50")),
    ],
)
def test_parse_rate(text, seps, rate):
    value = parse_rate(text, seps=seps)
    assert value == rate
    assert isinstance(value, Decimal)
    assert parse_rate(written_rate(value, seps), seps=seps) == rate


def test_a_rate_in_the_other_convention_is_refused_with_examples():
    with pytest.raises(ValidationError) as err:
        parse_rate("0.000063", seps=COMMA)
    assert err.value.text() == "Enter an exchange rate such as 15.800 or 0,000063."
    with pytest.raises(ValidationError):
        parse_rate("0,000063", seps=POINT)


@pytest.mark.parametrize("text", ["", "0", "-1", "abc", "inf"])
def test_parse_rate_refuses(text):
    with pytest.raises(ValidationError) as err:
        parse_rate(text)
    assert err.value.field == "rate"


def test_check_currency_normalises_and_refuses():
    assert check_currency(" usd ") == "USD"
    with pytest.raises(ValidationError, match="Unknown currency code “XYZ”") as err:
        check_currency("xyz", field="home_currency")
    assert err.value.field == "home_currency"


@pytest.mark.parametrize("text", ["12 34", "1_000", "\u0661\u0662\u0663", "\uff11\uff12\uff13", "1e3", "NaN", "Infinity", "\u00b2"])
def test_only_ascii_digits_in_the_users_grouping_make_a_number(text):
    assert read_number(text, POINT) is None
    assert read_number(text, COMMA) is None


@pytest.mark.parametrize("text", ["100000000", "0.000000001", "1,000,001"])
def test_a_rate_outside_the_plausible_range_is_refused(text):
    with pytest.raises(ValidationError, match="between"):
        parse_rate(text, seps=POINT)
