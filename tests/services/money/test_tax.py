"""Tax set-aside: a share of each month's turnover above what the year's exemption still covers."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from freelance_desk.core.errors import ValidationError
from freelance_desk.core.vocabulary import TaxScheme
from freelance_desk.db.connection import write
from freelance_desk.db.models import Payment
from freelance_desk.services.money import income, tax
from freelance_desk.services.overview.dashboard import dashboard
from freelance_desk.services.settings import store
from tests.services.money.income_world import IDR_TO_USD, pay, world  # noqa: F401

JUTA = 1_000_000  # rupiah


@pytest.fixture
def rupiah(world):
    """Home currency IDR, the PP 55/2022 preset on."""
    store.save_settings(store.SettingsForm("IDR", "monday_utc", None, "", 10, *store.WORKDAY,
                                           tax_scheme=TaxScheme.PP55))
    return world


def test_the_preset_is_half_a_percent_above_500_million_a_year(rupiah):
    plan = store.tax_plan()
    assert plan == tax.TaxPlan(TaxScheme.PP55, 50, 500 * JUTA, "IDR")


def test_the_exemption_runs_out_in_the_middle_of_a_month(rupiah):
    pay(rupiah.profile, date(2025, 1, 15), 300 * JUTA, currency="IDR")
    pay(rupiah.profile, date(2025, 2, 3), 150 * JUTA, currency="IDR")
    pay(rupiah.profile, date(2025, 2, 25), 100 * JUTA, currency="IDR")  # 50 juta of it past the exemption
    pay(rupiah.profile, date(2025, 3, 1), 40 * JUTA, currency="IDR")
    months = income.load_income(date(2025, 12, 31)).tax_year(2025).months
    jan, feb, mar = months[:3]
    assert (jan.turnover, jan.exempt_used, jan.set_aside, jan.exempt_left) == (300 * JUTA, 300 * JUTA, 0, 200 * JUTA)
    assert (feb.turnover, feb.exempt_used, feb.taxable) == (250 * JUTA, 200 * JUTA, 50 * JUTA)
    assert feb.set_aside == 50 * JUTA * 5 // 1000 and feb.exempt_left == 0
    assert mar.set_aside == 40 * JUTA * 5 // 1000
    assert [m.set_aside for m in months[3:]] == [0] * 9


def test_a_new_year_starts_with_the_whole_exemption_again(rupiah):
    pay(rupiah.profile, date(2025, 12, 20), 600 * JUTA, currency="IDR")
    pay(rupiah.profile, date(2026, 1, 5), 80 * JUTA, currency="IDR")
    data = income.load_income(date(2026, 3, 10))
    view = income.monthly_view(data, ["2025-11", "2025-12", "2026-01", "2026-02"])
    assert view.tax == [0, 100 * JUTA * 5 // 1000, 0, 0]
    year = data.tax_year(2026)
    assert (year.set_aside, year.exempt_left) == (0, 420 * JUTA)


def test_each_month_is_rounded_down_to_a_whole_rupiah(rupiah):
    pay(rupiah.profile, date(2026, 1, 2), 500 * JUTA + 1_999, currency="IDR")  # 0.5 % of 1,999 is 9.995
    pay(rupiah.profile, date(2026, 2, 2), 199, currency="IDR")  # 0.995
    months = tax.year_to_date(store.tax_plan(), date(2026, 2, 28)).months
    assert [m.set_aside for m in months] == [9, 0]


def test_a_custom_rate_in_cents_is_rounded_down_to_a_cent(world):
    store.set_tax(TaxScheme.CUSTOM, 1250, 0, "USD")  # 12.5 %, nothing exempt
    pay(world.logo, date(2026, 3, 2), 7, fee_bps=0)  # 0.875 of a cent
    pay(world.logo, date(2026, 2, 2), 10_001)  # 1,250.125 cents
    year = tax.year_to_date(store.tax_plan(), date(2026, 3, 10))
    assert [m.set_aside for m in year.months] == [0, 1250, 0]
    assert year.exempt_left == 0


def test_turnover_is_gross_in_the_home_currency_by_the_day_received(rupiah):
    pay(rupiah.logo, date(2026, 1, 31), 20000, fee_bps=2000, rate=Decimal(16000))  # $200 gross, $40 fee
    pay(rupiah.profile, date(2026, 2, 1), 5 * JUTA, currency="IDR")
    assert tax.turnover("IDR", date(2026, 1, 1), date(2026, 12, 31)) == {"2026-01": 3_200_000, "2026-02": 5 * JUTA}


def test_payments_of_an_earlier_home_currency_are_not_turnover(world):
    pay(world.logo, date(2026, 1, 10), 20000)  # recorded while the home currency was USD
    store.set_tax(TaxScheme.PP55, None, None, "IDR")
    store.set_home_currency("IDR")
    pay(world.profile, date(2026, 1, 11), 5 * JUTA, currency="IDR")
    assert tax.year_to_date(store.tax_plan(), date(2026, 1, 31)).turnover == 5 * JUTA


def test_with_no_payments_nothing_is_set_aside_and_the_exemption_is_whole(rupiah):
    year = tax.year_to_date(store.tax_plan(), date(2026, 3, 10))
    assert [(m.month, m.turnover, m.set_aside) for m in year.months] == [
        ("2026-01", 0, 0), ("2026-02", 0, 0), ("2026-03", 0, 0)]
    assert (year.set_aside, year.exempt_left) == (0, 500 * JUTA)
    view = income.monthly_view(income.load_income(date(2026, 3, 10)), income.range_months("last:12", date(2026, 3, 10)))
    assert view.tax == [0] * len(view.months)


def test_the_preset_is_refused_at_its_field_unless_the_home_currency_is_rupiah(world):
    with pytest.raises(ValidationError, match="set the home currency to IDR, or use your own rate") as error:
        store.save_settings(store.SettingsForm("USD", "sunday_local", None, "", 10, *store.WORKDAY,
                                               tax_scheme=TaxScheme.PP55))
    assert error.value.field == "tax_scheme" and error.value.params["home"] == "USD"
    assert store.tax_settings() == (TaxScheme.OFF, None, 0)
    assert store.week_start() == "monday_utc"  # one transaction: nothing of the form was saved


def test_a_preset_left_behind_by_a_change_of_home_currency_sets_nothing_aside(rupiah):
    store.set_home_currency("USD")
    assert store.tax_plan() is None
    assert income.load_income(date(2026, 3, 10)).tax is None


@pytest.mark.parametrize(("rate", "exempt", "field"), [
    (None, 0, "tax_rate"), (0, 0, "tax_rate"), (10_001, 0, "tax_rate"), (500, -1, "tax_exempt"),
    (500, 10**16, "tax_exempt"),
])
def test_an_own_rate_is_a_share_of_the_whole_and_the_exemption_not_negative(world, rate, exempt, field):
    with pytest.raises(ValidationError) as error:
        store.set_tax(TaxScheme.CUSTOM, rate, exempt, "USD")
    assert error.value.field == field
    assert store.tax_settings() == (TaxScheme.OFF, None, 0)


def test_the_own_rate_is_kept_while_the_set_aside_is_off(world):
    store.set_tax(TaxScheme.CUSTOM, 1500, 1_000_000, "USD")
    store.set_tax(TaxScheme.OFF, None, None, "USD")
    assert store.tax_plan() is None
    assert store.tax_settings() == (TaxScheme.OFF, 1500, 1_000_000)
    store.set_tax(TaxScheme.CUSTOM, 1500, 1_000_000, "USD")
    assert store.tax_plan() == tax.TaxPlan(TaxScheme.CUSTOM, 1500, 1_000_000, "USD")


def test_when_off_the_income_views_and_the_dashboard_carry_no_tax(world):
    pay(world.logo, date(2026, 3, 2), 20000)
    data = income.load_income(date(2026, 3, 10))
    assert data.tax is None and data.tax_year(2026) is None
    assert income.monthly_view(data, ["2026-03"]).tax is None
    assert dashboard(datetime(2026, 3, 10, 9, tzinfo=UTC), date(2026, 3, 10), "UTC").tax is None


def test_the_dashboard_sets_aside_this_month_and_the_year_so_far(rupiah):
    pay(rupiah.profile, date(2026, 1, 5), 490 * JUTA, currency="IDR")
    pay(rupiah.profile, date(2026, 3, 1), 30 * JUTA, currency="IDR")
    pay(rupiah.profile, date(2026, 3, 20), 30 * JUTA, currency="IDR")  # after today: not received yet
    d = dashboard(datetime(2026, 3, 10, 9, tzinfo=UTC), date(2026, 3, 10), "Asia/Jakarta")
    assert d.tax.last_month.month == "2026-03"
    assert d.tax.last_month.set_aside == 20 * JUTA * 5 // 1000
    assert (d.tax.set_aside, d.tax.exempt_left) == (100_000, 0)


def test_ten_years_of_payments_are_added_up_in_one_grouped_query(rupiah, database, monkeypatch):
    start = date(2016, 1, 1)
    rows = [dict(contract=rupiah.profile, received_on=start + timedelta(days=i // 3), kind="other",
                 gross_minor=2 * JUTA, fee_minor=0, net_minor=2 * JUTA, currency="IDR", rate="1", home_currency="IDR",
                 gross_home_minor=2 * JUTA, fee_home_minor=0, net_home_minor=2 * JUTA, created_at=datetime.now(UTC))
            for i in range(3 * 3650)]
    with write():
        for i in range(0, len(rows), 500):
            Payment.insert_many(rows[i:i + 500]).execute()
    plan, statements = store.tax_plan(), []
    execute = database.execute_sql
    monkeypatch.setattr(database.obj, "execute_sql", lambda sql, *a, **k: statements.append(sql) or execute(sql, *a, **k))
    started = time.perf_counter()
    months = tax.whole_years(plan, date(2016, 1, 1), date(2025, 12, 31))
    elapsed = time.perf_counter() - started
    assert len(statements) == 1 and "GROUP BY" in statements[0]
    assert len(months) == 120 and elapsed < 1.0
    year = [m for k, m in months.items() if k.startswith("2020")]
    # 6 juta a day: the exemption lasts 500 / 6 = 83.3 days, into March.
    assert sum(m.turnover for m in year) == 366 * 6 * JUTA
    assert sum(m.set_aside for m in year) == (366 * 6 - 500) * JUTA * 5 // 1000
