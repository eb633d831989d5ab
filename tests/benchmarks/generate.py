"""Deterministic dataset generator: years of a solo freelancer's work, written through the models.

    python -m tests.benchmarks.generate OUT.sqlite3 --years 10
    python -m tests.benchmarks.generate OUT.sqlite3 --entries 1000000   # stress: 10 years, packed days

Same seed, same file contents. Time entries go in with bulk inserts; the
time_entry indexes and the day-summary triggers are rebuilt after the load.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from freelance_desk.core.money import convert, fee_of
from freelance_desk.db import daily_time
from freelance_desk.db import models as m
from freelance_desk.db.connection import close_database, db, open_database
from freelance_desk.db.migrations import migrate

ZONE_OFFSET = 7 * 60  # the freelancer works from Jakarta (UTC+7, no DST)
RATES = {"USD": Decimal(1), "IDR": Decimal("0.0000630"), "EUR": Decimal("1.08")}
FIRST_NAMES = ["Northwind", "Harbor", "Oakridge", "Bluefin", "Sinar", "Maple", "Atlas", "Nimbus", "Cedar", "Lumen",
               "Vertex", "Kite", "Juniper", "Orbit", "Pioneer", "Quartz", "Riverstone", "Summit", "Tidal", "Zenith"]
SUFFIXES = ["Studio", "Analytics", "Labs", "Digital", "Media", "Works", "Group", "Co", "Creative", "Systems"]
NOTES = ["Fixed bug in checkout", "Client call", "Implemented feature", "Code review", "Design tweaks",
         "Deploy", "Wrote tests", "Refactoring", "Research", "Data import", "Docs", "Performance tuning"]


def _local_midnight_utc(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()) - ZONE_OFFSET * 60


def _time_entry_indexes() -> list[str]:
    rows = db.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'time_entry' AND sql IS NOT NULL"
    ).fetchall()
    return [r[0] for r in rows]


def generate(path: Path, years: int = 1, entries: int | None = None, seed: int = 7, end: date | None = None) -> dict:
    rnd = random.Random(seed)
    end = end or date(2026, 11, 20)
    start = end - timedelta(days=365 * years)
    working_days = [start + timedelta(days=i) for i in range((end - start).days) if (start + timedelta(days=i)).weekday() < 5]
    if path.exists():
        path.unlink()
    database = open_database(path)
    migrate(database)
    created = datetime.combine(start, datetime.min.time(), UTC)
    platforms = {p.name: p for p in m.Platform.select()}
    platforms["Direct"] = None  # direct work: no platform

    with db.atomic():
        # Clients and contracts: a few new clients every quarter, each with a contract or two.
        contracts = []  # (contract, first day, last day)
        quarter = start
        n = 0
        while quarter < end:
            for _ in range(rnd.randint(2, 4)):
                n += 1
                platform = rnd.choice(["Upwork", "Upwork", "Fiverr", "Direct"])
                currency = "IDR" if platform == "Direct" and rnd.random() < 0.5 else "USD"
                client = m.Client.create(
                    name=f"{rnd.choice(FIRST_NAMES)} {rnd.choice(SUFFIXES)} {n}", platform=platforms[platform],
                    timezone=rnd.choice(["America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Jakarta"]),
                    currency=currency, created_at=created,
                )
                first = quarter + timedelta(days=rnd.randint(0, 80))
                last = min(end, first + timedelta(days=rnd.randint(30, 240)))
                hourly = rnd.random() < 0.4
                done = last < end - timedelta(days=30)
                contract = m.Contract.create(
                    client=client, platform=platforms[platform], title=f"Project {n}",
                    kind="hourly" if hourly else "fixed", status="completed" if done else "active",
                    currency=currency, fee_bps=platforms[platform].fee_bps if platforms[platform] else 0, created_at=created,
                    rate_minor=rnd.choice([2500, 3500, 5000]) if hourly else None,
                    weekly_limit_minutes=rnd.choice([None, 600, 1200, 2400]) if hourly else None,
                    budget_minor=None if hourly else 0, start_date=first, end_date=last,
                )
                contracts.append((contract, first, last))
                if not hourly:
                    _milestones(rnd, contract, first, last, end, created)
            quarter += timedelta(days=91)
        _proposals(rnd, start, end, platforms, created)

    # Time entries: bulk, indexes and triggers after the load.
    index_sql = _time_entry_indexes()
    daily_time.drop_triggers(db)
    for sql in index_sql:
        name = sql.split()[2] if sql.split()[1].upper() == "INDEX" else sql.split()[3]
        db.execute_sql(f"DROP INDEX IF EXISTS {name}")
    fields = [m.TimeEntry.contract, m.TimeEntry.start, m.TimeEntry.end, m.TimeEntry.timezone,
              m.TimeEntry.utc_offset_minutes, m.TimeEntry.note, m.TimeEntry.billable, m.TimeEntry.source]
    days = [(day, active) for day in working_days if (active := [c for c, a, b in contracts if a <= day <= b])]
    per_day = None if entries is None else -(-entries // len(days))
    total = 0
    batch = []
    with db.atomic():
        for day, active in days:
            count = per_day or rnd.randint(5, 12)
            t = _local_midnight_utc(day) + 8 * 3600
            span = (12 * 3600) // count
            for _ in range(count):
                length = rnd.randint(span // 2, span)
                contract = rnd.choice(active)
                batch.append((contract.id, t, t + length, "Asia/Jakarta", ZONE_OFFSET, rnd.choice(NOTES),
                              rnd.random() < 0.9, "timer"))
                t += span
            if len(batch) >= 5000:
                m.TimeEntry.insert_many(batch, fields=fields).execute()
                total += len(batch)
                batch = []
            if entries is not None and total + len(batch) >= entries:
                break
        if batch:
            m.TimeEntry.insert_many(batch[: (entries - total) if entries else None], fields=fields).execute()
            total += len(batch[: (entries - total) if entries else None])
        for sql in index_sql:
            db.execute_sql(sql)
        daily_time.rebuild(db)
        daily_time.create_triggers(db)
        _hourly_payments(contracts, end, created)
    db.execute_sql("ANALYZE")
    summary = {
        "entries": m.TimeEntry.select().count(),
        "clients": m.Client.select().count(),
        "contracts": m.Contract.select().count(),
        "milestones": m.Milestone.select().count(),
        "payments": m.Payment.select().count(),
        "proposals": m.Proposal.select().count(),
    }
    close_database()
    return summary


def _payment(contract, day: date, gross: int, kind: str, created, milestone=None, period=None) -> dict:
    fee = fee_of(gross, contract.fee_bps)
    rate = RATES[contract.currency]
    gross_home = convert(gross, contract.currency, rate, "USD")
    net_home = convert(gross - fee, contract.currency, rate, "USD")
    return dict(
        contract=contract.id, milestone=milestone, received_on=day, kind=kind, gross_minor=gross, fee_minor=fee,
        net_minor=gross - fee, currency=contract.currency, rate=rate, home_currency="USD",
        gross_home_minor=gross_home, fee_home_minor=gross_home - net_home, net_home_minor=net_home,
        period_start=period[0] if period else None, period_end=period[1] if period else None, created_at=created,
    )


def _milestones(rnd, contract, first: date, last: date, end: date, created) -> None:
    count = rnd.randint(1, 5)
    step = max(1, (last - first).days // count)
    scale = 1_000_000 if contract.currency == "IDR" else 100
    total = 0
    payments = []
    for i in range(count):
        due = first + timedelta(days=step * (i + 1))
        amount = rnd.choice([50, 75, 100, 150, 250, 400, 800]) * scale
        total += amount
        if due < end - timedelta(days=45):
            status = rnd.choice(["paid"] * 8 + ["cancelled"])
        else:
            status = rnd.choice(["planned", "active", "submitted", "changes_requested", "approved", "paid"])
        stamp = datetime.combine(min(due, end), datetime.min.time(), UTC)
        ms = m.Milestone.create(
            contract=contract, position=i, title=f"Milestone {i + 1}", amount_minor=amount, due_date=due, status=status,
            created_at=created, funded_at=stamp if status != "planned" else None,
            submitted_at=stamp if status in ("submitted", "approved", "paid") else None,
            approved_at=stamp if status in ("approved", "paid") else None,
            paid_at=stamp if status == "paid" else None, cancelled_at=stamp if status == "cancelled" else None,
        )
        if status == "paid":
            payments.append(_payment(contract, min(due + timedelta(days=5), end), amount, "milestone", created, ms.id))
    m.Contract.update(budget_minor=total).where(m.Contract.id == contract.id).execute()
    if payments:
        m.Payment.insert_many(payments).execute()


def _hourly_payments(contracts, end: date, created) -> None:
    """One payment a week per hourly contract: billable hours × rate, capped at the weekly limit."""
    rows = []
    for contract, first, last in contracts:
        if contract.kind != "hourly":
            continue
        week = first - timedelta(days=first.weekday())
        while week <= min(last, end - timedelta(days=14)):
            lo = int(datetime.combine(week, datetime.min.time(), UTC).timestamp())
            hi = lo + 7 * 86400
            seconds = db.execute_sql(
                'SELECT COALESCE(SUM("end" - start), 0) FROM time_entry '
                "WHERE contract_id = ? AND start >= ? AND start < ? AND billable",
                (contract.id, lo, hi),
            ).fetchone()[0]
            if contract.weekly_limit_minutes:
                seconds = min(seconds, contract.weekly_limit_minutes * 60)
            gross = seconds * contract.rate_minor // 3600
            if gross > 0:
                rows.append(_payment(contract, week + timedelta(days=10), gross, "hourly", created,
                                     period=(week, week + timedelta(days=6))))
            week += timedelta(days=7)
    for i in range(0, len(rows), 500):
        m.Payment.insert_many(rows[i:i + 500]).execute()


def _proposals(rnd, start: date, end: date, platforms, created) -> None:
    rows = []
    day = start
    statuses = ["no_response"] * 6 + ["declined"] * 3 + ["viewed", "interviewing", "withdrawn", "hired"]
    while day < end:
        for _ in range(rnd.randint(1, 4)):
            status = rnd.choice(statuses)
            platform = platforms[rnd.choice(["Upwork", "Upwork", "Fiverr"])]
            connects = rnd.choice([4, 6, 8, 12, 16]) if platform.name == "Upwork" else 0
            rows.append(dict(
                platform=platform.id, job_title=f"Job {len(rows) + 1}", client_name="", sent_on=day,
                connects=connects, connects_refunded=connects if status == "withdrawn" and rnd.random() < 0.3 else 0,
                connect_price_minor=platform.connect_price_minor, connect_currency="USD",
                bid_minor=rnd.choice([5000, 15000, 40000, 120000]), currency="USD", status=status,
                answered_on=day + timedelta(days=rnd.randint(1, 9)) if status not in ("no_response", "sent") else None,
                created_at=created,
            ))
        day += timedelta(days=7)
    for i in range(0, len(rows), 500):
        m.Proposal.insert_many(rows[i:i + 500]).execute()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--years", type=int, default=None)
    parser.add_argument("--entries", type=int, default=None, help="pack this many time entries (stress)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    years = args.years or (10 if args.entries else 1)
    began = time.perf_counter()
    summary = generate(args.out, years=years, entries=args.entries, seed=args.seed)
    print(f"{args.out}: {summary} in {time.perf_counter() - began:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
