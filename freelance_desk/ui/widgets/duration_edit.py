"""A line edit for a duration typed the way people say it: 1:30, 1.5h, 90m, 1h 30m."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from freelance_desk.core.durations import parse_duration
from freelance_desk.ui.format import duration


class DurationEdit(QLineEdit):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("1:30, 1.5h or 90m"))

    def set_seconds(self, seconds: int | None) -> None:
        self.setText(duration(seconds) if seconds else "")

    def seconds(self, field: str = "duration") -> int:
        """The typed duration in seconds; raises ValidationError(field, ...) when it is not one."""
        return parse_duration(self.text(), field)
