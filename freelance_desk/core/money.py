"""Exact money: integer minor units beside an ISO 4217 code. Never float.

Reading what a user typed (amounts, percentages, exchange rates) follows the user's convention,
passed in as :class:`Separators` (the interface reads them from its locale); :func:`read_number`
states the rule. Showing money in the interface is ``ui/format.py``'s (through its QLocale); this
module writes numbers only for edit fields, messages and locale-free text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

from freelance_desk.core.errors import ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP

# Minor-unit digits as freelancers use them. IDR is written without decimals in
# practice (ISO lists 2, but nobody pays in sen), so we keep 0.
# Then the symbol people write, and the symbol that cannot be mistaken for another currency, shown
# where the currency is not the locale's own ("US$" beside rupiah, "IDR" beside dollars).
CURRENCIES: dict[str, tuple[int, str, str]] = {
    "USD": (2, "$", "US$"),
    "EUR": (2, "€", "€"),
    "GBP": (2, "£", "£"),
    "IDR": (0, "Rp", "IDR"),
    "AUD": (2, "A$", "A$"),
    "CAD": (2, "C$", "C$"),
    "SGD": (2, "S$", "S$"),
    "MYR": (2, "RM", "RM"),
    "PHP": (2, "₱", "₱"),
    "INR": (2, "₹", "₹"),
    "JPY": (0, "¥", "¥"),
    "CHF": (2, "CHF", "CHF"),
}

# Nothing a solo freelancer bills in one go comes near this (in major units).
MAX_MAJOR = Decimal("1000000000000")
# No stored or derived amount in minor units goes beyond this: SQLite's integers end at 9.2 × 10¹⁸, so
# thousands of such amounts still add up inside 64 bits. An amount converted at a rate is checked too.
MAX_MINOR = 10**15
# Between any two currencies people are paid in (rupiah per pound is about 21,000; dollars per rupiah
# about 0.00006); a rate outside these is a typing slip, and would make amounts vanish or explode.
MIN_RATE = Decimal("0.00000001")
MAX_RATE = Decimal(1000000)


def digits(currency: str) -> int:
    return CURRENCIES[currency][0]


def symbol(currency: str) -> str:
    return CURRENCIES[currency][1]


def abroad_symbol(currency: str) -> str:
    """The symbol shown where ``currency`` is not the locale's own: never one another currency shares."""
    return CURRENCIES[currency][2]


def check_currency(code: str, field: str = "currency") -> str:
    code = (code or "").strip().upper()
    if code not in CURRENCIES:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("services", "Unknown currency code “{code}”. Use one of: {known}."),
            code=code,
            known=", ".join(sorted(CURRENCIES)),
        )
    return code


def to_decimal(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-digits(currency))


def max_minor(currency: str) -> int:
    """The largest amount of ``currency`` accepted, in minor units (MAX_MAJOR, never above MAX_MINOR)."""
    return min(int(MAX_MAJOR.scaleb(digits(currency))), MAX_MINOR)


def from_decimal(amount: Decimal, currency: str) -> int:
    q = amount.scaleb(digits(currency)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(q)


@dataclass(frozen=True)
class Separators:
    """How numbers are written where the user is: the decimal separator and the thousands separator.

    The interface reads them from its locale and passes them in; this module never guesses them.
    """

    decimal: str = "."
    group: str = ","


POINT = Separators(".", ",")  # 1,250.50: English
COMMA = Separators(",", ".")  # 1.250,50: Indonesian

# Typed between the digit groups, any of these counts as the thousands separator.
_SPACES = " \u00a0\u202f\u2009"


def read_number(text: str, seps: Separators) -> Decimal | None:
    """The number ``text`` writes in the convention ``seps`` ("1.250,50" with COMMA → 1250.50), else None.

    The Decimal keeps the decimals as written ("1.250" with POINT has exponent -3).

    The rule, the same for amounts, percentages and rates:

    * digits, at most one decimal separator, and thousands separators before it only;
    * with thousands separators the first group has one to three digits and every later group
      exactly three ("1.250.000"; not "1.25" or "12.50.0");
    * after the decimal separator at least one digit, and nothing else;
    * a space typed between the groups counts as the thousands separator ("1 250,50").

    A text that breaks the rule is None: it is never read in the other convention. With COMMA
    (Indonesian) "1.250" is one thousand two hundred fifty, "1,5" one and a half, and "1,250.50" or
    "1.25" are not numbers; with POINT (English) "1.250" is 1.25 written with three decimals, which
    the callers refuse for money.
    """
    raw = text
    for space in _SPACES:
        raw = raw.replace(space, seps.group)
    d, g = re.escape(seps.decimal), re.escape(seps.group)
    match = re.fullmatch(rf"(?P<int>[0-9]{{1,3}}(?:{g}[0-9]{{3}})+|[0-9]*)(?:{d}(?P<frac>[0-9]+))?", raw)
    if match is None or not (match["int"] or match["frac"]):
        return None
    whole = match["int"].replace(seps.group, "") or "0"
    return Decimal(f"{whole}.{match['frac']}" if match["frac"] else whole)


def exact_places(value: Decimal | int, places: int | None = None) -> Decimal:
    """``value`` rounded half up to ``places`` decimals, or (None) with the decimals it has: 72.50 → 72.5, 3.0 → 3."""
    value = Decimal(value)
    if places is not None:
        return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def write_number(value: Decimal | int, seps: Separators, places: int | None = None, grouped: bool = True) -> str:
    """``value`` written in the convention ``seps``: 1250.5 → "1.250,50" (COMMA, 2 places), exactly.

    ``places`` None writes the decimals the value has (trailing zeros dropped).
    """
    value = exact_places(value, places)
    sign = "-" if value < 0 else ""
    whole, _, frac = f"{abs(value):f}".partition(".")
    if grouped:
        head = len(whole) % 3 or 3
        whole = seps.group.join([whole[:head]] + [whole[i:i + 3] for i in range(head, len(whole), 3)])
    return sign + whole + (seps.decimal + frac if frac else "")


def amount_example(currency: str, seps: Separators) -> str:
    """How an amount of ``currency`` is typed: "1,250.50" or "7.500.000"."""
    return write_number(Decimal("1250.50") if digits(currency) else Decimal(7500000), seps, digits(currency))


def written_amount(minor: int, currency: str, seps: Separators) -> str:
    """Minor units as an amount field shows them, in the user's convention: 125050 USD → "1250,50" (COMMA).

    Without thousands separators, so that a digit typed anywhere still makes an amount.
    """
    return write_number(to_decimal(minor, currency), seps, digits(currency), grouped=False)


def _strip_symbols(raw: str, currency: str) -> str:
    """ "Rp 1.500.000", "usd 20", "US$1,250.50" → the number (a symbol or code before or after it)."""
    for sym in sorted({abroad_symbol(currency), symbol(currency), currency, "$"}, key=len, reverse=True):
        pattern = re.escape(sym)
        raw = re.sub(rf"^{pattern}|{pattern}$", "", raw.strip(), flags=re.IGNORECASE).strip()
    return raw


def parse_amount(
    text: str, currency: str, field: str = "amount", allow_zero: bool = True, seps: Separators = POINT
) -> int:
    """What a user typed ("1,234.50", "75", "Rp 1.500.000") as minor units; see :func:`read_number`.

    ``seps`` is the user's convention. Beyond the number rule: a currency without decimals (IDR,
    JPY) refuses a decimal part, and no amount has more decimals than its currency, so with POINT
    "1.250" dollars is refused (three decimals; one thousand is "1,250"), never read as 1.25 or 1250.
    Each refusal shows how to write an amount of that currency in that convention.
    """
    currency = check_currency(currency)
    raw = _strip_symbols(text or "", currency)
    if not raw:
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "Enter an amount."))
    example = amount_example(currency, seps)
    if raw[0] in "-\u2212":
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "The amount cannot be negative."))
    value = read_number(raw, seps)
    if value is None:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("services", "“{text}” is not an amount. Write it like {example}."),
            text=text.strip(), example=example,
        )
    n = digits(currency)
    if -value.as_tuple().exponent > n:  # decimals as written: "1.250" has three, even if the last is 0
        if n == 0:
            raise ValidationError(
                field, QT_TRANSLATE_NOOP("services", "{currency} amounts have no decimals. Write them like {example}."),
                currency=currency, example=example,
            )
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "services", "{currency} amounts have at most {digits} decimal places. Write them like {example}."
            ),
            currency=currency, digits=n, example=example,
        )
    if value == 0 and not allow_zero:
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "The amount must be more than zero."))
    if value > MAX_MAJOR:
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "That amount is implausibly large."))
    return from_decimal(value, currency)


def format_amount(minor: int | None, currency: str, with_symbol: bool = True) -> str:
    """1234550, "USD" → "$12,345.50"; 1500000, "IDR" → "Rp 1,500,000".

    Locale-free text for where no interface is (logs, a report built without one); the interface
    shows money through ``ui/format.money``, in its locale.
    """
    if minor is None:
        return ""
    body = write_number(to_decimal(abs(int(minor)), currency), POINT, digits(currency))
    sign = "-" if minor < 0 else ""
    if not with_symbol:
        return sign + body
    sym = symbol(currency)
    sep = "" if len(sym) == 1 else " "
    return f"{sign}{sym}{sep}{body}"


def plain_amount(minor: int, currency: str) -> str:
    """Minor units as a plain decimal string for CSV ("1234.50")."""
    return f"{to_decimal(minor, currency):.{digits(currency)}f}"


def fee_of(gross_minor: int, fee_bps: int) -> int:
    """Platform fee in minor units: gross × bps / 10 000, rounded half up."""
    return int((Decimal(gross_minor) * fee_bps / Decimal(10000)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


FEE_RANGE = QT_TRANSLATE_NOOP("services", "A fee is between 0% and 100%.")


def parse_percent(text: str, field: str = "fee", seps: Separators = POINT, out_of_range: str = FEE_RANGE) -> int:
    """"10", "10 %", "12.5" (POINT) or "12,5" (COMMA) → basis points (1000, 1000, 1250); see :func:`read_number`.

    A share above 100% or below 0% is refused with ``out_of_range`` (a marked service message: a fee's, a tax rate's).
    """
    raw = (text or "").strip().removesuffix("%").strip()
    value = read_number(raw.lstrip("-\u2212"), seps)
    if value is None:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("services", "Enter a percentage such as 10 or {example}."),
            example=write_number(Decimal("12.5"), seps),
        )
    if value > 100 or raw[:1] in ("-", "\u2212"):
        raise ValidationError(field, out_of_range)
    if -value.as_tuple().exponent > 2:
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "Use at most two decimals for a percentage."))
    return int(value * 100)


def convert(minor: int, currency: str, rate: Decimal, home: str) -> int:
    """Convert ``minor`` of ``currency`` into home minor units at ``rate`` (home per 1 unit)."""
    if currency == home:
        return int(minor)
    major = to_decimal(minor, currency) * rate
    return int(major.scaleb(digits(home)).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def parse_rate(text: str, field: str = "rate", seps: Separators = POINT) -> Decimal:
    """"15,800" or "0.000063" (POINT), "15.800" or "0,000063" (COMMA) → Decimal; see :func:`read_number`."""
    raw = (text or "").strip()
    if raw[:1] in ("-", "\u2212"):
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "An exchange rate must be more than zero."))
    value = read_number(raw, seps)
    if value is None:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("services", "Enter an exchange rate such as {large} or {small}."),
            large=write_number(15800, seps), small=write_number(Decimal("0.000063"), seps),
        )
    if value <= 0:
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "An exchange rate must be more than zero."))
    return check_rate(value, field, seps)


def check_rate(rate: Decimal, field: str = "rate", seps: Separators = POINT) -> Decimal:
    """A rate between MIN_RATE and MAX_RATE, else a ValidationError naming the range."""
    if not MIN_RATE <= rate <= MAX_RATE:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("services", "An exchange rate is between {small} and {large}."),
            small=write_number(MIN_RATE, seps), large=write_number(MAX_RATE, seps),
        )
    return rate


def written_rate(rate: Decimal | None, seps: Separators) -> str:
    """A rate as its field shows it, every digit kept, ungrouped like an amount: "15800", "0,000063" (COMMA)."""
    return "" if rate is None else write_number(rate, seps, grouped=False)


@dataclass(frozen=True)
class Money:
    minor: int
    currency: str

    def __str__(self) -> str:
        return format_amount(self.minor, self.currency)


def amount_of(quantity: Decimal, unit_price_minor: int) -> int:
    """``quantity`` × a price in minor units, to the whole minor unit (half up): an invoice line's amount."""
    return int((quantity * unit_price_minor).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def hours_of(seconds: int) -> Decimal:
    """Seconds as the hours an invoice shows: whole minutes, in hours to two decimals (half up)."""
    return (Decimal(seconds // 60) / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def time_amount(seconds: int, rate_minor: int) -> int:
    """What ``seconds`` of work earn at an hourly rate, as an invoice of that time would bill it."""
    return amount_of(hours_of(seconds), rate_minor)
