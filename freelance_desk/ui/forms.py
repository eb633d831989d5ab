"""A dialog base for forms: load() fills, validate at the field, save() calls a service.

Subclasses add rows with :meth:`FormDialog.add_field` naming the service's field;
a :class:`ValidationError` from ``save()`` is shown under that field and the
dialog stays open, nothing saved. The message goes as soon as the user edits
that field again.

Every dialog opens on its first field (unless the subclass gave the focus to
another one), Tab walks the fields in reading order and then Save and Cancel,
and Enter saves: Save is the default button.

A dialog never opens taller than the screen: its fields sit in a scroll area that is exactly as
tall as they are, and that scrolls (following the focus) only when the screen is shorter, so Save
and Cancel stay in view on a 1024×640 screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from freelance_desk.core.errors import DomainError, ValidationError
from freelance_desk.ui import theme
from freelance_desk.ui.buttons import name_standard_buttons


def fields_area(layout) -> QScrollArea:
    """A form's fields in a scroll area with no frame of its own. :meth:`FormDialog._fit_fields` holds it as tall
    as the fields need, or as the screen allows: then it scrolls (Tab scrolls a field into view itself).
    (No Python overrides of Qt's size methods here: Qt calls them while a dialog is destroyed.)"""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    inner = QWidget()
    inner.setLayout(layout)
    layout.setContentsMargins(0, 0, 0, 0)
    area.setWidget(inner)
    return area


class FormDialog(QDialog):
    def __init__(self, ctx, title: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setModal(True)
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields_area = fields_area(self.form)
        outer.addWidget(self.fields_area, 1)
        self.general_error = self._error_label()
        outer.addWidget(self.general_error)
        outer.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        name_standard_buttons(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        outer.addWidget(self.buttons)
        self.result_object = None
        self._focus_ordered = False  # the buttons move behind the fields when first shown
        self.finished.connect(self._back_to_parent)

    def _back_to_parent(self, _result: int) -> None:
        """Closed: the window it came from is active again, its focus where it was (a window manager may leave
        no window active, and the next key of the list behind would go nowhere)."""
        parent = self.parentWidget()
        if parent is not None and parent.isVisible():
            parent.window().activateWindow()

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet(theme.text_style(theme.Role.DANGER))
        # A shown message takes the whole width of the field column and wraps there, however
        # narrow the field above it (a time, a date): long messages are read in full.
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        label.hide()
        return label

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        """A labelled row; ``name`` is the field a ValidationError names."""
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        if widget.layout() is None and not widget.sizePolicy().expandingDirections() & Qt.Orientation.Horizontal:
            lay.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)  # keeps its width when a message shows
        else:
            lay.addWidget(widget)
        error = self._error_label()
        lay.addWidget(error)
        self.form.addRow(label, box)
        self._fields[name] = (widget, error)
        for part in (widget, *widget.findChildren(QWidget)):
            signal = edited_signal(part)
            if signal is not None:
                signal.connect(lambda *_args, field=name: self.clear_error(field))
        return widget

    def add_section(self, title: str) -> QLabel:
        """A heading over the rows added after it (the Settings dialog's "Tax")."""
        heading = QLabel(title)
        heading.setObjectName("formSection")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setContentsMargins(0, 8, 0, 0)
        self.form.addRow(heading)
        return heading

    def field_error(self, name: str) -> str:
        """The message shown under a field ("" when none): what tests and users read."""
        pair = self._fields.get(name)
        if pair is None:
            return self.general_error.text() if self.general_error.isVisible() else ""
        return pair[1].text() if not pair[1].isHidden() else ""

    def clear_error(self, name: str) -> None:
        """The user changed the field: its message no longer describes what it holds."""
        widget, error = self._fields[name]
        if not error.isHidden():
            error.hide()
            error.clear()
            widget.setStyleSheet("")

    def clear_errors(self) -> None:
        for widget, error in self._fields.values():
            error.hide()
            error.clear()
            widget.setProperty("invalid", False)
            widget.setStyleSheet("")
        self.general_error.hide()

    def show_error(self, error: DomainError) -> None:
        text = self.ctx.error_text(error)
        field = getattr(error, "field", None)
        pair = self._fields.get(field) if field else None
        if pair is None:
            self.general_error.setText(text)
            self.general_error.show()
            self._fit_messages()
            return
        widget, label = pair
        label.setText(text)
        label.show()
        self._fit_messages()
        widget.setStyleSheet(theme.error_border_style(widget.palette()))
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_focused()

    def _fit_messages(self) -> None:
        """Grow the dialog to the height its wrapped messages need, so none is cut off (up to the screen's height:
        then the fields scroll)."""
        if self._focus_ordered:  # shown: the fields' area grows with its messages first
            self._fit_fields()
        outer = self.layout()
        outer.activate()
        needed = outer.totalHeightForWidth(self.width()) if outer.hasHeightForWidth() else outer.totalSizeHint().height()
        if self._room():
            needed = min(needed, self._room())
        if needed > self.height():
            self.resize(self.width(), needed)

    # --- focus --------------------------------------------------------------
    def showEvent(self, event) -> None:
        if not self._focus_ordered:
            self._focus_ordered = True
            self._fit_fields()
            self.adjustSize()
            self._fit_screen()
            self._buttons_last()
            focused = self.focusWidget()
            if focused is None or self.buttons.isAncestorOf(focused):
                first = self.first_field()
                if first is not None:
                    first.setFocus(Qt.FocusReason.OtherFocusReason)
        super().showEvent(event)

    def _room(self) -> int:
        """The screen's free height less the title bar and frame a window manager adds (0: no screen known)."""
        screen = self.screen() or QApplication.primaryScreen()
        return max(screen.availableGeometry().height() - 48, 0) if screen is not None else 0

    def _fit_fields(self) -> None:
        """The fields' area as tall as its fields (and their messages) need, but no taller than the screen
        leaves beside the buttons; as wide as the fields and a scroll bar."""
        area, inner = self.fields_area, self.fields_area.widget()
        hint = inner.sizeHint()
        need = hint.height()
        if inner.hasHeightForWidth():
            need = max(need, inner.heightForWidth(max(area.viewport().width(), hint.width())))
        outer = self.layout()
        margins = outer.contentsMargins()
        chrome = (margins.top() + margins.bottom() + self.buttons.sizeHint().height() + 2 * outer.spacing()
                  + (self.general_error.sizeHint().height() if not self.general_error.isHidden() else 0))
        room = self._room() - chrome
        height = min(need, room) if room > 0 else need
        area.setMinimumSize(inner.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width(),
                            max(height, min(need, 120)))

    def _fit_screen(self) -> None:
        """No taller than the screen's free area: the fields scroll instead."""
        room = self._room()
        if self.height() > room > 0:
            self.resize(self.width(), room)

    def _show_focused(self) -> None:
        """The field given the focus (a message under it) scrolled into view; Tab does it itself (QScrollArea)."""
        focused = self.focusWidget()
        if focused is not None and self.fields_area.widget().isAncestorOf(focused):
            self.fields_area.ensureWidgetVisible(focused, 8, 8)

    def _focus_chain(self) -> list[QWidget]:
        chain, widget = [], self.nextInFocusChain()
        while widget is not self and widget not in chain:
            chain.append(widget)
            widget = widget.nextInFocusChain()
        return chain

    def _buttons_last(self) -> None:
        """The button box was built before the fields, so it led the Tab order: move it to the end."""
        fields = [w for w in self._focus_chain()
                  if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not self.buttons.isAncestorOf(w)]
        if not fields:
            return
        layout = self.buttons.layout()
        in_reading_order = [layout.itemAt(i).widget() for i in range(layout.count())]
        previous = fields[-1]
        for button in (w for w in in_reading_order if w is not None and w.focusPolicy() != Qt.FocusPolicy.NoFocus):
            QWidget.setTabOrder(previous, button)
            previous = button

    def first_field(self) -> QWidget | None:
        """The first field a user can type in, in reading order."""
        for widget, _error in self._fields.values():
            if widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not widget.isHidden():
                return widget
        return None

    def save(self):
        """Validate and write through a service; return the saved object. Override."""
        raise NotImplementedError

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.result_object = self.save()
        except ValidationError as e:
            self.show_error(e)
            return
        except DomainError as e:
            self.show_error(e)
            return
        super().accept()


def edited_signal(widget: QWidget):
    """The signal a field's widget sends when its value changes (a line edit: when the user types)."""
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.toggled
    return None


def confirm(parent, title: str, text: str, yes_text: str | None = None) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    name_standard_buttons(box)
    yes = box.addButton(yes_text or QCoreApplication.translate("StandardButtons", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    if parent is not None and parent.isVisible():
        parent.window().activateWindow()  # as a closed FormDialog does: the next key reaches the window behind
    return box.clickedButton() is yes
