"""Undo commands on their own: pushed after the write, undone and redone on a real database, no page."""

from datetime import date, timedelta

import pytest
from PySide6.QtGui import QUndoStack

from freelance_desk.core.errors import DomainError
from freelance_desk.db.models import Client, Payment, Proposal, TimeEntry
from freelance_desk.services.clients import clients
from freelance_desk.services.io import moving_in
from freelance_desk.services.milestones import lifecycle as ms
from freelance_desk.services.money import payments
from freelance_desk.services.pipeline import gig_list, gigs, proposals
from freelance_desk.services.time import entry_rows
from freelance_desk.services.time import tracking as tt
from freelance_desk.ui.undo.clients import ArchiveClient, DeleteClient, UnarchiveClient
from freelance_desk.ui.undo.io import ImportHistory
from freelance_desk.ui.undo.milestones import DeleteMilestone
from freelance_desk.ui.undo.money import AddPayment, DeletePayment
from freelance_desk.ui.undo.pipeline import (
    AddProposal,
    ArchiveGig,
    DeleteGig,
    DeleteProposal,
    RefundConnects,
)
from freelance_desk.ui.undo.time import (
    AddTimeEntry,
    DeleteTimeEntry,
    EditTimeEntry,
    SplitTimeEntry,
)
from tests.ui.helpers import T0, add


@pytest.fixture
def stack(qapp):
    stack = QUndoStack()
    yield stack
    stack.clear()  # its commands go while Python holds them (see AppContext.close)


class Calls(list):
    """An ``after`` / ``failed`` callback that remembers what it was given."""

    def __call__(self, *args):
        self.append(args)


def entry_ids() -> list[int]:
    return [t.id for t in TimeEntry.select(TimeEntry.id).order_by(TimeEntry.id)]


def test_add_is_not_repeated_on_push_then_undone_and_redone(stack, contracts):
    entry = add(contracts[0], T0, 60)
    after = Calls()
    stack.push(AddTimeEntry("Add time entry", entry.id, after))
    assert entry_ids() == [entry.id] and after == [] and stack.undoText() == "Add time entry"
    stack.undo()
    assert entry_ids() == [] and after == [(entry.id,)]
    stack.redo()
    assert entry_ids() == [entry.id] and after == [(entry.id,), (entry.id,)]
    assert entry_rows.entry(entry.id).seconds() == 3600


def test_edit_goes_back_to_the_old_values_and_forward_to_the_new(stack, contracts):
    entry = add(contracts[0], T0, 60, note="Draft")
    old = tt.entry_data(entry)
    new = tt.entry_data(tt.update_entry(entry.id, tt.EntryData(contracts[0], T0, T0 + timedelta(hours=2),
                                                               note="Final"), T0 + timedelta(days=1)))
    after = Calls()
    stack.push(EditTimeEntry("Edit time entry", entry.id, old, new, lambda: T0 + timedelta(days=1), after))
    stack.undo()
    assert entry_rows.entry(entry.id).note == "Draft" and entry_rows.entry(entry.id).seconds() == 3600
    stack.redo()
    assert entry_rows.entry(entry.id).note == "Final" and entry_rows.entry(entry.id).seconds() == 7200
    assert after == [(entry.id,), (entry.id,)]


def test_split_is_joined_by_undo_and_split_again_by_redo(stack, contracts):
    entry = add(contracts[0], T0, 60)
    at = T0 + timedelta(minutes=20)
    first, second = tt.split_entry(entry.id, at, T0 + timedelta(days=1))
    after = Calls()
    stack.push(SplitTimeEntry("Split time entry", first.id, second.id, at, lambda: T0 + timedelta(days=1), after))
    stack.undo()
    assert entry_ids() == [entry.id] and entry_rows.entry(entry.id).seconds() == 3600
    stack.redo()
    again = [i for i in entry_ids() if i != entry.id]
    assert len(again) == 1 and entry_rows.entry(again[0]).start == at and entry_rows.entry(entry.id).seconds() == 20 * 60
    stack.undo()  # the second half made by the redo, not the first one, is joined back
    assert entry_ids() == [entry.id] and entry_rows.entry(entry.id).seconds() == 3600
    assert after == [(), (), ()]


def test_delete_selects_the_neighbour_asked_again_on_redo(stack, contracts):
    keep = add(contracts[0], T0 + timedelta(hours=3), 30)
    entry = add(contracts[0], T0, 60)
    snapshot = tt.delete_entry(entry.id)
    after, asked = Calls(), []
    stack.push(DeleteTimeEntry("Delete time entry", snapshot, keep.id,
                               lambda entry_id: asked.append(entry_id) or None, after))
    stack.undo()
    assert entry.id in entry_ids() and after == [(entry.id, keep.id)] and asked == []
    stack.redo()
    assert entry_ids() == [keep.id] and asked == [entry.id] and after[-1] == (entry.id, None)


def test_a_step_that_meets_changed_data_is_explained_and_still_reloads(stack, contracts):
    entry = add(contracts[0], T0, 60)
    snapshot = tt.delete_entry(entry.id)
    after, failed = Calls(), Calls()
    stack.push(DeleteTimeEntry("Delete time entry", snapshot, None, lambda entry_id: None, after, failed))
    again = add(contracts[0], T0 + timedelta(minutes=30), 60)  # its time logged again meanwhile
    stack.undo()
    assert len(failed) == 1 and isinstance(failed[0][0], DomainError) and after == [(entry.id, None)]
    assert entry_ids() == [again.id] and entry_rows.entry(again.id).start == T0 + timedelta(minutes=30)


def test_without_failed_the_error_is_raised(stack, contracts):
    entry = add(contracts[0], T0, 60)
    stack.push(AddTimeEntry("Add time entry", entry.id, Calls()))
    tt.delete_entry(entry.id)
    with pytest.raises(DomainError):
        stack.command(0).undo()


def test_an_import_is_removed_whole_and_written_again_with_the_same_ids(stack, contracts, tmp_path):
    path = tmp_path / "hours.csv"
    path.write_text("date,start,end,duration,contract,note,billable\n"
                    "2026-03-02,09:00,12:30,,Dashboard maintenance,Query tuning,yes\n"
                    "2026-03-03,22:00,,2h,Small business website,,no\n", encoding="utf-8")
    fmt, parsed = moving_in.read_source(path, "csv")
    imported = moving_in.import_parsed(fmt, parsed, moving_in.Choices(zone="UTC"), T0)
    ids = entry_ids()
    after, failed = Calls(), Calls()
    stack.push(ImportHistory("Import time entries (2)", imported, after, failed))
    assert len(ids) == 2 and after == []
    stack.undo()
    assert entry_ids() == [] and after == [()]
    stack.redo()
    assert entry_ids() == ids and after == [(), ()] and failed == []
    stack.undo()
    add(contracts[0], T0.replace(day=2, hour=10), 30)  # logged again meanwhile: the import cannot come back
    stack.redo()
    assert len(failed) == 1 and len(entry_ids()) == 1 and after == [(), (), (), ()]


def payment_ids() -> list[int]:
    return [p.id for p in Payment.select(Payment.id).order_by(Payment.id)]


def test_a_recorded_payment_is_deleted_by_undo_and_written_back_by_redo(stack, contracts):
    paid = payments.record_payment(payments.PaymentData(contracts[0], date(2026, 3, 5), 10000, 1000, "USD"), T0)
    after = Calls()
    stack.push(AddPayment("Record payment", paid.id, after))
    stack.undo()
    assert payment_ids() == [] and after == [()]
    stack.redo()
    assert payment_ids() == [paid.id] and payments.get_payment(paid.id).gross_minor == 10000
    assert after == [(), ()]


def test_a_deleted_payment_comes_back_on_undo_and_goes_again_on_redo(stack, contracts):
    paid = payments.record_payment(payments.PaymentData(contracts[0], date(2026, 3, 5), 10000, 1000, "USD"), T0)
    snapshot = payments.delete_listed_payment(paid.id)
    after = Calls()
    stack.push(DeletePayment("Delete payment", paid.id, snapshot, after))
    assert payment_ids() == []
    stack.undo()
    assert payment_ids() == [paid.id] and payments.get_payment(paid.id).fee_minor == 1000
    stack.redo()
    assert payment_ids() == [] and after == [(), ()]


def test_archive_and_unarchive_a_client_go_back_and_forth(stack, database):
    client = clients.create_client(clients.ClientData("Lagoon Labs"), now=T0)
    later = T0 + timedelta(days=2)
    clients.archive_client(client.id, T0)
    after = Calls()
    stack.push(ArchiveClient("Archive “Lagoon Labs”", client.id, lambda: later, after))
    stack.undo()
    assert clients.get_client(client.id).archived_at is None
    stack.redo()
    assert clients.get_client(client.id).archived_at == later  # archived as of the redo
    clients.unarchive_client(client.id)
    stack.push(UnarchiveClient("Unarchive “Lagoon Labs”", client.id, lambda: later, after))
    stack.undo()
    assert clients.get_client(client.id).archived_at == later
    stack.redo()
    assert clients.get_client(client.id).archived_at is None and after == [(), (), (), ()]


def test_a_deleted_client_comes_back_on_undo_and_goes_again_on_redo(stack, database):
    client = clients.create_client(clients.ClientData("Typo Client"), now=T0)
    snapshot = clients.delete_client(client.id)
    after = Calls()
    stack.push(DeleteClient("Delete “Typo Client”", client.id, snapshot, after))
    stack.undo()
    assert clients.get_client(client.id).name == "Typo Client"
    stack.redo()
    assert [c.id for c in Client.select()] == [] and after == [(), ()]


def test_a_deleted_milestone_comes_back_with_the_entries_linked_when_it_was_last_deleted(stack, contracts):
    fixed = contracts[1]
    (home,) = ms.milestones_of(fixed)
    first = add(fixed, T0, 60, milestone_id=home.id)
    snapshot = ms.delete_milestone(home.id)
    after = Calls()
    stack.push(DeleteMilestone("Delete milestone “Home page”", home.id, snapshot, after))
    assert entry_rows.entry(first.id).milestone_id is None
    stack.undo()
    assert [m.id for m in ms.milestones_of(fixed)] == [home.id] and entry_rows.entry(first.id).milestone_id == home.id
    second = add(fixed, T0 + timedelta(hours=2), 30, milestone_id=home.id)
    stack.redo()
    assert ms.milestones_of(fixed) == [] and entry_rows.entry(second.id).milestone_id is None
    stack.undo()
    assert entry_rows.entry(first.id).milestone_id == home.id and entry_rows.entry(second.id).milestone_id == home.id
    assert after == [(), (), ()]


def proposal_ids() -> list[int]:
    return [p.id for p in Proposal.select(Proposal.id).order_by(Proposal.id)]


def test_proposals_added_deleted_and_refunded_go_back_and_forth(stack, database):
    added = proposals.create_proposal(proposals.ProposalData("Landing page", date(2026, 3, 2), connects=16))
    after = Calls()
    stack.push(AddProposal("Add proposal", added.id, after))
    stack.undo()
    assert proposal_ids() == []
    stack.redo()
    assert proposal_ids() == [added.id] and proposals.get_proposal(added.id).connects == 16

    proposals.refund_connects(added.id, 10)
    stack.push(RefundConnects("Connects refunded", added.id, 0, 10, after))
    stack.undo()
    assert proposals.get_proposal(added.id).connects_refunded == 0
    stack.redo()
    assert proposals.get_proposal(added.id).connects_refunded == 10

    snapshot = proposals.delete_proposal(added.id)
    stack.push(DeleteProposal("Delete proposal", added.id, snapshot, after))
    stack.undo()
    assert proposal_ids() == [added.id] and proposals.get_proposal(added.id).connects_refunded == 10
    stack.redo()
    assert proposal_ids() == [] and len(after) == 6


def test_gigs_archived_unarchived_and_deleted_go_back_and_forth(stack, database):
    gig = gigs.create_template(gigs.TemplateData("Logo in 2 days", 5000, delivery_days=2))
    after = Calls()
    gigs.set_archived(gig.id, True)
    stack.push(ArchiveGig("Archive gig", gig.id, True, after))
    stack.undo()
    assert not gigs.get_template(gig.id).archived
    stack.redo()
    assert gigs.get_template(gig.id).archived
    gigs.set_archived(gig.id, False)
    stack.push(ArchiveGig("Unarchive gig", gig.id, False, after))
    stack.undo()
    assert gigs.get_template(gig.id).archived
    stack.redo()
    assert not gigs.get_template(gig.id).archived

    snapshot = gigs.delete_template(gig.id)
    stack.push(DeleteGig("Delete gig", gig.id, snapshot, after))
    stack.undo()
    assert gigs.get_template(gig.id).title == "Logo in 2 days"
    stack.redo()
    assert not gig_list.any_templates() and len(after) == 6
