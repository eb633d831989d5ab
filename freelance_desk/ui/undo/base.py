"""The base of every undo command: a write already done, pushed after doing it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from freelance_desk.core.errors import DomainError
from freelance_desk.ui.literal import menu_text


class WriteCommand(QUndoCommand):
    """A write already performed: ``undo`` reverts it, ``redo`` does it again.

    QUndoStack.push() calls redo() at once; that first call is skipped because the
    caller has just done the write. Subclasses give revert() and repeat(); after
    either, ``after`` runs (the page reloads), given what to_select() names. With ``failed``, a
    DomainError from the data having changed meanwhile is handed to it instead of
    raised (the page explains it), and ``after`` still runs.
    """

    def __init__(self, text: str, after: Callable[..., None] | None = None,
                 failed: Callable[[DomainError], None] | None = None):
        super().__init__(text + "\n" + menu_text(text))  # text(), then the Edit menu's (a name's "&" kept)
        self._after, self._failed = after, failed
        self._first = True

    def revert(self) -> None:
        raise NotImplementedError

    def repeat(self) -> None:
        raise NotImplementedError

    def to_select(self) -> tuple:
        """What ``after`` is given once an undo or redo is done (e.g. ids to select): nothing here."""
        return ()

    def undo(self) -> None:
        self._step(self.revert)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._step(self.repeat)

    def _step(self, action: Callable[[], None]) -> None:
        if self._failed is None:
            action()
        else:
            try:
                action()
            except DomainError as e:
                self._failed(e)
        if self._after is not None:
            self._after(*self.to_select())


class AddCommand(WriteCommand):
    """A record was added: undo deletes it (keeping the snapshot the delete returns), redo writes
    that snapshot back. Subclasses name the service's ``delete`` and ``restore``."""

    delete: Callable[[int], dict]
    restore: Callable[[dict], None]

    def __init__(self, text: str, record_id: int, after: Callable[..., None],
                 failed: Callable[[DomainError], None] | None = None):
        super().__init__(text, after, failed)
        self.record_id = record_id
        self.snapshot: dict | None = None

    def revert(self) -> None:
        self.snapshot = type(self).delete(self.record_id)

    def repeat(self) -> None:
        type(self).restore(self.snapshot)


class DeleteCommand(WriteCommand):
    """A record was deleted and ``snapshot`` is what the delete returned: undo restores it,
    redo deletes it again. Subclasses name the service's ``delete`` and ``restore``."""

    delete: Callable[[int], dict]
    restore: Callable[[dict], None]

    def __init__(self, text: str, record_id: int, snapshot: dict, after: Callable[[], None]):
        super().__init__(text, after)
        self.record_id, self.snapshot = record_id, snapshot

    def revert(self) -> None:
        type(self).restore(self.snapshot)

    def repeat(self) -> None:
        type(self).delete(self.record_id)
