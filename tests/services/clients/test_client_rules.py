"""Client rules: validation at the field, archive, delete only when empty, the list."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from freelance_desk.core.errors import DomainError, NotFound, ValidationError
from freelance_desk.db.models import Client, Platform, Proposal
from freelance_desk.services.clients.clients import (
    ClientData,
    archive_client,
    client_data,
    create_client,
    delete_client,
    get_client,
    restore_client,
    unarchive_client,
    update_client,
)
from freelance_desk.services.clients.listing import client_choices, list_clients
from freelance_desk.services.contracts.contracts import ContractData, MilestoneData, create_contract, set_status
from freelance_desk.services.milestones.lifecycle import milestones_of, transition
from freelance_desk.services.money.payments import PaymentData, record_payment
from freelance_desk.services.settings import store as settings_store


def platform_id(name):
    return Platform.get(Platform.name == name).id


def new_client(now, name="Northwind Studio", **kw):
    return create_client(ClientData(name, **kw), now=now)


def approved_milestone(contract, now):
    m = milestones_of(contract.id)[0]
    for action in ("start", "submit", "approve"):
        transition(m.id, action, now=now)
    return m


# --- validation at the field -------------------------------------------------


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (ClientData(""), "name", "required"),
        (ClientData("   "), "name", "required"),
        (ClientData("x" * 201), "name", "to 200 characters; it has 201"),
        (ClientData("Ann", email="ann@"), "email", "does not look like an e-mail"),
        (ClientData("Ann", email="ann example.com"), "email", "does not look like an e-mail"),
        (ClientData("Ann", email="ann@example"), "email", "does not look like an e-mail"),
        (ClientData("Ann", timezone="Mars/Olympus_Mons"), "timezone", "Unknown time zone"),
        (ClientData("Ann", timezone="Asia"), "timezone", "Unknown time zone"),  # a folder, not a zone
        (ClientData("Ann", timezone="../etc/passwd"), "timezone", "Unknown time zone"),
        (ClientData("Ann", currency="XYZ"), "currency", "Unknown currency"),
        (ClientData("Ann", platform_id=999), "platform", "Choose a platform"),
    ],
)
def test_bad_input_is_refused_at_its_field(database, now, data, field, message):
    with pytest.raises(ValidationError, match=message) as err:
        create_client(data, now=now)
    assert err.value.field == field
    assert Client.select().count() == 0


def test_create_cleans_input(database, now):
    client = new_client(
        now,
        name="  Northwind Studio ",
        email=" hello@northwind.example ",
        timezone="America/New_York",
        currency="usd",
        platform_id=platform_id("Upwork"),
    )
    saved = get_client(client.id)
    assert saved.name == "Northwind Studio"
    assert saved.email == "hello@northwind.example"
    assert saved.currency == "USD"
    assert saved.timezone == "America/New_York"
    assert saved.platform.name == "Upwork"
    assert saved.created_at == now
    assert saved.archived_at is None


def test_empty_time_zone_means_utc(database, now):
    assert get_client(new_client(now, timezone="").id).timezone == "UTC"


def test_update_client(database, now):
    client = new_client(now)
    data = client_data(get_client(client.id))
    data.name = "Northwind Studio Ltd"
    data.currency = "EUR"
    data.timezone = "Europe/Berlin"
    update_client(client.id, data)
    saved = get_client(client.id)
    assert (saved.name, saved.currency, saved.timezone) == ("Northwind Studio Ltd", "EUR", "Europe/Berlin")


def test_update_with_bad_input_changes_nothing(database, now):
    client = new_client(now, email="a@b.example")
    with pytest.raises(ValidationError) as err:
        update_client(client.id, ClientData("New name", email="broken"))
    assert err.value.field == "email"
    assert get_client(client.id).name == "Northwind Studio"


def test_missing_client_is_not_found(database):
    with pytest.raises(NotFound):
        get_client(12345)


# --- archive, delete, restore -----------------------------------------------------


def test_archive_hides_from_the_list_and_unarchive_brings_back(database, now):
    client = new_client(now)
    archive_client(client.id, now=now)
    assert get_client(client.id).archived_at == now
    assert list_clients() == []
    rows = list_clients(include_archived=True)
    assert [(r.name, r.archived) for r in rows] == [("Northwind Studio", True)]
    assert client_choices() == []
    assert [c.id for c in client_choices(keep_id=client.id)] == [client.id]
    unarchive_client(client.id)
    assert [(r.name, r.archived) for r in list_clients()] == [("Northwind Studio", False)]


def test_delete_and_restore_a_client_without_history(database, now):
    client = new_client(
        now, company="Northwind LLC", email="a@b.example", platform_id=platform_id("Fiverr"), notes="VIP"
    )
    archive_client(client.id, now=now)
    before = Client.select().where(Client.id == client.id).dicts().get()
    snapshot = delete_client(client.id)
    assert Client.get_or_none(Client.id == client.id) is None
    restore_client(snapshot)
    after = Client.select().where(Client.id == client.id).dicts().get()
    assert after == before


def test_client_with_a_contract_cannot_be_deleted(database, now):
    client = new_client(now)
    create_contract(ContractData(client.id, "Website", budget_minor=30000), now=now)
    with pytest.raises(DomainError, match="“Northwind Studio” has contracts or proposals; archive"):
        delete_client(client.id)
    assert Client.get_or_none(Client.id == client.id) is not None


def test_client_with_a_proposal_cannot_be_deleted(database, now, today):
    client = new_client(now)
    Proposal.create(job_title="Logo", client=client.id, sent_on=today, created_at=now)
    with pytest.raises(DomainError, match="archive the client"):
        delete_client(client.id)
    assert Client.get_or_none(Client.id == client.id) is not None


# --- the list ---------------------------------------------------------------


def test_list_aggregates_contracts_money_and_receivables(database, now, today):
    northwind = new_client(now, platform_id=platform_id("Upwork"))
    sinar = new_client(now, name="PT Sinar", currency="IDR")  # direct: no platform
    new_client(now, name="Quiet Client")

    website = create_contract(
        ContractData(northwind.id, "Website", budget_minor=30000),
        [MilestoneData("Home", 10000), MilestoneData("About", 20000)],
        now=now,
    )
    create_contract(ContractData(northwind.id, "Hourly", kind="hourly", rate_minor=3500), now=now)
    paused = create_contract(ContractData(northwind.id, "Paused", budget_minor=1000), now=now)
    set_status(paused.id, "paused")
    approved_milestone(website, now)  # $100 approved, not paid: receivable
    record_payment(PaymentData(website.id, today, 5000, 500, "USD"), now=now)  # $45 net

    profile = create_contract(
        ContractData(sinar.id, "Profile", currency="IDR", budget_minor=15_000_000),
        [MilestoneData("Design", 4_500_000)],
        now=now,
    )
    approved_milestone(profile, now)
    record_payment(
        PaymentData(profile.id, today, 1_500_000, 0, "IDR", rate=Decimal("0.0000630")), now=now
    )  # $94.50
    # A USD receivable for the IDR client too: receivables stay per currency.
    usd = create_contract(ContractData(sinar.id, "Hosting", budget_minor=2000), [MilestoneData("Year", 2000)], now=now)
    approved_milestone(usd, now)

    rows = {r.name: r for r in list_clients()}
    assert list(rows) == ["Northwind Studio", "PT Sinar", "Quiet Client"]  # by name
    nw = rows["Northwind Studio"]
    assert nw.active_contracts == 2  # the paused one does not count
    assert nw.earned_home_minor == 4500
    assert nw.receivable == {"USD": 10000}
    assert nw.platform == "Upwork"
    sinar_row = rows["PT Sinar"]
    assert sinar_row.earned_home_minor == 9450
    assert sinar_row.receivable == {"IDR": 4_500_000, "USD": 2000}
    quiet = rows["Quiet Client"]
    assert (quiet.active_contracts, quiet.earned_home_minor, quiet.receivable, quiet.platform) == (0, 0, {}, "")


def test_earned_counts_only_payments_in_the_current_home_currency(database, now, today):
    client = new_client(now)
    contract = create_contract(ContractData(client.id, "Website", budget_minor=30000), now=now)
    record_payment(PaymentData(contract.id, today, 10000, 0, "USD"), now=now)
    settings_store.set_home_currency("IDR")
    record_payment(PaymentData(contract.id, today, 10000, 0, "USD", rate=Decimal("15800")), now=now)
    # $100 recorded while home was USD cannot be added to Rp 1,580,000.
    assert list_clients()[0].earned_home_minor == 1_580_000


def test_list_search_matches_name_company_and_email(database, now):
    new_client(now, name="Northwind Studio", company="NW LLC", email="hello@northwind.example")
    new_client(now, name="Lena Fischer", company="Bakery Fischer", email="lena@example.com")
    new_client(now, name="tom_builds")
    assert [r.name for r in list_clients("north")] == ["Northwind Studio"]
    assert [r.name for r in list_clients("BAKERY")] == ["Lena Fischer"]
    assert [r.name for r in list_clients("lena@")] == ["Lena Fischer"]
    assert [r.name for r in list_clients("  ")] == ["Lena Fischer", "Northwind Studio", "tom_builds"]
    assert list_clients("nobody") == []


def test_search_treats_wildcards_literally(database, now):
    new_client(now, name="tom_builds")
    new_client(now, name="Tomas Lee")
    new_client(now, name="100% Organic")
    new_client(now, name="1000 Islands")
    assert [r.name for r in list_clients("tom_")] == ["tom_builds"]
    assert [r.name for r in list_clients("100%")] == ["100% Organic"]


def test_archived_filter_in_list(database, now):
    a = new_client(now, name="Alpha")
    new_client(now, name="Beta")
    archive_client(a.id, now=now + timedelta(days=1))
    assert [r.name for r in list_clients()] == ["Beta"]
    assert [r.name for r in list_clients("alp", include_archived=True)] == ["Alpha"]
    assert date(2026, 3, 11) == get_client(a.id).archived_at.date()
