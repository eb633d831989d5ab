"""Icons: the sidebar and the main actions carry glyphs of the shipped set, drawn in the palette's colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from freelance_desk import app as bootstrap
from freelance_desk import desktop, paths
from freelance_desk.ui import icons, scheme
from freelance_desk.ui.main_window import PAGES, MainWindow
from freelance_desk.ui.pages.clients import ClientsPage
from freelance_desk.ui.widgets.milestone_panel import MilestonePanel

SHIPPED = {path.stem for path in paths.resource("icons", "lucide").glob("*.svg")}


def ink(icon: QIcon, mode=QIcon.Mode.Normal, size: int = 24) -> QColor:
    """The colour a glyph is drawn in: the mean of its opaque pixels (there must be some)."""
    image = icon.pixmap(QSize(size, size), mode).toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    solid = [c for c in pixels if c.alpha() > 200]
    assert solid, "nothing drawn"
    return QColor(*(round(sum(getattr(c, part)() for c in solid) / len(solid)) for part in ("red", "green", "blue")))


@pytest.fixture
def window(qtbot, ctx, contracts):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def dark(qapp):
    scheme.apply(qapp, scheme.DARK)
    yield
    scheme.apply(qapp, scheme.SYSTEM)
    qapp.setPalette(QPalette())
    qapp.setStyleSheet("")


def test_every_page_in_the_sidebar_has_its_own_glyph_from_the_shipped_set(window):
    names = []
    for row, spec in enumerate(PAGES):
        item = window.sidebar.item(row)
        assert not item.icon().isNull(), spec.name
        names.append(item.icon().name())
        ink(item.icon())
    assert set(names) <= SHIPPED and len(set(names)) == len(PAGES)


def test_glyphs_are_drawn_in_the_palettes_text_colour_light_and_dark(window, qapp, dark):
    item = window.sidebar.item(1)  # Clients, not the current page
    light_ink = qapp.palette().color(QPalette.ColorRole.ButtonText)
    assert ink(item.icon()).lightness() > 180 and light_ink.lightness() > 180  # dark palette: light glyphs
    scheme.apply(qapp, scheme.LIGHT)
    assert ink(item.icon()).lightness() < 80  # the same icon, redrawn dark on a light palette
    # The current page's glyph is drawn like its text, on the highlight.
    assert ink(item.icon(), QIcon.Mode.Selected) == qapp.palette().color(QPalette.ColorRole.HighlightedText)


def test_the_main_actions_carry_glyphs_and_start_stop_changes_with_the_timer(window, ctx, qtbot):
    toggle = window.timer_bar.toggle
    assert toggle.icon().name() == "play"
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.timer_bar.running is not None and toggle.icon().name() == "square"
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.timer_bar.running is None and toggle.icon().name() == "play"

    clients = ClientsPage(ctx)
    qtbot.addWidget(clients)
    assert [b.icon().name() for b in (clients.new_button, clients.edit_button, clients.delete_button)] == [
        "plus", "pencil", "trash-2"]
    panel = MilestonePanel(ctx)
    qtbot.addWidget(panel)
    steps = [button.icon().name() for button in panel.action_buttons.values()]
    assert all(steps) and len(set(steps)) == len(steps) and set(steps) <= SHIPPED


def test_a_disabled_action_draws_its_glyph_in_the_disabled_colour(qapp):
    plus = icons.icon("plus")
    palette = qapp.palette()
    assert ink(plus, QIcon.Mode.Disabled) == palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    assert ink(plus) == palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)


def test_the_app_has_its_icon_in_every_size_and_the_pngs_are_the_svg_rendered(qapp):
    bootstrap.set_app_icon(qapp)
    sizes = {size.width() for size in QApplication.windowIcon().availableSizes()}
    assert sizes == set(icons.APP_ICON_SIZES)
    assert f"{QApplication.desktopFileName()}.desktop" == desktop.DESKTOP_FILE  # the menu's entry is this window's
    svg = paths.resource("icons", "freelance-desk.svg").read_bytes()
    for size in (64, 256):
        png = QImage(str(icons.app_icon_png(size)))
        assert (png.width(), png.height()) == (size, size)
        fresh = icons.render_svg(svg, size, size).toImage().convertToFormat(png.format())
        changed = sum(png.pixelColor(x, y) != fresh.pixelColor(x, y) for x in range(size) for y in range(size))
        assert changed < size * size * 0.01, "the PNG is not the SVG rendered: run scripts/render_icons.py"
    ico = paths.resource("icons", "freelance-desk.ico").read_bytes()
    assert ico[:4] == b"\0\0\1\0" and int.from_bytes(ico[4:6], "little") == 4


def test_the_set_is_shipped_with_its_licence_and_source():
    folder = paths.resource("icons", "lucide")
    assert "ISC License" in (folder / "LICENSE").read_text()
    assert "lucide-static" in (folder / "SOURCE.md").read_text()
    assert all("currentColor" in (folder / f"{name}.svg").read_text() for name in SHIPPED)
