"""Contract rules: kinds, limits, fees from the platform, milestones all-or-nothing, totals."""

from datetime import date, timedelta

import pytest

from freelance_desk.core.errors import NotFound, ValidationError
from freelance_desk.db.models import Contract, Milestone, Platform
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import (
    ContractData,
    MilestoneData,
    contract_data,
    contract_totals,
    create_contract,
    get_contract,
    set_status,
    update_contract,
)
from freelance_desk.services.milestones.lifecycle import add_milestone, mark_paid, milestones_of, transition


def platform_id(name):
    return Platform.get(Platform.name == name).id


@pytest.fixture
def client(database, now):
    return create_client(ClientData("Northwind Studio", platform_id=platform_id("Upwork")), now=now)


def fixed(client_id, **kw):
    kw.setdefault("budget_minor", 30000)
    return ContractData(client_id, kw.pop("title", "Small business website"), **kw)


def hourly(client_id, **kw):
    kw.setdefault("rate_minor", 3500)
    return ContractData(client_id, kw.pop("title", "Dashboard maintenance"), kind="hourly", **kw)


def refused(data, field, milestones=(), match=None):
    with pytest.raises(ValidationError, match=match) as err:
        create_contract(data, milestones)
    assert err.value.field == field
    assert Contract.select().count() == 0
    assert Milestone.select().count() == 0
    return err.value


# --- validation -----------------------------------------------------------------


@pytest.mark.parametrize("budget", [None, 0, -100])
def test_fixed_price_needs_a_budget(client, budget):
    refused(fixed(client.id, budget_minor=budget), "budget", match="total price")


def test_absurd_budget_is_refused(client):
    refused(fixed(client.id, budget_minor=10**20), "budget", match="implausibly large")


@pytest.mark.parametrize("rate", [None, 0, -1])
def test_hourly_needs_a_rate(client, rate):
    refused(hourly(client.id, rate_minor=rate), "rate", match="hourly rate")


@pytest.mark.parametrize("minutes", [0, -60, 30, 168 * 60 + 1, 200 * 60])
def test_weekly_limit_is_between_1_and_168_hours(client, minutes):
    refused(hourly(client.id, weekly_limit_minutes=minutes), "weekly_limit", match="between 1 and 168 hours")


@pytest.mark.parametrize("minutes", [60, 20 * 60, 168 * 60, None])
def test_weekly_limit_accepted(client, minutes):
    contract = create_contract(hourly(client.id, weekly_limit_minutes=minutes))
    assert get_contract(contract.id).weekly_limit_minutes == minutes


def test_hourly_contract_keeps_no_budget_and_fixed_no_rate(client):
    h = create_contract(hourly(client.id, budget_minor=5000, weekly_limit_minutes=600))
    f = create_contract(fixed(client.id, rate_minor=3500, weekly_limit_minutes=600))
    h, f = get_contract(h.id), get_contract(f.id)
    assert (h.budget_minor, h.rate_minor, h.weekly_limit_minutes) == (None, 3500, 600)
    assert (f.budget_minor, f.rate_minor, f.weekly_limit_minutes) == (30000, None, None)


@pytest.mark.parametrize("fee", [-1, 10001])
def test_fee_is_between_0_and_100_percent(client, fee):
    refused(fixed(client.id, fee_bps=fee), "fee", match="between 0% and 100%")


@pytest.mark.parametrize(("platform", "fee"), [("Upwork", 1000), ("Fiverr", 2000)])
def test_fee_is_copied_from_the_platform(database, now, platform, fee):
    c = create_client(ClientData("Ann", platform_id=platform_id(platform)), now=now)
    contract = get_contract(create_contract(fixed(c.id)).id)
    assert contract.fee_bps == fee
    assert contract.platform.name == platform


def test_contract_platform_overrides_the_clients(client):
    contract = get_contract(create_contract(fixed(client.id, platform_id=platform_id("Fiverr"))).id)
    assert (contract.platform.name, contract.fee_bps) == ("Fiverr", 2000)


def test_unknown_platform_is_refused(client):
    refused(fixed(client.id, platform_id=999), "platform", match="platform")


def test_explicit_fee_wins_over_the_platform(client):
    assert get_contract(create_contract(fixed(client.id, fee_bps=500)).id).fee_bps == 500
    assert get_contract(create_contract(fixed(client.id, fee_bps=0)).id).fee_bps == 0


def test_client_without_platform_pays_no_fee(database, now):
    c = create_client(ClientData("Direct friend"), now=now)
    contract = get_contract(create_contract(fixed(c.id)).id)
    assert (contract.fee_bps, contract.platform_id) == (0, None)


def test_end_before_start_is_refused(client):
    refused(
        fixed(client.id, start_date=date(2026, 3, 10), end_date=date(2026, 3, 9)), "end_date", match="before the start"
    )


def test_same_day_start_and_end_is_fine(client):
    create_contract(fixed(client.id, start_date=date(2026, 3, 10), end_date=date(2026, 3, 10)))


@pytest.mark.parametrize("client_id", [None, 999])
def test_unknown_client_is_refused(database, client_id):
    refused(fixed(client_id), "client", match="Choose the client")


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"title": " "}, "title"),
        ({"currency": "XYZ"}, "currency"),
        ({"status": "weird"}, "status"),
        ({"kind": "retainer"}, "kind"),
    ],
)
def test_other_fields_are_checked(client, kw, field):
    refused(fixed(client.id, **kw), field)


# --- milestones with the contract -----------------------------------------------------


def test_only_fixed_price_contracts_have_milestones(client):
    refused(hourly(client.id), "kind", [MilestoneData("Week 1", 1000)], match="Only fixed-price")


def test_create_with_milestones_keeps_their_order(client, now):
    contract = create_contract(
        fixed(client.id, start_date=date(2026, 3, 1)),
        [MilestoneData("Home page", 10000, date(2026, 3, 8)), MilestoneData("About page", 7500, date(2026, 3, 15))],
        now=now,
    )
    ms = milestones_of(contract.id)
    assert [(m.title, m.amount_minor, m.position, m.status) for m in ms] == [
        ("Home page", 10000, 0, "planned"),
        ("About page", 7500, 1, "planned"),
    ]
    assert all(m.created_at == now for m in ms)


def test_milestone_due_before_the_contract_starts_is_refused(client):
    err = refused(
        fixed(client.id, start_date=date(2026, 3, 10)),
        "milestones[1].due_date",
        [MilestoneData("Home", 10000, date(2026, 3, 10)), MilestoneData("About", 7500, date(2026, 3, 9))],
        match="before the contract starts",
    )
    assert "{" not in err.text()


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        (MilestoneData("", 1000), "milestones[2].title"),
        (MilestoneData("Blog", 0), "milestones[2].amount"),
        (MilestoneData("Blog", -5), "milestones[2].amount"),
    ],
)
def test_one_bad_milestone_saves_nothing(client, bad, field):
    good = [MilestoneData("Home", 10000), MilestoneData("About", 7500)]
    refused(fixed(client.id), field, [*good, bad])


def test_a_failure_while_writing_milestones_leaves_no_contract(client, monkeypatch):
    real = Milestone.create
    calls = []

    def fail_on_third(**kw):
        calls.append(kw["title"])
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return real(**kw)

    monkeypatch.setattr(Milestone, "create", fail_on_third)
    with pytest.raises(RuntimeError):
        create_contract(fixed(client.id), [MilestoneData(t, 1000) for t in ("Home", "About", "Contact")])
    assert calls == ["Home", "About", "Contact"]
    assert Contract.select().count() == 0
    assert Milestone.select().count() == 0


def test_add_milestone_to_hourly_is_refused(client):
    contract = create_contract(hourly(client.id))
    with pytest.raises(ValidationError, match="Only fixed-price"):
        add_milestone(contract.id, MilestoneData("Week", 1000))
    assert Milestone.select().count() == 0


def test_fixed_price_with_milestones_cannot_become_hourly(client):
    contract = create_contract(fixed(client.id), [MilestoneData("Home", 10000)])
    data = contract_data(get_contract(contract.id))
    data.kind = "hourly"
    data.rate_minor = 3500
    with pytest.raises(ValidationError, match="stays fixed-price"):
        update_contract(contract.id, data)
    assert get_contract(contract.id).kind == "fixed"


def test_update_contract(client):
    contract = create_contract(fixed(client.id))
    data = contract_data(get_contract(contract.id))
    data.title = "Website v2"
    data.budget_minor = 40000
    update_contract(contract.id, data)
    saved = get_contract(contract.id)
    assert (saved.title, saved.budget_minor, saved.fee_bps) == ("Website v2", 40000, 1000)


def test_update_refused_changes_nothing(client):
    contract = create_contract(fixed(client.id))
    data = contract_data(get_contract(contract.id))
    data.title = "Renamed"
    data.budget_minor = 0
    with pytest.raises(ValidationError):
        update_contract(contract.id, data)
    assert get_contract(contract.id).title == "Small business website"


def test_set_status(client):
    contract = create_contract(fixed(client.id))
    set_status(contract.id, "paused")
    assert get_contract(contract.id).status == "paused"
    with pytest.raises(ValidationError):
        set_status(contract.id, "sleeping")
    assert get_contract(contract.id).status == "paused"


def test_missing_contract_is_not_found(database):
    with pytest.raises(NotFound):
        get_contract(4242)


# --- totals ---------------------------------------------------------------------


def website(client, now, start=date(2026, 3, 1)):
    return create_contract(
        fixed(client.id, start_date=start),
        [
            MilestoneData("Home page", 10000, start + timedelta(days=7)),
            MilestoneData("About page", 7500, start + timedelta(days=14)),
            MilestoneData("Contact page", 5000, start + timedelta(days=21)),
            MilestoneData("Blog page", 7500, start + timedelta(days=28)),
        ],
        now=now,
    )


def walk(mid, actions, now):
    for action in actions:
        transition(mid, action, now=now)


def test_four_milestones_add_up_to_the_budget(client, now, today):
    contract = website(client, now)
    totals = contract_totals(contract.id, today)
    assert (totals.budget_minor, totals.planned_minor, totals.difference_minor) == (30000, 30000, 0)
    assert totals.adds_up
    assert totals.currency == "USD"


def test_a_fifth_milestone_shows_the_difference(client, now, today):
    contract = website(client, now)
    add_milestone(contract.id, MilestoneData("Extra page", 2500))
    totals = contract_totals(contract.id, today)
    assert (totals.planned_minor, totals.difference_minor) == (32500, -2500)
    assert not totals.adds_up


def test_cancelled_milestones_are_not_planned(client, now, today):
    contract = website(client, now)
    blog = milestones_of(contract.id)[3]
    transition(blog.id, "cancel", now=now)
    totals = contract_totals(contract.id, today)
    assert (totals.planned_minor, totals.difference_minor) == (22500, 7500)


def test_totals_follow_the_milestones(client, now, today):
    contract = website(client, now)  # start 1 March, dues 8, 15, 22, 29 March; today 10 March
    home, about, contact, blog = milestones_of(contract.id)
    walk(home.id, ["start", "submit", "approve"], now)
    mark_paid(home.id, today, now=now)  # $100 paid
    walk(about.id, ["start", "submit", "request_changes"], now)  # $75 in review
    walk(contact.id, ["start", "submit", "approve"], now)  # $50 receivable
    totals = contract_totals(contract.id, today)
    assert totals.paid_minor == 10000
    assert totals.receivable_minor == 5000
    assert totals.in_review_minor == 7500
    assert totals.remaining_minor == 7500  # the blog page
    assert totals.overdue == []

    later = contract_totals(contract.id, date(2026, 3, 30))
    # Past every due date: the about page (still in review) and the blog page are overdue;
    # paid and approved work is not.
    assert later.overdue == [about.id, blog.id]


def test_submitted_work_past_due_counts_as_overdue(client, now):
    contract = website(client, now)
    home = milestones_of(contract.id)[0]
    walk(home.id, ["start", "submit"], now)
    assert contract_totals(contract.id, date(2026, 3, 9)).overdue == [home.id]
    assert contract_totals(contract.id, date(2026, 3, 8)).overdue == []  # due today is not late


def test_cancelled_and_undated_milestones_are_never_overdue(client, now):
    contract = create_contract(
        fixed(client.id, start_date=date(2026, 1, 1)),
        [MilestoneData("Dated", 10000, date(2026, 1, 5)), MilestoneData("Undated", 20000)],
    )
    dated, _undated = milestones_of(contract.id)
    transition(dated.id, "cancel", now=now)
    assert contract_totals(contract.id, date(2026, 6, 1)).overdue == []


def test_totals_of_a_contract_without_milestones(client, today):
    contract = create_contract(fixed(client.id, budget_minor=5000))
    totals = contract_totals(contract.id, today)
    assert (totals.planned_minor, totals.difference_minor, totals.remaining_minor) == (0, 5000, 5000)
    assert totals.adds_up  # nothing planned yet is not a mismatch


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"start_date": date(9999, 12, 31)}, "start_date", "more than a year ahead"),
        ({"start_date": date(1, 1, 1)}, "start_date", "before 2000"),
        ({"end_date": "2026-02-30"}, "end_date", "is not a date"),  # a raw string never reaches the file
        ({"title": "\u202eogoL"}, "title", "direction character"),
        ({"notes": "n" * 10_001}, "notes", "10000 characters"),
    ],
)
def test_hostile_contract_values_are_refused(database, now, change, field, message):
    from freelance_desk.db.models import Contract as ContractRow
    from freelance_desk.services.clients.clients import ClientData, create_client

    client = create_client(ClientData("Ann"), now=now)
    values = dict(client_id=client.id, title="Logo", budget_minor=5000)
    values.update(change)
    with pytest.raises(ValidationError, match=message) as err:
        create_contract(ContractData(**values), now=now)
    assert err.value.field == field
    assert ContractRow.select().count() == 0


def test_a_milestone_due_date_is_checked_as_every_date(database, now):
    from freelance_desk.db.models import Milestone as MilestoneRow
    from freelance_desk.services.clients.clients import ClientData, create_client

    client = create_client(ClientData("Ann"), now=now)
    with pytest.raises(ValidationError, match="more than a year ahead") as err:
        create_contract(ContractData(client.id, "Logo", budget_minor=5000),
                        [MilestoneData("All", 5000, due_date=date(2099, 1, 1))], now=now)
    assert err.value.field == "milestones[0].due_date"
    assert MilestoneRow.select().count() == 0
