"""What Toggl's and Clockify's detailed reports share: the hourly rate an amount was worked out at."""

import pytest

from freelance_desk.services.io.sources.detailed import hourly_rate


@pytest.mark.parametrize(("amount", "seconds", "rate"), [
    (6000, 3600, 6000),  # an hour for 60.00
    (6375, 45 * 60, 8500),  # 45 minutes for 63.75
    (2333, 20 * 60, 7000),  # 20 minutes for 23.33: 69.99-70.00 would give it; the rounder one
    (7028, 4217, 6000),  # 1:10:17 for 70.28
    (1, 60, 50),  # a minute for a cent: 0.30-0.90 an hour would give it, 0.50 the roundest
])
def test_the_rate_is_the_roundest_that_gives_the_amount(amount, seconds, rate):
    assert hourly_rate(amount, seconds) == rate
    assert abs(rate * seconds / 3600 - amount) <= 0.5  # the amount, rounded to the cent


def test_over_hours_where_no_whole_rate_gives_the_amount_the_nearest_is_taken():
    # 3:00:07 for 123.45 is 41.1233… an hour: 41.12 gives 123.44, 41.13 gives 123.47
    assert hourly_rate(12_345, 3 * 3600 + 7) == 4112
