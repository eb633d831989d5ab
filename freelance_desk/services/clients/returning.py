"""Returning clients: how many contracts each client gave, and which contracts came after a client's first.

A client is returning once they have given :data:`RETURNING_CONTRACTS` (2) or more contracts, whatever
became of them. A client's first contract is the one that started first (its start date, else the day
it was recorded; the same day: the one recorded first); every later one is repeat work, and income
from it is income from a returning client — in the month it came, even if the client had only one
contract before that month.
"""

from __future__ import annotations

from peewee import fn

from freelance_desk.db import sql
from freelance_desk.db.connection import db
from freelance_desk.db.models import Contract

RETURNING_CONTRACTS = 2


def contracts_per_client() -> dict[int, int]:
    """Client id → the contracts they gave (one grouped query)."""
    return dict(Contract.select(Contract.client, fn.COUNT(Contract.id)).group_by(Contract.client).tuples())


def is_returning(contracts: int) -> bool:
    return contracts >= RETURNING_CONTRACTS


def repeat_contracts() -> frozenset[int]:
    """The contracts that are not their client's first."""
    began = "CAST(entry_day(created_at, 0) AS DATE)" if sql.on_server() else "date(created_at, 'unixepoch')"
    rows = db.execute_sql(
        "SELECT id FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY client_id ORDER BY "
        f"COALESCE(start_date, {began}), id) AS n FROM contract) AS ranked WHERE n > 1")
    return frozenset(row[0] for row in rows)
