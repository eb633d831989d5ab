"""Every format the import reads, and which one a file is."""

from __future__ import annotations

import importlib
from pathlib import Path

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services.io.sources.base import Format, Sample

# One module of this package a format, in the order detection tries them (the surest score wins).
MODULES = (
    "own_json",
    "own_csv",
    "upwork",
    "harvest",
    "kimai",
    "watson",
    "timewarrior",
    "toggl",
    "clockify",
)


def formats() -> tuple[Format, ...]:
    """Each module's ``FORMAT``, or its ``FORMATS`` when it reads several layouts of one tool."""
    found: list[Format] = []
    for name in MODULES:
        module = importlib.import_module(f"{__package__}.{name}")
        found += getattr(module, "FORMATS", None) or (module.FORMAT,)
    return tuple(found)


def by_name(name: str) -> Format:
    for candidate in formats():
        if candidate.name == name:
            return candidate
    raise DomainError(
        QT_TRANSLATE_NOOP("services", "No format is called “{name}”; the formats are {names}."),
        name=name, names=", ".join(f.name for f in formats()),
    )


def detect(path: Path) -> Format:
    """The format ``path`` is in, by its first lines (a folder: by its file names)."""
    try:
        sample = Sample.of(path)
    except OSError as error:
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "Could not read {path}: {reason}"), path=str(path), reason=error.strerror
        ) from None
    scored = sorted(((f.detect(sample), n, f) for n, f in enumerate(formats())), key=lambda s: (-s[0], s[1]))
    if not scored or scored[0][0] <= 0:
        raise DomainError(QT_TRANSLATE_NOOP(
            "services", "This file is not an export this app knows (Toggl, Clockify, Harvest, Kimai, Watson, "
                        "Timewarrior, Upwork, or this app's own CSV or JSON); choose its format by hand."))
    return scored[0][2]
