"""A table view over a RowTableModel: sortable, one row selected, keys a desktop user expects.

Double-click or Enter → ``activated_id``; F2 → ``edit_requested``; Del →
``delete_requested``; each carries the row's id. Tab moves on to the next widget
(it does not walk the cells). A page gives its row actions (:meth:`set_row_actions`):
they are the rows' context menu (right-click, the Menu key, Shift+F10) and their
shortcuts work while the table has the focus. Long text is elided; the
model gives the whole text as a tooltip.
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from freelance_desk.ui.models.row_table import ID_ROLE, RowTableModel, SortProxy


class DataTable(QTableView):
    activated_id = Signal(int)
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    current_changed = Signal(object)  # the current row's id, or None

    def __init__(self, model: RowTableModel, parent=None):
        super().__init__(parent)
        self.source = model
        self._preferred: dict[int, int] = {}  # column → width asked for by set_widths
        self._stretch_min: int | None = None
        self._stretch_column = -1
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        header = self.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order until a header is clicked
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move between rows
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setShowGrid(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.row_actions: list[QAction | None] = []
        self.doubleClicked.connect(self._on_double_click)
        self.selectionModel().selectionChanged.connect(lambda *_: self.current_changed.emit(self.current_id()))

    # --- layout -------------------------------------------------------------
    def set_widths(self, widths: dict, stretch=None, fit=()) -> None:
        """Column widths in characters ("0" is a fair average), never narrower than the column's title
        in the interface's language (with room for the sort arrow); ``fit`` columns follow their content."""
        char = self.fontMetrics().horizontalAdvance("0")
        header = self.horizontalHeader()
        self._preferred = {int(c): max(int(chars * char) + 16, header.sectionSizeHint(int(c))) for c, chars in widths.items()}
        for column, width in self._preferred.items():
            self.setColumnWidth(column, width)
        for column in fit:
            header.setSectionResizeMode(int(column), QHeaderView.ResizeMode.ResizeToContents)
        if stretch is not None:
            header.setSectionResizeMode(int(stretch), QHeaderView.ResizeMode.Stretch)
            # The stretched column (a name, a title) keeps room for about 18 characters: on a small
            # screen the other columns give way first, down to their titles.
            self._stretch_column = int(stretch)
            self._stretch_min = max(18 * char + 16, header.sectionSizeHint(int(stretch)))
            self._fit_to_width()

    def _fit_to_width(self) -> None:
        if self._stretch_min is None:
            return
        header = self.horizontalHeader()
        shown = {c: w for c, w in self._preferred.items() if not header.isSectionHidden(c)}
        room = self.viewport().width() - self._stretch_min
        total = sum(shown.values())
        share = min(1.0, room / total) if total > 0 and room > 0 else 1.0
        widths = {c: max(int(w * share), header.sectionSizeHint(c)) for c, w in shown.items()}
        for column, width in widths.items():
            self.setColumnWidth(column, width)
        # Still too narrow with every title whole: the name keeps its room and the table scrolls sideways.
        stretch = self._stretch_column
        if self.viewport().width() - sum(widths.values()) >= self._stretch_min:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(stretch, self._stretch_min)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_to_width()

    def hide_columns(self, *columns) -> None:
        for column in columns:
            self.setColumnHidden(int(column), True)

    # --- ids ----------------------------------------------------------------
    def current_id(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select_id(self, row_id) -> bool:
        row = self.source.row_of_id(row_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.source.index(row, 0))
        self.setCurrentIndex(index)
        self.selectRow(index.row())
        self.scrollTo(index)
        return True

    def select_first(self) -> None:
        if self.proxy.rowCount():
            self.selectRow(0)
            self.setCurrentIndex(self.proxy.index(0, 0))

    @contextmanager
    def keeping_selection(self):
        """Reload the model inside this block; the same row stays selected when it still exists."""
        previous = self.current_id()
        yield
        if previous is not None:
            self.select_id(previous)
        self.current_changed.emit(self.current_id())

    # --- row actions ----------------------------------------------------------
    def set_row_actions(self, actions: list[QAction | None], shortcuts_here: bool = True) -> None:
        """The context menu of a row: these actions (None: a separator), the same ones the page's
        buttons trigger. With ``shortcuts_here`` their shortcuts work while this table has the focus."""
        self.row_actions = list(actions)
        if shortcuts_here:
            for action in self.row_actions:
                if action is not None:
                    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                    self.addAction(action)

    def row_menu(self) -> QMenu:
        menu = QMenu(self)
        for action in self.row_actions:
            if action is None:
                menu.addSeparator()
            elif action.isVisible():
                menu.addAction(action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if not self.row_actions:
            super().contextMenuEvent(event)
            return
        if event.reason() == QContextMenuEvent.Reason.Mouse:  # the row under the pointer, selected first
            index = self.indexAt(event.pos())
            if not index.isValid():
                return
            self.setCurrentIndex(index)
            self.selectRow(index.row())
        if self.current_id() is None:
            return
        event.accept()
        self.row_menu().exec(event.globalPos())

    # --- keys ---------------------------------------------------------------
    def _on_double_click(self, index) -> None:
        if index.isValid():
            self.activated_id.emit(index.data(ID_ROLE))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        signal = {
            Qt.Key.Key_Return: self.activated_id,
            Qt.Key.Key_Enter: self.activated_id,
            Qt.Key.Key_F2: self.edit_requested,
            Qt.Key.Key_Delete: self.delete_requested,
        }.get(event.key())
        row_id = self.current_id()
        if signal is not None and row_id is not None and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            signal.emit(row_id)
            event.accept()
            return
        super().keyPressEvent(event)
