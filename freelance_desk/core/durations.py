"""Durations typed the way people say them (1:30, 1.5h, 90m, 1h 30m, 2 hours), and shown by one rule.

Digits are 0-9 only, as amounts read (``core/money.read_number``): "١:٣٠" (Arabic-Indic) or "１:３０"
(full-width) is refused with an example, never read as 1:30 behind the user's back.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from freelance_desk.core.errors import ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP

MAX_DURATION = 24 * 3600  # one entry is at most a day

_HOURS_MINUTES = re.compile(r"^(\d{1,3}):(\d{1,2})$", re.ASCII)
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$", re.ASCII)
_UNITS = re.compile(
    r"^(?:(?P<h>\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hour|hours|j|jam))?"
    r"\s*(?:(?P<m>\d+(?:\.\d+)?)\s*(?:m|min|mins|minute|minutes|mnt|menit)?)?$",
    re.ASCII,
)


def parse_duration(text: str | None, field: str = "duration") -> int:
    """ "1:30", "1.5h", "90m", "1h 30m", "2" (hours) → seconds; at most 24 hours."""
    raw = (text or "").strip().lower().replace(",", ".")
    if not raw:
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "Enter a duration, e.g. 1:30, 1.5h or 90m."))
    if raw.startswith("-"):
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "A duration cannot be negative."))
    hours = minutes = Decimal(0)
    try:
        if match := _HOURS_MINUTES.match(raw):
            hours, minutes = Decimal(match[1]), Decimal(match[2])
            if minutes >= 60:
                raise ValueError(raw)
        elif _NUMBER.match(raw):
            hours = Decimal(raw)
        elif (match := _UNITS.match(raw)) and (match["h"] or match["m"]) and any(c.isalpha() for c in raw):
            hours, minutes = Decimal(match["h"] or 0), Decimal(match["m"] or 0)
        else:
            raise ValueError(raw)
    except (ValueError, InvalidOperation):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("services", "“{text}” is not a duration; type e.g. 1:30, 1.5h or 90m."), text=text
        ) from None
    seconds = int((hours * 3600 + minutes * 60).to_integral_value())
    if seconds <= 0:
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "The duration must be above zero."))
    if seconds > MAX_DURATION:
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "One entry is at most 24 hours."))
    return seconds


# --- showing a duration ------------------------------------------------------------
# One rule for every duration on screen, in reports and in exports: whole minutes, the seconds
# cut off (1:02:59 shows as 1:02, what the running clock's H:MM:SS reads too). Whatever is
# computed from a shown duration (an amount, a limit's state) uses these same minutes.


def shown_minutes(seconds: int) -> int:
    """The whole minutes ``seconds`` shows as, the seconds cut off (toward zero)."""
    minutes = abs(int(seconds)) // 60
    return -minutes if seconds < 0 else minutes


def hours_minutes(seconds: int) -> str:
    """3725 → "1:02", −1800 → "-0:30": hours and the shown minutes."""
    minutes = shown_minutes(seconds)
    sign = "-" if minutes < 0 else ""
    minutes = abs(minutes)
    return f"{sign}{minutes // 60}:{minutes % 60:02d}"


def decimal_hours(seconds: int) -> str:
    """The shown minutes as hours with two decimals for a spreadsheet: 1:02 → "1.03"."""
    return str((Decimal(shown_minutes(seconds)) / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
