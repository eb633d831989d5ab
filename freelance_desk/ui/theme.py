"""The app's colours by role, read against a palette, and the style sheets built in code from them.

Each role has the colour the app has always shown in a light palette and a lighter shade of the
same hue for a dark one (a palette whose window text is lighter than its window), so text stays
readable there. Everything else comes from the palette itself (highlight, mid, placeholder text).
The app-wide style sheet is ``resources/styles/app.qss``: it names palette colours, and role
colours as ``@notice``, ``@on_notice`` … (:func:`app_style_sheet` writes them in for the palette in
use; ``ui/scheme.py`` rebuilds it when the palette changes).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

from freelance_desk.paths import resource


class Role(Enum):
    DANGER = "danger"  # overdue, a field's error, over a limit, figures that do not add up
    WARNING = "warning"  # nearly at a limit
    SUCCESS = "success"  # paid, won, the running timer
    MUTED = "muted"  # archived rows
    NOTICE = "notice"  # the background of a question asked in passing (a forgotten timer)
    ON_NOTICE = "on_notice"  # text on it


SHADES: dict[Role, tuple[str, str]] = {  # role -> (light palette, dark palette)
    Role.DANGER: ("#c62828", "#ef9a9a"),
    Role.WARNING: ("#ef6c00", "#ffb74d"),
    Role.SUCCESS: ("#2e7d32", "#81c784"),
    Role.MUTED: ("#808080", "#a8a8a8"),
    Role.NOTICE: ("#fff3cd", "#4a3b07"),
    Role.ON_NOTICE: ("#5d4300", "#ffe08a"),
}

PROGRESS_ALPHA = 110  # a progress bar drawn in a cell: see-through, so the text on it stays readable

# The tray icon sits on the desktop's panel, not on our palette: fixed colours.
TRAY_RUNNING = QColor(SHADES[Role.SUCCESS][0])  # the dot on the app's icon while a timer runs
TRAY_RING = QColor("white")  # around the dot, so it stands off the icon

BAR_STYLE = (
    "QProgressBar {{ border: 1px solid palette(mid); border-radius: 4px; text-align: center; "
    "background: palette(base); }} QProgressBar::chunk {{ background: {chunk}; border-radius: 3px; }}"
)


def _palette(palette: QPalette | None) -> QPalette:
    return QGuiApplication.palette() if palette is None else palette


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (the application's by default) draws light text on a dark window."""
    palette = _palette(palette)
    role = QPalette.ColorRole
    return palette.color(role.WindowText).lightness() > palette.color(role.Window).lightness()


def hex_of(role: Role, palette: QPalette | None = None) -> str:
    """The role's colour as "#rrggbb", for a style sheet."""
    light, dark = SHADES[role]
    return dark if is_dark(palette) else light


def color(role: Role, palette: QPalette | None = None) -> QColor:
    return QColor(hex_of(role, palette))


def brush(role: Role, palette: QPalette | None = None) -> QBrush:
    return QBrush(color(role, palette))


def text_style(role: Role, palette: QPalette | None = None, bold: bool = False) -> str:
    """A label's style sheet: its text in the role's colour."""
    return f"color: {hex_of(role, palette)};" + (" font-weight: 600;" if bold else "")


def error_border_style(palette: QPalette | None = None) -> str:
    """The style sheet of an input whose value was refused."""
    return f"border: 1px solid {hex_of(Role.DANGER, palette)};"


def progress_bar_style(role: Role | None, palette: QPalette | None = None) -> str:
    """A QProgressBar's style sheet, its chunk in the role's colour (the palette's highlight for None)."""
    return BAR_STYLE.format(chunk="palette(highlight)" if role is None else hex_of(role, palette))


def progress_fill(palette: QPalette, complete: bool) -> QColor:
    """The filled part of a progress bar drawn in a cell: the highlight, or success once complete."""
    fill = color(Role.SUCCESS, palette) if complete else QColor(palette.color(QPalette.ColorRole.Highlight))
    fill.setAlpha(PROGRESS_ALPHA)
    return fill


def app_style_sheet(palette: QPalette | None = None) -> str:
    """``resources/styles/app.qss`` with the role colours of ``palette`` (the application's) written in."""
    path = resource("styles", "app.qss")
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    # Longest names first: "@on_notice" is not "@on_" + "@notice".
    for role in sorted(Role, key=lambda r: -len(r.value)):
        text = text.replace(f"@{role.value}", hex_of(role, palette))
    return text


def chart_theme(palette: QPalette):
    """The colours a chart is drawn in, from the palette of the widget that shows it."""
    from freelance_desk.charts.income import (
        ChartTheme,  # only once a chart is shown: it imports matplotlib
    )

    role = QPalette.ColorRole
    return ChartTheme(
        text=palette.color(role.WindowText).name(),
        muted=palette.color(role.PlaceholderText).name(),
        grid=palette.color(role.Mid).name(),
        background=palette.color(role.Window).name(),
        accent=palette.color(role.Highlight).name(),
    )
