"""A progress report for a client who reads rather than calls: pick contract and period, copy or save."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import (
    QFontDatabase,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QTextDocument,
)
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
from freelance_desk.services.clients.clock import client_clock
from freelance_desk.services.contracts import listing as contract_list
from freelance_desk.services.io.written import replaced_whole
from freelance_desk.services.overview import reports
from freelance_desk.services.settings import store as settings_store
from freelance_desk.ui.backups import why_not_written
from freelance_desk.ui.buttons import name_standard_buttons
from freelance_desk.ui.format import money, pydate, qdate
from freelance_desk.ui.pdf import page_size_for, write_pdf
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
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        name_standard_buttons(buttons)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save_as)
        self.pdf_button.clicked.connect(self.save_pdf)
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
        self.report = None
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
        self.report = report
        self.text.setPlainText(self.written())
        self._enable(True)
        clock = client_clock(self.ctx.local_zone(), report.client_zone, self.ctx.now(), settings_store.working_hours())
        self.client_time.setText(
            self.tr("{0}'s time: {1}; {2}. Send it when they can read it.").format(
                report.client, clock_text(clock), overlap_text(clock))
        )

    def _enable(self, on: bool) -> None:
        for button in (self.copy_button, self.save_button, self.pdf_button):
            button.setEnabled(on)

    def written(self, literal=None) -> str:
        """The report in the interface's language; ``literal`` writes the user's own text (for Markdown
        that a viewer renders, :func:`reports.markdown_literal`; as typed otherwise)."""
        return reports.report_markdown(
            self.report,
            lambda s: QCoreApplication.translate("services", s),
            lambda s, n: english_plural(QCoreApplication.translate("services", s, None, n), n),
            money,
            literal,
        )

    def report_text(self) -> str:
        return self.text.toPlainText()

    def _suggested(self, suffix: str) -> str:
        slug = re.sub(r"[^\w-]+", "-", self.contract.currentText().split(" — ", 1)[-1]).strip("-").lower() or "report"
        return f"progress-{slug}-{pydate(self.end.date()).isoformat()}{suffix}"

    def copy(self) -> None:
        if not self.copy_button.isEnabled():
            return
        QGuiApplication.clipboard().setText(self.report_text())
        self.ctx.show_status(self.tr("Report copied: paste it into a message to the client."))
        self.copy_button.setText(self.tr("Copied ✓"))

    def save_as(self) -> None:
        """Save as Markdown (the user's text escaped, so a viewer shows it as typed) or as plain text."""
        if not self.save_button.isEnabled():
            return
        markdown = self.tr("Markdown (*.md)")
        path, kind = QFileDialog.getSaveFileName(self, self.tr("Save report"), self._suggested(".md"),
                                                 markdown + ";;" + self.tr("Text (*.txt)"))
        if not path:
            return
        as_markdown = kind == markdown or (not kind and not path.lower().endswith(".txt"))
        text = self.written(reports.markdown_literal) if as_markdown else self.report_text()
        try:
            with replaced_whole(Path(path), encoding="utf-8", newline="") as f:  # 0600: a client's work and money
                f.write(text)
        except (OSError, DomainError) as e:
            self._could_not_save(e)
            return
        self.ctx.show_status(self.tr("Report saved to {0}").format(path))

    def save_pdf(self) -> None:
        """Save as PDF: the Markdown laid out by Qt (headings, lists), on the locale's paper."""
        if not self.pdf_button.isEnabled():
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report as PDF"), self._suggested(".pdf"),
                                              self.tr("PDF (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setMarkdown(self.written(reports.markdown_literal))
        title = self.tr("Progress report: {0}").format(self.report.contract)
        try:
            write_pdf(Path(path), document, title, page_size_for(QLocale()))
        except (OSError, DomainError) as e:
            self._could_not_save(e)
            return
        self.ctx.show_status(self.tr("Report saved to {0}").format(path))

    def _could_not_save(self, e: Exception) -> None:
        self.ctx.show_status(self.tr("Could not save the report: {0}").format(why_not_written(self.ctx, e)))


def open_progress_report(ctx, parent=None, contract_id: int | None = None) -> None:
    """Show the progress report dialog (the contracts page and the dashboard call this)."""
    dialog = ReportDialog(ctx, parent, contract_id)
    dialog.exec()
    dialog.deleteLater()
