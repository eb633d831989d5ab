"""Timewarrior (``timew``): its JSON export, its data folder, or one month's data file.

Three formats of one tool (each a :class:`Format`; the import checks whether a folder is asked for):

* ``timewarrior``: the output of ``timew export`` (every interval, or those of a filter): a JSON
  array of ``{"id", "start", "end", "tags", "annotation"}``, the instants like ``20260302T090000Z``
  (UTC); ``end`` is missing while an interval runs, ``tags`` and ``annotation`` when there are none.
* ``timewarrior-data``: Timewarrior's data folder (``$TIMEWARRIORDB/data``, else ``~/.timewarrior/data``;
  the folder above it is taken too): one file a month, ``YYYY-MM.data``, with a line an interval::

      inc 20260302T090000Z - 20260302T123000Z # tag "tag two" # "an annotation"

  as ``Interval::serialize`` writes it and ``IntervalFactory::fromSerialization`` reads it
  (Timewarrior's source, ``src/Interval.cpp``, ``src/IntervalFactory.cpp``): a tag with a space,
  a quote or an operator character is quoted (``"`` or ``'``) with JSON's backslash escapes inside; the
  annotation follows a second ``#`` (older versions write it unquoted: its words are joined by one
  space, as Timewarrior reads them). ``tags.data`` and ``undo.data`` beside them are not intervals and
  are not read. A line is numbered within its own file, and a problem names the file.
* ``timewarrior-month``: one of those files alone.

Timewarrior keeps an interval's tags as a sorted set (``export`` and the data files list them in
byte order, whatever order they were typed in), and has no projects: the first tag of that sorted
list names the contract (``project``), every tag is kept in ``tags``, the annotation is the note; an
untagged interval has the project "" (the import calls it "Untagged"). The key is the start instant
as Timewarrior writes it (``20260302T090000Z``): Timewarrior's ids are positions (``@1`` is the
latest) that change with every new interval, and two intervals never overlap, so the start names
one interval, the same in the export and the data files (an interval whose end was later moved
keeps its key: importing it again adds nothing twice). The open interval (no end) is left out with
a note; one of no length too. Refused by line: a record or line that is not an interval, an instant
that cannot be read, an end before the start, a start seen before.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services.io.lines import text_lines
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
from freelance_desk.services.io.sources.instants import InstantRows

NAME = "timewarrior"
DATA = "timewarrior-data"
MONTH = "timewarrior-month"

_MONTH_FILE = re.compile(r"\d{4}-\d{2}\.data")
_STAMP = re.compile(r"\d{8}T\d{6}Z")
_STAMP_START = re.compile(r'\s*\[\s*\{[^{}]*"start"\s*:\s*"\d{8}T\d{6}Z"')


# --- detection ----------------------------------------------------------------------


def detect_export(sample: Sample) -> int:
    first = json_array.first_element(sample.text)
    if isinstance(first, dict):
        start = first.get("start")
        return 100 if isinstance(start, str) and _STAMP.fullmatch(start) else 0
    return 90 if first is None and _STAMP_START.match(sample.text) else 0


def detect_folder(sample: Sample) -> int:
    if not sample.names and not sample.path.is_dir():
        return 0
    folder = _data_folder(sample.path, sample.names)
    months = _month_files(folder)
    if not months:
        names = set(sample.names)
        return 60 if "tags.data" in names or {"timewarrior.cfg", "data"} <= names else 0
    first = _first_line(months[-1])
    return 100 if first.startswith("inc ") else 80 if first == "" else 0


def detect_month(sample: Sample) -> int:
    if sample.names:
        return 0
    first = next((line for line in sample.text.split("\n", 20) if line.strip()), "")
    if not first.startswith("inc ") or not _STAMP.fullmatch(first[4:20]):
        return 0
    return 100 if sample.path.name.endswith(".data") else 80


def _data_folder(path: Path, names) -> Path:
    """The folder of month files: ``path``, or its ``data`` when ``path`` is Timewarrior's own folder."""
    if "data" in names and not any(_MONTH_FILE.fullmatch(name) for name in names) and (path / "data").is_dir():
        return path / "data"
    return path


def _month_files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if _MONTH_FILE.fullmatch(p.name) and p.is_file())
    except OSError:
        return []


def _first_line(path: Path) -> str:
    try:
        with open(path, "rb") as stream:
            for raw in stream.read(4096).split(b"\n"):
                if raw.strip():
                    return raw.decode("utf-8", "replace")
    except OSError:
        pass
    return ""


# --- reading ------------------------------------------------------------------------


_NOT_INTERVAL = QT_TRANSLATE_NOOP(
    "services", "This is not an interval of “timew export”: it needs a “start” like 20260302T090000Z, "
                "“tags” a list of words and “annotation” a text.")


class _Intervals(InstantRows):
    """Intervals read so far (from any of the three layouts) as entries, with what is worth a note."""

    NOT_A_ROW = _NOT_INTERVAL
    BACKWARDS = QT_TRANSLATE_NOOP("services", "This interval ends before it starts.")
    TWICE = QT_TRANSLATE_NOOP("services", "This interval starts at {start}, as the one on line {line} does; "
                                          "Timewarrior's intervals never overlap, so the data is damaged.")
    KEY = "start"
    RUNNING = QT_TRANSLATE_NOOP("services", "The interval running in Timewarrior (since {start} UTC, tagged {tags}) "
                                            "is left out: it has not ended. Stop it and export again to bring it in.")
    EMPTY = QT_TRANSLATE_NOOP("services", "Intervals of no length (ended the second they started) are left out: {count}.")

    def add(self, line: int, start: str, end: str | None, tags, annotation: str) -> None:
        try:  # the common case inline; a time that is not Timewarrior's is named by _instant
            begins = _from_iso(start) if len(start) == 16 and start[8] == "T" and start[15] == "Z" else _instant(start)
            if end is not None:
                ends = _from_iso(end) if len(end) == 16 and end[8] == "T" and end[15] == "Z" else _instant(end)
        except ValueError:
            _instant(start)
            _instant(end)
            raise
        try:
            kept = self.tag_sets.get(tags)
        except TypeError:  # a list or an object among the tags
            raise DomainError(_NOT_INTERVAL) from None
        if kept is None:
            kept = self.new_tags(tags, _NOT_INTERVAL)
        if end is None:
            self.running.append({"start": begins.strftime("%Y-%m-%d %H:%M"), "tags": ", ".join(kept) or "—"})
            return
        if annotation and not (annotation.isprintable() and annotation[0] != " " and annotation[-1] != " "):
            annotation = clean_note(annotation)
        self.keep(line, start, int(begins.timestamp()), int((ends - begins).total_seconds()), kept[0] if kept else "",
                  kept, annotation)

    def exported(self, line: int, record) -> None:
        """One record of ``timew export``."""
        if type(record) is not dict:
            raise DomainError(_NOT_INTERVAL)
        start, end = record.get("start"), record.get("end")
        tags, annotation = record.get("tags", ()), record.get("annotation", "")
        if type(tags) is list:
            tags = tuple(tags)
        if type(start) is not str or type(tags) is not tuple or type(annotation) is not str or not (
            end is None or type(end) is str
        ):
            raise DomainError(_NOT_INTERVAL)
        self.add(line, start, end, tags, annotation)


_from_iso = datetime.fromisoformat


def _instant(text: str) -> datetime:
    """``20260302T090000Z`` (ISO 8601's basic form, which Python reads) as an aware UTC datetime."""
    if len(text) == 16 and text[8] == "T" and text[15] == "Z":
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            pass
    raise DomainError(
        QT_TRANSLATE_NOOP("services", "“{text}” is not a Timewarrior time; it should read like 20260302T090000Z."),
        text=text[:40])


# --- timew export -------------------------------------------------------------------


def read_export(path: Path, options: ReadOptions) -> Parsed:
    parsed = Parsed(NAME)
    intervals = _Intervals(parsed)
    if json_array.read_records(path, options, parsed, lambda first: intervals.exported, _NOT_EXPORT):
        intervals.tell()
    return parsed


_NOT_EXPORT = QT_TRANSLATE_NOOP(
    "services", "This is not the output of “timew export”: that is a list of intervals ([ … ]).")


# --- the data files -----------------------------------------------------------------

_NOT_LINE = QT_TRANSLATE_NOOP(
    "services", "This line is not a Timewarrior interval; it should read like "
                "“inc 20260302T090000Z - 20260302T123000Z # tag”.")


class _InFile(DomainError):
    """A problem of one file of the data folder: the file's name, then the problem (translated with it)."""

    def __init__(self, file: str, error: DomainError):
        self.inner = error
        super().__init__(QT_TRANSLATE_NOOP("services", "{file}: {problem}"), file=file, problem=error.text())

    def text(self, translate=None) -> str:
        template = translate(self.template) if translate else self.template
        params = {"file": self.params["file"], "problem": self.inner.text(translate)}
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**params)


def read_folder(path: Path, options: ReadOptions) -> Parsed:
    parsed = Parsed(DATA)
    folder = _data_folder(path, tuple(p.name for p in path.iterdir()) if path.is_dir() else ())
    months = _month_files(folder)
    if not months:
        parsed.problems.append(LineProblem(1, DomainError(QT_TRANSLATE_NOOP(
            "services", "This folder holds no Timewarrior data files (named like 2026-03.data); choose the “data” "
                        "folder in Timewarrior's folder (~/.timewarrior/data)."))))
        return parsed
    _read_files(parsed, months, options, named=True)
    return parsed


def read_month(path: Path, options: ReadOptions) -> Parsed:
    parsed = Parsed(MONTH)
    _read_files(parsed, [path], options, named=False)
    return parsed


def _read_files(parsed: Parsed, files: list[Path], options: ReadOptions, named: bool) -> None:
    intervals = _Intervals(parsed)
    sizes = [_size(f) for f in files]
    total, before = sum(sizes), 0
    for file, size in zip(files, sizes):
        problems: list[LineProblem] = []
        progress = _folder_progress(options.progress, before, total)
        for line, text in text_lines(file, problems, progress=progress, cancelled=options.cancelled):
            if not text or text.isspace():
                continue
            try:
                start, end, tags, annotation = _interval(text)
                intervals.add(line, start, end, tags, annotation)
            except DomainError as error:
                problems.append(LineProblem(line, error))
        before += size
        if named:
            problems = [LineProblem(p.line, _InFile(file.name, p.error)) for p in problems]
        parsed.problems += problems
    intervals.tell()


def _folder_progress(progress, before: int, total: int):
    """A file's progress as the whole folder's: the bytes of the files read before it added."""
    if progress is None:
        return None
    return lambda done, _size: progress(before + done, total)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _interval(text: str) -> tuple[str, str | None, tuple[str, ...], str]:
    """One ``inc …`` line as (start, end or None, the tags sorted as Timewarrior keeps them, annotation)."""
    quoted = '"' in text or "'" in text
    tokens = _tokens(text) if quoted else text.split()
    if len(tokens) < 2 or tokens[0] != "inc" or len(tokens[1]) != 16:
        raise DomainError(_NOT_LINE)
    start, end, at = tokens[1], None, 2
    if len(tokens) > 3 and tokens[2] == "-" and len(tokens[3]) == 16:
        end, at = tokens[3], 4
    tags: tuple[str, ...] = ()
    annotation = ""
    if at < len(tokens):
        if tokens[at] != "#":
            raise DomainError(_NOT_LINE)
        try:
            mark = tokens.index("#", at + 1)
        except ValueError:
            mark = len(tokens)
        tags = tuple(sorted(set(tokens[at + 1 : mark])))
        annotation = " ".join(tokens[mark + 1 :])
    return start, end, tags, annotation


_ESCAPES = {'"': '"', "'": "'", "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def _tokens(text: str) -> list[str]:
    """The words of a line as Timewarrior's lexer reads them: a word starting with a quote runs to
    its closing quote (backslash escapes inside, as JSON's; an unknown one keeps only its letter),
    a quote never closed is part of a plain word; words are split at white space."""
    tokens: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        quote = text[i]
        if quote in "\"'":
            word, j, closed = [], i + 1, False
            while j < n:
                c = text[j]
                if c == quote:
                    closed = True
                    break
                if c == "\\" and j + 1 < n:
                    nxt = text[j + 1]
                    if nxt == "u" and re.fullmatch(r"[0-9A-Fa-f]{4}", text[j + 2 : j + 6]):
                        word.append(chr(int(text[j + 2 : j + 6], 16)))
                        j += 6
                        continue
                    word.append(_ESCAPES.get(nxt, nxt))
                    j += 2
                    continue
                word.append(c)
                j += 1
            if closed:
                tokens.append("".join(word))
                i = j + 1
                continue
        j = i
        while j < n and not text[j].isspace():
            j += 1
        tokens.append(text[i:j])
        i = j
    return tokens


EXPORT = Format(
    NAME, QT_TRANSLATE_NOOP("ImportFormats", "Timewarrior (timew export)"), TIME, detect_export, read_export,
    local_times=False, tool=NAME,
)
FOLDER = Format(
    DATA, QT_TRANSLATE_NOOP("ImportFormats", "Timewarrior (its data folder)"), TIME, detect_folder, read_folder,
    local_times=False, folder=True, tool=NAME,
)
ONE_MONTH = Format(
    MONTH, QT_TRANSLATE_NOOP("ImportFormats", "Timewarrior (one month's .data file)"), TIME, detect_month, read_month,
    local_times=False, tool=NAME,
)
FORMATS = (EXPORT, FOLDER, ONE_MONTH)
