"""Settings: what changes the meaning of data (in the database) and a few UI choices."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from freelance_desk.core.errors import ValidationError
from freelance_desk.core.money import CURRENCIES, parse_percent
from freelance_desk.core.vocabulary import TAX_SCHEME_LABELS, TaxScheme, WeekStart
from freelance_desk.services.money import tax
from freelance_desk.services.settings import store as settings_store
from freelance_desk.settings import CLOSE_TO_TRAY, COLOR_SCHEME
from freelance_desk.ui import scheme
from freelance_desk.ui.context import SETTINGS
from freelance_desk.ui.format import amount_text, basis_points, number, separators
from freelance_desk.ui.forms import FormDialog
from freelance_desk.ui.models.row_table import service_text
from freelance_desk.ui.widgets.money_edit import MoneyEdit


class SettingsDialog(FormDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, self.tr("Settings"), parent)
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
        self.load()

    def _tax_fields(self) -> None:
        """Tax: [off / PP 55/2022 / my own rate], the rate and the yearly exempt turnover (the preset's shown, fixed)."""
        self.add_section(self.tr("Tax"))
        self.tax_scheme = QComboBox()
        for value in TaxScheme:
            self.tax_scheme.addItem(service_text(TAX_SCHEME_LABELS[value]), value)
        self.add_field("tax_scheme", self.tr("Set aside for tax"), self.tax_scheme)
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
        ))
        self.ctx.ui_settings.set(CLOSE_TO_TRAY, self.close_to_tray.isChecked())
        self.ctx.ui_settings.set(COLOR_SCHEME, self.color_scheme.currentData())
        scheme.change(QApplication.instance(), self.color_scheme.currentData())
        self.ctx.notify(SETTINGS, "*")
        return True
