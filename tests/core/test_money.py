"""Money rules: what a freelancer types becomes exact minor units, and back."""

from decimal import Decimal

import pytest

from freelance_desk.core.errors import ValidationError
from freelance_desk.core.money import (
    Money,
    check_currency,
    convert,
    fee_of,
    format_amount,
    format_percent,
    parse_amount,
    parse_percent,
    parse_rate,
    plain_amount,
)


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("1,234.50", "USD", 123450),
        ("$1,234.50", "USD", 123450),
        ("1.234,50", "EUR", 123450),
        ("€ 1.234,50", "EUR", 123450),
        ("Rp 1.500.000", "IDR", 1500000),
        ("Rp1,500,000", "IDR", 1500000),
        ("1.500", "IDR", 1500),
        ("1500000", "IDR", 1500000),
        ("12,5", "USD", 1250),
        ("12.5", "USD", 1250),
        ("75", "USD", 7500),
        ("0.05", "USD", 5),
        ("1 000", "USD", 100000),
        ("1,000", "USD", 100000),
        (" 99.99 ", "USD", 9999),
        ("USD 20", "USD", 2000),
        ("usd 20", "USD", 2000),
        ("rp 1.500.000", "IDR", 1500000),
        ("chf 12.50", "CHF", 1250),
        ("¥1,200", "JPY", 1200),
        ("0", "USD", 0),
    ],
)
def test_parse_amount_reads_what_people_type(text, currency, minor):
    value = parse_amount(text, currency)
    assert value == minor
    assert type(value) is int


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
        ("1,5", "IDR"),  # rupiah have no decimals
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
    with pytest.raises(ValidationError, match="IDR amounts have at most 0 decimal places"):
        parse_amount("1,5", "IDR")
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
        ("10", 1000), ("10%", 1000), ("10 %", 1000), ("12.5", 1250), ("12,5", 1250),
        ("0", 0), ("100", 10000), ("2.75", 275),
    ],
)
def test_parse_percent(text, bps):
    assert parse_percent(text) == bps


@pytest.mark.parametrize("text", ["101", "-1", "", "ten", "12.345", "nan"])
def test_parse_percent_refuses(text):
    with pytest.raises(ValidationError) as err:
        parse_percent(text, field="fee")
    assert err.value.field == "fee"


def test_format_percent():
    assert format_percent(1000) == "10 %"
    assert format_percent(1250) == "12.5 %"
    assert format_percent(0) == "0 %"


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
    ("text", "rate"),
    [
        ("15800", Decimal("15800")),
        ("15,800", Decimal("15800")),
        ("0.0000630", Decimal("0.0000630")),
        ("0,0000630", Decimal("0.0000630")),  # decimal comma, as written in Indonesia
        ("1,08", Decimal("1.08")),
        ("15.800,50", Decimal("15800.50")),
        ("15,800.50", Decimal("15800.50")),
    ],
)
def test_parse_rate(text, rate):
    value = parse_rate(text)
    assert value == rate
    assert isinstance(value, Decimal)


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
