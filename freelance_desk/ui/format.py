"""How values look on screen: dates in the user's locale, money with its currency.

Money, numbers and percentages follow the interface's QLocale (set from the interface language at
start-up; a bare system's C locale reads as US English): its decimal and group separators, where
the symbol goes, how a negative amount looks. The locale's own currency shows with the locale's
symbol ("Rp7.500.000" in Indonesian, "$1,250.50" in US English); any other with a symbol no other
currency shares ("US$1.250,50" in Indonesian, "IDR 7,500,000" in English), a symbol of letters set
apart by a no-break space. Edit fields show what their parsers read back (:func:`amount_text`,
:func:`rate_text`, :func:`basis_points`); the parsers in ``core/money.py`` take :func:`separators`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimeZone

from freelance_desk.core import money as core_money
from freelance_desk.core.durations import hours_minutes
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import Separators

NBSP = "\u00a0"


def interface_locale() -> QLocale:
    """The locale money and numbers follow: the interface's; US English where none is set (C)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def separators() -> Separators:
    """The interface's decimal and thousands separators, for the parsers in ``core/money.py``."""
    locale = interface_locale()
    return Separators(locale.decimalPoint(), locale.groupSeparator())


def number(value: int | Decimal, places: int | None = None, signed: bool = False,
           locale: QLocale | None = None) -> str:
    """1234567 → "1,234,567" / "1.234.567"; Decimal("72.5") → "72.5" / "72,5".

    ``places`` None writes the decimals the value has; ``signed`` writes "+" before a positive value;
    ``locale`` another than the interface's (an invoice in its client's language).
    """
    locale = locale or interface_locale()
    value = core_money.exact_places(value, places)
    whole, _, frac = f"{abs(value):f}".partition(".")
    text = locale.toString(int(whole)) + (locale.decimalPoint() + frac if frac else "")
    if value < 0:
        return locale.negativeSign() + text
    return locale.positiveSign() + text if signed and value > 0 else text


def percent(value: int | Decimal, places: int | None = None, signed: bool = False,
            locale: QLocale | None = None) -> str:
    """A value in percent: 12.5 → "12.5%" / "12,5%" (the locale's sign, no space in English or Indonesian)."""
    return number(value, places, signed, locale) + (locale or interface_locale()).percent()


def basis_points(bps: int | None) -> str:
    """Basis points as a percentage: 1250 → "12.5%"; None → "". A fee field shows and reads back this."""
    return "" if bps is None else percent(Decimal(bps) / 100)


def share(part: int, whole: int, places: int = 1) -> str:
    """``part`` of ``whole`` as a percentage with ``places`` decimals: fees of gross, "7.8%"; 0% of nothing."""
    return percent(Decimal(part) * 100 / whole if whole else Decimal(0), places)


def _with_currency(body: str, currency: str, negative: bool, locale: QLocale | None = None) -> str:
    """``body`` (digits as the locale writes them) with the currency's symbol, arranged as the locale does."""
    locale = locale or interface_locale()
    own = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == currency
    if own:
        sym = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    else:
        sym = core_money.abroad_symbol(currency)
    pattern = locale.toCurrencyString(-1 if negative else 1, sym)  # "Rp1", "(US$1)", "1 €"
    at = pattern.find(sym)
    if not own and at >= 0:  # letters touching the number: "IDR 7,500,000", not "IDR7,500,000"
        after = at + len(sym)
        if sym[-1].isalpha() and pattern[after:after + 1] in ("1", locale.negativeSign()):
            pattern = pattern[:after] + NBSP + pattern[after:]
        elif sym[0].isalpha() and pattern[at - 1:at] == "1":
            pattern = pattern[:at] + NBSP + pattern[at:]
    return pattern.replace("1", body, 1)


def money(minor: int | None, currency: str, locale: QLocale | None = None) -> str:
    """Minor units with their currency, exactly: 125050 USD → "$1,250.50" (English) / "US$1.250,50" (Indonesian).

    ``locale`` another than the interface's: an invoice is written in its client's language."""
    if minor is None:
        return ""
    locale = locale or interface_locale()
    n = core_money.digits(currency)
    whole, frac = divmod(abs(int(minor)), 10**n)
    body = locale.toString(whole) + (locale.decimalPoint() + f"{frac:0{n}d}" if n else "")
    return _with_currency(body, currency, minor < 0, locale)


# Short amounts on a chart's axis, smallest unit first; Indonesian writes "rb", "jt", "M".
COMPACT = (
    (10**3, QT_TRANSLATE_NOOP("Format", "{0}k")),
    (10**6, QT_TRANSLATE_NOOP("Format", "{0}M")),
    (10**9, QT_TRANSLATE_NOOP("Format", "{0}B")),
)


def compact_money(value: float, currency: str) -> str:
    """An amount in major units, short, for a chart: 1500 USD → "$1.5k"; 15000000 IDR → "IDR 15M" / "Rp15 jt".

    Whole units below a thousand, else the smallest unit that keeps it under a thousand, to one decimal
    ("999", but "1k" for 999.6 and "1M" for 999,960).
    """
    size = abs(Decimal(repr(float(value))))
    text = number(size, 0)
    if size.quantize(Decimal(1), rounding=ROUND_HALF_UP) >= 1000:
        for limit, template in COMPACT:
            short = (size / limit).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            text = QCoreApplication.translate("Format", template).format(number(short))
            if short < 1000:
                break
    return _with_currency(text, currency, value < 0)


def money_label(currency: str) -> Callable[[float], str]:
    """The chart's money labels in ``currency``, as a function of an amount in major units."""
    return lambda value: compact_money(value, currency)


def amount_text(minor: int | None, currency: str) -> str:
    """Minor units as an amount field shows them, in the interface's convention: "1250,50"; None → ""."""
    return "" if minor is None else core_money.written_amount(minor, currency, separators())


def amount_example(currency: str) -> str:
    """How an amount of ``currency`` is typed here, with its symbol: "US$1.250,50", "Rp7.500.000"."""
    return money(1250_50 if core_money.digits(currency) else 7_500_000, currency)


def rate_text(rate: Decimal | None) -> str:
    """An exchange rate as its field shows it, every digit kept: "15800", "0,000063"; None → ""."""
    return core_money.written_rate(rate, separators())


def qdate(d: date | None) -> QDate:
    return QDate(d.year, d.month, d.day) if d else QDate()


def pydate(q: QDate) -> date | None:
    return date(q.year(), q.month(), q.day()) if q.isValid() else None


def short_date(d: date | None) -> str:
    if d is None:
        return ""
    return QLocale().toString(qdate(d), QLocale.FormatType.ShortFormat)


def long_date(d: date | None, locale: QLocale | None = None) -> str:
    """A day written out without its weekday: "March 20, 2026" / "20 Maret 2026" (the locale's long format)."""
    if d is None:
        return ""
    locale = locale or QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    for weekday in ("dddd, ", "dddd "):
        pattern = pattern.replace(weekday, "")
    return locale.toString(qdate(d), pattern.strip(" ,"))


def local_datetime(dt: datetime | None, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    """An aware UTC instant shown in the system's local time."""
    if dt is None:
        return ""
    q = QDateTime.fromSecsSinceEpoch(int(dt.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(q, fmt)


def local_datetime_seconds(dt: datetime | None) -> str:
    """As :func:`local_datetime`, to the second (backups made a few seconds apart stay apart)."""
    if dt is None:
        return ""
    q = QDateTime.fromSecsSinceEpoch(int(dt.timestamp()), QTimeZone.systemTimeZone())
    pattern = QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat)
    at = pattern.find("mm")
    if "ss" not in pattern and at > 0:
        sep = pattern[at - 1] if not pattern[at - 1].isalpha() else ":"  # the locale's own: 09.15.02 in Indonesian
        pattern = pattern[:at] + "mm" + sep + "ss" + pattern[at + 2:]
    return QLocale().toString(q, pattern)


def local_time(dt: datetime | None) -> str:
    if dt is None:
        return ""
    q = QDateTime.fromSecsSinceEpoch(int(dt.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(q.time(), QLocale.FormatType.ShortFormat)


def duration(seconds: int | None) -> str:
    """3725 → "1:02" (hours:minutes), what freelancers read at a glance (the one rule: core.durations)."""
    if seconds is None:
        return ""
    return hours_minutes(seconds)


def clock(seconds: int) -> str:
    """3725 → "1:02:05", for a running timer."""
    seconds = max(0, int(seconds))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
