"""Proposals: rules at the field, refunds, hired → contract, and the figures (win rate, cost per win, answer time)."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from freelance_desk.core.errors import DomainError, ValidationError
from freelance_desk.db.models import Client, Platform, Proposal
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.clients.listing import DIRECT_ID
from freelance_desk.services.contracts.contracts import ContractData, create_contract
from freelance_desk.services.pipeline.proposal_list import list_proposals
from freelance_desk.services.pipeline.proposal_stats import proposal_figures
from freelance_desk.services.pipeline.proposals import (
    ProposalData,
    client_for_hire,
    contract_prefill,
    create_proposal,
    delete_proposal,
    mark_hired,
    proposal_data,
    refund_connects,
    restore_proposal,
    update_proposal,
)


def platform_id(name):
    return Platform.get(Platform.name == name).id


def proposal(sent_on=date(2026, 3, 2), **kw):
    kw.setdefault("platform_id", platform_id("Upwork"))
    return ProposalData(kw.pop("job_title", "Shopify theme fixes"), sent_on, **kw)


def refused(data, field):
    with pytest.raises(ValidationError) as err:
        create_proposal(data)
    assert err.value.field == field
    assert Proposal.select().count() == 0


def test_connect_price_comes_from_the_platform_when_sent(database, now):
    p = create_proposal(proposal(connects=16, bid_minor=25000), now=now)
    assert (p.connect_price_minor, p.connect_currency) == (15, "USD")
    # A later price change does not rewrite what the proposal cost.
    Platform.update(connect_price_minor=20).where(Platform.name == "Upwork").execute()
    row = list_proposals()[0]
    assert row.connects_cost_minor == 16 * 15


@pytest.mark.parametrize(
    "changes, field",
    [
        (dict(job_title="  "), "job_title"),
        (dict(sent_on=None), "sent_on"),
        (dict(connects=-1), "connects"),
        (dict(connects=4, connects_refunded=5), "connects_refunded"),
        (dict(bid_minor=0), "bid"),
        (dict(currency="XYZ"), "currency"),
        (dict(status="lost"), "status"),
        (dict(status="hired"), "status"),  # only through the hire flow
        (dict(status="declined", answered_on=date(2026, 3, 1)), "answered_on"),
        (dict(platform_id=999), "platform"),
    ],
)
def test_bad_input_is_refused_at_the_field(database, changes, field):
    values = dict(sent_on=date(2026, 3, 2), connects=8)
    values.update(changes)
    refused(proposal(**values), field)


def test_answer_date_is_dropped_while_no_answer_came(database):
    p = create_proposal(proposal(status="sent", answered_on=date(2026, 3, 5)))
    assert p.answered_on is None


def test_refund_is_recorded_and_limited_to_what_was_spent(database):
    p = create_proposal(proposal(connects=12))
    assert refund_connects(p.id, 12).connects_refunded == 12
    with pytest.raises(ValidationError):
        refund_connects(p.id, 13)
    assert Proposal.get_by_id(p.id).connects_refunded == 12


def test_delete_and_undo_restore_the_same_proposal(database):
    p = create_proposal(proposal(connects=8, notes="boosted"))
    snapshot = delete_proposal(p.id)
    assert list_proposals() == []
    restore_proposal(snapshot)
    assert [r.notes for r in list_proposals()] == ["boosted"]


def test_list_filters_by_platform_status_period_and_search(database):
    create_proposal(proposal(job_title="WordPress speed", sent_on=date(2026, 1, 10)))
    create_proposal(proposal(job_title="React dashboard", sent_on=date(2026, 2, 10), status="declined",
                             answered_on=date(2026, 2, 12)))
    create_proposal(proposal(job_title="Café website", sent_on=date(2026, 2, 20), platform_id=None,
                             client_name="Kopi Kenangan"))
    titles = lambda **kw: [r.job_title for r in list_proposals(**kw)]  # noqa: E731
    assert titles() == ["Café website", "React dashboard", "WordPress speed"]  # newest first
    assert titles(platform_id=DIRECT_ID) == ["Café website"]  # direct: sent without a platform
    assert titles(platform_id=platform_id("Upwork")) == ["React dashboard", "WordPress speed"]
    assert titles(status="declined") == ["React dashboard"]
    assert titles(start=date(2026, 2, 1), end=date(2026, 2, 15)) == ["React dashboard"]
    assert titles(search="kenangan") == ["Café website"]


def test_hire_creates_the_client_from_free_text_and_links_the_contract(database, now):
    p = create_proposal(proposal(client_name="Oakridge Dental", bid_minor=120000, currency="USD"))
    client_id = client_for_hire(p.id, now=now)
    client = Client.get_by_id(client_id)
    assert client.name == "Oakridge Dental" and client.platform_id == platform_id("Upwork")
    assert client_for_hire(p.id, now=now) == client_id  # asked twice, created once
    prefill = contract_prefill(p.id, date(2026, 3, 9))
    assert (prefill.client_id, prefill.title, prefill.budget_minor, prefill.platform_id) == (
        client_id, "Shopify theme fixes", 120000, platform_id("Upwork"))
    contract = create_contract(prefill, now=now)
    hired = mark_hired(p.id, contract.id, date(2026, 3, 9))
    assert (hired.status, hired.contract_id, hired.answered_on) == ("hired", contract.id, date(2026, 3, 9))
    # Once a contract, it stays hired.
    data = proposal_data(hired)
    data.status = "declined"
    with pytest.raises(ValidationError):
        update_proposal(p.id, data)


def test_hire_without_any_client_name_leaves_the_choice_to_the_form(database, now):
    p = create_proposal(proposal())
    assert client_for_hire(p.id, now=now) is None
    client = create_client(ClientData("Lena Fischer"), now=now)
    contract = create_contract(ContractData(client.id, "Logo", budget_minor=5000), now=now)
    hired = mark_hired(p.id, contract.id, date(2026, 3, 9))
    assert (hired.client_id, hired.client_name) == (client.id, "Lena Fischer")
    other = create_contract(ContractData(client.id, "Other", budget_minor=5000), now=now)
    with pytest.raises(DomainError):
        mark_hired(p.id, other.id, date(2026, 3, 9))


@pytest.fixture
def history(database, now):
    """Ten Upwork proposals in March (2 hired, 1 fully refunded) and two direct pitches."""
    client = create_client(ClientData("Northwind Studio"), now=now)
    upwork, direct = platform_id("Upwork"), None
    for i in range(10):
        sent = date(2026, 3, 1) + timedelta(days=i)
        p = create_proposal(
            proposal(sent_on=sent, connects=16, connects_refunded=16 if i == 9 else 0,
                     status="declined" if i < 4 else "sent",
                     answered_on=sent + timedelta(days=i + 1) if i < 4 else None, platform_id=upwork),
            now=now,
        )
        if i in (4, 5):
            contract = create_contract(ContractData(client.id, f"Job {i}", budget_minor=10000), now=now)
            mark_hired(p.id, contract.id, sent + timedelta(days=2))
    create_proposal(proposal(sent_on=date(2026, 2, 27), platform_id=direct, status="declined",
                             answered_on=date(2026, 3, 6)))
    create_proposal(proposal(sent_on=date(2026, 3, 20), platform_id=direct))


def test_win_rate_and_cost_per_win(history):
    f = proposal_figures(date(2026, 3, 1), date(2026, 3, 31))
    upwork = next(p for p in f.by_platform if p.platform == "Upwork")
    assert (upwork.sent, upwork.hired) == (10, 2)
    assert upwork.win_rate_bps == 2000  # 20 %
    # 9 proposals × 16 connects count (one was refunded), over 2 wins.
    assert upwork.connects == 144
    assert upwork.connects_per_win == Decimal("72.0")
    assert upwork.connect_costs == {"USD": 144 * 15}
    assert upwork.cost_per_win == {"USD": 1080}  # $10.80 a contract
    direct = next(p for p in f.by_platform if p.platform == "")  # no platform
    assert (direct.sent, direct.hired, direct.win_rate_bps, direct.cost_per_win) == (1, 0, 0, {})
    assert (f.total.sent, f.total.hired, f.total.win_rate_bps) == (11, 2, 1818)


def test_average_time_to_an_answer(history):
    f = proposal_figures(date(2026, 3, 1), date(2026, 3, 31), platform_id=platform_id("Upwork"))
    # Declined after 1, 2, 3, 4 days; hired after 2 and 2 days → 14 / 6.
    assert f.total.answered == 6
    assert f.total.avg_answer_days == Decimal("2.3")


def test_proposals_sent_per_month_include_empty_months(history):
    f = proposal_figures(date(2026, 1, 1), date(2026, 3, 31))
    assert [(m.month, m.sent, m.hired) for m in f.per_month] == [
        (date(2026, 1, 1), 0, 0), (date(2026, 2, 1), 1, 0), (date(2026, 3, 1), 11, 2)]


def test_figures_with_nothing_sent_have_no_rates(database):
    f = proposal_figures(date(2026, 1, 1), date(2026, 1, 31))
    assert f.total.sent == 0
    assert f.total.win_rate_bps is None and f.total.avg_answer_days is None and f.total.connects_per_win is None
    assert f.per_month == [] and f.by_platform == []
