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
from datetime import UTC, datetime
from pathlib import Path

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services.io.sources import json_array
from freelance_desk.services.io.sources.base import (
    TIME,
    Format,
    Parsed,
    ReadOptions,
    Sample,
    clean_note,
)
from freelance_desk.services.io.sources.instants import InstantRows

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
    reader = _Reader(parsed)
    if json_array.read_records(path, options, parsed, reader.reader_for, _NOT_WATSON):
        if reader.frames:
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


class _Reader(InstantRows):
    """The frames read so far: the entries, the ids seen, and what is worth a note."""

    NOT_A_ROW = _NOT_FRAME
    BACKWARDS = QT_TRANSLATE_NOOP("services", "This frame stops before it starts.")
    TWICE = QT_TRANSLATE_NOOP("services", "This frame's id {id} is also the id of the frame on line {line}; "
                                          "the file is damaged.")
    KEY = "id"
    RUNNING = QT_TRANSLATE_NOOP("services", "The frame running in Watson ({project}, since {start} UTC) is left out: "
                                            "it has not stopped. Stop it and export again to bring it in.")
    EMPTY = QT_TRANSLATE_NOOP("services", "Frames of no length (stopped the second they started) are left out: {count}.")

    def __init__(self, parsed: Parsed):
        super().__init__(parsed)
        self.projects: dict[str, str] = {}
        self.frames = False  # the frames file (its first record a list), not watson log's output

    def reader_for(self, first):
        self.frames = isinstance(first, list)
        return self.frame if self.frames else self.logged

    def frame(self, line: int, record) -> None:
        if type(record) is not list or not 5 <= len(record) <= 6:
            raise DomainError(_NOT_FRAME)
        start, stop, project, key, tags = record[0], record[1], record[2], record[3], record[4]
        if type(start) is not int or type(stop) is not int:  # Watson writes whole seconds; a float is read too
            if type(start) not in _NUMBER or type(project) is not str:
                raise DomainError(_NOT_FRAME)
            if stop is None:  # not written by Watson 2 (its running frame is in ``state``), but plain enough
                self.running = [_running(project, _instant(start))]
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
            self.running = [_running(project, datetime.fromtimestamp(begins, UTC))]
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
        if kept is None:
            if tags is None:
                kept = ()
            elif type(tags) is not list:
                raise DomainError(_NOT_TAGS)
            else:
                kept = self.new_tags(tuple(tags), _NOT_TAGS)
        self.keep(line, key, start, stop - start, title, kept)

    def running_in_state(self, state: Path) -> None:
        """Watson's ``state`` file beside ``frames``: the frame running now, if any."""
        try:
            with open(state, "rb") as stream:
                current = json.loads(stream.read(_STATE_BYTES))
            project, start = current["project"], current["start"]
            if type(project) is str and type(start) in _NUMBER:
                self.running = [_running(project, _instant(start))]
        except (OSError, ValueError, KeyError, TypeError, DomainError):
            pass  # no state file, or nothing running ({}), or not ours to judge


_NOT_TAGS = QT_TRANSLATE_NOOP("services", "This frame's tags are not a list of words.")


def _running(project: str, since: datetime) -> dict[str, str]:
    """The running frame (only the last one named is told), as the note's parameters."""
    return {"project": project, "start": since.strftime("%Y-%m-%d %H:%M")}


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
