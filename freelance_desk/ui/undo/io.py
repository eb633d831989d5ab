"""The undo command for a file brought in: an import of another tool's history, or of this app's own
CSV (File ▸ Import…), as a whole.

Apart from time.py so the Time page does not import the readers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from freelance_desk.core.errors import DomainError
from freelance_desk.services.io import moving_in
from freelance_desk.ui.undo.base import WriteCommand


@contextmanager
def _waiting() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # 50,000 lines take a couple of seconds
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class ImportHistory(WriteCommand):
    """An import of another tool's export (``imported`` from moving_in.import_parsed): undo removes its
    entries, payments and the clients and contracts it created; redo writes them again with the same ids."""

    def __init__(self, text: str, imported: moving_in.Imported, after: Callable[[], None],
                 failed: Callable[[DomainError], None] | None = None):
        super().__init__(text, after, failed)
        self.imported = imported

    def revert(self) -> None:
        with _waiting():
            moving_in.remove_imported(self.imported)

    def repeat(self) -> None:
        with _waiting():
            moving_in.restore_imported(self.imported)
