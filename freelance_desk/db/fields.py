"""Fields that keep money and time exact."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from peewee import IntegerField, TextField


class UtcDateTimeField(IntegerField):
    """An instant stored as integer seconds since the epoch, UTC.

    Python side: an aware ``datetime`` in UTC. Naive datetimes are refused, so no
    local time can sneak into the file.
    """

    def db_value(self, value):
        if value is None:
            return None
        if isinstance(value, int):
            return value
        if isinstance(value, datetime):
            if value.tzinfo is None:
                raise ValueError("naive datetime cannot be stored; give it a time zone")
            return int(value.timestamp())
        return super().db_value(value)

    def python_value(self, value):
        if value is None:
            return None
        return datetime.fromtimestamp(int(value), UTC)


class DecimalTextField(TextField):
    """A ``Decimal`` stored as text, so SQLite never turns it into a float."""

    def db_value(self, value):
        if value is None:
            return None
        return str(Decimal(value))

    def python_value(self, value):
        if value is None:
            return None
        return Decimal(value)
