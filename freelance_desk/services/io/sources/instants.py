"""Rows of UTC instants (Watson's frames, Timewarrior's intervals), checked alike as they are read.

Each tool's reader reads its own layout and hands every ended row to :meth:`InstantRows.keep`: a row
of no length is left out and counted, one ending before it starts is refused, a key seen before
(Watson's frame id, Timewarrior's start) is refused naming the line that had it first, and the row's
day is its start's date in UTC (the import recomputes it in the zone chosen). A row still running is
left out; :meth:`InstantRows.tell` notes it, and the rows of no length. Each tool words these its own
way (a frame, an interval): the texts are the subclass's.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime

from freelance_desk.core.errors import DomainError
from freelance_desk.services.io.sources.base import Parsed, clean_note


class InstantRows:
    """The rows read so far: the entries, the keys and days seen, each tag list kept once, what is worth a note."""

    NOT_A_ROW = ""  # a record that is not the tool's row (an instant no date can hold)
    BACKWARDS = ""  # a row that ends before it starts
    TWICE = ""  # a key seen before: {line} the line that had it, the key as the parameter KEY
    KEY = ""
    RUNNING = ""  # a row still running: the parameters each of ``running`` holds
    EMPTY = ""  # rows of no length: {count}

    def __init__(self, parsed: Parsed):
        self.parsed = parsed
        self.append = parsed.entries.append_instant
        # The keys met: none kept while they come in increasing order (Timewarrior's starts), as a set once
        # they do not (Watson's ids); the line of the first holder of a key is looked up in the table.
        self._last: str | None = None
        self._keys: set[str] | None = None
        self.days: dict[int, date] = {}
        self.tag_sets: dict[tuple, tuple[str, ...]] = {}
        self.running: list[dict[str, str]] = []  # RUNNING's parameters, one a row left out
        self.empty = 0
        self._day = self.days.get  # bound once: keep runs for every row

    def keep(self, line: int, key: str, start: int, seconds: int, project: str, tags: tuple[str, ...],
             note: str = "") -> None:
        """An ended row (``start`` in UTC seconds) as an entry, or left out (no length), or refused."""
        if seconds <= 0:
            if seconds == 0:
                self.empty += 1
                return
            raise DomainError(self.BACKWARDS)
        first = self._first(key, line)
        if first != line:
            raise DomainError(self.TWICE, line=first, **{self.KEY: key})
        day = self._day(start // 86400)
        if day is None:  # a new day: its date (and whether the instant is one at all)
            try:
                day = self.days[start // 86400] = datetime.fromtimestamp(start, UTC).date()
            except (OverflowError, OSError, ValueError):
                raise DomainError(self.NOT_A_ROW) from None
        self.append(line, key, day, start, seconds, project, tags, note)

    def _first(self, key: str, line: int) -> int:
        """The line of the first row with ``key`` (``line`` when it is new)."""
        if self._keys is None:
            if self._last is None or key > self._last:
                self._last = key
                return line
            self._keys = set(self.parsed.entries.key)  # out of order: every key kept so far
        if key in self._keys:
            table = self.parsed.entries
            return table.line[table.key.index(key)]
        self._keys.add(key)
        return line

    def new_tags(self, tags: tuple, error: str) -> tuple[str, ...]:
        """A tag list not met before, checked (words only, else ``error``) and kept, each tag cleaned and interned.

        A tuple of words equals only a tuple of the same words: each list is checked once."""
        if not all(type(tag) is str for tag in tags):
            raise DomainError(error)
        kept = self.tag_sets[tags] = tuple(sys.intern(clean_note(tag)) for tag in tags)
        return kept

    def tell(self) -> None:
        notes = self.parsed.notes
        for params in self.running:
            notes.append(DomainError(self.RUNNING, **params))
        if self.empty:
            notes.append(DomainError(self.EMPTY, count=self.empty))
