"""Draws a cell's PROGRESS_ROLE (0–1) as a bar with its percentage; the cell's text (paid of total) is its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from freelance_desk.ui import theme
from freelance_desk.ui.format import percent
from freelance_desk.ui.models.row_table import progress_of


class ProgressDelegate(QStyledItemDelegate):
    def paint(self, painter, option, index) -> None:
        ratio = progress_of(index)
        if ratio is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        text = percent(int(ratio * 100))
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)  # background, selection

        rect = QRectF(opt.rect.adjusted(4, 4, -4, -4))
        palette = opt.palette
        track = palette.color(QPalette.ColorRole.Midlight)
        fill = theme.progress_fill(palette, complete=ratio >= 1.0)  # fully paid: green
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(rect, 3, 3)
        if ratio > 0:
            done = QRectF(rect)
            done.setWidth(max(rect.width() * min(ratio, 1.0), 4))
            painter.setBrush(fill)
            painter.drawRoundedRect(done, 3, 3)
        painter.setPen(palette.color(QPalette.ColorRole.Text))  # on the light track, also when selected
        elided = opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()) - 6)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, elided)
        painter.restore()
