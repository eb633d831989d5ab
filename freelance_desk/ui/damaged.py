"""A database refused as damaged: the message in words, and the newest good backup offered.

The backups live in ``freelance_desk.db.backups`` (imported only here, and only when a damaged file
is met); the folder is the backup folder set in the file (read if it still can be), else the default.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from freelance_desk import APP_NAME
from freelance_desk.core.errors import DomainError
from freelance_desk.ui.buttons import name_standard_buttons
from freelance_desk.ui.widgets.notice import fail

log = logging.getLogger(__name__)


def newest_backup(folder: Path | None):
    """The newest good backup in ``folder`` (None when there is none, or no backups module)."""
    if folder is None:
        return None, None
    try:
        backups = importlib.import_module("freelance_desk.db.backups")
    except ModuleNotFoundError as e:
        if e.name != "freelance_desk.db.backups":
            raise
        return None, None
    try:
        return backups, backups.newest_good_backup(folder)
    except (OSError, DomainError):
        log.warning("backups in the backup folder could not be read")
        return backups, None


def backup_folder(db_path: Path) -> Path | None:
    """The backup folder set for ``db_path`` (read from it if it still can be, else the default)."""
    try:
        backups = importlib.import_module("freelance_desk.db.backups")
    except ModuleNotFoundError:
        return None
    return backups.folder_settings(db_path).folder


def offer_backup(parent, db_path: Path, message: str, folder: Path | None = None) -> bool:
    """Show ``message`` (what is wrong, nothing changed, where the file is); when a good backup
    exists, offer to restore it. True once it was restored (the caller opens the file again)."""
    folder = Path(folder) if folder is not None else backup_folder(db_path)
    backups, info = newest_backup(folder)
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, message, QMessageBox.StandardButton.Close, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    name_standard_buttons(box)
    restore = None
    if info is not None:
        when = QLocale().toString(info.created.astimezone(), QLocale.FormatType.LongFormat)
        offer = QCoreApplication.translate("DamagedDatabase",
                                           "The newest good backup is from {0}. Restore it in place of this file?")
        box.setInformativeText(offer.format(when))
        restore = box.addButton(QCoreApplication.translate("DamagedDatabase", "Restore the backup"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(restore)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    try:
        backups.restore(info, Path(db_path), folder)
    except (OSError, DomainError) as e:
        text = e.text(lambda t: QCoreApplication.translate("services", t)) if isinstance(e, DomainError) \
            else (e.strerror or type(e).__name__)
        failed = QCoreApplication.translate("DamagedDatabase", "The backup could not be restored: {0}")
        fail(parent, APP_NAME, failed.format(text))
        return False
    log.info("restored a backup over a damaged database")
    return True
