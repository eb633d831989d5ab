"""A layout engine for a column of Axes that share their x axis, cheap enough to run on every draw.

matplotlib's constrained layout solves a general grid of constraints, measuring every Axes
twice on each draw (about a quarter of a redraw on the income page). A column of Axes needs
less: what sticks out of each Axes (tick labels, title, a legend beside it) does not depend
on where the Axes sits, so it is measured once and the Axes are placed around it, every draw,
so resizing and saving at another dpi stay right.
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.backend_bases import RendererBase
from matplotlib.layout_engine import LayoutEngine
from matplotlib.text import Text
from matplotlib.transforms import Bbox


def tick_label_boxes(axis: Axis, renderer: RendererBase) -> list[Bbox]:
    """Where the tick labels that will be drawn are (a locator also gives ticks just outside the view)."""
    if not axis.get_visible():
        return []
    low, high = sorted(axis.get_view_interval())
    slack = (high - low) * 1e-6
    coord = 0 if axis.axis_name == "x" else 1
    return [label.get_window_extent(renderer) for label in axis.get_majorticklabels()
            if label.get_text() and low - slack <= label.get_position()[coord] <= high + slack]


class ColumnLayout(LayoutEngine):
    """Rows of Axes stacked top to bottom, one left and right edge for all, heights by ratio.

    Each row is a group: an Axes and its twins (same position). ``pad`` is in points, kept
    around the figure's edge and between rows, like constrained layout's padding.
    """

    _adjust_compatible = False
    _colorbar_gridspec = False

    def __init__(self, rows: Sequence[Sequence[Axes]], ratios: Sequence[float], pad: float = 4.0):
        super().__init__()
        if len(rows) != len(ratios) or not rows:
            raise ValueError("one height ratio per row")
        self.rows = [list(group) for group in rows]
        self.ratios = list(ratios)
        self._params = {"pad": pad}

    def set(self, *, pad: float | None = None) -> None:
        if pad is not None:
            self._params["pad"] = pad

    @staticmethod
    def overhang(ax: Axes, renderer: RendererBase) -> tuple[float, float, float, float]:
        """Pixels that ``ax``'s tick labels, titles, texts and legend take outside it: left, right, top, bottom.

        Measured piece by piece rather than with ``Axes.get_tightbbox``, which also places axis
        labels and titles and measures the spines: about twice the time for the same answer here.
        The renderer must be the one about to draw: a text left alone measures with the renderer
        it last drew with, which after saving at another dpi is the wrong size.
        """
        texts = [a for a in ax.get_children() if isinstance(a, Text) and a.get_visible() and a.get_text()]
        legend = ax.get_legend()
        if legend is not None and legend.get_visible():
            texts.append(legend)
        boxes = [*tick_label_boxes(ax.xaxis, renderer), *tick_label_boxes(ax.yaxis, renderer),
                 *(a.get_window_extent(renderer) for a in texts)]
        if not boxes:
            return (0.0, 0.0, 0.0, 0.0)
        inner, outer = ax.get_window_extent(), Bbox.union(boxes)
        return (max(inner.x0 - outer.x0, 0.0), max(outer.x1 - inner.x1, 0.0),
                max(outer.y1 - inner.y1, 0.0), max(inner.y0 - outer.y0, 0.0))

    def execute(self, fig) -> None:
        width, height = fig.bbox.width, fig.bbox.height
        if width <= 1 or height <= 1:
            return
        pad = self._params["pad"] * fig.dpi / 72
        renderer = fig._get_renderer()  # as matplotlib's own layout engines get it: the one that will draw
        left = right = 0.0
        tops, bottoms = [], []
        for group in self.rows:
            sides = [self.overhang(ax, renderer) for ax in group if ax.get_visible()] or [(0.0,) * 4]
            left = max(left, *(s[0] for s in sides))
            right = max(right, *(s[1] for s in sides))
            tops.append(max(s[2] for s in sides))
            bottoms.append(max(s[3] for s in sides))
        x0 = left + pad
        plot_width = width - x0 - right - pad
        plot_height = height - sum(tops) - sum(bottoms) - pad * (len(self.rows) + 1)
        if plot_width <= 1 or plot_height <= 1:
            return  # too small to show anything sensible: leave the Axes where they are
        total = sum(self.ratios)
        y = height - pad
        for group, ratio, top, bottom in zip(self.rows, self.ratios, tops, bottoms):
            row_height = plot_height * ratio / total
            y -= top + row_height
            box = [x0 / width, y / height, plot_width / width, row_height / height]
            for ax in group:
                ax.set_position(box)
            y -= bottom + pad
