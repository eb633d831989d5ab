"""The dashboard on a known dataset: the numbers a freelancer reads, and where each item leads."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from freelance_desk.db.models import Platform, TimeEntry
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, MilestoneData, create_contract
from freelance_desk.services.milestones import lifecycle as ms
from freelance_desk.services.money.payments import PaymentData, record_payment
from freelance_desk.services.pipeline.proposals import ProposalData, create_proposal
from freelance_desk.services.settings import store as settings_store
from freelance_desk.ui.dialogs.report import ReportDialog
from freelance_desk.ui.main_window import MainWindow
from freelance_desk.ui.pages.dashboard import DashboardPage
from tests.ui.helpers import NOW

# NOW is Tuesday 10 March 2026, 09:30 UTC; the tests' local zone is the system's.


def entry(contract_id, start, minutes=None, note=""):
    TimeEntry.create(contract=contract_id, start=start, end=start + timedelta(minutes=minutes) if minutes else None,
                     timezone="UTC", utc_offset_minutes=int(start.astimezone().utcoffset().total_seconds() // 60),
                     note=note)


@pytest.fixture
def known(database):
    upwork = Platform.get(Platform.name == "Upwork").id
    northwind = create_client(ClientData("Northwind Studio", platform_id=upwork, timezone="Europe/Berlin"), now=NOW)
    website = create_contract(
        ContractData(northwind.id, "Website", budget_minor=30000),
        [MilestoneData("Home", 10000, date(2026, 3, 12)), MilestoneData("About", 7500, date(2026, 3, 6)),
         MilestoneData("Blog", 12500, date(2026, 3, 20))],
        now=NOW,
    )
    home, about, blog = ms.milestones_of(website.id)
    ms.transition(home.id, "start", now=NOW)
    ms.transition(about.id, "start", now=NOW)
    for step in ("start", "submit"):
        ms.transition(blog.id, step, now=datetime(2026, 3, 6, 10, tzinfo=UTC))
    logo = create_contract(ContractData(northwind.id, "Logo", budget_minor=5000), [MilestoneData("Logo", 5000)], now=NOW)
    for step in ("start", "submit", "approve"):
        ms.transition(ms.milestones_of(logo.id)[0].id, step, now=NOW)
    entry(website.id, datetime(2026, 3, 9, 10, tzinfo=UTC), 120)
    entry(website.id, datetime(2026, 3, 10, 6, tzinfo=UTC), 45)
    entry(website.id, datetime(2026, 3, 10, 9, 0, tzinfo=UTC), note="Contact form")  # running for 30 min
    record_payment(PaymentData(website.id, date(2026, 3, 3), 20000, 2000, "USD"))
    record_payment(PaymentData(website.id, date(2026, 2, 20), 10000, 1000, "USD"))
    create_proposal(ProposalData("Shop", date(2026, 3, 2), status="interviewing", answered_on=date(2026, 3, 3)))
    settings_store.set_workload_limits(2, "")
    return website


@pytest.fixture
def page(qtbot, ctx):
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_cards_show_the_known_numbers(page, known):
    page.refresh()
    assert page.timer_card.value.text() == "0:30"
    assert page.timer_card.detail.text() == "Website — Northwind Studio"
    assert page.hours_card.value.text() == "1:15"  # 45 min finished today + the running 30
    assert page.hours_card.detail.text() == "This week 3:15 (since Monday)"
    assert page.income_card.value.text() == "$180.00"
    # The 1st to the 10th against the 1st to the 10th of February (the payment of the 20th is later).
    assert page.income_card.detail.text() == "vs 1–10 Feb: $0.00"
    assert "$90.00" in page.income_card.toolTip()  # all of February
    assert page.owed_card.value.text() == "$50.00"
    assert page.owed_card.detail.text() == "1 approved milestone to be paid"
    assert page.workload_card.value.text() == "2 of 2"
    assert page.workload_card.detail.text() == "active contracts; at your limit"
    assert page.pipeline_card.value.text() == "1 open"


def test_in_indonesian_the_cards_follow_the_locale_and_home_rupiah_is_the_locales_own(page, known, indonesian):
    page.refresh()
    assert page.income_card.value.text() == "US$180,00"
    assert page.income_card.detail.text() == "vs 1–10 Feb: US$0,00"  # the same days of February
    assert "US$90,00" in page.income_card.toolTip()  # all of February
    assert page.owed_card.value.text() == "US$50,00"
    assert page.overdue_list.texts()[0].startswith("About · US$75,00 · ")
    settings_store.set_home_currency("IDR")
    page.refresh()
    assert page.income_card.value.text() == "Rp0"  # no rupiah earned: nothing is converted after the fact


def test_lists_show_overdue_due_soon_and_work_in_review(page, known):
    page.refresh()
    assert page.overdue_list.texts() == ["About · $75.00 · due 4 days ago\nNorthwind Studio — Website"]
    assert page.due_list.texts() == ["Home · $100.00 · due in 2 days\nNorthwind Studio — Website"]
    assert page.review_list.texts() == ["Blog · $125.00 · approves itself in 10 days\nNorthwind Studio — Website"]
    assert page.clients_list.texts()[0].startswith("Northwind Studio · ")


def test_items_and_cards_open_where_they_can_be_acted_on(qtbot, page, known, ctx):
    page.refresh()
    with qtbot.waitSignal(ctx.navigate_requested) as nav:
        page.overdue_list.list.itemClicked.emit(page.overdue_list.list.item(0))
    about = ms.milestones_of(known.id)[1]
    assert nav.args == ["contracts", {"contract_id": known.id, "milestone_id": about.id}]
    with qtbot.waitSignal(ctx.navigate_requested) as nav:
        page.owed_card.activated.emit()
    assert nav.args == ["milestones", {"filter": "approved"}]
    with qtbot.waitSignal(ctx.navigate_requested) as nav:
        page.timer_card.activated.emit()
    assert nav.args == ["time", {"contract_id": known.id}]


def test_running_timer_moves_on_while_shown_only(qtbot, page, known, clock):
    page.refresh()
    assert page.ticker.isActive()
    clock.now = NOW + timedelta(minutes=10)
    page.tick()
    assert page.timer_card.value.text() == "0:40"
    assert page.hours_card.value.text() == "1:25"
    page.hide()
    assert not page.ticker.isActive()


def test_changes_elsewhere_refresh_the_dashboard(page, known, ctx):
    page.refresh()
    record_payment(PaymentData(known.id, date(2026, 3, 9), 10000, 1000, "USD"))
    ctx.notify("payments")
    assert page.income_card.value.text() == "$270.00"


def test_first_run_invites_to_add_a_client_or_try_the_demo(qtbot, ctx, database):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("dashboard")
    assert page.stack.currentWidget() is page.welcome
    with qtbot.waitSignal(window.open_database_requested) as demo:
        page.welcome.demo_button.click()
    assert demo.args == ["", True]


def test_first_run_offers_to_import_the_history_kept_in_another_tool(qtbot, ctx, database, monkeypatch):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("dashboard")
    opened = []
    monkeypatch.setattr(window, "open_import_wizard", lambda path="": opened.append(path))
    page.welcome.import_button.click()
    assert opened == [""]
    assert "Toggl" in page.welcome.findChild(QLabel, "emptyText").text()


def test_first_run_add_client_goes_to_a_new_client(qtbot, page, ctx):
    assert page.stack.currentWidget() is page.welcome
    with qtbot.waitSignal(ctx.navigate_requested) as nav:
        page.welcome.add_button.click()
    assert nav.args == ["clients", {"new": True}]


def test_report_button_opens_the_report_for_the_running_timers_contract(page, known, monkeypatch):
    opened = []
    monkeypatch.setattr(ReportDialog, "exec", lambda d: opened.append(d.contract.currentData()) or 0)
    page.refresh()
    page.report_button.click()
    assert opened == [known.id]


@pytest.mark.clock(datetime(2026, 12, 1, 8, tzinfo=UTC))
def test_on_the_first_of_the_month_income_is_compared_with_the_first_of_last_month(qtbot, ctx, database):
    client = create_client(ClientData("Harbor Co"), now=NOW)
    contract = create_contract(ContractData(client.id, "Retainer", budget_minor=500000), now=NOW)
    record_payment(PaymentData(contract.id, date(2026, 11, 16), 250000, 17200, "USD"))
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.income_card.value.text() == "$0.00"
    assert page.income_card.detail.text() == "vs 1 Nov: $0.00"  # no "-100 %" against all of November
    assert "$2,328.00" in page.income_card.toolTip()
    record_payment(PaymentData(contract.id, date(2026, 11, 1), 10000, 0, "USD"))
    record_payment(PaymentData(contract.id, date(2026, 12, 1), 15000, 0, "USD"))
    page.refresh()
    assert page.income_card.detail.text() == "vs 1 Nov: $100.00 (+50%)"


def test_the_start_page_is_on_screen_before_its_figures_are_read_and_filled_just_after(qtbot, ctx, known):
    """As the app starts: the page is built before the window is shown; the first frame does not wait
    for the dashboard's queries, the cards keep their places with "…" and fill in the next turn."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.close_guards.clear()  # (a timer runs: closing would ask about it)
    window.start_page("dashboard")
    page = window.page("dashboard")
    assert not page.is_ready()
    first_frame = []
    window.first_frame_shown.connect(lambda: first_frame.append(
        (page.income_card.value.text(), page.timer_card.value.text(), page.date_label.text())))
    window.show()
    qtbot.waitUntil(page.is_ready, timeout=3000)
    assert first_frame == [("…", "…", page.date_label.text())]  # the date needs no query
    assert page.income_card.value.text() == "$180.00"
    assert page.timer_card.value.text() == "0:30"
    assert page.due_list.texts() == ["Home · $100.00 · due in 2 days\nNorthwind Studio — Website"]


def test_a_screenshot_of_the_start_page_waits_for_its_figures(qtbot, ctx, known, qapp, tmp_path, monkeypatch):
    from freelance_desk.app import take_screenshot

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.close_guards.clear()  # (a timer runs: closing would ask about it)
    window.start_page("dashboard")
    page = window.page("dashboard")
    window.show()
    grabbed = []
    real_grab = window.grab
    monkeypatch.setattr(window, "grab", lambda: grabbed.append(page.income_card.value.text()) or real_grab())
    assert take_screenshot(qapp, window, str(tmp_path / "shot.png")) == 0
    assert grabbed == ["$180.00"]


# --- tax set-aside ----------------------------------------------------------------------------

JUTA = 1_000_000


@pytest.fixture
def rupiah(known):
    """Home currency IDR with the PP 55/2022 preset; 480 juta received in January and 30 juta on 3 March
    (10 juta of it past the year's exemption); 40 juta on 20 March, after today, is not counted yet."""
    sinar = create_client(ClientData("PT Sinar", currency="IDR"), now=NOW)
    profile = create_contract(ContractData(sinar.id, "Profile", currency="IDR", budget_minor=600 * JUTA), now=NOW)
    settings_store.set_home_currency("IDR")
    settings_store.set_tax("pp55_2022", None, None, "IDR")
    for day, amount in ((date(2026, 1, 9), 480 * JUTA), (date(2026, 3, 3), 30 * JUTA), (date(2026, 3, 20), 40 * JUTA)):
        record_payment(PaymentData(profile.id, day, amount, 0, "IDR"))
    return 10 * JUTA * 50 // 10_000  # 0.5 % of 10 juta


def test_without_a_tax_set_aside_there_is_no_tax_card(page, known):
    page.refresh()
    assert page.income_card.isVisible() and not page.tax_card.isVisible()


def test_the_tax_to_set_aside_this_month_and_the_year_so_far(page, rupiah, qtbot, ctx):
    page.refresh()
    assert page.tax_card.isVisible()
    assert page.tax_card.title.text() == "Tax to set aside this month"
    assert page.tax_card.value.text() == f"IDR\u00a0{rupiah:,}"
    assert page.tax_card.detail.text() == f"Year to date: IDR\u00a0{rupiah:,} · exempt turnover left: IDR\u00a00"
    assert "IDR\u00a030,000,000" in page.tax_card.toolTip()  # this month's gross so far
    opened = []
    ctx.navigate = lambda name, **kw: opened.append(name)
    qtbot.mouseClick(page.tax_card, Qt.MouseButton.LeftButton)
    assert opened == ["income"]


def test_in_indonesian_the_tax_card_writes_rupiah_as_the_locale_does(page, rupiah, indonesian):
    page.refresh()
    assert page.tax_card.value.text() == "Rp50.000"
    assert page.tax_card.detail.text().startswith("Year to date: Rp50.000")


def test_the_tax_card_is_left_out_of_the_first_frame_and_shown_with_the_figures(qtbot, ctx, rupiah):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.close_guards.clear()  # (a timer runs: closing would ask about it)
    window.start_page("dashboard")
    page = window.page("dashboard")
    first_frame = []
    window.first_frame_shown.connect(lambda: first_frame.append(page.tax_card.isVisible()))
    window.show()
    qtbot.waitUntil(page.is_ready, timeout=3000)
    assert first_frame == [False]  # whether there is one is read with the figures, after the first frame
    assert page.tax_card.isVisible() and page.tax_card.value.text() == "IDR\u00a050,000"


@pytest.mark.clock(datetime(2026, 3, 11, 2, 0, tzinfo=UTC))  # the 11th here (UTC), still 22:00 on the 10th in New York
def test_a_milestone_due_yesterday_here_but_today_in_new_york_is_due_soon_with_hours_left(qtbot, ctx, database):
    client = create_client(ClientData("Acme NY", timezone="America/New_York"), now=NOW)
    create_contract(ContractData(client.id, "Shop", budget_minor=10000), [MilestoneData("Cart", 10000, date(2026, 3, 10))],
                    now=NOW)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: bool(page.due_list.texts()))
    assert page.due_list.texts() == ["Cart · $100.00 · due today (their time), 2 h left\nAcme NY — Shop"]
    assert not page.overdue_list.isVisible()
