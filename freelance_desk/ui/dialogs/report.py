"""A progress report for a client who reads rather than calls: pick contract and period, copy or save."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from freelance_desk.core.calendar import Period, up_to
from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import english_plural
from freelance_desk.paths import open_private
from freelance_desk.services.clients.clock import client_clock
from freelance_desk.services.contracts import listing as contract_list
from freelance_desk.services.overview import reports
from freelance_desk.services.settings import store as settings_store
from freelance_desk.ui.buttons import name_standard_buttons
from freelance_desk.ui.format import money, pydate, qdate
from freelance_desk.ui.widgets.client_clock import clock_text, overlap_text
from freelance_desk.ui.widgets.period_combo import PeriodCombo, bounds_of

PERIODS = (Period.THIS_WEEK, Period.LAST_WEEK, Period.LAST_14_DAYS, Period.THIS_MONTH, Period.LAST_MONTH, Period.CUSTOM)


def period_of(period: Period, today: date) -> tuple[date, date] | None:
    """The days a period choice covers, up to today (None for a custom range)."""
    return up_to(bounds_of(period, today, settings_store.week_start), today)

class ReportDialog(QDialog):
    def __init__(self, ctx, parent=None, contract_id: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Progress report"))
        self.resize(720, 640)
        outer = QVBoxLayout(self)

        pickers = QHBoxLayout()
        self.contract = QComboBox()
        self.contract.setMinimumContentsLength(30)
        for row in contract_list.list_contracts(today=ctx.today()):
            self.contract.addItem(f"{row.client} — {row.title}", row.id)
        self.period = PeriodCombo(PERIODS)
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
        pickers.addWidget(QLabel(self.tr("&Contract")))
        pickers.itemAt(0).widget().setBuddy(self.contract)
        pickers.addWidget(self.contract, 1)
        pickers.addWidget(QLabel(self.tr("Period")))
        pickers.addWidget(self.period)
        pickers.addWidget(self.start)
        pickers.addWidget(QLabel("–"))
        pickers.addWidget(self.end)
        outer.addLayout(pickers)

        self.client_time = QLabel()
        self.client_time.setTextFormat(Qt.TextFormat.PlainText)
        self.client_time.setObjectName("cardTitle")
        self.client_time.setWordWrap(True)
        outer.addWidget(self.client_time)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        outer.addWidget(self.text, 1)

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Copy to clipboard"))
        self.copy_button.setObjectName("primary")
        self.save_button = QPushButton(self.tr("&Save…"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        name_standard_buttons(buttons)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save_as)
        QShortcut(QKeySequence.StandardKey.Copy, self, self.copy)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_as)

        if contract_id is not None:
            self.contract.setCurrentIndex(max(self.contract.findData(contract_id), 0))
        self.period.select(Period.LAST_14_DAYS)
        self._period_changed()
        self.contract.currentIndexChanged.connect(lambda _i: self.update_report())
        self.period.currentIndexChanged.connect(lambda _i: self._period_changed())
        self.start.dateChanged.connect(lambda _d: self._dates_edited())
        self.end.dateChanged.connect(lambda _d: self._dates_edited())
        self.copy_button.setFocus()

    def _period_changed(self) -> None:
        bounds = period_of(self.period.period(), self.ctx.today())
        if bounds is not None:
            for edit, day in zip((self.start, self.end), bounds):
                edit.blockSignals(True)
                edit.setDate(qdate(day))
                edit.blockSignals(False)
        self.update_report()

    def _dates_edited(self) -> None:
        self.period.blockSignals(True)
        self.period.select(Period.CUSTOM)
        self.period.blockSignals(False)
        self.update_report()

    def update_report(self) -> None:
        contract_id = self.contract.currentData()
        if contract_id is None:
            self.text.setPlainText(self.tr("There is no contract to report on yet."))
            self._enable(False)
            return
        try:
            report = reports.progress_report(contract_id, pydate(self.start.date()), pydate(self.end.date()),
                                             self.ctx.local_zone())
        except DomainError as e:
            self.text.setPlainText(self.ctx.error_text(e))
            self._enable(False)
            return
        self.text.setPlainText(
            reports.report_markdown(
                report,
                lambda s: QCoreApplication.translate("services", s),
                lambda s, n: english_plural(QCoreApplication.translate("services", s, None, n), n),
                money,
            )
        )
        self._enable(True)
        clock = client_clock(self.ctx.local_zone(), report.client_zone, self.ctx.now(), settings_store.working_hours())
        self.client_time.setText(
            self.tr("{0}'s time: {1}; {2}. Send it when they can read it.").format(
                report.client, clock_text(clock), overlap_text(clock))
        )

    def _enable(self, on: bool) -> None:
        self.copy_button.setEnabled(on)
        self.save_button.setEnabled(on)

    def report_text(self) -> str:
        return self.text.toPlainText()

    def copy(self) -> None:
        if not self.copy_button.isEnabled():
            return
        QGuiApplication.clipboard().setText(self.report_text())
        self.ctx.show_status(self.tr("Report copied: paste it into a message to the client."))
        self.copy_button.setText(self.tr("Copied ✓"))

    def save_as(self) -> None:
        if not self.save_button.isEnabled():
            return
        slug = re.sub(r"[^\w-]+", "-", self.contract.currentText().split(" — ", 1)[-1]).strip("-").lower() or "report"
        suggested = f"progress-{slug}-{pydate(self.end.date()).isoformat()}.md"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), suggested,
                                              self.tr("Markdown (*.md);;Text (*.txt)"))
        if not path:
            return
        try:
            with open_private(path, "w", encoding="utf-8") as f:  # 0600: a client's work and money
                f.write(self.report_text())
        except OSError as e:
            self.ctx.show_status(self.tr("Could not save the report: {0}").format(e.strerror or str(e)))
            return
        self.ctx.show_status(self.tr("Report saved to {0}").format(path))


def open_progress_report(ctx, parent=None, contract_id: int | None = None) -> None:
    """Show the progress report dialog (the contracts page and the dashboard call this)."""
    dialog = ReportDialog(ctx, parent, contract_id)
    dialog.exec()
    dialog.deleteLater()
