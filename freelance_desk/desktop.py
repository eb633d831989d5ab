"""Putting Freelance Desk in a Linux desktop's menu: the desktop entry, its AppStream metadata, its icons.

``freelance-desk --install-desktop`` copies ``resources/freelance-desk.desktop``, the metainfo file
and the icon's PNG sizes and SVG into the user's data folder (``$XDG_DATA_HOME``, by default
``~/.local/share``): ``applications/``, ``metainfo/`` and ``icons/hicolor/<n>x<n>/apps/``, where
desktops look for them (the freedesktop.org specifications). The entry's ``Exec`` is written as the
command that ran the installer (the bundle's executable, a virtual environment's script), so the
menu starts this copy of the app. ``--uninstall-desktop`` removes those files again. No Qt here:
this runs before, and without, the window.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from freelance_desk import APP_ID
from freelance_desk.paths import resource

DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = "io.github.freelancedesk.FreelanceDesk.metainfo.xml"
ICON_NAME = APP_ID  # the entry's Icon=, the PNGs' and the SVG's name in the icon theme


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or not absolute (the spec's rule)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local" / "share"


def launch_command() -> str:
    """The command that starts this copy of the app, as a desktop entry's Exec value."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle
        parts = [sys.executable]
    else:
        script = Path(sys.executable).with_name(APP_ID)  # the console script beside this Python
        parts = [str(script)] if script.exists() else [sys.executable, "-m", "freelance_desk"]
    return " ".join(exec_argument(part) for part in parts)


RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")  # an Exec argument holding one of these is quoted


def exec_argument(text: str) -> str:
    """One argument of an Exec value, quoted and escaped as the Desktop Entry spec says."""
    text = text.replace("%", "%%")
    if RESERVED.isdisjoint(text):
        return text
    for char in ("\\", '"', "`", "$"):
        text = text.replace(char, "\\" + char)
    return '"' + text.replace("\\", "\\\\") + '"'  # and a string value's own escaping of backslashes


def desktop_entry(exec_command: str) -> str:
    """The shipped desktop entry with ``Exec=`` set to ``exec_command``."""
    lines = resource(DESKTOP_FILE).read_text(encoding="utf-8").splitlines()
    return "\n".join(f"Exec={exec_command}" if line.startswith("Exec=") else line for line in lines) + "\n"


def icon_files() -> list[tuple[Path, str]]:
    """(shipped file, its place under icons/hicolor/) for every icon size and the scalable SVG."""
    hicolor = resource("icons", "hicolor")
    pairs = [(png, png.relative_to(hicolor).as_posix()) for png in sorted(hicolor.glob(f"*/apps/{ICON_NAME}.png"))]
    pairs.append((resource("icons", f"{ICON_NAME}.svg"), f"scalable/apps/{ICON_NAME}.svg"))
    return pairs


def targets(home: Path) -> list[Path]:
    """Every file the installer writes under ``home``."""
    return [home / "applications" / DESKTOP_FILE, home / "metainfo" / METAINFO_FILE] + [
        home / "icons" / "hicolor" / place for _, place in icon_files()
    ]


def install(home: Path | None = None, exec_command: str | None = None) -> list[Path]:
    """Write the desktop entry, the metainfo and the icons under ``home``; returns the files written."""
    home = home or data_home()
    written = []
    entry = home / "applications" / DESKTOP_FILE
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(desktop_entry(exec_command or launch_command()), encoding="utf-8")
    written.append(entry)
    sources = [(resource(METAINFO_FILE), home / "metainfo" / METAINFO_FILE)]
    sources += [(source, home / "icons" / "hicolor" / place) for source, place in icon_files()]
    for source, target in sources:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        written.append(target)
    refresh_caches(home)
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what :func:`install` wrote under ``home``; returns the files removed."""
    removed = []
    for target in targets(home or data_home()):
        if target.exists():
            target.unlink()
            removed.append(target)
    refresh_caches(home or data_home())
    return removed


def refresh_caches(home: Path) -> None:
    """Tell the desktop's menu and icon caches, where their tools are installed (they notice anyway, later)."""
    for command in (["update-desktop-database", "-q", str(home / "applications")],
                    ["gtk-update-icon-cache", "-q", "-t", "-f", str(home / "icons" / "hicolor")]):
        if shutil.which(command[0]) and Path(command[-1]).is_dir():
            subprocess.run(command, check=False, capture_output=True, timeout=30)


def main(uninstalling: bool = False) -> int:
    """The command line's --install-desktop / --uninstall-desktop: do it and say what was done."""
    if sys.platform in ("win32", "darwin"):
        print("--install-desktop is for Linux desktops (freedesktop.org menus).", file=sys.stderr)
        return 2
    try:
        files = uninstall() if uninstalling else install()
    except OSError as error:
        print(f"could not {'remove' if uninstalling else 'install'} the desktop files: {error}", file=sys.stderr)
        return 1
    verb = "removed" if uninstalling else "installed"
    for path in files:
        print(f"{verb} {shlex.quote(str(path))}")
    if not uninstalling:
        print(f"Freelance Desk is in your desktop's menu (Office); it starts: {launch_command()}")
    return 0
