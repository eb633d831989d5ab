"""The import's figures per format: a file of each format the import reads, made like the small real files in
``tests/fixtures/imports/<format>/`` (the same header, separator, quoting, byte-order mark, line ends, date, time
and duration formats), each measured in a fresh process by ``import_bench``.

    python -m tests.benchmarks.import_formats [--rows N] [--only NAME] [--out DIR]

``--rows`` (200,000) is the file's rows: entries, or for Upwork half payments and half their service fees.
The files are written once into ``DIR`` (a folder in the temporary directory unless given) and used again when
they are there; then ``python -m tests.benchmarks.import_bench FILE --format NAME`` runs for each, one process
a format, and a Markdown table (format, import s, memory MB, undo s) is printed and the figures written to
``DIR/import_formats.json`` as ``{format: {import_s, import_mb, undo_s}}``. ``--only`` (repeatable) measures
just the formats named (their registry names: csv, toggl, clockify, harvest, kimai, watson, timewarrior, upwork).

Every file is deterministic (seeded): from 1 January 2000, 18 to 26 entries a day (about 22) between 07:00 and
midnight, never overlapping, over several clients and projects, each with a note of its own kind. This app's CSV
is ``import_bench.write_csv``'s (the file ``bench.py --only import`` measures). Watson's frames have no note (a
frame holds only its project and tags); Harvest's report has no clock times (the import lays its days out).
``tests/services/io/test_benchmark_files.py`` imports a small file of each, so the generators cannot rot.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import islice
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.benchmarks.import_bench import write_csv

ROOT = Path(__file__).resolve().parents[2]
ROWS = 200_000
ZONE = "Asia/Jakarta"  # the zone the files' clock times are in (import_bench's default): no clock changes
FIRST_DAY = date(2000, 1, 1)  # the earliest year Settings allows by default
_DAY_ENDS = 24 * 3600 - 60  # no entry runs past 23:59
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# --- the working days every time format shares ------------------------------------------------------------------


@dataclass(slots=True, frozen=True)
class Slot:
    """One entry of the schedule: its day, its start in seconds after local midnight, its length."""

    n: int
    day: date
    start: int
    seconds: int

    @property
    def end(self) -> int:
        return self.start + self.seconds


def schedule(rng: random.Random, rows: int, seconds: bool = False) -> Iterator[Slot]:
    """``rows`` entries, 18 to 26 a day from the first day on, back to back with short gaps from 07:00–08:30,
    5 to 45 minutes each (``seconds``: starts and lengths to the second, as Toggl and Clockify write them)."""
    day, n = FIRST_DAY, 0
    while n < rows:
        clock = 7 * 3600 + rng.randrange(0, 91, 5) * 60
        for _ in range(rng.randint(18, 26)):
            length = rng.randint(5, 45) * 60 + (rng.randrange(60) if seconds else 0)
            if n >= rows or clock + length > _DAY_ENDS:
                break
            yield Slot(n, day, clock, length)
            n += 1
            clock += length + rng.choice((0, 0, 1, 2, 5, 5, 10, 15)) * 60 + (rng.randrange(60) if seconds else 0)
        day += timedelta(days=1)


# --- notes ---------------------------------------------------------------------------------------------------

_NOTES_EN = (
    "Fixed the checkout total rounding (#{t})", "Code review: payment module, PR #{t}",
    "Wireframes for the onboarding flow", "Call with the client about sprint {s}", "Sprint {s} planning",
    "Invoices and e-mail", "Bug #{t}: the date picker shows the wrong week", "Refactored the invoice export",
    "Copy edits on the landing page", "Logo variations, round {s}", "Database migration dry run",
    "Set up the staging server", "Release notes for v{s}.{r}", "Unit tests for the cart",
    "Fixed the \"hero\" banner on mobile", "Accessibility pass: contrast, focus order", "Meeting notes, follow-ups",
    "API: pagination for /orders (#{t})", "Performance: slow product search", "Menu card — première version",
    "Research: competitor pricing pages", "Design review with the team", "Deploy {s}.{r} to production",
    "Support ticket #{t}", "Content migration, batch {s}", "Newsletter template, dark mode",
)
_NOTES_DE = (
    "Ticket #{t}; Umsetzung", "Besprechung Sprint {s}", "Fehlerbehebung Warenkorb (#{t})", "Code-Review Zahlungsmodul",
    "Datenbankmigration; Probelauf", "Abstimmung mit dem Kunden", "Tests für den Zählerportal-Import",
    "Release {s}.{r} vorbereitet", "Nachtschicht Migration", "Dokumentation aktualisiert; Teil {s}",
    "Support-Anfrage #{t}", "Layout Startseite, Entwurf {s}", "Rechnungen und E-Mails",
)
_BREAK = "Call with Łukasz, agenda:\nlogo colours + menu card"  # a note with a line break, as the fixtures have


def note(rng: random.Random, pool: tuple[str, ...] = _NOTES_EN, breaks: bool = False) -> str:
    if breaks and rng.random() < 0.001:
        return _BREAK
    return rng.choice(pool).format(t=rng.randint(100, 9999), s=rng.randint(1, 60), r=rng.randint(0, 9))


# --- numbers as the tools write them ---------------------------------------------------------------------------


def hms(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def hm(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}"


def twelve_hour(seconds: int) -> str:
    """``08:00:00 AM``, ``12:30:00 PM``, ``01:08:42 PM``: Clockify's 12-hour clock with seconds."""
    hour = seconds // 3600
    return f"{(hour % 12) or 12:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d} {'PM' if hour >= 12 else 'AM'}"


def money(minor: int, mark: str = ".", thousands: str = "") -> str:
    whole = f"{abs(minor) // 100:,}".replace(",", thousands)
    return f"{'-' if minor < 0 else ''}{whole}{mark}{abs(minor) % 100:02d}"


def priced(rate_minor: int, seconds: int) -> int:
    """An hourly rate times a length, to the cent (half up)."""
    return (rate_minor * seconds + 1800) // 3600


def hundredths(seconds: int) -> int:
    """A length in hundredths of an hour (half up), as Clockify's and Harvest's decimal hours round it."""
    return (seconds * 100 + 1800) // 3600


def decimal_hours(hours: int) -> str:
    """Hundredths of an hour as Clockify writes them: ``0.50``, ``1.03``."""
    return f"{hours // 100}.{hours % 100:02d}"


def short_hours(hours: int) -> str:
    """Hundredths of an hour as Harvest writes them: ``3.33``, ``1.5``, ``2.0``, ``0.25``."""
    text = decimal_hours(hours)
    return text.removesuffix("0")


# --- Toggl Track: tests/fixtures/imports/toggl/toggl_detailed_eur.csv ---------------------------------------------

_TOGGL = (  # client, project, task, tags, billable, rate (EUR cents an hour)
    ("Müller & Söhne GmbH", "Website relaunch", "Wireframes", "design, frontend", True, 6000),
    ("Müller & Söhne GmbH", "Online shop", "", "frontend", True, 6000),
    ("Café Łódź", "Branding", "Logo", "design", True, 6000),
    ("Café Łódź", "Branding", "Menu card", "design", True, 6000),
    ("", "Internal", "", "admin", False, 0),
    ("Northwind Traders", "Mobile app", "API", "backend", True, 8500),
    ("Contoso Ltd", "Data migration", "", "", True, 7000),
)


def write_toggl(path: Path, rows: int = ROWS) -> Path:
    """Toggl's detailed report: byte-order mark, LF, commas, cells quoted only where needed, ISO dates,
    24-hour ``HH:MM:SS``, ``Duration`` ``HH:MM:SS``, tags as one list, ``Amount (EUR)`` empty when not billable."""
    rng = random.Random(11)
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        rows_out = csv.writer(out, lineterminator="\n")
        rows_out.writerow(["User", "Email", "Client", "Project", "Task", "Description", "Billable", "Start date",
                           "Start time", "End date", "End time", "Duration", "Tags", "Amount (EUR)"])
        for slot in schedule(rng, rows, seconds=True):
            client, project, task, tags, billable, rate = rng.choice(_TOGGL)
            day = slot.day.isoformat()
            rows_out.writerow([
                "Zoë Müller", "zoe.mueller@example.com", client, project, task, note(rng, breaks=True),
                "Yes" if billable else "No", day, hms(slot.start), day, hms(slot.end), hms(slot.seconds), tags,
                money(priced(rate, slot.seconds)) if billable else "",
            ])
    return path


# --- Clockify: tests/fixtures/imports/clockify/clockify_detailed_mdy_12h.csv ---------------------------------------

_CLOCKIFY = (  # project, client, task, tags, billable, rate (USD cents an hour)
    ("Checkout redesign", "Acme Outdoor", "Prototype", "design, ux", True, 9000),
    ("Checkout redesign", "Acme Outdoor", "User tests", "ux", True, 9000),
    ("Newsletter", "Fjord Fisk AS", "", "email", True, 9000),
    ("Internal", "", "", "", False, 0),
    ("Relaunch", "Bäckerei Huber", "Layout", "design", True, 6500),
    ("SEO audit", "Čokoláda s.r.o.", "", "seo, audit", True, 6500),
)


def write_clockify(path: Path, rows: int = ROWS) -> Path:
    """Clockify's detailed report: every cell quoted, CR LF, ``MM/DD/YYYY``, 12-hour times with seconds,
    ``Duration (h)`` ``HH:MM:SS`` and ``Duration (decimal)``, ``Billable Rate (USD)`` and its amount."""
    rng = random.Random(12)
    with open(path, "w", encoding="utf-8", newline="") as out:
        rows_out = csv.writer(out, quoting=csv.QUOTE_ALL)
        rows_out.writerow(["Project", "Client", "Description", "Task", "User", "Group", "Email", "Tags", "Billable",
                           "Start Date", "Start Time", "End Date", "End Time", "Duration (h)", "Duration (decimal)",
                           "Billable Rate (USD)", "Billable Amount (USD)"])
        for slot in schedule(rng, rows, seconds=True):
            project, client, task, tags, billable, rate = rng.choice(_CLOCKIFY)
            day = slot.day.strftime("%m/%d/%Y")
            rows_out.writerow([
                project, client, note(rng, breaks=True), task, "María José Núñez", "", "mj.nunez@example.com", tags,
                "Yes" if billable else "No", day, twelve_hour(slot.start), day, twelve_hour(slot.end),
                hms(slot.seconds), decimal_hours(hundredths(slot.seconds)), money(rate),
                money(priced(rate, slot.seconds)),
            ])
    return path


# --- Harvest: tests/fixtures/imports/harvest/harvest_team.csv (one person) --------------------------------------

_HARVEST = (  # client, project, code, task, billable, rate (USD cents an hour)
    ("Northwind Traders", "Storefront redesign", "NW-01", "Design", True, 9500),
    ("Northwind Traders", "Storefront redesign", "NW-01", "Development", True, 11000),
    ("Northwind Traders", "Support retainer", "NW-02", "Support", True, 8000),
    ("Globex", "Data migration", "GX-7", "Development", True, 12000),
    ("Globex", "Data migration", "GX-7", "Meetings", True, 12000),
    ("", "Internal tooling", "", "Development", False, 0),
    ("Initech", "Reporting", "IN-3", "Analysis", True, 10000),
)
_COST_RATE = 4500


def write_harvest(path: Path, rows: int = ROWS) -> Path:
    """Harvest's detailed time report: CR LF, commas, quoted only where needed, ISO dates, decimal hours (no
    clock times) and ``Hours Rounded`` up to the quarter, ``Yes``/``No``, ``US Dollar - USD``."""
    rng = random.Random(13)
    with open(path, "w", encoding="utf-8", newline="") as out:
        rows_out = csv.writer(out)
        rows_out.writerow(["Date", "Client", "Project", "Project Code", "Task", "Notes", "Hours", "Hours Rounded",
                           "Billable?", "Invoiced?", "Approved?", "First Name", "Last Name", "Roles", "Employee?",
                           "Billable Rate", "Billable Amount", "Cost Rate", "Cost Amount", "Currency",
                           "External Reference URL"])
        for slot in schedule(rng, rows):
            client, project, code, task, billable, rate = rng.choice(_HARVEST)
            hours = hundredths(slot.seconds)
            rounded = -(-hours // 25) * 25
            rows_out.writerow([
                slot.day.isoformat(), client, project, code, task, note(rng, breaks=True),
                short_hours(hours), short_hours(rounded), "Yes" if billable else "No", "No", "Yes", "Ada", "Lovelace",
                "Developer", "Yes",
                money(rate) if billable else "", money(rate * rounded // 100 if billable else 0), money(_COST_RATE),
                money(_COST_RATE * hours // 100), "US Dollar - USD", "",
            ])
    return path


# --- Kimai 2: tests/fixtures/imports/kimai/kimai2_de.csv ---------------------------------------------------------

_KIMAI = (  # customer, project, activity, tags, billable, hourly rate (EUR cents)
    ("Müller & Söhne GmbH", "Relaunch 2024", "Entwicklung", "backend, kunde", True, 8500),
    ("Müller & Söhne GmbH", "Relaunch 2024", "Besprechung", "", False, 8500),
    ("Stadtwerke Nord", "Zählerportal", "Entwicklung", "", True, 9250),
    ("Stadtwerke Nord", "Zählerportal", "Test", "backend, kunde", True, 9250),
    ("Stadtwerke Nord", "Wartung", "Support", "", True, 7000),
    ("Bäckerei Huber", "Onlineshop", "Entwicklung", "shop", True, 8000),
)


def write_kimai(path: Path, rows: int = ROWS) -> Path:
    """Kimai 2.x's CSV export in German: ``;``, LF, quoted only where needed, ``DD.MM.YYYY``, ``HH:MM``,
    durations ``H:MM``, money with decimal commas, billable ``1``/``0``."""
    rng = random.Random(14)
    with open(path, "w", encoding="utf-8", newline="") as out:
        rows_out = csv.writer(out, delimiter=";", lineterminator="\n")
        rows_out.writerow(["Datum", "Von", "Bis", "Dauer", "Währung", "Preis", "Interner Preis", "Stundenlohn",
                           "Festbetrag", "Name", "Benutzer", "E-Mail", "Kunde", "Projekt", "Tätigkeit",
                           "Beschreibung", "Abrechenbar", "Schlagworte"])
        for slot in schedule(rng, rows):
            customer, project, activity, tags, billable, rate = rng.choice(_KIMAI)
            price = money(priced(rate, slot.seconds), ",")
            rows_out.writerow([
                slot.day.strftime("%d.%m.%Y"), hm(slot.start), hm(slot.end),
                f"{slot.seconds // 3600}:{slot.seconds // 60 % 60:02d}", "EUR", price, price, money(rate, ","), "",
                "Jana Schmidt", "jschmidt", "jana@example.org", customer, project, activity, note(rng, _NOTES_DE),
                "1" if billable else "0", tags,
            ])
    return path


# --- Watson: tests/fixtures/imports/watson/frames ----------------------------------------------------------------

_WATSON = (  # project, the tags it is tagged with
    ("website", ("design", "frontend", "long day")),
    ("acme-api", ("backend", "bug fix", "call", "client call", "deploy")),
    ("café-brand", ("logo", "dépôt", "design")),
    ("admin", ("invoices",)),
    ("Client X / Retainer", ("research", "call", "日本語")),
)


def _instants(slot: Slot, zone: ZoneInfo) -> tuple[int, int]:
    midnight = datetime(slot.day.year, slot.day.month, slot.day.day, tzinfo=zone)
    start = int(midnight.timestamp()) + slot.start
    return start, start + slot.seconds


def write_watson(path: Path, rows: int = ROWS) -> Path:
    """Watson's ``frames`` file: one JSON array of ``[start, stop, project, id, tags, updated_at]``, Unix seconds,
    ``indent=1``, UTF-8 as it is, no line end after the last bracket."""
    rng, zone = random.Random(15), ZoneInfo(ZONE)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("[")
        for slot in schedule(rng, rows):
            project, pool = rng.choice(_WATSON)
            tags = rng.sample(pool, rng.randint(0, min(2, len(pool))))
            start, stop = _instants(slot, zone)
            frame = [start, stop, project, f"{rng.getrandbits(128):032x}", tags, stop + rng.randint(0, 3600)]
            text = json.dumps(frame, indent=1, ensure_ascii=False).replace("\n", "\n ")  # one level in
            out.write(f"{',' if slot.n else ''}\n {text}")
        out.write("\n]")
    return path


# --- Timewarrior: tests/fixtures/imports/timewarrior/timew-export.json ----------------------------------------------

_TIMEW = (  # the tags an interval is tracked with (Timewarrior sorts them; the first names the contract)
    ("website", "design", "frontend", "long day"),
    ("acme-api", "backend", "bug fix", "call", "client call", "deploy"),
    ("café-brand", "logo", "dépôt", "design"),
    ("admin", "invoices"),
    ("Client X", "research", "call", "日本語"),
)


def write_timewarrior(path: Path, rows: int = ROWS) -> Path:
    """``timew export``: ``[``, one compact JSON object an interval a line (``id`` from the oldest, the count,
    down to 1; ``start``/``end`` like ``20260302T080000Z``; ``tags`` sorted; ``annotation``), ``]``."""
    rng, zone = random.Random(16), ZoneInfo(ZONE)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("[\n")
        for slot in schedule(rng, rows):
            project, *others = rng.choice(_TIMEW)
            tags = sorted({project, *rng.sample(others, rng.randint(0, min(2, len(others))))})
            start, end = (datetime.fromtimestamp(t, UTC).strftime("%Y%m%dT%H%M%SZ") for t in _instants(slot, zone))
            interval = {"id": rows - slot.n, "start": start, "end": end, "tags": tags, "annotation": note(rng)}
            out.write(json.dumps(interval, ensure_ascii=False, separators=(",", ":"))
                      + (",\n" if slot.n < rows - 1 else "\n"))
        out.write("]\n")
    return path


# --- Upwork: tests/fixtures/imports/upwork/transactions-current.csv ------------------------------------------------

_UPWORK_CLIENTS = (  # client, the kind of its contract, its hourly rate or fixed-price job title and milestones
    ("Northwind Traders", "Hourly", 3000),
    ("Bluebird Studio", "Hourly", 2500),
    ("Harbor Analytics", "Fixed-price", ("Logo refresh", ("First sketches", "Revisions", "Final logo"))),
    ("Maple & Co", "Fixed-price", ("Landing page copy", ("Outline", "First draft", "Final copy", "Extra pages"))),
    ("Harbor Analytics", "Bonus", None),
)
_LOCAL_RATE = 15600  # rupiah to the dollar: the local-currency column at a fixed rate
_FEE_PERCENT = 10


class _Lines(list):
    write = list.append  # csv.writer writes a row in one call: each row's line kept, to be written newest first


def write_upwork(path: Path, rows: int = ROWS) -> Path:
    """Upwork's transaction history (the current export): ``rows // 2`` payments (Hourly, Fixed-price, Bonus), each
    with its 10 % ``Service Fee`` row naming the payment's Ref ID, about 22 rows a day; newest first, a running
    balance, the amount in rupiah; CR LF, commas, quoted only where needed (``"Mar 11, 2024"``, ``"1,200.00"``)."""
    rng = random.Random(17)
    lines = _Lines()
    rows_out = csv.writer(lines)
    balance, number = 0, 0
    for slot in islice(schedule(rng, rows - rows % 2), 0, None, 2):  # a payment, then its fee
        client, kind, term = rng.choice(_UPWORK_CLIENTS)
        day = slot.day
        if kind == "Hourly":
            worked = rng.randint(2, 40) * 15 * 60
            amount = priced(term, worked)
            week = day - timedelta(days=7)
            description = (f"Invoice for {week:%m/%d/%Y}-{day - timedelta(days=1):%m/%d/%Y} - "
                           f"{worked // 3600}:{worked // 60 % 60:02d} hrs @ ${money(term)}/hr")
        elif kind == "Fixed-price":
            title, milestones = term
            step = rng.randrange(len(milestones))
            amount = rng.randint(6, 60) * 2500
            description = f"Invoice for {title}: Milestone {step + 1}: {milestones[step]}"
        else:
            amount = rng.randint(2, 10) * 1000
            description = "Bonus"
        fee = -((amount * _FEE_PERCENT + 50) // 100)
        paid = 600_000_000 + 7 * (number + 1)  # the payment's Ref ID, which its fee names
        charged = f"Service Fee for {kind} - Ref ID {paid}"
        for type_, summary, cents in ((kind, description, amount), ("Service Fee", charged, fee)):
            number += 1
            balance += cents
            ref_id = 600_000_000 + 7 * number
            rows_out.writerow([
                f"{_MONTHS[day.month - 1]} {day.day}, {day.year}", 912_400_000 + 13 * number, type_, summary,
                "", "", "", "", "", "Dewi Lestari", client, "Dewi Lestari", "", ref_id, money(cents, ".", ","),
                money(cents * _LOCAL_RATE), "IDR", money(balance), "",
            ])
    with open(path, "w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerow(["Date", "Transaction ID", "Transaction Type", "Transaction Summary",
                                  "Transaction Summary Details", "Description 1", "Description 2", "Description 3",
                                  "Agency", "Freelancer", "Team", "Account Name", "PO", "Ref ID", "Amount $",
                                  "Amount in local currency", "Currency", "Current Balance $", "Payment Method"])
        out.writelines(reversed(lines))
    return path


# --- the files, and their figures ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    name: str  # the format's name in the registry (``--format``)
    label: str  # its row in the table
    file: str  # the file's name in DIR, ``{rows}`` filled in
    write: Callable[[Path, int], Path]
    entries: bool = True  # time entries (else payments)


KINDS = (
    Kind("csv", "this app's CSV", "csv-{rows}.csv", write_csv),
    Kind("toggl", "Toggl", "toggl-{rows}.csv", write_toggl),
    Kind("clockify", "Clockify", "clockify-{rows}.csv", write_clockify),
    Kind("harvest", "Harvest", "harvest-{rows}.csv", write_harvest),
    Kind("kimai", "Kimai 2", "kimai2-{rows}.csv", write_kimai),
    Kind("watson", "Watson frames", "watson-frames-{rows}", write_watson),
    Kind("timewarrior", "`timew export`", "timew-export-{rows}.json", write_timewarrior),
    Kind("upwork", "Upwork ({payments:,} payments + their fees)", "upwork-{rows}.csv", write_upwork, entries=False),
)
BY_NAME = {kind.name: kind for kind in KINDS}


def made(kind: Kind, folder: Path, rows: int) -> Path:
    """The kind's file of ``rows`` rows in ``folder``: the one there, else written (whole, or not at all)."""
    path = folder / kind.file.format(rows=rows)
    if not path.exists():
        partial = path.with_name(path.name + ".partial")
        kind.write(partial, rows)
        partial.replace(path)
    return path


def measure(kind: Kind, path: Path, home: Path) -> dict:
    """``import_bench`` on the file in a process of its own."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), FREELANCE_DESK_HOME=str(home))
    out = subprocess.run([sys.executable, "-m", "tests.benchmarks.import_bench", str(path), "--format", kind.name,
                          "--zone", ZONE], capture_output=True, text=True, env=env, cwd=ROOT, timeout=1800, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{kind.name}: the import benchmark failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def table(results: dict[str, dict], rows: int) -> str:
    lines = ["| format | import s | memory MB | undo s |", "|---|---:|---:|---:|"]
    for name, figures in results.items():
        label = BY_NAME[name].label.format(payments=rows // 2)
        lines.append(f"| {label} | {figures['import_s']:.2f} | {figures['import_mb']:.0f} | {figures['undo_s']:.2f} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=ROWS, help="rows a file (default %(default)s)")
    parser.add_argument("--only", action="append", choices=list(BY_NAME), metavar="NAME",
                        help=f"measure just this format (repeatable): {', '.join(BY_NAME)}")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "freelance-desk-import-formats",
                        help="the folder the files are written to and read from (default %(default)s)")
    args = parser.parse_args(argv)
    if args.rows < 2:
        parser.error("--rows must be at least 2")
    args.out.mkdir(parents=True, exist_ok=True)
    kinds = [BY_NAME[name] for name in args.only] if args.only else list(KINDS)
    paths = {}
    for kind in kinds:
        paths[kind.name] = made(kind, args.out, args.rows)
        print(f"{kind.name}: {paths[kind.name]}", file=sys.stderr)
    results = {}
    with tempfile.TemporaryDirectory(prefix="fd-import-formats-home-") as home:
        for kind in kinds:
            figures = measure(kind, paths[kind.name], Path(home))
            if kind.entries and figures["rows"] != args.rows:
                raise SystemExit(f"{kind.name}: {figures['rows']} of {args.rows} rows were imported")
            results[kind.name] = {key: figures[key] for key in ("import_s", "import_mb", "undo_s")}
            print(f"{kind.name}: {json.dumps(results[kind.name])}", file=sys.stderr)
    print(table(results, args.rows))
    (args.out / "import_formats.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
