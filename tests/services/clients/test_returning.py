"""Returning clients: the contracts each gave, the returning mark, and the share of income from them per month."""

from __future__ import annotations

from datetime import date

from freelance_desk.services.clients.listing import list_clients
from freelance_desk.services.clients.returning import repeat_contracts
from freelance_desk.services.contracts.contracts import ContractData, create_contract
from freelance_desk.services.money import income
from tests.services.money.income_world import NOW, TODAY, pay, world  # noqa: F401


def test_the_clients_list_counts_contracts_and_marks_clients_with_two_or_more_as_returning(world):
    create_contract(ContractData(world.harbor, "Dashboard, phase 2", kind="hourly", rate_minor=4000), now=NOW)
    rows = {r.name: (r.contracts, r.returning) for r in list_clients()}
    assert rows == {"Harbor Analytics": (2, True), "tom_builds": (1, False), "PT Sinar": (1, False)}


def test_a_clients_first_contract_is_the_one_that_started_first(world):
    create_contract(ContractData(world.harbor, "Audit", start_date=date(2025, 6, 1), budget_minor=100), now=NOW)
    assert repeat_contracts() == {world.hourly}  # recorded first, but started after the audit


def test_the_income_months_say_the_share_from_returning_clients(world):
    second = create_contract(ContractData(world.harbor, "Dashboard, phase 2", budget_minor=50000), now=NOW).id
    pay(world.hourly, date(2026, 1, 12), 30000)  # the first contract: not repeat work
    pay(world.logo, date(2026, 2, 3), 10000)
    pay(second, date(2026, 2, 20), 30000)
    view = income.monthly_view(income.load_income(TODAY), income.range_months("year:2026", TODAY))
    assert view.returning[:3] == [0, 30000, 0]
    assert view.returning_share(0) == 0
    assert view.returning_share(1) == 7500  # $300 of $400
    assert view.returning_share(2) is None  # nothing received in March
    assert view.returning_share() == 4286  # $300 of $700 in the year
