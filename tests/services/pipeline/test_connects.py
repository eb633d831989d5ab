"""Connects held: starting balance, monthly free connects, purchases, spending, refunds; the price paid per connect."""

from datetime import UTC, date, datetime

import pytest

from freelance_desk.core.errors import ValidationError
from freelance_desk.db.models import ConnectsGrant, ConnectsPurchase, Platform
from freelance_desk.services.pipeline import connects
from freelance_desk.services.pipeline.proposal_stats import proposal_figures
from freelance_desk.services.pipeline.proposals import ProposalData, create_proposal, refund_connects

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
TODAY = date(2026, 3, 10)


@pytest.fixture
def upwork(database):
    return Platform.get(Platform.name == "Upwork").id


def send(platform, day, count, title="Job", **kw):
    return create_proposal(ProposalData(title, day, platform_id=platform, connects=count, **kw), now=NOW).id


def test_the_balance_is_opening_plus_free_plus_bought_less_spent_plus_refunded(upwork):
    connects.set_opening(upwork, 40, date(2026, 1, 5), NOW, TODAY)
    connects.set_monthly(upwork, 10, date(2026, 2, 1), NOW, TODAY)  # 1 Feb and 1 Mar
    connects.buy(upwork, 80, 1200, "USD", date(2026, 2, 20), today=TODAY)
    send(upwork, date(2026, 1, 10), 16)
    refunded = send(upwork, date(2026, 2, 3), 12)
    refund_connects(refunded, 12)
    send(upwork, date(2026, 3, 2), 8)
    send(upwork, date(2026, 1, 2), 30)  # before the starting balance: already in it
    b = connects.balance(upwork, TODAY)
    assert (b.opening, b.free, b.bought, b.spent, b.refunded) == (40, 20, 80, 36, 12)
    assert b.held == 40 + 20 + 80 - 36 + 12 == 116
    assert (b.monthly, b.monthly_from) == (10, date(2026, 2, 1))
    assert connects.balance(upwork, date(2026, 1, 31)).held == 40 - 16
    assert connects.balance(upwork, date(2026, 2, 1)).held == 40 - 16 + 10


def test_a_new_monthly_amount_replaces_the_old_from_its_month_only(upwork):
    connects.set_opening(upwork, 0, date(2026, 1, 1), NOW, TODAY)
    connects.set_monthly(upwork, 10, date(2026, 1, 15), NOW, TODAY)  # from January (its 1st)
    connects.set_monthly(upwork, 0, date(2026, 3, 1), NOW, TODAY)  # none from March
    assert connects.balance(upwork, TODAY).free == 20
    assert [m.day for m in connects.movements(upwork, TODAY) if m.kind == "monthly"] == [
        date(2026, 2, 1), date(2026, 1, 1)]


def test_without_a_starting_balance_everything_counts_and_the_balance_may_go_below_zero(upwork):
    send(upwork, date(2026, 2, 1), 16)
    assert connects.balance(upwork, TODAY).held == -16
    assert connects.balance_after(upwork, 10, 0, TODAY) == (-16, -26)


def test_balance_after_leaves_out_the_proposal_being_edited_and_direct_work_has_none(upwork):
    connects.set_opening(upwork, 20, date(2026, 3, 1), NOW, TODAY)
    edited = send(upwork, date(2026, 3, 2), 6)
    assert connects.balance_after(upwork, 16, 0, TODAY) == (14, -2)
    assert connects.balance_after(upwork, 16, 0, TODAY, proposal_id=edited) == (20, 4)
    assert connects.balance_after(None, 16, 0, TODAY) is None


def test_undoing_a_starting_balance_puts_the_old_one_back(upwork):
    connects.set_opening(upwork, 40, date(2026, 1, 1), NOW, TODAY)
    before, after = connects.set_opening(upwork, 58, date(2026, 3, 1), NOW, TODAY)
    assert connects.balance(upwork, TODAY).held == 58
    connects.put_grants(upwork, "opening", before)
    assert connects.balance(upwork, TODAY).held == 40
    connects.put_grants(upwork, "opening", after)
    assert ConnectsGrant.select().count() == 1


def test_a_purchase_is_checked_and_can_be_taken_back(upwork):
    with pytest.raises(ValidationError) as err:
        connects.buy(upwork, 0, 1200, "USD", TODAY, today=TODAY)
    assert err.value.field == "connects"
    with pytest.raises(ValidationError) as err:
        connects.buy(upwork, 80, 0, "USD", TODAY, today=TODAY)
    assert err.value.field == "cost"
    bought = connects.buy(upwork, 80, 1200, "USD", TODAY, today=TODAY)
    snapshot = connects.delete_purchase(bought)
    assert ConnectsPurchase.select().count() == 0
    connects.restore_purchase(snapshot)
    assert connects.balance(upwork, TODAY).bought == 80


def test_a_correction_adds_or_takes_away(upwork):
    connects.set_opening(upwork, 10, date(2026, 3, 1), NOW, TODAY)
    gid = connects.grant(upwork, -4, TODAY, "Counted wrong", NOW, TODAY)
    assert connects.balance(upwork, TODAY).held == 6
    connects.delete_grant(gid)
    assert connects.balance(upwork, TODAY).held == 10


def test_the_cost_of_a_win_uses_what_purchases_paid_per_connect(upwork):
    won = send(upwork, date(2026, 3, 2), 20, status="sent", connect_price_minor=15)
    figures = proposal_figures(date(2026, 3, 1), TODAY)
    assert figures.total.connect_costs == {"USD": 300}  # 20 × the noted $0.15
    assert not figures.total.paid
    connects.buy(upwork, 80, 1200, "USD", date(2026, 2, 1), today=TODAY)  # $0.15 each
    connects.buy(upwork, 40, 1200, "USD", date(2026, 2, 15), today=TODAY)  # $0.30 each: $0.20 on average
    figures = proposal_figures(date(2026, 3, 1), TODAY)
    assert figures.total.connect_costs == {"USD": 400}
    assert figures.total.paid
    assert won


def test_the_movements_listed_add_up_to_the_balance_from_a_starting_balance_mid_month(upwork):
    connects.set_monthly(upwork, 10, date(2025, 11, 1), NOW, TODAY)
    connects.set_opening(upwork, 30, date(2026, 1, 15), NOW, TODAY)  # December's and January's free ones are in it
    send(upwork, date(2026, 1, 10), 16)  # before the starting balance: already in it
    send(upwork, date(2026, 2, 3), 8)
    listed = connects.movements(upwork, TODAY)
    assert [m.day for m in listed if m.kind == "monthly"] == [
        date(2026, m, 1) for m in range(TODAY.month, 1, -1)]
    assert sum(m.connects for m in listed) == connects.balance(upwork, TODAY).held
