"""File ▸ Export in the window: everything as JSON, the tables as CSV into a folder, off the GUI thread with
progress; Cancel and a refusal leave nothing behind and say so."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from freelance_desk.db.connection import write
from freelance_desk.db.models import TimeEntry
from freelance_desk.services.io import export_csv as export_csv_module
from freelance_desk.ui.import_job import STEPS
from freelance_desk.ui.main_window import MainWindow
from tests.services.io.test_export_json import fill_everything


@pytest.fixture
def window(qtbot, ctx):
    fill_everything()
    with write():  # no running timer: closing the window would ask about it
        TimeEntry.delete().where(TimeEntry.end.is_null()).execute()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.start_page("clients")
    win.show()
    return win


def action(window, text: str):
    return next(a for a in window.export_actions if a.text().replace("&", "").startswith(text))


def test_the_export_menu_offers_the_three_exports(window):
    assert [a.text().replace("&", "") for a in window.export_actions] == [
        "Everything (JSON)…", "Tables as CSV…", "Deadlines as a calendar (.ics)…"]


def test_everything_is_exported_with_progress_and_the_file_named(window, monkeypatch, tmp_path):
    target = tmp_path / "all"  # no suffix typed: .json is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    action(window, "Everything").trigger()
    run = window.last_export_run
    assert run is not None and run.job.outcome == "ok" and run.steps[-1] == STEPS
    written = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert written["format"] == "freelance-desk" and written["time_entries"]
    assert str(tmp_path / "all.json") in window.statusBar().currentMessage()


def answer_the_question(window, button: str) -> list[str]:
    """Click ``button`` on the next question box that opens; return the list its text is put in."""
    asked: list[str] = []

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        asked.append(box.text())
        for candidate in box.buttons():
            if candidate.text().replace("&", "") == button:
                candidate.click()
                return
        raise AssertionError(f"no {button} button among {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, answer)
    return asked


def test_the_tables_go_into_the_chosen_folder_after_asking_before_replacing(window, monkeypatch, tmp_path):
    folder = tmp_path / "tables"
    folder.mkdir()
    (folder / "payments.csv").write_text("last week's", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    asked = answer_the_question(window, "Cancel")
    action(window, "Tables").trigger()
    assert asked and "payments.csv" in asked[0]
    assert (folder / "payments.csv").read_text(encoding="utf-8") == "last week's"  # not asked to: kept
    answer_the_question(window, "Replace")
    action(window, "Tables").trigger()
    assert sorted(p.name for p in folder.iterdir()) == ["invoices.csv", "milestones.csv", "payments.csv", "time_entries.csv"]
    with open(folder / "payments.csv", encoding="utf-8-sig", newline="") as f:
        assert next(csv.reader(f))[:3] == ["id", "date", "client"]
    assert f"Exported the tables into {folder}" == window.statusBar().currentMessage()


def test_a_cancelled_export_writes_nothing_and_says_so(window, monkeypatch, tmp_path):
    folder = tmp_path / "tables"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    monkeypatch.setattr(export_csv_module, "FETCH", 1)  # a row at a time: Cancel is seen after the first

    real = export_csv_module.export_csv

    def cancel_at_once(folder, chosen=None, *, progress=None, cancelled=None):
        window.last_export_run.job.cancel()  # as the Cancel button does, from the worker's side here
        return real(folder, chosen, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(export_csv_module, "export_csv", cancel_at_once)
    action(window, "Tables").trigger()
    assert list(folder.iterdir()) == []
    assert window.statusBar().currentMessage() == "Export cancelled; nothing was written."


def test_a_refused_export_says_why_in_the_status_bar(window, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "gone" / "all.json"), ""))
    action(window, "Everything").trigger()
    assert window.statusBar().currentMessage() == f"Nothing was exported: There is no folder {tmp_path / 'gone'} to write into."
    assert not (tmp_path / "gone").exists()


def test_the_deadlines_are_exported_as_a_calendar_in_the_interfaces_language(window, monkeypatch, tmp_path):
    from icalendar import Calendar

    target = tmp_path / "deadlines"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    action(window, "Deadlines").trigger()
    calendar = Calendar.from_ical((tmp_path / "deadlines.ics").read_bytes())
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert summaries and all(s.startswith(("Due: ", "Auto-approves: ", "Invoice ")) for s in summaries)
    assert window.statusBar().currentMessage().startswith(f"Exported the deadlines to {tmp_path / 'deadlines.ics'}")


def test_the_next_export_starts_in_the_folder_of_the_last(window, monkeypatch, tmp_path):
    asked_in = []

    def save_as(_parent, _title, where, _kinds):
        asked_in.append(Path(where))
        return str(tmp_path / "books" / "deadlines.ics"), ""

    (tmp_path / "books").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    action(window, "Deadlines").trigger()
    assert asked_in[0].parent == Path.home()  # the first time: the home folder
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda _p, _t, where: asked_in.append(Path(where)) or "")
    action(window, "Tables").trigger()
    assert asked_in[1] == tmp_path / "books"
    action(window, "Everything").trigger()
    assert asked_in[2].parent == tmp_path / "books" and asked_in[2].suffix == ".json"


def test_in_indonesian_the_calendar_speaks_indonesian_with_its_money_and_days(qtbot, ctx, in_indonesian, monkeypatch,
                                                                              tmp_path):
    from icalendar import Calendar

    fill_everything()
    with write():
        TimeEntry.delete().where(TimeEntry.end.is_null()).execute()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.start_page("clients")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "tenggat.ics"), ""))
    action(win, "Tenggat").trigger()
    descriptions = [str(e["DESCRIPTION"]) for e in
                    Calendar.from_ical((tmp_path / "tenggat.ics").read_bytes()).walk("VEVENT")]
    assert descriptions and all(d.startswith(("Jumlah: ", "Jumlah terutang: ")) for d in descriptions)
    assert "Jumlah terutang: Rp132.260" in descriptions  # the invoice still owed, in rupiah as Indonesian writes it
    amounts = [d.splitlines()[0].split(": ", 1)[1] for d in descriptions]
    assert all("," in a or a.startswith("Rp") for a in amounts), amounts
    assert win.statusBar().currentMessage().startswith(f"Tenggat diekspor ke {tmp_path / 'tenggat.ics'}")
