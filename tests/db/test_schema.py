"""What the file itself enforces: one running timer, exact day totals, foreign keys, exact fields."""

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from peewee import IntegrityError

from freelance_desk.db.connection import backend
from freelance_desk.db.daily_time import rebuild as rebuild_daily_time
from freelance_desk.db.models import Client, Contract, Milestone, Payment, TimeEntry

pytestmark = pytest.mark.file_only  # the file's own behaviour (SQLite), not the server's

JAKARTA = 7 * 60  # UTC+7, in minutes


@pytest.fixture
def contracts(database, now):
    client = Client.create(name="Northwind", created_at=now)
    a = Contract.create(client=client, title="Website", created_at=now)
    b = Contract.create(client=client, title="Dashboard", kind="hourly", created_at=now)
    return a.id, b.id


def entry(contract_id, start, minutes, offset=JAKARTA, billable=True):
    return TimeEntry.create(
        contract=contract_id,
        start=start,
        end=None if minutes is None else start + timedelta(minutes=minutes),
        utc_offset_minutes=offset,
        billable=billable,
    )


def daily(database):
    """(day, contract) → (seconds, billable seconds, entries); days emptied by deletes left out."""
    rows = database.execute_sql(
        "SELECT day, contract_id, seconds, billable_seconds, entries FROM daily_time ORDER BY day, contract_id"
    ).fetchall()
    return {(d, c): (s, b, n) for d, c, s, b, n in rows if (s, b, n) != (0, 0, 0)}


def all_daily_rows(database):
    return database.execute_sql(
        "SELECT day, contract_id, seconds, billable_seconds, entries FROM daily_time ORDER BY day, contract_id"
    ).fetchall()


def billable_counts(database):
    return database.execute_sql(
        "SELECT day, contract_id, billable_entries FROM daily_time WHERE entries > 0 ORDER BY day, contract_id"
    ).fetchall()


def assert_matches_rebuild(database):
    """The day summary equals one made again from the entries (on a server: added up from them, unchanged)."""
    kept, counted = daily(database), billable_counts(database)
    if backend(database) == "postgresql":
        rows = database.execute_sql(
            'SELECT entry_day(start, utc_offset_minutes), contract_id, SUM("end" - start), '
            'SUM(CASE WHEN billable THEN "end" - start ELSE 0 END), COUNT(*), SUM(CASE WHEN billable THEN 1 ELSE 0 END) '
            'FROM time_entry WHERE "end" IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2').fetchall()
        assert {(d, c): (s, b, n) for d, c, s, b, n, _ in rows} == kept
        assert [(d, c, bn) for d, c, _, _, _, bn in rows] == counted
        return
    rebuild_daily_time(database)
    assert daily(database) == kept
    assert billable_counts(database) == counted


# --- one running timer -----------------------------------------------------------


def test_only_one_timer_can_run(contracts, now):
    a, b = contracts
    entry(a, now - timedelta(hours=3), 60)
    entry(a, now - timedelta(hours=1), None)  # running
    with pytest.raises(IntegrityError):
        entry(b, now, None)
    assert TimeEntry.select().where(TimeEntry.end.is_null()).count() == 1


def test_a_new_timer_can_start_once_the_last_one_stopped(contracts, now):
    a, b = contracts
    running = entry(a, now - timedelta(hours=1), None)
    running.end = now
    running.save()
    entry(b, now, None)
    assert TimeEntry.select().where(TimeEntry.end.is_null()).count() == 1


# --- daily totals kept by triggers ------------------------------------------------


def test_insert_adds_to_the_local_day(database, contracts):
    a, _ = contracts
    # 20:00 UTC on 9 March is 03:00 on 10 March in Jakarta: it counts for the 10th there.
    entry(a, datetime(2026, 3, 9, 20, 0, tzinfo=UTC), 90)
    entry(a, datetime(2026, 3, 10, 2, 0, tzinfo=UTC), 30, billable=False)
    entry(a, datetime(2026, 3, 9, 20, 0, tzinfo=UTC), 60, offset=0)  # recorded in London: the 9th
    assert daily(database) == {
        ("2026-03-09", a): (3600, 3600, 1),
        ("2026-03-10", a): (7200, 5400, 2),
    }
    assert_matches_rebuild(database)


def test_a_running_timer_counts_once_it_stops(database, contracts, now):
    a, _ = contracts
    running = entry(a, now, None)
    assert daily(database) == {}
    running.end = now + timedelta(minutes=45)
    running.save()
    assert daily(database) == {("2026-03-10", a): (2700, 2700, 1)}
    assert_matches_rebuild(database)


def test_editing_times_moves_the_seconds(database, contracts, now):
    a, _ = contracts
    e = entry(a, now, 60)
    e.end = now + timedelta(minutes=90)
    e.save()
    assert daily(database) == {("2026-03-10", a): (5400, 5400, 1)}
    e.start = now - timedelta(days=1)
    e.end = now - timedelta(days=1) + timedelta(minutes=30)
    e.save()
    assert daily(database) == {("2026-03-09", a): (1800, 1800, 1)}
    assert_matches_rebuild(database)


def test_moving_an_entry_to_another_contract(database, contracts, now):
    a, b = contracts
    e = entry(a, now, 60)
    entry(a, now + timedelta(hours=2), 30)
    e.contract = b
    e.save()
    assert daily(database) == {("2026-03-10", a): (1800, 1800, 1), ("2026-03-10", b): (3600, 3600, 1)}
    assert_matches_rebuild(database)


def test_billable_toggle(database, contracts, now):
    a, _ = contracts
    e = entry(a, now, 60)
    TimeEntry.update(billable=False).where(TimeEntry.id == e.id).execute()
    assert daily(database) == {("2026-03-10", a): (3600, 0, 1)}
    TimeEntry.update(billable=True).where(TimeEntry.id == e.id).execute()
    assert daily(database) == {("2026-03-10", a): (3600, 3600, 1)}
    assert_matches_rebuild(database)


def test_changing_the_recorded_offset_moves_the_day(database, contracts):
    a, _ = contracts
    e = entry(a, datetime(2026, 3, 9, 20, 0, tzinfo=UTC), 60)
    assert list(daily(database)) == [("2026-03-10", a)]
    TimeEntry.update(utc_offset_minutes=0).where(TimeEntry.id == e.id).execute()
    assert list(daily(database)) == [("2026-03-09", a)]
    assert_matches_rebuild(database)


def test_delete_removes_the_seconds(database, contracts, now):
    a, _ = contracts
    keep = entry(a, now, 60)
    gone = entry(a, now + timedelta(hours=2), 30)
    gone.delete_instance()
    assert daily(database) == {("2026-03-10", a): (3600, 3600, 1)}
    keep.delete_instance()
    assert daily(database) == {}
    assert_matches_rebuild(database)


def test_a_day_emptied_by_deletes_leaves_no_row(database, contracts, now):
    a, _ = contracts
    e = entry(a, now, 60)
    e.start = now - timedelta(days=1)
    e.end = now - timedelta(days=1) + timedelta(minutes=30)
    e.save()
    e.delete_instance()
    kept = all_daily_rows(database)
    rebuild_daily_time(database)
    assert kept == all_daily_rows(database) == []


def test_bulk_changes_stay_exact(database, contracts, now):
    a, b = contracts
    for i in range(40):
        entry(a if i % 3 else b, now - timedelta(hours=7 * i), 25 + i, billable=bool(i % 4))
    TimeEntry.update(billable=True).where(TimeEntry.contract == a).execute()
    TimeEntry.update(contract=a).where(TimeEntry.id % 5 == 0).execute()
    TimeEntry.delete().where(TimeEntry.id % 7 == 0).execute()
    kept = daily(database)
    rebuild_daily_time(database)
    assert daily(database) == kept
    total = sum(s for s, _, _ in kept.values())
    assert total == sum(int((t.end - t.start).total_seconds()) for t in TimeEntry.select())


def test_deleting_a_contract_removes_its_day_rows(database, contracts, now):
    _, b = contracts
    Contract.get_by_id(b).delete_instance()  # no entries: allowed
    assert daily(database) == {}


# --- foreign keys and fields ---------------------------------------------------------


def test_a_client_with_contracts_cannot_be_deleted_by_the_file(contracts):
    with pytest.raises(IntegrityError):
        Client.delete().execute()


def test_a_contract_with_time_or_payments_cannot_be_deleted(contracts, now, today):
    a, b = contracts
    entry(a, now, 60)
    Payment.create(contract=b, received_on=today, gross_minor=100, net_minor=100, currency="USD",
                   home_currency="USD", gross_home_minor=100, fee_home_minor=0, net_home_minor=100, created_at=now)
    for cid in (a, b):
        with pytest.raises(IntegrityError):
            Contract.delete().where(Contract.id == cid).execute()


def test_deleting_a_contract_deletes_its_milestones(contracts, now):
    a, _ = contracts
    Milestone.create(contract=a, title="Home", amount_minor=100, created_at=now)
    Contract.delete().where(Contract.id == a).execute()
    assert Milestone.select().count() == 0


def test_instants_are_stored_as_utc_and_naive_ones_refused(contracts):
    a, _ = contracts
    jakarta = timezone(timedelta(hours=7))
    e = entry(a, datetime(2026, 3, 10, 9, 0, tzinfo=jakarta), 60)
    saved = TimeEntry.get_by_id(e.id)
    assert saved.start == datetime(2026, 3, 10, 2, 0, tzinfo=UTC)
    assert saved.start.tzinfo is UTC
    with pytest.raises(ValueError, match="naive"):
        entry(a, datetime(2026, 3, 10, 9, 0), 60)


def test_rates_are_stored_as_exact_text(contracts, now, today):
    a, _ = contracts
    p = Payment.create(contract=a, received_on=today, gross_minor=1_500_000, net_minor=1_500_000, currency="IDR",
                       rate=Decimal("0.0000630"), home_currency="USD", gross_home_minor=9450, fee_home_minor=0,
                       net_home_minor=9450, created_at=now)
    raw = Payment.select(Payment.rate).where(Payment.id == p.id).tuples().get()
    assert Payment.get_by_id(p.id).rate == Decimal("0.0000630")
    assert str(Payment.get_by_id(p.id).rate) == "0.0000630"
    assert raw == (Decimal("0.0000630"),)
