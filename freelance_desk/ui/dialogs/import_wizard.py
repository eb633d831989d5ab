"""File ▸ Import…: another tool's export (or this app's own CSV or JSON) brought in, one wizard for every format.

The pages, each on ``services/io/moving_in`` (no rule lives here):

1. **File**: the file or folder (Browse…, Folder…, or dropped on the window) and its format
   (detected unless chosen).
2. **Preview**: the file read in a thread (progress, Stop): its format, rows, days, hours per
   source project, money, notes, people; or the problems by line, and no Next.
3. **Mapping**: where each source project goes (a new contract or a kept one), whose rows are
   mine in a team export, the zone of naive times, day- or month-first dates (re-reads the file).
4. **Check**: a dry run in a thread says what will happen (entries, payments, moved and why,
   duplicates, what is created), or the problems by line.
5. **Import**: a backup first, then the write in a thread (progress, Stop: nothing written).
6. **Summary**: what was written, and Undo import (the undo stack's command, also Edit ▸ Undo).

User text (file names, projects, clients, problems quoting cells) is shown as plain text.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from freelance_desk.core.errors import DomainError
from freelance_desk.services.io import moving_in
from freelance_desk.services.io.lines import ImportFailed
from freelance_desk.services.io.sources import registry
from freelance_desk.services.io.sources.base import DATE_ORDER, ReadOptions
from freelance_desk.settings import IMPORT_FOLDER, IMPORT_FORMAT
from freelance_desk.ui import format as fmt
from freelance_desk.ui import theme
from freelance_desk.ui.context import (
    CLIENTS,
    CONTRACTS,
    MILESTONES,
    PAYMENTS,
    PROPOSALS,
    SETTINGS,
    TIME,
)
from freelance_desk.ui.import_job import STEPS, ImportJob

FILE, PREVIEW, MAPPING, CHECK, IMPORT, SUMMARY = range(6)
NEW = 0  # a mapping combo's data for "a new contract" (contract ids start at 1)


def _plain(text: str = "", wrap: bool = True) -> QLabel:
    """A label that shows its text literally (file names and the file's own words in it)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


def format_label(format_) -> str:
    return QCoreApplication.translate("ImportFormats", format_.label)


class ProgressPanel(QWidget):
    """What a page waits for: a label, a bar and Stop (the work stops; the wizard stays)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = _plain()
        self.bar = QProgressBar()
        self.bar.setRange(0, STEPS)
        self.bar.setTextVisible(False)
        self.stop = QPushButton(QCoreApplication.translate("ImportWizard", "&Stop"))
        self.stop.setObjectName("importStop")
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.stop)
        lay.addWidget(self.label)
        lay.addLayout(row)
        self.hide()

    def start(self, text: str, job: ImportJob) -> None:
        self.label.setText(text)
        self.bar.setValue(0)
        self.stop.setEnabled(True)
        self.stop.clicked.connect(job.cancel)
        self.stop.clicked.connect(lambda: self.stop.setEnabled(False))
        job.progressed.connect(lambda done, _total: self.bar.setValue(done))
        self.show()
        self.stop.setFocus()

    def end(self) -> None:
        try:
            self.stop.clicked.disconnect()
        except (RuntimeError, TypeError):
            pass
        self.hide()


class ProblemList(QWidget):
    """Why nothing can be imported: a heading, the problems by line (read-only), and what to do."""

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.heading = _plain()
        self.heading.setStyleSheet(theme.text_style(theme.Role.DANGER, bold=True))
        self.list = QListWidget()
        self.list.setObjectName("importProblems")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # read-only; text can be copied
        self.hint = _plain()
        lay.addWidget(self.heading)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.hint)
        self.hide()

    def show_problems(self, heading: str, lines: list[str], hint: str) -> None:
        self.heading.setText(heading)
        self.list.clear()
        self.list.addItems(lines)  # QListWidget items are plain text
        if self.list.count():
            self.list.setCurrentRow(0)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.show()

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]


def problem_lines(ctx, error: Exception) -> list[str]:
    """Each problem on a line of its own: "Line 4: …" (an ImportFailed), else the one message."""
    if isinstance(error, ImportFailed):
        return ctx.error_text(error).split("\n")
    if isinstance(error, DomainError):
        return [ctx.error_text(error)]
    return [str(error) or type(error).__name__]


def clear_form(form: QFormLayout) -> None:
    while form.rowCount():
        form.removeRow(0)


def add_fact(form: QFormLayout, label: str, value: str, name: str = "") -> QLabel:
    shown = _plain(value)
    if name:
        shown.setObjectName(name)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    form.addRow(_plain(label, wrap=False), shown)
    return shown


def money_text(amounts) -> str:
    """Net money per currency: "$1,200.00 · Rp7.500.000"."""
    return " · ".join(fmt.money(minor, currency) for currency, minor in sorted(dict(amounts).items()))


def summary_facts(form: QFormLayout, summary: moving_in.Summary, imported: moving_in.Imported) -> dict[str, QLabel]:
    """What an import writes (or would): the same rows on the Check and the Summary pages."""
    clear_form(form)
    shown = {}
    restored = imported.restored
    if restored is not None:
        rows = restored.rows
        shown["restored"] = add_fact(
            form,
            QCoreApplication.translate("ImportWizard", "Restored whole:"),
            QCoreApplication.translate(
                "ImportWizard", "clients: {0}, contracts: {1}, milestones: {2}, proposals: {3}, gigs: {4}, and the settings"
            ).format(*(fmt.number(rows[key]) for key in ("clients", "contracts", "milestones", "proposals", "gigs"))),
            "importRestored",
        )
    shown["entries"] = add_fact(
        form,
        QCoreApplication.translate("ImportWizard", "Time entries:"),
        QCoreApplication.translate("ImportWizard", "{0} ({1} hours)").format(
            fmt.number(summary.entries), fmt.duration(summary.seconds)
        ),
        "importEntries",
    )
    if summary.payments or summary.net_minor:
        paid = fmt.number(summary.payments)
        if summary.net_minor:
            paid = QCoreApplication.translate("ImportWizard", "{0} ({1} net)").format(
                paid, money_text(summary.net_minor)
            )
        shown["payments"] = add_fact(
            form, QCoreApplication.translate("ImportWizard", "Payments:"), paid, "importPayments"
        )
    if summary.connects_cost_minor:
        shown["connects"] = add_fact(
            form,
            QCoreApplication.translate("ImportWizard", "Connects bought:"),
            QCoreApplication.translate("ImportWizard", "{0} ({1})").format(
                fmt.number(summary.connects), money_text(summary.connects_cost_minor)),
            "importConnects",
        )
    if summary.moved:
        why = []
        if summary.untimed:
            why.append(QCoreApplication.translate("ImportWizard", "{0} without a clock time").format(
                fmt.number(summary.untimed)))
        if summary.overlapping:
            why.append(QCoreApplication.translate("ImportWizard", "{0} overlapping another entry").format(
                fmt.number(summary.overlapping)))
        shown["moved"] = add_fact(
            form,
            QCoreApplication.translate("ImportWizard", "Moved:"),
            QCoreApplication.translate(
                "ImportWizard",
                "{0} ({1}); each keeps its length and day, laid out back to back from the start of your working day.",
            ).format(fmt.number(summary.moved), ", ".join(why)),
            "importMoved",
        )
    if summary.duplicates:
        shown["duplicates"] = add_fact(
            form,
            QCoreApplication.translate("ImportWizard", "Skipped:"),
            QCoreApplication.translate("ImportWizard", "{0} imported before").format(fmt.number(summary.duplicates)),
            "importDuplicates",
        )
    if summary.others:
        shown["others"] = add_fact(
            form,
            QCoreApplication.translate("ImportWizard", "Other people's rows:"),
            QCoreApplication.translate("ImportWizard", "{0}, left out").format(fmt.number(summary.others)),
            "importOthers",
        )
    if summary.repeated:
        shown["repeated"] = add_fact(
            form,
            QCoreApplication.translate("ImportWizard", "Repeated hour:"),
            QCoreApplication.translate(
                "ImportWizard", "{0} in an hour the clocks went back over, read as its first time"
            ).format(fmt.number(summary.repeated)),
            "importRepeated",
        )
    if imported.clients:
        names = ", ".join(c["name"] for c in imported.clients)
        shown["clients"] = add_fact(
            form,
            QCoreApplication.translate("ImportWizard", "New clients:"),
            f"{fmt.number(len(imported.clients))}: {names}",
            "importClients",
        )
    if imported.contracts:
        names = ", ".join(f"{client} / {title}" for client, title in imported.contract_names) or ", ".join(
            c["title"] for c in imported.contracts)
        shown["contracts"] = add_fact(
            form,
            QCoreApplication.translate("ImportWizard", "New contracts:"),
            f"{fmt.number(len(imported.contracts))}: {names}",
            "importContracts",
        )
    return shown


class ImportWizard(QWizard):
    """File ▸ Import…; ``path`` fills the first page (a file dropped on the window)."""

    imported = Signal(object)  # moving_in.Imported, once written

    def __init__(self, ctx, path: str = "", parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importWizard")
        self.setWindowTitle(QCoreApplication.translate("ImportWizard", "Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        # Qt ships no Indonesian for its wizard buttons: named here, like name_standard_buttons does
        self.setButtonText(QWizard.WizardButton.BackButton, QCoreApplication.translate("ImportWizard", "&Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, QCoreApplication.translate("ImportWizard", "&Next"))
        self.setButtonText(QWizard.WizardButton.CommitButton, QCoreApplication.translate("ImportWizard", "&Next"))
        self.setButtonText(QWizard.WizardButton.CancelButton, QCoreApplication.translate("ImportWizard", "Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, QCoreApplication.translate("ImportWizard", "&Done"))
        self.job: ImportJob | None = None
        self._ended = lambda: None  # tells the running job's page that it ended
        self.fmt = None  # the Format read
        self.parsed = None
        self.date_order: str | None = None
        self.result: moving_in.Imported | None = None  # what was written
        self.command = None  # its undo command
        self.file_page = FilePage(self, path)
        self.preview_page = PreviewPage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.import_page = ImportPage(self)
        self.summary_page = SummaryPage(self)
        for index, page in enumerate(
            (self.file_page, self.preview_page, self.mapping_page, self.check_page, self.import_page, self.summary_page)
        ):
            self.setPage(index, page)
        self.resize(760, 560)

    # --- the work in a thread

    def run(self, panel: ProgressPanel, text: str, work, done, uses_database: bool = False) -> ImportJob:
        """``work(progress, cancelled)`` in a thread shown on ``panel``; ``done(outcome, result)`` after,
        once, on the GUI thread (at once when :meth:`stop_job` waited for it)."""
        self.stop_job()
        job = ImportJob(work, uses_database)
        self.job = job
        panel.start(text, job)
        told = []

        def ended() -> None:
            if told:
                return
            told.append(True)
            job.wait()
            job.sync_read_only()
            panel.end()
            if self.job is job:
                self.job = None
            done(job.outcome, job.result)

        self._ended = ended
        job.finished.connect(ended)
        job.start()
        return job

    def busy(self) -> bool:
        return self.job is not None

    def stop_job(self) -> None:
        """Stop the work under way, wait for its thread (a write is rolled back) and tell its page."""
        if self.job is None:
            return
        self.job.cancel()
        self.job.wait()
        self._ended()

    def done(self, result: int) -> None:  # noqa: D401 - QDialog.done: Cancel, Esc, Done, closing
        self.stop_job()
        if self.summary_page.watching:
            self.summary_page.watching = False
            self.ctx.undo_stack.indexChanged.disconnect(self.summary_page.stack_moved)
        super().done(result)

    # --- reading

    def format_name(self) -> str | None:
        return self.file_page.format_combo.currentData() or None

    def path(self) -> Path:
        return Path(self.file_page.path_edit.text().strip()).expanduser()

    def read(self, panel: ProgressPanel, done) -> None:
        """Read the file (in its chosen format and date order); ``done(outcome, error)`` after."""
        path, name, order = self.path(), self.format_name(), self.date_order
        self.fmt = self.parsed = None

        def work(progress, cancelled):
            return moving_in.read_source(
                path, name, ReadOptions(date_order=order, progress=progress, cancelled=cancelled)
            )

        def finished(outcome, result):
            if outcome == "ok":
                self.fmt, self.parsed = result
                done(outcome, None)
            else:
                done(outcome, result)

        self.run(
            panel,
            QCoreApplication.translate("ImportWizard", "Reading {0}…").format(path.name or str(path)),
            work,
            finished,
        )

    def choices(self) -> moving_in.Choices:
        return self.mapping_page.choices()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, path: str):
        super().__init__()
        self.ctx = wizard.ctx
        self.setTitle(QCoreApplication.translate("ImportWizard", "Choose the file"))
        intro = _plain(
            QCoreApplication.translate(
                "ImportWizard",
                "An export of another time tracker or platform, or this app's own CSV or JSON. You can also drop a file "
                "on the window.",
            )
        )
        self.path_edit = QLineEdit(path)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setClearButtonEnabled(True)
        self.browse = QPushButton(QCoreApplication.translate("ImportWizard", "B&rowse…"))
        self.folder = QPushButton(QCoreApplication.translate("ImportWizard", "F&older…"))
        self.folder.setToolTip(
            QCoreApplication.translate("ImportWizard", "A folder export, such as Timewarrior's data folder")
        )
        self.browse.clicked.connect(self._browse)
        self.folder.clicked.connect(self._browse_folder)
        self.path_edit.textChanged.connect(self._changed)
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("importFormat")
        self.format_combo.addItem(QCoreApplication.translate("ImportWizard", "Detect automatically"), "")
        for format_ in registry.formats():
            self.format_combo.addItem(format_label(format_), format_.name)
        last = self.ctx.ui_settings.get(IMPORT_FORMAT)
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(last)))
        self.missing = _plain()
        self.missing.setStyleSheet(theme.text_style(theme.Role.DANGER))
        self.missing.hide()

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        row.addWidget(self.folder)
        form = QFormLayout()
        path_label = QLabel(QCoreApplication.translate("ImportWizard", "&Path:"))
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, row)
        form.addRow("", self.missing)
        format_label_ = QLabel(QCoreApplication.translate("ImportWizard", "&Format:"))
        format_label_.setBuddy(self.format_combo)
        form.addRow(format_label_, self.format_combo)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addSpacing(8)
        lay.addLayout(form)
        lay.addStretch(1)
        self.setTabOrder(self.path_edit, self.browse)
        self.setTabOrder(self.browse, self.folder)
        self.setTabOrder(self.folder, self.format_combo)

    def initializePage(self) -> None:  # noqa: N802
        self.path_edit.setFocus()

    def _start_folder(self) -> str:
        text = self.path_edit.text().strip()
        if text:
            here = Path(text).expanduser()
            return str(here if here.is_dir() else here.parent)
        return self.ctx.ui_settings.get(IMPORT_FOLDER) or str(Path.home())

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ImportWizard", "Import"),
            self._start_folder(),
            QCoreApplication.translate(
                "ImportWizard",
                "Exports (*.csv *.json *.txt *.data);;CSV files (*.csv);;JSON files (*.json);;All files (*)",
            ),
        )
        if path:
            self.path_edit.setText(path)

    def _browse_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("ImportWizard", "Import a folder"), self._start_folder()
        )
        if path:
            self.path_edit.setText(path)

    def _changed(self) -> None:
        text = self.path_edit.text().strip()
        gone = bool(text) and not Path(text).expanduser().exists()
        self.missing.setText(
            QCoreApplication.translate("ImportWizard", "There is no file or folder here.") if gone else ""
        )
        self.missing.setVisible(gone)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        text = self.path_edit.text().strip()
        return bool(text) and Path(text).expanduser().exists()

    def validatePage(self) -> bool:  # noqa: N802
        path = Path(self.path_edit.text().strip()).expanduser()
        self.ctx.ui_settings.set(IMPORT_FOLDER, str(path.parent))
        self.ctx.ui_settings.set(IMPORT_FORMAT, self.format_combo.currentData() or "")
        self.wizard().date_order = None  # a new file: its own dates
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.ctx = wizard.ctx
        self.setTitle(QCoreApplication.translate("ImportWizard", "What the file holds"))
        self.panel = ProgressPanel()
        self.problems = ProblemList()
        self.facts_box = QWidget()
        self.facts = QFormLayout(self.facts_box)
        self.facts.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("importGroups")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportWizard", "Client"),
                QCoreApplication.translate("ImportWizard", "Project"),
                QCoreApplication.translate("ImportWizard", "Entries"),
                QCoreApplication.translate("ImportWizard", "Hours"),
                QCoreApplication.translate("ImportWizard", "Payments"),
                QCoreApplication.translate("ImportWizard", "Net"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.hide()
        lay = QVBoxLayout(self)
        lay.addWidget(self.panel)
        lay.addWidget(self.problems, 1)
        lay.addWidget(self.facts_box)
        lay.addWidget(self.table, 1)
        self.preview: moving_in.Preview | None = None

    def initializePage(self) -> None:  # noqa: N802
        self.preview = None
        self.problems.hide()
        self.facts_box.hide()
        self.table.hide()
        self.wizard().read(self.panel, self._read)
        self.completeChanged.emit()

    def cleanupPage(self) -> None:  # noqa: N802
        self.wizard().stop_job()

    def _read(self, outcome: str, error) -> None:
        wizard = self.wizard()
        if outcome == "ok":
            self.show_preview(moving_in.preview(wizard.fmt, wizard.parsed))
        elif outcome == "cancelled":
            self.problems.show_problems(
                QCoreApplication.translate("ImportWizard", "Reading stopped."),
                [],
                QCoreApplication.translate(
                    "ImportWizard", "Nothing was imported. Go back and choose Next to read it again."
                ),
            )
            self.problems.list.hide()
        else:
            self.problems.list.show()
            self.problems.show_problems(
                QCoreApplication.translate("ImportWizard", "Nothing can be imported from this file:"),
                problem_lines(self.ctx, error),
                QCoreApplication.translate(
                    "ImportWizard", "Correct the file and choose it again, or choose its format by hand (Back)."
                ),
            )
            self.problems.list.setFocus()
        self.completeChanged.emit()

    def show_preview(self, preview: moving_in.Preview) -> None:
        self.preview = preview
        self.problems.hide()
        clear_form(self.facts)
        add_fact(
            self.facts,
            QCoreApplication.translate("ImportWizard", "Format:"),
            format_label(preview.format),
            "previewFormat",
        )
        add_fact(
            self.facts, QCoreApplication.translate("ImportWizard", "Rows:"), fmt.number(preview.rows), "previewRows"
        )
        if preview.first_day is not None:
            days = fmt.short_date(preview.first_day)
            if preview.last_day != preview.first_day:
                days = QCoreApplication.translate("ImportWizard", "{0} to {1}").format(
                    days, fmt.short_date(preview.last_day)
                )
            add_fact(self.facts, QCoreApplication.translate("ImportWizard", "Dates:"), days, "previewDates")
        add_fact(
            self.facts,
            QCoreApplication.translate("ImportWizard", "Hours:"),
            fmt.duration(preview.seconds),
            "previewHours",
        )
        if preview.money:
            add_fact(
                self.facts,
                QCoreApplication.translate("ImportWizard", "Money:"),
                money_text(preview.money),
                "previewMoney",
            )
        if preview.untimed:
            add_fact(
                self.facts,
                QCoreApplication.translate("ImportWizard", "Only a day, no clock time:"),
                QCoreApplication.translate(
                    "ImportWizard", "{0}, to be laid out from the start of your working day"
                ).format(fmt.number(preview.untimed)),
                "previewUntimed",
            )
        if len(preview.users) > 1:
            people = ", ".join(f"{name} ({fmt.number(rows)})" for name, rows in preview.users)
            add_fact(self.facts, QCoreApplication.translate("ImportWizard", "People:"), people, "previewPeople")
        for note in preview.notes:
            add_fact(self.facts, QCoreApplication.translate("ImportWizard", "Note:"), self.ctx.error_text(note))
        self.facts_box.show()
        self.table.setRowCount(len(preview.groups))
        for row, group in enumerate(preview.groups):
            money = fmt.money(group.net_minor, group.currency) if group.payments or group.net_minor else ""
            cells = (
                group.client,
                group.project,
                fmt.number(group.entries),
                fmt.duration(group.seconds),
                fmt.number(group.payments) if group.payments else "",
                money,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # plain text: never read as markup
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.setColumnHidden(4, not any(g.payments for g in preview.groups))
        self.table.setColumnHidden(5, not any(g.payments or g.net_minor for g in preview.groups))
        self.table.show()
        self.completeChanged.emit()  # Next enabled first: focus cannot go to a disabled button (it went to Back)
        self.wizard().button(QWizard.WizardButton.NextButton).setFocus()

    def isComplete(self) -> bool:  # noqa: N802
        wizard = self.wizard()
        return wizard is not None and not wizard.busy() and self.preview is not None


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.ctx = wizard.ctx
        self.setTitle(QCoreApplication.translate("ImportWizard", "Where the time goes"))
        self.panel = ProgressPanel()
        self.problems = ProblemList()
        self.options = QFormLayout()
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("importUser")
        self.user_label = QLabel(QCoreApplication.translate("ImportWizard", "&Whose rows are mine:"))
        self.user_label.setBuddy(self.user_combo)
        self.zone_combo = self._zone_combo()
        self.zone_label = QLabel(QCoreApplication.translate("ImportWizard", "&Time zone of the file's times:"))
        self.zone_label.setBuddy(self.zone_combo)
        self.day_first = QRadioButton(QCoreApplication.translate("ImportWizard", "Da&y first (31/12/2026)"))
        self.month_first = QRadioButton(QCoreApplication.translate("ImportWizard", "&Month first (12/31/2026)"))
        self.order_group = QButtonGroup(self)
        self.order_group.addButton(self.day_first)
        self.order_group.addButton(self.month_first)
        self.order_box = QWidget()
        order_lay = QHBoxLayout(self.order_box)
        order_lay.setContentsMargins(0, 0, 0, 0)
        order_lay.addWidget(self.day_first)
        order_lay.addWidget(self.month_first)
        order_lay.addStretch(1)
        self.order_label = _plain(QCoreApplication.translate("ImportWizard", "Dates:"), wrap=False)
        self.order_hint = _plain(
            QCoreApplication.translate(
                "ImportWizard", "Every date in this file reads either way; say which comes first."
            )
        )
        self.options.addRow(self.user_label, self.user_combo)
        self.options.addRow(self.zone_label, self.zone_combo)
        self.options.addRow(self.order_label, self.order_box)
        self.options.addRow("", self.order_hint)
        self.user_combo.currentIndexChanged.connect(self._user_changed)
        self.zone_combo.currentTextChanged.connect(lambda _text: self.completeChanged.emit())
        self.day_first.toggled.connect(lambda on: on and self._reread("dmy"))
        self.month_first.toggled.connect(lambda on: on and self._reread("mdy"))

        self.heading = _plain(
            QCoreApplication.translate(
                "ImportWizard", "Each project in the file goes to a contract: a new one, or one you have."
            )
        )
        self.grid_box = QWidget()
        self.grid = QGridLayout(self.grid_box)
        self.grid.setColumnStretch(0, 2)  # the project's name wraps; its contract's combo takes the most room
        self.grid.setColumnStretch(2, 3)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.grid_box)
        self.scroll = scroll
        lay = QVBoxLayout(self)
        lay.addLayout(self.options)
        lay.addWidget(self.panel)
        lay.addWidget(self.problems)
        lay.addWidget(self.heading)
        lay.addWidget(scroll, 1)
        self.combos: dict[str, QComboBox] = {}
        self.groups: tuple[moving_in.Group, ...] = ()
        self.picked: dict[str, int] = {}  # group key → the combo's data the user left it on
        self.restoring = False  # this app's JSON into an empty database: restored whole, no mapping

    def _zone_combo(self) -> QComboBox:
        from freelance_desk.services.clients import clock

        combo = QComboBox()
        combo.setObjectName("importZone")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(clock.time_zones())
        completer = QCompleter(combo.model(), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "jakarta" finds Asia/Jakarta
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        return combo

    def initializePage(self) -> None:  # noqa: N802
        from freelance_desk.services.clients import clock

        wizard = self.wizard()
        preview = wizard.preview_page.preview
        self.picked = {}
        self.problems.hide()
        self.user_combo.blockSignals(True)
        self.user_combo.clear()
        self.user_combo.addItem(QCoreApplication.translate("ImportWizard", "Choose who you are…"), "")
        for name, rows in preview.users:
            self.user_combo.addItem(
                QCoreApplication.translate("ImportWizard", "{0} ({1})").format(name, fmt.number(rows)), name
            )
        self.user_combo.blockSignals(False)
        team = len(preview.users) > 1
        self.options.setRowVisible(0, team)
        zone = self.ctx.local_zone()
        self.zone_combo.setCurrentText(zone if zone in clock.time_zones() else "UTC")
        self.options.setRowVisible(1, wizard.fmt.local_times)
        self._show_order(wizard)
        self._fill_groups()
        self.restoring = wizard.parsed.restore is not None and _empty_database()
        self.heading.setText(
            QCoreApplication.translate(
                "ImportWizard",
                "This database is empty: everything in the file is restored as it was, and nothing needs mapping.",
            )
            if self.restoring
            else QCoreApplication.translate(
                "ImportWizard", "Each project in the file goes to a contract: a new one, or one you have."
            )
        )
        self.scroll.setVisible(not self.restoring)
        first = self.user_combo if team else self.zone_combo if wizard.fmt.local_times else None
        if first is None and self.combos and not self.restoring:
            first = next(iter(self.combos.values()))
        if first is not None:
            first.setFocus()

    def _show_order(self, wizard) -> None:
        asks = DATE_ORDER in wizard.parsed.asks or wizard.date_order is not None
        self.options.setRowVisible(2, asks)
        self.options.setRowVisible(3, asks)
        for button, order in ((self.day_first, "dmy"), (self.month_first, "mdy")):
            button.blockSignals(True)
            button.setChecked(wizard.date_order == order)
            button.blockSignals(False)

    def cleanupPage(self) -> None:  # noqa: N802
        self.wizard().stop_job()

    def user(self) -> str | None:
        if not self.options.isRowVisible(0):
            return None
        return self.user_combo.currentData() or None

    def _user_changed(self) -> None:
        self._fill_groups()
        self.completeChanged.emit()

    def _reread(self, order: str) -> None:
        wizard = self.wizard()
        if wizard.date_order == order:
            return
        wizard.date_order = order
        self.grid_box.setEnabled(False)
        self.completeChanged.emit()
        wizard.read(self.panel, self._read_again)

    def _read_again(self, outcome: str, error) -> None:
        wizard = self.wizard()
        self.grid_box.setEnabled(True)
        if outcome == "ok":
            self.problems.hide()
            wizard.preview_page.show_preview(moving_in.preview(wizard.fmt, wizard.parsed))
            self._fill_groups()
        else:
            wizard.date_order = None
            for button in (self.day_first, self.month_first):
                button.blockSignals(True)
                button.setChecked(False)
                button.blockSignals(False)
            lines = problem_lines(self.ctx, error) if outcome == "failed" else []
            self.problems.show_problems(
                (
                    QCoreApplication.translate("ImportWizard", "Read that way, the file cannot be imported:")
                    if lines
                    else QCoreApplication.translate("ImportWizard", "Reading stopped.")
                ),
                lines,
                QCoreApplication.translate("ImportWizard", "Choose the other order, or go back."),
            )
        self.completeChanged.emit()

    def _fill_groups(self) -> None:
        from freelance_desk.services.contracts.choices import contract_choices

        wizard = self.wizard()
        if wizard.parsed is None:
            return
        for key, combo in self.combos.items():
            self.picked[key] = combo.currentData()
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.combos = {}
        user = self.user() if len(wizard.preview_page.preview.users) > 1 else None
        self.groups = moving_in.preview(wizard.fmt, wizard.parsed, user).groups
        kept = contract_choices()
        previous = None
        for row, group in enumerate(self.groups):
            facts = fmt.duration(group.seconds) if group.entries else money_text({group.currency: group.net_minor})
            name = _plain(f"{group.client} / {group.project}")
            size = _plain(facts, wrap=False)
            combo = QComboBox()
            combo.setObjectName(f"importContract{row}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.addItem(
                QCoreApplication.translate("ImportWizard", "New contract: {0} / {1}").format(
                    group.client, group.project
                ),
                NEW,
            )
            for choice in kept:
                combo.addItem(choice.label, choice.id)
            wanted = self.picked.get(group.key, group.contract_id or NEW)
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(size, row, 1, Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(combo, row, 2)
            self.combos[group.key] = combo
            if previous is not None:
                QWidget.setTabOrder(previous, combo)
            previous = combo
        self.grid.setRowStretch(len(self.groups), 1)

    def zone(self) -> str:
        return self.zone_combo.currentText().strip()

    def choices(self) -> moving_in.Choices:
        zone = self.zone() if self.options.isRowVisible(1) else (self.zone() or "UTC")
        contracts = {key: (combo.currentData() or None) for key, combo in self.combos.items()}
        return moving_in.Choices(zone, self.user(), contracts=contracts)

    def isComplete(self) -> bool:  # noqa: N802
        from freelance_desk.services.clients import clock

        wizard = self.wizard()
        if wizard is None or wizard.busy() or wizard.parsed is None or not self.problems.isHidden():
            return False
        if self.options.isRowVisible(0) and not self.user_combo.currentData():
            return False
        if self.options.isRowVisible(1) and self.zone() not in clock.time_zones():
            return False
        if self.options.isRowVisible(2) and wizard.date_order is None:
            return False
        return True


def _empty_database() -> bool:
    from freelance_desk.services.io import restore_json

    return restore_json.is_empty()


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.ctx = wizard.ctx
        self.setTitle(QCoreApplication.translate("ImportWizard", "What will happen"))
        self.setButtonText(QWizard.WizardButton.NextButton, QCoreApplication.translate("ImportWizard", "&Import"))
        self.panel = ProgressPanel()
        self.problems = ProblemList()
        self.intro = _plain(QCoreApplication.translate("ImportWizard", "Nothing is written yet. Importing will:"))
        self.facts_box = QWidget()
        self.facts = QFormLayout(self.facts_box)
        self.facts.setContentsMargins(0, 0, 0, 0)
        self.backup_note = _plain(QCoreApplication.translate("ImportWizard", "A backup of your data is made first."))
        lay = QVBoxLayout(self)
        lay.addWidget(self.panel)
        lay.addWidget(self.problems, 1)
        lay.addWidget(self.intro)
        lay.addWidget(self.facts_box)
        lay.addWidget(self.backup_note)
        lay.addStretch(1)
        self.dry: moving_in.Imported | None = None
        self.shown: dict[str, QLabel] = {}

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard()
        self.dry = None
        for part in (self.problems, self.intro, self.facts_box, self.backup_note):
            part.hide()
        fmt_, parsed, choices, now = wizard.fmt, wizard.parsed, wizard.choices(), self.ctx.now()

        def work(progress, cancelled):
            return moving_in.import_parsed(
                fmt_, parsed, choices, now, dry_run=True, progress=progress, cancelled=cancelled
            )

        wizard.run(
            self.panel,
            QCoreApplication.translate("ImportWizard", "Checking the import…"),
            work,
            self._checked,
            uses_database=True,
        )
        self.completeChanged.emit()

    def cleanupPage(self) -> None:  # noqa: N802
        self.wizard().stop_job()

    def _checked(self, outcome: str, result) -> None:
        if outcome == "ok":
            self.dry = result
            self.shown = summary_facts(self.facts, result.summary, result)
            self.intro.show()
            self.facts_box.show()
            self.backup_note.setVisible(not self.ctx.is_demo)
            self.completeChanged.emit()
            self.wizard().button(QWizard.WizardButton.NextButton).setFocus()
            return
        if outcome == "cancelled":
            self.problems.show_problems(
                QCoreApplication.translate("ImportWizard", "The check was stopped."),
                [],
                QCoreApplication.translate(
                    "ImportWizard", "Nothing was imported. Go back and choose Next to check again."
                ),
            )
            self.problems.list.hide()
        else:
            self.problems.list.show()
            self.problems.show_problems(
                QCoreApplication.translate("ImportWizard", "The import would be refused; nothing was written:"),
                problem_lines(self.ctx, result),
                QCoreApplication.translate(
                    "ImportWizard",
                    "Go back to change where the time goes or whose rows are yours, or correct the file.",
                ),
            )
            self.problems.list.setFocus()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        wizard = self.wizard()
        return wizard is not None and not wizard.busy() and self.dry is not None


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.ctx = wizard.ctx
        self.setTitle(QCoreApplication.translate("ImportWizard", "Importing"))
        self.setCommitPage(True)  # once written, the pages before it no longer apply
        self.panel = ProgressPanel()
        self.message = _plain()
        self.message.setObjectName("importMessage")
        lay = QVBoxLayout(self)
        lay.addWidget(self.panel)
        lay.addWidget(self.message)
        lay.addStretch(1)
        self.outcome: str | None = None

    def initializePage(self) -> None:  # noqa: N802
        from freelance_desk.db.backups import BEFORE_IMPORT
        from freelance_desk.ui.backups import backup_before

        wizard = self.wizard()
        self.outcome = None
        self.message.clear()
        self.completeChanged.emit()
        if not backup_before(wizard, self.ctx, BEFORE_IMPORT):
            self._ended("no-backup", None)
            return
        fmt_, parsed, choices, now = wizard.fmt, wizard.parsed, wizard.choices(), self.ctx.now()

        def work(progress, cancelled):
            return moving_in.import_parsed(fmt_, parsed, choices, now, progress=progress, cancelled=cancelled)

        wizard.run(
            self.panel, QCoreApplication.translate("ImportWizard", "Importing…"), work, self._ended, uses_database=True
        )

    def cleanupPage(self) -> None:  # noqa: N802
        self.wizard().stop_job()

    def _ended(self, outcome: str, result) -> None:
        wizard = self.wizard()
        self.outcome = outcome
        if outcome == "ok":  # written (a Stop too late to keep it out changes nothing)
            wizard.result = result
            wizard.command = push_undo(self.ctx, result)
            self.ctx.show_status(
                QCoreApplication.translate("ImportWizard", "Imported: {0} time entries, {1} payments").format(
                    fmt.number(result.summary.entries), fmt.number(result.summary.payments)
                )
            )
            wizard.imported.emit(result)
            self.completeChanged.emit()
            wizard.next()
            return
        unchanged = QCoreApplication.translate("ImportWizard", "Nothing was imported; your data is unchanged.")
        if outcome == "cancelled":
            self.message.setText(
                QCoreApplication.translate("ImportWizard", "The import was stopped.") + " " + unchanged
            )
        elif outcome == "no-backup":
            self.message.setText(
                QCoreApplication.translate("ImportWizard", "The backup before the import was cancelled.")
                + " "
                + unchanged
            )
        else:
            self.message.setText(unchanged + "\n\n" + "\n".join(problem_lines(self.ctx, result)))
        self.message.setStyleSheet(theme.text_style(theme.Role.DANGER) if outcome == "failed" else "")
        wizard.button(QWizard.WizardButton.BackButton).setFocus()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.outcome == "ok"


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.ctx = wizard.ctx
        self.setTitle(QCoreApplication.translate("ImportWizard", "Imported"))
        self.facts_box = QWidget()
        self.facts = QFormLayout(self.facts_box)
        self.facts.setContentsMargins(0, 0, 0, 0)
        self.undo_button = QPushButton(QCoreApplication.translate("ImportWizard", "&Undo import"))
        self.undo_button.setObjectName("undoImport")
        self.undo_button.setAutoDefault(False)  # Enter here means Done, never "take it all back"
        self.undo_button.clicked.connect(self._undo)
        self.state = _plain(QCoreApplication.translate("ImportWizard", "Edit ▸ Undo also takes the import back later."))
        self.state.setObjectName("undoState")
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.facts_box)
        lay.addSpacing(12)
        lay.addLayout(row)
        lay.addWidget(self.state)
        lay.addStretch(1)
        self.shown: dict[str, QLabel] = {}
        self.watching = False  # follows the undo stack while shown

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard()
        result = wizard.result
        self.shown = summary_facts(self.facts, result.summary, result)
        if not self.watching:
            self.watching = True
            self.ctx.undo_stack.indexChanged.connect(self.stack_moved)
        self.stack_moved()
        # Done is shown only once the page is: focus it then (given now, focus fell on Undo import).
        QTimer.singleShot(0, lambda: shiboken6.isValid(wizard) and wizard.button(
            QWizard.WizardButton.FinishButton).setFocus())

    def _on_top(self) -> bool:
        stack = self.ctx.undo_stack
        command = self.wizard().command
        return stack.index() > 0 and stack.command(stack.index() - 1) is command

    def stack_moved(self, *_args) -> None:
        if self.wizard() is None or not shiboken6.isValid(self.ctx.undo_stack):  # the window is going away
            return
        on_top = self._on_top()
        self.undo_button.setEnabled(on_top)
        if on_top:
            self.state.setText(
                QCoreApplication.translate("ImportWizard", "Edit ▸ Undo also takes the import back later.")
            )
        elif self.wizard().command is not None and self._undone():
            self.state.setText(
                QCoreApplication.translate(
                    "ImportWizard", "The import was undone: what it wrote is gone. Edit ▸ Redo brings it back."
                )
            )
        else:
            self.state.setText(
                QCoreApplication.translate(
                    "ImportWizard", "Something was changed since; Edit ▸ Undo takes the changes back in turn."
                )
            )

    def _undone(self) -> bool:
        stack = self.ctx.undo_stack
        command = self.wizard().command
        return any(stack.command(i) is command for i in range(stack.index(), stack.count()))

    def _undo(self) -> None:
        if self._on_top():
            self.ctx.undo_stack.undo()

    def cleanupPage(self) -> None:  # noqa: N802 - never reached (Back is hidden here)
        pass


def changed_topics(imported: moving_in.Imported) -> tuple[str, ...]:
    if imported.restored is not None:  # everything
        return (TIME, PAYMENTS, CONTRACTS, CLIENTS, MILESTONES, PROPOSALS, SETTINGS)
    topics = []
    if imported.summary.entries:
        topics.append(TIME)
    if imported.summary.payments:
        topics.append(PAYMENTS)
    if imported.contracts or imported.mappings:
        topics.append(CONTRACTS)
    if imported.clients:
        topics.append(CLIENTS)
    return tuple(topics) or (TIME,)


def push_undo(ctx, imported: moving_in.Imported):
    """The import on the undo stack (written already: push does not write it again), and pages told."""
    from freelance_desk.ui.undo.io import ImportHistory

    topics = changed_topics(imported)
    command = ImportHistory(
        QCoreApplication.translate("ImportWizard", "Import ({0} entries, {1} payments)").format(
            QLocale().toString(imported.summary.entries), QLocale().toString(imported.summary.payments)
        ),
        imported,
        after=lambda: ctx.notify(*topics),
        failed=lambda error: ctx.show_status(ctx.error_text(error)),
    )
    ctx.undo_stack.push(command)
    ctx.notify(*topics)
    return command
