"""Domain exceptions carrying a message a user understands.

Messages are English templates marked for translation (context ``services``);
``params`` fill the ``{placeholders}`` after translation.
"""

from __future__ import annotations


class DomainError(Exception):
    """A rule was broken; ``template`` explains it to the user."""

    def __init__(self, template: str, **params):
        self.template = template
        self.params = params
        super().__init__(self.text())

    def text(self, translate=None) -> str:
        template = translate(self.template) if translate else self.template
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template


class ValidationError(DomainError):
    """Bad input for one field of a form; ``field`` names the form field."""

    def __init__(self, field: str, template: str, **params):
        self.field = field
        super().__init__(template, **params)


class NotFound(DomainError):
    pass


class DatabaseTooNew(DomainError):
    pass
