"""Undo for writes that already happened (add, edit, delete, archive…): push after doing.

One command class per undoable write, by domain: time.py (time entries), io.py (the CSV
import), money.py (payments), clients.py, milestones.py, pipeline.py (proposals). base.py
holds what they share. DoneCommand below (undo and redo as functions) serves the pages not
moved yet.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class DoneCommand(QUndoCommand):
    """An action already performed: ``undo`` reverts it, ``redo`` repeats it.

    QUndoStack.push() calls redo() at once; the first call is skipped because the
    action has just been done by the caller.
    """

    def __init__(self, text: str, undo: Callable[[], None], redo: Callable[[], None], after: Callable[[], None] = None):
        super().__init__(text)
        self._undo, self._redo, self._after = undo, redo, after
        self._first = True

    def undo(self):
        self._undo()
        if self._after:
            self._after()

    def redo(self):
        if self._first:
            self._first = False
            return
        self._redo()
        if self._after:
            self._after()
