"""The arrows between the layers (ARCHITECTURE.md): each layer imports only what lies below it."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "freelance_desk"

# layer -> the top-level names it must never import
FORBIDDEN = {
    "core": ("peewee", "playhouse", "PySide6", "matplotlib", "freelance_desk.db", "freelance_desk.services",
             "freelance_desk.ui", "freelance_desk.charts"),
    "db": ("PySide6", "matplotlib", "freelance_desk.services", "freelance_desk.ui", "freelance_desk.charts"),
    "services": ("PySide6", "matplotlib", "freelance_desk.ui", "freelance_desk.charts"),
    "charts": ("freelance_desk.ui", "freelance_desk.db", "freelance_desk.services"),
}


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found.extend((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)
    return found


def _violations(layer: str) -> list[str]:
    bad = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for line, module in imported_modules(path):
            for banned in FORBIDDEN[layer]:
                if module == banned or module.startswith(banned + "."):
                    bad.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}")
    return bad


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_nothing_above_it(layer):
    assert (PACKAGE / layer).is_dir()
    assert _violations(layer) == []


def test_the_check_sees_an_upward_import(tmp_path, monkeypatch):
    """The check itself: a db module importing a service is reported."""
    fake = tmp_path / "freelance_desk"
    (fake / "db").mkdir(parents=True)
    (fake / "db" / "bad.py").write_text("from freelance_desk.services.clients import commands\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert _violations("db") == ["freelance_desk/db/bad.py:1 imports freelance_desk.services.clients",
                                 "freelance_desk/db/bad.py:1 imports freelance_desk.services.clients.commands"]
