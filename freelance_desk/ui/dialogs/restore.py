"""File ▸ Restore from backup…: the backups with what each holds, each checked in the background; the
chosen one replaces the open database (backed up first) and the window reopens on it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
)

from freelance_desk.core.errors import DomainError
from freelance_desk.db import backups
from freelance_desk.ui import format as fmt
from freelance_desk.ui import theme
from freelance_desk.ui.backups import BackupJob, mark_backed_up, run_with_progress
from freelance_desk.ui.forms import FormDialog, confirm

CHECKING, GOOD, DAMAGED = "checking", "good", "damaged"


class RestoreDialog(FormDialog):
    # the window reopens on this file once it is restored
    restored = Signal(str)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, self.tr("Restore from backup"), parent)
        self.settings = backups.folder_settings(ctx.db_path)
        self.backups = backups.list_backups(self.settings.folder)
        self.states: list[str] = [CHECKING] * len(self.backups)
        self.table = QTableWidget(len(self.backups), 9)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Made"), self.tr("Size"), self.tr("Why"), self.tr("Clients"), self.tr("Contracts"),
            self.tr("Time entries"), self.tr("Last entry"), self.tr("Net income"), self.tr("State"),
        ])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumWidth(640)
        for row, info in enumerate(self.backups):
            self._fill(row, info)
        where = QLabel(self.tr("Backups in {0}").format(str(self.settings.folder)))
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setWordWrap(True)
        self.form.addRow(where)
        self.add_field("backup", "", self.table)
        self.resize(min(self.table.horizontalHeader().length() + 60, 1200), 440)
        if not self.backups:
            self.show_error(DomainError(self.tr("There are no backups in this folder yet.")))
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.restore_button.setText(self.tr("Restore"))
        self.restore_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.checker: BackupJob | None = None
        if self.backups:
            self._check_all()

    def _fill(self, row: int, info: backups.BackupInfo) -> None:
        s = info.summary
        reasons = {
            backups.AUTO: self.tr("automatic"), backups.MANUAL: self.tr("backed up by you"),
            backups.QUIT: self.tr("on quit"), backups.BEFORE_IMPORT: self.tr("before an import"),
            backups.BEFORE_RESTORE: self.tr("before a restore"), backups.BEFORE_MIGRATION: self.tr("before an update"),
        }
        unknown = "–"
        cells = [
            fmt.local_datetime_seconds(info.created),
            QLocale().formattedDataSize(info.size),
            reasons.get(info.reason, info.reason),
            fmt.number(s.clients) if s else unknown,
            fmt.number(s.contracts) if s else unknown,
            fmt.number(s.time_entries) if s else unknown,
            fmt.local_datetime(s.last_entry) if s and s.last_entry else unknown,
            fmt.money(s.net_income_minor, s.home_currency) if s else unknown,
            self.tr("Checking…"),
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)  # plain text: never read as markup
            if 3 <= column <= 7:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)

    # --- checks in the background -------------------------------------------------------
    def _check_all(self) -> None:
        found = list(self.backups)

        def work(progress):
            for row, info in enumerate(found):
                ok = backups.verify(info)
                if not progress(row, 1 if ok else 0):  # (row, good?) to the GUI thread; False: the dialog closed
                    raise backups.Cancelled("")
            return None

        self.checker = BackupJob(work, self)
        self.checker.progressed.connect(self._checked)
        self.checker.start()

    def _checked(self, row: int, good: int) -> None:
        self.states[row] = GOOD if good else DAMAGED
        state = self.table.item(row, 8)
        if good:
            state.setText(self.tr("Checked: whole"))
            if self._selected_row() is None:  # the newest whole backup is the one offered
                self.table.selectRow(row)
        else:
            state.setText(self.tr("Damaged: cannot be restored"))
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                item.setFlags(item.flags() & ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable))
                if column == 8:
                    item.setForeground(theme.brush(theme.Role.DANGER))
            if self.table.currentRow() == row:
                self.table.clearSelection()
        self._update_button()

    def _selected_row(self) -> int | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return next(iter(rows)) if rows else None

    def _update_button(self) -> None:
        row = self._selected_row()
        self.restore_button.setEnabled(row is not None and self.states[row] == GOOD)

    def wait_for_checks(self) -> None:
        if self.checker is not None:
            self.checker.wait()

    def done(self, result: int) -> None:
        if self.checker is not None and self.checker.isRunning():
            self.checker.cancel()
            self.checker.wait()
        super().done(result)

    # --- restoring ----------------------------------------------------------------------
    def accept(self) -> None:
        row = self._selected_row()
        if row is None or self.states[row] != GOOD:
            return
        info = self.backups[row]
        if not confirm(
            self, self.tr("Restore from backup"),
            self.tr("Replace the data you have now with the backup made {0}? What you have now is backed up "
                    "first, so you can come back to it.").format(fmt.local_datetime(info.created)),
            self.tr("Restore"),
        ):
            return
        super().accept()

    def save(self):
        from freelance_desk.db.connection import close_database

        info = self.backups[self._selected_row()]
        path, folder, now = self.ctx.db_path, self.settings.folder, self.ctx.now()
        outcome, result = run_with_progress(
            self, self.tr("Restoring the backup…"),
            lambda progress: backups.prepare_restore(info, path, folder, now, progress),
        )
        if outcome == "cancelled":
            raise DomainError(self.tr("The restore was cancelled; your data is unchanged."))
        if outcome == "failed":
            raise result if isinstance(result, DomainError) else DomainError(str(result))
        # Nothing may run between closing the file and the swap: no event loop turn, so no timer reconnects.
        close_database()
        try:
            done = backups.finish_restore(result)
        finally:
            self.restored.emit(path)  # reopened, restored or (on a failed swap) as it was
        mark_backed_up(self.ctx)
        return done
