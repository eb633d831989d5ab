"""Render the application icon's PNG sizes (and the Windows .ico) from resources/icons/freelance-desk.svg.

Run after changing the SVG:  .venv/bin/python scripts/render_icons.py
Writes resources/icons/hicolor/<n>x<n>/apps/freelance-desk.png for the sizes the window, the tray,
the desktop menu and the bundle use, and resources/icons/freelance-desk.ico. Needs no display.
"""

from __future__ import annotations

import os
import struct
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from freelance_desk.paths import resource
from freelance_desk.ui.icons import APP_ICON_NAME, APP_ICON_SIZES, app_icon_png, render_svg


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QPixmap needs one)
    data = resource("icons", f"{APP_ICON_NAME}.svg").read_bytes()
    for size in APP_ICON_SIZES:
        target = app_icon_png(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        # At 16 and 32 pixels a 2-unit stroke blurs into the blue: draw the glyph a little bolder there.
        svg = data.replace(b'stroke-width="2"', b'stroke-width="2.75"') if size <= SMALL else data
        if not render_svg(svg, size, size).save(str(target), "PNG"):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(target)
    ico = resource("icons", f"{APP_ICON_NAME}.ico")
    ico.write_bytes(ico_of({size: app_icon_png(size).read_bytes() for size in ICO_SIZES}))
    print(ico)
    return 0


SMALL = 32
ICO_SIZES = (16, 32, 48, 256)  # what Windows asks for (PyInstaller's icon= for the .exe)


def ico_of(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding the PNGs as they are (an ICO may carry PNG images since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(images))
        images += png
    return header + entries + images


if __name__ == "__main__":
    sys.exit(main())
