"""Exact money: integer minor units beside an ISO 4217 code. Never float."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation

from freelance_desk.core.errors import ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP

# Minor-unit digits as freelancers use them. IDR is written without decimals in
# practice (ISO lists 2, but nobody pays in sen), so we keep 0.
CURRENCIES: dict[str, tuple[int, str]] = {
    "USD": (2, "$"),
    "EUR": (2, "€"),
    "GBP": (2, "£"),
    "IDR": (0, "Rp"),
    "AUD": (2, "A$"),
    "CAD": (2, "C$"),
    "SGD": (2, "S$"),
    "MYR": (2, "RM"),
    "PHP": (2, "₱"),
    "INR": (2, "₹"),
    "JPY": (0, "¥"),
    "CHF": (2, "CHF"),
}

# Nothing a solo freelancer bills in one go comes near this (in major units).
MAX_MAJOR = Decimal("1000000000000")


def digits(currency: str) -> int:
    return CURRENCIES[currency][0]


def symbol(currency: str) -> str:
    return CURRENCIES[currency][1]


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


def from_decimal(amount: Decimal, currency: str) -> int:
    q = amount.scaleb(digits(currency)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(q)


NUMBER_RE = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)")


def _unify_separators(raw: str, lone_is_thousands) -> str:
    """Turn "1,234.50" / "1.234,50" / "12,5" into "1234.50" / "1234.50" / "12.5".

    With both separators the last one is the decimal point; a separator repeated
    is a thousands separator; a lone one is decided by ``lone_is_thousands(sep, head, tail)``.
    """
    if "," in raw and "." in raw:
        if raw.rfind(",") > raw.rfind("."):
            return raw.replace(".", "").replace(",", ".")
        return raw.replace(",", "")
    if "," in raw or "." in raw:
        sep = "," if "," in raw else "."
        head, _, tail = raw.rpartition(sep)
        if raw.count(sep) > 1 or lone_is_thousands(sep, head, tail):
            return raw.replace(sep, "")
        return head + "." + tail
    return raw


def parse_amount(text: str, currency: str, field: str = "amount", allow_zero: bool = True) -> int:
    """Parse what a user typed ("1,234.50", "75", "Rp 1.500.000") into minor units."""
    currency = check_currency(currency)
    raw = (text or "").strip()
    for sym in (symbol(currency), currency, "$"):
        raw = re.sub(re.escape(sym), "", raw, flags=re.IGNORECASE)  # "rp 1.500.000", "usd 20"
    raw = raw.replace(" ", "").replace("\u00a0", "").replace("_", "")
    if not raw:
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "Enter an amount."))
    n = digits(currency)
    # A lone separator followed by exactly three digits is a thousands separator
    # when it is a comma, or when the currency has no decimals.
    raw = _unify_separators(raw, lambda sep, head, tail: len(tail) == 3 and (n == 0 or sep == ","))
    if not NUMBER_RE.fullmatch(raw):
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "“{text}” is not an amount."), text=text.strip())
    value = Decimal(raw)
    if value < 0:
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "The amount cannot be negative."))
    if value == 0 and not allow_zero:
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "The amount must be more than zero."))
    if value > MAX_MAJOR:
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "That amount is implausibly large."))
    if value != value.quantize(Decimal(1).scaleb(-n)):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("services", "{currency} amounts have at most {digits} decimal places."),
            currency=currency,
            digits=n,
        )
    return from_decimal(value, currency)


def format_amount(minor: int | None, currency: str, with_symbol: bool = True) -> str:
    """1234550, "USD" → "$12,345.50"; 1500000, "IDR" → "Rp 1,500,000"."""
    if minor is None:
        return ""
    n = digits(currency)
    value = to_decimal(abs(int(minor)), currency)
    body = f"{value:,.{n}f}"
    sign = "-" if minor < 0 else ""
    if not with_symbol:
        return sign + body
    sym = symbol(currency)
    sep = "" if len(sym) == 1 else " "
    return f"{sign}{sym}{sep}{body}"


def plain_amount(minor: int, currency: str) -> str:
    """Minor units as a plain decimal string for edit fields and CSV ("1234.50")."""
    return f"{to_decimal(minor, currency):.{digits(currency)}f}"


def fee_of(gross_minor: int, fee_bps: int) -> int:
    """Platform fee in minor units: gross × bps / 10 000, rounded half up."""
    return int((Decimal(gross_minor) * fee_bps / Decimal(10000)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_percent(text: str, field: str = "fee") -> int:
    """"10", "10%", "12.5" → basis points (1000, 1000, 1250)."""
    raw = (text or "").strip().rstrip("%").strip().replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "Enter a percentage such as 10 or 12.5.")) from None
    if not value.is_finite() or value < 0 or value > 100:
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "A fee is between 0 % and 100 %."))
    bps = value * 100
    if bps != bps.to_integral_value():
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "Use at most two decimals for a percentage."))
    return int(bps)


def format_percent(bps: int) -> str:
    value = Decimal(bps) / 100
    return f"{value.normalize():f} %"


def convert(minor: int, currency: str, rate: Decimal, home: str) -> int:
    """Convert ``minor`` of ``currency`` into home minor units at ``rate`` (home per 1 unit)."""
    if currency == home:
        return int(minor)
    major = to_decimal(minor, currency) * rate
    return int(major.scaleb(digits(home)).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def parse_rate(text: str, field: str = "rate") -> Decimal:
    """"15,800", "0.000063", "0,000063" (decimal comma) → Decimal."""
    raw = (text or "").strip().replace(" ", "").replace("\u00a0", "")
    # A lone comma before three digits groups thousands ("15,800") unless it
    # follows a bare zero ("0,063" is a decimal comma).
    raw = _unify_separators(
        raw, lambda sep, head, tail: sep == "," and len(tail) == 3 and head.lstrip("+-") not in ("", "0")
    )
    if not NUMBER_RE.fullmatch(raw):
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "Enter an exchange rate such as 15800 or 0.000063."))
    value = Decimal(raw)
    if value <= 0:
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "An exchange rate must be more than zero."))
    return value


@dataclass(frozen=True)
class Money:
    minor: int
    currency: str

    def __str__(self) -> str:
        return format_amount(self.minor, self.currency)
