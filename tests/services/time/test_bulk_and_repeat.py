"""Many entries at once (move, billable, delete, each undone whole) and doing an entry again
(continue the timer as it was, copy it to today)."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from freelance_desk.core.errors import DomainError, ValidationError
from freelance_desk.db.models import DailyTime, TimeEntry
from freelance_desk.services.billing.invoices import InvoiceData, LineData, create_invoice, void_invoice
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, MilestoneData, create_contract, set_status
from freelance_desk.services.milestones.lifecycle import milestones_of
from freelance_desk.services.time import bulk, entry_rows, repeat
from freelance_desk.services.time import tracking as tt

NOW = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)
H = 3600


def at(hour, minute=0, day=10):
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def work(database):
    client = create_client(ClientData("Harbor"), now=NOW)
    hourly = create_contract(ContractData(client.id, "Support", kind="hourly", rate_minor=4000), now=NOW)
    fixed = create_contract(ContractData(client.id, "Website", budget_minor=30000),
                            [MilestoneData("Home", 10000), MilestoneData("Blog", 20000)], now=NOW)
    ids = [tt.add_entry(tt.EntryData(hourly.id, at(h, day=9), at(h, 45, day=9), note=f"Task {h}", zone="UTC"), NOW).id
           for h in (8, 9, 10)]
    return hourly.id, fixed.id, ids


def fields(ids):
    return {e.id: (e.contract_id, e.milestone_id, e.billable) for e in map(entry_rows.entry, ids)}


def seconds_on(contract_id):
    return sum(d.seconds for d in DailyTime.select().where(DailyTime.contract == contract_id))


def test_moving_entries_to_a_milestone_of_another_contract_and_back(work):
    hourly, fixed, ids = work
    home = milestones_of(fixed)[0].id
    before = bulk.move(ids[:2], fixed, home)
    assert {i: f[:2] for i, f in fields(ids).items()} == {ids[0]: (fixed, home), ids[1]: (fixed, home), ids[2]: (hourly, None)}
    assert seconds_on(fixed) == 2 * 45 * 60 and seconds_on(hourly) == 45 * 60  # the day summary follows
    bulk.put_back(before)
    assert all(f[:2] == (hourly, None) for f in fields(ids).values())
    assert seconds_on(hourly) == 3 * 45 * 60


def test_a_milestone_of_another_contract_or_a_closed_contract_is_refused_and_nothing_moves(work):
    hourly, fixed, ids = work
    with pytest.raises(ValidationError):
        bulk.move(ids, hourly, milestones_of(fixed)[0].id)
    set_status(fixed, "completed")
    with pytest.raises(ValidationError):
        bulk.move(ids, fixed)
    assert all(f[0] == hourly for f in fields(ids).values())


def test_billable_for_many_and_its_undo_gives_each_its_own_back(work):
    _, _, ids = work
    bulk.set_billable(ids[:1], False)
    before = bulk.set_billable(ids, False)
    assert [f[2] for f in fields(ids).values()] == [False, False, False]
    bulk.put_back(before)
    assert [fields(ids)[i][2] for i in ids] == [False, True, True]


def test_deleting_many_comes_back_whole(work):
    hourly, _, ids = work
    snapshots = bulk.delete(ids[1:])
    assert TimeEntry.select().count() == 1 and seconds_on(hourly) == 45 * 60
    bulk.restore(snapshots)
    assert sorted(e.id for e in TimeEntry.select()) == sorted(ids)
    assert [entry_rows.entry(i).note for i in ids] == ["Task 8", "Task 9", "Task 10"]


def test_entries_cannot_come_back_over_time_logged_since_and_none_do(work):
    hourly, _, ids = work
    snapshots = bulk.delete(ids)
    tt.add_entry(tt.EntryData(hourly, at(10, 30, day=9), at(11, day=9), zone="UTC"), NOW)
    with pytest.raises(DomainError):
        bulk.restore(snapshots)
    assert TimeEntry.select().count() == 1


def test_billed_entries_are_not_changed_naming_the_invoice_until_it_is_void(work):
    hourly, fixed, ids = work
    client = entry_rows.entry(ids[0]).client_id
    invoice = create_invoice(InvoiceData(client, NOW.date(), NOW.date() + timedelta(days=14), "USD", [
        LineData("Support", Decimal("0.75"), 4000, hourly, "hour", entry_ids=(ids[0],))]), NOW)
    for change in (lambda: bulk.move(ids, fixed), lambda: bulk.set_billable(ids, False), lambda: bulk.delete(ids)):
        with pytest.raises(DomainError) as refused:
            change()
        assert invoice.number in refused.value.text()
    assert TimeEntry.select().count() == 3 and all(f == (hourly, None, True) for f in fields(ids).values())
    void_invoice(invoice.invoice_id, "Billed by mistake", NOW)
    assert len(bulk.delete(ids)) == 3


def test_an_entry_gone_meanwhile_refuses_the_whole_change(work):
    hourly, fixed, ids = work
    tt.delete_entry(ids[2])
    with pytest.raises(DomainError):
        bulk.move(ids, fixed)
    assert all(f[0] == hourly for f in fields(ids[:2]).values())


# --- continue and duplicate ---------------------------------------------------------------

def test_continue_starts_the_timer_as_the_entry_was_and_stops_the_running_one(work):
    hourly, fixed, ids = work
    blog = milestones_of(fixed)[1].id
    old = tt.add_entry(tt.EntryData(fixed, at(11, day=9), at(12, day=9), milestone_id=blog, note="Posts <b>", billable=False,
                                    zone="UTC"), NOW)
    running = tt.start_timer(hourly, at(14), "UTC")
    started = repeat.continue_entry(old.id, at(14, 30), "Asia/Jakarta", expected_running=running.id)
    assert started.running and (started.contract_id, started.milestone_id, started.note, started.billable) == (
        fixed, blog, "Posts <b>", False)
    assert started.timezone == "Asia/Jakarta"
    assert entry_rows.entry(running.id).end == at(14, 30)


def test_a_copy_goes_after_todays_last_entry(work):
    _, _, ids = work
    tt.add_entry(tt.EntryData(work[0], at(9), at(10, 15), zone="UTC"), NOW)
    copy = repeat.duplicate_to_today(ids[0], NOW, "UTC")
    assert (copy.start, copy.end, copy.note, copy.contract_id) == (at(10, 15), at(11), "Task 8", work[0])
    assert copy.id != ids[0] and entry_rows.entry(ids[0]).start == at(8, day=9)


def test_a_copy_on_an_empty_day_ends_now_or_where_the_timer_started(work):
    hourly, _, ids = work
    assert (lambda c: (c.start, c.end))(repeat.duplicate_to_today(ids[0], NOW, "UTC")) == (at(14, 15), at(15))
    tt.delete_entry(TimeEntry.select().order_by(TimeEntry.id.desc()).first().id)
    tt.start_timer(hourly, at(13), "UTC")
    copy = repeat.duplicate_to_today(ids[0], NOW, "UTC")
    assert (copy.start, copy.end) == (at(12, 15), at(13))


def test_a_copy_that_does_not_fit_today_says_so_and_adds_nothing(work):
    hourly, _, _ = work
    long = tt.add_entry(tt.EntryData(hourly, at(1, day=9), at(5, day=9), zone="UTC"), NOW)
    early = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)  # 02:00 today: no four hours before now
    count = TimeEntry.select().count()
    with pytest.raises(ValidationError) as refused:
        repeat.duplicate_to_today(long.id, early, "UTC")
    assert "4:00" in refused.value.text()
    assert TimeEntry.select().count() == count
