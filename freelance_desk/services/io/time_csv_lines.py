"""The lines of a CSV file of time entries, read and checked one by one (no database writes).

The file has a header row; column names are matched case-insensitively, in any
order, and columns not listed here are ignored:

- ``date``      the day the work started, ``YYYY-MM-DD``
- ``start``     local start time, ``HH:MM`` (``HH:MM:SS`` also works)
- ``end``       local end time, ``HH:MM``; earlier than ``start`` means the next day
- ``duration``  instead of ``end``: ``1:30``, ``1.5h``, ``90m`` (as typed in the app)
- ``contract``  the contract's title, case-insensitive
- ``client``    optional: the client's name, needed when two contracts share a title
- ``note``      optional
- ``billable``  optional: yes/no, true/false, 1/0 (empty: yes)

Example::

    date,start,end,duration,contract,client,note,billable
    2026-03-02,09:00,12:30,,Website,Northwind,Home page layout,yes
    2026-03-02,22:00,01:00,,Website,Northwind,Late fixes,no
    2026-03-03,13:00,,1.5h,Dashboard,,,

Commas, semicolons or tabs separate the cells (whichever the header uses); the
file is UTF-8 (a byte-order mark is fine). Times are wall-clock times in the
zone given (the user's), stored as UTC with that zone and its offset.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from os import PathLike
from pathlib import Path
from zoneinfo import ZoneInfo

from freelance_desk.core.durations import parse_duration
from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.db.models import Client, Contract
from freelance_desk.services.settings.dates import check_day
from freelance_desk.services.time.tracking import MAX_NOTE, offset_minutes

REQUIRED = ("date", "start", "contract")
YES = {"yes", "y", "true", "1", "ya"}
NO = {"no", "n", "false", "0", "tidak"}

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")


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


@dataclass(frozen=True)
class ImportRow:
    """One checked line of the file, ready to be written."""

    line: int
    contract_id: int
    start: datetime  # aware UTC, whole seconds
    end: datetime
    utc_offset_minutes: int
    note: str
    billable: bool


def read_lines(source: str | PathLike, zone: str, now: datetime) -> tuple[list[ImportRow], list[LineProblem]]:
    """Each line of the file checked on its own: the good rows (file order) and the problems.

    ``source`` is a path or the CSV text itself; ``zone`` a checked IANA name; ``now``
    whole seconds (nothing may end after it). A file without a usable header raises.
    """
    text = _text(source).lstrip("\ufeff")
    records = list(csv.reader(io.StringIO(text), dialect=_dialect(text.split("\n", 1)[0])))
    if not records or not any(cell.strip() for cell in records[0]):
        raise DomainError(QT_TRANSLATE_NOOP("services", "The file is empty: it needs a header row and time entries."))
    columns = _columns(records[0])
    contracts = _contracts()
    tz = ZoneInfo(zone)
    rows: list[ImportRow] = []
    problems: list[LineProblem] = []
    for line, cells in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue  # a blank line
        try:
            rows.append(_row(line, cells, columns, contracts, zone, tz, now))
        except DomainError as error:
            problems.append(LineProblem(line, error))
    if not rows and not problems:
        raise DomainError(QT_TRANSLATE_NOOP("services", "The file has a header row but no time entries."))
    return rows, problems


def _text(source) -> str:
    if isinstance(source, str):
        return source
    try:
        return Path(source).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "The file is not UTF-8 text; save it as “CSV UTF-8” and try again.")
        ) from None
    except OSError as error:
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "Could not read {path}: {reason}"), path=str(source), reason=error.strerror
        ) from None


def _dialect(header: str):
    """Comma unless the header is clearly separated by semicolons (European Excel) or tabs."""

    class Dialect(csv.excel):
        delimiter = max((",", ";", "\t"), key=header.count) if header else ","

    return Dialect


def _columns(header: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        columns.setdefault(name.strip().lower(), index)
    missing = [name for name in REQUIRED if name not in columns]
    if "end" not in columns and "duration" not in columns:
        missing.append("end / duration")
    if missing:
        raise ImportFailed([LineProblem(1, DomainError(
            QT_TRANSLATE_NOOP("services", "the header lacks {columns}; the columns are date, start, end or duration, "
                                          "contract, and optionally client, note and billable."),
            columns=", ".join(missing),
        ))])
    return columns


def _contracts() -> dict[str, list[tuple[int, str]]]:
    """Contract title (folded) → [(contract id, client name folded)]."""
    found: dict[str, list[tuple[int, str]]] = {}
    query = Contract.select(Contract.id, Contract.title, Client.name).join(Client).tuples()
    for contract_id, title, client in query:
        found.setdefault(title.strip().casefold(), []).append((contract_id, client.strip().casefold()))
    return found


def _row(line, cells, columns, contracts, zone, tz, now) -> ImportRow:
    def cell(name: str) -> str:
        index = columns.get(name)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    contract_id = _contract(cell("contract"), cell("client"), contracts)
    day = check_day(_date(cell("date")), "date", now.date())  # from the earliest year (Settings) to a year ahead
    start_time = _time(cell("start"), QT_TRANSLATE_NOOP("services", "Enter the start time, e.g. 09:00."))
    start = _instant(day, start_time, tz, zone)
    end_text, duration_text = cell("end"), cell("duration")
    if not end_text and not duration_text:
        raise DomainError(QT_TRANSLATE_NOOP("services", "Enter an end time or a duration."))
    end = None
    if end_text:
        end_time = _time(end_text, "")
        if end_time == start_time:
            raise DomainError(QT_TRANSLATE_NOOP("services", "The end equals the start: the entry has no length."))
        end_day = day + timedelta(days=1) if end_time < start_time else day  # past midnight: the next day
        end = _instant(end_day, end_time, tz, zone)
    if duration_text:
        by_duration = start + timedelta(seconds=parse_duration(duration_text))
        if end is not None and end != by_duration:
            raise DomainError(QT_TRANSLATE_NOOP("services", "The end and the duration disagree; give one of them."))
        end = by_duration
    if end <= start:
        raise DomainError(QT_TRANSLATE_NOOP("services", "The end is before the start."))
    if end > now:
        raise DomainError(QT_TRANSLATE_NOOP("services", "The end is in the future."))
    note = cell("note")
    if len(note) > MAX_NOTE:
        raise DomainError(QT_TRANSLATE_NOOP("services", "Keep the note under {limit} characters."), limit=MAX_NOTE)
    return ImportRow(line, contract_id, start, end, offset_minutes(start, zone), note, _billable(cell("billable")))


def _contract(title: str, client: str, contracts) -> int:
    if not title:
        raise DomainError(QT_TRANSLATE_NOOP("services", "Enter the contract's title."))
    matches = contracts.get(title.casefold(), [])
    if client:
        matches = [m for m in matches if m[1] == client.casefold()]
        if not matches:
            raise DomainError(
                QT_TRANSLATE_NOOP("services", "No contract “{contract}” with client “{client}”."),
                contract=title, client=client,
            )
    if not matches:
        raise DomainError(QT_TRANSLATE_NOOP("services", "No contract is called “{contract}”."), contract=title)
    if len(matches) > 1:
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "Several contracts are called “{contract}”; add a client column to say whose."),
            contract=title,
        )
    return matches[0][0]


def _date(text: str) -> date:
    try:
        if _DATE.match(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    if not text:
        raise DomainError(QT_TRANSLATE_NOOP("services", "Enter the date, e.g. 2026-03-10."))
    raise DomainError(QT_TRANSLATE_NOOP("services", "“{text}” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-10."), text=text)


def _time(text: str, missing: str) -> time:
    if not text and missing:
        raise DomainError(missing)
    match = _TIME.match(text)
    if match:
        hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
        if hour < 24 and minute < 60 and second < 60:
            return time(hour, minute, second)
    raise DomainError(QT_TRANSLATE_NOOP("services", "“{text}” is not a time; write it as HH:MM, e.g. 09:30."), text=text)


def _instant(day: date, at: time, tz: ZoneInfo, zone: str) -> datetime:
    """A local wall-clock time → the UTC instant; a time skipped by a DST change is refused."""
    local = datetime.combine(day, at, tzinfo=tz)
    instant = local.astimezone(UTC)
    if instant.astimezone(tz).replace(tzinfo=None) != local.replace(tzinfo=None):
        raise DomainError(
            QT_TRANSLATE_NOOP("services", "{time} does not exist on {date} in {zone}: the clocks moved forward."),
            time=at.strftime("%H:%M"), date=day.isoformat(), zone=zone,
        )
    return instant


def _billable(text: str) -> bool:
    value = text.casefold()
    if not value or value in YES:
        return True
    if value in NO:
        return False
    raise DomainError(QT_TRANSLATE_NOOP("services", "Billable is “{text}”; write yes or no."), text=text)
