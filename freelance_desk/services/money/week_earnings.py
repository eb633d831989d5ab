"""Hourly contracts: what a week earned (billable hours × rate, capped at the weekly limit).

A week follows the ``week_start`` setting. ``monday_utc`` (how Upwork bills) runs from
Monday 00:00 UTC, so its hours are summed over the time entries that start in that UTC
range (the (contract, start) index makes this cheap). The local week settings use the day
each entry was recorded on (its own zone), summed from the ``daily_time`` summary.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from peewee import fn

from freelance_desk.core.calendar import week_bounds
from freelance_desk.core.durations import shown_minutes
from freelance_desk.core.errors import ValidationError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.money import fee_of
from freelance_desk.core.vocabulary import ContractKind, PaymentKind, WeekStart
from freelance_desk.db import sql
from freelance_desk.db.connection import write
from freelance_desk.db.models import Client, Contract, DailyTime, Payment, TimeEntry
from freelance_desk.services.money.payments import PaymentData, record_payment
from freelance_desk.services.settings import store as settings_store
from freelance_desk.services.settings.dates import check_day


def week_of(day: date, mode: str | None = None) -> tuple[date, date]:
    """The first and last day of the week ``day`` falls in."""
    return week_bounds(day, mode or settings_store.week_start())


def billable_seconds(contract_id: int, first: date, mode: str) -> int:
    """Billable seconds tracked on the contract in the week starting ``first``."""
    last = first + timedelta(days=6)
    if mode == WeekStart.MONDAY_UTC:
        begin = int(datetime.combine(first, time(0), UTC).timestamp())
        seconds = (
            TimeEntry.select(fn.SUM(TimeEntry.end - TimeEntry.start))
            .where(
                (TimeEntry.contract == contract_id)
                & (TimeEntry.start >= begin)
                & (TimeEntry.start < begin + 7 * 86400)
                & TimeEntry.end.is_null(False)
                & (TimeEntry.billable == True)  # noqa: E712
            )
            .scalar()
        )
    else:
        seconds = (
            DailyTime.select(fn.SUM(DailyTime.billable_seconds))
            .where(
                (DailyTime.contract == contract_id)
                & (DailyTime.day >= first.isoformat())
                & (DailyTime.day <= last.isoformat())
            )
            .scalar()
        )
    return int(seconds or 0)


def earnings_of(seconds: int, rate_minor: int) -> int:
    """``seconds`` of work at ``rate_minor`` per hour, rounded half up to a minor unit."""
    return int((Decimal(seconds) * rate_minor / 3600).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class WeekEarnings:
    contract_id: int
    period_start: date
    period_end: date
    currency: str
    rate_minor: int
    fee_bps: int
    billable_seconds: int
    limit_seconds: int | None  # None: no weekly limit
    billed_seconds: int  # billable, capped at the limit
    unbilled_seconds: int  # billable hours over the limit: tracked, not paid
    gross_minor: int
    fee_minor: int
    net_minor: int
    recorded_on: date | None  # the week is already paid (received on this day)


def _hourly_contract(contract_id: int | None) -> Contract:
    contract = Contract.get_or_none(Contract.id == contract_id) if contract_id else None
    if contract is None or contract.kind != ContractKind.HOURLY:
        raise ValidationError("contract", QT_TRANSLATE_NOOP("services", "Choose an hourly contract."))
    return contract


def _covering_payment(contract_id: int, first: date, last: date) -> Payment | None:
    return (
        Payment.select()
        .where(
            (Payment.contract == contract_id)
            & (Payment.kind == PaymentKind.HOURLY)
            & (Payment.period_start <= last)
            & (Payment.period_end >= first)
        )
        .order_by(Payment.received_on)
        .first()
    )


def _earnings(contract: Contract, first: date, seconds: int, recorded_on: date | None) -> WeekEarnings:
    limit = contract.weekly_limit_minutes * 60 if contract.weekly_limit_minutes else None
    billed = min(seconds, limit) if limit is not None else seconds
    # Priced from the minutes the week shows (core/durations' one rule), so H:MM × rate is the amount.
    gross = earnings_of(shown_minutes(billed) * 60, contract.rate_minor or 0)
    fee = fee_of(gross, contract.fee_bps)
    return WeekEarnings(
        contract_id=contract.id,
        period_start=first,
        period_end=first + timedelta(days=6),
        currency=contract.currency,
        rate_minor=contract.rate_minor or 0,
        fee_bps=contract.fee_bps,
        billable_seconds=seconds,
        limit_seconds=limit,
        billed_seconds=billed,
        unbilled_seconds=seconds - billed,
        gross_minor=gross,
        fee_minor=fee,
        net_minor=gross - fee,
        recorded_on=recorded_on,
    )


def propose_week(contract_id: int, day: date, mode: str | None = None) -> WeekEarnings:
    """What the week containing ``day`` earned on an hourly contract, ready to record."""
    mode = mode or settings_store.week_start()
    contract = _hourly_contract(contract_id)
    first, last = week_of(day, mode)
    paid = _covering_payment(contract.id, first, last)
    return _earnings(contract, first, billable_seconds(contract.id, first, mode), paid.received_on if paid else None)


def record_week(
    contract_id: int,
    week_day: date,
    received_on: date,
    gross_minor: int,
    fee_minor: int,
    rate: Decimal | None = Decimal(1),
    note: str = "",
    now: datetime | None = None,
) -> Payment:
    """Record the hourly earnings of the week containing ``week_day``; a week is paid once."""
    mode = settings_store.week_start()
    check_day(week_day, "week", now.date() if now else None)
    with write():
        contract = _hourly_contract(contract_id)
        first, last = week_of(week_day, mode)
        paid = _covering_payment(contract.id, first, last)
        if paid is not None:
            raise ValidationError(
                "week",
                QT_TRANSLATE_NOOP(
                    "services",
                    "The week {first} – {last} is already recorded for this contract (received {received}). "
                    "Edit that payment on the Payments page instead.",
                ),
                first=first.isoformat(),
                last=last.isoformat(),
                received=paid.received_on.isoformat(),
            )
        return record_payment(
            PaymentData(
                contract_id=contract.id,
                received_on=received_on,
                gross_minor=gross_minor,
                fee_minor=fee_minor,
                currency=contract.currency,
                rate=rate,
                kind=PaymentKind.HOURLY,
                period_start=first,
                period_end=last,
                note=note,
            ),
            now=now,
        )


@dataclass(frozen=True)
class UnrecordedWeek:
    contract_id: int
    contract: str
    client: str
    period_start: date
    period_end: date
    billable_seconds: int
    unbilled_seconds: int
    currency: str
    gross_minor: int
    net_minor: int


def unrecorded_weeks(today: date, mode: str | None = None) -> list[UnrecordedWeek]:
    """Finished weeks of hourly contracts with billable hours and no hourly payment covering them.

    Candidate weeks come from the day summary in one grouped query; the exact sum is then
    taken for each candidate week that no payment covers.
    """
    mode = mode or settings_store.week_start()
    current_first, _ = week_of(today, mode)
    week = sql.week_first(DailyTime.day, monday=mode != WeekStart.SUNDAY_LOCAL)
    weekday = sql.weekday_of(DailyTime.day)
    rows = (
        DailyTime.select(DailyTime.contract, week, fn.MAX(sql.if_else(weekday == "1", 1, 0)), fn.MAX(sql.if_else(weekday == "0", 1, 0)))
        .join(Contract)
        .where((Contract.kind == ContractKind.HOURLY) & (DailyTime.billable_seconds > 0))
        .group_by(DailyTime.contract, week)
        .tuples()
    )
    candidates: set[tuple[int, date]] = set()
    for contract_id, first_text, has_monday, has_sunday in rows:
        first = date.fromisoformat(first_text)
        candidates.add((contract_id, first))
        if mode == WeekStart.MONDAY_UTC:
            # A local day reaches up to 14 hours into its UTC neighbours: a local Monday may
            # begin in the UTC week before, a local Sunday end in the UTC week after.
            if has_monday:
                candidates.add((contract_id, first - timedelta(days=7)))
            if has_sunday:
                candidates.add((contract_id, first + timedelta(days=7)))
    paid: dict[int, list[tuple[date, date]]] = {}
    for cid, start, end in (
        Payment.select(Payment.contract, Payment.period_start, Payment.period_end)
        .where((Payment.kind == PaymentKind.HOURLY) & Payment.period_start.is_null(False) & Payment.period_end.is_null(False))
        .tuples()
    ):
        paid.setdefault(cid, []).append((start, end))
    contracts = {
        c.id: c
        for c in Contract.select(Contract, Client.name.alias("client_name"))
        .join(Client)
        .where(Contract.kind == ContractKind.HOURLY)
        .objects()
    }
    weeks = []
    for contract_id, first in sorted(candidates, key=lambda c: (c[1], c[0])):
        last = first + timedelta(days=6)
        if first >= current_first or any(s <= last and e >= first for s, e in paid.get(contract_id, ())):
            continue
        seconds = billable_seconds(contract_id, first, mode)
        if seconds <= 0:
            continue
        c = contracts[contract_id]
        owed = _earnings(c, first, seconds, None)
        weeks.append(
            UnrecordedWeek(
                contract_id=contract_id,
                contract=c.title,
                client=c.client_name,
                period_start=first,
                period_end=last,
                billable_seconds=seconds,
                unbilled_seconds=owed.unbilled_seconds,
                currency=c.currency,
                gross_minor=owed.gross_minor,
                net_minor=owed.net_minor,
            )
        )
    return weeks
