"""Gigs: the milestone split (typed, stored, validated), exact rounding, and an order becoming a contract."""

from datetime import date

import pytest

from freelance_desk.core.errors import ValidationError
from freelance_desk.core.money import COMMA
from freelance_desk.db.models import Contract, Milestone, Platform, ServiceTemplate
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, create_contract
from freelance_desk.services.pipeline import workload
from freelance_desk.services.pipeline.gig_list import list_templates
from freelance_desk.services.pipeline.gigs import (
    TemplateData,
    create_order,
    create_template,
    delete_template,
    order_plan,
    restore_template,
    set_archived,
    template_data,
    update_template,
)
from freelance_desk.services.pipeline.milestone_split import (
    SplitPart,
    load_split,
    parse_split,
    split_amounts,
    split_text,
)
from freelance_desk.services.settings import store as settings_store


def platform_id(name):
    return Platform.get(Platform.name == name).id


def test_split_is_typed_as_percent_and_stored_as_basis_points(database):
    t = create_template(TemplateData("Website", 30000, split="Design | 33.33\nBuild|33.33 %\n\nLaunch | 33.34"))
    assert t.milestone_split == "Design|3333\nBuild|3333\nLaunch|3334"
    assert template_data(t).split == "Design | 33.33\nBuild | 33.33\nLaunch | 33.34"
    assert load_split(t.milestone_split) == parse_split(template_data(t).split)


def test_a_split_is_read_and_written_in_the_users_convention():
    parts = parse_split("Design | 33,33\nBuild | 66,67 %", seps=COMMA)
    assert [p.bps for p in parts] == [3333, 6667]
    assert split_text(parts, COMMA) == "Design | 33,33\nBuild | 66,67"
    assert split_text(parts) == "Design | 33.33\nBuild | 66.67"
    with pytest.raises(ValidationError, match="Line 1"):
        parse_split("Design | 33.33\nBuild | 66,67", seps=COMMA)  # a point is no decimal separator there
    with pytest.raises(ValidationError, match="Line 1"):
        parse_split("Design | 1.000", seps=COMMA)  # one thousand percent, not one


def test_a_title_may_contain_the_separator(database):
    assert parse_split("Logo | icon | 100") == [SplitPart("Logo | icon", 10000)]


@pytest.mark.parametrize(
    "text, message",
    [
        ("Design | 50\nBuild | 40", "add up to 90%"),
        ("Design | 60\nBuild | 60", "add up to 120%"),
        ("Design 50", "Line 1"),
        (" | 100", "Line 1"),
        ("Design | 50\nBuild | half", "Line 2"),
        ("Design | 0\nBuild | 100", "Line 1"),
        ("Design | 33.333\nBuild | 66.667", "Line 1"),
    ],
)
def test_a_split_that_does_not_add_up_to_100_percent_is_refused(database, text, message):
    with pytest.raises(ValidationError, match=message) as err:
        create_template(TemplateData("Website", 30000, split=text))
    assert err.value.field == "milestone_split"
    assert ServiceTemplate.select().count() == 0


@pytest.mark.parametrize(
    "changes, field",
    [
        (dict(title=""), "title"),
        (dict(price_minor=0), "price"),
        (dict(price_minor=None), "price"),
        (dict(delivery_days=0), "delivery_days"),
        (dict(currency="ABC"), "currency"),
        (dict(kind="hourly", split="A | 100"), "milestone_split"),
        (dict(price_minor=2, split="A | 40\nB | 30\nC | 30"), "milestone_split"),
    ],
)
def test_bad_gig_is_refused_at_the_field(database, changes, field):
    values = dict(title="Logo in 2 days", price_minor=5000, delivery_days=2)
    values.update(changes)
    with pytest.raises(ValidationError) as err:
        create_template(TemplateData(**values))
    assert err.value.field == field


@pytest.mark.parametrize(
    "total, bps, expected",
    [
        (30000, [3333, 3333, 3334], [9999, 9999, 10002]),
        (10000, [3333, 3333, 3334], [3333, 3333, 3334]),
        (100, [3333, 3333, 3334], [33, 33, 34]),
        (10, [3333, 3333, 3334], [3, 3, 4]),
        (1, [5000, 5000], [1, 0]),  # the remainder goes to the first on a tie
        (99999, [2500, 2500, 2500, 2500], [25000, 25000, 25000, 24999]),
        (1_500_001, [7000, 3000], [1_050_001, 450_000]),
    ],
)
def test_split_amounts_add_up_to_the_price_exactly(total, bps, expected):
    amounts = split_amounts(total, [SplitPart(str(i), b) for i, b in enumerate(bps)])
    assert amounts == expected
    assert sum(amounts) == total


def test_order_from_gig_creates_contract_with_milestones_summing_to_price(database, now):
    client = create_client(ClientData("tom_builds", platform_id=platform_id("Fiverr")), now=now)
    gig = create_template(TemplateData("Website", 10001, "USD", 10, platform_id("Upwork"), split="A | 33.33\nB | 33.33\nC | 33.34"))
    today = date(2026, 3, 10)
    contract = create_order(gig.id, client.id, today, now=now)
    assert (contract.title, contract.budget_minor, contract.start_date, contract.end_date) == (
        "Website", 10001, today, date(2026, 3, 20))
    assert contract.platform_id == platform_id("Upwork") and contract.fee_bps == 1000
    milestones = list(Milestone.select().where(Milestone.contract == contract).order_by(Milestone.position))
    assert [m.amount_minor for m in milestones] == [3333, 3333, 3335]
    assert sum(m.amount_minor for m in milestones) == contract.budget_minor
    # Due dates spread over the delivery time by share; the last on the delivery day.
    assert [m.due_date for m in milestones] == [date(2026, 3, 14), date(2026, 3, 17), date(2026, 3, 20)]


def test_order_without_split_uses_the_clients_platform_and_a_custom_title(database, now):
    client = create_client(ClientData("Lena Fischer", platform_id=platform_id("Fiverr")), now=now)
    gig = create_template(TemplateData("Logo in 2 days", 5000, delivery_days=2))
    data, milestones = order_plan(gig.id, client.id, date(2026, 3, 10), title="Logo for a bakery")
    assert milestones == []
    contract = create_order(gig.id, client.id, date(2026, 3, 10), title="Logo for a bakery", now=now)
    assert (contract.title, contract.end_date, contract.fee_bps) == ("Logo for a bakery", date(2026, 3, 12), 2000)


def test_order_needs_a_client_and_saves_nothing_without_one(database):
    gig = create_template(TemplateData("Logo in 2 days", 5000, delivery_days=2))
    with pytest.raises(ValidationError) as err:
        create_order(gig.id, None, date(2026, 3, 10))
    assert err.value.field == "client"
    assert Contract.select().count() == 0


def test_workload_warning_before_an_order_over_the_limit(database, now):
    settings_store.set_workload_limits(2, "")
    client = create_client(ClientData("Lena Fischer"), now=now)
    assert workload.new_contract_warning() is None
    create_contract(ContractData(client.id, "One", budget_minor=100), now=now)
    assert workload.new_contract_warning() is None
    create_contract(ContractData(client.id, "Two", budget_minor=100), now=now)
    warning = workload.new_contract_warning()
    assert warning is not None and warning.params == {"active": 2, "limit": 2}


def test_archive_hides_and_delete_can_be_undone(database):
    gig = create_template(TemplateData("Logo in 2 days", 5000, delivery_days=2))
    set_archived(gig.id, True)
    assert list_templates() == []
    assert [t.archived for t in list_templates(include_archived=True)] == [True]
    set_archived(gig.id, False)
    snapshot = delete_template(gig.id)
    assert list_templates() == []
    restore_template(snapshot)
    assert [t.title for t in list_templates()] == ["Logo in 2 days"]


def test_update_rewrites_the_split(database):
    gig = create_template(TemplateData("Website", 30000, split="A | 50\nB | 50"))
    update_template(gig.id, TemplateData("Website", 30000, split=""))
    assert list_templates()[0].parts == ()
    assert split_text([SplitPart("A", 5000), SplitPart("B", 5000)]) == "A | 50\nB | 50"
