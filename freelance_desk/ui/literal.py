"""User text shown literally wherever Qt would read it as markup.

Qt guesses: a tooltip, a QLabel or a message box whose text looks like HTML
("<b>x</b>", "<img src=x>") is drawn as rich text; an ``&`` in a menu item's or a
button's text marks its shortcut letter; ``[*]`` in a window title is the
"modified" mark. A name or a note goes through one of these before it gets there.
"""

from __future__ import annotations

_WORD_JOINER = "\u2060"  # invisible, and keeps "<b>" from being read as a tag


def plain_tooltip(text: str) -> str:
    """A tooltip that shows user text literally (Qt would render "<b>x</b>" as bold)."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # (html.escape, not imported
    return "<qt>" + escaped.replace("\n", "<br>") + "</qt>"  # at startup for three replacements)


def inert(text: str) -> str:
    """Text that reads the same shown as plain text or as rich text: for a place the platform draws.

    The tray's tooltip is drawn by Qt (which guesses rich text) or handed to the desktop as plain
    text, so escaping it as HTML would show the escapes there; a word joiner after ``<`` and ``&``
    keeps either from seeing a tag or an entity, and shows nothing.
    """
    return text.replace("<", "<" + _WORD_JOINER).replace("&", "&" + _WORD_JOINER)


def menu_text(text: str) -> str:
    """A menu item's or a button's text with every ``&`` shown as itself, not as a shortcut mark."""
    return text.replace("&", "&&")


def window_title(text: str) -> str:
    """A window title with ``[*]`` in user text shown as itself, not as the "modified" mark."""
    return text.replace("[*]", "[*][*]")
