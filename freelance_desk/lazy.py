"""Modules imported on first use, so that the window's first frame does not wait for the data layer.

``tq = lazy_module("freelance_desk.services.time.queries")`` binds a module object now and runs the
module (with peewee and the models behind it) when an attribute is first read: the timer bar, the
close guard and the idle watch are built before the database is opened (``Launcher.open``), and
read from it only after. A module already imported is simply returned. Python 3.11's lazy loader is
not guarded against two threads loading at once, so ``load_pending()`` runs what is still unloaded on
the GUI thread just after the first frame (``MainWindow``), before any worker thread starts.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

_pending: list[ModuleType] = []  # bound lazily, perhaps not run yet


def lazy_module(name: str) -> ModuleType:
    """The module ``name``: loaded already, or loaded when first used."""
    module = sys.modules.get(name)
    if module is not None:
        return module
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    _pending.append(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)
    return module


def load_pending() -> None:
    """Run every module bound by ``lazy_module`` that has not been used yet (call on the GUI thread)."""
    while _pending:
        getattr(_pending.pop(), "__file__", None)  # any attribute read runs it
