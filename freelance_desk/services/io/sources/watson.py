"""Watson (the command-line tracker, ``td-watson``): its ``frames`` file, or ``watson log --all --json``.

Both are one JSON array, read by :mod:`.json_array` with the line each record starts on.

* The ``frames`` file in Watson's folder (``$WATSON_DIR``, else ``~/.config/watson``): each frame
  is ``[start, stop, project, id, tags, updated_at]``, the instants as Unix seconds (UTC), as
  Watson 2.1's ``Frame.dump`` writes them (older files may lack ``updated_at``). The running
  frame is not in it: Watson keeps it in ``state`` beside it; when that file says a frame is
  running, the preview says it was left out.
* ``watson log --all --json`` (``--all``: every frame, not the last seven days): objects with
  ``id``, ``project``, ``start``, ``stop`` (ISO 8601 with the local offset) and ``tags``. With
  ``--current`` the running frame is in it too, with the id ``current`` and the time of the export
  as its stop: it is left out with a note, since it has not ended.

Each frame becomes one entry: its start an aware UTC instant, its day the start's UTC date (the
import recomputes it in the zone chosen), its length ``stop - start`` in whole seconds, its key
Watson's frame id (the same in both files, so importing the log after the frames file adds
nothing twice), its project the contract's title and its tags kept. Refused by line: a record
that is not a frame (a field missing or of the wrong type), an instant that cannot be read, a
frame that stops before it starts, an id seen before. A frame of no length is left out with a note.
"""

from __future__ import annotations

import json
import math
import re
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services.io.sources import json_array
from freelance_desk.services.io.sources.base import (
    TIME,
    Format,
    LineProblem,
    Parsed,
    ReadOptions,
    Sample,
    clean_note,
)

NAME = "watson"
RUNNING_ID = "current"  # watson log --current: the running frame's id
_NUMBER = (int, float)
_STATE_BYTES = 64 * 1024

# --- detection ----------------------------------------------------------------------


def detect(sample: Sample) -> int:
    first = json_array.first_element(sample.text)
    if _is_frame(first):
        return 100
    if isinstance(first, dict) and {"project", "start", "stop"} <= first.keys() and isinstance(first.get("start"), str):
        return 100
    if first is None and _FRAME_START.match(sample.text):
        return 90  # the sample ends inside the first frame (a very long tag list)
    return 0


_FRAME_START = re.compile(r"\s*\[\s*\[\s*\d+(?:\.\d+)?\s*,\s*\d+(?:\.\d+)?\s*,\s*\"")


def _is_frame(value) -> bool:
    return (
        isinstance(value, list) and len(value) in (5, 6)
        and all(type(v) in _NUMBER for v in value[:2]) and isinstance(value[2], str)
    )


# --- reading ------------------------------------------------------------------------


def read(path: Path, options: ReadOptions) -> Parsed:
    parsed = Parsed(NAME)
    text = json_array.read_text(path, parsed.problems)
    if text is None:
        return parsed
    reader = _Reader(parsed)
    kind = None
    try:
        for line, record in json_array.records(text, options.progress, options.cancelled):
            if kind is None:
                kind = "frames" if isinstance(record, list) else "log"
            try:
                if kind == "frames":
                    reader.frame(line, record)
                else:
                    reader.logged(line, record)
            except DomainError as error:
                parsed.problems.append(LineProblem(line, error))
    except json_array.NotAnArray:
        parsed.problems.append(LineProblem(1, DomainError(_NOT_WATSON)))
        return parsed
    except json_array.NotJSON:  # the records read before it are not told: the file is broken
        parsed.entries = []
        parsed.problems[:] = [json_array.syntax_problem(text)]
        return parsed
    if kind == "frames":
        reader.running_in_state(path.with_name("state"))
    reader.tell()
    return parsed


_NOT_WATSON = QT_TRANSLATE_NOOP(
    "services", "This is not Watson's frames file nor the output of “watson log --json”: both are a list ([ … ]).")
_NOT_FRAME = QT_TRANSLATE_NOOP(
    "services", "This is not a Watson frame: a frame is [start, stop, project, id, tags, updated_at] with the "
                "start and stop in Unix seconds.")
_NOT_LOGGED = QT_TRANSLATE_NOOP(
    "services", "This is not a frame of “watson log --json”: it needs “id”, “project”, “start” and “stop”, "
                "the times like 2026-03-02T09:00:00+01:00.")


class _Reader:
    """The frames read so far: the entries, the ids seen, and what is worth a note."""

    def __init__(self, parsed: Parsed):
        self.parsed = parsed
        self.append = parsed.entries.append_instant
        self.seen: dict[str, int] = {}
        self.projects: dict[str, str] = {}
        self.tag_sets: dict[tuple, tuple[str, ...]] = {}
        self.days: dict[int, date] = {}
        self.empty = 0
        self.running: tuple[str, datetime] | None = None

    def frame(self, line: int, record) -> None:
        if type(record) is not list or not 5 <= len(record) <= 6:
            raise DomainError(_NOT_FRAME)
        start, stop, project, key, tags = record[0], record[1], record[2], record[3], record[4]
        if type(start) is not int or type(stop) is not int:  # Watson writes whole seconds; a float is read too
            if type(start) not in _NUMBER or type(project) is not str:
                raise DomainError(_NOT_FRAME)
            if stop is None:  # not written by Watson 2 (its running frame is in ``state``), but plain enough
                self.running = (project, _instant(start))
                return
            if type(stop) not in _NUMBER or not math.isfinite(start + stop):  # JSON's NaN and Infinity
                raise DomainError(_NOT_FRAME)
            start, stop = int(start), int(stop)  # as Watson's int_timestamp: the fraction dropped
        self.add(line, start, stop, project, key, tags)

    def logged(self, line: int, record) -> None:
        if type(record) is not dict:
            raise DomainError(_NOT_LOGGED)
        key, project, start, stop = record.get("id"), record.get("project"), record.get("start"), record.get("stop")
        if type(project) is not str or type(start) is not str or not isinstance(stop, str | None):
            raise DomainError(_NOT_LOGGED)
        begins = _iso(start)
        if key == RUNNING_ID or stop is None:
            self.running = (project, datetime.fromtimestamp(begins, UTC))
            return
        self.add(line, begins, _iso(stop), project, key, record.get("tags"))

    def add(self, line: int, start: int, stop: int, project, key, tags) -> None:
        title = self.projects.get(project)
        if title is None:
            if type(project) is not str:
                raise DomainError(_NOT_FRAME)
            title = self.projects[project] = sys.intern(clean_note(project))
        if type(key) is not str or not key:
            raise DomainError(QT_TRANSLATE_NOOP("services", "This frame has no id; Watson gives every frame one."))
        kept = _known(self.tag_sets, tags)
        if kept is None:  # a tuple of words equals only a tuple of the same words: each new one checked once
            if tags is None:
                kept = ()
            elif type(tags) is not list or not all(type(tag) is str for tag in tags):
                raise DomainError(QT_TRANSLATE_NOOP("services", "This frame's tags are not a list of words."))
            else:
                kept = self.tag_sets[tuple(tags)] = tuple(sys.intern(clean_note(tag)) for tag in tags)
        seconds = stop - start
        if seconds <= 0:
            if seconds == 0:
                self.empty += 1
                return
            raise DomainError(QT_TRANSLATE_NOOP("services", "This frame stops before it starts."))
        first = self.seen.setdefault(key, line)
        if first != line:
            raise DomainError(
                QT_TRANSLATE_NOOP("services", "This frame's id {id} is also the id of the frame on line {line}; "
                                              "the file is damaged."),
                id=key, line=first)
        day = self.days.get(start // 86400)
        if day is None:  # a new day: its date (and whether the instant is one at all)
            try:
                day = self.days[start // 86400] = datetime.fromtimestamp(start, UTC).date()
            except (OverflowError, OSError, ValueError):
                raise DomainError(_NOT_FRAME) from None
        self.append(line, key, day, start, seconds, title, kept)

    def running_in_state(self, state: Path) -> None:
        """Watson's ``state`` file beside ``frames``: the frame running now, if any."""
        try:
            with open(state, "rb") as stream:
                current = json.loads(stream.read(_STATE_BYTES))
            project, start = current["project"], current["start"]
            if type(project) is str and type(start) in _NUMBER:
                self.running = (project, _instant(start))
        except (OSError, ValueError, KeyError, TypeError, DomainError):
            pass  # no state file, or nothing running ({}), or not ours to judge

    def tell(self) -> None:
        if self.running is not None:
            project, since = self.running
            self.parsed.notes.append(DomainError(
                QT_TRANSLATE_NOOP("services", "The frame running in Watson ({project}, since {start} UTC) is left out: "
                                              "it has not stopped. Stop it and export again to bring it in."),
                project=project, start=since.strftime("%Y-%m-%d %H:%M")))
        if self.empty:
            self.parsed.notes.append(DomainError(
                QT_TRANSLATE_NOOP("services", "Frames of no length (stopped the second they started) are left out: {count}."),
                count=self.empty))


def _known(tag_sets: dict, tags):
    """The tags kept for a list of tags seen before, else None (new, or not a list of words)."""
    if type(tags) is not list:
        return None
    try:
        return tag_sets.get(tuple(tags))
    except TypeError:  # a list or an object among them: refused by the caller
        return None


def _instant(seconds) -> datetime:
    try:
        return datetime.fromtimestamp(int(seconds), UTC)
    except (OverflowError, OSError, ValueError):
        raise DomainError(_NOT_FRAME) from None


def _iso(text: str) -> int:
    """An ISO 8601 time with its UTC offset (``2026-03-02T09:00:00+01:00``) as whole Unix seconds."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "“{text}” is not a time with its UTC offset, like 2026-03-02T09:00:00+01:00."),
            text=text[:40])
    return int(moment.timestamp()) if moment.microsecond == 0 else math.floor(moment.timestamp())


FORMAT = Format(
    NAME, QT_TRANSLATE_NOOP("ImportFormats", "Watson (frames file or watson log --json)"), TIME, detect, read,
    local_times=False,
)
