"""Indonesian stamp duty (bea meterai) on a receipt.

UU 10/2020 art. 3(2)(g) and art. 5: a document acknowledging the receipt of money of more than
Rp5.000.000 bears a Rp10.000 stamp (today an e-Meterai). Exactly Rp5.000.000 bears none. Only a
receipt in rupiah is judged here; an amount in another currency is left to the freelancer.
"""

from __future__ import annotations

STAMP_CURRENCY = "IDR"
THRESHOLD_MINOR = 5_000_000  # rupiah have no minor unit: Rp5.000.000
STAMP_DUTY_MINOR = 10_000  # Rp10.000


def needs_stamp(currency: str, amount_minor: int) -> bool:
    """Whether a receipt of ``amount_minor`` in ``currency`` bears the Rp10.000 e-Meterai: IDR, more than
    Rp5.000.000 (not equal)."""
    return currency == STAMP_CURRENCY and amount_minor > THRESHOLD_MINOR
