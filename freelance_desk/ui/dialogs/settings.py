"""Settings: what changes the meaning of data (in the database) and a few UI choices."""

from __future__ import annotations

import base64

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QWidget,
)

from freelance_desk.core.errors import ValidationError
from freelance_desk.core.money import CURRENCIES, parse_percent
from freelance_desk.core.vocabulary import TAX_SCHEME_LABELS, TaxScheme, WeekStart
from freelance_desk.services.money import tax
from freelance_desk.services.settings import store as settings_store
from freelance_desk.settings import (
    CLOSE_TO_TRAY,
    COLOR_SCHEME,
    IDLE_MINUTES,
    REMIND_AUTO_RELEASE,
    REMIND_INVOICE_DUE,
    REMIND_MILESTONE_DUE,
    REMIND_NO_TIMER,
    REMIND_NO_TIMER_MINUTES,
)
from freelance_desk.ui import scheme
from freelance_desk.ui.context import SETTINGS
from freelance_desk.ui.format import amount_text, basis_points, number, separators
from freelance_desk.ui.forms import FormDialog
from freelance_desk.ui.models.row_table import service_text
from freelance_desk.ui.widgets.money_edit import MoneyEdit


class SettingsDialog(FormDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, self.tr("Settings"), parent)
        # Three groups as tabs (the fields go into each tab's form in turn); a message shows its tab.
        self.tabs = QTabWidget()
        self.layout().insertWidget(0, self.tabs, 1)
        self.fields_area.hide()  # each tab has its form
        self._tab_of: dict[str, QWidget] = {}
        self._begin_tab(self.tr("General"))
        self.home_currency = QComboBox()
        self.home_currency.addItems(sorted(CURRENCIES))
        self.add_field("home_currency", self.tr("Home currency"), self.home_currency)
        self.week_start = QComboBox()
        for value, label in (
            (WeekStart.MONDAY_UTC, self.tr("Monday 00:00 UTC (how Upwork bills)")),
            (WeekStart.MONDAY_LOCAL, self.tr("Monday, local time")),
            (WeekStart.SUNDAY_LOCAL, self.tr("Sunday, local time")),
        ):
            self.week_start.addItem(label, value)
        self.add_field("week_start", self.tr("Week starts"), self.week_start)
        self.max_contracts = QSpinBox()
        self.max_contracts.setRange(0, 99)
        self.max_contracts.setSpecialValueText(self.tr("No limit"))
        self.add_field("workload_max_contracts", self.tr("Most active contracts"), self.max_contracts)
        self.max_hours = QLineEdit()
        self.max_hours.setPlaceholderText(self.tr("No limit"))
        self.add_field("workload_max_weekly_hours", self.tr("Most hours a week"), self.max_hours)
        self.forgotten = QSpinBox()
        self.forgotten.setRange(1, 24)
        self.forgotten.setSuffix(self.tr(" h"))
        self.add_field("forgotten_timer_hours", self.tr("Point out a timer running longer than"), self.forgotten)
        self.add_field("working_hours", self.tr("My working hours"), self._working_hours())
        self.earliest_year = QSpinBox()  # no date before 1 January of it is accepted anywhere
        self.earliest_year.setRange(settings_store.OLDEST_EARLIEST_YEAR, ctx.today().year)
        self.earliest_year.setGroupSeparatorShown(False)
        self.earliest_year.setToolTip(self.tr("Dates before this year are refused as typing slips."))
        self.add_field("earliest_year", self.tr("I have worked since"), self.earliest_year)
        self.close_to_tray = QCheckBox(self.tr("Keep the timer in the tray when the window is closed"))
        self.add_field("close_to_tray", "", self.close_to_tray)
        self.color_scheme = QComboBox()
        for value, label in (
            (scheme.SYSTEM, self.tr("As the system")),
            (scheme.LIGHT, self.tr("Light")),
            (scheme.DARK, self.tr("Dark")),
        ):
            self.color_scheme.addItem(label, value)
        self.add_field("color_scheme", self.tr("Appearance"), self.color_scheme)
        self.add_field("backup_folder", self.tr("Backup folder"), self._backup_folder())
        self.add_field("backup_keep", self.tr("Keep backups"), self._backup_keep())
        self._tax_fields()
        self._begin_tab(self.tr("Your details"))
        self.business_name = self.add_field("business_name", self.tr("Name or business"), QLineEdit())
        self.business_address = self.add_field("business_address", self.tr("Address"), self._text_box(3))
        self.business_email = self.add_field("business_email", self.tr("E-mail"), QLineEdit())
        self.business_tax_id = self.add_field("business_tax_id", self.tr("Tax number (NPWP)"), QLineEdit())
        self.business_tax_id.setPlaceholderText("12.345.678.9-012.345")
        self.add_field("business_logo", self.tr("Logo"), self._logo_row())
        self.payment_instructions = self.add_field("payment_instructions", self.tr("Payment instructions"),
                                                   self._text_box(4))
        self.payment_instructions.setPlaceholderText(self.tr("Bank, account number and name; PayPal or Wise"))
        self._begin_tab(self.tr("Invoices"))
        self.invoice_prefix = self.add_field("invoice_prefix", self.tr("Number prefix"), QLineEdit())
        self.invoice_prefix.setToolTip(self.tr("{year} is the year of the invoice's date"))
        self.invoice_digits = QSpinBox()
        self.invoice_digits.setRange(1, 9)
        self.add_field("invoice_digits", self.tr("Digits"), self.invoice_digits)
        self.invoice_yearly = QCheckBox(self.tr("Start again at 1 each year"))
        self.add_field("invoice_yearly", "", self.invoice_yearly)
        self.invoice_terms = QSpinBox()
        self.invoice_terms.setRange(0, 365)
        self.invoice_terms.setSuffix(self.tr(" days"))
        self.add_field("invoice_terms_days", self.tr("Payment due after"), self.invoice_terms)
        self.number_preview = QLabel()
        self.number_preview.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.tr("Next number"), self.number_preview)
        self.invoice_prefix.textChanged.connect(lambda _t: self._preview_number())
        self.invoice_digits.valueChanged.connect(lambda _v: self._preview_number())
        self.invoice_yearly.toggled.connect(lambda _v: self._preview_number())
        self._timer_tab()
        self.load()

    def _timer_tab(self) -> None:
        """Time away while the timer runs, and the tray's reminders (this computer's settings)."""
        self._begin_tab(self.tr("Timer and reminders"))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(0, 240)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setSpecialValueText(self.tr("Never"))
        self.add_field("idle_minutes", self.tr("Ask about time away after"), self.idle_minutes)
        self.idle_source = QLabel()
        self.idle_source.setWordWrap(True)
        self.idle_source.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.idle_source.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow("", self.idle_source)
        self.add_section(self.tr("Reminders (desktop notifications)"))
        row = QWidget()  # [x] When no timer runs during my working hours for [30 min]
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.remind_no_timer = QCheckBox(self.tr("When no timer runs during my working hours for"))
        self.no_timer_minutes = QSpinBox()
        self.no_timer_minutes.setRange(5, 480)
        self.no_timer_minutes.setSingleStep(5)
        self.no_timer_minutes.setSuffix(self.tr(" min"))
        self.no_timer_minutes.setAccessibleName(self.tr("Minutes without a timer"))
        line.addWidget(self.remind_no_timer)
        line.addWidget(self.no_timer_minutes)
        line.addStretch(1)
        self.add_field("remind_no_timer", "", row)
        self.remind_no_timer.toggled.connect(self.no_timer_minutes.setEnabled)
        self.remind_milestone = self.add_field("remind_milestone_due", "", QCheckBox(
            self.tr("A milestone is due tomorrow in the client's time zone")))
        self.remind_release = self.add_field("remind_auto_release", "", QCheckBox(
            self.tr("Submitted work approves itself in 2 days")))
        self.remind_invoice = self.add_field("remind_invoice_due", "", QCheckBox(self.tr("An invoice is due today")))

    def _show_idle_source(self) -> None:
        from freelance_desk.ui.idle_watch import system_idle_source

        source = system_idle_source()
        self.idle_source.setText(
            self.tr("Read from {0}.").format(QCoreApplication.translate("IdleSource", source.name)) if source else
            self.tr("This desktop does not tell programs how long it has had no input, so Freelance Desk cannot "
                    "notice time away here."))

    def _begin_tab(self, title: str) -> None:
        page = QWidget()
        self.form = QFormLayout(page)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.tabs.addTab(page, title)
        self._current_tab = page

    def add_field(self, name, label, widget):
        self._tab_of[name] = self._current_tab
        return super().add_field(name, label, widget)

    def show_error(self, error) -> None:
        page = self._tab_of.get(getattr(error, "field", None) or "")
        if page is not None:
            self.tabs.setCurrentWidget(page)
        super().show_error(error)

    def _text_box(self, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(self.fontMetrics().height() * lines + 14)
        return edit

    def _logo_row(self) -> QWidget:
        """[the logo, small] [Choose…] [Clear]: kept in the file as base64 (PNG or JPEG, at most 512 KB)."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedHeight(40)
        self.logo_preview.setMinimumWidth(40)
        self.choose_logo = QPushButton(self.tr("Choose…"))
        self.clear_logo = QPushButton(self.tr("Clear"))
        for button in (self.choose_logo, self.clear_logo):
            button.setAutoDefault(False)
        self.choose_logo.clicked.connect(self._choose_logo)
        self.clear_logo.clicked.connect(lambda: self.set_logo(""))
        row.addWidget(self.logo_preview)
        row.addWidget(self.choose_logo)
        row.addWidget(self.clear_logo)
        row.addStretch(1)
        self.logo = ""
        return box

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.load_logo_file(path)

    def load_logo_file(self, path: str) -> None:
        """The chosen file, read whole: a message at the field (at Save) when it is no PNG or JPEG or too big."""
        try:
            with open(path, "rb") as file:
                data = file.read(settings_store.MAX_LOGO_BYTES + 1)
        except OSError:
            data = b""
        self.set_logo(base64.b64encode(data).decode("ascii") if data else "!")

    def set_logo(self, text: str) -> None:
        self.logo = text
        self.clear_error("business_logo")
        pixmap = QPixmap()
        if text and text != "!":
            pixmap.loadFromData(base64.b64decode(text))
        if pixmap.isNull():
            self.logo_preview.clear()
            self.logo_preview.setText(self.tr("No logo") if not text else "")
        else:
            self.logo_preview.setPixmap(pixmap.scaledToHeight(40, Qt.TransformationMode.SmoothTransformation))
        self.clear_logo.setEnabled(bool(text))

    def _preview_number(self) -> None:
        from freelance_desk.services.billing import numbering

        year = self.ctx.today().year
        counter = numbering.counter_of(year if self.invoice_yearly.isChecked() else numbering.ONE_SEQUENCE) + 1
        self.number_preview.setText(numbering.format_number(self.invoice_prefix.text().strip(),
                                                            self.invoice_digits.value(), year, counter))

    def _tax_fields(self) -> None:
        """Tax: [off / PP 55/2022 / my own rate], the rate and the yearly exempt turnover (the preset's shown, fixed)."""
        self.add_section(self.tr("Tax"))
        self.tax_scheme = QComboBox()
        for value in TaxScheme:
            self.tax_scheme.addItem(service_text(TAX_SCHEME_LABELS[value]), value)
        self.add_field("tax_scheme", self.tr("Set aside for tax"), self.tax_scheme)
        self.tax_caveat = QLabel(self.tr(
            "PP 55/2022 is for an individual's small business. Income from professional services (jasa "
            "profesional, such as consulting or design) may not qualify: ask a tax adviser, or set your own rate."))
        self.tax_caveat.setWordWrap(True)
        self._tax_form = self.form  # the General tab's (self.form moves on to the next tab's)
        self.form.addRow("", self.tax_caveat)
        self.tax_rate = QLineEdit()
        self.tax_rate.setPlaceholderText(self.tr("e.g. {0}").format(basis_points(1250)))
        self.tax_rate.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 14))
        self.add_field("tax_rate", self.tr("Rate"), self.tax_rate)
        self.tax_exempt = MoneyEdit(self.home_currency.currentText())
        self.tax_exempt.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 24))
        self.add_field("tax_exempt", self.tr("Exempt turnover each year"), self.tax_exempt)
        hint = self.tr("Shown on the Income page and the Dashboard: each month, the rate of what you received "
                       "(before platform fees) once this calendar year's exempt turnover is used up, rounded down.")
        for widget in (self.tax_scheme, self.tax_rate, self.tax_exempt):
            widget.setToolTip(hint)
        self._own_tax = ("", "")  # the own rate and exemption as typed, while another choice shows
        self._tax_shows = None
        self.tax_scheme.currentIndexChanged.connect(self._tax_scheme_chosen)
        self.home_currency.currentTextChanged.connect(self._home_currency_changed)

    def _show_tax(self) -> None:
        """The fields of the chosen scheme: the own rate typed in, the preset's figures fixed, nothing when off."""
        chosen = self.tax_scheme.currentData()
        if self._tax_shows == TaxScheme.CUSTOM:
            self._own_tax = (self.tax_rate.text(), self.tax_exempt.text())
        if chosen == TaxScheme.PP55:
            self.tax_rate.setText(basis_points(tax.PP55_RATE_BPS))
            self.tax_exempt.setText(number(tax.PP55_EXEMPT_MINOR))  # IDR: minor units are rupiah; fixed, so grouped
        elif chosen == TaxScheme.CUSTOM:
            self.tax_rate.setText(self._own_tax[0])
            self.tax_exempt.setText(self._own_tax[1])
        else:
            self.tax_rate.clear()
            self.tax_exempt.clear()
        for widget in (self.tax_rate, self.tax_exempt):
            widget.setEnabled(chosen == TaxScheme.CUSTOM)
        self._tax_form.setRowVisible(self.tax_caveat, chosen == TaxScheme.PP55)
        self._tax_shows = chosen

    def _tax_scheme_chosen(self) -> None:
        self._show_tax()
        for field in ("tax_rate", "tax_exempt"):
            self.clear_error(field)
        if self.tax_scheme.currentData() == TaxScheme.PP55:
            self._check_preset()

    def _check_preset(self) -> None:
        """The preset is refused at once, at its field, while the home currency is not rupiah."""
        try:
            tax.check_plan(TaxScheme.PP55, None, None, self.home_currency.currentText())
        except ValidationError as e:
            self.show_error(e)

    def _home_currency_changed(self, code: str) -> None:
        self.tax_exempt.set_currency(code)
        if code == tax.PP55_CURRENCY:
            self.clear_error("tax_scheme")  # what the message asked for

    def _backup_folder(self) -> QWidget:
        """[the folder] [Choose…]: where backups are written (checked at Save: it must be writable)."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.backup_folder = QLineEdit()
        self.backup_folder.setObjectName("backupFolder")
        self.choose_folder = QPushButton(self.tr("Choose…"))
        self.choose_folder.setAutoDefault(False)  # Enter saves the dialog, never opens the chooser
        self.choose_folder.clicked.connect(self._choose_backup_folder)
        row.addWidget(self.backup_folder, 1)
        row.addWidget(self.choose_folder)
        return box

    def _choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)
            self.clear_error("backup_folder")

    def _backup_keep(self) -> QWidget:
        """The newest of each of the last [7] days, [5] weeks, [12] months."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.keep_daily, self.keep_weekly, self.keep_monthly = QSpinBox(), QSpinBox(), QSpinBox()
        self.keep_daily.setRange(1, settings_store.KEEP_MOST)
        for spin in (self.keep_weekly, self.keep_monthly):
            spin.setRange(0, settings_store.KEEP_MOST)
        for spin, unit in ((self.keep_daily, self.tr("days")), (self.keep_weekly, self.tr("weeks")),
                           (self.keep_monthly, self.tr("months"))):
            row.addWidget(spin)
            row.addWidget(QLabel(unit))
        row.addStretch(1)
        box.setToolTip(self.tr("The newest backup of each of the last days, weeks and months is kept; older ones "
                               "are deleted. The newest backup is always kept."))
        return box

    def _working_hours(self) -> QWidget:
        """From [09:00] to [17:00]: where clients' hours are compared with mine."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.work_start, self.work_end = QTimeEdit(), QTimeEdit()
        for edit in (self.work_start, self.work_end):
            edit.setDisplayFormat("HH:mm")
        row.addWidget(self.work_start)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.work_end)
        row.addStretch(1)
        box.setToolTip(self.tr("Used to show the hours you share with each client (they may run past midnight)."))
        return box

    def load(self) -> None:
        self.home_currency.setCurrentText(settings_store.home_currency())
        index = self.week_start.findData(settings_store.week_start())
        self.week_start.setCurrentIndex(max(index, 0))
        self.max_contracts.setValue(settings_store.value(settings_store.WORKLOAD_MAX_CONTRACTS) or 0)
        hours = settings_store.value(settings_store.WORKLOAD_MAX_WEEKLY_HOURS)
        self.max_hours.setText("" if hours is None else str(hours))
        self.forgotten.setValue(settings_store.value(settings_store.FORGOTTEN_TIMER_HOURS))
        start, end = settings_store.working_hours()
        self.work_start.setTime(QTime(start.hour, start.minute))
        self.work_end.setTime(QTime(end.hour, end.minute))
        self.earliest_year.setValue(settings_store.earliest_year())
        self.close_to_tray.setChecked(bool(self.ctx.ui_settings.get(CLOSE_TO_TRAY)))
        self.color_scheme.setCurrentIndex(max(self.color_scheme.findData(self.ctx.ui_settings.get(COLOR_SCHEME)), 0))
        ui = self.ctx.ui_settings
        self.idle_minutes.setValue(ui.get(IDLE_MINUTES))
        self._show_idle_source()
        self.remind_no_timer.setChecked(bool(ui.get(REMIND_NO_TIMER)))
        self.no_timer_minutes.setValue(ui.get(REMIND_NO_TIMER_MINUTES))
        self.no_timer_minutes.setEnabled(self.remind_no_timer.isChecked())
        self.remind_milestone.setChecked(bool(ui.get(REMIND_MILESTONE_DUE)))
        self.remind_release.setChecked(bool(ui.get(REMIND_AUTO_RELEASE)))
        self.remind_invoice.setChecked(bool(ui.get(REMIND_INVOICE_DUE)))
        backup = settings_store.backup_settings()
        self.backup_folder.setText(str(backup.folder))
        self.keep_daily.setValue(backup.keep.daily)
        self.keep_weekly.setValue(backup.keep.weekly)
        self.keep_monthly.setValue(backup.keep.monthly)
        scheme_chosen, own_rate, own_exempt = settings_store.tax_settings()
        home = self.home_currency.currentText()
        self._own_tax = (basis_points(own_rate), amount_text(own_exempt, home) if own_rate else "")
        self.tax_scheme.blockSignals(True)
        self.tax_scheme.setCurrentIndex(max(self.tax_scheme.findData(scheme_chosen), 0))
        self.tax_scheme.blockSignals(False)
        self._tax_shows = None
        self._show_tax()

        (name, address, email, tax_id, logo, instructions, prefix, digits, yearly, terms) = settings_store.values(
            settings_store.BUSINESS_NAME, settings_store.BUSINESS_ADDRESS, settings_store.BUSINESS_EMAIL,
            settings_store.BUSINESS_TAX_ID, settings_store.BUSINESS_LOGO, settings_store.PAYMENT_INSTRUCTIONS,
            settings_store.INVOICE_PREFIX, settings_store.INVOICE_DIGITS, settings_store.INVOICE_YEARLY,
            settings_store.INVOICE_TERMS_DAYS)
        self.business_name.setText(name)
        self.business_address.setPlainText(address)
        self.business_email.setText(email)
        self.business_tax_id.setText(tax_id)
        self.set_logo(logo)
        self.payment_instructions.setPlainText(instructions)
        self.invoice_prefix.setText(prefix)
        self.invoice_digits.setValue(digits)
        self.invoice_yearly.setChecked(yearly)
        self.invoice_terms.setValue(terms)
        self._preview_number()

    def _own_rate(self) -> tuple[int | None, int | None]:
        """The own rate (basis points) and yearly exemption (home minor units) as typed; refused at the field."""
        if self.tax_scheme.currentData() != TaxScheme.CUSTOM:
            return None, None
        text = self.tax_rate.text()
        rate = parse_percent(text, "tax_rate", separators(), tax.TAX_RATE_RANGE) if text.strip() else None
        return rate, self.tax_exempt.minor_or_none("tax_exempt") or 0

    def save(self):
        tax_rate, tax_exempt = self._own_rate()
        settings_store.save_settings(settings_store.SettingsForm(
            home_currency=self.home_currency.currentText(),
            week_start=self.week_start.currentData(),
            max_contracts=self.max_contracts.value() or None,
            max_weekly_hours=self.max_hours.text(),
            forgotten_timer_hours=self.forgotten.value(),
            work_start=self.work_start.time().toPython(),
            work_end=self.work_end.time().toPython(),
            earliest_year=self.earliest_year.value(),
            today=self.ctx.today(),
            backup_folder=self.backup_folder.text(),
            backup_keep_daily=self.keep_daily.value(),
            backup_keep_weekly=self.keep_weekly.value(),
            backup_keep_monthly=self.keep_monthly.value(),
            tax_scheme=self.tax_scheme.currentData(),
            tax_rate_bps=tax_rate,
            tax_exempt_minor=tax_exempt,
            business=settings_store.BusinessDetails(
                self.business_name.text(), self.business_address.toPlainText(), self.business_email.text(),
                self.business_tax_id.text(), self.logo,
                self.payment_instructions.toPlainText()),
            numbering=settings_store.InvoiceNumbering(
                self.invoice_prefix.text(), self.invoice_digits.value(), self.invoice_yearly.isChecked(),
                self.invoice_terms.value()),
        ))
        self.ctx.ui_settings.set(CLOSE_TO_TRAY, self.close_to_tray.isChecked())
        self.ctx.ui_settings.set(COLOR_SCHEME, self.color_scheme.currentData())
        for option, value in ((IDLE_MINUTES, self.idle_minutes.value()), (REMIND_NO_TIMER, self.remind_no_timer.isChecked()),
                              (REMIND_NO_TIMER_MINUTES, self.no_timer_minutes.value()),
                              (REMIND_MILESTONE_DUE, self.remind_milestone.isChecked()),
                              (REMIND_AUTO_RELEASE, self.remind_release.isChecked()),
                              (REMIND_INVOICE_DUE, self.remind_invoice.isChecked())):
            self.ctx.ui_settings.set(option, value)
        scheme.change(QApplication.instance(), self.color_scheme.currentData())
        self.ctx.notify(SETTINGS, "*")
        return True
