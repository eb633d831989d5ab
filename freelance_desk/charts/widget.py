"""One QWidget owning a matplotlib canvas: redraws only when shown and dirty, colours from its palette.

The caller says how a palette becomes a :class:`ChartTheme` (the UI keeps its colours in one place).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from freelance_desk.charts.income import ChartTheme, Drawn, Hit

# Draws on the figure, clearing it or reusing what it drew there last time: it owns the figure.
Plotter = Callable[[Figure, ChartTheme], Drawn]
# The colours to draw in, from the widget's palette (read again when the palette changes).
ThemeOf = Callable[[QPalette], ChartTheme]


class ChartWidget(QWidget):
    hovered = Signal(object)  # Hit under the mouse, or None
    clicked = Signal(object)  # Hit clicked, or None
    redrawn = Signal(float)  # seconds the last redraw took (building the artists and rendering)

    def __init__(self, theme_of: ThemeOf, parent=None, figure: Figure | None = None):
        super().__init__(parent)
        self._theme_of = theme_of
        # The plotter sets the layout: it knows the figure's shape. (A figure made ahead of time,
        # off screen, can be given: charts/warm.py.)
        self.figure = figure if figure is not None else Figure()
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(260)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.canvas)
        self._plotter: Plotter | None = None
        self._dirty = False
        self._hover: Hit | None = None
        self.hits: list[Hit] = []
        self.redraw_seconds = 0.0
        # Changes made in one go (or while arrowing through a list of ranges) draw once.
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._redraw_if_dirty)
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("button_press_event", self._on_press)
        self.canvas.mpl_connect("figure_leave_event", lambda _e: self._set_hover(None))

    def set_plotter(self, plotter: Plotter) -> None:
        """Draw with ``plotter`` as soon as the event loop runs if shown, else when next shown."""
        self._plotter = plotter
        self._dirty = True
        if self.isVisible():
            self._soon.start()

    @property
    def pending(self) -> bool:
        """A new plot waits to be drawn."""
        return self._dirty and self._plotter is not None

    def _redraw_if_dirty(self) -> None:
        if self._dirty and self.isVisible():
            self.redraw()

    def redraw(self) -> None:
        if self._plotter is None:
            return
        started = time.perf_counter()
        self._dirty = False
        self._hover = None
        self.hits = self._plotter(self.figure, self._theme_of(self.palette())).hits
        if self.canvas.width() >= 200 and self.canvas.height() >= 150:
            self.canvas.draw()
        else:  # not laid out yet: render once it has its size
            self.canvas.draw_idle()
        self.redraw_seconds = time.perf_counter() - started
        self.redrawn.emit(self.redraw_seconds)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self._soon.start()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._plotter is not None:
            self._dirty = True
            if self.isVisible():
                self._soon.start()

    def hit_at(self, event) -> Hit | None:
        if event.inaxes is None:
            return None
        return next((hit for hit in self.hits if hit.patch.contains(event)[0]), None)

    def _set_hover(self, hit: Hit | None) -> None:
        if hit is not self._hover:
            self._hover = hit
            self.hovered.emit(hit)

    def _on_motion(self, event) -> None:
        self._set_hover(self.hit_at(event))

    def _on_press(self, event) -> None:
        self.clicked.emit(self.hit_at(event))

    def save(self, target, fmt: str | None = None) -> None:
        """Save the figure as shown: to a path (PNG or SVG by its extension) or an open file (``fmt``)."""
        self.figure.savefig(target, format=fmt, facecolor=self.figure.get_facecolor(), dpi=150)
