"""File ▸ Export: everything as JSON, the tables as CSV, the deadlines as a calendar.

Each asks where to write (a file, or for the tables a folder), then runs the service off the GUI
thread (:class:`.import_job.ImportJob`, which gives the worker its own database connection) in a
modal progress dialog with Cancel; the status bar says what was written, or that nothing was. The
services write whole or not at all, so Cancel and a failure leave the target as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from freelance_desk.settings import EXPORT_FOLDER
from freelance_desk.ui.backups import ProgressRun, why_not_written
from freelance_desk.ui.forms import confirm
from freelance_desk.ui.import_job import ImportJob


def _services(text: str) -> str:
    """A text the services marked, in the interface's language (the calendar's event names)."""
    return QCoreApplication.translate("services", text)


class ExportRun(ProgressRun):
    """``work(progress, cancelled)`` in a thread on a database connection of its own, shown in a modal
    progress dialog until it ends: (outcome — "ok", "cancelled" or "failed" — and the result or the error)."""

    object_name = "exportProgress"

    def title(self) -> str:
        return QCoreApplication.translate("Exports", "Export")

    def make_job(self, work: Callable):
        return ImportJob(work, uses_database=True)

    def ended(self) -> None:
        self.job.sync_read_only()


def _run(window, ctx, label: str, work: Callable, written: Callable[[object], str]) -> None:
    run = ExportRun(window, label, work)
    window.last_export_run = run  # (tests look at it)
    outcome, result = run.run()
    if outcome == "ok":
        ctx.show_status(written(result))
        return
    if outcome == "cancelled":
        ctx.show_status(QCoreApplication.translate("Exports", "Export cancelled; nothing was written."))
        return
    ctx.show_status(QCoreApplication.translate("Exports", "Nothing was exported: {0}").format(
        why_not_written(ctx, result)))


def _last_folder(ctx) -> str:
    return ctx.ui_settings.get(EXPORT_FOLDER) or str(Path.home())


def ask_file(window, ctx, title: str, suggested: str, kind: str, suffix: str) -> Path | None:
    """The file to write, asked in the folder of the last export (remembered for the next)."""
    path, _ = QFileDialog.getSaveFileName(window, title, str(Path(_last_folder(ctx)) / suggested), kind)
    if not path:
        return None
    ctx.ui_settings.set(EXPORT_FOLDER, str(Path(path).parent))
    return Path(path if path.lower().endswith(suffix) else path + suffix)


def _to_file(window, ctx, asked: tuple[str, str, str, str], label: str, export: Callable,
             written: Callable[[object], str]) -> None:
    """Ask for the file (``asked``: the dialog's title, the suggested name, the kind and its suffix), then
    run ``export(out, now, progress, cancelled)`` with progress; the status bar says ``written(done)``."""
    out = ask_file(window, ctx, *asked)
    if out is None:
        return
    now = ctx.now()
    _run(window, ctx, label, lambda progress, cancelled: export(out, now, progress, cancelled), written)


def export_everything(window, ctx) -> None:
    """File ▸ Export ▸ Everything (JSON)…: one file File ▸ Import reads back."""
    from freelance_desk.services.io.export_json import export_json

    done_text = QCoreApplication.translate("Exports", "Exported everything to {0}")
    _to_file(window, ctx,
             (QCoreApplication.translate("Exports", "Export everything"),
              f"freelance-desk-{date.today().isoformat()}.json",
              QCoreApplication.translate("Exports", "Freelance Desk export (*.json)"), ".json"),
             QCoreApplication.translate("Exports", "Exporting everything…"),
             lambda out, now, progress, cancelled: export_json(out, now, progress=progress, cancelled=cancelled),
             lambda done: done_text.format(str(done.path)))


def export_tables(window, ctx) -> None:
    """File ▸ Export ▸ Tables as CSV…: time entries, payments and milestones, one file each, in a folder."""
    from freelance_desk.services.io.export_csv import TABLES_CSV, export_csv

    folder = QFileDialog.getExistingDirectory(
        window, QCoreApplication.translate("Exports", "Export tables into a folder"), _last_folder(ctx))
    if not folder:
        return
    ctx.ui_settings.set(EXPORT_FOLDER, folder)
    there = [table.file for table in TABLES_CSV if (Path(folder) / table.file).exists()]
    if there:
        question = QCoreApplication.translate("Exports", "{0} already holds {1}. Replace them with today's?")
        if not confirm(window, QCoreApplication.translate("Exports", "Replace the tables?"),
                       question.format(folder, ", ".join(there)), QCoreApplication.translate("Exports", "Replace")):
            return
    done_text = QCoreApplication.translate("Exports", "Exported the tables into {0}")
    _run(window, ctx, QCoreApplication.translate("Exports", "Exporting the tables…"),
         lambda progress, cancelled: export_csv(Path(folder), progress=progress, cancelled=cancelled),
         lambda done: done_text.format(folder))


def export_calendar(window, ctx) -> None:
    """File ▸ Export ▸ Deadlines as a calendar…: an .ics file a calendar app subscribes to or imports."""
    from freelance_desk.services.io.export_ics import export_ics
    from freelance_desk.ui.format import money, short_date

    done_text = QCoreApplication.translate("Exports", "Exported the deadlines to {0} (events: {1})")
    _to_file(window, ctx,
             (QCoreApplication.translate("Exports", "Export the deadlines"), "freelance-desk-deadlines.ics",
              QCoreApplication.translate("Exports", "Calendar files (*.ics)"), ".ics"),
             QCoreApplication.translate("Exports", "Exporting the deadlines…"),
             lambda out, now, _progress, _cancelled: export_ics(out, now, translate=_services, money=money,
                                                                day_text=short_date),
             lambda done: done_text.format(str(done.path), sum(done.rows.values())))
