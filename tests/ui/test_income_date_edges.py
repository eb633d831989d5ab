"""The Income page opens with money and hours at both ends of the dates accepted (2000 and a year ahead).

A year 0001 entry once crashed the page; such a day is now refused where it is typed (and by the import).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from freelance_desk.core.checks import latest_day
from freelance_desk.core.errors import ValidationError
from freelance_desk.db.models import Payment, TimeEntry
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, MilestoneData, create_contract
from freelance_desk.services.money.payments import PaymentData, record_payment
from freelance_desk.services.time import tracking as tt
from freelance_desk.ui.pages.income import IncomePage
from tests.ui.helpers import NOW


@pytest.fixture
def edges(database):
    client = create_client(ClientData("Northwind Studio"), now=NOW)
    hourly = create_contract(ContractData(client.id, "Support", kind="hourly", rate_minor=3500), now=NOW)
    first = datetime(2000, 1, 1, 0, 0, tzinfo=UTC)
    tt.add_entry(tt.EntryData(hourly.id, first, first + timedelta(hours=3)), now=NOW)
    record_payment(PaymentData(hourly.id, date(2000, 1, 1), 10500, 1050, "USD"), now=NOW)
    last = latest_day(NOW.date())
    record_payment(PaymentData(hourly.id, last, 20000, 0, "USD"), now=NOW)  # a payment dated a year ahead
    create_contract(ContractData(client.id, "Site", budget_minor=50000, start_date=NOW.date()),
                    [MilestoneData("All", 50000, due_date=last)], now=NOW)  # expected income a year out
    return hourly.id, last


def test_a_day_outside_the_range_is_refused_where_it_enters(edges):
    hourly, last = edges
    ancient = datetime(1, 1, 1, 9, 0, tzinfo=UTC)
    with pytest.raises(ValidationError, match="before 2000"):
        tt.add_entry(tt.EntryData(hourly, ancient, ancient + timedelta(hours=1)), now=NOW)
    with pytest.raises(ValidationError, match="more than a year ahead"):
        record_payment(PaymentData(hourly, last + timedelta(days=1), 100, 0, "USD"), now=NOW)
    assert (TimeEntry.select().count(), Payment.select().count()) == (1, 2)


def test_the_income_page_opens_with_money_at_both_ends_of_the_range(qtbot, ctx, edges):
    page = IncomePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.chart is not None and not (page.chart.pending and page.chart.isVisible()))
    years = [page.range.itemText(i) for i in range(page.range.count())]
    assert "2000" in years and str(NOW.year) in years
    page.range.setCurrentIndex(years.index("2000"))  # the oldest year shows its months
    qtbot.waitUntil(lambda: not page.chart.pending)
    assert page.isVisible()
