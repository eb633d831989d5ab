"""Light or dark: the colour scheme the app is drawn in, by the user's choice (System, Light, Dark).

"System" follows the desktop's colour scheme (Qt's style hints), live. Where the platform
gives no dark palette of its own for a dark scheme (the Fusion style on many Linux desktops,
``QT_QPA_PLATFORM=offscreen``), or the user chose the other scheme than the system's, the app
switches to the Fusion style with a palette of its own below, so the choice always shows. Every
colour elsewhere is read from the palette (``ui/theme.py``, ``resources/styles/app.qss``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from freelance_desk.ui import theme

SYSTEM, LIGHT, DARK = "system", "light", "dark"
CHOICES = (SYSTEM, LIGHT, DARK)

_R = QPalette.ColorRole
_G = QPalette.ColorGroup

# (role, active and inactive, disabled)
DARK_COLOURS = (
    (_R.Window, "#2b2d30", "#2b2d30"),
    (_R.WindowText, "#e6e6e6", "#7f8287"),
    (_R.Base, "#1f2023", "#25272a"),
    (_R.AlternateBase, "#313338", "#2b2d30"),
    (_R.ToolTipBase, "#3c3f44", "#3c3f44"),
    (_R.ToolTipText, "#e6e6e6", "#e6e6e6"),
    (_R.PlaceholderText, "#9da1a6", "#6c7075"),
    (_R.Text, "#e6e6e6", "#7f8287"),
    (_R.Button, "#3a3d42", "#313338"),
    (_R.ButtonText, "#e6e6e6", "#7f8287"),
    (_R.BrightText, "#ff8a80", "#ff8a80"),
    (_R.Light, "#55585e", "#45484d"),
    (_R.Midlight, "#45484d", "#3a3d42"),
    (_R.Mid, "#5f636a", "#45484d"),
    (_R.Dark, "#1a1b1d", "#1a1b1d"),
    (_R.Shadow, "#0d0d0e", "#0d0d0e"),
    (_R.Highlight, "#2f67b8", "#3a3d42"),
    (_R.HighlightedText, "#ffffff", "#9da1a6"),
    (_R.Link, "#7fb0ff", "#6c7075"),
    (_R.LinkVisited, "#c29bff", "#6c7075"),
    (_R.Accent, "#2f67b8", "#3a3d42"),
)

# Fusion's own light palette, for "Light" on a desktop whose palette is dark.
LIGHT_COLOURS = (
    (_R.Window, "#efefef", "#efefef"),
    (_R.WindowText, "#000000", "#bebebe"),
    (_R.Base, "#ffffff", "#efefef"),
    (_R.AlternateBase, "#f7f7f7", "#f7f7f7"),
    (_R.ToolTipBase, "#ffffdc", "#ffffdc"),
    (_R.ToolTipText, "#000000", "#000000"),
    (_R.PlaceholderText, "#6e6e6e", "#9e9e9e"),
    (_R.Text, "#000000", "#bebebe"),
    (_R.Button, "#efefef", "#efefef"),
    (_R.ButtonText, "#000000", "#bebebe"),
    (_R.BrightText, "#ffffff", "#ffffff"),
    (_R.Light, "#ffffff", "#ffffff"),
    (_R.Midlight, "#cacaca", "#cacaca"),
    (_R.Mid, "#b8b8b8", "#b8b8b8"),
    (_R.Dark, "#9f9f9f", "#bebebe"),
    (_R.Shadow, "#767676", "#b1b1b1"),
    (_R.Highlight, "#308cc6", "#919191"),
    (_R.HighlightedText, "#ffffff", "#ffffff"),
    (_R.Link, "#0000ff", "#0000ff"),
    (_R.LinkVisited, "#ff00ff", "#ff00ff"),
    (_R.Accent, "#308cc6", "#919191"),
)


def build_palette(colours) -> QPalette:
    palette = QPalette()
    for role, normal, disabled in colours:
        for group in (_G.Active, _G.Inactive):
            palette.setColor(group, role, QColor(normal))
        palette.setColor(_G.Disabled, role, QColor(disabled))
    return palette


def dark_palette() -> QPalette:
    return build_palette(DARK_COLOURS)


def light_palette() -> QPalette:
    return build_palette(LIGHT_COLOURS)


def system_is_dark() -> bool:
    """Whether the desktop asks for dark (Qt's style hints; unknown reads as light)."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


class SchemeKeeper(QObject):
    """Applies the choice to the application and keeps following the system while it is "system"."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.app = app
        self.choice = SYSTEM
        self.native_style: str | None = None  # the style to go back to when ours is not needed (read when replaced)
        self._own = False  # whether our palette (and Fusion) is in use
        self._asked = False  # whether the platform was asked for a scheme (Qt's style hints)
        self._applying = False
        app.styleHints().colorSchemeChanged.connect(self._system_changed)

    def wants_dark(self) -> bool:
        return self.choice == DARK or (self.choice == SYSTEM and system_is_dark())

    def apply(self, choice: str) -> None:
        self.choice = choice if choice in CHOICES else SYSTEM
        self._applying = True
        try:
            self._ask_platform()
            self._settle()
        finally:
            self._applying = False

    def _ask_platform(self) -> None:
        """Tell the platform which scheme we want (Qt 6.8+): where it can, it draws native dark itself."""
        hints = self.app.styleHints()
        if self.choice != SYSTEM:
            hints.setColorScheme(Qt.ColorScheme.Dark if self.choice == DARK else Qt.ColorScheme.Light)
        elif self._asked:  # back to following the system (nothing to undo at startup)
            hints.unsetColorScheme()
        self._asked = self.choice != SYSTEM

    def _settle(self) -> None:
        dark = self.wants_dark()
        if self._own:  # back to the platform's palette first, then see whether it is right
            self._own = False
            if self.app.style().name() != self.native_style:
                self.app.setStyle(self.native_style)
            self.app.setPalette(QPalette())
        if theme.is_dark(self.app.palette()) != dark:
            self._own = True
            if self.native_style is None:
                self.native_style = self.app.style().name()
            if self.app.style().name() != "fusion":
                self.app.setStyle("Fusion")
            self.app.setPalette(dark_palette() if dark else light_palette())

    def _system_changed(self, _scheme) -> None:
        if self.choice == SYSTEM and not self._applying:
            self._settle()
            restyle(self.app)


def restyle(app: QApplication) -> None:
    """Rebuild the app's style sheet from the palette now in use (its role colours are written into it)."""
    app.setStyleSheet(theme.app_style_sheet())


def apply(app: QApplication, choice: str) -> SchemeKeeper:
    """Draw ``app`` in the chosen scheme ("system", "light" or "dark"); the keeper follows the system later."""
    keeper = keeper_of(app)
    if keeper is None:
        keeper = app._scheme_keeper = SchemeKeeper(app)
    keeper.apply(choice)
    return keeper


def keeper_of(app: QApplication) -> SchemeKeeper | None:
    return getattr(app, "_scheme_keeper", None)


def change(app: QApplication, choice: str) -> None:
    """Switch a running app to ``choice`` and redraw its style sheet in the new colours."""
    keeper = keeper_of(app)
    if (keeper.choice if keeper is not None else SYSTEM) == choice:
        return  # nothing to redraw (and an app never given a scheme is following the system)
    apply(app, choice)
    restyle(app)
