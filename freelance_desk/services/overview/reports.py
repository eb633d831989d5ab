"""Progress reports for clients who read rather than call: a period's work as text ready to paste."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from peewee import fn

from freelance_desk.core.durations import hours_minutes, shown_minutes
from freelance_desk.core.errors import ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP, english_plural
from freelance_desk.core.money import format_amount
from freelance_desk.core.vocabulary import (
    DELIVERED_MILESTONE_STATUSES,
    TO_DO_MILESTONE_STATUSES,
    ContractKind,
    ContractStatus,
    MilestoneStatus,
)
from freelance_desk.db import sql
from freelance_desk.db.connection import db
from freelance_desk.db.models import DailyTime
from freelance_desk.services.clients.clock import zone
from freelance_desk.services.contracts.contracts import get_contract
from freelance_desk.services.milestones.queries import contract_milestones
from freelance_desk.services.money.week_earnings import earnings_of

MAX_REPORT_DAYS = 366


@dataclass(frozen=True)
class ReportMilestone:
    title: str
    status: str
    amount_minor: int
    due_date: date | None
    on: date | None  # the day it reached its status (done) / was submitted (in review)
    auto_release: date | None = None


@dataclass(frozen=True)
class NoteHours:
    note: str
    seconds: int
    days: int


@dataclass(frozen=True)
class ProgressReport:
    contract: str
    client: str
    client_zone: str
    kind: str
    currency: str
    rate_minor: int | None
    start: date
    end: date
    done: list[ReportMilestone]
    next: list[ReportMilestone]
    in_review: list[ReportMilestone]
    awaiting_payment: list[ReportMilestone]
    to_fund: ReportMilestone | None
    seconds: int
    billable_seconds: int
    days_worked: int
    by_note: list[NoteHours]
    has_milestones: bool
    due_date: date | None  # the contract's end date while it is still open

    @property
    def billable_amount_minor(self) -> int | None:
        if self.kind == ContractKind.FIXED or not self.rate_minor:
            return None
        # The hours the report shows at the rate, so "1:00 h at $40.00/h" makes $40.00.
        return earnings_of(shown_minutes(self.billable_seconds) * 60, self.rate_minor)

    @property
    def pending_from_client(self) -> bool:
        return bool(self.in_review or self.awaiting_payment or self.to_fund)


def _local_day(instant: datetime | None, tz) -> date | None:
    return instant.astimezone(tz).date() if instant else None


def progress_report(contract_id: int, start: date, end: date, my_zone: str) -> ProgressReport:
    """What happened on a contract in [start, end] (days in ``my_zone``) and what comes next."""
    if start is None or end is None or end < start:
        raise ValidationError("end", QT_TRANSLATE_NOOP("services", "The end date is before the start date."))
    if (end - start).days >= MAX_REPORT_DAYS:
        raise ValidationError("end", QT_TRANSLATE_NOOP("services", "Choose a period of at most a year."))
    contract = get_contract(contract_id)
    tz = zone(my_zone)
    milestones = contract_milestones(contract_id, end)
    done, open_, review, unpaid = [], [], [], []
    for m in milestones:
        reached_day = _local_day({MilestoneStatus.SUBMITTED: m.submitted_at, MilestoneStatus.APPROVED: m.approved_at}.get(m.status), tz)
        if m.status in DELIVERED_MILESTONE_STATUSES:
            # The latest delivery step that fell in the period: paid, else approved, else submitted.
            events = ((m.paid_at, MilestoneStatus.PAID), (m.approved_at, MilestoneStatus.APPROVED), (m.submitted_at, MilestoneStatus.SUBMITTED))
            for instant, step in events:
                day = _local_day(instant, tz)
                if day and start <= day <= end:
                    done.append(ReportMilestone(m.title, step, m.amount_minor, m.due_date, day))
                    break
        if m.status in TO_DO_MILESTONE_STATUSES:
            open_.append(ReportMilestone(m.title, m.status, m.amount_minor, m.due_date, None))
        elif m.status == MilestoneStatus.SUBMITTED:
            review.append(
                ReportMilestone(m.title, m.status, m.amount_minor, m.due_date, reached_day, m.auto_release)
            )
        elif m.status == MilestoneStatus.APPROVED:
            unpaid.append(ReportMilestone(m.title, m.status, m.amount_minor, m.due_date, reached_day))
    to_fund = open_[0] if open_ and open_[0].status == MilestoneStatus.PLANNED and not any(
        x.status in (MilestoneStatus.ACTIVE, MilestoneStatus.CHANGES_REQUESTED) for x in open_
    ) else None
    totals = (
        DailyTime.select(
            fn.COALESCE(fn.SUM(DailyTime.seconds), 0),
            fn.COALESCE(fn.SUM(DailyTime.billable_seconds), 0),
            fn.COUNT(DailyTime.day),
        )
        .where((DailyTime.contract == contract_id) & DailyTime.day.between(start.isoformat(), end.isoformat()))
        .where(DailyTime.seconds > 0)
        .tuples()
        .get()
    )
    return ProgressReport(
        contract=contract.title,
        client=contract.client.name,
        client_zone=contract.client.timezone,
        kind=contract.kind,
        currency=contract.currency,
        rate_minor=contract.rate_minor,
        start=start,
        end=end,
        done=done,
        next=open_,
        in_review=review,
        awaiting_payment=unpaid,
        to_fund=to_fund,
        seconds=totals[0],
        billable_seconds=totals[1],
        days_worked=totals[2],
        by_note=hours_by_note(contract_id, start, end),
        has_milestones=bool(milestones),
        due_date=contract.end_date if contract.kind == ContractKind.FIXED and contract.status in (ContractStatus.ACTIVE, ContractStatus.PAUSED) else None,
    )


def hours_by_note(contract_id: int, start: date, end: date) -> list[NoteHours]:
    """Finished time entries of [start, end] (their own local days) grouped by note, most time first.

    The start index narrows the scan to the period (± the widest UTC offsets);
    the local day then decides, as in ``daily_time``.
    """
    day = sql.entry_day_sql("t")
    lo = datetime.combine(start, time(0), UTC) - timedelta(hours=14)
    hi = datetime.combine(end + timedelta(days=1), time(0), UTC) + timedelta(hours=12)
    cursor = db.execute_sql(sql.raw(
        f'SELECT TRIM(t.note), SUM(t."end" - t.start), COUNT(DISTINCT {day}) FROM time_entry t '
        f'WHERE t.contract_id = ? AND t.start >= ? AND t.start < ? AND t."end" IS NOT NULL '
        f"AND {day} BETWEEN ? AND ? GROUP BY TRIM(t.note) ORDER BY 2 DESC, 1"),
        (contract_id, int(lo.timestamp()), int(hi.timestamp()), start.isoformat(), end.isoformat()),
    )
    return [NoteHours(note or "", seconds, days) for note, seconds, days in cursor.fetchall()]


# --- as text -------------------------------------------------------------------

STATUS_WORDS = {
    MilestoneStatus.PLANNED: QT_TRANSLATE_NOOP("services", "not started"),
    MilestoneStatus.ACTIVE: QT_TRANSLATE_NOOP("services", "in progress"),
    MilestoneStatus.CHANGES_REQUESTED: QT_TRANSLATE_NOOP("services", "working on your changes"),
    MilestoneStatus.SUBMITTED: QT_TRANSLATE_NOOP("services", "submitted"),
    MilestoneStatus.APPROVED: QT_TRANSLATE_NOOP("services", "approved"),
    MilestoneStatus.PAID: QT_TRANSLATE_NOOP("services", "paid"),
}


def hours(seconds: int, translate: Callable[[str], str] | None = None) -> str:
    """7:30 h: hours and minutes, as time trackers show them (the one rule of core.durations), the
    unit in the reader's language ("7:30 jam")."""
    unit = QT_TRANSLATE_NOOP("services", "{0} h")
    return (translate or (lambda s: s))(unit).format(hours_minutes(seconds))


# Markdown's backslash escapes (CommonMark: any ASCII punctuation may be escaped): the characters that
# could start emphasis, code, a link, an image, raw HTML, an entity, a table cell or strikethrough.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~&])")
_LIST_START = re.compile(r"^(\s*|\s*\d+)([-=.])")


def markdown_literal(text: str) -> str:
    """User text that a Markdown viewer shows exactly as typed: ``<img src=x>`` stays those characters,
    ``**bold**`` stays asterisks, and a line break in it cannot start a heading or a list of its own."""
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.splitlines()))
    return _LIST_START.sub(r"\1\\\2", text)  # "- x" or "1. x" where the text starts: not a list of its own


def report_markdown(
    report: ProgressReport,
    translate: Callable[[str], str] | None = None,
    translate_n: Callable[[str, int], str] | None = None,
    money_text: Callable[[int, str], str] = format_amount,
    literal: Callable[[str], str] | None = None,
) -> str:
    """The report as Markdown that also reads well as plain text in a chat or an e-mail.

    ``translate`` gives a marked text in the reader's language; ``translate_n`` one with a count
    ("%n day(s)", Qt's plural forms), its count filled in; ``money_text`` (minor units and currency
    → text) writes amounts in the interface's locale. Without them it is English with locale-free amounts.
    ``literal`` writes the user's own text (names, titles, notes): :func:`markdown_literal` for a ``.md``
    file a viewer renders; none (as typed) for the screen, the clipboard and plain text.
    """
    tr = translate or (lambda s: s)
    lit = literal or (lambda s: s)
    tr_n = translate_n or (lambda s, n: english_plural(tr(s), n))
    money = lambda minor: money_text(minor, report.currency)  # noqa: E731
    lines = [
        "# " + tr(QT_TRANSLATE_NOOP("services", "Progress report: {contract}")).format(contract=lit(report.contract)),
        tr(QT_TRANSLATE_NOOP("services", "Client: {client} · Period: {start} – {end}")).format(
            client=lit(report.client), start=report.start.isoformat(), end=report.end.isoformat()
        ),
        "",
        "## " + tr(QT_TRANSLATE_NOOP("services", "Done")),
    ]
    if report.done:
        for m in report.done:
            lines.append(
                "- "
                + tr(QT_TRANSLATE_NOOP("services", "{title} ({amount}) — {status} on {day}")).format(
                    title=lit(m.title), amount=money(m.amount_minor), status=tr(STATUS_WORDS[m.status]), day=m.on.isoformat()
                )
            )
    else:
        lines.append("- " + tr(QT_TRANSLATE_NOOP("services", "No milestone was delivered in this period.")))
    lines += ["", "## " + tr(QT_TRANSLATE_NOOP("services", "Hours"))]
    if report.seconds:
        lines.append(
            tr_n(QT_TRANSLATE_NOOP("services", "{hours} over %n day(s)"), report.days_worked).format(hours=hours(report.seconds, tr))
        )
        amount = report.billable_amount_minor
        if amount is not None:
            lines.append(
                tr(QT_TRANSLATE_NOOP("services", "Billable: {hours} at {rate}/h = {amount}")).format(
                    hours=hours(report.billable_seconds, tr), rate=money(report.rate_minor), amount=money(amount)
                )
            )
        for n in report.by_note:
            note = lit(n.note) if n.note else tr(QT_TRANSLATE_NOOP("services", "Other work"))
            lines.append(f"- {note} — {hours(n.seconds, tr)}")
    else:
        lines.append(tr(QT_TRANSLATE_NOOP("services", "No time was tracked in this period.")))
    if report.has_milestones or report.due_date:
        lines += ["", "## " + tr(QT_TRANSLATE_NOOP("services", "Next"))]
    if not report.has_milestones:
        if report.due_date:
            lines.append("- " + tr(QT_TRANSLATE_NOOP("services", "Delivery due {day}")).format(day=report.due_date.isoformat()))
    elif report.next:
        for m in report.next:
            due = (
                tr(QT_TRANSLATE_NOOP("services", ", due {day}")).format(day=m.due_date.isoformat()) if m.due_date else ""
            )
            lines.append(f"- {lit(m.title)} ({money(m.amount_minor)}) — {tr(STATUS_WORDS[m.status])}{due}")
    else:
        lines.append("- " + tr(QT_TRANSLATE_NOOP("services", "All milestones are delivered.")))
    lines += ["", "## " + tr(QT_TRANSLATE_NOOP("services", "Waiting on you"))]
    for m in report.in_review:
        lines.append(
            "- "
            + tr(QT_TRANSLATE_NOOP("services", "Please review “{title}” ({amount}), submitted on {day}.")).format(
                title=lit(m.title), amount=money(m.amount_minor), day=m.on.isoformat() if m.on else "?"
            )
        )
        if m.auto_release:
            lines.append(
                "  "
                + tr(QT_TRANSLATE_NOOP("services", "If there is no answer, it is approved automatically on {day}.")).format(
                    day=m.auto_release.isoformat()
                )
            )
    for m in report.awaiting_payment:
        lines.append(
            "- "
            + tr(QT_TRANSLATE_NOOP("services", "Payment for “{title}” ({amount}), approved on {day}.")).format(
                title=lit(m.title), amount=money(m.amount_minor), day=m.on.isoformat() if m.on else "?"
            )
        )
    if report.to_fund:
        lines.append(
            "- "
            + tr(QT_TRANSLATE_NOOP("services", "Funding the next milestone, “{title}” ({amount}), so I can start.")).format(
                title=lit(report.to_fund.title), amount=money(report.to_fund.amount_minor)
            )
        )
    if not report.pending_from_client:
        lines.append("- " + tr(QT_TRANSLATE_NOOP("services", "Nothing at the moment. Thank you!")))
    return "\n".join(lines) + "\n"
