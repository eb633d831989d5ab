"""A week of an hourly contract: billable hours × rate, capped at the weekly limit, recorded once."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from freelance_desk.core.errors import ValidationError
from freelance_desk.db.models import Payment
from freelance_desk.services.contracts.contracts import ContractData, create_contract
from freelance_desk.services.money.week_earnings import (
    earnings_of,
    propose_week,
    record_week,
    unrecorded_weeks,
    week_of,
)
from freelance_desk.services.settings import store as settings_store
from tests.services.money.income_world import NOW, entry, world  # noqa: F401

MONDAY = date(2026, 3, 2)


def test_weeks_start_on_monday_or_sunday():
    assert week_of(date(2026, 3, 4), "monday_utc") == (date(2026, 3, 2), date(2026, 3, 8))
    assert week_of(date(2026, 3, 8), "monday_local") == (date(2026, 3, 2), date(2026, 3, 8))
    assert week_of(date(2026, 3, 8), "sunday_local") == (date(2026, 3, 8), date(2026, 3, 14))
    assert week_of(date(2026, 3, 7), "sunday_local") == (date(2026, 3, 1), date(2026, 3, 7))


def test_hours_over_the_weekly_limit_are_shown_unbilled(world):
    for day in range(2, 7):  # Monday to Friday, 4 h 36 min a day: 23 h
        entry(world.hourly, datetime(2026, 3, day, 8, tzinfo=UTC), 276)
    entry(world.hourly, datetime(2026, 3, 4, 14, tzinfo=UTC), 120, billable=False)  # never billed
    p = propose_week(world.hourly, date(2026, 3, 5))
    assert (p.period_start, p.period_end) == (MONDAY, date(2026, 3, 8))
    assert p.billable_seconds == 23 * 3600
    assert p.limit_seconds == 20 * 3600
    assert p.billed_seconds == 20 * 3600
    assert p.unbilled_seconds == 3 * 3600
    assert (p.gross_minor, p.fee_minor, p.net_minor) == (70000, 7000, 63000)  # 20 h × $35, Upwork's 10 %
    assert p.recorded_on is None


def test_under_the_limit_everything_is_billed_rounded_to_the_cent(world):
    entry(world.hourly, datetime(2026, 3, 3, 8, tzinfo=UTC), 80)  # 1 h 20 min × $35 = $46.666…
    p = propose_week(world.hourly, MONDAY)
    assert (p.billed_seconds, p.unbilled_seconds) == (4800, 0)
    assert p.gross_minor == 4667
    assert earnings_of(30, 3500) == 29  # 0.2916… cents → 29 (half up)


def test_a_week_is_priced_from_the_minutes_it_shows(world):
    entry(world.hourly, datetime(2026, 3, 3, 8, tzinfo=UTC), 60.5)  # 1:00:30, shown as 1:00
    p = propose_week(world.hourly, MONDAY)
    assert p.billable_seconds == 3630
    assert p.gross_minor == 3500  # 1:00 × $35.00, not $35.29 from the 30 seconds nobody sees


def test_monday_utc_weeks_follow_utc_not_the_local_day(world):
    # Sunday 23:30 UTC is Monday morning in Jakarta, but Upwork bills it to the week before.
    entry(world.hourly, datetime(2026, 3, 1, 23, 30, tzinfo=UTC), 60, offset_minutes=420)
    assert propose_week(world.hourly, MONDAY, "monday_utc").billable_seconds == 0
    assert propose_week(world.hourly, date(2026, 2, 23), "monday_utc").billable_seconds == 3600
    # A week of local days counts it on the Monday it was worked.
    assert propose_week(world.hourly, MONDAY, "monday_local").billable_seconds == 3600


def test_record_a_week_once(world):
    entry(world.hourly, datetime(2026, 3, 3, 8, tzinfo=UTC), 120)
    payment = record_week(world.hourly, date(2026, 3, 6), date(2026, 3, 12), 7000, 700, now=NOW)
    saved = Payment.get_by_id(payment.id)
    assert (saved.kind, saved.period_start, saved.period_end) == ("hourly", MONDAY, date(2026, 3, 8))
    assert (saved.gross_minor, saved.fee_minor, saved.net_minor, saved.currency) == (7000, 700, 6300, "USD")
    assert propose_week(world.hourly, MONDAY).recorded_on == date(2026, 3, 12)
    with pytest.raises(ValidationError) as refused:
        record_week(world.hourly, date(2026, 3, 8), date(2026, 3, 13), 7000, 700, now=NOW)
    assert refused.value.field == "week"
    assert "already recorded" in refused.value.text()
    assert Payment.select().count() == 1


def test_the_user_may_adjust_the_amount(world):
    entry(world.hourly, datetime(2026, 3, 3, 8, tzinfo=UTC), 120)
    payment = record_week(world.hourly, MONDAY, date(2026, 3, 12), 6500, 650, note="client paid less", now=NOW)
    assert (payment.gross_minor, payment.net_minor, payment.note) == (6500, 5850, "client paid less")


def test_only_hourly_contracts_have_weeks(world):
    with pytest.raises(ValidationError) as refused:
        propose_week(world.logo, MONDAY)
    assert refused.value.field == "contract"
    with pytest.raises(ValidationError):
        record_week(world.logo, MONDAY, MONDAY, 100, 0, now=NOW)
    assert Payment.select().count() == 0


def test_week_in_another_currency_is_valued_at_the_given_rate(world):
    settings_store.set_home_currency("IDR")
    entry(world.hourly, datetime(2026, 3, 3, 8, tzinfo=UTC), 60)
    p = propose_week(world.hourly, MONDAY)
    payment = record_week(world.hourly, MONDAY, date(2026, 3, 12), p.gross_minor, p.fee_minor,
                          rate=Decimal("16000"), now=NOW)
    assert (payment.home_currency, payment.gross_home_minor, payment.net_home_minor) == ("IDR", 560_000, 504_000)


def test_no_weekly_limit_bills_every_billable_hour(world):
    contract = create_contract(
        ContractData(world.harbor, "Support", kind="hourly", rate_minor=5000), now=NOW
    )
    entry(contract.id, datetime(2026, 3, 3, 0, tzinfo=UTC), 60 * 30)
    p = propose_week(contract.id, MONDAY)
    assert (p.limit_seconds, p.billed_seconds, p.unbilled_seconds, p.gross_minor) == (None, 30 * 3600, 0, 150000)


def test_unrecorded_utc_week_found_from_a_local_monday(world):
    # Monday 05:00 in Jakarta is still Sunday in UTC: the hour belongs to the week of 23 February.
    entry(world.hourly, datetime(2026, 3, 1, 22, tzinfo=UTC), 60, offset_minutes=420)
    entry(world.hourly, datetime(2026, 3, 3, 8, tzinfo=UTC), 120)
    record_week(world.hourly, MONDAY, date(2026, 3, 9), 7000, 700, now=NOW)
    weeks = unrecorded_weeks(date(2026, 3, 10), "monday_utc")
    assert [(w.period_start, w.billable_seconds, w.gross_minor, w.net_minor) for w in weeks] == [
        (date(2026, 2, 23), 3600, 3500, 3150)
    ]
    # Counted by local days, that hour is part of the recorded week: nothing is owed.
    assert unrecorded_weeks(date(2026, 3, 10), "monday_local") == []


def test_unrecorded_weeks_count_only_finished_weeks_over_the_limit_too(world):
    for day in range(2, 8):  # 4 h a day, Monday to Saturday: 24 h against a 20 h limit
        entry(world.hourly, datetime(2026, 3, day, 8, tzinfo=UTC), 240)
    entry(world.hourly, datetime(2026, 3, 9, 8, tzinfo=UTC), 60)  # this week: still running
    (week,) = unrecorded_weeks(date(2026, 3, 10))
    assert (week.period_start, week.billable_seconds, week.unbilled_seconds) == (MONDAY, 24 * 3600, 4 * 3600)
    assert (week.gross_minor, week.net_minor, week.client, week.contract) == (70000, 63000, "Harbor Analytics",
                                                                             "Dashboard")
