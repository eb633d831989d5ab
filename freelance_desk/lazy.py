"""Modules imported on first use, so that the window's first frame does not wait for the data layer.

``tq = lazy_module("freelance_desk.services.time.queries")`` binds a module object now and runs the
module (with peewee and the models behind it) when an attribute is first read: the timer bar, the
close guard and the context are built before the database is opened (``Launcher.open``), and read
from it only after. A module already imported is simply returned. First use is on the GUI thread
(the window's first fill), before any worker thread starts: Python 3.11's lazy loader is not
guarded against two threads loading at once.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


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
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)
    return module
