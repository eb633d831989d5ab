"""File ▸ Import time entries…: pick a CSV file, import it whole or not at all, undoable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from freelance_desk.core.errors import DomainError
from freelance_desk.services.io import time_csv as time_import
from freelance_desk.ui.context import TIME
from freelance_desk.ui.undo.io import ImportTimeEntries
from freelance_desk.ui.widgets.notice import warn


def import_time_entries(parent: QWidget, ctx) -> time_import.Imported | None:
    """Ask for a file and import it; on a problem, show the lines at fault (nothing was changed)."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportTime", "Import time entries"),
        "",
        QCoreApplication.translate("ImportTime", "CSV files (*.csv);;All files (*)"),
    )
    if not path:
        return None
    from freelance_desk.db.backups import BEFORE_IMPORT
    from freelance_desk.ui.backups import backup_before

    if not backup_before(parent, ctx, BEFORE_IMPORT):
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # 50,000 lines take a couple of seconds
    try:  # on the GUI thread: the window waits until the file is read
        imported = time_import.import_entries(Path(path), ctx.local_zone(), ctx.now())
    except DomainError as error:
        QApplication.restoreOverrideCursor()
        warn(
            parent,
            QCoreApplication.translate("ImportTime", "Import time entries"),
            QCoreApplication.translate("ImportTime", "Nothing was imported; your data is unchanged.")
            + "\n\n" + ctx.error_text(error),
        )
        return None
    except BaseException:
        QApplication.restoreOverrideCursor()  # never leave the wait cursor behind
        raise
    QApplication.restoreOverrideCursor()
    ctx.undo_stack.push(ImportTimeEntries(
        QCoreApplication.translate("ImportTime", "Import time entries ({0})").format(imported.count),
        imported,
        after=lambda: ctx.notify(TIME),
        failed=lambda error: ctx.show_status(ctx.error_text(error)),
    ))
    ctx.show_status(QCoreApplication.translate("ImportTime", "Time entries imported: {0}").format(imported.count))
    ctx.notify(TIME)
    return imported
