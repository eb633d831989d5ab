"""The Income chart's first draw made ahead of time, off screen: matplotlib's modules imported and the
page's figure made and drawn once with Agg, so fonts are found and loaded, its Axes, ticks and layout
exist, and the drawing code has run once.

Nothing here touches Qt: the UI runs it in a background thread once the window is idle
(``ui/chart_warmup.py``) and hands the figure to the page's canvas, whose first chart then costs
what a redraw costs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def warmed_figure() -> Figure:
    """The income figure, its Axes made and drawn once with made-up figures (the page clears them)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from freelance_desk.charts.income import (
        ChartTheme,
        HoursChart,
        IncomeChart,
        Stack,
        draw_income_figure,
    )

    figure = Figure(figsize=(12.8, 4.3))  # about the page's size: ticks and texts measured as they will be
    FigureCanvasAgg(figure)
    # A year, as the page first shows: a tick per month (ticks are made once and kept), stacks, fees,
    # expected income and rates, with value labels.
    months = [("Jan\n2026" if i == 0 else name) for i, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"))]
    n = len(months)
    stacks = [Stack(f"Client {k}", [(k * 37 + i * 11) % 9 * 25000 for i in range(n)]) for k in range(6)]
    stacks.append(Stack("Other", [15000] * n, other=True))
    income = IncomeChart(months, stacks, fees=[9000] * n, expected=[0] * (n - 1) + [80000], currency="USD",
                         title="Net income per month (USD)")
    hours = HoursChart(months, [(i % 5 + 1) * 36000 for i in range(n)], [2500 + i * 100 for i in range(n)], "USD",
                       title="Hours and effective hourly rate")
    draw_income_figure(figure, ChartTheme(), income, hours)
    figure.canvas.draw()
    return figure
