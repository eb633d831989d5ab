"""What every page has: a context, refresh-when-shown, and a way to be pointed at an item."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget


class Page(QWidget):
    """A page of the main window.

    Subclasses list the data topics they show in ``topics`` and implement
    :meth:`refresh`. A change notice while the page is hidden only marks it
    dirty; it reloads when shown again, so hidden pages cost nothing.
    """

    topics: tuple[str, ...] = ()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = False
        ctx.data_changed.connect(self._on_data_changed)

    def _on_data_changed(self, topic: str) -> None:
        if topic not in self.topics and topic != "*":
            return
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event):
        super().showEvent(event)
        if self._dirty:
            self._dirty = False
            self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows from the services."""

    def is_ready(self) -> bool:
        """Whether everything the page shows is on screen (work put off until after its first paint is done)."""
        return True

    def add_list(self, layout, content: QWidget, empty: QWidget, totals: bool = False) -> None:
        """The page's list and, in its place while there is nothing, its empty state (``self.stack``); with
        ``totals``, a line of plain text under it (``self.totals``)."""
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(empty)
        layout.addWidget(self.stack, 1)
        if totals:
            self.totals = QLabel()
            self.totals.setTextFormat(Qt.TextFormat.PlainText)
            self.totals.setWordWrap(True)
            layout.addWidget(self.totals)

    def show_target(self, **target) -> None:
        """Select or open an item (e.g. ``contract_id=3``) when navigated to."""
