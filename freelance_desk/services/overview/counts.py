"""Counts of what is in the database (status bar, placeholder pages), and the first-run check."""

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


def is_empty() -> bool:
    """No client and no contract yet: the first run. (Cheap: it never counts time entries.)"""
    return not Client.select(Client.id).exists() and not Contract.select(Contract.id).exists()
