"""The readers' rows kept by column give back, row for row, what was put in."""

from datetime import date
from decimal import Decimal

from freelance_desk.services.io.sources.base import (
    CONNECTS,
    FEE,
    PAYMENT,
    Parsed,
    PaymentTable,
    SourcePayment,
)

ROWS = [
    SourcePayment(2, "600000001", date(2024, 3, 4), PAYMENT, 12500, "USD", "Invoice for 02/26/2024-03/03/2024",
                  "Acme", "Logo", rate=Decimal("15612.5"), rate_home="IDR", payment_kind="hourly"),
    SourcePayment(3, "600000002", date(2024, 3, 4), FEE, -1250, "USD", "Service Fee - Ref ID 600000001",
                  "Acme", "Logo", parent="600000001"),
    SourcePayment(4, "600000003", date(1999, 12, 31), CONNECTS, -1500, "USD", "Connects purchase", connects=100),
    SourcePayment(5, "", date(2024, 1, 1), PAYMENT, 1, "EUR", "“quoted” \u00a0text, kept as it is"),
]


def test_a_payment_table_gives_back_each_row_as_it_was_put_in():
    table = PaymentTable(ROWS)
    assert len(table) == 4 and table
    assert list(table) == ROWS and table == ROWS
    assert table[1] == ROWS[1] and table[-1] == ROWS[-1] and table[1:3] == ROWS[1:3]
    assert not PaymentTable() and PaymentTable() == []


def test_rows_kept_after_some_are_dropped_stay_whole_and_in_order():
    table = PaymentTable(ROWS)
    table.keep_only([0, 2, 3])
    assert list(table) == [ROWS[0], ROWS[2], ROWS[3]]
    assert table.connects == {1: 100} and table.rate_of(0) == (Decimal("15612.5"), "IDR", "hourly")


def test_a_list_of_payments_given_to_parsed_is_kept_by_column():
    parsed = Parsed("upwork", payments=list(ROWS))
    assert isinstance(parsed.payments, PaymentTable) and parsed.payments == ROWS
