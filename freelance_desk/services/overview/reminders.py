"""What to remind the freelancer of, through the tray: each a plain fact the window words.

- no timer has run for a while during the freelancer's own working hours (Settings);
- a milestone is due tomorrow in its client's calendar (``client_day``);
- submitted work approves itself (and its money is released) in two days;
- an invoice is due today.

Each reminder has a ``key`` naming the thing and its day, so the window shows it once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from freelance_desk.core.vocabulary import CLOSED_CONTRACT_STATUSES, OPEN_MILESTONE_STATUSES, MilestoneStatus
from freelance_desk.db.models import Contract, Milestone
from freelance_desk.services.billing.invoice_list import open_invoices
from freelance_desk.services.clients.clock import zone
from freelance_desk.services.milestones.client_day import Today, client_today
from freelance_desk.services.milestones.queries import milestone_query, milestone_rows
from freelance_desk.services.settings import store as settings_store
from freelance_desk.services.time.entry_rows import running_record
from freelance_desk.services.time.queries import last_end

RELEASE_NOTICE_DAYS = 2
DEFAULT_NO_TIMER_MINUTES = 30


class ReminderKind(StrEnum):
    NO_TIMER = "no_timer"
    MILESTONE_DUE = "milestone_due"
    AUTO_RELEASE = "auto_release"
    INVOICE_DUE = "invoice_due"


@dataclass(frozen=True)
class Reminder:
    kind: ReminderKind
    key: str  # the thing and its day: shown once
    title: str = ""  # the milestone's or the invoice number (user text)
    client: str = ""
    contract: str = ""
    amount_minor: int = 0
    currency: str = ""
    day: date | None = None  # due, or released on
    minutes: int = 0  # NO_TIMER: how long no timer has run
    page: str = ""  # where the window opens when the reminder is clicked
    target: dict = field(default_factory=dict)


def _working_window(now: datetime, my_zone: str) -> tuple[datetime, datetime] | None:
    """Today's stretch of the freelancer's working hours that holds ``now`` (they may run past midnight)."""
    start, end = settings_store.working_hours()
    tz = zone(my_zone)
    local = now.astimezone(tz)
    for day in (local.date(), local.date() - timedelta(days=1)):
        begin = datetime.combine(day, start, tz)
        finish = datetime.combine(day if end > start else day + timedelta(days=1), end, tz)
        if begin <= local < finish:
            return begin.astimezone(UTC), finish.astimezone(UTC)
    return None


def no_timer(now: datetime, my_zone: str, minutes: int) -> Reminder | None:
    """In working hours, no timer running and none for ``minutes`` (since the last entry ended, or
    since the working day began)."""
    window = _working_window(now, my_zone)
    if window is None or minutes <= 0 or running_record() is not None:
        return None
    ended = last_end(window[0], now)
    quiet_since = max(ended, window[0]) if ended is not None else window[0]
    quiet = int((now - quiet_since).total_seconds()) // 60
    if quiet < minutes:
        return None
    # One reminder per quiet stretch and per ``minutes`` of it.
    return Reminder(ReminderKind.NO_TIMER, f"no-timer:{int(quiet_since.timestamp())}:{quiet // minutes}",
                    minutes=quiet, page="time")


def milestones_due_tomorrow(today: Today) -> list[Reminder]:
    """Open milestones due tomorrow in their client's calendar."""
    query = milestone_query().where(
        Milestone.status.in_(OPEN_MILESTONE_STATUSES) & (Milestone.due_date == client_today(today, plus_days=1))
        & Contract.status.not_in(CLOSED_CONTRACT_STATUSES))
    return [Reminder(ReminderKind.MILESTONE_DUE, f"milestone-due:{m.id}:{m.due_date}", m.title, m.client, m.contract,
                     m.amount_minor, m.currency, m.due_date, page="contracts",
                     target={"contract_id": m.contract_id, "milestone_id": m.id})
            for m in milestone_rows(query.order_by(Milestone.due_date, Milestone.id), today)]


def releasing_soon(today: Today, days: int = RELEASE_NOTICE_DAYS) -> list[Reminder]:
    """Submitted work that approves itself in ``days`` days (the client has that long to ask for changes)."""
    query = milestone_query().where(Milestone.status == MilestoneStatus.SUBMITTED).order_by(Milestone.id)
    release_day = today.mine + timedelta(days=days)
    return [Reminder(ReminderKind.AUTO_RELEASE, f"auto-release:{m.id}:{m.auto_release}", m.title, m.client, m.contract,
                     m.amount_minor, m.currency, m.auto_release, page="contracts",
                     target={"contract_id": m.contract_id, "milestone_id": m.id})
            for m in milestone_rows(query, today) if m.auto_release == release_day]


def invoices_due_today(day: date) -> list[Reminder]:
    """Sent invoices, not paid in full, due on ``day``."""
    return [Reminder(ReminderKind.INVOICE_DUE, f"invoice-due:{r.invoice_id}:{r.due_on}", r.number, r.client,
                     amount_minor=r.due, currency=r.currency, day=r.due_on, page="invoices",
                     target={"invoice_id": r.invoice_id})
            for r in open_invoices() if r.due_on == day]


def reminders(now: datetime, my_zone: str, kinds: set[ReminderKind],
              no_timer_minutes: int = DEFAULT_NO_TIMER_MINUTES) -> list[Reminder]:
    """The reminders of the ``kinds`` switched on, as of ``now``."""
    today = Today.at(now, my_zone)
    found: list[Reminder] = []
    if ReminderKind.NO_TIMER in kinds and (nudge := no_timer(now, my_zone, no_timer_minutes)) is not None:
        found.append(nudge)
    if ReminderKind.MILESTONE_DUE in kinds:
        found += milestones_due_tomorrow(today)
    if ReminderKind.AUTO_RELEASE in kinds:
        found += releasing_soon(today)
    if ReminderKind.INVOICE_DUE in kinds:
        found += invoices_due_today(today.mine)
    return found

