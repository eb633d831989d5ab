"""The freelancer's deadlines as one calendar file (``.ics``, RFC 5545) for any calendar app (no Qt).

What it writes: one all-day event on the due date of every milestone still open (planned, active,
submitted, changes requested: what "due" and "overdue" are about, :data:`OPEN_MILESTONE_STATUSES`),
"Due: <milestone> — <contract> (<client>)" with its amount in the contract's currency; and one on the
day submitted work approves itself if the client does nothing (the platform's review days after it
was submitted, :func:`auto_release_on`), "Auto-approves: <milestone> — <contract> (<client>)". A
milestone without a due date, or on a platform without review days (direct work), has no such event.

Why this shape: a calendar app subscribes to or imports the file again and again, so every event
keeps its UID across exports (``milestone-<id>-due@freelance-desk``, ``milestone-<id>-release@…``):
a second import updates the events instead of adding them twice, and a milestone paid or cancelled
since simply is not in the next file. The same data and ``now`` (the events' DTSTAMP) give the same
bytes (events by day, then milestone, then kind). Events are transparent: a deadline blocks no time.
The text (titles, names) goes in as typed; :mod:`icalendar` escapes it and folds the long lines.

Written like :mod:`.export_json`: read in one read transaction, built whole (a few events a
milestone), then written beside the target under a hidden temporary name, synced and renamed over it:
a failed export leaves the target as it was and no part file. Owner-only (0600).

What the optional filters keep:

* ``client`` (a client's name, any case; several clients of that name: all of them): the events of
  that client's contracts. An unknown name is refused, as by the JSON export, writing nothing.
* ``start`` / ``end`` (days, both included): the events whose day lies between them (a due event by
  its due date, an auto-approval by its day).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import format_amount
from freelance_desk.core.vocabulary import (
    MILESTONE_STATUS_LABELS,
    OPEN_MILESTONE_STATUSES,
    MilestoneStatus,
)
from freelance_desk.db.connection import read_snapshot
from freelance_desk.db.models import Contract, InvoiceLine, Milestone
from freelance_desk.services.billing.invoice_list import open_invoices
from freelance_desk.services.io.export_json import Exported, Filter, Where
from freelance_desk.services.io.written import check_file_target, replaced_whole
from freelance_desk.services.milestones.auto_release import auto_release_on
from freelance_desk.services.milestones.queries import milestone_query

PRODID = "-//Freelance Desk//EN"
CALENDAR_NAME = "Freelance Desk"
UID_DOMAIN = "freelance-desk"

# The kinds of event, in the order a day lists them; each is a key of ``Exported.rows``.
DUE = "milestone_due"
RELEASE = "auto_release"
INVOICE_DUE = "invoice_due"
KINDS = (DUE, RELEASE, INVOICE_DUE)

DUE_SUMMARY = QT_TRANSLATE_NOOP("services", "Due: {title} — {contract} ({client})")
RELEASE_SUMMARY = QT_TRANSLATE_NOOP("services", "Auto-approves: {title} — {contract} ({client})")
INVOICE_SUMMARY = QT_TRANSLATE_NOOP("services", "Invoice {number} due — {client}")
OWED_LINE = QT_TRANSLATE_NOOP("services", "Amount due: {amount}")
AMOUNT_LINE = QT_TRANSLATE_NOOP("services", "Amount: {amount}")
STATUS_LINE = QT_TRANSLATE_NOOP("services", "Status: {status}")
RELEASE_LINE = QT_TRANSLATE_NOOP(
    "services", "Submitted on {day}: the platform approves it on this day unless the client acts first."
)

Translate = Callable[[str], str]


@dataclass(frozen=True)
class CalendarEvent:
    """One all-day event of the file."""

    day: date
    kind: str  # one of KINDS
    source_id: int  # the milestone's id (an invoice's, one day)
    uid: str
    summary: str
    description: str


def export_ics(
    out: Path, now: datetime, chosen: Filter | None = None, *, translate: Translate | None = None,
    money: Callable[[int, str], str] = format_amount, day_text: Callable[[date], str] = date.isoformat,
) -> Exported:
    """Write the open database's deadlines to ``out`` as a calendar (replaced whole once written); what was written.

    ``now`` is every event's DTSTAMP; ``translate`` (the interface's, for the ``services`` context) puts the
    summaries and descriptions in the user's language, else they are English; ``money`` and ``day_text``
    (the interface's locale) write the amounts and days in them, else as ``$1,250.50`` and ``2026-03-12``.
    """
    out = Path(out)
    chosen = chosen or Filter()
    check_file_target(out)
    with read_snapshot():  # the client's ids and its milestones from one state of the file
        events = [e for e in _events(chosen, _Wording(translate, money, day_text)) if _within(e.day, chosen)]
    events.sort(key=lambda e: (e.day, e.source_id, KINDS.index(e.kind)))
    data = _calendar(events, now).to_ical()
    with replaced_whole(out, mode="wb") as stream:
        stream.write(data)
    rows = {kind: sum(1 for e in events if e.kind == kind) for kind in KINDS}
    return Exported(out, rows, len(data))


@dataclass(frozen=True)
class _Wording:
    """How the events' texts are worded: the language, and the locale's money and days."""

    translate: Translate | None
    money: Callable[[int, str], str]
    day_text: Callable[[date], str]

    def say(self, template: str, **params) -> str:
        """A marked text in the user's language with its parameters (a translation that breaks them: the English)."""
        text = self.translate(template) if self.translate else template
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return template.format(**params)


def _events(chosen: Filter, words: _Wording) -> Iterator[CalendarEvent]:
    """Every event of the filter's client (the days are filtered by the caller: each kind has its own day)."""
    where = Where(chosen)  # (a name nobody has: refused, as by the JSON export)
    yield from _milestone_events(where.clients, where.contracts, words)
    yield from _invoice_events(where.clients, where.contracts, words)


def _invoice_events(clients: list[int] | None, contracts: list[int] | None,
                    words: _Wording) -> Iterator[CalendarEvent]:
    """A sent invoice not paid in full, on its due day (of a contract named: an invoice that bills it)."""
    billing = None if contracts is None else set(
        InvoiceLine.select(InvoiceLine.invoice).where(InvoiceLine.contract.in_(contracts)).scalars())
    for row in open_invoices():
        if (clients is None or row.client_id in clients) and (billing is None or row.invoice_id in billing):
            yield CalendarEvent(
                row.due_on, INVOICE_DUE, row.invoice_id, f"invoice-{row.invoice_id}-due@{UID_DOMAIN}",
                words.say(INVOICE_SUMMARY, number=row.number, client=row.client),
                words.say(OWED_LINE, amount=words.money(row.due, row.currency)),
            )


def _milestone_events(clients: list[int] | None, contracts: list[int] | None,
                      words: _Wording) -> Iterator[CalendarEvent]:
    query = milestone_query().where(Milestone.status.in_(OPEN_MILESTONE_STATUSES))
    if clients is not None:
        query = query.where(Contract.client.in_(clients))
    if contracts is not None:
        query = query.where(Contract.id.in_(contracts))
    for m in query.order_by(Milestone.id).dicts():
        names = dict(title=m["title"], contract=m["contract"], client=m["client"])
        amount = words.say(AMOUNT_LINE, amount=words.money(m["amount_minor"], m["currency"]))
        if m["due_date"] is not None:
            status = words.say(MILESTONE_STATUS_LABELS[MilestoneStatus(m["status"])])
            yield CalendarEvent(
                m["due_date"], DUE, m["id"], f"milestone-{m['id']}-due@{UID_DOMAIN}",
                words.say(DUE_SUMMARY, **names),
                amount + "\n" + words.say(STATUS_LINE, status=status),
            )
        if m["status"] == MilestoneStatus.SUBMITTED:
            day = auto_release_on(m["submitted_at"], m["review_days"])
            if day is not None:
                submitted = words.day_text(m["submitted_at"].date())
                yield CalendarEvent(
                    day, RELEASE, m["id"], f"milestone-{m['id']}-release@{UID_DOMAIN}",
                    words.say(RELEASE_SUMMARY, **names),
                    amount + "\n" + words.say(RELEASE_LINE, day=submitted),
                )


def _within(day: date, chosen: Filter) -> bool:
    return (chosen.start is None or day >= chosen.start) and (chosen.end is None or day <= chosen.end)


def _calendar(events: list[CalendarEvent], now: datetime) -> Calendar:
    stamp = now.astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    for e in events:
        event = Event()
        event.add("uid", e.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", e.day)  # a date: VALUE=DATE, all day
        event.add("dtend", e.day + timedelta(days=1))  # DTEND is exclusive: the next day
        event.add("summary", e.summary)
        event.add("description", e.description)
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar
