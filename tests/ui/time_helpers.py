"""Shared pieces for the timer bar and Time page tests: a clock to move, contracts, dialogs to answer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, MilestoneData, create_contract
from freelance_desk.services.time import tracking as tt
from freelance_desk.settings import UiSettings
from freelance_desk.ui.context import AppContext
from freelance_desk.ui.pages.time import TimePage

T0 = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)  # a Wednesday


class Clock:
    """The app's clock in a test: stands still until moved."""

    def __init__(self, now: datetime = T0):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def ctx(database, tmp_path, qapp, clock):
    return AppContext(str(tmp_path / "test.sqlite3"), UiSettings(str(tmp_path / "ui.ini")), clock=clock)


@pytest.fixture
def contracts(database):
    """(hourly contract id with a 10 h weekly limit, fixed-price contract id with one milestone)."""
    harbor = create_client(ClientData("Harbor Analytics"), now=T0)
    northwind = create_client(ClientData("Northwind Studio"), now=T0)
    hourly = create_contract(
        ContractData(harbor.id, "Dashboard maintenance", kind="hourly", rate_minor=3500, weekly_limit_minutes=600),
        now=T0,
    )
    fixed = create_contract(
        ContractData(northwind.id, "Small business website", budget_minor=30000),
        [MilestoneData("Home page", 30000)],
        now=T0,
    )
    return hourly.id, fixed.id


def add(contract_id: int, start: datetime, minutes: int, **kw) -> tt.EntryRow:
    """A finished manual entry written through the service."""
    data = tt.EntryData(contract_id, start, start + timedelta(minutes=minutes), **kw)
    return tt.add_entry(data, now=start + timedelta(days=400))


def answer(monkeypatch, cls, fill) -> list:
    """Replace ``cls.exec``: fill the dialog as a user would, press Save; returns the dialogs seen."""
    seen = []

    def fake_exec(dialog):
        seen.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return seen


@pytest.fixture
def page(qtbot, ctx):
    """The Time page, shown at a usual size."""
    widget = TimePage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget
