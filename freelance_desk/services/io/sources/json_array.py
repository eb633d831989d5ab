"""A JSON export whose top level is one array (Watson, Timewarrior), read whole with the line each record starts on.

The file is read at most ``MAX_BYTES`` (a bigger one is refused before it is read), decoded as
UTF-8 (a byte that is not: its line named) and parsed one element at a time with the standard
library's own scanner, so each record comes with the line its opening bracket is on, as a
text editor numbers them. A file written on one line (no line breaks between its records)
gives each record's position in the array instead (1, 2, …). A syntax error is told with its
line and column; the records before it are not used (the file is refused).
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from json.decoder import JSONDecoder
from pathlib import Path
from typing import TYPE_CHECKING

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services.io.lines import Cancelled, LineProblem, Progress

if TYPE_CHECKING:
    from freelance_desk.services.io.sources.base import Parsed, ReadOptions

MAX_BYTES = 200 * 1024 * 1024  # ~1.5 million Watson frames; far more than a working life of them
REPORT_EVERY = 4096  # records between two progress calls
# A pretty-printed file up to this size is parsed whole (twice as fast); a bigger one a record at a time, so
# its records never all exist at once (200,000 of Timewarrior's: 178 MB more memory, against 90).
WHOLE_BELOW = 8 * 1024 * 1024

_space = re.compile(r"[ \t\n\r]*").match
_scan = JSONDecoder().scan_once  # the C scanner: one value from a position, (value, end)


class NotAnArray(Exception):
    """The file is JSON but its top level is not a list (the caller says what it expected)."""


class NotJSON(Exception):
    """The file is not JSON (cut short, edited by hand): :func:`syntax_problem` says where."""


def read_text(path: Path, problems: list[LineProblem]) -> str | None:
    """The file's text, or None with the reason in ``problems`` (too big, not UTF-8, unreadable)."""
    try:
        with open(path, "rb") as stream:
            size = _size(stream)
            if size > MAX_BYTES:
                problems.append(LineProblem(1, DomainError(
                    QT_TRANSLATE_NOOP("services", "The file is {size} MB; a JSON export over {limit} MB is not read. "
                                                  "Export a shorter period at a time."),
                    size=size // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024))))
                return None
            raw = stream.read(MAX_BYTES + 1)
    except OSError as error:
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "Could not read {path}: {reason}"), path=str(path), reason=error.strerror
        ) from None
    if len(raw) > MAX_BYTES:  # grew while read
        problems.append(LineProblem(1, DomainError(
            QT_TRANSLATE_NOOP("services", "The file is {size} MB; a JSON export over {limit} MB is not read. "
                                          "Export a shorter period at a time."),
            size=len(raw) // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024))))
        return None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        problems.append(LineProblem(1, DomainError(QT_TRANSLATE_NOOP(
            "services", "The file is UTF-16 text, not UTF-8; export it again, or save it as UTF-8."))))
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line_start = raw.rfind(b"\n", 0, error.start) + 1
        problems.append(LineProblem(raw.count(b"\n", 0, error.start) + 1, DomainError(
            QT_TRANSLATE_NOOP("services", "This line is not UTF-8 text (byte {byte} of the line is 0x{value}); "
                                          "export the file again, or save it as UTF-8."),
            byte=error.start - line_start + 1, value=f"{raw[error.start]:02X}")))
        return None


def _size(stream) -> int:
    import os

    try:
        return os.fstat(stream.fileno()).st_size
    except OSError:
        return 0


def syntax_problem(text: str) -> LineProblem:
    """Where and why ``text`` is not JSON, as Python's own parser says it (its reason is in English)."""
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        return LineProblem(error.lineno, DomainError(
            QT_TRANSLATE_NOOP("services", "The file is not valid JSON here (character {column} of the line: "
                                          "{reason}); was it cut short or edited by hand?"),
            column=error.colno, reason=error.msg))
    except RecursionError:
        pass
    return LineProblem(1, DomainError(QT_TRANSLATE_NOOP("services", "The file is not valid JSON.")))


def read_records(
    path: Path,
    options: ReadOptions,
    parsed: Parsed,
    reader_for: Callable[[object], Callable[[int, object], None]],
    not_an_array: str,
) -> bool:
    """Each record of the file's top-level array read by ``reader_for(its first record)``, with its line; a
    DomainError the reader raises is that line's problem.

    False when the file could not be read as an array, with the reason in ``parsed.problems``: too big or not
    UTF-8 (:func:`read_text`), not JSON (where, and the records read before it dropped: the file is broken),
    JSON but no array (``not_an_array``, the message naming what the tool writes).
    """
    problems = parsed.problems
    text = read_text(path, problems)
    if text is None:
        return False
    read = None
    try:
        for line, record in records(text, options.progress, options.cancelled):
            if read is None:
                read = reader_for(record)
            try:
                read(line, record)
            except DomainError as error:
                problems.append(LineProblem(line, error))
    except NotAnArray:
        problems.append(LineProblem(1, DomainError(not_an_array)))
        return False
    except NotJSON:
        parsed.entries = []
        problems[:] = [syntax_problem(text)]
        return False
    return True


def records(
    text: str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[tuple[int, object]]:
    """Each element of the top-level array with its line (its position when the file is one line).

    Raises :class:`NotAnArray` when the top level is JSON but no array, and :class:`NotJSON` on a
    syntax error (the caller tells it with :func:`syntax_problem`). The garbage collector is
    paused while the records are built (it would walk the growing heap of lists and dicts over
    and over; the time of a big file triples).
    """
    pos = _space(text, 0).end()
    if pos == len(text):
        raise NotJSON
    if text[pos] != "[":
        try:
            json.loads(text)
        except (ValueError, RecursionError):
            raise NotJSON from None
        raise NotAnArray
    pos = _space(text, pos + 1).end()
    if text.startswith("]", pos):
        _end_of_file(text, pos + 1)
        return
    if text[pos] in "[{":
        line_start = text.rfind("\n", 0, pos) + 1
        indent = text[line_start:pos]
        if line_start and not indent.strip(" \t") and len(text) <= WHOLE_BELOW:  # the first record opens a line
            yield from _pretty(text, "\n" + indent + text[pos], progress, cancelled)
            return
    yield from _scanned(text, pos, progress, cancelled)


def _pretty(text: str, opener: str, progress, cancelled) -> Iterator[tuple[int, object]]:
    """A file a pretty-printer wrote (``json.dump(indent=…)``, ``timew export``: a record a line), parsed whole.

    Each record opens a line at the first one's indent (``opener``: a line break, that indent and
    the bracket); what they hold is indented deeper or follows on its lines. When the openers are
    exactly as many as the records, the n-th opener is the n-th record (a JSON text has no line
    break but between its tokens), and the records are told by line without being scanned one by
    one (twice as fast for objects: their keys are made once). Otherwise the records are scanned.
    """
    with _paused_gc():
        try:
            values = json.loads(text)
        except (ValueError, RecursionError):
            raise NotJSON from None
        if text.count(opener) == len(values):
            total, find, count_lines = len(text), text.find, text.count
            line, last, at = 1, 0, 0
            for count, value in enumerate(values, 1):
                at = find(opener, at) + 1
                line += count_lines("\n", last, at)
                last = at
                values[count - 1] = None  # read once: its memory goes back as the next is read
                yield line, value
                del value
                if not count % REPORT_EVERY:
                    _tick(cancelled, progress, at, total)
            return
    del values
    first = _space(text, _space(text, 0).end() + 1).end()
    yield from _scanned(text, first, progress, cancelled)


def _scanned(text: str, pos: int, progress, cancelled) -> Iterator[tuple[int, object]]:
    """The records scanned one by one from the first (at ``pos``), each with its line (or its position:
    a file of one line)."""
    total = len(text)
    by_position = text.find("\n", 0, len(text.rstrip())) == -1
    line, last, count = 1, 0, 0
    with _paused_gc():
        while True:
            try:
                value, end = _scan(text, pos)
            except (StopIteration, RecursionError):
                raise NotJSON from None
            count += 1
            if by_position:
                line = count
            else:
                line += text.count("\n", last, pos)
                last = pos
            yield line, value
            if not count % REPORT_EVERY:
                _tick(cancelled, progress, end, total)
            pos = _space(text, end).end()
            if text.startswith(",", pos):
                pos = _space(text, pos + 1).end()
                continue
            if text.startswith("]", pos):
                _end_of_file(text, pos + 1)
                return
            raise NotJSON


def _tick(cancelled, progress, done: int, total: int) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled
    if progress is not None:
        progress(done, total)


def _end_of_file(text: str, pos: int) -> None:
    if _space(text, pos).end() != len(text):
        raise NotJSON


@contextmanager
def _paused_gc():
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def first_element(text: str):
    """The first element of a top-level array at the start of ``text`` (a sample), else None."""
    pos = _space(text, 0).end()
    if not text.startswith("[", pos):
        return None
    pos = _space(text, pos + 1).end()
    try:
        return _scan(text, pos)[0]
    except (StopIteration, RecursionError, ValueError):
        return None
