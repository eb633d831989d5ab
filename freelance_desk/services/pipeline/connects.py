"""Connects held on a platform: the starting balance, monthly free connects, purchases, spending and refunds.

The balance of a platform on a day is its starting balance plus every movement from that day on to
the day, both included: free connects (a monthly amount, given on the first of each month from the
month set; a later monthly row replaces it from its own month), corrections, purchases (by the day
bought), less the connects proposals spent (by the day sent), plus what came back from them. The
starting balance is what was held at the start of its day, so what happened before it no longer
counts; without one the balance counts from zero at the first movement. Every platform with connects
has its own balance; direct work has none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from peewee import fn

from freelance_desk.core.checks import note_text, utc_now
from freelance_desk.core.errors import ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import check_currency, max_minor
from freelance_desk.core.vocabulary import ConnectsGrantKind
from freelance_desk.db.connection import write
from freelance_desk.db.models import ConnectsGrant, ConnectsPurchase, Platform, Proposal
from freelance_desk.db.records import get_or_missing
from freelance_desk.services.settings.dates import check_day

MAX_HELD = 100_000  # a balance, a purchase, a month's free connects or a correction, at most
NEW_UPWORK_MEMBER = 40  # what a new Upwork account starts with


@dataclass(frozen=True)
class Balance:
    platform_id: int
    platform: str
    held: int  # on the day asked
    opening: int  # the starting balance (0 when none was set)
    opening_on: date | None
    monthly: int  # the free connects of the day's month (0: none)
    monthly_from: date | None  # the first month of that amount
    free: int  # monthly free connects and corrections since the opening
    bought: int
    spent: int
    refunded: int


@dataclass(frozen=True)
class Movement:
    day: date
    kind: str  # "opening", "monthly", "adjust", "purchase", "proposal"
    connects: int  # + in, − out (a proposal: net of its refund)
    text: str  # the note, or the proposal's job title
    cost_minor: int | None = None  # a purchase's price
    currency: str = ""
    record_id: int | None = None  # the purchase's, grant's or proposal's id


def _platform(platform_id: int) -> Platform:
    return get_or_missing(Platform, platform_id, QT_TRANSLATE_NOOP("services", "That platform no longer exists."))


def _first_of_month_from(day: date) -> tuple[int, int]:
    """The (year, month) of the first first-of-a-month on or after ``day``."""
    if day.day == 1:
        return day.year, day.month
    return (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)


def _months(first: date, last: date) -> int:
    """How many firsts of a month lie in [first, last]."""
    if last < first:
        return 0
    start = _first_of_month_from(first)
    return max((last.year - start[0]) * 12 + last.month - start[1] + 1, 0)


def _opening(platform_id: int, day: date) -> ConnectsGrant | None:
    return (ConnectsGrant.select()
            .where((ConnectsGrant.platform == platform_id) & (ConnectsGrant.kind == ConnectsGrantKind.OPENING)
                   & (ConnectsGrant.starts_on <= day))
            .order_by(ConnectsGrant.starts_on.desc(), ConnectsGrant.id.desc()).first())


def _monthly_rows(platform_id: int) -> list[ConnectsGrant]:
    return list(ConnectsGrant.select()
                .where((ConnectsGrant.platform == platform_id) & (ConnectsGrant.kind == ConnectsGrantKind.MONTHLY))
                .order_by(ConnectsGrant.starts_on, ConnectsGrant.id))


def _monthly_spans(rows: list[ConnectsGrant], since: date | None, day: date):
    """Each monthly row with the days it gives its connects on: (row, first, last), within [since, day]."""
    for i, row in enumerate(rows):
        until = rows[i + 1].starts_on if i + 1 < len(rows) else None  # the next monthly row takes over there
        first = max(row.starts_on, since) if since else row.starts_on
        last = min(day, date.fromordinal(until.toordinal() - 1)) if until else day
        yield row, first, last


def _counted(column, since: date | None, day: date):
    """A movement's day counted in a balance: from the starting balance's day (if any) to ``day``."""
    return (column >= since) & (column <= day) if since else (column <= day)


def _free_monthly(rows: list[ConnectsGrant], since: date | None, day: date) -> tuple[int, int, date | None]:
    """The monthly free connects given in [since, day], and the amount of the day's month with its first month."""
    total = 0
    current, current_from = 0, None
    for row, first, last in _monthly_spans(rows, since, day):
        total += row.connects * _months(first, last)
        if row.starts_on <= day:
            current, current_from = row.connects, row.starts_on
    return total, current, current_from


def balance(platform_id: int, day: date) -> Balance:
    """The connects held on ``platform_id`` at the end of ``day`` (grouped queries, no rows loaded)."""
    platform = _platform(platform_id)
    opening = _opening(platform_id, day)
    since = opening.starts_on if opening else None

    def after(column):
        return _counted(column, since, day)

    monthly, current, current_from = _free_monthly(_monthly_rows(platform_id), since, day)
    adjusted = (ConnectsGrant.select(fn.COALESCE(fn.SUM(ConnectsGrant.connects), 0))
                .where((ConnectsGrant.platform == platform_id) & (ConnectsGrant.kind == ConnectsGrantKind.ADJUST)
                       & after(ConnectsGrant.starts_on)).scalar())
    bought = (ConnectsPurchase.select(fn.COALESCE(fn.SUM(ConnectsPurchase.connects), 0))
              .where((ConnectsPurchase.platform == platform_id) & after(ConnectsPurchase.bought_on)).scalar())
    spent, refunded = (Proposal.select(fn.COALESCE(fn.SUM(Proposal.connects), 0),
                                       fn.COALESCE(fn.SUM(Proposal.connects_refunded), 0))
                       .where((Proposal.platform == platform_id) & after(Proposal.sent_on)).tuples().get())
    start = opening.connects if opening else 0
    free = monthly + adjusted
    return Balance(platform_id, platform.name, start + free + bought - spent + refunded, start,
                   since, current, current_from, free, bought, spent, refunded)


def platforms_with_connects() -> list[int]:
    """The platforms whose proposals cost connects: a price set, or any connects held, bought or spent."""
    used = set(ConnectsGrant.select(ConnectsGrant.platform).distinct().scalars())
    used |= set(ConnectsPurchase.select(ConnectsPurchase.platform).where(ConnectsPurchase.platform.is_null(False))
                .distinct().scalars())
    used |= set(Proposal.select(Proposal.platform).where(Proposal.platform.is_null(False) & (Proposal.connects > 0))
                .distinct().scalars())
    priced = Platform.select(Platform.id).where((Platform.connect_price_minor > 0) & ~Platform.archived).scalars()
    used |= set(priced)
    return [p.id for p in Platform.select(Platform.id).where(Platform.id.in_(list(used))).order_by(Platform.name)]


def balances(day: date) -> list[Balance]:
    return [balance(pid, day) for pid in platforms_with_connects()]


def balance_after(platform_id: int | None, connects: int, refunded: int, day: date,
                  proposal_id: int | None = None) -> tuple[int, int] | None:
    """What is held on ``day`` without the proposal, and what would be left after it; None without connects."""
    if platform_id is None or platform_id not in platforms_with_connects():
        return None
    held = balance(platform_id, day)
    left = held.held
    if proposal_id is not None:
        old = Proposal.get_or_none(Proposal.id == proposal_id)
        if old is not None and old.platform_id == platform_id and old.sent_on <= day and (
                held.opening_on is None or old.sent_on >= held.opening_on):
            left += old.connects - old.connects_refunded  # its own connects are not spent twice
    return left, left - (connects - refunded)


def movements(platform_id: int, day: date) -> list[Movement]:
    """Every change to the balance counted on ``day``, newest first (the monthly free ones one line a month)."""
    opening = _opening(platform_id, day)
    since = opening.starts_on if opening else None
    rows: list[Movement] = []
    if opening:
        rows.append(Movement(opening.starts_on, ConnectsGrantKind.OPENING, opening.connects, opening.note,
                             record_id=opening.id))
    for row, first, last in _monthly_spans(_monthly_rows(platform_id), since, day):
        y, m = _first_of_month_from(first)
        while row.connects and (given := date(y, m, 1)) <= last:
            rows.append(Movement(given, ConnectsGrantKind.MONTHLY, row.connects, row.note, record_id=row.id))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    for g in ConnectsGrant.select().where((ConnectsGrant.platform == platform_id)
                                          & (ConnectsGrant.kind == ConnectsGrantKind.ADJUST)
                                          & _counted(ConnectsGrant.starts_on, since, day)):
        rows.append(Movement(g.starts_on, ConnectsGrantKind.ADJUST, g.connects, g.note, record_id=g.id))
    for p in ConnectsPurchase.select().where((ConnectsPurchase.platform == platform_id)
                                             & _counted(ConnectsPurchase.bought_on, since, day)):
        rows.append(Movement(p.bought_on, "purchase", p.connects, p.note, p.cost_minor, p.currency, p.id))
    for p in Proposal.select(Proposal.id, Proposal.sent_on, Proposal.connects, Proposal.connects_refunded,
                             Proposal.job_title).where((Proposal.platform == platform_id) & (Proposal.connects > 0)
                                                       & _counted(Proposal.sent_on, since, day)):
        rows.append(Movement(p.sent_on, "proposal", p.connects_refunded - p.connects, p.job_title, record_id=p.id))
    order = {ConnectsGrantKind.OPENING: 0, ConnectsGrantKind.MONTHLY: 1}
    rows.sort(key=lambda r: (r.day, -order.get(r.kind, 2), r.record_id or 0), reverse=True)
    return rows


# --- what a connect cost ----------------------------------------------------------------------


def paid_prices(start: date | None = None, end: date | None = None) -> dict[int, tuple[str, int, int]]:
    """Per platform, what the purchases that say how many connects they were cost: (currency, cost, connects).

    The purchases bought up to ``end`` count (a connect spent was bought before); ``start`` is not used to
    leave any out, since connects bought long ago are spent later. One currency per platform: its most used.
    """
    where = (ConnectsPurchase.connects > 0) & ConnectsPurchase.platform.is_null(False)
    if end is not None:
        where &= ConnectsPurchase.bought_on <= end
    rows = (ConnectsPurchase.select(ConnectsPurchase.platform, ConnectsPurchase.currency,
                                    fn.SUM(ConnectsPurchase.cost_minor), fn.SUM(ConnectsPurchase.connects))
            .where(where).group_by(ConnectsPurchase.platform, ConnectsPurchase.currency)
            .order_by(fn.SUM(ConnectsPurchase.connects)).tuples())
    return {platform: (currency, cost, count) for platform, currency, cost, count in rows}


# --- writes -----------------------------------------------------------------------------------


def _count(value: int, field: str, lowest: int = 0) -> int:
    if not isinstance(value, int) or not lowest <= value <= MAX_HELD:
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "Connects are between {low} and {limit}."),
                              low=lowest, limit=MAX_HELD)
    return value


def buy(platform_id: int, connects: int, cost_minor: int, currency: str, day: date | None, note: str = "",
        today: date | None = None) -> int:
    """Record connects bought; the purchase's id."""
    _count(connects, "connects", 1)
    currency = check_currency(currency, "cost")
    if cost_minor is None or cost_minor <= 0:
        raise ValidationError("cost", QT_TRANSLATE_NOOP("services", "The amount must be more than zero."))
    if cost_minor > max_minor(currency):
        raise ValidationError("cost", QT_TRANSLATE_NOOP("services", "That amount is implausibly large."))
    if day is None:
        raise ValidationError("bought_on", QT_TRANSLATE_NOOP("services", "Enter the day they were bought."))
    day = check_day(day, "bought_on", today)
    note = note_text(note, "note")
    with write():
        _platform(platform_id)
        return ConnectsPurchase.create(platform=platform_id, bought_on=day, connects=connects, cost_minor=cost_minor,
                                       currency=currency, note=note).id


def _take_out(model, row_id: int, missing: str) -> dict:
    """Delete one row of ``model``; its snapshot, which :func:`_put_back` inserts again."""
    with write():
        get_or_missing(model, row_id, missing)
        snapshot = dict(model.select().where(model.id == row_id).dicts().get())
        model.delete().where(model.id == row_id).execute()
        return snapshot


def _put_back(model, snapshot: dict) -> None:
    with write():
        model.insert(**snapshot).execute()


def delete_purchase(purchase_id: int) -> dict:
    """Delete a purchase; the snapshot :func:`restore_purchase` puts back."""
    return _take_out(ConnectsPurchase, purchase_id, QT_TRANSLATE_NOOP("services", "That purchase no longer exists."))


def restore_purchase(snapshot: dict) -> None:
    _put_back(ConnectsPurchase, snapshot)


def grants(platform_id: int, kind: str) -> list[dict]:
    """A platform's grant rows of one kind, as :func:`put_grants` takes them back."""
    return list(ConnectsGrant.select().where((ConnectsGrant.platform == platform_id) & (ConnectsGrant.kind == kind))
                .order_by(ConnectsGrant.id).dicts())


def put_grants(platform_id: int, kind: str, rows: list[dict]) -> None:
    """Replace a platform's grants of ``kind`` with ``rows`` (undo and redo of the writes below)."""
    with write():
        ConnectsGrant.delete().where((ConnectsGrant.platform == platform_id) & (ConnectsGrant.kind == kind)).execute()
        for row in rows:
            ConnectsGrant.insert(**row).execute()


def _replace_grants(platform_id: int, kind: str, starts_on: date, connects: int, now: datetime | None,
                    replaced=None) -> tuple[list[dict], list[dict]]:
    """The platform's grants of ``kind`` (all, or those ``replaced`` picks) give way to one row; (before, after)."""
    where = (ConnectsGrant.platform == platform_id) & (ConnectsGrant.kind == kind)
    if replaced is not None:
        where &= replaced
    with write():
        _platform(platform_id)
        before = grants(platform_id, kind)
        ConnectsGrant.delete().where(where).execute()
        ConnectsGrant.create(platform=platform_id, kind=kind, starts_on=starts_on, connects=connects,
                             created_at=now or utc_now())
        return before, grants(platform_id, kind)


def set_opening(platform_id: int, connects: int, day: date | None, now: datetime | None = None,
                today: date | None = None) -> tuple[list[dict], list[dict]]:
    """The platform's starting balance: ``connects`` held at the start of ``day``. Returns (before, after)."""
    _count(connects, "opening")
    if day is None:
        raise ValidationError("opening_on", QT_TRANSLATE_NOOP("services", "Enter the day of that balance."))
    day = check_day(day, "opening_on", today)
    return _replace_grants(platform_id, ConnectsGrantKind.OPENING, day, connects, now)


def set_monthly(platform_id: int, connects: int, first_month: date | None, now: datetime | None = None,
                today: date | None = None) -> tuple[list[dict], list[dict]]:
    """Free connects every month from ``first_month`` on (0: none from then); earlier months keep theirs.

    Returns (before, after) for undo.
    """
    _count(connects, "monthly")
    if first_month is None:
        raise ValidationError("monthly_from", QT_TRANSLATE_NOOP("services", "Enter the first month."))
    first = check_day(first_month, "monthly_from", today).replace(day=1)
    return _replace_grants(platform_id, ConnectsGrantKind.MONTHLY, first, connects, now,
                           replaced=ConnectsGrant.starts_on >= first)


def grant(platform_id: int, connects: int, day: date | None, note: str = "", now: datetime | None = None,
          today: date | None = None) -> int:
    """A one-off change to the balance (a bonus, a correction; negative takes connects away); its id."""
    if not isinstance(connects, int) or connects == 0 or abs(connects) > MAX_HELD:
        raise ValidationError("connects", QT_TRANSLATE_NOOP(
            "services", "A correction adds or takes away between 1 and {limit} connects."), limit=MAX_HELD)
    if day is None:
        raise ValidationError("day", QT_TRANSLATE_NOOP("services", "Enter the day."))
    day = check_day(day, "day", today)
    note = note_text(note, "note")
    with write():
        _platform(platform_id)
        return ConnectsGrant.create(platform=platform_id, kind=ConnectsGrantKind.ADJUST, starts_on=day,
                                    connects=connects, note=note, created_at=now or utc_now()).id


def delete_grant(grant_id: int) -> dict:
    return _take_out(ConnectsGrant, grant_id, QT_TRANSLATE_NOOP("services", "That correction no longer exists."))


def restore_grant(snapshot: dict) -> None:
    _put_back(ConnectsGrant, snapshot)


def set_free(platform_id: int, opening: int, opening_on: date | None, monthly: int, monthly_from: date | None,
             now: datetime | None = None, today: date | None = None) -> dict[str, tuple[list[dict], list[dict]]]:
    """The starting balance and the monthly free connects saved together; per kind (before, after) for undo."""
    with write():
        return {ConnectsGrantKind.OPENING: set_opening(platform_id, opening, opening_on, now, today),
                ConnectsGrantKind.MONTHLY: set_monthly(platform_id, monthly, monthly_from, now, today)}
