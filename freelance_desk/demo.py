"""Demo data a newcomer recognises, written through the services, relative to today."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from freelance_desk.core.money import fee_of
from freelance_desk.core.vocabulary import (
    ContractKind,
    ContractStatus,
    PaymentKind,
    ProposalStatus,
    TaxScheme,
    TimeSource,
)
from freelance_desk.db.connection import write
from freelance_desk.db.models import Platform, TimeEntry
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import (
    ContractData,
    MilestoneData,
    create_contract,
)
from freelance_desk.services.milestones import lifecycle as ms
from freelance_desk.services.money import tax
from freelance_desk.services.money.payments import PaymentData, record_payment
from freelance_desk.services.settings import store as settings_store

HOME_ZONE = "Asia/Jakarta"  # the demo freelancer works from Indonesia
IDR_TO_USD = Decimal("0.0000630")


def _platform(name: str) -> int:
    return Platform.get(Platform.name == name).id


def _at(day: date, hour: int, minute: int = 0, zone: str = HOME_ZONE) -> datetime:
    return datetime.combine(day, time(hour, minute), ZoneInfo(zone)).astimezone(UTC)


def _entry(contract_id: int, day: date, start: tuple[int, int], minutes: int, note: str, milestone_id=None) -> int:
    begin = _at(day, *start)
    end = begin + timedelta(minutes=minutes)
    TimeEntry.create(
        contract=contract_id,
        milestone=milestone_id,
        start=begin,
        end=end,
        timezone=HOME_ZONE,
        utc_offset_minutes=int(begin.astimezone(ZoneInfo(HOME_ZONE)).utcoffset().total_seconds() // 60),
        note=note,
        billable=True,
        source=TimeSource.TIMER,
    )
    return minutes * 60


def _walk(milestone_id: int, steps: list[str], when: datetime) -> None:
    for step in steps:
        ms.transition(milestone_id, step, now=when)


def _invoices(client_id: int, contract_id: int, milestone_id: int, today: date) -> None:
    """The demo freelancer's details, and three invoices to PT Sinar Kreatif: paid, sent and overdue, a draft."""
    from freelance_desk.services.billing import invoices as inv
    from freelance_desk.services.settings import store

    store.set_business_details(store.BusinessDetails(
        "Dewi Lestari", "Jl. Kemang Raya No. 12\nMampang Prapatan, Jakarta Selatan 12730", "dewi@lestari.example",
        "12.345.678.9-012.345", "", "Bank BCA 123 456 7890 a.n. Dewi Lestari\nPayPal dewi@lestari.example"))
    instructions = store.value(store.PAYMENT_INSTRUCTIONS)

    def invoice(issued: date, lines, taxes=()) -> int:
        data = inv.InvoiceData(client_id, issued, issued + timedelta(days=14), "IDR", list(lines), list(taxes), "id",
                               "a4", payment_instructions=instructions)
        return inv.create_invoice(data, _at(issued, 9)).invoice_id

    copy = invoice(today - timedelta(days=40), [inv.LineData("Penulisan konten, 6 halaman", Decimal(6), 950_000,
                                                              contract_id)])
    inv.mark_sent(copy, _at(today - timedelta(days=40), 10))
    inv.record_invoice_payment(copy, today - timedelta(days=31), 5_700_000, rate=IDR_TO_USD, note="Transfer BCA",
                               now=_at(today - timedelta(days=31), 11))
    late = invoice(today - timedelta(days=20), [inv.LineData("Development", Decimal(1), 7_500_000, contract_id,
                                                              milestone_id=milestone_id)],
                   [inv.TaxData("PPN", 1100)])
    inv.mark_sent(late, _at(today - timedelta(days=20), 10))
    invoice(today, [inv.LineData("Pemeliharaan situs, April", Decimal(1), 1_500_000, contract_id)])


def fill_demo(now: datetime | None = None) -> None:
    """Fill the open (migrated, empty) database with a realistic picture of a freelance business."""
    now = now or datetime.now(UTC)
    today = now.astimezone(ZoneInfo(HOME_ZONE)).date()
    rnd = random.Random(42)
    upwork, fiverr, direct = _platform("Upwork"), _platform("Fiverr"), None  # direct: no platform
    with write():
        # An Upwork client with the four-page website, one milestone a week.
        northwind = create_client(
            ClientData("Northwind Studio", "Northwind Studio LLC", "hello@northwind.example", upwork, "America/New_York"),
            now=now,
        )
        start = today - timedelta(days=10)
        website = create_contract(
            ContractData(northwind.id, "Small business website", budget_minor=30000, start_date=start,
                         end_date=start + timedelta(days=28)),
            [
                MilestoneData("Home page", 10000, start + timedelta(days=7)),
                MilestoneData("About page", 7500, start + timedelta(days=14)),
                MilestoneData("Contact page", 5000, start + timedelta(days=21)),
                MilestoneData("Blog page", 7500, start + timedelta(days=28)),
            ],
            now=now,
        )
        home, about, contact, _blog = ms.milestones_of(website.id)
        _walk(home.id, [ms.START, ms.SUBMIT, ms.APPROVE], _at(start, 10))
        ms.mark_paid(home.id, start + timedelta(days=8), now=_at(start + timedelta(days=8), 9))
        _walk(about.id, [ms.START, ms.SUBMIT, ms.REQUEST_CHANGES, ms.SUBMIT], _at(today - timedelta(days=1), 16))
        _walk(contact.id, [ms.START], min(_at(today, 9), now))  # not in the future before 9:00
        for i, (m, label) in enumerate(((home, "Home page layout"), (about, "About page copy and photos"))):
            for d in range(3):
                _entry(website.id, start + timedelta(days=i * 4 + d), (16, 30), 150, label, m.id)

        # A small one-off job: a $50 logo in two days, no milestones.
        lena = create_client(ClientData("Lena Fischer", "", "lena@example.com", upwork, "Europe/Berlin"), now=now)
        create_contract(
            ContractData(lena.id, "Logo for a bakery", budget_minor=5000, start_date=today,
                         end_date=today + timedelta(days=2)),
            now=now,
        )

        # An hourly contract with a weekly limit, eight months of work and weekly earnings.
        harbor = create_client(
            ClientData("Harbor Analytics", "Harbor Analytics Pty Ltd", "ops@harbor.example", upwork, "Australia/Sydney"),
            now=now,
        )
        first_monday = today - timedelta(days=today.weekday() + 7 * 34)
        hourly = create_contract(
            ContractData(harbor.id, "Dashboard maintenance", kind=ContractKind.HOURLY, rate_minor=3500,
                         weekly_limit_minutes=20 * 60, start_date=first_monday),
            now=now,
        )
        notes = ["Fixed chart tooltips", "Data import job", "Weekly sync call", "Query tuning",
                 "Bug triage", "New KPI widget", "Code review", "Deploy and monitoring"]
        week = first_monday
        while week + timedelta(days=7) <= today - timedelta(days=today.weekday()) + timedelta(days=7):
            billed = 0
            for d in range(5):
                day = week + timedelta(days=d)
                if day >= today:
                    break
                billed += _entry(hourly.id, day, (9, rnd.choice((0, 15, 30))), rnd.choice((90, 120, 150)), rnd.choice(notes))
                billed += _entry(hourly.id, day, (14, 0), rnd.choice((60, 90, 120)), rnd.choice(notes))
            week_end = week + timedelta(days=6)
            if week_end < today - timedelta(days=2) and billed:
                hours_s = min(billed, 20 * 3600)
                gross = hours_s * 3500 // 3600
                pay_day = week_end + timedelta(days=10)
                if pay_day <= today:
                    record_payment(
                        PaymentData(hourly.id, pay_day, gross, fee_of(gross, 1000), "USD", kind=PaymentKind.HOURLY,
                                    period_start=week, period_end=week_end, note="Weekly hourly earnings"),
                        now=now,
                    )
            week += timedelta(days=7)

        # A Fiverr buyer: one order delivered and paid, one in progress.
        tom = create_client(ClientData("tom_builds", "", "", fiverr, "Europe/London"), now=now)
        copy_start = today - timedelta(days=40)
        copy = create_contract(
            ContractData(tom.id, "Landing page copy (Fiverr order)", status=ContractStatus.COMPLETED, budget_minor=12000,
                         start_date=copy_start, end_date=copy_start + timedelta(days=3)),
            [MilestoneData("Order delivery", 12000, copy_start + timedelta(days=3))],
            now=now,
        )
        (order,) = ms.milestones_of(copy.id)
        _walk(order.id, [ms.START, ms.SUBMIT, ms.APPROVE], _at(copy_start + timedelta(days=3), 11))
        paid_on = copy_start + timedelta(days=17)
        ms.mark_paid(order.id, paid_on, now=_at(paid_on, 9))
        _entry(copy.id, copy_start + timedelta(days=1), (6, 0), 180, "Draft and revisions", order.id)
        second = create_contract(
            ContractData(tom.id, "Product descriptions x10 (Fiverr order)", budget_minor=8000,
                         start_date=today - timedelta(days=2), end_date=today + timedelta(days=3)),
            [MilestoneData("Order delivery", 8000, today + timedelta(days=3))],
            now=now,
        )
        _walk(ms.milestones_of(second.id)[0].id, ["start"], _at(today - timedelta(days=2), 8))

        # A direct client in Jakarta paying in rupiah.
        sinar = create_client(
            ClientData("PT Sinar Kreatif", "PT Sinar Kreatif", "admin@sinarkreatif.example", direct, "Asia/Jakarta",
                       currency="IDR"),
            now=now,
        )
        profile_start = today - timedelta(days=75)
        profile = create_contract(
            ContractData(sinar.id, "Company profile website", currency="IDR", budget_minor=15_000_000,
                         start_date=profile_start, end_date=today + timedelta(days=20)),
            [
                MilestoneData("Design mock-ups", 4_500_000, profile_start + timedelta(days=20)),
                MilestoneData("Development", 7_500_000, profile_start + timedelta(days=60)),
                MilestoneData("Launch and training", 3_000_000, today + timedelta(days=20)),
            ],
            now=now,
        )
        mock, dev, launch = ms.milestones_of(profile.id)
        _walk(mock.id, [ms.START, ms.SUBMIT, ms.APPROVE], _at(profile_start + timedelta(days=19), 15))
        paid_on = profile_start + timedelta(days=24)
        ms.mark_paid(mock.id, paid_on, rate=IDR_TO_USD, now=_at(paid_on, 9))
        _walk(dev.id, [ms.START, ms.SUBMIT, ms.APPROVE], _at(today - timedelta(days=6), 15))
        _walk(launch.id, [ms.START], _at(today - timedelta(days=5), 9))
        for d in range(0, 60, 3):
            _entry(profile.id, profile_start + timedelta(days=d), (19, 30), rnd.choice((60, 90, 120)), "Evening build session")
        _invoices(sinar.id, profile.id, dev.id, today)

        # A finished contract from months ago fills the income history.
        oak = create_client(ClientData("Oakridge Dental", "", "office@oakridge.example", upwork, "America/Chicago"), now=now)
        oak_start = today - timedelta(days=200)
        booking = create_contract(
            ContractData(oak.id, "Online booking integration", status=ContractStatus.COMPLETED, budget_minor=120000,
                         start_date=oak_start, end_date=oak_start + timedelta(days=90)),
            [
                MilestoneData("Booking widget", 40000, oak_start + timedelta(days=30)),
                MilestoneData("Calendar sync", 50000, oak_start + timedelta(days=60)),
                MilestoneData("Reminders and launch", 30000, oak_start + timedelta(days=90)),
            ],
            now=now,
        )
        for i, m in enumerate(ms.milestones_of(booking.id)):
            due = oak_start + timedelta(days=30 * (i + 1))
            _walk(m.id, [ms.START, ms.SUBMIT, ms.APPROVE], _at(due - timedelta(days=2), 10))
            ms.mark_paid(m.id, due + timedelta(days=3), now=_at(due + timedelta(days=3), 9))
            for d in range(0, 25, 2):
                _entry(booking.id, due - timedelta(days=28 - d), (20, 0), 120, m.title, m.id)

        # An overdue one, so the milestone page has something to warn about.
        late = create_contract(
            ContractData(northwind.id, "SEO audit", budget_minor=20000, start_date=today - timedelta(days=30)),
            [MilestoneData("Audit report", 20000, today - timedelta(days=3))],
            now=now,
        )
        _walk(ms.milestones_of(late.id)[0].id, ["start"], _at(today - timedelta(days=30), 10))

    fill_pipeline_demo(now, today)


JOB_TITLES = [
    "WordPress site speed optimisation", "Shopify theme customisation", "React dashboard for a SaaS",
    "Landing page for a mobile app", "Fix broken contact form", "Webflow to WordPress migration",
    "Django REST API for a booking app", "Email newsletter template", "Restaurant website redesign",
    "Data scraping script in Python", "Portfolio site for a photographer", "WooCommerce product import",
    "Figma to HTML conversion", "Chrome extension prototype", "SEO-friendly blog setup",
    "Stripe checkout integration", "Google Sheets automation", "Real-estate listing website",
    "Vue.js bug fixes", "Membership site on WordPress", "Nonprofit donation page", "Podcast website",
]
CLIENT_NAMES = [
    "", "", "Marketing agency (US)", "Startup founder", "Dental clinic owner", "E-commerce brand",
    "Real-estate broker", "Consultancy (UK)", "Coach and author", "",
]


def fill_pipeline_demo(now: datetime, today: date) -> None:
    """Proposals over eight months (a few won, most not) and gigs, beside the contracts above."""
    from freelance_desk.db.models import Contract, Proposal
    from freelance_desk.services.pipeline import connects as held
    from freelance_desk.services.pipeline.gigs import TemplateData, create_template
    from freelance_desk.services.pipeline.proposals import (
        ProposalData,
        create_proposal,
        mark_hired,
    )

    rnd = random.Random(7)
    upwork, fiverr, direct = _platform("Upwork"), _platform("Fiverr"), None  # direct: no platform
    with write():
        for i in range(44):
            sent = today - timedelta(days=5 + i * 5 + rnd.randint(0, 3))
            age = (today - sent).days
            roll = rnd.random()
            if age < 12:
                status = rnd.choice((ProposalStatus.SENT, ProposalStatus.VIEWED, ProposalStatus.INTERVIEWING))
            elif roll < 0.6:
                status = ProposalStatus.NO_RESPONSE
            elif roll < 0.85:
                status = ProposalStatus.DECLINED
            elif roll < 0.93:
                status = ProposalStatus.VIEWED
            else:
                status = ProposalStatus.WITHDRAWN
            answered = sent + timedelta(days=rnd.randint(1, 6)) if status in (ProposalStatus.VIEWED, ProposalStatus.INTERVIEWING, ProposalStatus.DECLINED) else None
            connects = rnd.choice((6, 8, 10, 12, 12, 16, 16, 20))
            refunded = connects if i in (9, 27) else 0  # the client cancelled the job: connects come back
            create_proposal(
                ProposalData(
                    job_title=JOB_TITLES[i % len(JOB_TITLES)],
                    sent_on=sent,
                    platform_id=upwork,
                    client_name=CLIENT_NAMES[i % len(CLIENT_NAMES)],
                    connects=connects,
                    connects_refunded=refunded,
                    bid_minor=rnd.choice((15000, 25000, 40000, 60000, 90000, 150000)),
                    status=ProposalStatus.NO_RESPONSE if refunded else status,
                    answered_on=min(answered, today) if answered else None,
                    notes="Job cancelled by the client; connects refunded." if refunded else "",
                ),
                now=now,
            )
        # The proposals that became the demo contracts.
        won = [
            ("Online booking integration", "Booking integration for a dental practice", 206, 3, 16, 120000),
            ("Dashboard maintenance", "Ongoing dashboard maintenance (hourly)", 245, 2, 12, 3500),
            ("Small business website", "Four-page website for a design studio", 14, 2, 16, 30000),
            ("Logo for a bakery", "Simple logo for a local bakery", 1, 1, 8, 5000),
        ]
        for title, job, days_ago, wait, connects, bid in won:
            contract = Contract.get(Contract.title == title)
            sent = today - timedelta(days=days_ago)
            p = create_proposal(
                ProposalData(
                    job_title=job,
                    sent_on=sent,
                    platform_id=upwork,
                    client_id=contract.client_id,
                    connects=connects,
                    bid_minor=bid,
                    status=ProposalStatus.INTERVIEWING,
                    answered_on=min(sent + timedelta(days=wait), today),
                ),
                now=now,
            )
            mark_hired(p.id, contract.id, today)
        for days_ago, job, status in (
            (60, "Company profile website (pitch by e-mail)", ProposalStatus.DECLINED),
            (20, "Website care plan for a local café", ProposalStatus.NO_RESPONSE),
            (4, "Online shop for a batik maker", ProposalStatus.INTERVIEWING),
        ):
            sent = today - timedelta(days=days_ago)
            create_proposal(
                ProposalData(
                    job_title=job,
                    sent_on=sent,
                    platform_id=direct,
                    client_name="Referral from PT Sinar Kreatif",
                    bid_minor=6_000_000,
                    currency="IDR",
                    status=status,
                    answered_on=sent + timedelta(days=3) if status != ProposalStatus.NO_RESPONSE else None,
                ),
                now=now,
            )

        # The connects behind the proposals: a new member's 40, the free ones each month, and a few purchases.
        first_sent = min(p.sent_on for p in Proposal.select(Proposal.sent_on).where(Proposal.platform == upwork))
        held.set_opening(upwork, held.NEW_UPWORK_MEMBER, first_sent, now=now, today=today)
        held.set_monthly(upwork, 10, first_sent, now=now, today=today)
        for days_ago, count, cost in ((240, 80, 1200), (200, 100, 1500), (170, 100, 1500), (110, 80, 1200), (60, 80, 1200),
                                      (12, 60, 900)):
            held.buy(upwork, count, cost, "USD", today - timedelta(days=days_ago), today=today)

        create_template(TemplateData("Logo in 2 days", 5000, "USD", 2, upwork,
                                     notes="One concept, two rounds of changes, PNG and SVG files."))
        create_template(TemplateData("Landing page copy", 12000, "USD", 3, fiverr,
                                     notes="Up to 600 words, one revision."))
        create_template(TemplateData("Four-page business website", 30000, "USD", 28, upwork,
                                     split="Design | 33.33\nBuild | 33.33\nLaunch | 33.34",
                                     notes="Home, About, Services, Contact. Hosting set-up included."))
        # The freelancer works from Indonesia but counts in dollars (the default home currency), so the
        # PP 55/2022 set-aside, which counts rupiah, stays off; a demo kept in rupiah would have it on.
        if settings_store.home_currency() == tax.PP55_CURRENCY:
            settings_store.set_tax(TaxScheme.PP55, None, None, tax.PP55_CURRENCY)
