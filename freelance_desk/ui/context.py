"""What every page and dialog shares: the clock, the undo stack, change notices, navigation."""

from __future__ import annotations

import time
import weakref
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimeZone, Signal
from PySide6.QtGui import QUndoStack

from freelance_desk.core.checks import utc_now
from freelance_desk.core.errors import DomainError
from freelance_desk.db.target import is_server
from freelance_desk.settings import UiSettings

if TYPE_CHECKING:
    from freelance_desk.services.milestones.client_day import Today

# Topics for ``AppContext.data_changed``: pages refresh when a topic they show changes.
CLIENTS = "clients"
CONTRACTS = "contracts"
MILESTONES = "milestones"
TIME = "time"
PAYMENTS = "payments"
INVOICES = "invoices"
PROPOSALS = "proposals"
SETTINGS = "settings"
EVERYTHING = "*"  # every page and the timer bar read what they show again

ZONE_RECHECK_S = 60
_zone_read: list = [None, 0.0]  # the system zone's name and when it was read (monotonic)


class AppContext(QObject):
    """Shared state for the widgets of one open database."""

    data_changed = Signal(str)  # a topic above
    navigate_requested = Signal(str, dict)  # page name, target (e.g. {"contract_id": 3})
    status_message = Signal(str)

    # Every context not yet closed (weakly): the launcher and the tests close what is left.
    open_contexts: weakref.WeakSet = weakref.WeakSet()

    def __init__(self, db_path: str, ui_settings: UiSettings, is_demo: bool = False, clock=None, parent=None):
        super().__init__(parent)
        self.db_path = db_path  # a file's path, or a PostgreSQL server's URL
        self.on_server = is_server(db_path)
        self.ui_settings = ui_settings
        self.is_demo = is_demo
        self.undo_stack = QUndoStack(self)
        self._clock = clock or utc_now
        self.changed_since_backup = False  # a change was notified since the last backup (one on quit then)
        AppContext.open_contexts.add(self)

    def close(self) -> None:
        """The context is done with (its window replaced, or the app quitting): its undo history goes now.

        The undo commands refer back to the pages, and so to this context: left to Python's garbage
        collector, the cycle can free a command's Python half before the stack deletes the command
        (PySide6 then crashes in ``QUndoStack::clear``). Cleared here, the commands go while Python
        still holds them. Safe to call twice.
        """
        self.undo_stack.clear()
        AppContext.open_contexts.discard(self)

    @classmethod
    def close_all(cls) -> None:
        for ctx in list(cls.open_contexts):
            ctx.close()

    # --- time -----------------------------------------------------------
    def now(self) -> datetime:
        """The current instant, aware, UTC (tests replace the clock)."""
        return self._clock()

    def today(self) -> date:
        """Today in the user's local zone."""
        return self.now().astimezone().date()

    def today_everywhere(self) -> Today:
        """This instant as each client's calendar has it: due dates are the client's days."""
        from freelance_desk.services.milestones.client_day import Today  # (peewee: not before the first frame)

        now = self.now()
        return Today(mine=now.astimezone().date(), instant=now)

    @staticmethod
    def local_zone() -> str:
        """The IANA name of the system's time zone (e.g. "Asia/Jakarta").

        Asked of the system at most once a minute: the lookup costs milliseconds and pages ask
        every second, while the zone changes only when the user travels.
        """
        name, read_at = _zone_read
        if name is None or time.monotonic() - read_at > ZONE_RECHECK_S:
            name = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
            _zone_read[:] = [name, time.monotonic()]
        return name

    # --- notices --------------------------------------------------------
    def notify(self, *topics: str) -> None:
        self.changed_since_backup = True
        for topic in topics:
            self.data_changed.emit(topic)

    def changed_elsewhere(self) -> None:
        """Another computer wrote to the server database: every page shows it again (this computer's own
        backup is not made due by it: the other computer backs up its changes)."""
        self.data_changed.emit(EVERYTHING)

    def navigate(self, page: str, **target) -> None:
        self.navigate_requested.emit(page, target)

    def show_status(self, text: str) -> None:
        self.status_message.emit(text)

    @staticmethod
    def error_text(error: DomainError) -> str:
        """A domain error's message, translated, parameters filled in."""
        return error.text(lambda t: QCoreApplication.translate("services", t))
