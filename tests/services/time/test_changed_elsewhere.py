"""A write naming the entry its window shows is refused, writing nothing, when another window or
program stopped, switched or changed that entry since."""

from datetime import UTC, datetime

import pytest

from freelance_desk.core.errors import DomainError
from freelance_desk.db.models import TimeEntry
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, create_contract
from freelance_desk.services.time import entry_rows
from freelance_desk.services.time import tracking as tt


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, 10, hour, minute, tzinfo=UTC)


@pytest.fixture
def contracts(database, now):
    client = create_client(ClientData("Harbor Analytics"), now=now)
    first = create_contract(ContractData(client.id, "Dashboard", kind="hourly", rate_minor=3500), now=now)
    second = create_contract(ContractData(client.id, "Reports", kind="hourly", rate_minor=3500), now=now)
    return first.id, second.id


def snapshot():
    return list(TimeEntry.select().order_by(TimeEntry.id).dicts())


def test_stop_of_a_timer_switched_elsewhere_is_refused(contracts):
    first, second = contracts
    shown = tt.start_timer(first, at(9), "UTC", note="mine")
    tt.start_timer(second, at(9, 30), "UTC", note="theirs")  # elsewhere
    before = snapshot()
    with pytest.raises(DomainError, match="already stopped elsewhere"):
        tt.stop_timer(at(10), note="mine, done", expected=shown)
    assert snapshot() == before


def test_stop_of_a_timer_changed_elsewhere_is_refused_and_of_the_same_one_goes_through(contracts):
    first, _ = contracts
    shown = tt.start_timer(first, at(9), "UTC", note="mine")
    tt.set_note(shown.id, "theirs")  # elsewhere, on the same running entry
    before = snapshot()
    with pytest.raises(DomainError, match="changed elsewhere"):
        tt.stop_timer(at(10), note="mine, done", expected=shown)
    assert snapshot() == before
    fresh = entry_rows.running_entry()
    assert tt.stop_timer(at(10), note="both", expected=fresh).note == "both"


def test_a_note_or_a_corrected_start_on_a_timer_stopped_elsewhere_is_refused(contracts):
    first, _ = contracts
    shown = tt.start_timer(first, at(9), "UTC", note="mine")
    tt.stop_timer(at(9, 45))  # elsewhere
    before = snapshot()
    with pytest.raises(DomainError, match="already stopped elsewhere"):
        tt.set_note(shown.id, "late note", expected=shown)
    with pytest.raises(DomainError, match="already stopped elsewhere"):
        tt.correct_start(shown.id, at(8, 30), now=at(10), expected=shown)
    assert snapshot() == before


def test_an_entry_edited_elsewhere_since_its_form_opened_is_not_overwritten(contracts):
    first, _ = contracts
    shown = tt.add_entry(tt.EntryData(first, at(8), at(9), note="draft"), now=at(12))
    tt.update_entry(shown.id, tt.EntryData(first, at(8), at(9, 30), note="theirs"), now=at(12))  # elsewhere
    before = snapshot()
    with pytest.raises(DomainError, match="entry was changed elsewhere"):
        tt.update_entry(shown.id, tt.EntryData(first, at(8), at(9), note="mine"), now=at(12), expected=shown)
    assert snapshot() == before
    tt.delete_entry(shown.id)  # deleted elsewhere: refused the same way, not a bare "no longer exists"
    with pytest.raises(DomainError, match="entry was changed elsewhere"):
        tt.update_entry(shown.id, tt.EntryData(first, at(8), at(9), note="mine"), now=at(12), expected=shown)


def test_start_refuses_when_the_running_timer_is_not_the_one_the_caller_shows(contracts):
    first, second = contracts
    theirs = tt.start_timer(first, at(9), "UTC")
    before = snapshot()
    with pytest.raises(DomainError, match="A timer on “Dashboard” was started elsewhere"):
        tt.start_timer(second, at(9, 30), "UTC", expected_running=None)
    assert snapshot() == before
    tt.stop_timer(at(9, 40))  # elsewhere
    with pytest.raises(DomainError, match="already stopped elsewhere"):
        tt.start_timer(second, at(9, 50), "UTC", expected_running=theirs.id)
    assert tt.start_timer(second, at(9, 50), "UTC", expected_running=None).running
