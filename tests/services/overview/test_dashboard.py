"""The dashboard's figures on a known dataset: hours, due and overdue work, money owed, income, workload."""

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest

from freelance_desk.core.calendar import week_first_day
from freelance_desk.core.errors import ValidationError
from freelance_desk.db.models import Platform, TimeEntry
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import (
    ContractData,
    MilestoneData,
    create_contract,
)
from freelance_desk.services.milestones import lifecycle as ms
from freelance_desk.services.money.payments import PaymentData, record_payment
from freelance_desk.services.overview.dashboard import dashboard
from freelance_desk.services.pipeline.proposals import ProposalData, create_proposal
from freelance_desk.services.settings import store as settings_store

JAKARTA = "Asia/Jakarta"  # now (09:30 UTC) is 16:30 on Tuesday 10 March there


def entry(contract_id, start, minutes=None, note=""):
    TimeEntry.create(
        contract=contract_id, start=start, end=start + timedelta(minutes=minutes) if minutes else None,
        timezone=JAKARTA, utc_offset_minutes=420, note=note,
    )


def utc(day, hour, minute=0):
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def known(database, now):
    upwork = Platform.get(Platform.name == "Upwork").id
    northwind = create_client(ClientData("Northwind Studio", platform_id=upwork, timezone="Europe/Berlin"), now=now)
    sinar = create_client(ClientData("PT Sinar Kreatif", timezone="Asia/Jakarta", currency="IDR"), now=now)
    website = create_contract(
        ContractData(northwind.id, "Website", budget_minor=30000),
        [
            MilestoneData("Home", 10000, date(2026, 3, 12)),
            MilestoneData("About", 7500, date(2026, 3, 17)),
            MilestoneData("Blog", 5000, date(2026, 3, 18)),
            MilestoneData("Contact", 7500, date(2026, 3, 5)),
        ],
        now=now,
    )
    home, about, blog, contact = ms.milestones_of(website.id)
    ms.transition(home.id, "start", now=now)
    ms.transition(contact.id, "start", now=now)
    audit = create_contract(
        ContractData(northwind.id, "SEO audit", budget_minor=20000),
        [MilestoneData("Report", 12500, date(2026, 3, 1)), MilestoneData("Fixes", 7500, date(2026, 3, 20))],
        now=now,
    )
    report, fixes = ms.milestones_of(audit.id)
    for step in ("start", "submit"):
        ms.transition(report.id, step, now=utc(6, 10))
    for step in ("start", "submit", "approve"):
        ms.transition(fixes.id, step, now=utc(6, 10))
    profile = create_contract(
        ContractData(sinar.id, "Company profile", currency="IDR", budget_minor=4_500_000),
        [MilestoneData("Design", 4_500_000, date(2026, 3, 2))],
        now=now,
    )
    (design,) = ms.milestones_of(profile.id)
    for step in ("start", "submit", "approve"):
        ms.transition(design.id, step, now=now)
    # Hours: Sunday 8th, Monday 9th, today (Jakarta days) and a timer running since 15:00 Jakarta.
    entry(website.id, utc(8, 2), 180)
    entry(website.id, utc(9, 2), 120)
    entry(audit.id, utc(10, 1), 60)
    entry(website.id, utc(10, 8), note="Contact form")
    # Income: net in home currency (USD), IDR converted at the day's rate.
    record_payment(PaymentData(website.id, date(2026, 3, 2), 10000, 1000, "USD"))
    record_payment(PaymentData(profile.id, date(2026, 3, 9), 1_000_000, 0, "IDR", rate=Decimal("0.000063")))
    record_payment(PaymentData(website.id, date(2026, 2, 27), 20000, 2000, "USD"))
    record_payment(PaymentData(website.id, date(2026, 1, 31), 50000, 5000, "USD"))
    settings_store.set_workload_limits(2, "4")
    return dict(website=website, audit=audit, profile=profile)


def test_running_timer_and_hours_today_and_this_week(known, now, today):
    d = dashboard(now, today, JAKARTA)
    assert (d.timer.contract, d.timer.client, d.timer.note) == ("Website", "Northwind Studio", "Contact form")
    assert d.timer.elapsed(now) == 90 * 60
    assert d.today_seconds == 60 * 60 + 90 * 60
    assert d.week_start == date(2026, 3, 9)
    assert d.week_seconds == (120 + 60 + 90) * 60


def test_week_start_follows_the_setting(known, now, today):
    settings_store.set_week_start("sunday_local")
    d = dashboard(now, today, JAKARTA)
    assert d.week_start == date(2026, 3, 8)
    assert d.week_seconds == (180 + 120 + 60 + 90) * 60
    assert week_first_day(date(2026, 3, 8), "monday_local") == date(2026, 3, 2)


def test_a_timer_running_since_yesterday_counts_only_from_midnight_today(database, now, today):
    client = create_client(ClientData("Lena Fischer"), now=now)
    contract = create_contract(ContractData(client.id, "Logo", budget_minor=5000), now=now)
    entry(contract.id, datetime(2026, 3, 9, 15, tzinfo=UTC))  # 22:00 Monday in Jakarta
    d = dashboard(now, today, JAKARTA)
    assert d.timer.elapsed(now) == int(18.5 * 3600)
    assert d.today_seconds == int(16.5 * 3600)
    assert d.week_seconds == int(18.5 * 3600)


def test_due_soon_overdue_and_in_review(known, now, today):
    d = dashboard(now, today, JAKARTA)
    assert [(m.title, m.due_date) for m in d.due_soon] == [("Home", date(2026, 3, 12)), ("About", date(2026, 3, 17))]
    # Submitted work is the client's move: not overdue for the freelancer, shown as in review.
    assert [(m.title, m.contract) for m in d.overdue] == [("Contact", "Website")]
    assert [(m.title, m.auto_release) for m in d.in_review] == [("Report", date(2026, 3, 20))]


def test_money_approved_but_not_paid_per_currency(known, now, today):
    d = dashboard(now, today, JAKARTA)
    assert d.receivable == {"IDR": 4_500_000, "USD": 7500}
    assert d.receivable_count == 2


def test_net_income_this_month_against_last_month(known, now, today):
    d = dashboard(now, today, JAKARTA)
    assert d.home_currency == "USD"
    assert d.income_this_month == 9000 + 6300  # $90 + Rp 1,000,000 × 0.000063
    assert d.income_last_month == 18000
    # Up to the 10th against 1–10 February, when nothing came in yet: nothing to compare.
    assert d.compared_days == (date(2026, 2, 1), date(2026, 2, 10))
    assert (d.income_compared, d.income_change, d.compares_whole_month) == (0, None, False)


def test_the_month_so_far_is_compared_with_the_same_days_of_last_month(known, now, today):
    record_payment(PaymentData(known["website"].id, date(2026, 2, 10), 5000, 500, "USD"))  # on the last day compared
    record_payment(PaymentData(known["website"].id, date(2026, 2, 11), 90000, 9000, "USD"))  # one day later
    d = dashboard(now, today, JAKARTA)
    assert d.income_compared == 4500
    assert d.income_change == (15300 - 4500) * 100 // 4500  # +240 %, not a fall against all of February
    assert d.income_last_month == 18000 + 4500 + 81000


def test_on_the_first_of_a_month_a_whole_last_month_is_no_fall(database):
    """1 December with nothing paid yet: 1 November is the comparison, not all of November."""
    created = datetime(2026, 11, 1, tzinfo=UTC)
    client = create_client(ClientData("Harbor Co"), now=created)
    contract = create_contract(ContractData(client.id, "Retainer", budget_minor=500000), now=created)
    record_payment(PaymentData(contract.id, date(2026, 11, 16), 250000, 21200, "USD"))
    d = dashboard(datetime(2026, 12, 1, 2, tzinfo=UTC), date(2026, 12, 1), JAKARTA)
    assert (d.income_this_month, d.income_last_month) == (0, 228800)
    assert d.compared_days == (date(2026, 11, 1), date(2026, 11, 1))
    assert (d.income_compared, d.income_change) == (0, None)


def test_at_the_end_of_a_month_the_comparison_is_all_of_last_month(known, now):
    d = dashboard(now, date(2026, 3, 31), JAKARTA)
    assert d.compared_days == (date(2026, 2, 1), date(2026, 2, 28)) and d.compares_whole_month
    assert d.income_compared == d.income_last_month == 18000


def test_workload_against_the_limits(known, now, today):
    d = dashboard(now, today, JAKARTA)
    assert (d.workload.active_contracts, d.workload.max_contracts, d.workload.max_weekly_hours) == (3, 2, 4)
    assert d.workload.over
    assert d.week_hours_over  # 4:30 h this week against a 4 h limit


def test_active_clients_with_their_time_and_shared_hours(known, now, today):
    d = dashboard(now, today, JAKARTA)
    assert [(c.name, c.contracts) for c in d.clients] == [("Northwind Studio", 2), ("PT Sinar Kreatif", 1)]
    berlin = d.clients[0].clock
    assert berlin.client_now.strftime("%H:%M") == "10:30"
    assert berlin.overlap_minutes == 120  # 15:00–17:00 in Jakarta


def test_shared_hours_follow_the_freelancers_own_working_day(known, now, today):
    settings_store.set_working_hours(time(13), time(22))  # afternoons and evenings in Jakarta
    berlin = dashboard(now, today, JAKARTA).clients[0].clock
    assert berlin.overlap_minutes == 7 * 60  # 15:00–22:00 in Jakarta is 09:00–16:00 in Berlin


def test_working_hours_are_kept_and_checked(database):
    assert settings_store.working_hours() == (time(9), time(17))
    settings_store.set_working_hours(time(22), time(6))  # a night owl's day runs past midnight
    assert settings_store.working_hours() == (time(22), time(6))
    with pytest.raises(ValidationError) as raised:
        settings_store.set_working_hours(time(8), time(8))
    assert raised.value.field == "working_hours"
    assert settings_store.working_hours() == (time(22), time(6))


def test_pipeline_counts_open_proposals_and_this_months(database, now, today):
    for sent, status in ((date(2026, 2, 20), "sent"), (date(2026, 3, 2), "viewed"), (date(2026, 3, 3), "interviewing"),
                         (date(2026, 3, 4), "declined"), (date(2026, 3, 5), "sent")):
        create_proposal(ProposalData("Job", sent, status=status, answered_on=sent if status != "sent" else None))
    p = dashboard(now, today, JAKARTA).pipeline
    assert (p.waiting, p.interviewing, p.sent_this_month, p.hired_this_month) == (3, 1, 4, 0)


def test_empty_database_is_recognised(database, now, today):
    d = dashboard(now, today, JAKARTA)
    assert d.empty and d.timer is None
    assert (d.today_seconds, d.week_seconds, d.income_this_month, d.receivable) == (0, 0, 0, {})


@pytest.mark.file_only
def test_no_dashboard_query_reads_every_time_entry(known, now, today, database, monkeypatch):
    """With a million entries a scan costs a visible fraction of a second at startup."""
    import re

    # Let the query planner see the statistics of a file with a million entries (as ANALYZE left them).
    database.execute_sql("ANALYZE")
    database.execute_sql("DELETE FROM sqlite_stat1 WHERE tbl = 'time_entry'")
    for index, stat in (("time_entry_contract_id_start", "1000000 8000 1"), ("time_entry_start", "1000000 1"),
                        ("time_entry_milestone_id", "1000 1000")):
        database.execute_sql("INSERT INTO sqlite_stat1 VALUES ('time_entry', ?, ?)", (index, stat))
    database.execute_sql("ANALYZE sqlite_schema")  # reload the statistics
    statements = []
    execute = database.execute_sql

    def recording(sql, params=None, *args, **kwargs):
        statements.append((sql, params))
        return execute(sql, params, *args, **kwargs)

    monkeypatch.setattr(database.obj, "execute_sql", recording)
    dashboard(now, today, JAKARTA)
    monkeypatch.setattr(database.obj, "execute_sql", execute)
    scans = []
    for sql, params in statements:
        alias = re.search(r'"time_entry" AS "(\w+)"', sql)
        if alias is None:
            continue
        plan = [row[-1] for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()]
        # A scan of the table or of a full index (the partial index of running entries is fine),
        # or entries read contract by contract (all of them, for a join from the contracts).
        scans += [(sql, step) for step in plan if re.match(rf"(SCAN|SEARCH) {alias.group(1)}\b", step)
                  and "time_entry_one_running" not in step and "rowid=?" not in step]
    assert statements and not scans


def test_the_dashboard_reads_its_figures_in_a_dozen_queries(known, now, today, database, monkeypatch):
    """It is what every start reads first; each query costs more in building it than SQLite spends on it."""
    statements = []
    execute = database.execute_sql
    monkeypatch.setattr(database.obj, "execute_sql", lambda sql, *a, **k: statements.append(sql) or execute(sql, *a, **k))
    d = dashboard(now, today, JAKARTA)
    assert len(statements) <= 12, statements
    # Settings are read together, not one query each.
    assert sum('FROM "setting"' in sql for sql in statements) == 1
    assert (d.week_start, d.home_currency, d.workload.max_contracts, d.workload.max_weekly_hours) == (
        date(2026, 3, 9), "USD", 2, 4)
