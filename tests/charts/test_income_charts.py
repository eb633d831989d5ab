"""The income charts, checked on their Axes with Agg: bar heights, stacking, labels, hover targets."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from freelance_desk.charts.income import (  # noqa: E402
    ChartTheme,
    HoursChart,
    IncomeChart,
    Stack,
    compact_money,
    draw_income_figure,
    plot_hours,
    plot_income,
)

LABELS = ["Jan\n2026", "Feb", "Mar"]


def axes():
    figure = Figure(layout="constrained")
    FigureCanvasAgg(figure)
    return figure, figure.add_subplot()


def income_chart(**changes) -> IncomeChart:
    values = dict(
        labels=LABELS,
        stacks=[Stack("Harbor", [63000, 31500, 0]), Stack("tom_builds", [16000, 0, 4500])],
        fees=[11000, 3500, 500],
        expected=[0, 0, 8000],
        currency="USD",
        fee_label="Fees",
        expected_label="Expected",
    )
    values.update(changes)
    return IncomeChart(**values)


def visible_bars(container):
    return [(round(p.get_x() + p.get_width() / 2), p.get_y(), p.get_height()) for p in container.patches
            if p.get_visible()]


def test_stacked_net_then_fees_on_top_then_expected():
    figure, ax = axes()
    plot_income(ax, income_chart())
    harbor, tom, fees, expected = ax.containers
    assert visible_bars(harbor) == [(0, 0, 630.0), (1, 0, 315.0)]  # dollars, not cents
    assert visible_bars(tom) == [(0, 630.0, 160.0), (2, 0, 45.0)]
    # The fee sits on the net stack: the top of each bar is the gross.
    assert visible_bars(fees) == [(0, 790.0, 110.0), (1, 315.0, 35.0), (2, 45.0, 5.0)]
    assert visible_bars(expected) == [(2, 50.0, 80.0)]
    assert expected.patches[2].get_hatch() == ".."
    assert expected.patches[2].get_facecolor()[3] == 0  # outlined, not filled: a forecast
    figure.canvas.draw()


def test_labels_legend_and_money_axis():
    figure, ax = axes()
    plot_income(ax, income_chart(title="Net income (USD)"))
    figure.canvas.draw()
    assert [t.get_text() for t in ax.get_xticklabels()] == LABELS
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Harbor", "tom_builds", "Fees", "Expected"]
    assert ax.get_title(loc="left") == "Net income (USD)"
    ticks = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert ticks[0] == "$0" and all(t.startswith("$") for t in ticks)
    # The net total of each month is written above its bar.
    assert [t.get_text() for t in ax.texts] == ["$790", "$315", "$45"]


def test_empty_segments_are_hidden_and_not_hover_targets():
    _figure, ax = axes()
    drawn = plot_income(ax, income_chart())
    assert [(h.kind, h.index, h.label, h.value) for h in drawn.hits] == [
        ("stack", 0, "Harbor", 63000), ("stack", 1, "Harbor", 31500),
        ("stack", 0, "tom_builds", 16000), ("stack", 2, "tom_builds", 4500),
        ("fee", 0, "Fees", 11000), ("fee", 1, "Fees", 3500), ("fee", 2, "Fees", 500),
        ("expected", 2, "Expected", 8000),
    ]
    assert not ax.containers[0].patches[2].get_visible()


def test_other_series_is_grey_and_colours_do_not_repeat():
    _figure, ax = axes()
    stacks = [Stack(f"c{i}", [100 * (i + 1)]) for i in range(6)] + [Stack("Other", [50], other=True)]
    plot_income(ax, income_chart(labels=["Jan"], stacks=stacks, fees=[0], expected=[0]))
    colours = [c.patches[0].get_facecolor() for c in ax.containers]
    assert len(set(colours[:6])) == 6
    assert matplotlib.colors.to_hex(colours[6]) == "#9c9c9c"


def test_rupiah_axis_has_no_decimals_and_compact_units():
    assert compact_money(15_000_000, "IDR") == "Rp 15M"
    assert compact_money(2_500_000, "IDR") == "Rp 2.5M"
    assert compact_money(1500, "USD") == "$1.5k"
    assert compact_money(800, "USD") == "$800"
    assert compact_money(0, "EUR") == "€0"
    _figure, ax = axes()
    plot_income(ax, income_chart(stacks=[Stack("Sinar", [5_000_000, 0, 0])], fees=[0, 0, 0], expected=[0, 0, 0],
                                 currency="IDR"))
    assert visible_bars(ax.containers[0]) == [(0, 0, 5_000_000.0)]  # IDR minor units are rupiah


def test_money_labels_come_from_the_chart_s_money_label():
    """The interface gives the labels (its locale); the chart writes every amount through them."""

    def label(value: float) -> str:
        return f"<{value:g}>"

    figure, ax = axes()
    plot_income(ax, income_chart(money_label=label))
    figure.canvas.draw()
    assert ax.yaxis.get_major_formatter()(400, 0) == "<400>"
    assert [t.get_text() for t in ax.texts] == ["<790>", "<315>", "<45>"]  # the net above each bar
    figure, ax = axes()
    plot_hours(ax, HoursChart(LABELS, [3600, 0, 0], [2633, None, None], "USD", money_label=label))
    (rate_axes,) = [a for a in figure.axes if a is not ax]
    assert rate_axes.yaxis.get_major_formatter()(30, 0) == "<30>"


def test_hours_bars_and_effective_rate_line():
    figure, ax = axes()
    chart = HoursChart(LABELS, [30 * 3600, 0, 5400], [2633, None, 3000], "USD", "Hours", "Net per hour")
    drawn = plot_hours(ax, chart)
    figure.canvas.draw()
    assert visible_bars(ax.containers[0]) == [(0, 0, 30.0), (2, 0, 1.5)]
    (rate_axes,) = [a for a in figure.axes if a is not ax]
    (line,) = rate_axes.get_lines()
    assert list(line.get_xdata()) == [0, 2]  # no hours, no rate: a gap, not a zero
    assert list(line.get_ydata()) == pytest.approx([26.33, 30.0])
    assert rate_axes.yaxis.get_major_formatter()(30, 0) == "$30"
    assert [(h.index, h.value) for h in drawn.hits] == [(0, 30 * 3600), (2, 5400)]


def test_the_page_figure_aligns_both_charts_and_takes_palette_colours():
    figure = Figure(layout="constrained")
    FigureCanvasAgg(figure)
    theme = ChartTheme(text="#eeeeee", muted="#999999", grid="#444444", background="#202124", accent="#8ab4f8")
    hours = HoursChart(LABELS, [3600, 7200, 0], [100, 200, None], "USD")
    drawn = draw_income_figure(figure, theme, income_chart(), hours)
    figure.canvas.draw()
    top, bottom = figure.axes[:2]
    assert top.get_shared_x_axes().joined(top, bottom)
    assert matplotlib.colors.to_hex(figure.get_facecolor()) == "#202124"
    assert matplotlib.colors.to_hex(top.get_facecolor()) == "#202124"
    assert matplotlib.colors.to_hex(bottom.get_xticklabels()[0].get_color()) == "#eeeeee"
    assert matplotlib.colors.to_hex(top.get_yticklabels()[0].get_color()) == "#eeeeee"
    assert not any(t.get_visible() and t.get_text() for t in top.get_xticklabels())  # months once, at the bottom
    assert {h.kind for h in drawn.hits} == {"stack", "fee", "expected", "hours"}


def page_figure(width=11.0, height=4.6):
    figure = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(figure)
    return figure


def test_drawing_again_keeps_the_axes_and_replaces_what_was_plotted():
    figure = page_figure()
    hours = HoursChart(LABELS, [3600, 7200, 0], [100, 200, None], "USD")
    draw_income_figure(figure, ChartTheme(), income_chart(), hours)
    figure.canvas.draw()
    axes = list(figure.axes)
    six = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    drawn = draw_income_figure(
        figure, ChartTheme(), income_chart(labels=six, stacks=[Stack("Upwork", [100, 200, 300, 0, 0, 500])],
                                           fees=[0] * 6, expected=[0] * 6),
        HoursChart(six, [0] * 6, [None] * 6, "USD"),
    )
    figure.canvas.draw()
    top, bottom, rate = figure.axes
    assert [top, bottom, rate] == axes  # the same Axes: no new ticks, no layout solved from scratch
    assert len(top.containers) == 1 and len(top.patches) == 6  # the old client and fee bars are gone
    assert [t.get_text() for t in top.texts] == ["$1", "$2", "$3", "$5"]
    assert [t.get_text() for t in top.get_legend().get_texts()] == ["Upwork"]
    assert rate.get_lines() == [] and len(bottom.patches) == 6
    assert [t.get_text() for t in bottom.get_xticklabels()] == six
    assert top.get_ylim() == pytest.approx((0, 5 * 1.12))  # limits follow the new data
    assert all(hit.patch.axes in (top, bottom) and hit.patch in hit.patch.axes.patches for hit in drawn.hits)
    assert [(h.index, h.value) for h in drawn.hits] == [(0, 100), (1, 200), (2, 300), (5, 500)]


def test_a_new_theme_restyles_the_kept_axes():
    figure = page_figure()
    hours = HoursChart(LABELS, [3600, 7200, 0], [100, 200, None], "USD")
    draw_income_figure(figure, ChartTheme(), income_chart(), hours)
    dark = ChartTheme(text="#eeeeee", muted="#999999", grid="#444444", background="#202124", accent="#8ab4f8")
    draw_income_figure(figure, dark, income_chart(), hours)
    figure.canvas.draw()
    top, bottom, rate = figure.axes
    assert matplotlib.colors.to_hex(top.get_facecolor()) == "#202124"
    assert matplotlib.colors.to_hex(rate.get_yticklabels()[0].get_color()) == "#eeeeee"
    assert matplotlib.colors.to_hex(bottom.get_xticklabels()[0].get_color()) == "#eeeeee"


@pytest.mark.parametrize("size", [(11.0, 4.6), (6.5, 3.2), (16.0, 7.0)])
def test_layout_keeps_every_label_in_the_figure_and_the_months_aligned(size):
    figure = page_figure(*size)
    stacks = [Stack(f"A client with a long name {i}", [5_000_00 * (i + 1)] * 3) for i in range(5)]
    hours = HoursChart(LABELS, [3600, 7200, 0], [100, 200, None], "USD", title="Hours")
    draw_income_figure(figure, ChartTheme(), income_chart(stacks=stacks, title="Net income"), hours)
    figure.canvas.draw()
    top, bottom, rate = figure.axes
    page = figure.bbox
    for ax in (top, bottom, rate):
        box = ax.get_tightbbox()
        assert page.x0 <= box.x0 and box.x1 <= page.x1 + 0.5 and page.y0 <= box.y0 and box.y1 <= page.y1 + 0.5
    assert top.get_legend().get_window_extent().x1 <= page.x1
    # One left and right edge for both charts, so each month's bars line up.
    assert top.get_position().x0 == pytest.approx(bottom.get_position().x0)
    assert top.get_position().x1 == pytest.approx(bottom.get_position().x1)
    assert rate.get_position().bounds == pytest.approx(bottom.get_position().bounds)
    # The hours chart's title row sits below the income chart's "$0", not over it.
    assert bottom.get_tightbbox().y1 <= top.get_tightbbox().y0
    assert top.get_position().height == pytest.approx(2.6 * bottom.get_position().height)


def test_saving_at_another_dpi_leaves_the_screen_layout_as_it_was():
    figure = page_figure()
    hours = HoursChart(LABELS, [360000, 7200, 0], [100, 200, None], "USD", title="Hours")
    draw_income_figure(figure, ChartTheme(), income_chart(title="Net income"), hours)
    figure.canvas.draw()
    on_screen = [v for ax in figure.axes for v in ax.get_position().bounds]
    figure.savefig(io.BytesIO(), format="png", dpi=150)
    figure.savefig(io.BytesIO(), format="svg")
    figure.canvas.draw()  # texts last measured at 150 dpi must not move the Axes on screen
    assert [v for ax in figure.axes for v in ax.get_position().bounds] == pytest.approx(on_screen)


def rate_tick_labels(figure, ax):
    figure.canvas.draw()
    (rate_axes,) = [a for a in figure.axes if a is not ax]
    return [t.get_text() for t in rate_axes.get_yticklabels() if t.get_text()]


def test_small_rates_never_repeat_a_tick_label():
    figure, ax = axes()
    # With little data the rates are a dollar or less: ticks at 0.25, 0.5 … read "$0 $0 $1 $1".
    plot_hours(ax, HoursChart(LABELS, [3600, 7200, 5400], [120, 45, 80], "USD"))
    labels = rate_tick_labels(figure, ax)
    assert len(labels) >= 2 and len(set(labels)) == len(labels), labels


def test_a_month_with_few_hours_is_a_hollow_marker_off_the_line_and_the_scale():
    figure, ax = axes()
    six = ["J", "F", "M", "A", "M", "J"]
    seconds = [90 * 3600, 95 * 3600, 100 * 3600, 92 * 3600, 98 * 3600, 2 * 3600]  # December: two hours
    rates = [2500, 2600, 2550, 2400, 2700, 17000]  # a payment for November's work over two hours
    drawn = plot_hours(ax, HoursChart(six, seconds, rates, "USD", few_hours=frozenset({5})))
    figure.canvas.draw()
    (rate_axes,) = [a for a in figure.axes if a is not ax]
    line, hollow = rate_axes.get_lines()
    assert list(line.get_xdata()) == [0, 1, 2, 3, 4]  # the line joins the months that say something
    assert hollow.get_markerfacecolor() == "none" and list(hollow.get_xdata()) == [5]
    assert rate_axes.get_ylim()[1] < 40  # the scale is set by $24–27, not stretched to $170
    assert [h.index for h in drawn.hits if h.kind == "few_hours"] == [5]


def test_on_a_short_axis_the_hour_and_rate_labels_stand_apart():
    figure = Figure(figsize=(8, 1.0), dpi=100)
    FigureCanvasAgg(figure)
    ax = figure.add_axes((0.1, 0.3, 0.8, 0.36))  # 36 px: the hours chart's height on a 1024×640 screen
    seconds = [65 * 3600, 90 * 3600, 110 * 3600]
    plot_hours(ax, HoursChart(LABELS, seconds, [1660, 2375, 2631], "USD"))
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    for axes in figure.axes:
        boxes = [t.get_window_extent(renderer) for t in axes.get_yticklabels() if t.get_text() and t.get_visible()]
        assert len(boxes) >= 2
        assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


def test_the_figure_drawn_ahead_of_time_is_the_one_the_page_draws_on():
    """The warm-up's figure keeps its Axes (and their ticks) when the page's figures are drawn on it."""
    from freelance_desk.charts.income import income_axes
    from freelance_desk.charts.warm import warmed_figure

    figure = warmed_figure()
    made = income_axes(figure)
    ticks = [id(t) for t in made[1].xaxis.get_major_ticks()]
    hours = HoursChart(LABELS, [3600, 7200, 0], [100, 200, None], "USD")
    drawn = draw_income_figure(figure, ChartTheme(), income_chart(), hours)
    assert income_axes(figure) == made  # not made again
    assert [id(t) for t in made[1].xaxis.get_major_ticks()][:3] == ticks[:3]
    assert {h.kind for h in drawn.hits} >= {"stack", "fee", "expected", "hours"}
    assert [t.get_text() for t in made[1].get_xticklabels()] == LABELS  # the page's own, not the warm-up's
