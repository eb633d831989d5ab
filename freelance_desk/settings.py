"""UI state only (geometry, last page, locale, colour scheme, the import's last folder and format): typed, each option declared once."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from freelance_desk.paths import data_dir


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any


GEOMETRY = Option("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Option("window/state", QByteArray, QByteArray())
LAST_PAGE = Option("window/last_page", str, "dashboard")
LOCALE = Option("ui/locale", str, "")  # "" = the system's
COLOR_SCHEME = Option("ui/color_scheme", str, "system")  # "system", "light" or "dark" (ui/scheme.py)
CLOSE_TO_TRAY = Option("timer/close_to_tray", bool, False)
LAST_CONTRACT = Option("timer/last_contract", int, 0)
IDLE_MINUTES = Option("timer/idle_minutes", int, 10)  # ask about time away after this long without input; 0: never
# Reminders through the tray (ui/reminders.py), each switchable; shown once each (REMINDERS_SHOWN).
REMIND_NO_TIMER = Option("reminders/no_timer", bool, True)
REMIND_NO_TIMER_MINUTES = Option("reminders/no_timer_minutes", int, 30)
REMIND_MILESTONE_DUE = Option("reminders/milestone_due", bool, True)
REMIND_AUTO_RELEASE = Option("reminders/auto_release", bool, True)
REMIND_INVOICE_DUE = Option("reminders/invoice_due", bool, True)
REMINDERS_SHOWN = Option("reminders/shown", str, "")  # the keys shown, "|"-joined (today's and recent ones)
IMPORT_FOLDER = Option("import/last_folder", str, "")  # where File ▸ Import… last found a file
EXPORT_FOLDER = Option("export/last_folder", str, "")  # where File ▸ Export last wrote
IMPORT_FORMAT = Option("import/last_format", str, "")  # the format last chosen by hand ("" = detect)
RECENT_DATABASES = Option("files/recent_databases", str, "")  # files and server URLs opened, newest first, "\n"-joined
RECENT_KEPT = 8


class UiSettings:
    """A thin typed wrapper over QSettings."""

    def __init__(self, path: str | None = None):
        # Kept beside the user's data (an INI file), so a portable or test home
        # (FREELANCE_DESK_HOME) carries its own window state.
        self._q = QSettings(str(path or data_dir() / "ui.ini"), QSettings.Format.IniFormat)

    def get(self, option: Option):
        value = self._q.value(option.key, option.default)
        if option.type is bool and isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        if option.type in (int, str) and value is not None and not isinstance(value, option.type):
            try:
                return option.type(value)
            except (TypeError, ValueError):
                return option.default
        return value if value is not None else option.default

    def set(self, option: Option, value) -> None:
        self._q.setValue(option.key, value)

    def sync(self) -> None:
        self._q.sync()
        try:
            os.chmod(self._q.fileName(), 0o600)  # owner-only, like everything the app writes
        except OSError:
            pass  # not written (nothing to keep yet, or the folder cannot be written)

    def get_key(self, key: str, default=None):
        return self._q.value(key, default)

    def set_key(self, key: str, value) -> None:
        self._q.setValue(key, value)


def recent_databases(settings: UiSettings) -> list[str]:
    """The databases opened lately, newest first: files' paths and servers' URLs (never a password)."""
    return [line for line in settings.get(RECENT_DATABASES).split("\n") if line]


def remember_database(settings: UiSettings, where: str) -> None:
    """``where`` (a file's absolute path or a server's URL) first in the recent list, once."""
    kept = [where, *(other for other in recent_databases(settings) if other != where)][:RECENT_KEPT]
    settings.set(RECENT_DATABASES, "\n".join(kept))
    settings.sync()


def forget_recent_databases(settings: UiSettings) -> None:
    settings.set(RECENT_DATABASES, "")
    settings.sync()
