"""matplotlib warmed up in the background once the window is idle, so the Income page opens quickly.

Importing matplotlib and drawing a first figure takes most of a second, nearly all of the Income
page's first open. The main window starts the warm-up a moment after its first frame (``start``).
The heavy part runs in a thread, which holds the interpreter only between Python's thread switches
(every few milliseconds), so the event loop keeps the timer ticking and typing answered; the thread
does no Qt at all: the income rules, matplotlib and the page's figure drawn once off screen
(``charts/warm.py``). What needs the GUI thread, the Qt canvas and the page's own module, comes
after it in steps of one import each, the event loop running between them. The Income page waits for
a warm-up under way (``wait``) before it uses matplotlib itself, and takes the figure (``take_figure``).

Last, ``gc.freeze()``: what is loaded by then (Qt's wrappers, matplotlib, the app's modules) lives as
long as the process, and the garbage collector no longer walks it at each full collection (one costs
some 40 ms by then, and would land in the middle of the first chart's draw).
"""

from __future__ import annotations

import gc
import importlib
import logging
import sys
import threading
import time

from PySide6.QtCore import QTimer

log = logging.getLogger(__name__)

POLL_MS = 50  # how often the GUI thread looks whether the thread is done
THREAD_STEPS = ("freelance_desk.services.money.income", "freelance_desk.services.money.receivables")
GUI_STEPS = ("freelance_desk.charts.widget", "freelance_desk.ui.pages.income")  # Qt classes: the GUI thread


class ChartWarmup:
    def __init__(self):
        self._thread: threading.Thread | None = None
        self._figure = None
        self._steps: list[str] = []
        self.seconds: float | None = None  # how long the thread took, once done

    def start(self) -> None:
        """Warm up once, unless the Income page has already brought matplotlib in."""
        if self._thread is not None or GUI_STEPS[0] in sys.modules:
            return
        self._steps = list(GUI_STEPS)
        self._thread = threading.Thread(target=self._run, name="chart-warmup", daemon=True)
        self._thread.start()
        QTimer.singleShot(POLL_MS, self._next_step)

    def _run(self) -> None:
        started = time.perf_counter()
        try:
            for name in THREAD_STEPS:
                importlib.import_module(name)
            from freelance_desk.charts.warm import warmed_figure

            self._figure = warmed_figure()
        except Exception:  # a warm-up that fails leaves the page to do it all, as it always did
            log.exception("warming the charts up failed")
        self.seconds = time.perf_counter() - started
        log.info("charts warmed up in %.0f ms", self.seconds * 1000)

    def _next_step(self) -> None:
        """On the GUI thread once the thread is done: one import per turn of the event loop."""
        if self.running():
            QTimer.singleShot(POLL_MS, self._next_step)
        elif self._steps:
            name = self._steps.pop(0)
            started = time.perf_counter()
            importlib.import_module(name)
            log.debug("warm-up step %s: %.1f ms", name, (time.perf_counter() - started) * 1000)
            QTimer.singleShot(0, self._next_step)
        else:
            gc.freeze()  # see the module's docstring

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def done(self) -> bool:
        return self._thread is not None and not self.running() and not self._steps

    def wait(self) -> None:
        """Let a warm-up under way finish its thread (it holds what the page needs next)."""
        if self._thread is not None:
            self._thread.join()

    def take_figure(self):
        """The figure drawn ahead of time, once (None when there is none)."""
        self.wait()
        figure, self._figure = self._figure, None
        return figure


charts = ChartWarmup()  # the one warm-up of the process
