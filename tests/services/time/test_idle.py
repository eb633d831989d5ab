"""Time away while the timer ran: dropped in one step (and kept going, or stopped), undone whole."""

from datetime import UTC, datetime

import pytest

from freelance_desk.core.errors import DomainError
from freelance_desk.db.models import TimeEntry
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, create_contract
from freelance_desk.services.time import idle
from freelance_desk.services.time import tracking as tt
from freelance_desk.services.time.entry_rows import entry, running_entry


def at(hour, minute=0):
    return datetime(2026, 3, 10, hour, minute, tzinfo=UTC)


@pytest.fixture
def running(database):
    client = create_client(ClientData("Harbor"), now=at(8))
    contract = create_contract(ContractData(client.id, "Support", kind="hourly", rate_minor=4000), now=at(8))
    started = tt.start_timer(contract.id, at(9), "UTC", note="Query tuning")
    tt.set_note(started.id, "Query tuning")
    TimeEntry.update(billable=False).where(TimeEntry.id == started.id).execute()
    return entry(started.id)


def test_away_since_is_the_whole_second_the_input_stopped():
    assert idle.away_since(at(10), 1500.7) == at(9, 35)


def test_dropping_the_time_away_ends_the_entry_then_and_the_timer_runs_on_from_now(running):
    dropped = idle.drop_idle(running, at(9, 40), at(10, 20), "Asia/Jakarta")
    assert entry(running.id).end == at(9, 40)
    again = running_entry()
    assert again.id == dropped.restarted_id and again.start == at(10, 20)
    assert (again.contract_id, again.note, again.billable, again.timezone) == (
        running.contract_id, "Query tuning", False, "Asia/Jakarta")
    idle.undo_drop(dropped)
    assert running_entry().id == running.id and TimeEntry.select().count() == 1


def test_dropping_and_stopping_leaves_no_timer(running):
    dropped = idle.drop_idle(running, at(9, 40), at(10, 20), "UTC", then_stop=True)
    assert running_entry() is None and entry(running.id).end == at(9, 40)
    idle.undo_drop(dropped)
    assert running_entry().id == running.id


def test_an_entry_that_was_all_time_away_goes_and_comes_back_on_undo(running):
    dropped = idle.drop_idle(running, at(8, 50), at(10), "UTC", then_stop=True)
    assert TimeEntry.get_or_none(TimeEntry.id == running.id) is None
    idle.undo_drop(dropped)
    assert running_entry().id == running.id and running_entry().start == at(9)


def test_a_timer_stopped_elsewhere_meanwhile_is_not_touched(running):
    tt.stop_timer(at(9, 50))
    with pytest.raises(DomainError):
        idle.drop_idle(running, at(9, 40), at(10, 20), "UTC")
    assert entry(running.id).end == at(9, 50) and running_entry() is None


def test_undo_after_the_timer_changed_again_says_so_and_changes_nothing(running):
    dropped = idle.drop_idle(running, at(9, 40), at(10, 20), "UTC")
    tt.stop_timer(at(10, 30))
    with pytest.raises(DomainError):
        idle.undo_drop(dropped)
    assert entry(running.id).end == at(9, 40) and running_entry() is None
