"""Settings that change the meaning of data, stored in the database: each declared once here.

A :class:`StoredSetting` names its key, how its stored text reads, and its default;
a missing row, or text that no longer reads, gives the default. (Window state and
other UI options live in QSettings: ``freelance_desk/settings.py``.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any

from freelance_desk.core.calendar import WORKDAY
from freelance_desk.core.checks import EARLIEST_YEAR as FIRST_YEAR_DEFAULT
from freelance_desk.core.errors import ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import check_currency
from freelance_desk.core.vocabulary import TaxScheme, WeekStart
from freelance_desk.db import backup_keys
from freelance_desk.db.connection import write
from freelance_desk.db.models import Setting
from freelance_desk.services.money import tax


def _optional_int(text: str) -> int | None:
    """ "" means no value (no limit); anything else must be a whole number."""
    return int(text) if text.strip() else None


def _currency(text: str) -> str:
    if not text.strip():
        raise ValueError(text)
    return check_currency(text)


def _basis_points(text: str) -> int:
    """A share in basis points, more than 0 and at most the whole."""
    bps = int(text)
    if not 0 < bps <= tax.BPS:
        raise ValueError(text)
    return bps


def _minor(text: str) -> int:
    minor = int(text)
    if minor < 0:
        raise ValueError(text)
    return minor


def _hours(text: str) -> tuple[time, time]:
    start, end = (time.fromisoformat(part) for part in text.split("-"))
    if start == end:
        raise ValueError(text)
    return start, end


@dataclass(frozen=True)
class StoredSetting:
    key: str
    read: Callable[[str], Any]  # stored text → value; ValueError when it does not read
    default: Any


HOME_CURRENCY = StoredSetting("home_currency", _currency, "USD")
WEEK_START = StoredSetting("week_start", WeekStart, WeekStart.MONDAY_UTC)
WORKLOAD_MAX_CONTRACTS = StoredSetting("workload_max_contracts", _optional_int, 5)
WORKLOAD_MAX_WEEKLY_HOURS = StoredSetting("workload_max_weekly_hours", _optional_int, None)
FORGOTTEN_TIMER_HOURS = StoredSetting("forgotten_timer_hours", int, 10)
WORKING_HOURS = StoredSetting("working_hours", _hours, WORKDAY)  # the freelancer's own day, local time
EARLIEST_YEAR = StoredSetting("earliest_year", int, FIRST_YEAR_DEFAULT)  # no date before 1 January of it
OLDEST_EARLIEST_YEAR = 1980

# Backups (db/backups.py reads the same keys straight from a file): "" is the default folder,
# paths.data_dir()/"backups".
BACKUP_FOLDER = StoredSetting(backup_keys.FOLDER_KEY, str, "")
BACKUP_KEEP_DAILY = StoredSetting(backup_keys.KEEP_DAILY_KEY, int, backup_keys.KEEP_DEFAULTS["daily"])
BACKUP_KEEP_WEEKLY = StoredSetting(backup_keys.KEEP_WEEKLY_KEY, int, backup_keys.KEEP_DEFAULTS["weekly"])
BACKUP_KEEP_MONTHLY = StoredSetting(backup_keys.KEEP_MONTHLY_KEY, int, backup_keys.KEEP_DEFAULTS["monthly"])
KEEP_MOST = 99

# The freelancer's own details, printed on every invoice and receipt, and how invoices are numbered.
BUSINESS_NAME = StoredSetting("business_name", str, "")  # a person's or a business's name
BUSINESS_ADDRESS = StoredSetting("business_address", str, "")  # lines as typed
BUSINESS_EMAIL = StoredSetting("business_email", str, "")
BUSINESS_TAX_ID = StoredSetting("business_tax_id", str, "")  # e.g. an NPWP
BUSINESS_LOGO = StoredSetting("business_logo", str, "")  # a PNG or JPEG, base64 (kept in the file, backed up with it)
PAYMENT_INSTRUCTIONS = StoredSetting("payment_instructions", str, "")  # bank account, PayPal, Wise…
INVOICE_PREFIX = StoredSetting("invoice_prefix", str, "INV-{year}-")  # {year}: the issue date's year
INVOICE_DIGITS = StoredSetting("invoice_digits", int, 4)
INVOICE_YEARLY = StoredSetting("invoice_yearly", lambda text: text == "1", True)  # numbers start again each year
INVOICE_TERMS_DAYS = StoredSetting("invoice_terms_days", int, 14)

# Tax set-aside (services/money/tax.py): off, the PP 55/2022 preset (its rate and exemption are the
# preset's, in tax.py), or the user's own rate and yearly exempt turnover, which are kept while another
# choice is made (in the home currency's minor units of when they were saved: the Settings dialog saves
# them with the home currency, in one transaction).
TAX_SCHEME = StoredSetting("tax_scheme", TaxScheme, TaxScheme.OFF)
TAX_RATE_BPS = StoredSetting("tax_rate_bps", _basis_points, None)  # None: never set
TAX_EXEMPT_MINOR = StoredSetting("tax_exempt_minor", _minor, 0)  # per calendar year

ALL = (HOME_CURRENCY, WEEK_START, WORKLOAD_MAX_CONTRACTS, WORKLOAD_MAX_WEEKLY_HOURS, FORGOTTEN_TIMER_HOURS,
       WORKING_HOURS, EARLIEST_YEAR, BACKUP_FOLDER, BACKUP_KEEP_DAILY, BACKUP_KEEP_WEEKLY, BACKUP_KEEP_MONTHLY,
       TAX_SCHEME, TAX_RATE_BPS, TAX_EXEMPT_MINOR,
       BUSINESS_NAME, BUSINESS_ADDRESS, BUSINESS_EMAIL, BUSINESS_TAX_ID, BUSINESS_LOGO, PAYMENT_INSTRUCTIONS,
       INVOICE_PREFIX, INVOICE_DIGITS, INVOICE_YEARLY, INVOICE_TERMS_DAYS)


def _read(setting: StoredSetting, text: str | None):
    if text is None:
        return setting.default
    try:
        return setting.read(text)
    except (ValueError, ValidationError):
        return setting.default


def value(setting: StoredSetting):
    row = Setting.get_or_none(Setting.key == setting.key)
    return _read(setting, None if row is None else row.value)


def values(*settings: StoredSetting) -> tuple:
    """Several settings in one query, each read as :func:`value` reads it."""
    stored = dict(Setting.select(Setting.key, Setting.value).where(Setting.key.in_([s.key for s in settings])).tuples())
    return tuple(_read(s, stored.get(s.key)) for s in settings)


def put(key: str, text: str) -> None:
    with write():
        Setting.insert(key=key, value=text).on_conflict(conflict_target=[Setting.key], preserve=[Setting.value]).execute()


def home_currency() -> str:
    return value(HOME_CURRENCY)


def set_home_currency(code: str) -> None:
    put(HOME_CURRENCY.key, check_currency(code, "home_currency"))


def week_start() -> WeekStart:
    return value(WEEK_START)


def set_week_start(week: str) -> None:
    if week not in tuple(WeekStart):
        raise ValidationError("week_start", QT_TRANSLATE_NOOP("services", "Unknown week start."))
    put(WEEK_START.key, week)


def set_workload_limits(max_contracts: int | None, max_weekly_hours: str) -> None:
    """Save the freelancer's own limits; ``None``/empty means no limit."""
    hours = (max_weekly_hours or "").strip()
    if hours and (not re.fullmatch("[0-9]{1,3}", hours) or not 1 <= int(hours) <= 168):  # "²", "١٢" are not hours
        raise ValidationError(
            "workload_max_weekly_hours",
            QT_TRANSLATE_NOOP("services", "Enter whole hours between 1 and 168, or leave it empty."),
        )
    if max_contracts is not None and not 0 <= max_contracts <= 99:
        raise ValidationError("workload_max_contracts", QT_TRANSLATE_NOOP("services", "Enter a number up to 99."))
    with write():
        put(WORKLOAD_MAX_CONTRACTS.key, str(max_contracts) if max_contracts else "")
        put(WORKLOAD_MAX_WEEKLY_HOURS.key, hours)


def working_hours() -> tuple[time, time]:
    """The freelancer's own working day, local wall-clock time (it may run past midnight)."""
    return value(WORKING_HOURS)


def set_working_hours(start: time, end: time) -> None:
    if start.replace(second=0, microsecond=0) == end.replace(second=0, microsecond=0):
        raise ValidationError(
            "working_hours", QT_TRANSLATE_NOOP("services", "Your working day needs a start and a different end.")
        )
    put(WORKING_HOURS.key, f"{start:%H:%M}-{end:%H:%M}")


def set_forgotten_timer_hours(hours: int) -> None:
    if not 1 <= hours <= 24:
        raise ValidationError("forgotten_timer_hours", QT_TRANSLATE_NOOP("services", "Between 1 and 24 hours."))
    put(FORGOTTEN_TIMER_HOURS.key, str(hours))


def earliest_year() -> int:
    """No date typed anywhere may fall before 1 January of this year."""
    return value(EARLIEST_YEAR)


def set_earliest_year(year: int, today: date) -> None:
    if not OLDEST_EARLIEST_YEAR <= year <= today.year:
        raise ValidationError(
            "earliest_year", QT_TRANSLATE_NOOP("services", "Enter a year from {first} to {last}."),
            first=OLDEST_EARLIEST_YEAR, last=today.year,
        )
    put(EARLIEST_YEAR.key, str(year))


def tax_settings() -> tuple[TaxScheme, int | None, int]:
    """The tax choice as stored: the scheme, the user's own rate (basis points, None if never set) and
    yearly exempt turnover (home minor units); the preset's figures are ``tax.PP55_*``."""
    return values(TAX_SCHEME, TAX_RATE_BPS, TAX_EXEMPT_MINOR)


def tax_plan(home: str | None = None) -> tax.TaxPlan | None:
    """What is set aside for tax, or None when nothing is (one query; two without ``home``)."""
    return tax.plan_of(*tax_settings(), home or home_currency())


def set_tax(scheme: str, rate_bps: int | None, exempt_minor: int | None, home: str) -> None:
    """Save the tax choice for the home currency ``home``; the own rate and exemption only with "custom"
    (else the ones saved before are kept for the next time it is chosen). Refused at the field."""
    scheme = tax.check_plan(scheme, rate_bps, exempt_minor, home)
    with write():
        put(TAX_SCHEME.key, scheme)
        if scheme == TaxScheme.CUSTOM:
            put(TAX_RATE_BPS.key, str(rate_bps))
            put(TAX_EXEMPT_MINOR.key, str(exempt_minor or 0))


def backup_settings():
    """The backup folder (the default one when none is set) and how many backups rotation keeps
    (``db/backups.FolderSettings``)."""
    from freelance_desk.db import backups  # not on the way to the first frame

    settings = (BACKUP_FOLDER, BACKUP_KEEP_DAILY, BACKUP_KEEP_WEEKLY, BACKUP_KEEP_MONTHLY)
    return backups.settings_from({s.key: str(v) for s, v in zip(settings, values(*settings))})


def set_backup_settings(folder: str, daily: int, weekly: int, monthly: int) -> None:
    """The folder must be one that can be created and written; "" (or the default's path) is the default."""
    from freelance_desk.db import backups

    text = (folder or "").strip()
    if text and Path(text).expanduser() == backups.default_folder():
        text = ""
    if backups.check_folder(Path(text).expanduser() if text else backups.default_folder()) is not None:
        raise ValidationError(
            "backup_folder",
            QT_TRANSLATE_NOOP("services", "Backups cannot be written to this folder: choose one you can write to."),
        )
    if not 1 <= daily <= KEEP_MOST:
        raise ValidationError("backup_keep", QT_TRANSLATE_NOOP("services", "Keep at least one daily backup."))
    if not (0 <= weekly <= KEEP_MOST and 0 <= monthly <= KEEP_MOST):
        raise ValidationError("backup_keep", QT_TRANSLATE_NOOP("services", "Enter a number up to 99."))
    with write():
        put(BACKUP_FOLDER.key, text)
        put(BACKUP_KEEP_DAILY.key, str(daily))
        put(BACKUP_KEEP_WEEKLY.key, str(weekly))
        put(BACKUP_KEEP_MONTHLY.key, str(monthly))


@dataclass(frozen=True)
class SettingsForm:
    """Everything the Settings dialog saves, in one transaction."""

    home_currency: str
    week_start: str
    max_contracts: int | None
    max_weekly_hours: str
    forgotten_timer_hours: int
    work_start: time
    work_end: time
    earliest_year: int | None = None  # None: as it is
    today: date | None = None
    backup_folder: str | None = None  # None: the backup settings stay as they are
    backup_keep_daily: int = backup_keys.KEEP_DEFAULTS["daily"]
    backup_keep_weekly: int = backup_keys.KEEP_DEFAULTS["weekly"]
    backup_keep_monthly: int = backup_keys.KEEP_DEFAULTS["monthly"]
    tax_scheme: str | None = None  # None: the tax choice stays as it is
    tax_rate_bps: int | None = None  # the own rate and exemption, read with "custom"
    tax_exempt_minor: int | None = None  # in the form's home currency
    business: BusinessDetails | None = None  # None: as they are
    numbering: InvoiceNumbering | None = None  # None: as it is


@dataclass(frozen=True)
class BusinessDetails:
    """Who the invoices are from, and how to pay them."""

    name: str = ""
    address: str = ""
    email: str = ""
    tax_id: str = ""
    logo: str = ""  # base64 PNG or JPEG, "" for none
    payment_instructions: str = ""


@dataclass(frozen=True)
class InvoiceNumbering:
    prefix: str = "INV-{year}-"
    digits: int = 4
    yearly: bool = True
    terms_days: int = 14


MAX_LOGO_BYTES = 512 * 1024


def check_logo(text: str) -> str:
    """A logo as kept: base64 of a PNG or JPEG of at most 512 KB, or "" for none."""
    import base64
    import binascii

    text = (text or "").strip()
    if not text:
        return ""
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        data = b""
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        raise ValidationError("business_logo", QT_TRANSLATE_NOOP("services", "Choose a PNG or JPEG image."))
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError("business_logo", QT_TRANSLATE_NOOP("services", "Choose an image of at most 512 KB."))
    return text


def set_business_details(details: BusinessDetails) -> None:
    from freelance_desk.core.checks import note_text, optional_email, optional_text

    with write():
        put(BUSINESS_NAME.key, optional_text(details.name, "business_name"))
        put(BUSINESS_ADDRESS.key, note_text(details.address, "business_address", 1000))
        put(BUSINESS_EMAIL.key, optional_email(details.email, "business_email"))
        put(BUSINESS_TAX_ID.key, optional_text(details.tax_id, "business_tax_id", 60))
        put(BUSINESS_LOGO.key, check_logo(details.logo))
        put(PAYMENT_INSTRUCTIONS.key, note_text(details.payment_instructions, "payment_instructions", 2000))


def set_invoice_numbering(numbering: InvoiceNumbering) -> None:
    from freelance_desk.services.billing.numbering import check_prefix

    if not 1 <= numbering.digits <= 9:
        raise ValidationError("invoice_digits", QT_TRANSLATE_NOOP("services", "Use 1 to 9 digits."))
    if not 0 <= numbering.terms_days <= 365:
        raise ValidationError("invoice_terms_days", QT_TRANSLATE_NOOP("services", "Enter 0 to 365 days."))
    with write():
        put(INVOICE_PREFIX.key, check_prefix(numbering.prefix))
        put(INVOICE_DIGITS.key, str(numbering.digits))
        put(INVOICE_YEARLY.key, "1" if numbering.yearly else "0")
        put(INVOICE_TERMS_DAYS.key, str(numbering.terms_days))


def save_settings(form: SettingsForm) -> None:
    """All or nothing: a field that does not check out leaves every setting as it was."""
    with write():
        set_home_currency(form.home_currency)
        if form.tax_scheme is not None:
            set_tax(form.tax_scheme, form.tax_rate_bps, form.tax_exempt_minor, check_currency(form.home_currency))
        set_week_start(form.week_start)
        set_workload_limits(form.max_contracts, form.max_weekly_hours)
        set_forgotten_timer_hours(form.forgotten_timer_hours)
        set_working_hours(form.work_start, form.work_end)
        if form.earliest_year is not None:
            set_earliest_year(form.earliest_year, form.today or date.today())
        if form.backup_folder is not None:
            set_backup_settings(form.backup_folder, form.backup_keep_daily, form.backup_keep_weekly,
                                form.backup_keep_monthly)
        if form.business is not None:
            set_business_details(form.business)
        if form.numbering is not None:
            set_invoice_numbering(form.numbering)
