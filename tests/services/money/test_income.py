"""Income views: monthly sums in the home currency, stacking, hours, effective rate, receivables, expected."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, MilestoneData, create_contract
from freelance_desk.services.milestones.lifecycle import mark_paid, milestones_of, update_milestone
from freelance_desk.services.money import income, receivables
from freelance_desk.services.money.payment_list import PaymentFilter, list_payments, payment_totals
from freelance_desk.services.settings import store as settings_store
from tests.services.money.income_world import IDR_TO_USD, NOW, TODAY, entry, pay, walk, world  # noqa: F401


@pytest.fixture
def paid(world):
    """Payments in January, February and March 2026 (USD home)."""
    pay(world.hourly, date(2026, 1, 12), 70000, 1000, kind="hourly")
    pay(world.logo, date(2026, 1, 20), 20000, 2000)
    pay(world.profile, date(2026, 2, 5), 5_000_000, currency="IDR", rate=IDR_TO_USD)
    pay(world.hourly, date(2026, 2, 16), 35000, 1000, kind="hourly")
    pay(world.hourly, date(2026, 3, 2), 5000, 1000, kind="bonus")
    return world


def year(data, y=2026, stack=income.BY_CLIENT):
    return income.monthly_view(data, income.range_months(f"year:{y}", TODAY), stack)


def test_monthly_sums_are_exact_in_the_home_currency(paid):
    view = year(income.load_income(TODAY))
    assert view.months[:3] == ["2026-01", "2026-02", "2026-03"]
    assert view.net[:4] == [63000 + 16000, 31500 + 31250, 4500, 0]
    assert view.fee[:3] == [7000 + 4000, 3500, 500]
    assert view.gross[:3] == [90000, 35000 + 31250, 5000]
    assert view.payments[:3] == [2, 2, 1]
    assert [g - f for g, f in zip(view.gross, view.fee)] == view.net


def test_stacked_by_client_biggest_first_and_each_month_adds_up(paid):
    view = year(income.load_income(TODAY))
    assert [(s.label, s.values[:3]) for s in view.series] == [
        ("Harbor Analytics", [63000, 31500, 4500]),
        ("PT Sinar", [0, 31250, 0]),
        ("tom_builds", [16000, 0, 0]),
    ]
    for i in range(12):
        assert sum(s.values[i] for s in view.series) == view.net[i]


def test_stacked_by_platform(paid):
    view = year(income.load_income(TODAY), stack=income.BY_PLATFORM)
    assert [(s.label, sum(s.values)) for s in view.series] == [
        ("Upwork", 99000), (income.NO_PLATFORM, 31250), ("Fiverr", 16000)]
    assert [s.translatable for s in view.series] == [False, True, False]  # platform names are data; "Direct" is ours


def test_a_contract_without_platform_stacks_as_no_platform(world):
    solo = create_client(ClientData("Walk-in"), now=NOW)
    contract = create_contract(ContractData(solo.id, "Fix", budget_minor=9000), now=NOW)
    pay(contract.id, date(2026, 1, 3), 9000)
    view = year(income.load_income(TODAY), stack=income.BY_PLATFORM)
    assert [(s.label, s.translatable, s.values[0]) for s in view.series] == [(income.NO_PLATFORM, True, 9000)]


def test_many_clients_merge_the_smallest_into_other(database):
    for i in range(9):
        client = create_client(ClientData(f"Client {i}"), now=NOW)
        contract = create_contract(ContractData(client.id, "Job", budget_minor=100000), now=NOW)
        pay(contract.id, date(2026, 2, 1), 1000 * (i + 1))
    view = year(income.load_income(TODAY))
    assert len(view.series) == income.MAX_SERIES + 1
    other = view.series[-1]
    assert (other.label, other.translatable) == (income.OTHER_CLIENTS, True)
    assert other.values[1] == 1000 + 2000 + 3000  # the three smallest
    assert sum(s.values[1] for s in view.series) == view.net[1] == sum(1000 * (i + 1) for i in range(9))


def test_hours_per_month_and_effective_rate(paid):
    entry(paid.hourly, datetime(2026, 1, 5, 10, tzinfo=UTC), 600)
    entry(paid.hourly, datetime(2026, 1, 6, 10, tzinfo=UTC), 1200, billable=False)
    entry(paid.logo, datetime(2026, 3, 3, 10, tzinfo=UTC), 90)
    view = year(income.load_income(TODAY))
    assert view.seconds[:3] == [30 * 3600, 0, 5400]
    assert view.billable_seconds[:3] == [10 * 3600, 0, 5400]
    # January: $790 net over 30 h = $26.333… → $26.33; no hours in February: no rate.
    assert view.rate[:3] == [2633, None, 3000]


def test_hours_count_in_the_month_of_the_local_day_they_were_worked(world):
    # 23:30 UTC on 31 January is already 1 February in Jakarta (UTC+7).
    entry(world.hourly, datetime(2026, 1, 31, 23, 30, tzinfo=UTC), 60, offset_minutes=420)
    view = year(income.load_income(TODAY))
    assert view.seconds[:2] == [0, 3600]


def test_effective_rate_per_contract_best_paid_first(paid):
    entry(paid.hourly, datetime(2026, 1, 5, 10, tzinfo=UTC), 60 * 40)
    entry(paid.logo, datetime(2026, 1, 8, 10, tzinfo=UTC), 60 * 4)
    rows = income.contract_view(income.load_income(TODAY), income.range_months("year:2026", TODAY))
    assert [(r.contract, r.net, r.seconds, r.rate) for r in rows] == [
        ("Logo", 16000, 4 * 3600, 4000),  # $160 for 4 h: $40 an hour
        ("Dashboard", 63000 + 31500 + 4500, 40 * 3600, 2475),  # $990 for 40 h
        ("Profile", 31250, 0, None),  # no hours tracked: no rate
    ]


def test_breakdown_rows_are_the_stacked_segments(paid):
    data = income.load_income(TODAY)
    months = income.range_months("year:2026", TODAY)
    rows = income.breakdown(data, months, income.BY_CLIENT)
    assert [(r.month, r.label, r.gross, r.fee, r.net, r.payments) for r in rows] == [
        ("2026-01", "Harbor Analytics", 70000, 7000, 63000, 1),
        ("2026-01", "tom_builds", 20000, 4000, 16000, 1),
        ("2026-02", "Harbor Analytics", 35000, 3500, 31500, 1),
        ("2026-02", "PT Sinar", 31250, 0, 31250, 1),
        ("2026-03", "Harbor Analytics", 5000, 500, 4500, 1),
    ]


def test_ranges():
    assert income.range_months("year:2025", TODAY) == [f"2025-{m:02d}" for m in range(1, 13)]
    rolling = income.range_months("last:12", TODAY)
    assert rolling[0] == "2025-04" and rolling[11] == "2026-03"
    assert rolling[12:] == ["2026-04", "2026-05", "2026-06"]  # room for what is expected
    assert len(income.range_months("last:24", TODAY)) == 24 + income.FORECAST_AHEAD
    assert income.month_bounds("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert income.add_months("2025-12", 1) == "2026-01"


def test_rolling_view_keeps_future_months_only_when_income_is_expected(world):
    data = income.load_income(TODAY)
    assert income.view_months(data, "last:12")[-1] == "2026-03"
    design = milestones_of(world.profile)[0]
    pay(world.profile, date(2026, 1, 5), 1_000_000, currency="IDR", rate=IDR_TO_USD)
    walk(design.id, "start")
    update_milestone(design.id, MilestoneData("Design", 5_000_000, date(2026, 5, 20)))
    data = income.load_income(TODAY)
    assert income.view_months(data, "last:12")[-1] == "2026-05"
    assert income.view_months(data, "year:2026")[-1] == "2026-12"


def test_expected_income_by_due_month_net_of_fees_at_the_last_rate(world):
    dollars = create_contract(
        ContractData(world.tom, "Copy", budget_minor=30000),
        [MilestoneData("Draft", 10000, date(2026, 2, 20)), MilestoneData("Final", 20000, date(2026, 4, 15)),
         MilestoneData("Extra", 5000, None)],
        now=NOW,
    )
    draft, final, extra = milestones_of(dollars.id)
    walk(draft.id, "start")  # overdue: expected this month
    walk(final.id, "start", "submit")  # in review, due in April
    # "Extra" is only planned (not funded): not expected yet.
    data = income.load_income(TODAY)
    view = income.monthly_view(data, income.range_months("last:12", TODAY))
    march, april = view.months.index("2026-03"), view.months.index("2026-04")
    assert view.expected[march] == 10000 - 2000  # Fiverr takes 20 %
    assert view.expected[april] == 20000 - 4000
    assert sum(view.expected) == 8000 + 16000
    assert view.expected_missing == set()


def test_expected_rupiah_without_any_known_rate_is_left_out_and_named(world):
    design = milestones_of(world.profile)[0]
    walk(design.id, "start")
    view = income.monthly_view(income.load_income(TODAY), income.range_months("last:12", TODAY))
    assert sum(view.expected) == 0
    assert view.expected_missing == {"IDR"}
    pay(world.profile, date(2026, 1, 5), 1_000_000, currency="IDR", rate=IDR_TO_USD)
    view = income.monthly_view(income.load_income(TODAY), income.range_months("last:12", TODAY))
    assert view.expected[view.months.index("2026-03")] == 31250  # Rp 5,000,000 at 0.0000625
    assert view.expected_missing == set()


def test_receivables_per_currency_and_home_estimate(world):
    logo_ms = create_contract(ContractData(world.tom, "Banner", budget_minor=10000), [MilestoneData("Banner", 10000)],
                              now=NOW)
    (banner,) = milestones_of(logo_ms.id)
    design, build, _launch = milestones_of(world.profile)
    walk(banner.id, "start", "submit", "approve")
    walk(design.id, "start", "submit", "approve")
    mark_paid(design.id, date(2026, 2, 1), rate=Decimal("0.00006"))
    walk(build.id, "start", "submit", "approve")
    owed = receivables.receivables(TODAY)
    assert sorted((m.title, m.currency, m.gross, m.fee, m.net, m.net_home) for m in owed.milestones) == [
        ("Banner", "USD", 10000, 2000, 8000, 8000),
        ("Build", "IDR", 7_000_000, 0, 7_000_000, 42000),  # at the rate of the last rupiah payment
    ]
    assert owed.by_currency == {"USD": 8000, "IDR": 7_000_000}
    assert owed.home_estimate == 8000 + 42000
    assert owed.missing_rates == set()


def test_receivables_without_a_rate_say_so(world):
    design = milestones_of(world.profile)[0]
    walk(design.id, "start", "submit", "approve")
    owed = receivables.receivables(TODAY)
    assert owed.milestones[0].net_home is None
    assert owed.home_estimate == 0
    assert owed.missing_rates == {"IDR"}
    assert owed.by_currency == {"IDR": 5_000_000}


def test_unrecorded_hourly_weeks_are_receivable(world):
    entry(world.hourly, datetime(2026, 2, 23, 9, tzinfo=UTC), 600)  # week of 23 Feb: paid below
    entry(world.hourly, datetime(2026, 3, 3, 9, tzinfo=UTC), 120)  # week of 2 Mar: not recorded
    entry(world.hourly, datetime(2026, 3, 9, 9, tzinfo=UTC), 60)  # this week: not finished, not owed yet
    pay(world.hourly, date(2026, 3, 5), 35000, 1000, kind="hourly",
        period_start=date(2026, 2, 23), period_end=date(2026, 3, 1))
    owed = receivables.receivables(TODAY)
    assert [(w.week.period_start, w.week.billable_seconds, w.week.net_minor, w.net_home) for w in owed.weeks] == [
        (date(2026, 3, 2), 7200, 6300, 6300)  # 2 h × $35 less 10 %
    ]
    assert owed.home_estimate == 6300


def test_owed_milestones_and_weeks_read_alike_in_one_list(world):
    design = milestones_of(world.profile)[0]
    walk(design.id, "start", "submit", "approve")  # approved at NOW
    entry(world.hourly, datetime(2026, 3, 3, 9, tzinfo=UTC), 120)  # week of 2 Mar: not recorded
    owed = receivables.receivables(TODAY)
    assert owed.rows == [*owed.milestones, *owed.weeks]
    assert [(r.client, r.contract, r.since, r.billable_seconds, r.currency, r.net, r.net_home) for r in owed.rows] == [
        ("PT Sinar", "Profile", date(2026, 3, 10), None, "IDR", 5_000_000, None),  # approved on; no rupiah rate
        ("Harbor Analytics", "Dashboard", date(2026, 3, 8), 7200, "USD", 6300, 6300),  # the week's last day
    ]


def test_payments_of_an_earlier_home_currency_are_left_out_and_counted(paid):
    settings_store.set_home_currency("IDR")
    pay(paid.profile, date(2026, 3, 3), 2_000_000, currency="IDR")
    data = income.load_income(TODAY)
    assert data.left_out == {"USD": 5}
    view = year(data)
    assert view.home == "IDR"
    assert view.net[:3] == [0, 0, 2_000_000]


def test_rupiah_home_currency(world):
    settings_store.set_home_currency("IDR")
    pay(world.hourly, date(2026, 1, 12), 70000, 1000, rate=Decimal("16000.5"), kind="hourly")
    pay(world.profile, date(2026, 1, 20), 5_000_000, currency="IDR")
    view = year(income.load_income(TODAY))
    # $700 gross at 16,000.5 = Rp 11,200,350; net $630 = Rp 10,080,315; no decimals for rupiah.
    assert view.gross[0] == 11_200_350 + 5_000_000
    assert view.net[0] == 10_080_315 + 5_000_000
    assert view.fee[0] == 11_200_350 - 10_080_315
    entry(world.hourly, datetime(2026, 1, 5, 10, tzinfo=UTC), 60 * 10)
    view = year(income.load_income(TODAY))
    assert view.rate[0] == 1_508_032  # Rp 15,080,315 over 10 h, rounded to the rupiah


def test_years_listed_newest_first_including_this_year(paid):
    pay(paid.logo, date(2024, 6, 1), 1000)
    assert income.load_income(TODAY).years() == [2026, 2024]


@pytest.mark.parametrize("stack", [income.BY_CLIENT, income.BY_PLATFORM])
def test_on_demo_data_bars_equal_the_payments_list_for_every_month(database, stack):
    from freelance_desk.demo import fill_demo

    fill_demo(now=NOW)
    data = income.load_income(TODAY)
    months = income.view_months(data, "last:12")
    view = income.monthly_view(data, months, stack)
    assert view.total("net") > 0
    for i, month in enumerate(months):
        first, last = income.month_bounds(month)
        flt = PaymentFilter(first, last)
        listed = sum(p.net_home_minor for p in list_payments(flt) if p.home_currency == data.home)
        assert sum(s.values[i] for s in view.series) == view.net[i] == listed == payment_totals(flt).net_home_minor


def test_a_month_with_under_a_tenth_of_the_average_hours_has_few_hours():
    from freelance_desk.services.money.income import few_hours_months

    hours = [90, 95, 100, 0, 2]  # the average worked month has 71.75 h; 2 h is under a tenth of it
    assert few_hours_months([h * 3600 for h in hours]) == {4}
    assert few_hours_months([0, 3600]) == set()  # one month with hours: nothing to compare it with
    assert few_hours_months([8 * 3600, 9 * 3600]) == set()
