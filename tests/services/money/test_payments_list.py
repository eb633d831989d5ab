"""The payments list: filters, totals, the form's choices, deleting, changing the home currency."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from freelance_desk.core.errors import DomainError, ValidationError
from freelance_desk.db.models import Payment
from freelance_desk.services.contracts.choices import contract_choices
from freelance_desk.services.contracts.contracts import set_status
from freelance_desk.services.milestones.lifecycle import mark_paid, milestones_of
from freelance_desk.services.money import home_currency
from freelance_desk.services.money.payment_list import PaymentFilter, list_payments, payment_totals
from freelance_desk.services.money.payments import delete_listed_payment, proposed_fee, restore_payment
from freelance_desk.services.settings import store as settings_store
from tests.services.money.income_world import IDR_TO_USD, pay, walk, world  # noqa: F401


@pytest.fixture
def listed(world):
    pay(world.hourly, date(2026, 1, 12), 70000, 1000, kind="hourly", note="week 2")
    pay(world.logo, date(2026, 1, 20), 20000, 2000, note="invoice 100%_done")
    pay(world.profile, date(2026, 2, 5), 5_000_000, currency="IDR", rate=IDR_TO_USD)
    pay(world.hourly, date(2026, 2, 16), 35000, 1000, kind="bonus")
    return world


def notes(rows):
    return [(r.received_on, r.client, r.net_minor) for r in rows]


def test_newest_first_with_names(listed):
    rows = list_payments()
    assert notes(rows) == [
        (date(2026, 2, 16), "Harbor Analytics", 31500),
        (date(2026, 2, 5), "PT Sinar", 5_000_000),
        (date(2026, 1, 20), "tom_builds", 16000),
        (date(2026, 1, 12), "Harbor Analytics", 63000),
    ]
    assert (rows[1].contract, rows[1].currency, rows[1].net_home_minor, rows[1].rate) == (
        "Profile", "IDR", 31250, IDR_TO_USD)


def test_filters(listed):
    january = PaymentFilter(date(2026, 1, 1), date(2026, 1, 31))
    assert [r.received_on for r in list_payments(january)] == [date(2026, 1, 20), date(2026, 1, 12)]
    assert {r.client for r in list_payments(PaymentFilter(client_id=listed.harbor))} == {"Harbor Analytics"}
    assert [r.contract for r in list_payments(PaymentFilter(contract_id=listed.logo))] == ["Logo"]
    assert [r.note for r in list_payments(PaymentFilter(search="WEEK"))] == ["week 2"]
    assert [r.client for r in list_payments(PaymentFilter(search="sinar"))] == ["PT Sinar"]
    # % and _ are searched as themselves, not as wildcards.
    assert [r.client for r in list_payments(PaymentFilter(search="100%_"))] == ["tom_builds"]
    assert list_payments(PaymentFilter(search="1%0")) == []


def test_search_finds_the_milestone(listed):
    design = milestones_of(listed.profile)[0]
    walk(design.id, "start", "submit", "approve")
    mark_paid(design.id, date(2026, 2, 20), rate=IDR_TO_USD)
    assert [r.milestone for r in list_payments(PaymentFilter(search="desig"))] == ["Design"]


def test_totals_per_currency_and_in_the_home_currency(listed):
    t = payment_totals()
    assert t.count == 4
    assert t.by_currency == {"USD": (125000, 14500, 110500), "IDR": (5_000_000, 0, 5_000_000)}
    assert (t.home_currency, t.gross_home_minor, t.fee_home_minor, t.net_home_minor) == ("USD", 156250, 14500, 141750)
    assert t.other_home == {}
    january = payment_totals(PaymentFilter(date(2026, 1, 1), date(2026, 1, 31)))
    assert (january.count, january.net_home_minor) == (2, 79000)


def test_totals_leave_out_payments_of_an_earlier_home_currency(listed):
    settings_store.set_home_currency("IDR")
    pay(listed.profile, date(2026, 3, 1), 1_000_000, currency="IDR")
    t = payment_totals()
    assert t.count == 5
    assert (t.home_currency, t.net_home_minor) == ("IDR", 1_000_000)
    assert t.other_home == {"USD": 4}


def test_contract_choices_active_first_and_by_kind(world):
    set_status(world.logo, "completed")
    choices = contract_choices()
    assert [c.title for c in choices] == ["Dashboard", "Profile", "Logo"]
    assert [(c.title, c.rate_minor, c.weekly_limit_minutes, c.fee_bps) for c in contract_choices(kind="hourly")] == [
        ("Dashboard", 3500, 1200, 1000)]


def test_proposed_fee_follows_the_contract(world):
    assert proposed_fee(world.hourly, 12345) == 1235  # 10 %, half up
    assert proposed_fee(world.logo, 10000) == 2000
    assert proposed_fee(world.profile, 5_000_000) == 0


def test_delete_and_undo(listed):
    bonus = Payment.get(Payment.kind == "bonus")
    snapshot = delete_listed_payment(bonus.id)
    assert Payment.get_or_none(Payment.id == bonus.id) is None
    restore_payment(snapshot)
    again = Payment.get_by_id(bonus.id)
    assert (again.net_minor, again.received_on, again.kind) == (31500, date(2026, 2, 16), "bonus")


def test_a_milestone_payment_is_not_deleted_from_the_list(listed):
    design = milestones_of(listed.profile)[0]
    walk(design.id, "start", "submit", "approve")
    payment = mark_paid(design.id, date(2026, 2, 20), rate=IDR_TO_USD)
    with pytest.raises(DomainError) as refused:
        delete_listed_payment(payment.id)
    assert "Design" in refused.value.text()
    assert Payment.get_or_none(Payment.id == payment.id) is not None


def test_changing_home_currency_without_a_rate_keeps_history(listed):
    converted = home_currency.change_home_currency("IDR")
    assert converted == 0
    assert settings_store.home_currency() == "IDR"
    assert home_currency.payments_not_in_home() == {"USD": 4}
    assert Payment.get(Payment.kind == "bonus").net_home_minor == 31500  # still dollars, untouched


def test_changing_home_currency_with_a_rate_converts_once(listed):
    converted = home_currency.change_home_currency("IDR", {"USD": Decimal("16000")})
    assert converted == 4
    assert home_currency.payments_not_in_home() == {}
    bonus = Payment.get(Payment.kind == "bonus")
    assert (bonus.home_currency, bonus.rate, bonus.net_home_minor) == ("IDR", Decimal("16000"), 315 * 16000)
    rupiah = Payment.get(Payment.currency == "IDR")
    # Paid in rupiah: now valued exactly as received.
    assert (rupiah.rate, rupiah.gross_home_minor, rupiah.net_home_minor) == (Decimal(1), 5_000_000, 5_000_000)
    assert payment_totals().net_home_minor == (630 + 160 + 315) * 16000 + 5_000_000


def test_a_bad_conversion_rate_changes_nothing(listed):
    with pytest.raises(ValidationError):
        home_currency.change_home_currency("IDR", {"USD": Decimal("0")})
    assert settings_store.home_currency() == "USD"
    assert home_currency.recorded_home_currencies() == {"USD": 4}


def test_a_conversion_that_would_not_fit_a_payment_changes_nothing(listed):
    big = Payment.get(Payment.kind == "bonus")
    Payment.update(gross_minor=10**14, net_minor=10**14, fee_minor=0).where(Payment.id == big.id).execute()
    with pytest.raises(ValidationError, match="implausibly large in IDR"):
        home_currency.change_home_currency("IDR", {"USD": Decimal("16000")})  # 10¹² dollars: 1.6 × 10¹⁶ rupiah
    with pytest.raises(ValidationError, match="between"):
        home_currency.change_home_currency("IDR", {"USD": Decimal("100000000")})
    assert settings_store.home_currency() == "USD"
    assert home_currency.recorded_home_currencies() == {"USD": 4}
