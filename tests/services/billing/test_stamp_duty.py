"""The e-Meterai on a receipt (UU 10/2020 art. 3(2)(g)): rupiah, more than Rp5.000.000, not equal."""

from __future__ import annotations

import pytest

from freelance_desk.services.billing.stamp_duty import STAMP_DUTY_MINOR, needs_stamp


@pytest.mark.parametrize(("currency", "amount", "stamped"), [
    ("IDR", 5_000_001, True),
    ("IDR", 5_000_000, False),  # exactly the threshold: no stamp
    ("IDR", 4_999_999, False),
    ("IDR", 750_000_000, True),
    ("IDR", 0, False),
    ("USD", 500_000_000, False),  # $5,000,000.00 in cents: not a rupiah receipt
    ("EUR", 5_000_001, False),
])
def test_a_rupiah_receipt_over_five_million_needs_the_stamp(currency, amount, stamped):
    assert needs_stamp(currency, amount) is stamped


def test_the_stamp_is_ten_thousand_rupiah():
    assert STAMP_DUTY_MINOR == 10_000
