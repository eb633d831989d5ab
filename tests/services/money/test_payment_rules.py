"""Payment rules: validation, home-currency value fixed at the day it arrived."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from freelance_desk.core.errors import ValidationError
from freelance_desk.db.models import Payment, Platform
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, create_contract
from freelance_desk.services.money.payments import (
    PaymentData,
    delete_payment,
    last_rate,
    record_payment,
    restore_payment,
    update_payment,
)
from freelance_desk.services.settings import store as settings_store

IDR_TO_USD = Decimal("0.0000630")


@pytest.fixture
def usd_contract(database, now):
    client = create_client(ClientData("Northwind", platform_id=Platform.get(Platform.name == "Upwork").id), now=now)
    return create_contract(ContractData(client.id, "Website", budget_minor=30000), now=now)


@pytest.fixture
def idr_contract(database, now):
    client = create_client(ClientData("PT Sinar", currency="IDR"), now=now)
    return create_contract(ContractData(client.id, "Profile", currency="IDR", budget_minor=15_000_000), now=now)


def saved(payment):
    return Payment.get_by_id(payment.id)


def home_amounts(payment):
    p = saved(payment)
    return p.gross_home_minor, p.fee_home_minor, p.net_home_minor


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"gross_minor": 0}, "gross", "more than zero"),
        ({"gross_minor": -100}, "gross", "more than zero"),
        ({"fee_minor": 10001}, "fee", "more than the amount"),
        ({"fee_minor": -1}, "fee", "negative"),
        ({"currency": "XYZ"}, "currency", "Unknown currency"),
        ({"contract_id": 999}, "contract", "Choose a contract"),
        ({"received_on": None}, "received_on", "date the money arrived"),
        ({"kind": "gift"}, "kind", "Unknown kind"),
        ({"currency": "IDR", "rate": Decimal("0.000063")}, "currency", "paid in USD, not in IDR"),
    ],
)
def test_bad_payments_are_refused_at_the_field(usd_contract, today, now, change, field, message):
    values = dict(contract_id=usd_contract.id, received_on=today, gross_minor=10000, fee_minor=1000, currency="USD")
    values.update(change)
    with pytest.raises(ValidationError, match=message) as err:
        record_payment(PaymentData(**values), now=now)
    assert err.value.field == field
    assert Payment.select().count() == 0


def test_fee_equal_to_gross_is_allowed(usd_contract, today, now):
    p = record_payment(PaymentData(usd_contract.id, today, 1000, 1000, "USD"), now=now)
    assert saved(p).net_minor == 0


def test_usd_payment_in_usd_home(usd_contract, today, now):
    p = saved(record_payment(PaymentData(usd_contract.id, today, 10000, 1000, "USD", note=" thanks "), now=now))
    assert (p.gross_minor, p.fee_minor, p.net_minor) == (10000, 1000, 9000)
    assert (p.home_currency, p.rate) == ("USD", Decimal(1))
    assert home_amounts(p) == (10000, 1000, 9000)
    assert (p.received_on, p.created_at, p.note) == (today, now, "thanks")


def test_a_rate_given_for_the_home_currency_is_ignored(usd_contract, today, now):
    p = record_payment(PaymentData(usd_contract.id, today, 10000, 0, "USD", rate=Decimal("2")), now=now)
    assert saved(p).rate == Decimal(1)
    assert home_amounts(p) == (10000, 0, 10000)


def test_rupiah_payment_is_converted_exactly_when_recorded(idr_contract, today, now):
    # Rp 4,500,000 with a 10 % fee at 0.0000630 USD per rupiah.
    p = saved(record_payment(PaymentData(idr_contract.id, today, 4_500_000, 450_000, "IDR", IDR_TO_USD), now=now))
    assert (p.gross_minor, p.fee_minor, p.net_minor, p.currency) == (4_500_000, 450_000, 4_050_000, "IDR")
    assert p.home_currency == "USD"
    assert p.rate == IDR_TO_USD
    assert str(p.rate) == "0.0000630"  # stored as written, not as a float
    assert home_amounts(p) == (28350, 2835, 25515)  # $283.50 = $28.35 + $255.15
    assert all(type(v) is int for v in home_amounts(p))
    assert isinstance(p.rate, Decimal)


def test_rounded_home_amounts_still_add_up(idr_contract, today, now):
    p = record_payment(PaymentData(idr_contract.id, today, 1_234_567, 123_457, "IDR", IDR_TO_USD), now=now)
    gross, fee, net = home_amounts(p)
    assert gross == 7778  # $77.777721
    assert net == 7000  # Rp 1,111,110 → $69.99993
    assert fee + net == gross


def test_dollar_payment_with_rupiah_home(usd_contract, today, now):
    settings_store.set_home_currency("IDR")
    p = record_payment(PaymentData(usd_contract.id, today, 10000, 1000, "USD", Decimal("15800")), now=now)
    assert saved(p).home_currency == "IDR"
    assert home_amounts(p) == (1_580_000, 158_000, 1_422_000)


def test_last_rate_prefills_the_most_recent_rate(idr_contract, today, now):
    assert last_rate("IDR") is None
    assert last_rate("USD") == Decimal(1)
    record_payment(PaymentData(idr_contract.id, today - timedelta(days=30), 1_000_000, 0, "IDR", Decimal("0.000064")))
    record_payment(PaymentData(idr_contract.id, today, 1_000_000, 0, "IDR", IDR_TO_USD))
    # Recorded later but for an earlier day: the latest day's rate still wins.
    record_payment(PaymentData(idr_contract.id, today - timedelta(days=60), 1_000_000, 0, "IDR", Decimal("0.000065")))
    assert last_rate("IDR") == IDR_TO_USD
    assert last_rate("IDR", home="EUR") is None


def test_a_new_rate_on_a_later_payment_leaves_earlier_payments_alone(idr_contract, today, now):
    early = record_payment(PaymentData(idr_contract.id, date(2026, 1, 5), 1_500_000, 0, "IDR", IDR_TO_USD), now=now)
    later = record_payment(PaymentData(idr_contract.id, date(2026, 3, 5), 1_500_000, 0, "IDR", IDR_TO_USD), now=now)
    assert home_amounts(early) == home_amounts(later) == (9450, 0, 9450)
    update_payment(later.id, PaymentData(idr_contract.id, date(2026, 3, 5), 1_500_000, 0, "IDR", Decimal("0.0000600")))
    assert home_amounts(later) == (9000, 0, 9000)
    assert home_amounts(early) == (9450, 0, 9450)
    assert saved(early).rate == IDR_TO_USD
    # A later payment at yet another rate: history stays as it was.
    record_payment(PaymentData(idr_contract.id, date(2026, 3, 9), 1_500_000, 0, "IDR", Decimal("0.000070")), now=now)
    assert home_amounts(early) == (9450, 0, 9450)


def test_payments_keep_the_home_currency_they_were_recorded_in(usd_contract, today, now):
    p = record_payment(PaymentData(usd_contract.id, today, 10000, 1000, "USD"), now=now)
    settings_store.set_home_currency("IDR")
    assert saved(p).home_currency == "USD"
    assert home_amounts(p) == (10000, 1000, 9000)
    # Editing it later keeps the home currency it was recorded under.
    update_payment(p.id, PaymentData(usd_contract.id, today, 12000, 1200, "USD"))
    assert saved(p).home_currency == "USD"
    assert home_amounts(p) == (12000, 1200, 10800)


def test_invalid_update_changes_nothing(usd_contract, today, now):
    p = record_payment(PaymentData(usd_contract.id, today, 10000, 1000, "USD"), now=now)
    with pytest.raises(ValidationError):
        update_payment(p.id, PaymentData(usd_contract.id, today, 500, 1000, "USD"))
    assert (saved(p).gross_minor, saved(p).fee_minor) == (10000, 1000)


def test_delete_and_restore_a_payment(idr_contract, today, now):
    p = record_payment(PaymentData(idr_contract.id, today, 1_500_000, 0, "IDR", IDR_TO_USD), now=now)
    before = Payment.select().where(Payment.id == p.id).dicts().get()
    snapshot = delete_payment(p.id)
    assert Payment.select().count() == 0
    restore_payment(snapshot)
    assert Payment.select().where(Payment.id == p.id).dicts().get() == before


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"received_on": date(1, 1, 1)}, "received_on", "before 2000"),
        ({"received_on": date(2099, 1, 1)}, "received_on", "more than a year ahead"),
        ({"received_on": "2026-13-45"}, "received_on", "is not a date"),  # a raw string never reaches the file
        ({"period_start": date(2026, 3, 9), "period_end": date(2026, 3, 1)}, "period_end", "before the start"),
        ({"gross_minor": 10**15, "fee_minor": 0}, "gross", "implausibly large"),
        ({"rate": Decimal(0)}, "rate", "more than zero"),
        ({"rate": Decimal(-1)}, "rate", "more than zero"),
        ({"rate": Decimal(10**8)}, "rate", "between"),
        # 10¹² rupiah at 1,000 dollars each: every field reads, the dollar value (10¹⁷ cents) fits no payment.
        ({"gross_minor": 10**12, "fee_minor": 0, "rate": Decimal(1000)}, "gross", "implausibly large in USD"),
        ({"note": "paid\x00"}, "note", "control character"),
    ],
)
def test_hostile_payments_are_refused_and_nothing_is_written(idr_contract, today, now, change, field, message):
    values = dict(contract_id=idr_contract.id, received_on=today, gross_minor=1_000_000, fee_minor=0,
                  currency="IDR", rate=IDR_TO_USD)
    values.update(change)
    with pytest.raises(ValidationError, match=message) as err:
        record_payment(PaymentData(**values), now=now)
    assert err.value.field == field
    assert Payment.select().count() == 0


def test_a_payment_names_a_milestone_of_its_own_contract(usd_contract, idr_contract, today, now):
    from freelance_desk.db.models import Milestone

    other = Milestone.create(contract=idr_contract.id, title="Profile", amount_minor=1000, position=0, created_at=now)
    with pytest.raises(ValidationError, match="another contract") as err:
        record_payment(PaymentData(usd_contract.id, today, 10000, 0, "USD", milestone_id=other.id), now=now)
    assert err.value.field == "milestone"
    assert Payment.select().count() == 0


def test_an_old_payment_keeps_its_currency_after_the_contracts_changed(usd_contract, today, now):
    from freelance_desk.services.contracts.contracts import contract_data, update_contract

    paid = record_payment(PaymentData(usd_contract.id, today, 10000, 1000, "USD"), now=now)
    data = contract_data(usd_contract)
    data.currency = "EUR"
    update_contract(usd_contract.id, data, today=today)
    update_payment(paid.id, PaymentData(usd_contract.id, today, 12000, 1000, "USD", note="fixed"), today=today)
    assert (saved(paid).currency, saved(paid).gross_minor) == ("USD", 12000)
    with pytest.raises(ValidationError, match="paid in EUR, not in GBP"):
        update_payment(paid.id, PaymentData(usd_contract.id, today, 12000, 1000, "GBP", Decimal(1)), today=today)


def test_many_payments_checked_at_once_say_what_each_one_alone_would(idr_contract, today):
    """An import checks a whole column of payments at once: each bad one is refused with the very message (and
    field) it gets entered alone, its first problem only; the good ones around it are worked out the same."""
    from freelance_desk.services.money.payments import payment_amounts, payment_terms

    settings_store.set_home_currency("USD")
    rows = [  # (received_on, gross, fee, note)
        (today, 1_000_000, 100_000, "ok"),
        (None, 0, -5, "no date, and a bad amount and fee"),
        (date(1999, 12, 31), 500_000, 0, "before the earliest year"),
        (today, 0, 0, "nothing"),
        (today, 500, 600, "fee over the amount"),
        (today, 10**19, 0, "implausibly large"),
        (today, 2_000_000, 0, "x" * 1001),
        (today - timedelta(days=3), 2_500_000, 250_000, "ok too"),
    ]
    terms = payment_terms(idr_contract.id, "IDR", "milestone", IDR_TO_USD, "USD")
    together = payment_amounts(terms, *map(list, zip(*rows, strict=True)), today)
    alone = []
    for day, gross, fee, note in rows:
        try:
            record_payment(PaymentData(idr_contract.id, day, gross, fee, "IDR", rate=IDR_TO_USD, kind="milestone",
                                       note=note))
            alone.append(None)
        except ValidationError as error:
            alone.append((error.field, error.text()))
    assert [None if i not in together.problems else (together.problems[i].field, together.problems[i].text())
            for i in range(len(rows))] == alone
    assert [i for i, problem in enumerate(alone) if problem] == [1, 2, 3, 4, 5, 6]
    assert alone[1][0] == "received_on" and alone[4][0] == "fee"
    kept = Payment.select().order_by(Payment.id)
    assert [(p.gross_home_minor, p.fee_home_minor, p.net_home_minor) for p in kept] == [
        (together.gross_home_minor[i], together.fee_home_minor[i], together.net_home_minor[i]) for i in (0, 7)]
