"""A gig's price split into milestones.

The split is stored one line per milestone as ``title|bps`` (basis points of the price; the lines add
up to 10000). Users type it as ``title | percent`` (``Concepts | 30``, ``Build | 33,5`` in
Indonesian); :func:`parse_split` reads that in the user's convention (``seps``, as amounts are read)
and :func:`split_text` writes it back. ``TemplateData.split`` holds it in the English convention.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from freelance_desk.core.checks import require_text
from freelance_desk.core.errors import ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import POINT, Separators, read_number, write_number

FULL = 10000  # 100 % in basis points
MAX_PARTS = 20


@dataclass(frozen=True)
class SplitPart:
    title: str
    bps: int


def parse_split(text: str, field: str = "milestone_split", seps: Separators = POINT) -> list[SplitPart]:
    """Read "title | percent" lines; empty text is no split. The percents must add up to exactly 100."""
    parts = []
    for number, line in enumerate((text or "").splitlines(), start=1):
        if not line.strip():
            continue
        title, sep, percent = line.rpartition("|")
        title = title.strip()
        if not sep or not title:
            raise ValidationError(
                field,
                QT_TRANSLATE_NOOP("services", "Line {line}: write “milestone title | percent”, e.g. “Concepts | 30”."),
                line=number,
            )
        value = read_number(percent.strip().removesuffix("%").strip(), seps)
        bps = value * 100 if value is not None else Decimal(-1)
        if bps <= 0 or bps > FULL or bps != bps.to_integral_value():
            raise ValidationError(
                field,
                QT_TRANSLATE_NOOP("services", "Line {line}: the percent must be above 0 and at most 100 (two decimals)."),
                line=number,
            )
        parts.append(SplitPart(require_text(title, field), int(bps)))  # a title as any other: refused, never cut
    if len(parts) > MAX_PARTS:
        raise ValidationError(field, QT_TRANSLATE_NOOP("services", "Keep it to {limit} milestones."), limit=MAX_PARTS)
    total = sum(p.bps for p in parts)
    if parts and total != FULL:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("services", "The milestones add up to {total}%; they must add up to 100%."),
            total=write_number(Decimal(total) / 100, seps),
        )
    return parts


def split_text(parts: list[SplitPart], seps: Separators = POINT) -> str:
    """The split as the user types it."""
    return "\n".join(f"{p.title} | {write_number(Decimal(p.bps) / 100, seps)}" for p in parts)


def load_split(stored: str) -> list[SplitPart]:
    parts = []
    for line in (stored or "").splitlines():
        title, sep, bps = line.rpartition("|")
        if sep and bps.strip().isdigit():
            parts.append(SplitPart(title, int(bps)))
    return parts


def dump_split(parts: list[SplitPart]) -> str:
    return "\n".join(f"{p.title}|{p.bps}" for p in parts)


def split_amounts(total_minor: int, parts: list[SplitPart]) -> list[int]:
    """Each part's share of ``total_minor``, adding up to it exactly.

    Shares are rounded down, then the minor units left over go one each to the
    parts with the largest remainders (earlier parts first on ties).
    """
    if not parts:
        return []
    weight = sum(p.bps for p in parts)
    shares = [divmod(total_minor * p.bps, weight) for p in parts]
    amounts = [q for q, _ in shares]
    left = total_minor - sum(amounts)
    by_remainder = sorted(range(len(parts)), key=lambda i: (-shares[i][1], i))
    for i in by_remainder[:left]:
        amounts[i] += 1
    return amounts
