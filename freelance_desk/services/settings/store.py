"""Settings that change the meaning of data, stored in the database."""

from __future__ import annotations

from datetime import time

from freelance_desk.core.errors import ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import check_currency
from freelance_desk.core.vocabulary import WeekStart
from freelance_desk.db.connection import db
from freelance_desk.db.migrations import DEFAULT_SETTINGS
from freelance_desk.db.models import Setting
from freelance_desk.services.clients.clock import WORKDAY


def get(key: str) -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else DEFAULT_SETTINGS.get(key, "")


def put(key: str, value: str) -> None:
    with db.atomic():
        Setting.insert(key=key, value=value).on_conflict_replace().execute()


def home_currency() -> str:
    return get("home_currency") or "USD"


def set_home_currency(code: str) -> None:
    put("home_currency", check_currency(code, "home_currency"))


def week_start() -> str:
    value = get("week_start")
    return value if value in tuple(WeekStart) else WeekStart.MONDAY_UTC


def set_week_start(value: str) -> None:
    if value not in tuple(WeekStart):
        raise ValidationError("week_start", QT_TRANSLATE_NOOP("services", "Unknown week start."))
    put("week_start", value)


def int_setting(key: str, default: int | None = None) -> int | None:
    raw = get(key).strip()
    try:
        return int(raw) if raw else default
    except ValueError:
        return default


def set_workload_limits(max_contracts: int | None, max_weekly_hours: str) -> None:
    """Save the freelancer's own limits; ``None``/empty means no limit."""
    hours = (max_weekly_hours or "").strip()
    if hours and (not hours.isdigit() or not 1 <= int(hours) <= 168):
        raise ValidationError(
            "workload_max_weekly_hours",
            QT_TRANSLATE_NOOP("services", "Enter whole hours between 1 and 168, or leave it empty."),
        )
    if max_contracts is not None and not 0 <= max_contracts <= 99:
        raise ValidationError("workload_max_contracts", QT_TRANSLATE_NOOP("services", "Enter a number up to 99."))
    with db.atomic():
        put("workload_max_contracts", str(max_contracts) if max_contracts else "")
        put("workload_max_weekly_hours", hours)


def working_hours() -> tuple[time, time]:
    """The freelancer's own working day, local wall-clock time (it may run past midnight)."""
    try:
        start, end = (time.fromisoformat(part) for part in get("working_hours").split("-"))
    except ValueError:
        return WORKDAY
    return (start, end) if start != end else WORKDAY


def set_working_hours(start: time, end: time) -> None:
    if start.replace(second=0, microsecond=0) == end.replace(second=0, microsecond=0):
        raise ValidationError(
            "working_hours", QT_TRANSLATE_NOOP("services", "Your working day needs a start and a different end.")
        )
    put("working_hours", f"{start:%H:%M}-{end:%H:%M}")


def set_forgotten_timer_hours(hours: int) -> None:
    if not 1 <= hours <= 24:
        raise ValidationError("forgotten_timer_hours", QT_TRANSLATE_NOOP("services", "Between 1 and 24 hours."))
    put("forgotten_timer_hours", str(hours))
