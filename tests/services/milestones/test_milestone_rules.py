"""Milestone lifecycle: every legal and illegal move, the warning, payment in one transaction."""

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest

from freelance_desk.core.errors import DomainError, NotFound, ValidationError
from freelance_desk.core.vocabulary import MILESTONE_STATUS_LABELS, MilestoneStatus
from freelance_desk.db.models import Milestone, Payment, Platform, TimeEntry
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import (
    ContractData,
    MilestoneData,
    create_contract,
)
from freelance_desk.services.milestones import lifecycle as ms
from freelance_desk.services.milestones.queries import contract_milestones

STATUSES = ("planned", "active", "submitted", "changes_requested", "approved", "paid", "cancelled")
# How to bring a fresh (planned) milestone to each status.
PATHS = {
    "planned": [],
    "active": ["start"],
    "submitted": ["start", "submit"],
    "changes_requested": ["start", "submit", "request_changes"],
    "approved": ["start", "submit", "approve"],
    "paid": ["start", "submit", "approve", "pay"],
    "cancelled": ["cancel"],
}
# The lifecycle as a freelancer knows it: action → {from: to}.
LEGAL = {
    "start": {"planned": "active"},
    "submit": {"active": "submitted", "changes_requested": "submitted"},
    "request_changes": {"submitted": "changes_requested"},
    "approve": {"submitted": "approved"},
    "cancel": {s: "cancelled" for s in ("planned", "active", "submitted", "changes_requested")},
}
STAMPS = {
    "start": "funded_at",
    "submit": "submitted_at",
    "request_changes": "changes_requested_at",
    "approve": "approved_at",
    "cancel": "cancelled_at",
}
READABLE = {
    "planned": "planned",
    "active": "active (funded)",
    "submitted": "submitted",
    "changes_requested": "changes requested",
    "approved": "approved",
    "paid": "paid",
    "cancelled": "cancelled",
}


def platform_id(name):
    return Platform.get(Platform.name == name).id


def make_contract(now, platform: str | None = "Upwork", currency="USD", titles=("Home page", "About page", "Contact page")):
    """A fixed-price website for a client on ``platform`` (None: a direct client)."""
    client = create_client(
        ClientData(f"{platform or 'Direct'} client", platform_id=platform and platform_id(platform), currency=currency),
        now=now,
    )
    amounts = [10000, 7500, 5000, 7500]
    return create_contract(
        ContractData(client.id, "Website", currency=currency, budget_minor=30000, start_date=date(2026, 3, 1)),
        [MilestoneData(t, amounts[i], date(2026, 3, 8 + 7 * i)) for i, t in enumerate(titles)],
        now=now,
    )


def bring_to(mid, status, now, today):
    for action in PATHS[status]:
        if action == "pay":
            ms.mark_paid(mid, today, now=now)
        else:
            ms.transition(mid, action, now=now)
    assert ms.get_milestone(mid).status == status


@pytest.fixture
def contract(database, now):
    return make_contract(now)


@pytest.fixture
def first(contract):
    return ms.milestones_of(contract.id)[0]


CASES = [(action, status) for action in LEGAL for status in STATUSES]


@pytest.mark.parametrize(("action", "status"), [c for c in CASES if c[1] in LEGAL[c[0]]])
def test_legal_transition(first, now, today, action, status):
    bring_to(first.id, status, now, today)
    later = now + timedelta(hours=3)
    ms.transition(first.id, action, now=later)
    saved = ms.get_milestone(first.id)
    assert saved.status == LEGAL[action][status]
    assert getattr(saved, STAMPS[action]) == later


@pytest.mark.parametrize(("action", "status"), [c for c in CASES if c[1] not in LEGAL[c[0]]])
def test_illegal_transition_is_refused_with_a_readable_message(first, now, today, action, status):
    bring_to(first.id, status, now, today)
    before = Milestone.select().where(Milestone.id == first.id).dicts().get()
    with pytest.raises(DomainError) as err:
        ms.transition(first.id, action, now=now + timedelta(hours=3))
    text = err.value.text()
    assert READABLE[status] in text
    assert "{" not in text
    assert Milestone.select().where(Milestone.id == first.id).dicts().get() == before


def test_allowed_actions_match_the_lifecycle():
    for status in STATUSES:
        expected = {a for a, moves in LEGAL.items() if status in moves} | ({"pay"} if status == "approved" else set())
        assert set(ms.allowed_actions(status)) == expected


def test_pay_goes_through_mark_paid(first, now, today):
    bring_to(first.id, "approved", now, today)
    with pytest.raises(DomainError, match="Mark paid"):
        ms.transition(first.id, "pay", now=now)
    assert ms.get_milestone(first.id).status == "approved"


def test_unknown_action_and_missing_milestone(first, now):
    with pytest.raises(DomainError, match="Unknown action"):
        ms.transition(first.id, "celebrate", now=now)
    with pytest.raises(NotFound):
        ms.transition(9999, "start", now=now)


# --- starting out of order -----------------------------------------------------------


def test_starting_before_the_previous_is_approved_warns_but_starts(contract, now, today):
    home, about, contact = ms.milestones_of(contract.id)
    bring_to(home.id, "submitted", now, today)
    m, warning = ms.start(about.id, now=now)
    assert m.status == "active"
    assert ms.get_milestone(about.id).status == "active"
    assert warning is not None
    assert "“Home page” is not approved yet" in warning.text()


def test_warning_names_the_nearest_unapproved_earlier_milestone(contract, now):
    _home, _about, contact = ms.milestones_of(contract.id)
    _m, warning = ms.start(contact.id, now=now)
    assert "“About page”" in warning.text()


def test_no_warning_when_earlier_ones_are_approved_paid_or_cancelled(contract, now, today):
    home, about, contact = ms.milestones_of(contract.id)
    assert ms.start(home.id, now=now)[1] is None  # the first one
    bring_to(about.id, "cancelled", now, today)
    ms.transition(home.id, "submit", now=now)
    ms.transition(home.id, "approve", now=now)
    assert ms.start(contact.id, now=now)[1] is None


def test_start_of_a_started_milestone_is_refused_not_warned(contract, now):
    home = ms.milestones_of(contract.id)[0]
    ms.start(home.id, now=now)
    with pytest.raises(DomainError, match="active"):
        ms.start(home.id, now=now)


# --- auto release ----------------------------------------------------------------


def auto_release(contract, today):
    """The auto-release day shown on the contract's first milestone."""
    return contract_milestones(contract.id, today)[0].auto_release


@pytest.mark.parametrize(("platform", "days"), [("Upwork", 14), ("Fiverr", 3)])
def test_submitted_work_auto_releases_after_the_platforms_review_days(database, now, today, platform, days):
    contract = make_contract(now, platform)
    m = ms.milestones_of(contract.id)[0]
    assert auto_release(contract, today) is None  # planned
    bring_to(m.id, "submitted", now, today)
    assert auto_release(contract, today) == now.date() + timedelta(days=days)
    ms.transition(m.id, "approve", now=now)
    assert auto_release(contract, today) is None


def test_direct_clients_have_no_auto_release(database, now, today):
    contract = make_contract(now, None)
    m = ms.milestones_of(contract.id)[0]
    bring_to(m.id, "submitted", now, today)
    assert auto_release(contract, today) is None


# --- mark paid -----------------------------------------------------------------------


def test_mark_paid_records_gross_fee_and_net(first, now, today):
    bring_to(first.id, "approved", now, today)
    proposal = ms.proposed_payment(first.id)
    assert (proposal.gross_minor, proposal.fee_minor, proposal.net_minor, proposal.fee_bps) == (10000, 1000, 9000, 1000)
    payment = ms.mark_paid(first.id, today, now=now)
    saved = Payment.get_by_id(payment.id)
    assert (saved.gross_minor, saved.fee_minor, saved.net_minor, saved.currency) == (10000, 1000, 9000, "USD")
    assert (saved.gross_home_minor, saved.fee_home_minor, saved.net_home_minor) == (10000, 1000, 9000)
    assert (saved.kind, saved.milestone_id, saved.received_on) == ("milestone", first.id, today)
    assert saved.note == "Home page"
    m = ms.get_milestone(first.id)
    assert (m.status, m.paid_at) == ("paid", now)


def test_mark_paid_with_what_actually_arrived(first, now, today):
    bring_to(first.id, "approved", now, today)
    payment = ms.mark_paid(first.id, today, gross_minor=9500, fee_minor=950, now=now)
    assert (payment.gross_minor, payment.fee_minor, payment.net_minor) == (9500, 950, 8550)


def test_mark_paid_in_rupiah_converts_at_the_given_rate(database, now, today):
    contract = make_contract(now, None, "IDR", titles=("Design",))
    m = ms.milestones_of(contract.id)[0]
    Milestone.update(amount_minor=4_500_000).where(Milestone.id == m.id).execute()
    bring_to(m.id, "approved", now, today)
    payment = ms.mark_paid(m.id, today, rate=Decimal("0.0000630"), now=now)
    saved = Payment.get_by_id(payment.id)
    assert (saved.gross_minor, saved.fee_minor, saved.currency) == (4_500_000, 0, "IDR")
    assert (saved.gross_home_minor, saved.home_currency, saved.rate) == (28350, "USD", Decimal("0.0000630"))


def test_a_failure_while_recording_the_payment_leaves_the_milestone_approved(first, now, today, monkeypatch):
    bring_to(first.id, "approved", now, today)
    real = ms.record_payment

    def write_then_fail(*args, **kwargs):
        real(*args, **kwargs)  # the payment row is written...
        raise RuntimeError("disk full")  # ...and then something breaks

    monkeypatch.setattr(ms, "record_payment", write_then_fail)
    with pytest.raises(RuntimeError):
        ms.mark_paid(first.id, today, now=now)
    m = ms.get_milestone(first.id)
    assert (m.status, m.paid_at) == ("approved", None)
    assert Payment.select().count() == 0


def test_a_refused_payment_leaves_the_milestone_approved(first, now, today):
    bring_to(first.id, "approved", now, today)
    with pytest.raises(ValidationError) as err:
        ms.mark_paid(first.id, today, gross_minor=1000, fee_minor=2000, now=now)
    assert err.value.field == "fee"
    assert ms.get_milestone(first.id).status == "approved"
    assert Payment.select().count() == 0


@pytest.mark.parametrize("status", ["planned", "active", "submitted", "changes_requested", "paid", "cancelled"])
def test_mark_paid_on_a_milestone_that_is_not_approved_writes_nothing(first, now, today, status):
    bring_to(first.id, status, now, today)
    payments_before = Payment.select().count()
    with pytest.raises(DomainError, match=re.escape(READABLE[status])):
        ms.mark_paid(first.id, today, now=now)
    assert ms.get_milestone(first.id).status == status
    assert Payment.select().count() == payments_before


# --- order, edit, delete ------------------------------------------------------------


def titles(contract_id):
    return [m.title for m in ms.milestones_of(contract_id)]


def test_move_milestone(contract):
    home, about, contact = ms.milestones_of(contract.id)
    ms.move_milestone(contact.id, -1)
    assert titles(contract.id) == ["Home page", "Contact page", "About page"]
    ms.move_milestone(home.id, +1)
    assert titles(contract.id) == ["Contact page", "Home page", "About page"]
    ms.move_milestone(contact.id, -1)  # already first: stays
    assert titles(contract.id) == ["Contact page", "Home page", "About page"]
    assert [m.position for m in ms.milestones_of(contract.id)] == [0, 1, 2]


def test_set_order(contract):
    home, about, contact = ms.milestones_of(contract.id)
    ms.set_order(contract.id, [about.id, contact.id, home.id])
    assert titles(contract.id) == ["About page", "Contact page", "Home page"]


def test_set_order_with_a_stale_list_is_refused(contract):
    home, about, _contact = ms.milestones_of(contract.id)
    with pytest.raises(DomainError, match="reload"):
        ms.set_order(contract.id, [about.id, home.id])
    assert titles(contract.id) == ["Home page", "About page", "Contact page"]


def test_added_milestone_goes_last(contract, now):
    m = ms.add_milestone(contract.id, MilestoneData("Blog page", 7500, date(2026, 3, 29)), now=now)
    assert (m.position, titles(contract.id)[-1]) == (3, "Blog page")


def test_add_milestone_validates_at_the_field(contract):
    with pytest.raises(ValidationError) as err:
        ms.add_milestone(contract.id, MilestoneData("Early", 1000, date(2026, 2, 1)))
    assert err.value.field == "due_date"


def test_update_milestone(first):
    ms.update_milestone(first.id, MilestoneData("Home page v2", 12000, date(2026, 3, 9), "with hero image"))
    m = ms.get_milestone(first.id)
    assert (m.title, m.amount_minor, m.due_date, m.description) == (
        "Home page v2", 12000, date(2026, 3, 9), "with hero image"
    )


def test_paid_milestone_amount_cannot_change(first, now, today):
    bring_to(first.id, "paid", now, today)
    with pytest.raises(ValidationError, match="paid milestone's amount"):
        ms.update_milestone(first.id, MilestoneData("Home page", 5000, date(2026, 3, 8)))
    assert ms.get_milestone(first.id).amount_minor == 10000
    ms.update_milestone(first.id, MilestoneData("Home page (done)", 10000, date(2026, 3, 8)))
    assert ms.get_milestone(first.id).title == "Home page (done)"


def test_paid_milestone_cannot_be_deleted(first, now, today):
    bring_to(first.id, "paid", now, today)
    with pytest.raises(DomainError, match="paid milestone cannot be deleted"):
        ms.delete_milestone(first.id)
    assert ms.get_milestone(first.id).status == "paid"
    assert Payment.select().count() == 1


def test_delete_and_restore_puts_the_milestone_back_identically(contract, now, today):
    home, about, _contact = ms.milestones_of(contract.id)
    bring_to(about.id, "submitted", now, today)
    entry = TimeEntry.create(
        contract=contract.id, milestone=about.id, start=now - timedelta(hours=2), end=now, timezone="UTC"
    )
    before = Milestone.select().where(Milestone.id == about.id).dicts().get()
    snapshot = ms.delete_milestone(about.id)
    assert titles(contract.id) == ["Home page", "Contact page"]
    assert TimeEntry.get_by_id(entry.id).milestone_id is None
    ms.restore_milestone(snapshot)
    assert Milestone.select().where(Milestone.id == about.id).dicts().get() == before
    assert titles(contract.id) == ["Home page", "About page", "Contact page"]
    assert TimeEntry.get_by_id(entry.id).milestone_id == about.id  # its hours are linked again


def test_the_status_in_a_refusal_is_translated_with_the_message(first, now, today):
    bring_to(first.id, "approved", now, today)
    with pytest.raises(DomainError) as err:
        ms.transition(first.id, "start", now=now)
    indonesian = {
        ms.ILLEGAL["start"]: "Hanya milestone yang direncanakan dapat dimulai; yang ini {status}.",
        MILESTONE_STATUS_LABELS[MilestoneStatus.APPROVED]: "Disetujui",
    }
    text = err.value.text(lambda t: indonesian.get(t, t))
    assert text == "Hanya milestone yang direncanakan dapat dimulai; yang ini disetujui."
