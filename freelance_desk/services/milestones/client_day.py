"""Due dates are the client's calendar days.

A milestone due 12 March for a client in New York is due until midnight *New York* time: at
06:00 on 13 March in Jakarta it is still 12 March there, so the milestone is due today (their
time), with 11 hours left, not overdue. :class:`Today` is one instant seen from every zone;
:func:`before_today` is the SQL that compares a due date with the client's own today, one
``CASE`` over the few distinct zones clients have, so lists stay single grouped queries.

A ``Today`` made from a bare date (``Today.of_date``) gives that date to every zone: reports
that ask "as of the end of March" and older callers keep their plain calendar meaning.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from peewee import Case

from freelance_desk.db.models import Client
from freelance_desk.services.clients.clock import zone


@dataclass(frozen=True)
class Today:
    mine: date  # the user's own today
    instant: datetime | None = None  # aware; None: every zone's today is ``mine``
    my_zone: str | None = None  # the user's IANA zone (None: the system's)

    @classmethod
    def of_date(cls, day: date) -> Today:
        return cls(mine=day)

    @classmethod
    def at(cls, instant: datetime, my_zone: str | None = None) -> Today:
        mine = instant.astimezone(zone(my_zone) if my_zone else None).date()
        return cls(mine=mine, instant=instant, my_zone=my_zone)

    def in_zone(self, name: str | None) -> date:
        """Today in the zone ``name`` (the client's calendar)."""
        if self.instant is None:
            return self.mine
        return self.instant.astimezone(zone(name)).date()

    def seconds_left(self, name: str | None, due: date) -> int | None:
        """Seconds until the end of ``due`` in zone ``name``; None unless ``due`` is that zone's today."""
        if self.instant is None or due != self.in_zone(name):
            return None
        midnight = datetime.combine(due + timedelta(days=1), time(0), zone(name)).astimezone(UTC)
        return max(0, int((midnight - self.instant).total_seconds()))

    def differs(self, name: str | None) -> bool:
        """Whether the zone ``name`` keeps another clock than the user's at this instant."""
        if self.instant is None:
            return False
        mine = self.instant.astimezone(zone(self.my_zone) if self.my_zone else None)
        return self.instant.astimezone(zone(name)).utcoffset() != mine.utcoffset()


def as_today(today: date | Today) -> Today:
    return today if isinstance(today, Today) else Today.of_date(today)


def client_today(today: date | Today, plus_days: int = 0):
    """An SQL expression: today's date (``plus_days`` on) in the zone of the row's ``Client`` (the
    query joins Client)."""
    today = as_today(today)
    shift = timedelta(days=plus_days)
    if today.instant is None:
        return today.mine + shift
    zones = [name for (name,) in Client.select(Client.timezone).distinct().tuples()]
    days = {name: today.in_zone(name) + shift for name in zones}
    if len(set(days.values())) <= 1:
        return next(iter(days.values()), today.mine + shift)
    return Case(Client.timezone, [(name, day) for name, day in days.items()], today.mine + shift)


def before_today(due_column, today: date | Today):
    """``due_column`` is before the client's today: the milestone is overdue if still open."""
    return due_column < client_today(today)
