"""A time zone's UTC offsets, read fast for many instants: a day's one offset is worked out once and
kept (the clocks change on a few days a year; those days are read instant by instant, exactly).

The import places a file's naive wall-clock times with it; the CSV export writes entries' local times.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

_EPOCH = datetime(1970, 1, 1)  # naive: local seconds counted from it
_ORDINAL_1970 = _EPOCH.toordinal()


class LocalZone:
    """Local wall-clock times ↔ UTC seconds in one zone, cached by the hour (transitions are rare)."""

    def __init__(self, zone: str):
        self.zone = zone
        self.tz = ZoneInfo(zone)
        self._local: dict[date, int | None] = {}  # a day's one offset (None: the clocks change that day)
        # Read directly by the import's loops (a dict lookup instead of a call a row): a local day's (an
        # ordinal's) one offset or None, and a UTC day's (seconds // 86400) when it holds all day.
        self.day_offsets: dict[int, int | None] = {}
        self.utc_day_offsets: dict[int, int] = {}

    def to_utc(self, naive: datetime) -> tuple[int, str]:
        """Seconds since the epoch and "" — or "gap" (the clocks skipped it) / "repeated" (it happens twice)."""
        day = naive.date()
        offset = self._local.get(day, 0)
        if offset == 0 and day not in self._local:
            offset = self._local[day] = self._steady(day)
        if offset is not None:
            return int(naive.replace(tzinfo=UTC).timestamp()) - offset, ""
        local = naive.replace(tzinfo=self.tz)
        instant = local.astimezone(UTC)
        if instant.astimezone(self.tz).replace(tzinfo=None) != naive:
            return 0, "gap"
        repeated = local.utcoffset() != local.replace(fold=1).utcoffset()
        return int(instant.timestamp()), "repeated" if repeated else ""

    def local_to_utc(self, local: int, day: int) -> tuple[int, str]:
        """A wall-clock time as seconds since 1970 read as UTC, on the day ``day`` (an ordinal): as ``to_utc``."""
        offset = self.day_offsets.get(day, 0)
        if offset == 0 and day not in self.day_offsets:
            offset = self.day_offsets[day] = self._steady(date.fromordinal(day))
        if offset is not None:
            return local - offset, ""
        return self.to_utc(_EPOCH + timedelta(seconds=local))

    def steady_offsets(self, days) -> dict[int, int | None]:
        """Each of ``days``' (ordinals') one UTC offset in seconds, or None for a day the clocks change on;
        worked out once a day (the import asks for a file's distinct days, not a row at a time)."""
        known = self.day_offsets
        for day in days:
            if day not in known:
                known[day] = self._steady(date.fromordinal(day))
        return {day: known[day] for day in days}

    def _steady(self, day: date) -> int | None:
        """The day's one UTC offset in seconds, or None when the clocks change that day (read each time exactly)."""
        first = datetime.combine(day, time()).replace(tzinfo=self.tz)
        last = datetime.combine(day, time(23, 59, 59)).replace(tzinfo=self.tz)
        offsets = {moment.replace(fold=fold).utcoffset() for moment in (first, last) for fold in (0, 1)}
        if len(offsets) != 1:
            return None
        utc_first, utc_last = first.astimezone(UTC), last.astimezone(UTC)
        if (utc_last - utc_first).total_seconds() != 86399:
            return None  # a change within the day that its ends do not show
        return int(offsets.pop().total_seconds())

    def offset_at(self, instant: int) -> int:
        """The zone's UTC offset in seconds at an instant (cached by the UTC day when it holds all day)."""
        day = instant // 86400
        offset = self.utc_day_offsets.get(day)
        if offset is None:
            first = datetime.fromtimestamp(day * 86400, self.tz).utcoffset()
            last = datetime.fromtimestamp(day * 86400 + 86399, self.tz).utcoffset()
            if first != last:  # the clocks change that day: this instant's own
                return int(datetime.fromtimestamp(instant, self.tz).utcoffset().total_seconds())
            offset = self.utc_day_offsets[day] = int(first.total_seconds())
        return offset

    def offsets_of(self, instants) -> list[int]:
        """``offset_at`` of each instant, as a list."""
        known, offset_at = self.utc_day_offsets, self.offset_at
        return [known[instant // 86400] if instant // 86400 in known else offset_at(instant) for instant in instants]

    def start_at(self, day: int, seconds: int) -> int:
        """The instant the wall clock of a local day (an ordinal) reads ``seconds`` after midnight, as
        ``start_of``: worked out from the day's one offset when it has one."""
        instant, problem = self.local_to_utc((day - _ORDINAL_1970) * 86400 + seconds, day)
        if problem == "gap":
            return self.start_of(datetime.combine(date.fromordinal(day), time()) + timedelta(seconds=seconds))
        return instant

    def midnight(self, day: date) -> int:
        """The instant the local day begins (a midnight the clocks skip: the first moment after)."""
        return self.start_of(datetime.combine(day, time()))

    def start_of(self, naive: datetime) -> int:
        instant, problem = self.to_utc(naive)
        if problem == "gap":
            return int(naive.replace(tzinfo=self.tz).astimezone(UTC).timestamp())
        return instant


_CLOCKS: list[str] = []


def day_clocks() -> list[str]:
    """``HH:MM:SS`` for every second of a day, made once (a million entries write two million times)."""
    if not _CLOCKS:
        _CLOCKS.extend(f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in range(86400))
    return _CLOCKS
