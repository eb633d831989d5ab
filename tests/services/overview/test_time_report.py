"""The time report: hours from the day summary and net income in the home currency, by contract, client,
month or day, over a range of days."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from freelance_desk.core.errors import ValidationError
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, create_contract
from freelance_desk.services.money.payments import PaymentData, record_payment
from freelance_desk.services.overview.time_report import Report, ReportRow, time_report
from freelance_desk.services.settings import store
from freelance_desk.services.time.tracking import EntryData, add_entry, start_timer


def at(month, day, hour, minute=0):
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def work(contract, start, minutes, billable=True, zone="UTC"):
    add_entry(EntryData(contract.id, start, start + timedelta(minutes=minutes), billable=billable, zone=zone),
              now=at(3, 10, 9, 30))


@pytest.fixture
def book(database, now):
    """Two clients over February and March 2026 (home currency USD at the end):

    Northwind Studio / Website (hourly, USD): 2:00 billable on 10 Feb, 1:30 not billable on 11 Feb,
      1:00 billable on 2 Mar; paid $500 less a $50 fee on 20 Feb and $200 less $20 on 6 Mar; $100 on
      7 Mar recorded while the home currency was IDR (not converted since); a timer running now.
    Northwind Studio / api work (hourly, USD): 0:45 from 23:30 UTC on 28 Feb, typed in Jakarta (06:30 on
      1 Mar there); no payment.
    acme labs / Logo (fixed, EUR): 0:20 on 3 Mar; €1,000 less a €100 fee on 5 Mar at 1.10 USD per euro.
    """
    store.set_home_currency("IDR")
    northwind = create_client(ClientData("Northwind Studio"), now=now)
    acme = create_client(ClientData("acme labs", currency="EUR"), now=now)
    website = create_contract(ContractData(northwind.id, "Website", kind="hourly", rate_minor=5000), now=now)
    api = create_contract(ContractData(northwind.id, "api work", kind="hourly", rate_minor=5000), now=now)
    logo = create_contract(ContractData(acme.id, "Logo", currency="EUR", budget_minor=100000), now=now)
    record_payment(PaymentData(website.id, date(2026, 3, 7), 10000, 0, "USD", rate=Decimal("16000")), now=now)
    store.set_home_currency("USD")

    work(website, at(2, 10, 9), 120)
    work(website, at(2, 11, 9), 90, billable=False)
    work(website, at(3, 2, 13), 60)
    work(api, at(2, 28, 23, 30), 45, zone="Asia/Jakarta")
    work(logo, at(3, 3, 10), 20)
    record_payment(PaymentData(website.id, date(2026, 2, 20), 50000, 5000, "USD"), now=now)
    record_payment(PaymentData(website.id, date(2026, 3, 6), 20000, 2000, "USD"), now=now)
    record_payment(PaymentData(logo.id, date(2026, 3, 5), 100000, 10000, "EUR", rate=Decimal("1.10")), now=now)
    start_timer(website.id, now - timedelta(minutes=40), "UTC")


def figures(report: Report) -> tuple:
    return report.total_seconds, report.billable_seconds, report.net_home_minor


def test_by_contract_sorted_by_client_then_contract_whatever_their_case(book):
    report = time_report("contract", None, None)
    assert report.home_currency == "USD"
    assert report.rows == (
        ReportRow(20 * 60, 20 * 60, 99000, client="acme labs", contract="Logo"),  # €900 net × 1.10
        ReportRow(45 * 60, 45 * 60, 0, client="Northwind Studio", contract="api work"),
        ReportRow((120 + 90 + 60) * 60, (120 + 60) * 60, 45000 + 18000, client="Northwind Studio", contract="Website"),
    )
    assert figures(report) == ((20 + 45 + 270) * 60, (20 + 45 + 180) * 60, 99000 + 63000)


def test_the_running_timer_and_a_payment_under_another_home_currency_are_left_out(book):
    report = time_report("day", None, None)
    assert "2026-03-10" not in [r.day for r in report.rows]  # the timer started 40 minutes ago
    assert "2026-03-07" not in [r.day for r in report.rows]  # recorded in IDR, never converted
    assert report.left_out_payments == 1


def test_by_client(book):
    report = time_report("client", None, None)
    assert report.rows == (
        ReportRow(1200, 1200, 99000, client="acme labs"),
        ReportRow((45 + 270) * 60, (45 + 180) * 60, 63000, client="Northwind Studio"),
    )


def test_by_month_counts_an_entry_for_the_local_day_it_started(book):
    report = time_report("month", None, None)
    assert report.rows == (
        ReportRow((120 + 90) * 60, 120 * 60, 45000, month="2026-02"),
        ReportRow((45 + 60 + 20) * 60, (45 + 60 + 20) * 60, 18000 + 99000, month="2026-03"),
    )


def test_by_day_has_days_with_only_payments_or_only_time(book):
    report = time_report("day", None, None)
    assert [(r.day, r.seconds, r.billable_seconds, r.net_home_minor) for r in report.rows] == [
        ("2026-02-10", 7200, 7200, 0),
        ("2026-02-11", 5400, 0, 0),
        ("2026-02-20", 0, 0, 45000),
        ("2026-03-01", 2700, 2700, 0),  # 23:30 UTC on 28 Feb, typed in Jakarta
        ("2026-03-02", 3600, 3600, 0),
        ("2026-03-03", 1200, 1200, 0),
        ("2026-03-05", 0, 0, 99000),
        ("2026-03-06", 0, 0, 18000),
    ]
    assert all(r.client is None and r.contract is None and r.month is None for r in report.rows)


def test_a_range_counts_only_its_days_both_ends_included(book):
    report = time_report("contract", date(2026, 3, 1), date(2026, 3, 5))
    assert [(r.contract, r.seconds, r.net_home_minor) for r in report.rows] == [
        ("Logo", 1200, 99000), ("api work", 2700, 0), ("Website", 3600, 0),
    ]
    assert figures(report) == (7500, 7500, 99000)
    assert report.left_out_payments == 0  # the IDR payment is on 7 March
    assert (report.start, report.end) == (date(2026, 3, 1), date(2026, 3, 5))


def test_a_range_open_at_one_end(book):
    later = time_report("contract", date(2026, 3, 6), None)
    assert later.rows == (ReportRow(0, 0, 18000, client="Northwind Studio", contract="Website"),)
    assert later.left_out_payments == 1
    earlier = time_report("month", None, date(2026, 2, 28))
    assert [(r.month, r.seconds) for r in earlier.rows] == [("2026-02", 210 * 60)]  # not the Jakarta entry


def test_an_empty_database_gives_an_empty_report(database):
    report = time_report("month", None, None)
    assert report.rows == () and figures(report) == (0, 0, 0)


def test_a_range_that_ends_before_it_starts_is_refused(database):
    with pytest.raises(ValidationError, match="The end date is before the start date"):
        time_report("day", date(2026, 3, 5), date(2026, 3, 1))


def test_an_unknown_grouping_is_refused(database):
    with pytest.raises(ValueError):
        time_report("week", None, None)


def test_without_a_tax_set_aside_the_report_carries_none(book):
    assert time_report("month").tax is None


def test_the_tax_set_aside_of_the_whole_months_a_range_touches(book):
    store.set_tax("custom", 1000, 60000, "USD")  # 10 % above $600 a year
    # Gross: $500 on 20 Feb (inside the exemption), $1,100 (the euros) and $200 in March: $1,200 past it.
    everything = time_report("month")
    assert [(m.month, m.turnover, m.set_aside) for m in everything.tax.months] == [
        ("2026-02", 50000, 0), ("2026-03", 130000, (130000 - 10000) // 10)]
    late_march = time_report("day", date(2026, 3, 6), date(2026, 3, 31))
    assert [m.month for m in late_march.tax.months] == ["2026-03"]
    assert late_march.tax.set_aside == 12000  # all of March, February's use of the exemption counted
    assert time_report("month", date(2025, 1, 1), date(2025, 12, 31)).tax.set_aside == 0
