"""How long the computer has had no keyboard or mouse input, from each platform's own facility.

One small interface (:class:`IdleSource`: a name for Settings and ``idle_seconds()``) with a source
per platform, chosen by :func:`find_source` from the running Qt platform:

- X11 (``xcb``): the MIT-SCREEN-SAVER extension (``XScreenSaverQueryInfo`` in libXss), read
  through ctypes;
- Wayland: GNOME's ``org.gnome.Mutter.IdleMonitor`` on the session bus (``GetIdletime``, in
  milliseconds); other Wayland desktops give a window no idle time;
- Windows: ``GetLastInputInfo`` (user32) against ``GetTickCount``;
- macOS: ``CGEventSourceSecondsSinceLastEventType`` (the HID system state).

Where none answers, :func:`find_source` gives None and Settings says so instead of pretending.
Tests put their own source in place of these.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from typing import Protocol

from freelance_desk.core.i18n import QT_TRANSLATE_NOOP


class IdleSource(Protocol):
    name: str  # marked for translation (context IdleSource): shown in Settings

    def idle_seconds(self) -> float | None:
        """Seconds since the last input; None when the source cannot tell right now."""


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [("window", ctypes.c_ulong), ("state", ctypes.c_int), ("kind", ctypes.c_int),
                ("til_or_since", ctypes.c_ulong), ("idle", ctypes.c_ulong), ("event_mask", ctypes.c_ulong)]


class X11Idle:
    name = QT_TRANSLATE_NOOP("IdleSource", "the X11 screen saver extension")

    def __init__(self):
        x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        xss = ctypes.CDLL(ctypes.util.find_library("Xss") or "libXss.so.1")
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        xss.XScreenSaverQueryExtension.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int),
                                                   ctypes.POINTER(ctypes.c_int)]
        xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
        xss.XScreenSaverQueryInfo.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_XScreenSaverInfo)]
        self._display = x11.XOpenDisplay(None)
        if not self._display:
            raise OSError("no X display")
        event, error = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(self._display, ctypes.byref(event), ctypes.byref(error)):
            raise OSError("no screen saver extension")
        self._xss, self._root, self._info = xss, x11.XDefaultRootWindow(self._display), xss.XScreenSaverAllocInfo()

    def idle_seconds(self) -> float | None:
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return None
        return self._info.contents.idle / 1000


class GnomeIdle:
    name = QT_TRANSLATE_NOOP("IdleSource", "the GNOME session's idle monitor")

    def __init__(self):
        from PySide6.QtDBus import QDBusConnection, QDBusInterface

        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            raise OSError("no session bus")
        self._interface = QDBusInterface("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core",
                                         "org.gnome.Mutter.IdleMonitor", bus)
        if not self._interface.isValid() or self.idle_seconds() is None:
            raise OSError("no idle monitor on the session bus")

    def idle_seconds(self) -> float | None:
        from PySide6.QtDBus import QDBusMessage

        reply = self._interface.call("GetIdletime")
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return None
        return int(reply.arguments()[0]) / 1000  # milliseconds


class _LastInputInfo(ctypes.Structure):
    _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint)]


class WindowsIdle:
    name = QT_TRANSLATE_NOOP("IdleSource", "Windows (GetLastInputInfo)")

    def __init__(self):
        self._user32, self._kernel32 = ctypes.windll.user32, ctypes.windll.kernel32  # type: ignore[attr-defined]
        self._kernel32.GetTickCount.restype = ctypes.c_uint

    def idle_seconds(self) -> float | None:
        info = _LastInputInfo(ctypes.sizeof(_LastInputInfo), 0)
        if not self._user32.GetLastInputInfo(ctypes.byref(info)):
            return None
        return ((self._kernel32.GetTickCount() - info.dwTime) & 0xFFFFFFFF) / 1000


class MacIdle:
    name = QT_TRANSLATE_NOOP("IdleSource", "macOS (the HID idle time)")

    def __init__(self):
        services = ctypes.CDLL("/System/Library/Frameworks/ApplicationServices.framework/ApplicationServices")
        self._since = services.CGEventSourceSecondsSinceLastEventType
        self._since.restype = ctypes.c_double
        self._since.argtypes = [ctypes.c_int32, ctypes.c_uint32]

    def idle_seconds(self) -> float | None:
        return float(self._since(1, 0xFFFFFFFF))  # kCGEventSourceStateHIDSystemState, kCGAnyInputEventType


def _candidates(platform: str) -> list[type]:
    if platform == "xcb":
        return [X11Idle]
    if platform.startswith("wayland"):
        return [GnomeIdle]
    if platform == "windows":
        return [WindowsIdle]
    if platform == "cocoa":
        return [MacIdle]
    return []  # offscreen, minimal, vnc…: no desktop to ask


def find_source(platform: str) -> IdleSource | None:
    """The first source that answers on the Qt ``platform`` (QGuiApplication.platformName()), or None."""
    for cls in _candidates(platform):
        try:
            return cls()
        except (OSError, AttributeError, ImportError):
            continue
    return None
