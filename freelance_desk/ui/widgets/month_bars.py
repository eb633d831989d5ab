"""A small bar chart of counts per month, painted directly (no chart library on this path)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class MonthBars(QWidget):
    """Bars of ``total`` per month with the ``part`` of each (e.g. sent, of which hired) highlighted."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bars: list[tuple[str, int, int]] = []  # label, total, part
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(110)
        # A year of bars stays readable: labels skip months when they would touch, the bars never vanish.
        self.setMinimumWidth(int(12 * 1.8 * self.fontMetrics().horizontalAdvance("0")))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 140)

    def set_bars(self, bars: list[tuple[str, int, int]]) -> None:
        self.bars = list(bars)
        self.setToolTip("\n".join(f"{label}: {total} / {part}" for label, total, part in self.bars))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        if not self.bars:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = self.fontMetrics()
        text_h = fm.height()
        top, bottom = text_h + 2, self.height() - text_h - 4
        peak = max(total for _l, total, _p in self.bars) or 1
        slot = self.width() / len(self.bars)
        bar_w = max(4.0, min(slot * 0.6, 36.0))
        widest = max(fm.horizontalAdvance(label) for label, _t, _p in self.bars) + 4
        every = max(1, -(-int(widest) // max(int(slot), 1)))  # label every n-th bar when they would touch
        for i, (label, total, part) in enumerate(self.bars):
            x = i * slot + (slot - bar_w) / 2
            h = (bottom - top) * total / peak
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(pal.color(QPalette.ColorRole.Mid))
            p.drawRoundedRect(QRectF(x, bottom - h, bar_w, h), 2, 2)
            if part:
                ph = (bottom - top) * part / peak
                p.setBrush(pal.color(QPalette.ColorRole.Highlight))
                p.drawRoundedRect(QRectF(x, bottom - ph, bar_w, ph), 2, 2)
            p.setPen(pal.color(QPalette.ColorRole.WindowText))
            if total:
                p.drawText(QRectF(i * slot, bottom - h - text_h - 1, slot, text_h), Qt.AlignmentFlag.AlignCenter, str(total))
            if (len(self.bars) - 1 - i) % every == 0:  # the latest month always labelled
                p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
                p.drawText(QRectF(i * slot - slot, bottom + 2, 3 * slot, text_h), Qt.AlignmentFlag.AlignCenter, label)
        p.end()
