"""Progress reports: what was done, hours by note, what comes next and what waits on the client."""

from datetime import UTC, date, datetime, timedelta

import pytest

from freelance_desk.core.errors import ValidationError
from freelance_desk.db.models import Platform, TimeEntry
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, MilestoneData, create_contract
from freelance_desk.services.milestones import lifecycle as ms
from freelance_desk.services.overview.reports import (
    hours_by_note,
    markdown_literal,
    progress_report,
    report_markdown,
)

JAKARTA = "Asia/Jakarta"


def entry(contract_id, start, minutes, note="", offset=420, end=True):
    TimeEntry.create(
        contract=contract_id, start=start, end=start + timedelta(minutes=minutes) if end else None,
        timezone=JAKARTA, utc_offset_minutes=offset, note=note,
    )


@pytest.fixture
def website(database, now):
    upwork = Platform.get(Platform.name == "Upwork").id
    client = create_client(ClientData("Northwind Studio", platform_id=upwork, timezone="America/New_York"), now=now)
    contract = create_contract(
        ContractData(client.id, "Small business website", budget_minor=30000, start_date=date(2026, 2, 20)),
        [
            MilestoneData("Home page", 10000, date(2026, 2, 27)),
            MilestoneData("About page", 7500, date(2026, 3, 6)),
            MilestoneData("Contact page", 5000, date(2026, 3, 13)),
            MilestoneData("Blog page", 7500, date(2026, 3, 20)),
        ],
        now=now,
    )
    home, about, contact, blog = ms.milestones_of(contract.id)
    at = lambda d, h=10: datetime(2026, 3, d, h, tzinfo=UTC)  # noqa: E731
    for step, day in (("start", 1), ("submit", 2), ("approve", 3)):
        ms.transition(home.id, step, now=at(day))
    ms.mark_paid(home.id, date(2026, 3, 4), now=at(4))
    for step, day in (("start", 4), ("submit", 8)):
        ms.transition(about.id, step, now=at(day))
    ms.transition(contact.id, "start", now=at(9))
    # Hours in the report week (2–8 March, Jakarta days) and outside it.
    entry(contract.id, at(2, 2), 120, "Home page layout")
    entry(contract.id, at(3, 2), 90, "Home page layout ")
    entry(contract.id, at(5, 3), 150, "About page copy")
    entry(contract.id, at(6, 3), 30)
    entry(contract.id, datetime(2026, 3, 8, 17, 30, tzinfo=UTC), 60, "Late night")  # 9 March in Jakarta
    entry(contract.id, datetime(2026, 3, 1, 17, 30, tzinfo=UTC), 45, "Early")  # 2 March in Jakarta
    entry(contract.id, at(9, 2), 60, "Running", end=False)
    return contract


def test_report_lists_delivered_milestones_of_the_period(website):
    r = progress_report(website.id, date(2026, 3, 2), date(2026, 3, 8), JAKARTA)
    assert [(m.title, m.status, m.on) for m in r.done] == [
        ("Home page", "paid", date(2026, 3, 4)),
        ("About page", "submitted", date(2026, 3, 8)),
    ]
    # A week later nothing new was delivered.
    assert progress_report(website.id, date(2026, 3, 9), date(2026, 3, 15), JAKARTA).done == []


def test_hours_come_from_the_local_days_grouped_by_note(website):
    r = progress_report(website.id, date(2026, 3, 2), date(2026, 3, 8), JAKARTA)
    assert r.seconds == (120 + 90 + 150 + 30 + 45) * 60
    assert r.days_worked == 4
    assert [(n.note, n.seconds // 60, n.days) for n in r.by_note] == [
        ("Home page layout", 210, 2),
        ("About page copy", 150, 1),
        ("Early", 45, 1),
        ("", 30, 1),
    ]
    assert [n.note for n in hours_by_note(website.id, date(2026, 3, 9), date(2026, 3, 9))] == ["Late night"]


def test_next_and_what_waits_on_the_client(website):
    r = progress_report(website.id, date(2026, 3, 2), date(2026, 3, 8), JAKARTA)
    assert [(m.title, m.status) for m in r.next] == [("Contact page", "active"), ("Blog page", "planned")]
    assert [(m.title, m.auto_release) for m in r.in_review] == [("About page", date(2026, 3, 22))]
    assert r.awaiting_payment == [] and r.to_fund is None


def test_markdown_is_ready_to_paste(website):
    text = report_markdown(progress_report(website.id, date(2026, 3, 2), date(2026, 3, 8), JAKARTA))
    assert text.startswith("# Progress report: Small business website\n")
    assert "Client: Northwind Studio · Period: 2026-03-02 – 2026-03-08" in text
    assert "- Home page ($100.00) — paid on 2026-03-04" in text
    assert "7:15 h over 4 days" in text
    assert "- Home page layout — 3:30 h" in text
    assert "- Other work — 0:30 h" in text
    assert "- Contact page ($50.00) — in progress, due 2026-03-13" in text
    assert "Please review “About page” ($75.00), submitted on 2026-03-08." in text
    assert "approved automatically on 2026-03-22" in text
    assert "Running" not in text  # the running timer is not finished work


def test_markdown_is_translated_through_the_given_function(website):
    text = report_markdown(
        progress_report(website.id, date(2026, 3, 2), date(2026, 3, 8), JAKARTA),
        translate=lambda s: s.replace("Progress report", "Laporan kemajuan"),
    )
    assert text.startswith("# Laporan kemajuan: Small business website")


def test_approved_unpaid_and_unfunded_milestones_wait_on_the_client(database, now):
    client = create_client(ClientData("PT Sinar Kreatif", currency="IDR"), now=now)
    contract = create_contract(
        ContractData(client.id, "Company profile", currency="IDR", budget_minor=12_000_000),
        [MilestoneData("Design", 4_500_000), MilestoneData("Development", 7_500_000)],
        now=now,
    )
    design, _dev = ms.milestones_of(contract.id)
    for step in ("start", "submit", "approve"):
        ms.transition(design.id, step, now=now)
    r = progress_report(contract.id, date(2026, 3, 1), date(2026, 3, 31), JAKARTA)
    assert [m.title for m in r.awaiting_payment] == ["Design"]
    assert r.to_fund.title == "Development"
    text = report_markdown(r)
    assert "Payment for “Design” (Rp 4,500,000), approved on 2026-03-10." in text
    assert "Funding the next milestone, “Development” (Rp 7,500,000)" in text
    assert "No time was tracked in this period." in text


def test_hourly_report_shows_billable_amount_and_no_milestones(database, now):
    client = create_client(ClientData("Harbor Analytics"), now=now)
    contract = create_contract(ContractData(client.id, "Maintenance", kind="hourly", rate_minor=3500), now=now)
    entry(contract.id, datetime(2026, 3, 3, 2, tzinfo=UTC), 90, "Query tuning")
    r = progress_report(contract.id, date(2026, 3, 2), date(2026, 3, 8), JAKARTA)
    assert r.billable_amount_minor == 5250
    text = report_markdown(r)
    assert "Billable: 1:30 h at $35.00/h = $52.50" in text
    assert "## Next" not in text
    assert "Nothing at the moment. Thank you!" in text


def test_a_period_backwards_is_refused(website):
    with pytest.raises(ValidationError):
        progress_report(website.id, date(2026, 3, 8), date(2026, 3, 2), JAKARTA)


def test_the_amount_is_the_shown_hours_at_the_rate_and_one_day_is_singular(database, now):
    client = create_client(ClientData("Harbor Analytics"), now=now)
    contract = create_contract(ContractData(client.id, "Maintenance", kind="hourly", rate_minor=4000), now=now)
    start = datetime(2026, 3, 3, 2, tzinfo=UTC)
    TimeEntry.create(contract=contract.id, start=start, end=start + timedelta(minutes=60, seconds=45),
                     timezone=JAKARTA, utc_offset_minutes=420, note="Query tuning")
    r = progress_report(contract.id, date(2026, 3, 2), date(2026, 3, 8), JAKARTA)
    assert r.billable_amount_minor == 4000  # 1:00 h shown, 1:00 h paid: not $40.50 for 45 unseen seconds
    text = report_markdown(r)
    assert "1:00 h over 1 day\n" in text
    assert "Billable: 1:00 h at $40.00/h = $40.00" in text
    entry(contract.id, datetime(2026, 3, 4, 2, tzinfo=UTC), 30)
    assert "1:30 h over 2 days\n" in report_markdown(progress_report(contract.id, date(2026, 3, 2), date(2026, 3, 8), JAKARTA))


@pytest.mark.parametrize("typed, written", [
    ("<img src=x onerror=alert(1)>", r"\<img src=x onerror=alert\(1\)\>"),
    ("**Bold** _it_ `code` ~~gone~~", r"\*\*Bold\*\* \_it\_ \`code\` \~\~gone\~\~"),
    ("[click](http://evil.example)", r"\[click\]\(http://evil.example\)"),
    ("![pic](x.png)", r"\!\[pic\]\(x.png\)"),
    ("Tom & Jerry &amp; | a | b |", r"Tom \& Jerry \&amp; \| a \| b \|"),
    ("C:\\path\\file", r"C:\\path\\file"),
    ("- a list of its own", r"\- a list of its own"),
    ("12. numbered", r"12\. numbered"),
    ("line one\n# a heading\n- a list", r"line one \# a heading - a list"),  # one line: no list
    ("Website v2.0 - final", "Website v2.0 - final"),  # nothing to escape: as typed
])
def test_user_text_is_escaped_so_a_markdown_viewer_shows_it_as_typed(typed, written):
    assert markdown_literal(typed) == written


def test_a_report_saved_as_markdown_escapes_every_user_text_and_nothing_else(database, now):
    hostile = "<a href=x>**Acme**</a>"
    client = create_client(ClientData(hostile), now=now)
    contract = create_contract(
        ContractData(client.id, "[Site](http://x)", budget_minor=20000),
        [MilestoneData("<img src=x>", 10000, date(2026, 3, 20)), MilestoneData("_Two_", 10000, date(2026, 3, 27))],
        now=now,
    )
    one, _two = ms.milestones_of(contract.id)
    ms.transition(one.id, "start", now=now)
    ms.transition(one.id, "submit", now=now)
    entry(contract.id, datetime(2026, 3, 9, 2, tzinfo=UTC), 60, "`rm -rf` & <script>")
    r = progress_report(contract.id, date(2026, 3, 1), date(2026, 3, 31), JAKARTA)
    plain = report_markdown(r)
    escaped = report_markdown(r, literal=markdown_literal)
    assert plain.startswith("# Progress report: [Site](http://x)\nClient: <a href=x>**Acme**</a> ·")  # as typed
    assert escaped.startswith("# Progress report: \\[Site\\]\\(http://x\\)\nClient: \\<a href=x\\>\\*\\*Acme\\*\\*\\</a\\> ·")
    assert "- \\`rm -rf\\` \\& \\<script\\> — 1:00 h" in escaped
    assert "Please review “\\<img src=x\\>” ($100.00), submitted on 2026-03-10." in escaped
    assert "- \\_Two\\_ ($100.00) — not started, due 2026-03-27" in escaped
    # The app's own Markdown is left alone: headings, list marks, the amounts.
    assert [line for line in escaped.splitlines() if line.startswith("## ")] == [
        line for line in plain.splitlines() if line.startswith("## ")]
