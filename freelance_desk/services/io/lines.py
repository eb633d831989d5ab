"""A text file read a line at a time and checked as it is read, for every importer (no database).

A hostile file is refused by line, never read whole: not UTF-8 (the byte named), UTF-16,
control characters (NUL, escapes), a line over ``MAX_LINE_BYTES`` or more than
``MAX_LINES`` lines (reading stops there), quotes that never close. ``csv_records`` gives
a CSV file's records with the line each starts on (as a spreadsheet numbers them: the
header is line 1); ``text_lines`` the lines of any other text file. What is wrong goes
into the caller's list of problems; the caller raises :class:`ImportFailed` with them.

Progress and Cancel: both readers take ``progress(done_bytes, total_bytes)`` (called every
few thousand lines) and ``cancelled()``; when it returns true, :class:`Cancelled` is raised.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain
from os import PathLike
from typing import BinaryIO

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP

Progress = Callable[[int, int], None]
REPORT_EVERY = 4096  # lines between two progress calls


class Cancelled(Exception):
    """The user pressed Cancel: nothing was written."""


@dataclass(frozen=True)
class LineProblem:
    line: int  # as a spreadsheet numbers it: the header is line 1
    error: DomainError


class ImportFailed(DomainError):
    """Lines of the file are wrong; nothing was written. ``problems``: the first few, by line."""

    def __init__(self, problems: list[LineProblem], more: int = 0):
        self.problems = sorted(problems, key=lambda p: p.line)
        self.more = more
        super().__init__(QT_TRANSLATE_NOOP("services", "Line {line}: {problem}"))

    def text(self, translate=None) -> str:
        tr = translate or (lambda text: text)
        lines = [
            tr(QT_TRANSLATE_NOOP("services", "Line {line}: {problem}")).format(
                line=p.line, problem=p.error.text(translate)
            )
            for p in self.problems
        ]
        if self.more:
            lines.append(tr(QT_TRANSLATE_NOOP("services", "…and {count} more lines with problems.")).format(count=self.more))
        return "\n".join(lines)

    @property
    def lines(self) -> list[int]:
        return [p.line for p in self.problems]




MAX_LINE_BYTES = 64 * 1024  # a time entry's line is far shorter (a note is at most 2,000 characters)
MAX_LINES = 250_000  # more than a working life of entries; a bigger file is refused before it fills memory
_BOM = b"\xef\xbb\xbf"
_BLOCK = 1 << 18  # bytes read and checked at once (some 4,000 time entries; a few MB at most held)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # any control character but the tab
# The same bytes, for bytes.translate: each control byte (_CONTROL's) made NUL, every other byte not.
_CONTROL_BYTES = bytes(0 if _CONTROL.match(chr(byte)) else 1 for byte in range(256))


class _Unreadable(Exception):
    """The file cannot be read on past this line (not text, a line too long, too many lines)."""

    def __init__(self, line: int, error: DomainError):
        super().__init__(error.text())
        self.problem = LineProblem(line, error)


class _Lines:
    """The file's physical lines as text for the csv reader, each checked as it is read.

    A line ends with LF or CR LF (mixed is fine); the first may start with a UTF-8
    byte-order mark. A line that is not UTF-8 or holds a control character is flagged
    (its record is refused); a line too long, or one line too many, stops the reading.
    """

    def __init__(self, stream: BinaryIO):
        self._stream = stream
        self._number = 0
        self._flags: dict[int, DomainError] = {}
        self._first = self._read_first()
        self.header = self._first or ""
        # Lines after the first are read a block at a time and checked whole (decoding, control characters,
        # lengths, the count: all in C); a block with anything wrong in it is read again a line at a time, so
        # the problem is named exactly as before. ``_pending`` holds a clean block's lines, ``_slow_until`` the
        # end of a block being read again.
        self._pending: list[str] = []
        self._blocks = stream.seekable()
        self._slow_until = -1

    def _read_first(self) -> str | None:
        raw = self._stream.readline(MAX_LINE_BYTES + 1)
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ImportFailed([LineProblem(1, DomainError(QT_TRANSLATE_NOOP(
                "services", "The file is UTF-16 text, not UTF-8; save it as “CSV UTF-8” and try again.")))])
        if not raw:
            return None
        skipped = len(_BOM) if raw.startswith(_BOM) else 0
        return self._decode(raw[skipped:], skipped)

    def __iter__(self) -> Iterator[str]:
        """The lines one at a time, to the csv reader in C: ``_chunks``' lists chained."""
        return chain.from_iterable(self._chunks())

    def _chunks(self) -> Iterator[list[str]]:
        """The lines as lists: the first line alone, then each clean block's lines at once, and a line read the
        slow way (a block with something wrong in it, a stream that cannot seek) alone."""
        if self._first is not None:
            first, self._first = self._first, None
            yield [first]
        if self._number == 0 and self.header == "":
            return
        while True:
            if self._blocks and self._stream.tell() >= self._slow_until and self._read_block():
                yield self._pending
                continue
            raw = self._stream.readline(MAX_LINE_BYTES + 1)
            if not raw:
                return
            yield [self._decode(raw, 0)]

    def _read_block(self) -> bool:
        """The next block of whole lines into ``_pending`` when all of it is clean; False at the end of the
        file, or when something in the block is wrong (it is then read again line by line, up to its end)."""
        begin = self._stream.tell()
        raw = self._stream.read(_BLOCK)
        if not raw:
            return False
        if not raw.endswith(b"\n"):
            raw += self._stream.readline(MAX_LINE_BYTES + 1)  # the block's last line, whole
        # Checked as bytes, before decoding (a control character is one byte in UTF-8, never part of another
        # character): the line ends, then any control character, in C (44 MB of Clockify: 0.14 s as text).
        if b"\r" in raw:
            raw = raw.replace(b"\r\n", b"\n")
            if b"\r" in raw:
                return self._again(begin)
        if b"\x00" in raw.translate(_CONTROL_BYTES):
            return self._again(begin)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return self._again(begin)
        lines = text.split("\n")
        if lines[-1] == "":
            lines.pop()  # the block ends with its last line's break
        # A line over MAX_LINE_BYTES // 4 characters may be over MAX_LINE_BYTES bytes: read it the slow way.
        if self._number + len(lines) > MAX_LINES or max(map(len, lines), default=0) > MAX_LINE_BYTES // 4:
            return self._again(begin)
        self._number += len(lines)
        self._pending = [line + "\n" for line in lines]
        return bool(lines) or self._read_block()

    def _again(self, begin: int) -> bool:
        self._slow_until = self._stream.tell()
        self._stream.seek(begin)
        self._pending = []
        return False

    def _decode(self, raw: bytes, skipped: int) -> str:
        self._number += 1
        line = self._number
        if line > MAX_LINES:
            raise _Unreadable(line, DomainError(
                QT_TRANSLATE_NOOP("services", "The file has more than {limit} lines; import it in parts."),
                limit=MAX_LINES,
            ))
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            raise _Unreadable(line, DomainError(
                QT_TRANSLATE_NOOP("services", "This line is longer than {limit} bytes; a time entry is far shorter. "
                                              "Is this the right file?"),
                limit=MAX_LINE_BYTES,
            ))
        body = raw[:-2] if raw.endswith(b"\r\n") else raw[:-1] if raw.endswith(b"\n") else raw
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as error:
            self._flags.setdefault(line, DomainError(
                QT_TRANSLATE_NOOP("services", "This line is not UTF-8 text (byte {byte} of the line is 0x{value}); "
                                              "save the file as “CSV UTF-8” and try again."),
                byte=skipped + error.start + 1, value=f"{body[error.start]:02X}",
            ))
            text = body.decode("utf-8", "replace")
        control = _CONTROL.search(text)
        if control:
            self._flags.setdefault(line, DomainError(
                QT_TRANSLATE_NOOP("services", "Character {column} of this line is a control character (U+{code}); "
                                              "is this a text CSV file?"),
                column=control.start() + 1, code=f"{ord(control.group()):04X}",
            ))
        return text + "\n"

    def flagged(self, first: int, last: int) -> bool:
        return any(line in self._flags for line in range(first, last + 1))

    def problems_between(self, first: int, last: int) -> list[LineProblem]:
        """The problems of lines ``first``…``last`` (one record), taken out so each is told once."""
        if not self._flags:
            return []
        return [LineProblem(line, self._flags.pop(line)) for line in range(first, last + 1) if line in self._flags]


def _quote_problem(detail: str) -> DomainError:
    if "unexpected end of data" in detail:
        return DomainError(QT_TRANSLATE_NOOP(
            "services", "A quote (\") opened on this line is never closed, so the cell would run on to the end of the file."))
    if "field larger than field limit" in detail:
        return DomainError(QT_TRANSLATE_NOOP(
            "services", "A quoted cell starting on this line runs on over many lines: a closing quote (\") is probably missing."))
    return DomainError(QT_TRANSLATE_NOOP(
        "services", "The quotes (\") on this line do not pair up; a quote inside a quoted cell is written twice (\"\")."))



def _dialect(header: str, given: str | None = None):
    """``given``, else comma unless the header is clearly separated by semicolons (European Excel) or tabs."""

    class Dialect(csv.excel):
        delimiter = given or (max((",", ";", "\t"), key=header.count) if header else ",")

    return Dialect




def open_source(source: str | bytes | PathLike) -> BinaryIO:
    """A path, or the file's text itself (``str``, tests) or bytes, as a binary stream."""
    if isinstance(source, str):
        return io.BytesIO(source.encode("utf-8", "surrogatepass"))
    if isinstance(source, bytes):
        return io.BytesIO(source)
    try:
        return open(source, "rb")  # noqa: SIM115 (closed by the reader's with)
    except OSError as error:
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "Could not read {path}: {reason}"), path=str(source), reason=error.strerror
        ) from None


def _size(stream: BinaryIO) -> int:
    try:
        return os.fstat(stream.fileno()).st_size
    except (OSError, io.UnsupportedOperation, AttributeError):
        return len(stream.getbuffer()) if isinstance(stream, io.BytesIO) else 0


class _Ticker:
    """Progress every few thousand lines, and the Cancel check with it."""

    def __init__(self, stream: BinaryIO, progress: Progress | None, cancelled: Callable[[], bool] | None):
        self._stream, self._progress, self._cancelled = stream, progress, cancelled
        self._total = _size(stream) if progress else 0
        self._count = 0

    def tick(self) -> None:
        self._count += 1
        if self._count % REPORT_EVERY:
            return
        if self._cancelled is not None and self._cancelled():
            raise Cancelled
        if self._progress is not None:
            self._progress(self._stream.tell(), self._total)


def text_lines(
    source, problems: list[LineProblem], *, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
) -> Iterator[tuple[int, str]]:
    """Each line of a text file (its ending removed) with its number; a flagged line goes to ``problems``."""
    with open_source(source) as stream:
        try:
            lines = _Lines(stream)
        except _Unreadable as stop:
            raise ImportFailed([stop.problem]) from None
        ticker = _Ticker(stream, progress, cancelled)
        number, each = 0, iter(lines)
        while True:
            try:
                text = next(each)
            except StopIteration:
                return
            except _Unreadable as stop:
                problems.append(stop.problem)
                return
            number += 1
            ticker.tick()
            flagged = lines.problems_between(number, number)
            if flagged:
                problems += flagged
                continue
            yield number, text[:-1]


def csv_records(
    source,
    problems: list[LineProblem],
    *,
    delimiter: str | None = None,
    breaks: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[tuple[int, list[str]]]:
    """Each non-blank record of a CSV file with the line it starts on; the first is the header.

    ``delimiter``: the separator, else the one the first line uses most (comma, semicolon,
    tab). ``breaks``: a quoted cell may hold line breaks (other tools' notes do); otherwise
    such a record is refused. A record with a flagged line (not UTF-8, a control character)
    or unpaired quotes goes to ``problems`` instead; a problem in the header stops the file.
    """
    with open_source(source) as stream:
        try:
            lines = _Lines(stream)
        except _Unreadable as stop:
            raise ImportFailed([stop.problem]) from None
        records = csv.reader(lines, dialect=_dialect(lines.header, delimiter), strict=True)
        ticker = _Ticker(stream, progress, cancelled)
        header = True
        last = 0  # the physical line the previous record ended on
        while True:
            try:
                cells = next(records)
            except StopIteration:
                return
            except csv.Error as error:  # a control character's own message says more
                problems += lines.problems_between(last + 1, records.line_num) or [
                    LineProblem(last + 1, _quote_problem(str(error)))]
                last = records.line_num
                if header:
                    return
                continue
            except _Unreadable as stop:
                problems.append(stop.problem)
                return
            line, last = last + 1, records.line_num
            ticker.tick()
            if header:
                if not any(cell.strip() for cell in cells) and not lines.flagged(line, last):
                    continue  # blank lines before the header
                problems += lines.problems_between(line, last)
                if problems:
                    return
                header = False
                yield line, cells
                continue
            flagged = lines.problems_between(line, last)
            if flagged:
                problems += flagged
                continue
            if last > line and not breaks:
                problems.append(LineProblem(line, DomainError(
                    QT_TRANSLATE_NOOP("services", "A quoted cell runs on from this line to line {last}: a closing "
                                                  "quote (\") is probably missing. A cell cannot hold a line break."),
                    last=last,
                )))
                continue
            if not (cells and cells[0].strip()) and not any(cell.strip() for cell in cells):
                continue  # a blank line
            yield line, cells
