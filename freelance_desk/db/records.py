"""Reading and writing one record the same way in every service.

- ``get_or_missing`` finds a row by id or raises the domain's ``NotFound`` with the message the
  user sees ("That client no longer exists.").
- ``assign`` writes validated values onto a row and saves it.
- ``copy_into`` builds a dataclass from an object's attributes of the same names: a form's data
  from a record, so a field added to the form is read without another line.
- ``rows_of`` builds dataclasses from a query whose columns are aliased to the field names.
"""

from __future__ import annotations

from dataclasses import fields
from typing import TypeVar

from peewee import Model

from freelance_desk.core.errors import NotFound

M = TypeVar("M", bound=Model)
T = TypeVar("T")


def get_or_missing(model: type[M], record_id: int | None, message: str) -> M:
    """The ``model`` row with ``record_id``; ``NotFound(message)`` when it is gone."""
    found = model.get_or_none(model._meta.primary_key == record_id) if record_id is not None else None
    if found is None:
        raise NotFound(message)
    return found


def assign(record: M, values: dict) -> M:
    """Set ``values`` on ``record`` and save it (inside the caller's transaction)."""
    for key, value in values.items():
        setattr(record, key, value)
    record.save()
    return record


def copy_into(cls: type[T], source: object, **given) -> T:
    """``cls`` with each field read from ``source``'s attribute of that name, except those ``given``."""
    values = {f.name: getattr(source, f.name) for f in fields(cls) if f.init and f.name not in given}
    return cls(**values, **given)


def rows_of(cls: type[T], query) -> list[T]:
    """One ``cls`` per row of ``query``, whose selected columns are aliased to ``cls``'s fields."""
    return [cls(**row) for row in query.dicts()]
