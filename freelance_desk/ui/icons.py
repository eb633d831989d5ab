"""Icons: Lucide glyphs (``resources/icons/lucide/``) drawn in the palette's colours, and the app's icon.

A glyph's SVG says ``stroke="currentColor"``; :class:`GlyphEngine` writes the application
palette's colour in when Qt asks for a pixmap: the button text colour, the highlighted text
colour for a selected item (the sidebar's current page), the disabled text colour for a
disabled button. Nothing is drawn before it is shown, and each pixmap is kept by its name,
size and colour, so a change of palette (light ↔ dark) simply draws the new colour next time.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

from freelance_desk.paths import resource

APP_ICON_NAME = "freelance-desk"  # resources/icons/freelance-desk.svg, the desktop entry's Icon=
APP_ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)  # the PNGs rendered from it (scripts/render-icons)

_G = QPalette.ColorGroup
_R = QPalette.ColorRole
_pixmaps: dict[tuple, QPixmap] = {}


@cache
def svg_bytes(name: str) -> bytes:
    """The glyph's SVG as shipped (read once)."""
    return resource("icons", "lucide", f"{name}.svg").read_bytes()


def glyph_colour(mode: QIcon.Mode, palette: QPalette | None = None) -> QColor:
    """The colour a glyph is drawn in for ``mode``, from ``palette`` (the application's)."""
    palette = QGuiApplication.palette() if palette is None else palette
    if mode == QIcon.Mode.Disabled:
        return palette.color(_G.Disabled, _R.ButtonText)
    if mode == QIcon.Mode.Selected:
        return palette.color(_G.Active, _R.HighlightedText)
    return palette.color(_G.Active, _R.ButtonText)


def render_svg(data: bytes, width: int, height: int) -> QPixmap:
    """An SVG drawn into a transparent pixmap of ``width`` × ``height`` device pixels, centred, kept square."""
    from PySide6.QtSvg import QSvgRenderer  # first used when the first icon is painted

    pixmap = QPixmap(max(width, 1), max(height, 1))
    pixmap.fill(Qt.GlobalColor.transparent)
    side = min(width, height)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(data).render(painter, QRectF((width - side) / 2, (height - side) / 2, side, side))
    painter.end()
    return pixmap


def glyph_pixmap(name: str, size: QSize, colour: QColor, scale: float = 1.0) -> QPixmap:
    """The glyph ``name`` in ``colour`` at ``size`` (device-independent pixels), drawn once and kept."""
    key = (name, size.width(), size.height(), scale, colour.rgba())
    pixmap = _pixmaps.get(key)
    if pixmap is None:
        data = svg_bytes(name).replace(b"currentColor", colour.name().encode())
        pixmap = render_svg(data, round(size.width() * scale), round(size.height() * scale))
        pixmap.setDevicePixelRatio(scale)
        _pixmaps[key] = pixmap
    return pixmap


class GlyphEngine(QIconEngine):
    """Draws one glyph in the colour the palette gives its mode (read when drawn, not when made)."""

    def __init__(self, name: str):
        super().__init__()
        self.name = name

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return glyph_pixmap(self.name, size, glyph_colour(mode))

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        return glyph_pixmap(self.name, size, glyph_colour(mode), scale)

    def paint(self, painter: QPainter, rect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatio() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, glyph_pixmap(self.name, rect.size(), glyph_colour(mode), scale))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return GlyphEngine(self.name)

    def iconName(self) -> str:
        return self.name

    def isNull(self) -> bool:
        return False


@cache
def icon(name: str) -> QIcon:
    """The glyph ``name`` (a file in resources/icons/lucide/) as an icon that follows the palette."""
    return QIcon(GlyphEngine(name))


def app_icon() -> QIcon:
    """The application's icon: its PNG sizes (the window, the taskbar, the tray)."""
    result = QIcon()
    for size in APP_ICON_SIZES:
        path = app_icon_png(size)
        if path.exists():
            result.addFile(str(path), QSize(size, size))
    return result


def app_icon_png(size: int):
    return resource("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ICON_NAME}.png")


def decorate(*pairs) -> None:
    """Give each ``(button, glyph name)`` its glyph (a QAbstractButton or a QAction)."""
    for button, name in pairs:
        button.setIcon(icon(name))
