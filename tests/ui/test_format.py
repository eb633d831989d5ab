"""Money, numbers and percentages as the interface's locale writes them (ui/format.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from freelance_desk.core.money import parse_amount, parse_rate
from freelance_desk.ui import format as fmt

NBSP = "\u00a0"


@pytest.fixture
def locale_of():
    """Sets the interface's locale by name for the test; the one before comes back after it."""
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "minor", "currency", "text"),
    [
        ("id_ID", 7_500_000, "IDR", "Rp7.500.000"),  # the locale's own currency, its own symbol
        ("id_ID", 125050, "USD", "US$1.250,50"),  # a dollar that cannot be taken for another
        ("id_ID", 1200, "JPY", "¥1.200"),
        ("id_ID", 0, "USD", "US$0,00"),
        ("en_US", 125050, "USD", "$1,250.50"),
        ("en_US", 7_500_000, "IDR", f"IDR{NBSP}7,500,000"),  # a symbol of letters stands apart
        ("en_US", 125050, "CHF", f"CHF{NBSP}1,250.50"),
        ("en_US", 999, "EUR", "€9.99"),
        ("en_GB", 125050, "USD", "US$1,250.50"),  # dollars are not the British currency
        ("en_GB", 125050, "GBP", "£1,250.50"),
        ("C", 125050, "USD", "$1,250.50"),  # no locale set: US English, not "1250.50$"
    ],
)
def test_money_follows_the_locale(locale_of, name, minor, currency, text):
    locale_of(name)
    assert fmt.money(minor, currency) == text


def test_a_negative_amount_is_written_as_the_locale_writes_it(locale_of):
    locale_of("id_ID")
    assert fmt.money(-125050, "USD") == "US$-1.250,50"
    locale_of("en_US")
    assert fmt.money(-125050, "USD") == "($1,250.50)"
    assert fmt.money(-7_500_000, "IDR") == f"(IDR{NBSP}7,500,000)"


def test_money_is_exact_for_large_amounts(locale_of):
    locale_of("id_ID")
    assert fmt.money(99_999_999_999_999, "USD") == "US$999.999.999.999,99"  # no float on the way


@pytest.mark.parametrize(
    ("name", "texts"),
    [
        ("id_ID", ["7,8%", "12,5%", "10%", "+100%", "-12%", "4,3", "1.234.567", "9,9%"]),
        ("en_US", ["7.8%", "12.5%", "10%", "+100%", "-12%", "4.3", "1,234,567", "9.9%"]),
    ],
)
def test_numbers_and_percentages_follow_the_locale(locale_of, name, texts):
    locale_of(name)
    assert [
        fmt.percent(Decimal("7.8")),
        fmt.basis_points(1250),
        fmt.basis_points(1000),
        fmt.percent(100, signed=True),
        fmt.percent(-12),
        fmt.number(Decimal("4.3")),
        fmt.number(1234567),
        fmt.share(2080_75, 20971_00),
    ] == texts


def test_compact_amounts_for_a_chart(locale_of):
    locale_of("id_ID")
    assert [fmt.compact_money(v, "USD") for v in (0, 800, 999.6, 1500, 2_400, 999_960, 1_250_000)] == [
        "US$0", "US$800", "US$1k", "US$1,5k", "US$2,4k", "US$1M", "US$1,3M"]
    assert fmt.compact_money(15_000_000, "IDR") == "Rp15M"
    locale_of("en_US")
    assert fmt.compact_money(1500, "USD") == "$1.5k"
    assert fmt.compact_money(2_500_000, "IDR") == f"IDR{NBSP}2.5M"


@pytest.mark.parametrize("name", ["id_ID", "en_US", "en_GB"])
def test_what_a_field_shows_reads_back_in_that_locale(locale_of, name):
    locale_of(name)
    for minor, currency in ((125050, "USD"), (7_500_000, "IDR"), (5, "EUR")):
        assert parse_amount(fmt.amount_text(minor, currency), currency, seps=fmt.separators()) == minor
        assert parse_amount(fmt.money(minor, currency), currency, seps=fmt.separators()) == minor  # pasted back
    for rate in (Decimal(15800), Decimal("0.0000630"), Decimal("1.08")):
        assert parse_rate(fmt.rate_text(rate), seps=fmt.separators()) == rate


@pytest.mark.parametrize(("name", "sep"), [("en_US", ":"), ("id_ID", ".")])
def test_a_moment_to_the_second_tells_apart_what_a_minute_does_not(locale_of, name, sep):
    from datetime import UTC, datetime

    locale_of(name)
    first, second = datetime(2026, 3, 10, 9, 15, 2, tzinfo=UTC), datetime(2026, 3, 10, 9, 15, 41, tzinfo=UTC)
    assert fmt.local_datetime(first) == fmt.local_datetime(second)  # two backups in one minute …
    shown = fmt.local_datetime_seconds(first), fmt.local_datetime_seconds(second)
    assert shown[0] != shown[1] and shown[0].startswith(fmt.local_datetime(first).split(" ")[0])  # … apart
    assert f"{sep}15{sep}02" in shown[0] and f"{sep}15{sep}41" in shown[1]  # the locale's separator
