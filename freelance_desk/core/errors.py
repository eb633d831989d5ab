"""Domain exceptions carrying a message a user understands.

Messages are English templates marked for translation (context ``services``);
``params`` fill the ``{placeholders}`` after translation.
"""

from __future__ import annotations


class Term(str):
    """A parameter that is itself a marked phrase (a status name): translated with the message."""

    def __new__(cls, text: str, lowercase: bool = False):
        term = super().__new__(cls, text)
        term.lowercase = lowercase
        return term


class DomainError(Exception):
    """A rule was broken; ``template`` explains it to the user."""

    def __init__(self, template: str, **params):
        self.template = template
        self.params = params
        super().__init__(self.text())

    def text(self, translate=None) -> str:
        template = translate(self.template) if translate else self.template
        params = {key: _term(value, translate) for key, value in self.params.items()}
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template


def _term(value, translate):
    if not isinstance(value, Term):
        return value
    text = translate(str(value)) if translate else str(value)
    return text.lower() if value.lowercase else text


class ValidationError(DomainError):
    """Bad input for one field of a form; ``field`` names the form field."""

    def __init__(self, field: str, template: str, **params):
        self.field = field
        super().__init__(template, **params)


class NotFound(DomainError):
    pass


class DatabaseTooNew(DomainError):
    pass


class StorageError(DomainError):
    """The file could not take a write (a full disk, a read-only or damaged file): nothing of the
    action was saved. The database stays open for reading."""


class DiskFull(StorageError):
    pass


class ReadOnlyDatabase(StorageError):
    pass


class DamagedDatabase(StorageError):
    """The file is not a (whole) SQLite database; found before it is opened, so never written."""


class DatabaseBusy(DomainError):
    """Another program held the database's write lock past the busy timeout; nothing was written."""
