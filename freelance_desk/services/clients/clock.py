"""A client's local time and the working hours the freelancer and the client share.

Pure functions over IANA zone names: right across daylight-saving changes
because every window is built as local wall-clock time on its own date and only
then compared as instants.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from freelance_desk.core.calendar import WORKDAY


def zone(name: str | None) -> ZoneInfo:
    """The zone called ``name``; UTC when it is empty or unknown (never fails on old data)."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _window(day: date, hours: tuple[time, time], tz: ZoneInfo) -> tuple[datetime, datetime]:
    start = datetime.combine(day, hours[0], tz)
    end = datetime.combine(day, hours[1], tz) if hours[1] > hours[0] else datetime.combine(day + timedelta(days=1), hours[1], tz)
    return start.astimezone(UTC), end.astimezone(UTC)


def working_overlap(
    my_zone: str,
    client_zone: str,
    day: date,
    my_hours: tuple[time, time] = WORKDAY,
    client_hours: tuple[time, time] = WORKDAY,
) -> list[tuple[datetime, datetime]]:
    """The stretches of my working day ``day`` (my zone) that fall in the client's working hours.

    Only the client's weekdays count (nobody wants a call on their Saturday).
    Returned as aware datetimes in my zone, earliest first.
    """
    mine_tz, theirs_tz = zone(my_zone), zone(client_zone)
    my_start, my_end = _window(day, my_hours, mine_tz)
    windows = []
    for delta in (-1, 0, 1):
        their_day = day + timedelta(days=delta)
        if their_day.weekday() >= 5:
            continue
        their_start, their_end = _window(their_day, client_hours, theirs_tz)
        start, end = max(my_start, their_start), min(my_end, their_end)
        if start < end:
            windows.append((start.astimezone(mine_tz), end.astimezone(mine_tz)))
    return sorted(windows)


def overlap_minutes(windows: list[tuple[datetime, datetime]]) -> int:
    return sum(int((end - start).total_seconds()) // 60 for start, end in windows)


@dataclass(frozen=True)
class ClientClock:
    client_zone: str
    client_now: datetime  # aware, in the client's zone
    difference_minutes: int  # client's UTC offset minus mine: positive when the client is ahead
    overlap: list[tuple[datetime, datetime]]  # today's shared working hours, in my zone

    @property
    def overlap_minutes(self) -> int:
        return overlap_minutes(self.overlap)

    @property
    def client_working(self) -> bool:
        """Whether it is within the client's working hours (a weekday, 09–17) right now."""
        t = self.client_now.time()
        return self.client_now.weekday() < 5 and WORKDAY[0] <= t < WORKDAY[1]


def client_clock(
    my_zone: str, client_zone: str, now: datetime, my_hours: tuple[time, time] = WORKDAY
) -> ClientClock:
    """The client's time now, how far apart we are, and where our working days meet today."""
    mine, theirs = now.astimezone(zone(my_zone)), now.astimezone(zone(client_zone))
    difference = int((theirs.utcoffset() - mine.utcoffset()).total_seconds()) // 60
    return ClientClock(
        client_zone=client_zone,
        client_now=theirs,
        difference_minutes=difference,
        overlap=working_overlap(my_zone, client_zone, mine.date(), my_hours),
    )


def format_difference(minutes: int) -> str:
    """+300 → "+5 h", −570 → "−9:30 h", 0 → "±0 h" (language-neutral)."""
    if minutes == 0:
        return "±0 h"
    sign = "+" if minutes > 0 else "−"
    h, m = divmod(abs(minutes), 60)
    return f"{sign}{h}:{m:02d} h" if m else f"{sign}{h} h"


_ZONE_NAMES: list[str] | None = None


def time_zones() -> list[str]:
    """IANA zone names for a picker, sorted, the familiar Area/City ones only."""
    global _ZONE_NAMES
    if _ZONE_NAMES is None:
        zones = {z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/", "posix/", "right/"))}
        _ZONE_NAMES = sorted(zones | {"UTC"})
    return _ZONE_NAMES


def local_time(zone: str, now: datetime) -> datetime | None:
    """``now`` on the client's wall clock (None for a zone this system does not know)."""
    try:
        return now.astimezone(ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError):
        return None
