"""Income charts drawn on a given Axes from plain data (testable with Agg, no Qt, no pyplot).

Money arrives in integer minor units of one currency and is drawn in major units; its labels (the
y axis, the totals above the bars) come from the chart's ``money_label``, which the interface gives
so that they follow its locale. Without one they are written plainly (:func:`compact_money`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from matplotlib.axes import Axes
from matplotlib.colors import to_rgba
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import FuncFormatter, MaxNLocator

from freelance_desk.charts.layout import ColumnLayout
from freelance_desk.core.money import digits, symbol

# Tableau 10: distinct on light and dark backgrounds, friendly to most colour vision.
SERIES_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1")
OTHER_COLOUR = "#9c9c9c"


@dataclass(frozen=True)
class ChartTheme:
    text: str = "#202020"
    muted: str = "#707070"
    grid: str = "#d0d0d0"
    background: str = "#ffffff"
    accent: str = "#2a6fdb"
    series: tuple[str, ...] = SERIES_COLOURS


@dataclass(frozen=True)
class Stack:
    label: str
    values: list[int]  # minor units, one per month
    other: bool = False  # the merged rest: drawn grey


@dataclass
class IncomeChart:
    """Net income per month stacked by client/platform, fees on top (gross), expected income beside."""

    labels: list[str]  # one tick label per month
    stacks: list[Stack]
    fees: list[int]
    expected: list[int]
    currency: str
    fee_label: str = "Platform fees"
    expected_label: str = "Expected"
    title: str = ""
    value_labels: bool = True  # net total above each bar (few months only)
    money_label: Callable[[float], str] | None = None  # an amount in major units → its label


@dataclass
class HoursChart:
    labels: list[str]
    seconds: list[int]
    rates: list[int | None]  # net per hour, minor units of ``currency``
    currency: str
    hours_label: str = "Hours tracked"
    rate_label: str = "Net per hour"
    title: str = ""
    money_label: Callable[[float], str] | None = None  # as IncomeChart's
    few_hours: frozenset[int] = frozenset()  # months whose rate rests on too few hours: hollow, off the line
    hours_unit: str = "{0} h"  # an hours tick's label, the number at {0} ("{0} jam" in Indonesian)


@dataclass(frozen=True)
class Hit:
    """A drawn bar segment (or a lone marker) and the figures behind it (what hovering shows)."""

    patch: object  # anything with ``contains(event)``: a Rectangle, a Line2D
    index: int  # month index
    kind: str  # "stack", "fee", "expected", "hours", "few_hours" (a rate drawn apart)
    label: str = ""
    value: int = 0


@dataclass
class Drawn:
    hits: list[Hit] = field(default_factory=list)


def _collect(drawn: Drawn, bars, values: list[int], kind: str, label: str) -> None:
    """Remember the bars that have a value (for hovering); hide empty ones (no stray outlines at zero)."""
    for i, patch in enumerate(bars.patches):
        if values[i]:
            drawn.hits.append(Hit(patch, i, kind, label, values[i]))
        else:
            patch.set_visible(False)


def _bars(ax: Axes, heights: list[float], width: float, bottom: list[float], label: str, **props) -> BarContainer:
    """``ax.bar`` (one bar per month at x = 0, 1, ...) without its per-bar autoscaling.

    ``ax.bar`` works out the data limits bar by bar from each outline's curves, most of its
    cost; the plot functions set their limits themselves, so the bars are added as artists.
    """
    patches = []
    for i, (height, base) in enumerate(zip(heights, bottom)):
        patch = Rectangle((i - width / 2, base), width, height, label="_nolegend_", **props)
        ax.add_artist(patch)
        patches.append(patch)
    container = BarContainer(patches, datavalues=heights, label=label)
    ax.add_container(container)
    return container


class FittingLocator(MaxNLocator):
    """At most ``nbins`` ticks, fewer when the axis is too short for that many labels to stand apart."""

    def __call__(self):
        cap = self._cap
        if self.axis is not None:
            self._nbins = max(1, min(cap, self.axis.get_tick_space()))
        try:
            return super().__call__()
        finally:
            self._nbins = cap

    def __init__(self, nbins: int, **kwargs):
        super().__init__(nbins=nbins, **kwargs)
        self._cap = nbins


def major(minor: int, currency: str) -> float:
    """Minor units → major units for drawing only (money itself never becomes a float)."""
    return minor / 10 ** digits(currency)


def compact_money(value: float, currency: str) -> str:
    """A locale-free axis label: "$1.5k", "$250", "Rp 15M" (the interface gives its own, see ``money_label``)."""
    sym = symbol(currency)
    sep = "" if len(sym) == 1 else " "
    size = abs(value)
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if size >= limit:
            text = f"{value / limit:.1f}".rstrip("0").rstrip(".")
            return f"{sym}{sep}{text}{suffix}"
    return f"{sym}{sep}{value:.0f}"


def money_text(chart: IncomeChart | HoursChart) -> Callable[[float], str]:
    """How ``chart`` labels an amount in major units: its own ``money_label``, else :func:`compact_money`."""
    return chart.money_label or (lambda value: compact_money(value, chart.currency))


def money_formatter(label: Callable[[float], str]) -> FuncFormatter:
    return FuncFormatter(lambda value, _pos: label(value))


def style_axes(ax: Axes, theme: ChartTheme) -> None:
    ax.set_facecolor(theme.background)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(theme.grid)
    ax.tick_params(colors=theme.text, labelsize=8.5, length=0)
    ax.yaxis.grid(True, color=theme.grid, linewidth=0.6, alpha=0.7)
    ax.set_axisbelow(True)
    ax.title.set_color(theme.text)


def style_rate_axes(rate_ax: Axes, theme: ChartTheme) -> None:
    """The twin Axes carrying a second y scale on the right."""
    rate_ax.tick_params(colors=theme.text, labelsize=8.5, length=0)
    for side in ("top", "left", "bottom"):
        rate_ax.spines[side].set_visible(False)
    rate_ax.spines["right"].set_color(theme.grid)


def _legend(ax: Axes, handles: list, theme: ChartTheme, beside: bool) -> None:
    """Beside the plot (a long list) or in the title row at the right (a short one)."""
    if not handles:
        return
    where = dict(loc="upper left", bbox_to_anchor=(1.0, 1.0), ncol=1) if beside else dict(
        loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=len(handles))
    legend = ax.legend(  # the labels given, so a client called "_internal" is not taken for a hidden one
        handles=handles, labels=[handle.get_label() for handle in handles], frameon=False, fontsize=8.5,
        handlelength=1.2, columnspacing=1.2, borderaxespad=0.3, **where,
    )
    for text in legend.get_texts():
        text.set_color(theme.text)
        text.set_parse_math(False)  # a name with "$…$" in it is shown as typed, never read as mathtext


def plot_income(ax: Axes, chart: IncomeChart, theme: ChartTheme = ChartTheme(), style: bool = True) -> Drawn:
    """Stacked net bars, a hatched fee segment on top (the bar's top is gross), expected income outlined.

    ``style=False`` leaves the Axes' colours and ticks as they are (styled with this theme before).
    """
    if style:
        style_axes(ax, theme)
    n = len(chart.labels)
    x = list(range(n))
    width = 0.72
    drawn = Drawn()
    bottom = [0.0] * n
    handles = []
    colours = iter(theme.series)
    for stack in chart.stacks:
        colour = OTHER_COLOUR if stack.other else next(colours, OTHER_COLOUR)
        heights = [major(v, chart.currency) for v in stack.values]
        bars = _bars(ax, heights, width, bottom, stack.label, facecolor=colour, linewidth=0)
        _collect(drawn, bars, stack.values, "stack", stack.label)
        bottom = [b + h for b, h in zip(bottom, heights)]
        handles.append(Patch(facecolor=colour, label=stack.label))
    if any(chart.fees):
        heights = [major(v, chart.currency) for v in chart.fees]
        bars = _bars(ax, heights, width, bottom, chart.fee_label, facecolor=to_rgba(theme.muted, 0.12),
                     edgecolor=to_rgba(theme.muted, 0.75), hatch="////", linewidth=0.6)
        _collect(drawn, bars, chart.fees, "fee", chart.fee_label)
        bottom = [b + h for b, h in zip(bottom, heights)]
        handles.append(Patch(facecolor=to_rgba(theme.muted, 0.12), edgecolor=to_rgba(theme.muted, 0.75), hatch="////",
                             label=chart.fee_label))
    if any(chart.expected):
        heights = [major(v, chart.currency) for v in chart.expected]
        bars = _bars(ax, heights, width, bottom, chart.expected_label, facecolor="none", edgecolor=theme.accent,
                     hatch="..", linestyle="--", linewidth=1.1)
        _collect(drawn, bars, chart.expected, "expected", chart.expected_label)
        bottom = [b + h for b, h in zip(bottom, heights)]
        handles.append(
            Patch(facecolor="none", edgecolor=theme.accent, hatch="..", linestyle="--", label=chart.expected_label)
        )
    if chart.value_labels:
        for i, top in enumerate(bottom):
            net = sum(s.values[i] for s in chart.stacks)
            if net:
                ax.annotate(
                    money_text(chart)(major(net, chart.currency)), (i, top), xytext=(0, 2),
                    textcoords="offset points", ha="center", va="bottom", fontsize=7.5, color=theme.text,
                    parse_math=False,
                )
    ax.set_xticks(x, chart.labels)
    ax.set_xlim(-0.6, n - 0.4)
    ax.yaxis.set_major_formatter(money_formatter(money_text(chart)))
    ax.yaxis.set_major_locator(FittingLocator(5, min_n_ticks=2, integer=True))  # never "$1 $1 $2"
    ax.set_ylim(0, _headroom(max(bottom, default=0.0), 0.12))  # room for the value labels
    if chart.title:
        ax.set_title(chart.title, loc="left", fontsize=10, fontweight="bold", color=theme.text, parse_math=False)
    _legend(ax, handles, theme, beside=True)
    return drawn


def plot_hours(ax: Axes, chart: HoursChart, theme: ChartTheme = ChartTheme(), rate_ax: Axes | None = None,
               style: bool = True) -> Drawn:
    """Hours tracked per month as bars; the effective hourly rate as a line on its own (currency) axis.

    The rate axis is ``rate_ax`` when given (a twin of ``ax`` kept from the last draw), else a new twin.
    ``style=False`` leaves the colours and ticks of both Axes as they are.
    """
    if style:
        style_axes(ax, theme)
    n = len(chart.labels)
    x = list(range(n))
    drawn = Drawn()
    hours = [s / 3600 for s in chart.seconds]
    bars = _bars(ax, hours, 0.55, [0.0] * n, chart.hours_label, facecolor=theme.series[4], alpha=0.85, linewidth=0)
    _collect(drawn, bars, chart.seconds, "hours", chart.hours_label)
    ax.set_xticks(x, chart.labels)
    ax.set_xlim(-0.6, n - 0.4)
    ax.yaxis.set_major_locator(FittingLocator(4, integer=True, min_n_ticks=2))  # labels apart on a small screen
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: chart.hours_unit.format(f"{v:.0f}")))
    ax.set_ylim(0, _headroom(max(hours, default=0.0), 0.25))
    if rate_ax is None:
        rate_ax, style = ax.twinx(), True
    if style:
        style_rate_axes(rate_ax, theme)
    points = [(i, major(r, chart.currency)) for i, r in enumerate(chart.rates)
              if r is not None and i not in chart.few_hours]
    apart = [(i, major(r, chart.currency)) for i, r in enumerate(chart.rates)
             if r is not None and i in chart.few_hours]
    top = max((y for _x, y in points), default=0.0)
    if points:
        xs, ys = zip(*points)
        rate_ax.plot(xs, ys, color=theme.series[1], marker="o", markersize=4, linewidth=1.8, label=chart.rate_label)
    for i, y in apart:  # a hollow marker, clipped to the axis the others set: it never stretches the scale
        shown = min(y, top * 1.25) if top else y
        (marker,) = rate_ax.plot([i], [shown], linestyle="none", marker="o", markersize=5, markerfacecolor="none",
                                 markeredgecolor=theme.series[1], markeredgewidth=1.4, label="_few_hours")
        drawn.hits.append(Hit(marker, i, "few_hours", chart.rate_label, 0))
    top = top or max((y for _x, y in apart), default=0.0)
    rate_ax.set_ylim(0, top * 1.3 if top else 1)
    # Whole units only when the range is small, so no two ticks read the same ("$1 $1 $0 $0").
    rate_ax.yaxis.set_major_locator(FittingLocator(4, integer=True, min_n_ticks=2))
    rate_ax.yaxis.set_major_formatter(money_formatter(money_text(chart)))
    if chart.title:
        ax.set_title(chart.title, loc="left", fontsize=10, fontweight="bold", color=theme.text, parse_math=False)
    handles = [Patch(facecolor=theme.series[4], alpha=0.85, label=chart.hours_label)]
    if points:
        handles.append(rate_ax.get_lines()[0])
    _legend(ax, handles, theme, beside=False)
    return drawn


def _headroom(top: float, share: float) -> float:
    """The top of a y axis that starts at 0: ``share`` of the data's height above the highest bar."""
    return top * (1 + share) if top > 0 else 1.0


def clear_plot(ax: Axes) -> None:
    """Take away what a plot function drew on ``ax``, keeping the Axes, its ticks and its position."""
    for container in list(ax.containers):
        container.remove()
    for artist in [*ax.patches, *ax.lines, *ax.texts, *ax.collections]:
        artist.remove()
    if ax.get_legend() is not None:
        ax.get_legend().remove()
    ax.set_title("", loc="left")


# The theme each figure's Axes were last styled with: restyling (tick_params on every tick) is
# only needed when the palette changes.
_styled: WeakKeyDictionary[Figure, ChartTheme] = WeakKeyDictionary()


def income_axes(figure: Figure) -> tuple[Axes, Axes, Axes]:
    """The income figure's Axes (income, hours, rate), made once and found again by their labels.

    Keeping them makes a redraw cheap: no new Axes, ticks or layout solving, only new bars.
    """
    found = {ax.get_label(): ax for ax in figure.axes}
    if {"income", "hours", "rate"} <= found.keys() and len(figure.axes) == 3:
        return found["income"], found["hours"], found["rate"]
    figure.clear()
    _styled.pop(figure, None)
    top, bottom = figure.subplots(2, 1, sharex=True)
    top.set_label("income")
    bottom.set_label("hours")
    rate = bottom.twinx()
    rate.set_label("rate")
    top.tick_params(labelbottom=False)  # months once, under the hours
    figure.set_layout_engine(ColumnLayout([[top], [bottom, rate]], ratios=(2.6, 1)))
    return top, bottom, rate


def draw_income_figure(figure: Figure, theme: ChartTheme, income: IncomeChart, hours: HoursChart) -> Drawn:
    """The income page's figure: income on top, hours and rate below, months aligned.

    Drawing again on the same figure reuses its Axes and replaces only what is plotted on them.
    """
    top, bottom, rate = income_axes(figure)
    for ax in (top, bottom, rate):
        clear_plot(ax)
    style = _styled.get(figure) != theme
    figure.set_facecolor(theme.background)
    drawn = plot_income(top, income, theme, style=style)
    drawn.hits.extend(plot_hours(bottom, hours, theme, rate_ax=rate, style=style).hits)
    _styled[figure] = theme
    return drawn
