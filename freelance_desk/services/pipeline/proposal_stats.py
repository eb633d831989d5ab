"""Figures about proposals: how many went out, how many won, what a win costs in connects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from peewee import JOIN, fn

from freelance_desk.core.vocabulary import ProposalStatus
from freelance_desk.db import sql
from freelance_desk.db.models import Platform, Proposal
from freelance_desk.services.pipeline import connects
from freelance_desk.services.pipeline.proposal_list import platform_is, sent_between


@dataclass(frozen=True)
class Figures:
    platform: str  # "" for direct proposals (no platform) and for the total over all platforms
    sent: int
    hired: int
    answered: int  # proposals with a known answer date
    connects: int  # spent, net of refunds
    connect_costs: dict[str, int] = field(default_factory=dict)  # currency → minor units, net of refunds
    answer_days_total: int = 0
    paid: bool = False  # the costs are at the average price the purchases paid, not the price noted per proposal

    @property
    def win_rate_bps(self) -> int | None:
        """Hired per proposal sent, in basis points (2500 = 25 %); None when nothing was sent."""
        if not self.sent:
            return None
        return _div(self.hired * 10000, self.sent)

    @property
    def connects_per_win(self) -> Decimal | None:
        if not self.hired:
            return None
        return (Decimal(self.connects) / self.hired).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

    @property
    def cost_per_win(self) -> dict[str, int]:
        """All connects' money spent in the period divided by the contracts won (empty when none)."""
        if not self.hired:
            return {}
        return {cur: _div(minor, self.hired) for cur, minor in self.connect_costs.items()}

    @property
    def avg_answer_days(self) -> Decimal | None:
        if not self.answered:
            return None
        return (Decimal(self.answer_days_total) / self.answered).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class MonthCount:
    month: date  # first day of the month
    sent: int
    hired: int


@dataclass(frozen=True)
class ProposalFigures:
    total: Figures
    by_platform: list[Figures]
    per_month: list[MonthCount]


def _div(numerator: int, denominator: int) -> int:
    """Integer division rounded half up (for non-negative numbers)."""
    return int((Decimal(numerator) / denominator).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def proposal_figures(start: date | None = None, end: date | None = None, platform_id: int | None = None) -> ProposalFigures:
    """Sent, won, connects and answer times for proposals sent in [start, end], in three grouped queries."""
    where = sent_between(start, end)
    if platform_id is not None:
        where &= platform_is(platform_id)
    counts = (
        Proposal.select(
            Platform.name.alias("name"),
            Proposal.platform.alias("pid"),
            fn.COUNT(Proposal.id).alias("sent_count"),
            fn.SUM(sql.if_else(Proposal.status == ProposalStatus.HIRED, 1, 0)).alias("hired_count"),
            fn.SUM(sql.if_else(Proposal.answered_on.is_null(False), 1, 0)).alias("answered"),
            fn.SUM(Proposal.connects - Proposal.connects_refunded).alias("connects"),
            fn.SUM(sql.if_else(Proposal.answered_on.is_null(False), sql.days_between(Proposal.answered_on, Proposal.sent_on), 0)).alias("days"),
        )
        .join(Platform, JOIN.LEFT_OUTER, on=(Proposal.platform == Platform.id))
        .where(where)
        .group_by(Proposal.platform, Platform.name)
        .order_by(fn.COUNT(Proposal.id).desc(), Platform.name)
        .dicts()
    )
    costs: dict[str, dict[str, int]] = {}
    cost_rows = (
        Proposal.select(
            Platform.name.alias("name"),
            Proposal.connect_currency.alias("currency"),
            fn.SUM((Proposal.connects - Proposal.connects_refunded) * Proposal.connect_price_minor).alias("cost"),
        )
        .join(Platform, JOIN.LEFT_OUTER, on=(Proposal.platform == Platform.id))
        .where(where)
        .group_by(Proposal.platform, Platform.name, Proposal.connect_currency)
        .dicts()
    )
    for row in cost_rows:
        if row["cost"]:
            costs.setdefault(row["name"] or "", {})[row["currency"]] = row["cost"]
    # Where purchases say what connects really cost, a connect spent costs their average price.
    paid = connects.paid_prices(end=end)
    priced = set()
    for row in counts:
        price = paid.get(row["pid"])
        if price is not None and row["connects"]:
            currency, cost, count = price
            costs[row["name"] or ""] = {currency: _div(row["connects"] * cost, count)}
            priced.add(row["pid"])
    by_platform = [
        Figures(
            platform=row["name"] or "",
            sent=row["sent_count"],
            hired=row["hired_count"] or 0,
            answered=row["answered"] or 0,
            connects=row["connects"] or 0,
            connect_costs=costs.get(row["name"] or "", {}),
            answer_days_total=row["days"] or 0,
            paid=row["pid"] in priced,
        )
        for row in counts
    ]
    total_costs: dict[str, int] = {}
    for per in costs.values():
        for cur, minor in per.items():
            total_costs[cur] = total_costs.get(cur, 0) + minor
    total = Figures(
        platform="",
        sent=sum(f.sent for f in by_platform),
        hired=sum(f.hired for f in by_platform),
        answered=sum(f.answered for f in by_platform),
        connects=sum(f.connects for f in by_platform),
        connect_costs=total_costs,
        answer_days_total=sum(f.answer_days_total for f in by_platform),
        paid=any(f.paid for f in by_platform),
    )
    return ProposalFigures(total=total, by_platform=by_platform, per_month=_per_month(where, start, end))


def _per_month(where, start: date | None, end: date | None) -> list[MonthCount]:
    month = sql.month_text(Proposal.sent_on)
    rows = {
        row["month"]: row
        for row in Proposal.select(
            month.alias("month"),
            fn.COUNT(Proposal.id).alias("sent_count"),
            fn.SUM(sql.if_else(Proposal.status == ProposalStatus.HIRED, 1, 0)).alias("hired_count"),
        )
        .where(where)
        .group_by(month)
        .dicts()
    }
    if not rows:
        return []
    first = start or date.fromisoformat(min(rows) + "-01")
    last = end or date.fromisoformat(max(rows) + "-01")
    result = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        key = f"{y:04d}-{m:02d}"
        row = rows.get(key)
        result.append(MonthCount(date(y, m, 1), row["sent_count"] if row else 0, (row["hired_count"] or 0) if row else 0))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return result
