"""The progress report dialog: pick contract and period, read it, copy it, save it."""

from __future__ import annotations

import os
import stat
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtGui import QGuiApplication

from freelance_desk.core.calendar import Period
from freelance_desk.db.models import TimeEntry
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import (
    ContractData,
    MilestoneData,
    create_contract,
)
from freelance_desk.services.settings import store as settings_store
from freelance_desk.ui.dialogs.report import ReportDialog, period_of
from freelance_desk.ui.format import qdate
from tests.ui.helpers import NOW


@pytest.fixture
def contracts(database):
    client = create_client(ClientData("Northwind Studio", timezone="Europe/Berlin"), now=NOW)
    website = create_contract(ContractData(client.id, "Website", budget_minor=30000),
                              [MilestoneData("Home", 30000, date(2026, 3, 20))], now=NOW)
    other = create_contract(ContractData(client.id, "SEO audit", budget_minor=20000), now=NOW)
    start = datetime(2026, 3, 4, 9, tzinfo=UTC)
    TimeEntry.create(contract=website.id, start=start, end=start + timedelta(minutes=90), note="Home page layout")
    return website, other


@pytest.fixture
def dialog(qtbot, ctx, contracts):
    dialog = ReportDialog(ctx, None, contracts[0].id)
    qtbot.addWidget(dialog)
    return dialog


def test_periods_follow_the_calendar(database):
    tuesday = date(2026, 3, 10)
    assert period_of(Period.LAST_WEEK, tuesday) == (date(2026, 3, 2), date(2026, 3, 8))
    assert period_of(Period.CUSTOM, tuesday) is None


def test_only_a_week_period_reads_the_week_start(database, monkeypatch):
    reads = []
    monkeypatch.setattr(settings_store, "week_start", lambda: reads.append(1) or "sunday_local")
    tuesday = date(2026, 3, 10)
    assert period_of(Period.LAST_14_DAYS, tuesday) == (date(2026, 2, 25), tuesday)
    assert period_of(Period.THIS_MONTH, tuesday) == (date(2026, 3, 1), tuesday)
    assert reads == []
    assert period_of(Period.LAST_WEEK, tuesday) == (date(2026, 3, 1), date(2026, 3, 7))  # Sunday weeks
    assert reads == [1]


def test_the_report_of_the_last_14_days_is_ready_to_paste(dialog):
    text = dialog.report_text()
    assert text.startswith("# Progress report: Website\n")
    assert "Period: 2026-02-25 – 2026-03-10" in text
    assert "- Home page layout — 1:30 h" in text
    assert "- Home ($300.00) — not started, due 2026-03-20" in text
    assert "Funding the next milestone, “Home” ($300.00), so I can start." in text
    # Where the client is and when you can both talk.
    assert dialog.client_time.text().startswith("Northwind Studio's time: ")


def test_choosing_another_contract_or_dates_rewrites_the_report(qtbot, dialog, contracts):
    dialog.contract.setCurrentIndex(dialog.contract.findData(contracts[1].id))
    assert dialog.report_text().startswith("# Progress report: SEO audit")
    dialog.contract.setCurrentIndex(dialog.contract.findData(contracts[0].id))
    dialog.start.setDate(qdate(date(2026, 3, 5)))
    assert dialog.period.period() == Period.CUSTOM
    assert "No time was tracked in this period." in dialog.report_text()
    dialog.end.setDate(qdate(date(2026, 3, 1)))
    assert dialog.report_text() == "The end date is before the start date."
    assert not dialog.copy_button.isEnabled()


def test_copy_puts_the_report_on_the_clipboard(dialog):
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.report_text()
    assert dialog.copy_button.text() == "Copied ✓"


def test_save_writes_the_report_to_the_chosen_file(dialog, tmp_path, monkeypatch):
    target = tmp_path / "report.md"
    offered = []

    def choose(parent, title, suggested, filters):
        offered.append(suggested)
        return str(target), filters

    monkeypatch.setattr("freelance_desk.ui.dialogs.report.QFileDialog.getSaveFileName", choose)
    dialog.save_button.click()
    assert offered == ["progress-website-2026-03-10.md"]
    assert target.read_text(encoding="utf-8") == dialog.report_text()


def test_an_hourly_report_charges_the_hours_it_shows_and_counts_one_day(qtbot, ctx, contracts):
    client = create_client(ClientData("Harbor Analytics"), now=NOW)
    hourly = create_contract(ContractData(client.id, "Maintenance", kind="hourly", rate_minor=4000), now=NOW)
    start = datetime(2026, 3, 9, 9, tzinfo=UTC)
    TimeEntry.create(contract=hourly.id, start=start, end=start + timedelta(minutes=60, seconds=45), note="Fixes")
    dialog = ReportDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.contract.setFocus()
    qtbot.keyClicks(dialog.contract, "Harbor")  # the picker finds it by its first letters
    assert dialog.contract.currentData() == hourly.id
    text = dialog.report_text()
    assert "1:00 h over 1 day\n" in text
    assert "Billable: 1:00 h at $40.00/h = $40.00" in text


def test_in_indonesian_the_report_is_written_in_indonesian(qtbot, ctx, contracts, in_indonesian):
    dialog = ReportDialog(ctx, None, contracts[0].id)
    qtbot.addWidget(dialog)
    text = dialog.report_text()
    assert text.startswith("# Laporan kemajuan: Website\n")
    assert "1:30 jam selama 1 hari" in text  # the unit too
    assert "Progress report" not in text and "day(s)" not in text


def test_a_saved_report_is_private_to_the_user(dialog, tmp_path, monkeypatch):
    target = tmp_path / "report.md"
    monkeypatch.setattr("freelance_desk.ui.dialogs.report.QFileDialog.getSaveFileName",
                        lambda *a: (str(target), ""))
    old = os.umask(0o022)
    try:
        dialog.save_button.click()
    finally:
        os.umask(old)
    assert target.read_text(encoding="utf-8") == dialog.report_text()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
