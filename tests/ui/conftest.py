"""Fixtures for the widget tests: a settable clock, an app context on the test database, answered
confirmations, and the contracts and Time page the timer tests work with.

Plain helpers (moments, dialogs to answer) are in ``tests.ui.helpers``.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, MilestoneData, create_contract
from freelance_desk.settings import UiSettings
from freelance_desk.ui.context import AppContext
from freelance_desk.ui.pages.time import TimePage
from tests.conftest import BACKEND, SERVER_URL
from tests.ui.helpers import NOW, T0

# Where the pages look ``confirm`` up: forms, and the pages that import it by name.
CONFIRMING_MODULES = ("freelance_desk.ui.forms", "freelance_desk.ui.pages.proposals", "freelance_desk.ui.pages.gigs")


def pytest_configure(config):
    config.addinivalue_line("markers", "clock(start): the moment the test's clock starts at (NOW unless given)")


class Clock:
    """The app's clock in a test: stands still until moved."""

    def __init__(self, now: datetime = NOW):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock(request):
    """Stopped at NOW, or where a ``clock(start)`` mark on the test or its module says."""
    mark = request.node.get_closest_marker("clock")
    return Clock(*mark.args) if mark else Clock()


@pytest.fixture(autouse=True)
def no_chart_warmup(monkeypatch):
    """No matplotlib warm-up thread behind a test's back (the test of the warm-up runs its own process)."""
    from freelance_desk.ui import chart_warmup

    monkeypatch.setattr(chart_warmup.ChartWarmup, "start", lambda self: None)


@pytest.fixture(autouse=True)
def backups_finished():
    """An automatic backup a test started in a thread has finished when the test ends."""
    yield
    from freelance_desk.ui.backups import wait_for_backups

    wait_for_backups()


@pytest.fixture
def ctx(database, tmp_path, qapp, clock):
    """An app context on the test database, reading the time from ``clock``."""
    where = SERVER_URL if BACKEND == "postgresql" else str(tmp_path / "test.sqlite3")  # as ``database`` opened it
    return AppContext(where, UiSettings(str(tmp_path / "ui.ini")), clock=clock)


@pytest.fixture
def indonesian():
    """The interface's locale is Indonesian (id_ID) for the test: "1.250,50", "Rp7.500.000"."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def in_indonesian(qapp):
    """The whole interface in Bahasa Indonesia, as ``--lang id`` starts it: the translations and the locale."""
    from PySide6.QtCore import QLocale

    from freelance_desk.app import load_translations

    before = QLocale()
    load_translations(qapp, "id")
    yield
    for translator in qapp._translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def confirmations(monkeypatch):
    """Answers every confirmation with ``confirmations.answer`` (yes unless a test says no) and records each question's text."""

    class Recorder(list):
        answer = True

    asked = Recorder()

    def fake_confirm(parent, title, text, yes_text=None):
        asked.append(text)
        return asked.answer

    for module in CONFIRMING_MODULES:
        monkeypatch.setattr(f"{module}.confirm", fake_confirm)
    return asked


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


@pytest.fixture
def page(qtbot, ctx):
    """The Time page, shown at a usual size (the tests of other pages define their own ``page``)."""
    widget = TimePage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget
