"""A JSON export whose top level is one array (Watson, Timewarrior), read whole with the line each record starts on.

The file is read at most ``MAX_BYTES`` (a bigger one is refused before it is read), decoded as
UTF-8 (a byte that is not: its line named) and parsed one element at a time with the standard
library's own scanner, so each record comes with the line its opening bracket is on, as a
text editor numbers them. A file written on one line (no line breaks between its records)
gives each record's position in the array instead (1, 2, …). A syntax error is told with its
line and column; the records before it are not used (the file is refused).
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from json.decoder import JSONDecoder
from pathlib import Path
from typing import TYPE_CHECKING

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services.io.lines import Cancelled, LineProblem, Progress
from freelance_desk.services.io.sources.base import paused_gc

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


class Streamed:
    """A file over ``WHOLE_BELOW`` bytes: :func:`records` reads it a block at a time, so its text never
    exists whole beside the records made from it (200,000 of Timewarrior's: 28 MB less at the peak)."""

    def __init__(self, path: Path, offset: int):
        self.path, self.offset = path, offset  # offset: past a byte-order mark


def read_text(path: Path, problems: list[LineProblem]) -> str | Streamed | None:
    """The file's text (or, for a big file, a :class:`Streamed` to read it by), or None with the reason in
    ``problems`` (too big, not UTF-8, unreadable). A big file's bytes are checked as they are read; a
    problem there is told by :func:`syntax_problem`, as exactly as for a small one."""
    return _read(path, problems, stream=True)


def _read(path: Path, problems: list[LineProblem], stream: bool) -> str | Streamed | None:
    try:
        with open(path, "rb") as opened:
            size = _size(opened)
            if size > MAX_BYTES:
                problems.append(LineProblem(1, DomainError(
                    QT_TRANSLATE_NOOP("services", "The file is {size} MB; a JSON export over {limit} MB is not read. "
                                                  "Export a shorter period at a time."),
                    size=size // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024))))
                return None
            if stream and size > WHOLE_BELOW:
                start = opened.read(3)
                if not start.startswith((b"\xff\xfe", b"\xfe\xff")):
                    return Streamed(path, 3 if start == b"\xef\xbb\xbf" else 0)
                opened.seek(0)
            raw = opened.read(MAX_BYTES + 1)
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


def syntax_problem(text: str | Streamed) -> LineProblem:
    """Where and why ``text`` is not JSON, as Python's own parser says it (its reason is in English). A big
    file is read whole for it (only a broken file gets here): a byte that is not UTF-8 is told by its line."""
    if isinstance(text, Streamed):
        problems: list[LineProblem] = []
        whole = _read(text.path, problems, stream=False)
        if whole is None:
            return problems[0]
        text = whole
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
    text: str | Streamed,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[tuple[int, object]]:
    """Each element of the top-level array with its line (its position when the file is one line).

    Raises :class:`NotAnArray` when the top level is JSON but no array, and :class:`NotJSON` on a
    syntax error (the caller tells it with :func:`syntax_problem`). The garbage collector is
    paused while the records are built (it would walk the growing heap of lists and dicts over
    and over; the time of a big file triples).
    """
    if isinstance(text, Streamed):
        yield from _streamed(text, progress, cancelled)
        return
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
    with paused_gc():
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
    with paused_gc():
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


_BLOCK = 1 << 20  # characters decoded and scanned at a time from a big file


class _Window:
    """A big file's text from ``pos`` on, a block at a time: ``line`` is the line ``pos`` is on."""

    def __init__(self, stream, total: int):
        self.stream, self.total = stream, total
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.text, self.pos, self.counted, self.line, self.eof = "", 0, 0, 1, False

    def more(self, at_least: int = _BLOCK) -> bool:
        """The next block added (what is behind ``pos`` let go); False at the end of the file."""
        if self.eof:
            return False
        raw = self.stream.read(max(_BLOCK, at_least))
        try:
            added = self.decoder.decode(raw, final=not raw)
        except UnicodeDecodeError:
            raise NotJSON from None  # syntax_problem reads the file whole and names the line
        self.eof = not raw
        self.line += self.text.count("\n", self.counted, self.pos)
        self.text, self.pos, self.counted = self.text[self.pos:] + added, 0, 0
        return True

    def next_token(self) -> int | None:
        """Where the next thing past blanks starts (``pos`` moved there), or None at the end of the file."""
        while True:
            self.pos = _space(self.text, self.pos).end()
            if self.pos < len(self.text):
                return self.pos
            if not self.more():
                return None

    def line_here(self) -> int:
        self.line += self.text.count("\n", self.counted, self.pos)
        self.counted = self.pos
        return self.line


def _streamed(source: Streamed, progress, cancelled) -> Iterator[tuple[int, object]]:
    """:func:`records` of a big file: each record scanned from a window of its text that moves on a block at
    a time (a record cut by the window's end is scanned again once the next block is in)."""
    with open(source.path, "rb") as stream:
        by_position = _one_line(stream, source.offset)
        stream.seek(source.offset)
        window = _Window(stream, _size(stream))
        if window.next_token() is None or window.text[window.pos] != "[":
            yield from records(_whole(source), progress, cancelled)  # no array: the whole-text path says why
            return
        window.pos += 1
        if window.next_token() is None:
            raise NotJSON
        if window.text[window.pos] == "]":
            window.pos += 1
            if window.next_token() is not None:
                raise NotJSON
            return
        count = 0
        with paused_gc():
            while True:
                try:
                    value, end = _scan(window.text, window.pos)
                    cut = end >= len(window.text) and not window.eof  # a number or name may go on
                except (StopIteration, ValueError, RecursionError):
                    cut = True
                if cut:
                    if window.more(at_least=2 * (len(window.text) - window.pos)):  # twice what is left
                        continue
                    raise NotJSON
                count += 1
                yield (count if by_position else window.line_here()), value
                if not count % REPORT_EVERY:
                    _tick(cancelled, progress, stream.tell(), window.total)
                window.pos = end
                if window.next_token() is None:
                    raise NotJSON
                if window.text[window.pos] == ",":
                    window.pos += 1
                    if window.next_token() is None:
                        raise NotJSON
                    continue
                if window.text[window.pos] == "]":
                    window.pos += 1
                    if window.next_token() is not None:
                        raise NotJSON
                    return
                raise NotJSON


def _one_line(stream, offset: int) -> bool:
    """Whether the file is written on one line (nothing but blanks after its first line break)."""
    stream.seek(offset)
    broken = False
    while True:
        raw = stream.read(_BLOCK)
        if not raw:
            return True
        if broken and raw.strip(b" \t\r\n"):
            return False
        at = raw.find(b"\n")
        if at >= 0:
            if raw[at + 1:].strip(b" \t\r\n"):
                return False
            broken = True


def _whole(source: Streamed) -> str:
    problems: list[LineProblem] = []
    text = _read(source.path, problems, stream=False)
    if text is None:
        raise NotJSON  # syntax_problem tells the byte that is not UTF-8
    return text


def _tick(cancelled, progress, done: int, total: int) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled
    if progress is not None:
        progress(done, total)


def _end_of_file(text: str, pos: int) -> None:
    if _space(text, pos).end() != len(text):
        raise NotJSON


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
