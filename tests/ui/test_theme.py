"""The theme: the colours the app always had in a light palette, readable shades in a dark one."""

import pytest
from PySide6.QtGui import QColor, QPalette

from freelance_desk.ui import theme
from freelance_desk.ui.theme import Role

TEXT_ROLES = (Role.DANGER, Role.WARNING, Role.SUCCESS, Role.MUTED)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, name in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#eeeeee"),
                       (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#eeeeee"),
                       (QPalette.ColorRole.Highlight, "#3d7ac7")):
        palette.setColor(role, QColor(name))
    return palette


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_default_palette_keeps_the_colours_the_app_always_had(qapp):
    assert not theme.is_dark(qapp.palette())
    assert [theme.color(r).name() for r in TEXT_ROLES] == ["#c62828", "#ef6c00", "#2e7d32", "#808080"]
    assert theme.text_style(Role.DANGER) == "color: #c62828;"
    assert theme.text_style(Role.WARNING, bold=True) == "color: #ef6c00; font-weight: 600;"
    assert theme.error_border_style() == "border: 1px solid #c62828;"
    assert "QFrame#timerPrompt {\n    background: #fff3cd;" in theme.app_style_sheet()
    assert theme.progress_fill(qapp.palette(), complete=True) == QColor(46, 125, 50, 110)


@pytest.mark.parametrize("role", TEXT_ROLES)
def test_a_dark_palette_gets_a_lighter_shade_that_stays_readable(qapp, role):
    dark = dark_palette()
    assert theme.is_dark(dark)
    assert theme.color(role, dark) != theme.color(role, qapp.palette())
    for background in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert contrast(theme.color(role, dark), dark.color(background)) >= 4.5


def test_the_notice_text_is_readable_on_its_background_in_both_palettes(qapp):
    for palette in (qapp.palette(), dark_palette()):
        assert contrast(theme.color(Role.ON_NOTICE, palette), theme.color(Role.NOTICE, palette)) >= 4.5


def test_a_progress_bar_follows_the_palette(qapp):
    dark = dark_palette()
    assert theme.progress_bar_style(None, dark).count("palette(highlight)") == 1
    assert "#ffb74d" in theme.progress_bar_style(Role.WARNING, dark)
    fill = theme.progress_fill(dark, complete=False)
    assert (fill.name(), fill.alpha()) == ("#3d7ac7", theme.PROGRESS_ALPHA)


def test_the_chart_takes_its_colours_from_the_palette(qapp):
    chart = theme.chart_theme(dark_palette())
    assert (chart.text, chart.background, chart.accent) == ("#eeeeee", "#2b2b2b", "#3d7ac7")
