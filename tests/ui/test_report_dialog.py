"""The progress report dialog: pick contract and period, read it, copy it, save it."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtGui import QGuiApplication, QTextDocument

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


# --- saved for a viewer: Markdown escaped, PDF ------------------------------------------------------

HOSTILE_CLIENT = "<img src=x onerror=alert(1)> **Acme** & Co"
HOSTILE_CONTRACT = "[Site](http://evil.example) _v2_"


@pytest.fixture
def hostile(qtbot, ctx, database):
    client = create_client(ClientData(HOSTILE_CLIENT, timezone="Europe/Berlin"), now=NOW)
    contract = create_contract(ContractData(client.id, HOSTILE_CONTRACT, budget_minor=30000),
                               [MilestoneData("<b>Home</b>", 30000, date(2026, 3, 20))], now=NOW)
    start = datetime(2026, 3, 4, 9, tzinfo=UTC)
    TimeEntry.create(contract=contract.id, start=start, end=start + timedelta(minutes=90), note="`code` <script>")
    dialog = ReportDialog(ctx, None, contract.id)
    qtbot.addWidget(dialog)
    return dialog


def save_to(monkeypatch, target, kind=""):
    monkeypatch.setattr("freelance_desk.ui.dialogs.report.QFileDialog.getSaveFileName",
                        lambda *a: (str(target), kind))


def rendered(markdown: str) -> str:
    """What a Markdown viewer shows (Qt's own CommonMark reader)."""
    document = QTextDocument()
    document.setMarkdown(markdown)
    return document.toPlainText()


def test_the_screen_shows_the_users_text_as_typed(hostile):
    text = hostile.report_text()
    assert text.startswith(f"# Progress report: {HOSTILE_CONTRACT}\nClient: {HOSTILE_CLIENT} ·")
    assert "- `code` <script> — 1:30 h" in text


def test_a_report_saved_as_markdown_shows_the_names_as_typed_in_a_viewer(hostile, tmp_path, monkeypatch):
    target = tmp_path / "report.md"
    save_to(monkeypatch, target, "Markdown (*.md)")
    hostile.save_button.click()
    saved = target.read_text(encoding="utf-8")
    assert "<img" not in saved.replace("\\<img", "")  # no tag a viewer would run
    shown = rendered(saved)
    assert f"Progress report: {HOSTILE_CONTRACT}" in shown
    assert HOSTILE_CLIENT in shown and "<b>Home</b>" in shown and "`code` <script>" in shown
    document = QTextDocument()
    document.setMarkdown(saved)
    assert "img" not in document.toHtml().replace("&lt;img", "")  # no image, no link made of the names
    assert "evil.example\"" not in document.toHtml()


def test_a_report_saved_as_text_is_written_as_typed(hostile, tmp_path, monkeypatch):
    target = tmp_path / "report.txt"
    save_to(monkeypatch, target, "Text (*.txt)")
    hostile.save_button.click()
    assert target.read_text(encoding="utf-8") == hostile.report_text()


def squeezed(text: str) -> str:
    return "".join(text.split())


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
                                   reason="pdftotext is not installed (apt-get install poppler-utils)")


@needs_poppler
def test_save_as_pdf_writes_the_report_with_the_names_as_typed_and_its_fonts_embedded(hostile, tmp_path,
                                                                                       monkeypatch):
    target = tmp_path / "report"  # no suffix typed: .pdf is added
    save_to(monkeypatch, target)
    hostile.pdf_button.click()
    pdf = tmp_path / "report.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    text = squeezed(pdf_text(pdf))  # (a long heading may wrap anywhere)
    assert squeezed(f"Progress report: {HOSTILE_CONTRACT}") in text
    assert squeezed(HOSTILE_CLIENT) in text and "<b>Home</b>" in text and "1:30h" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout.splitlines()
    assert len(fonts) > 2 and all(line.split()[-5] == "yes" for line in fonts[2:])  # emb column: every font
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert "(A4)" in info  # an English (US-less) locale in the tests: A4
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600


@needs_poppler
def test_in_indonesian_the_pdf_is_in_indonesian(qtbot, ctx, contracts, in_indonesian, tmp_path, monkeypatch):
    dialog = ReportDialog(ctx, None, contracts[0].id)
    qtbot.addWidget(dialog)
    save_to(monkeypatch, tmp_path / "laporan.pdf")
    dialog.pdf_button.click()
    text = " ".join(pdf_text(tmp_path / "laporan.pdf").split())
    assert "Laporan kemajuan: Website" in text and "1:30 jam" in text


def test_a_pdf_that_cannot_be_written_says_so_and_leaves_nothing(hostile, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(hostile.ctx, "show_status", shown.append)
    save_to(monkeypatch, tmp_path / "gone" / "report.pdf")
    hostile.pdf_button.click()
    assert shown == [f"Could not save the report: There is no folder {tmp_path / 'gone'} to write into."]
    assert not (tmp_path / "gone").exists()
