"""The demo a newcomer sees: the examples the other pages and screenshots rely on."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from freelance_desk.db.connection import close_database, open_database
from freelance_desk.db.migrations import migrate
from freelance_desk.db.models import ALL_MODELS, Client, Contract, Milestone, Payment, TimeEntry
from freelance_desk.demo import HOME_ZONE, fill_demo
from freelance_desk.services.contracts.contracts import contract_totals
from freelance_desk.services.milestones.lifecycle import milestones_of

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


@pytest.fixture
def demo(database):
    fill_demo(now=NOW)
    return database


def contract(title):
    return Contract.get(Contract.title == title)


def test_the_website_has_four_milestones_that_add_up_to_the_budget(demo, today):
    website = contract("Small business website")
    ms = milestones_of(website.id)
    assert [(m.title, m.amount_minor) for m in ms] == [
        ("Home page", 10000),
        ("About page", 7500),
        ("Contact page", 5000),
        ("Blog page", 7500),
    ]
    assert [m.status for m in ms] == ["paid", "submitted", "active", "planned"]
    assert website.budget_minor == 30000
    totals = contract_totals(website.id, today)
    assert (totals.planned_minor, totals.difference_minor, totals.paid_minor) == (30000, 0, 10000)
    assert website.client.platform.name == "Upwork"


def test_a_fifty_dollar_logo_without_milestones(demo):
    logo = contract("Logo for a bakery")
    assert (logo.kind, logo.budget_minor, logo.currency) == ("fixed", 5000, "USD")
    assert milestones_of(logo.id) == []


def test_an_hourly_contract_with_a_weekly_limit_and_months_of_work(demo):
    hourly = contract("Dashboard maintenance")
    assert (hourly.kind, hourly.rate_minor, hourly.weekly_limit_minutes) == ("hourly", 3500, 20 * 60)
    starts = [t.start for t in TimeEntry.select(TimeEntry.start).where(TimeEntry.contract == hourly.id)]
    first, last = min(starts), max(starts)
    assert last - first > timedelta(days=180)
    assert last <= NOW
    weekly = Payment.select().where((Payment.contract == hourly.id) & (Payment.kind == "hourly"))
    assert weekly.count() > 20
    assert all(p.gross_minor <= 20 * 3500 for p in weekly)  # never over the weekly limit
    assert all(p.received_on <= NOW.date() for p in weekly)


def test_a_fiverr_client_and_an_idr_client(demo):
    tom = Client.get(Client.name == "tom_builds")
    assert tom.platform.name == "Fiverr"
    assert {c.fee_bps for c in tom.contracts} == {2000}
    sinar = Client.get(Client.name == "PT Sinar Kreatif")
    assert (sinar.currency, sinar.platform) == ("IDR", None)  # a direct client: no platform
    idr_payment = Payment.get(Payment.currency == "IDR")
    assert (idr_payment.gross_minor, idr_payment.home_currency) == (4_500_000, "USD")
    assert idr_payment.gross_home_minor == 28350  # Rp 4,500,000 at 0.0000630


def test_months_of_time_and_income(demo):
    assert TimeEntry.select().count() > 200
    assert TimeEntry.select().where(TimeEntry.end.is_null()).count() == 0  # no timer left running
    months = {p.received_on.strftime("%Y-%m") for p in Payment.select()}
    assert len(months) >= 6
    assert all(p.gross_home_minor == p.fee_home_minor + p.net_home_minor for p in Payment.select())


def test_something_overdue_and_something_to_collect(demo, today):
    overdue = Milestone.select().where(
        Milestone.status.in_(("planned", "active", "submitted", "changes_requested")) & (Milestone.due_date < today)
    )
    assert [m.title for m in overdue] == ["Audit report"]
    assert Milestone.select().where(Milestone.status == "approved").count() >= 1


@pytest.mark.parametrize(
    "now",
    [NOW, datetime(2026, 3, 10, 20, 0, tzinfo=UTC)],  # 20:00 UTC is 03:00 next day in Jakarta
)
def test_nothing_in_the_demo_happens_after_now(database, now):
    fill_demo(now=now)
    stamps = [
        *(m.funded_at for m in Milestone.select().where(Milestone.funded_at.is_null(False))),
        *(m.paid_at for m in Milestone.select().where(Milestone.paid_at.is_null(False))),
        *(m.approved_at for m in Milestone.select().where(Milestone.approved_at.is_null(False))),
        *(m.submitted_at for m in Milestone.select().where(Milestone.submitted_at.is_null(False))),
        *(p.created_at for p in Payment.select()),
        *(t.end for t in TimeEntry.select()),
    ]
    assert max(stamps) <= now
    assert max(p.received_on for p in Payment.select()) <= now.astimezone(ZoneInfo(HOME_ZONE)).date()
    for m in Milestone.select().where(Milestone.status == "paid"):
        payment = Payment.get(Payment.milestone == m.id)
        assert m.paid_at.date() == payment.received_on  # marked paid the day the money came


def dump(path):
    migrate(open_database(path))
    fill_demo(now=NOW)
    tables = {m.__name__: list(m.select().tuples()) for m in ALL_MODELS}
    close_database()
    return tables


def test_the_demo_is_the_same_every_time_for_the_same_now(tmp_path):
    first = dump(tmp_path / "a.sqlite3")
    second = dump(tmp_path / "b.sqlite3")
    for name in first:
        assert first[name] == second[name], name


def test_demo_time_entries_never_overlap(demo):
    """Editing any demo entry must not trip the overlap rule because of the demo itself."""
    entries = sorted((e.start, e.end) for e in TimeEntry.select())
    for (_, end), (start, _) in zip(entries, entries[1:]):
        assert end <= start


def test_the_demo_counts_in_dollars_so_the_rupiah_tax_preset_stays_off(demo):
    from freelance_desk.services.settings import store

    assert store.home_currency() == "USD"
    assert store.tax_settings()[0] == "off" and store.tax_plan() is None


def test_a_demo_kept_in_rupiah_sets_the_pp55_preset_aside(database):
    from freelance_desk.services.money import tax
    from freelance_desk.services.settings import store

    store.set_home_currency("IDR")
    fill_demo(now=NOW)
    assert store.tax_plan() == tax.TaxPlan("pp55_2022", 50, 500_000_000, "IDR")


def test_invoices_paid_overdue_and_a_draft(demo, today):
    from freelance_desk.core.vocabulary import InvoiceState
    from freelance_desk.services.billing import invoice_list
    from freelance_desk.services.settings import store

    rows = invoice_list.list_invoices()
    assert sorted(r.state for r in rows) == sorted([InvoiceState.PAID, InvoiceState.SENT, InvoiceState.DRAFT])
    paid = next(r for r in rows if r.state == InvoiceState.PAID)
    assert paid.currency == "IDR" and paid.paid > 5_000_000_00 // 100
    assert [r.state for r in invoice_list.overdue_invoices(today)] == [InvoiceState.SENT]
    assert store.value(store.BUSINESS_TAX_ID) == "12.345.678.9-012.345"
    assert "Jakarta" in store.value(store.BUSINESS_ADDRESS)
