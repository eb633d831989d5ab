"""Lifecycle steps undone and redone: the milestone back as it was, the payment with it, a refusal when it moved on."""

from datetime import timedelta

import pytest

from freelance_desk.core.errors import DomainError
from freelance_desk.db.models import Payment
from freelance_desk.services.milestones import lifecycle as ms
from tests.services.milestones.test_milestone_rules import LEGAL, STAMPS, bring_to, make_contract


@pytest.fixture
def first(database, now):
    return ms.milestones_of(make_contract(now).id)[0]


def state(mid):
    m = ms.get_milestone(mid)
    return m.status, {field: getattr(m, field) for field in (*STAMPS.values(), "paid_at")}


STEPS = [(action, source) for action, moves in LEGAL.items() for source in moves]


@pytest.mark.parametrize("action, source", STEPS)
def test_every_step_undoes_to_the_state_before_and_redoes_at_its_moment(first, now, today, action, source):
    bring_to(first.id, source, now, today)
    before = state(first.id)
    later = now + timedelta(hours=5)
    step = ms.take_step(first.id, action, now=later)
    assert (step.before, step.after, step.title) == (source, LEGAL[action][source], "Home page")
    done = state(first.id)
    assert done[1][STAMPS[action]] == later
    undone = ms.undo_step(step)
    assert state(first.id) == before
    ms.redo_step(undone)
    assert state(first.id) == done


def test_undoing_a_second_submission_keeps_the_first_submission_time(first, now, today):
    bring_to(first.id, "changes_requested", now, today)
    step = ms.take_step(first.id, "submit", now=now + timedelta(days=2))
    ms.undo_step(step)
    assert ms.get_milestone(first.id).submitted_at == now  # when it was first submitted, as before


def test_mark_paid_undone_removes_its_payment_and_redone_brings_the_same_one_back(first, now, today):
    bring_to(first.id, "approved", now, today)
    step = ms.pay_step(first.id, today, fee_minor=1000, now=now)
    payment = Payment.get_by_id(step.payment_id)
    assert (payment.gross_minor, payment.fee_minor, ms.get_milestone(first.id).status) == (10000, 1000, "paid")
    undone = ms.undo_step(step)
    assert ms.get_milestone(first.id).status == "approved" and ms.get_milestone(first.id).paid_at is None
    assert not Payment.select().where(Payment.milestone == first.id).exists()
    ms.redo_step(undone)
    again = Payment.get_by_id(step.payment_id)
    assert (again.gross_minor, again.fee_minor, ms.get_milestone(first.id).status) == (10000, 1000, "paid")


def test_a_step_is_not_undone_once_the_milestone_moved_on(first, now, today):
    bring_to(first.id, "active", now, today)
    step = ms.take_step(first.id, "submit", now=now)
    ms.transition(first.id, "approve", now=now)
    with pytest.raises(DomainError) as refused:
        ms.undo_step(step)
    assert refused.value.text() == (
        "“Home page” is approved now: it changed after this step, which can no longer be undone or redone."
    )
    assert ms.get_milestone(first.id).status == "approved"


def test_mark_paid_is_not_undone_once_its_payment_was_deleted(first, now, today):
    bring_to(first.id, "approved", now, today)
    step = ms.pay_step(first.id, today, now=now)
    Payment.delete_by_id(step.payment_id)
    with pytest.raises(DomainError):
        ms.undo_step(step)
    assert ms.get_milestone(first.id).status == "paid"


def test_pay_is_a_step_of_its_own(first, now, today):
    bring_to(first.id, "approved", now, today)
    with pytest.raises(DomainError):
        ms.take_step(first.id, "pay", now=now)
    assert ms.get_milestone(first.id).status == "approved"
