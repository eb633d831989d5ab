"""Undo commands for clients: archived, unarchived, deleted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from freelance_desk.services.clients import clients
from freelance_desk.ui.undo.base import DeleteCommand, WriteCommand


class ArchiveClient(WriteCommand):
    """A client was archived: undo unarchives it, redo archives it again (as of ``now()`` then)."""

    def __init__(self, text: str, client_id: int, now: Callable[[], datetime], after: Callable[[], None]):
        super().__init__(text, after)
        self.client_id, self.now = client_id, now

    def revert(self) -> None:
        clients.unarchive_client(self.client_id)

    def repeat(self) -> None:
        clients.archive_client(self.client_id, self.now())


class UnarchiveClient(WriteCommand):
    """A client was unarchived: undo archives it again (as of ``now()`` then), redo unarchives it."""

    def __init__(self, text: str, client_id: int, now: Callable[[], datetime], after: Callable[[], None]):
        super().__init__(text, after)
        self.client_id, self.now = client_id, now

    def revert(self) -> None:
        clients.archive_client(self.client_id, self.now())

    def repeat(self) -> None:
        clients.unarchive_client(self.client_id)


class DeleteClient(DeleteCommand):
    """A client with no history was deleted: undo puts it back, redo deletes it."""

    delete = staticmethod(clients.delete_client)
    restore = staticmethod(clients.restore_client)
