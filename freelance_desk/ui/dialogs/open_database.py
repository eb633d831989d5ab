"""File ▸ Open database…: a file on this computer, or a database on a PostgreSQL server (host, port, database,
user; the password from ~/.pgpass, never asked for or kept here), with a connection test off the GUI thread.
What it chooses goes to the launcher as a path or a URL (``chosen``); the launcher opens it and says why not."""

from __future__ import annotations

import getpass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from freelance_desk.core.errors import DomainError
from freelance_desk.db.target import DEFAULT_PORT, chosen_file, is_server, parse_server, server_address
from freelance_desk.ui import theme
from freelance_desk.ui.forms import FormDialog


class OpenDatabaseDialog(FormDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("Open database"))
        self.setMinimumWidth(520)
        self.chosen = ""  # the path or URL to open, once accepted
        self.test_job = None
        open_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        open_button.setText(self.tr("&Open"))

        self.kinds = QButtonGroup(self)
        self.file_kind = QRadioButton(self.tr("A &file on this computer"))
        self.server_kind = QRadioButton(self.tr("A Postgre&SQL server (to share one database between computers)"))
        self.kinds.addButton(self.file_kind)
        self.kinds.addButton(self.server_kind)
        self.form.addRow(self.file_kind)
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("The database file, e.g. freelance-desk.sqlite3"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse)
        lay.addWidget(self.path, 1)
        lay.addWidget(self.browse)
        self.add_field("file", self.tr("F&ile"), row)
        self.path_row = row

        self.form.addRow(self.server_kind)
        self.host = self.add_field("host", self.tr("&Host"), QLineEdit())
        self.host.setPlaceholderText(self.tr("localhost, or the server's name or address"))
        self.port = self.add_field("port", self.tr("Po&rt"), QSpinBox())
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = self.add_field("database", self.tr("&Database"), QLineEdit())
        self.database.setPlaceholderText(self.tr("e.g. freelance"))
        self.user = self.add_field("user", self.tr("&User"), QLineEdit())
        self.password_note = QLabel(self.tr(
            "The password is read from your ~/.pgpass file (or the file PGPASSFILE names), as every PostgreSQL "
            "program reads it; Freelance Desk never asks for it or keeps it. A new, empty database is set up "
            "when it is first opened."))
        self.password_note.setWordWrap(True)
        self.password_note.setTextFormat(Qt.TextFormat.PlainText)
        self.password_note.setStyleSheet(theme.text_style(theme.Role.MUTED))
        self.password_note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.form.addRow("", self.password_note)
        test_row = QWidget()
        test_lay = QHBoxLayout(test_row)
        test_lay.setContentsMargins(0, 0, 0, 0)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        self.test_result.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        test_lay.addWidget(self.test_button)
        test_lay.addWidget(self.test_result, 1)
        self.form.addRow("", test_row)
        self.server_parts = [self.host, self.port, self.database, self.user, self.password_note, test_row]
        for edit in (self.host, self.database, self.user):
            edit.textEdited.connect(self._forget_test)
        self.port.valueChanged.connect(self._forget_test)
        self.kinds.buttonToggled.connect(self._kind_changed)
        self.load()

    def load(self) -> None:
        """The open database's own fields filled in (a server's URL read back), its kind chosen."""
        where = "" if self.ctx.is_demo else self.ctx.db_path
        self.user.setText(getpass.getuser())
        if where and is_server(where):
            target = parse_server(where)
            self.host.setText(target.host or "")
            self.port.setValue(target.port)
            self.database.setText(target.database)
            self.user.setText(target.user or "")
            self.server_kind.setChecked(True)
        else:
            self.host.setText("localhost")
            self.path.setText(where)
            self.file_kind.setChecked(True)
        self._kind_changed()

    def _kind_changed(self, *_args) -> None:
        on_server = self.server_kind.isChecked()
        self.path_row.setEnabled(not on_server)
        for part in self.server_parts:
            part.setEnabled(on_server)
        self.clear_errors()
        (self.host if on_server else self.path).setFocus(Qt.FocusReason.OtherFocusReason)

    def first_field(self):
        return self.host if self.server_kind.isChecked() else self.path

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), self.path.text(),
            self.tr("Freelance Desk database (*.sqlite3 *.db);;All files (*)"))
        if path:
            self.path.setText(path)
            self.clear_error("file")

    def address(self) -> str:
        """The server fields as a URL (ValidationError at the field that cannot be part of one)."""
        return server_address(self.host.text(), self.port.value(), self.database.text(), self.user.text())

    # --- the connection test -------------------------------------------------------------
    def _forget_test(self, *_args) -> None:
        self.test_result.clear()

    def test_connection(self) -> None:
        """Connect (on a thread: an unreachable server takes seconds to say so) and say what is there."""
        from freelance_desk.db.server_schema import look_at
        from freelance_desk.ui.import_job import ImportJob

        self.clear_errors()
        try:
            target = parse_server(self.address())
        except DomainError as e:
            self.show_error(e)
            return
        if self.test_job is not None and self.test_job.isRunning():
            return
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Connecting to {0}…").format(target.url()))
        job = ImportJob(lambda _progress, _cancelled: look_at(target))
        job.succeeded.connect(self._tested)
        job.failed.connect(self._test_failed)
        job.finished.connect(lambda: self.test_button.setEnabled(True))
        self.test_job = job
        job.start()

    def _tested(self, looked) -> None:
        if looked.schema:
            text = self.tr("Connected to PostgreSQL {0}. The database holds Freelance Desk data.")
        else:
            text = self.tr("Connected to PostgreSQL {0}. The database is empty: Freelance Desk sets it up when "
                           "you open it.")
        self.test_result.setStyleSheet(theme.text_style(theme.Role.SUCCESS))
        self.test_result.setText(text.format(looked.server_version))
        self._fit_messages()

    def _test_failed(self, error) -> None:
        text = self.ctx.error_text(error) if isinstance(error, DomainError) else str(error)
        self.test_result.setStyleSheet(theme.text_style(theme.Role.DANGER))
        self.test_result.setText(text)
        self._fit_messages()

    def done(self, result: int) -> None:
        if self.test_job is not None:
            self.test_job.wait()  # a test under way ends (within the connect timeout) before the dialog goes
        super().done(result)

    # --- open ------------------------------------------------------------------------------
    def save(self) -> str:
        if self.server_kind.isChecked():
            self.chosen = self.address()
        else:
            self.chosen = str(chosen_file(self.path.text()))
        return self.chosen
