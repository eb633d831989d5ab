"""Effective hourly rates: per contract (net ÷ hours tracked) and per quarter over the last two years."""

from __future__ import annotations

from datetime import UTC, date, datetime

from freelance_desk.services.contracts import rates
from tests.services.money.income_world import TODAY, entry, pay, world  # noqa: F401


def test_a_contracts_effective_rate_is_its_net_over_its_hours_and_none_without_hours(world):
    entry(world.hourly, datetime(2026, 1, 5, 9, tzinfo=UTC), 600)  # 10 h
    pay(world.hourly, date(2026, 1, 12), 35000, 1000)  # $315 net
    pay(world.logo, date(2026, 1, 20), 20000, 2000)
    found = rates.contract_rates()
    assert set(found) == {world.hourly}  # the logo has no hours: no rate
    assert (found[world.hourly].net_home, found[world.hourly].per_hour) == (31500, 3150)
    assert rates.contract_rates(client_id=world.tom) == {}
    assert rates.overall(found).per_hour == 3150


def test_the_trend_is_per_quarter_over_two_years_with_the_change_since_the_first(world):
    entry(world.hourly, datetime(2024, 5, 6, 9, tzinfo=UTC), 600)
    pay(world.hourly, date(2024, 5, 30), 25000)  # Q2 2024: $25/h
    entry(world.hourly, datetime(2026, 1, 5, 9, tzinfo=UTC), 600)
    pay(world.hourly, date(2026, 2, 2), 35000)  # Q1 2026: $35/h
    pay(world.logo, date(2026, 2, 3), 20000)  # untracked: not in the trend
    trend = rates.rate_trend(TODAY)
    assert [(q.year, q.quarter) for q in trend][0] == (2024, 2) and (trend[-1].year, trend[-1].quarter) == (2026, 1)
    assert len(trend) == 8
    assert [q.per_hour for q in trend] == [2500, None, None, None, None, None, None, 3500]
    assert rates.trend_change_bps(trend) == 4000  # 40 % more an hour
    assert all(q.per_hour is None for q in rates.rate_trend(TODAY, client_id=world.tom))
