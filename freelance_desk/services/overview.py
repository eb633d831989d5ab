"""Counts of what is in the database (status bar, placeholder pages, first-run check)."""

from __future__ import annotations

from dataclasses import dataclass

from freelance_desk.db.models import Client, Contract, Milestone, Payment, TimeEntry


@dataclass(frozen=True)
class Counts:
    clients: int
    contracts: int
    milestones: int
    time_entries: int
    payments: int

    @property
    def empty(self) -> bool:
        return self.clients == 0 and self.contracts == 0


def counts() -> Counts:
    return Counts(
        clients=Client.select().count(),
        contracts=Contract.select().count(),
        milestones=Milestone.select().count(),
        time_entries=TimeEntry.select().count(),
        payments=Payment.select().count(),
    )
