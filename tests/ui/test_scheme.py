"""Dark mode: the Settings choice (System / Light / Dark) redraws the app, toggles and the chart included."""

from __future__ import annotations

from collections import Counter

import pytest
from matplotlib.colors import to_hex
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QTableView

from freelance_desk.demo import fill_demo
from freelance_desk.settings import COLOR_SCHEME
from freelance_desk.ui import scheme, theme
from freelance_desk.ui.dialogs.settings import SettingsDialog
from freelance_desk.ui.pages.income import IncomePage
from freelance_desk.ui.widgets.timer_bar import ForgottenPrompt
from tests.ui.helpers import NOW

R = QPalette.ColorRole


@pytest.fixture
def keeper(qapp):
    """The app's scheme keeper; afterwards the app is as the other tests expect it (system, no style sheet)."""
    keeper = scheme.apply(qapp, scheme.SYSTEM)
    yield keeper
    scheme.apply(qapp, scheme.SYSTEM)
    qapp.setPalette(QPalette())
    qapp.setStyleSheet("")


def choose_in_settings(ctx, qtbot, key) -> SettingsDialog:
    """Open Settings, move the Appearance list with ``key`` and press Enter (Save)."""
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.color_scheme.setFocus()
    qtbot.keyClick(dialog.color_scheme, key)
    qtbot.keyClick(dialog.color_scheme, Qt.Key.Key_Return)
    assert dialog.result() == 1
    return dialog


def background(widget) -> QColor:
    """The colour most of a widget's pixels have, as drawn."""
    image = widget.grab().toImage()
    counts = Counter(image.pixel(x, y) for x in range(image.width()) for y in range(image.height()))
    return QColor.fromRgb(counts.most_common(1)[0][0])


def face(widget) -> QColor:
    """The mean colour of a button's face, as drawn on its window: a strip inside its frame, left of its text."""
    window = widget.window()
    image = window.grab(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())).toImage()
    inside = [QColor.fromRgb(image.pixel(x, y)) for x in range(4, 9) for y in range(4, image.height() - 4)]
    return QColor(*(round(sum(getattr(c, part)() for c in inside) / len(inside)) for part in ("red", "green", "blue")))


def distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def test_choosing_dark_in_settings_makes_the_app_dark_and_as_the_system_brings_it_back(ctx, qtbot, qapp, keeper):
    assert not theme.is_dark(qapp.palette())
    choose_in_settings(ctx, qtbot, Qt.Key.Key_End)  # the last choice: Dark
    assert ctx.ui_settings.get(COLOR_SCHEME) == "dark"
    palette = qapp.palette()
    assert palette.color(R.Window).lightness() < 80 and palette.color(R.Base).lightness() < 80
    assert palette.color(R.WindowText).lightness() > 180 and palette.color(R.Text).lightness() > 180
    table = QTableView()
    qtbot.addWidget(table)
    table.resize(200, 100)
    assert background(table).lightness() < 80  # a widget made now is drawn dark
    assert theme.hex_of(theme.Role.NOTICE) in qapp.styleSheet()  # the demo banner's colours follow

    choose_in_settings(ctx, qtbot, Qt.Key.Key_Home)  # As the system (offscreen: no dark scheme)
    assert ctx.ui_settings.get(COLOR_SCHEME) == "system"
    assert not theme.is_dark(qapp.palette()) and qapp.palette().color(R.Window).lightness() > 200


def test_light_on_a_dark_desktop_is_light_and_system_follows_the_desktop_live(qapp, keeper, monkeypatch):
    qapp.setPalette(scheme.dark_palette())  # as if the desktop's own palette were dark
    keeper.apply(scheme.LIGHT)
    assert not theme.is_dark(qapp.palette())
    keeper.apply(scheme.SYSTEM)
    monkeypatch.setattr(scheme, "system_is_dark", lambda: True)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the desktop turned dark
    assert theme.is_dark(qapp.palette())
    monkeypatch.setattr(scheme, "system_is_dark", lambda: False)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not theme.is_dark(qapp.palette())


@pytest.fixture
def dark_income(database, ctx, qtbot, qapp, keeper):
    fill_demo(now=NOW)
    scheme.change(qapp, scheme.DARK)
    page = IncomePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.chart is not None and not page.chart.pending and page.chart.redraw_seconds > 0)
    return page


def test_in_the_dark_the_chosen_stacking_button_stands_out(dark_income, qtbot):
    page = dark_income
    checked, unchecked = face(page.by_client), face(page.by_platform)
    assert page.by_client.isChecked() and not page.by_platform.isChecked()
    assert distance(checked, unchecked) > 120, (checked.name(), unchecked.name())
    qtbot.mouseClick(page.by_platform, Qt.MouseButton.LeftButton)
    assert page.by_platform.isChecked() and not page.by_client.isChecked()
    assert distance(face(page.by_platform), face(page.by_client)) > 120


def test_in_the_dark_the_chart_is_dark_too(dark_income, qapp):
    figure = dark_income.chart.figure
    window = qapp.palette().color(R.Window)
    assert to_hex(figure.get_facecolor()) == window.name()
    assert QColor(to_hex(figure.get_facecolor())).lightness() < 80
    axes = figure.axes[0]
    assert to_hex(axes.get_facecolor()) == window.name()
    assert QColor(to_hex(axes.title.get_color())).lightness() > 180  # its title is light on the dark figure


def test_a_question_already_on_screen_turns_dark_with_the_app(qtbot, qapp, keeper):
    scheme.restyle(qapp)
    prompt = ForgottenPrompt()
    qtbot.addWidget(prompt)
    prompt.resize(400, 40)
    prompt.show()
    assert background(prompt) == QColor(theme.SHADES[theme.Role.NOTICE][0])
    scheme.change(qapp, scheme.DARK)
    assert background(prompt) == QColor(theme.SHADES[theme.Role.NOTICE][1])
    assert prompt.text.palette().color(prompt.text.foregroundRole()) == QColor(theme.SHADES[theme.Role.ON_NOTICE][1])


def test_a_scheme_nobody_chose_leaves_the_app_as_it_is(qapp, keeper):
    before = QApplication.palette().color(R.Window).name()
    scheme.change(qapp, "sepia")  # not a choice: the system's
    assert QApplication.palette().color(R.Window).name() == before
