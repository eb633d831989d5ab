"""A dialog base for forms: load() fills, validate at the field, save() calls a service.

Subclasses add rows with :meth:`FormDialog.add_field` naming the service's field;
a :class:`ValidationError` from ``save()`` is shown under that field and the
dialog stays open, nothing saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from freelance_desk.core.errors import DomainError, ValidationError
from freelance_desk.ui import theme
from freelance_desk.ui.buttons import name_standard_buttons


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
        outer.addLayout(self.form)
        self.general_error = self._error_label()
        outer.addWidget(self.general_error)
        outer.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        name_standard_buttons(self.buttons)
        outer.addWidget(self.buttons)
        self.result_object = None

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
        return widget

    def field_error(self, name: str) -> str:
        """The message shown under a field ("" when none): what tests and users read."""
        pair = self._fields.get(name)
        if pair is None:
            return self.general_error.text() if self.general_error.isVisible() else ""
        return pair[1].text() if not pair[1].isHidden() else ""

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

    def _fit_messages(self) -> None:
        """Grow the dialog to the height its wrapped messages need, so none is cut off."""
        outer = self.layout()
        outer.activate()
        needed = outer.totalHeightForWidth(self.width()) if outer.hasHeightForWidth() else outer.totalSizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

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


def confirm(parent, title: str, text: str, yes_text: str | None = None) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    name_standard_buttons(box)
    yes = box.addButton(yes_text or QCoreApplication.translate("StandardButtons", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    return box.clickedButton() is yes
