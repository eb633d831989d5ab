"""Kimai's CSV export (Times → Export → CSV), versions 1.x and 2.x, as a source.

Kimai writes the column titles in the language the user exports in, so a header is read by the
titles Kimai's own translations give (``translations/messages.<lang>.xlf``: ``date``, ``begin``,
``end``, ``duration``, ``rate``, ``hourlyRate``…, 1.x with a ``label.`` prefix) in English, German,
French, Spanish, Dutch, Italian and Indonesian. Rows: the date as the locale writes it, From and To
as ``HH:MM`` (early 1.x: ``YYYY-MM-DD HH:MM``), the duration as Kimai computed it: ``H:MM`` or
decimal hours (2.x) or whole seconds (1.x). 1.x also writes money as ``" EUR 84.00 "`` and ends
with a totals row (no date, the summed duration), skipped with a note.

A 1.x file without its header row is read in 1.x's fixed column order, as its spreadsheet renderer
wrote it (``src/Export/Base/AbstractSpreadsheetRenderer.php`` of Kimai 1.x): Date, Begin, End,
Duration, Rate, User, Customer, Project, Activity, Description, Exported, Tags, Hourly rate, Fixed
rate, then meta fields; without the rate columns when the user could not see rates; the first 1.0
releases had a Currency column after Rate.

Times are naive local wall-clock times: ``start`` is Date + From; an entry whose To is earlier than
its From ended the next day. The length is Kimai's duration; To − From only when it is missing.
"""

from __future__ import annotations

import sys
from datetime import date, datetime, time, timedelta
from itertools import chain, islice, repeat
from operator import itemgetter
from pathlib import Path

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.services.io.sources.base import (
    BLOCK_ROWS,
    DMY,
    END_IS_START,
    LOCAL,
    NO_RATE,
    SEMICOLON_OR_COMMA,
    TIME,
    CodedColumns,
    Format,
    LineProblem,
    Memo,
    Parsed,
    ReadOptions,
    RowKeys,
    Sample,
    SourceEntry,
    amount_minor,
    clean_note,
    clean_notes,
    clock_seconds,
    coded_value,
    csv_line,
    decimal_mark,
    decimal_seconds,
    entry_length,
    folded,
    lacks_column,
    no_header,
    not_an_amount,
    open_csv,
    read_date,
    record_blocks,
)

NAME = "kimai"

# Each column's titles, from Kimai's translations (2.x and 1.x) in en, de, fr, es, nl, it, id.
_TITLES = {
    "date": ("date", "datum", "fecha", "data", "tanggal"),
    "begin": ("begin", "from", "start", "von", "beginn", "de", "début", "inicio", "van", "da", "inizio", "dari",
              "dimulai"),
    "end": ("end", "to", "bis", "ende", "à", "a", "fin", "para", "final", "hasta", "tot", "einde", "fine", "kepada",
            "selesai", "sampai"),
    "duration": ("duration", "dauer", "durée", "duración", "duur", "durata", "durasi"),
    "rate": ("rate", "price", "preis", "lohn", "montant", "prix", "tarifa", "precio", "bedrag", "prijs", "prezzo",
             "tariffa", "harga"),
    "hourly": ("hourly rate", "hourly price", "stundenlohn", "stundenpreis", "stundensatz", "tarif horaire",
               "prix horaire", "tarifa por hora", "precio por hora", "uurtarief", "uurprijs", "tariffa oraria",
               "prezzo orario", "harga per jam"),
    "currency": ("currency", "währung", "devise", "moneda", "valuta", "mata uang"),
    "user": ("user", "username", "benutzer", "benutzername", "usager", "utilisateur", "identifiant", "usuario",
             "nombre de usuario", "gebruiker", "gebruikersnaam", "utente", "pengguna"),
    "alias": ("name", "nom", "nombre", "naam", "nome", "nama"),
    "email": ("e-mail", "email", "courriel", "correo electrónico", "surel"),
    "customer": ("customer", "kunde", "client", "cliente", "klant", "pelanggan"),
    "project": ("project", "projekt", "projet", "proyecto", "progetto", "proyek"),
    "activity": ("activity", "tätigkeit", "activité", "actividad", "activiteit", "attività", "aktivitas"),
    "description": ("description", "beschreibung", "descripción", "beschrijving", "omschrijving", "descrizione",
                    "deskripsi"),
    "billable": ("billable", "abrechenbar", "facturable", "factureerbaar", "fatturabile", "dapat ditagih"),
    "tags": ("tags", "schlagworte", "mots-clés", "etiquetas", "labels", "etichette", "tag"),
}
_KEY_OF = {title: key for key, titles in _TITLES.items() for title in titles}
_REQUIRED = ("date", "begin", "project")
_NAMES = {"date": "Date", "begin": "From", "project": "Project", "duration": "Duration"}

# Kimai 1.x's fixed order, for a file without its header (see the module's note).
_LAYOUT_RATES = ("date", "begin", "end", "duration", "rate", "user", "customer", "project", "activity",
                 "description", "exported", "tags", "hourly", "fixed")
_LAYOUT_CURRENCY = ("date", "begin", "end", "duration", "rate", "currency", "user", "customer", "project",
                    "activity", "description", "exported", "tags", "hourly", "fixed")
_LAYOUT_PLAIN = ("date", "begin", "end", "duration", "user", "customer", "project", "activity", "description",
                 "exported", "tags")

_YES = {"1", "yes", "true", "ja", "oui", "sí", "si", "ya", "x"}


def _header_keys(cells: list[str]) -> dict[str, int]:
    keys: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = _KEY_OF.get(folded(cell))
        if key is not None:
            keys.setdefault(key, index)
    return keys


def _is_header(keys: dict[str, int]) -> bool:
    return {"date", "begin", "customer", "project", "activity"} <= keys.keys() and (
        "duration" in keys or "end" in keys)


def detect(sample: Sample) -> int:
    cells = csv_line(sample.first_line, SEMICOLON_OR_COMMA)
    if _is_header(_header_keys(cells)):
        return 100
    return 40 if _layout([cells]) else 0


def _looks_like_date(text: str) -> bool:
    try:
        read_date(text, DMY)
        return True
    except DomainError:
        try:
            read_date(text, "mdy")
            return True
        except DomainError:
            return False


def _layout(rows: list[list[str]]) -> tuple[str, ...] | None:
    """1.x's fixed order that the first rows of a headerless file have, else None."""
    rows = [cells for cells in rows[:20] if len(cells) >= len(_LAYOUT_PLAIN) and cells[0].strip()]
    if not rows:
        return None
    for cells in rows:
        if not (_looks_like_date(cells[0]) and _clock_or_none(cells[1]) and _clock_or_none(cells[2])
                and cells[3].strip().isdigit()):
            return None
    if all(_money_or_none(cells[4]) is not None for cells in rows):
        if all(len(cells) >= len(_LAYOUT_CURRENCY) and len(cells[5].strip()) == 3 and cells[5].strip().isupper()
               for cells in rows):
            return _LAYOUT_CURRENCY
        return _LAYOUT_RATES if all(len(cells) >= len(_LAYOUT_RATES) for cells in rows) else None
    return _LAYOUT_PLAIN


def _clock_or_none(text: str) -> tuple[date | None, time] | None:
    try:
        return _clock(text, DMY)
    except DomainError:
        return None


def _clock(text: str, order: str) -> tuple[date | None, time]:
    """``09:30``, ``9:30:15``, ``9:30 PM``, or a date and such a time (``2019-06-16 12:00``)."""
    value = text.strip()
    day = None
    head, _, tail = value.rpartition(" ")
    if tail.upper() in ("AM", "PM"):
        head2, _, clock = head.rpartition(" ")
        value, meridiem, head = clock, tail.upper(), head2
    else:
        value, meridiem = tail, ""
    if head:
        day = read_date(head, order)
    parts = value.split(":")
    try:
        if not 2 <= len(parts) <= 3 or not all(p.isdigit() and len(p) <= 2 for p in parts) or len(parts[1]) != 2:
            raise ValueError
        hour, minute = int(parts[0]), int(parts[1])
        second = int(parts[2]) if len(parts) == 3 else 0
        if meridiem:
            if not 1 <= hour <= 12:
                raise ValueError
            hour = hour % 12 + (12 if meridiem == "PM" else 0)
        return day, time(hour, minute, second)
    except ValueError:
        raise DomainError(QT_TRANSLATE_NOOP(
            "services", "“{text}” is not a time of day; it should read like 09:30."), text=text.strip()) from None


def _money_or_none(text: str):
    try:
        return _money(text, ".")
    except DomainError:
        return None


def _money(text: str, mark: str) -> tuple[int | None, str]:
    """A rate cell: ``84``, ``84,00``, ``" EUR 1,947.99 "``, ``" EUR (100.92)"`` → (minor units, currency)."""
    value = text.strip()
    if not value:
        return None, ""
    currency = ""
    parts = value.split()
    if len(parts) > 1:
        codes = [p for p in parts if p.isalpha()]
        if len(codes) != 1:
            raise not_an_amount(value)
        currency = codes[0].upper()
        value = "".join(p for p in parts if p is not codes[0])
    return amount_minor(value, mark, currency), currency


def read(path: Path, options: ReadOptions) -> Parsed:
    parsed = Parsed(NAME)
    records = open_csv(path, options, parsed)
    head = list(islice(records, 20))  # the header, or a headerless file's first rows
    if not head:
        no_header(parsed)
        return parsed
    keys = _header_keys(head[0][1])
    if _is_header(keys) or len(keys) >= 3:
        for key in _REQUIRED:
            if key not in keys:
                parsed.problems.append(LineProblem(head[0][0], lacks_column(_NAMES[key], "Kimai")))
                return parsed
        if "duration" not in keys and "end" not in keys:
            parsed.problems.append(LineProblem(head[0][0], lacks_column(_NAMES["duration"], "Kimai")))
            return parsed
        head = head[1:]
        headerless = False
    else:
        layout = _layout([cells for _, cells in head])
        if layout is None:
            parsed.problems.append(LineProblem(head[0][0], DomainError(QT_TRANSLATE_NOOP(
                "services", "This is not a Kimai export: its first line is neither Kimai's header nor a time entry."))))
            return parsed
        keys = {key: index for index, key in enumerate(layout)}
        headerless = True
    rows = chain(head, records)
    _entries(parsed, rows, keys, headerless, options)
    return parsed


_FIELDS = ("date", "begin", "end", "duration", "hourly", "rate", "currency", "user", "alias", "email", "customer",
           "project", "activity", "description", "billable", "tags")


def _entries(parsed: Parsed, rows, keys: dict[str, int], headerless: bool, options: ReadOptions) -> None:
    width = max(keys.values()) + 1
    at = [keys.get(name, -1) for name in _FIELDS]
    pick = itemgetter(*at)
    has_end, has_duration, has_billable = "end" in keys, "duration" in keys, "billable" in keys
    row_keys = RowKeys()

    # First pass: each row's line, key and description, and a code for each other cell (an export repeats its
    # dates, times, durations and names, so each distinct text is kept once); the totals row 1.x ends with
    # (no date, no From, the summed duration) left out with a note.
    description = _FIELDS.index("description")
    others = [column for column in range(len(_FIELDS)) if column != description]
    coded = CodedColumns(len(others))
    sample = []  # the first rows as read, for telling seconds from whole hours
    for lines, block in record_blocks(rows):
        block_keys = row_keys.keys(block)
        dated = at[0] >= 0 and all(map(str.strip, (cells[at[0]] if len(cells) > at[0] else "" for cells in block)))
        if dated and len(sample) >= 200:  # no row without a date, so no totals: the block by column
            coded.add_rows(lines, block, block_keys, width, at[description], [at[column] for column in others])
            continue
        for line, key, cells in zip(lines, block_keys, block):
            cells = [*cells, *[""] * (width - len(cells)), ""]  # "": what a column the export leaves out (-1) reads
            picked = pick(cells)
            if not picked[0].strip() and not picked[1].strip() and picked[3].strip():
                parsed.notes.append(DomainError(QT_TRANSLATE_NOOP(
                    "services", "Line {line} holds the export's totals ({duration}); it was skipped."),
                    line=line, duration=picked[3].strip()))
                continue
            if len(sample) < 200:
                sample.append((line, key, *picked))
            coded.add(line, key, picked[description], [picked[column] for column in others])
    DAY, BEGIN, END, DURATION, HOURLY, RATE, CURRENCY, USER, ALIAS, EMAIL, CUSTOMER, PROJECT, ACTIVITY, BILLABLE, \
        TAGS = range(len(others))
    values, codes = coded.values, coded.codes

    order = coded.date_order(DAY, options, DMY, parsed)
    durations = {text.strip() for text in values[DURATION]} - {""} if has_duration else set()
    unit = _unit(durations, sample, has_end, headerless, order)
    mark = decimal_mark(durations if unit == "hours" else ())
    money_mark = coded.decimal_mark(HOURLY, RATE)

    # Second pass: each distinct cell read once, then each row from what its cells read.
    intern = sys.intern
    days = coded.read(DAY, lambda text: read_date(text, order))
    begins = coded.read(BEGIN, lambda text: _clock(text, order))
    lengths = coded.read(DURATION, lambda text: _length(text.strip(), unit, mark) if text.strip() else None)
    names = [[intern(text.strip()) for text in values[column]] for column in (CUSTOMER, PROJECT, ACTIVITY, EMAIL)]
    customers, projects, activities, emails = names
    tags_of = [tuple(intern(t.strip()) for t in text.split(",") if t.strip()) for text in values[TAGS]]
    flags = [text.strip().casefold() in _YES for text in values[BILLABLE]] if has_billable else None
    moneys = Memo(lambda hourly, rate, currency: _rate(values[HOURLY][hourly], values[RATE][rate],
                                                       values[CURRENCY][currency], money_mark))
    people = Memo(lambda user, alias: intern(values[USER][user].strip() or values[ALIAS][alias].strip()))
    if _by_column(parsed.entries, coded, days, begins, lengths, moneys, people, names, tags_of, flags):
        return
    clocks: dict[str, tuple[date | None, time]] = {}
    keys, descriptions = coded.keys, coded.texts
    append = parsed.entries.append
    problem = parsed.problems.append
    for n, line in enumerate(coded.lines):
        try:
            begin = coded_value(begins, codes[BEGIN][n])
            day = begin[0] or coded_value(days, codes[DAY][n])
            start = datetime.combine(day, begin[1])
            seconds = coded_value(lengths, codes[DURATION][n])
            if seconds is None:
                seconds = _span(start, values[END][codes[END][n]] if has_end else "", clocks, order)
            money = moneys[codes[HOURLY][n], codes[RATE][n], codes[CURRENCY][n]]
            if isinstance(money, DomainError):
                raise money
            text = descriptions[n]
            append(SourceEntry(
                line, keys[n], day, start, seconds, projects[codes[PROJECT][n]], customers[codes[CUSTOMER][n]],
                activities[codes[ACTIVITY][n]], text.strip() if text.isprintable() else clean_note(text),
                tags_of[codes[TAGS][n]], flags[codes[BILLABLE][n]] if flags is not None else True,
                people[codes[USER][n], codes[ALIAS][n]], emails[codes[EMAIL][n]], money[0], money[1],
            ))
        except DomainError as error:
            problem(LineProblem(line, error))


def _by_column(table, coded: CodedColumns, days, begins, lengths, moneys, people, names, tags_of, flags) -> bool:
    """Every row added by column, when every cell of the file reads and every row has Kimai's duration (else
    False, nothing added: the rows are read one by one, each refused by its line)."""
    DAY, BEGIN, END, DURATION, HOURLY, RATE, CURRENCY, USER, ALIAS, EMAIL, CUSTOMER, PROJECT, ACTIVITY, BILLABLE, \
        TAGS = range(15)
    codes = coded.codes
    if any(isinstance(value, DomainError) or value is None for value in chain(days, begins, lengths)) or any(
            isinstance(moneys[triple], DomainError)
            for triple in zip(codes[HOURLY], codes[RATE], codes[CURRENCY], strict=True)):
        return False
    customers, projects, activities, emails = names
    begin_days = [None if day is None else day.toordinal() for day, _ in begins]
    clocks = [clock.hour * 3600 + clock.minute * 60 + clock.second for _, clock in begins]
    ordinals = [day.toordinal() for day in days]
    named: dict[tuple, tuple] = {}
    for first in range(0, len(coded.lines), BLOCK_ROWS):  # a block at a time: a few MB of columns at most
        cut = slice(first, first + BLOCK_ROWS)
        block = {column: codes[column][cut] for column in range(15)}
        money = [moneys[triple] for triple in zip(block[HOURLY], block[RATE], block[CURRENCY], strict=True)]
        row_days = [begin_days[b] or ordinals[d] for b, d in zip(block[BEGIN], block[DAY], strict=True)]
        count = len(row_days)
        keys = list(zip(block[PROJECT], block[CUSTOMER], block[ACTIVITY], block[TAGS], block[USER], block[ALIAS],
                        block[EMAIL], [currency for _, currency in money], strict=True))
        for key in dict.fromkeys(keys):
            if key not in named:
                named[key] = (projects[key[0]], customers[key[1]], activities[key[2]], tags_of[key[3]],
                              people[key[4], key[5]], emails[key[6]], key[7])
        table.add_rows(
            coded.lines[cut], coded.keys[cut], row_days, repeat(LOCAL, count),
            [(day - _ORDINAL_1970) * 86400 + clocks[b] for day, b in zip(row_days, block[BEGIN], strict=True)],
            map(lengths.__getitem__, block[DURATION]),
            map(flags.__getitem__, block[BILLABLE]) if flags is not None else repeat(1, count),
            [NO_RATE if minor is None else minor for minor, _ in money], clean_notes(coded.texts[cut]),
            table.names_codes(list(map(named.__getitem__, keys))))
    return True


_ORDINAL_1970 = date(1970, 1, 1).toordinal()


def _span(start: datetime, end_text: str, clocks: dict, order: str) -> int:
    """To − From, for a row without Kimai's duration; a To earlier than From is on the next day."""
    if not end_text.strip():
        raise DomainError(QT_TRANSLATE_NOOP(
            "services", "This entry has neither a duration nor an end time, so it has no length."))
    end = clocks.get(end_text)
    if end is None:
        end = clocks[end_text] = _clock(end_text, order)
    finish = datetime.combine(end[0] or start.date(), end[1])
    if finish < start and end[0] is None:
        finish += timedelta(days=1)  # it ended the next day
    seconds = int((finish - start).total_seconds())
    if seconds <= 0:
        raise DomainError(END_IS_START)
    return seconds


def _rate(hourly: str, rate: str, currency: str, mark: str) -> tuple[int | None, str]:
    """The hourly rate in minor units and the currency: the Currency column, else the one money cells name."""
    code = currency.strip().upper()
    minor = None
    if hourly.strip():
        minor, written = _money(hourly, mark)
        code = code or written
    elif rate.strip() and not code:
        code = _money(rate, mark)[1]
    if minor is not None and minor < 0:
        minor = None
    return minor, sys.intern(code)


def _unit(durations: set[str], body, has_end: bool, headerless: bool, order: str) -> str:
    """How the file writes durations: "clock" (1:30), "hours" (1.5), or "seconds" (5400, Kimai 1.x)."""
    if not durations:
        return "seconds"
    if all(":" in text for text in durations):
        return "clock"
    if any("." in text or "," in text for text in durations):
        return "hours"
    if headerless or not has_end:
        return "seconds" if headerless or max(int(t) for t in durations if t.isdigit()) > 24 else "hours"
    # Whole numbers only: seconds (1.x) or whole hours (2.x decimal); the From–To span tells.
    as_seconds = as_hours = 0
    for row in body[:200]:
        value = row[5].strip()
        if not value.isdigit():
            continue
        try:
            begin, end = _clock(row[3], order)[1], _clock(row[4], order)[1]
        except DomainError:
            continue
        span = (end.hour * 3600 + end.minute * 60 + end.second) - (begin.hour * 3600 + begin.minute * 60 + begin.second)
        span %= 86400
        as_seconds += abs(int(value) - span) <= 60
        as_hours += abs(int(value) * 3600 - span) <= 60
    if as_seconds or as_hours:
        return "seconds" if as_seconds >= as_hours else "hours"
    return "seconds" if max(int(t) for t in durations if t.isdigit()) > 24 else "hours"


def _length(text: str, unit: str, mark: str) -> int:
    return entry_length(text, lambda value: _in_unit(value, unit, mark))


def _in_unit(text: str, unit: str, mark: str) -> int:
    if unit == "clock":
        return clock_seconds(text)
    if unit == "hours":
        return decimal_seconds(text, mark)
    if not text.isdigit():
        raise DomainError(QT_TRANSLATE_NOOP(
            "services", "“{text}” is not a duration in seconds; Kimai writes it like 5400."), text=text)
    return int(text)


FORMAT = Format(NAME, QT_TRANSLATE_NOOP("ImportFormats", "Kimai (CSV export)"), TIME, detect, read)
