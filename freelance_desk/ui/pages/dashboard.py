"""The first page: what needs attention today, each item one click from where to act on it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from freelance_desk.ui import context
from freelance_desk.ui.format import basis_points, duration, money, percent, qdate
from freelance_desk.ui.pages.base import Page
from freelance_desk.ui.pages.dashboard_parts import ShortList, Welcome
from freelance_desk.ui.widgets.card import Card

if TYPE_CHECKING:
    from freelance_desk.services.milestones.queries import MilestoneRow
    from freelance_desk.services.overview.dashboard import Dashboard

TICK_MS = 30_000
PLACEHOLDER = "…"  # a card's value until its figures are read


class DashboardPage(Page):
    topics = (context.INVOICES, context.CLIENTS, context.CONTRACTS, context.MILESTONES, context.TIME, context.PAYMENTS,
              context.PROPOSALS, context.SETTINGS)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.data: Dashboard | None = None
        self._loaded_at = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.overview = self._build_overview()
        self.stack.addWidget(self.overview)
        self._welcome: Welcome | None = None  # built when the database is empty: not on every start

        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        window = self.window()
        if window is not self and hasattr(window, "after_first_frame") and not window.isVisible():
            # The start page, built before its window is shown: the first frame shows the cards
            # (their figures "…"), which fill in the event-loop turn just after it, so the window
            # is on screen without waiting for the rules and queries behind them.
            self._show_placeholders()
            window.after_first_frame(self.refresh)
        else:
            self.refresh()

    # --- layout -----------------------------------------------------------------
    def _build_overview(self) -> QWidget:
        body = QWidget()
        lay = QVBoxLayout(body)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        title = QLabel(self.tr("Dashboard"))
        title.setObjectName("pageTitle")
        self.date_label = QLabel()
        self.date_label.setObjectName("cardTitle")
        titles.addWidget(title)
        titles.addWidget(self.date_label)
        head.addLayout(titles)
        head.addStretch(1)
        self.report_button = QPushButton(self.tr("Progress report…"))
        self.report_button.setToolTip(self.tr("A report of a contract's progress, ready to paste to the client"))
        self.report_button.clicked.connect(self.open_report)
        head.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(head)

        grid = QGridLayout()
        grid.setSpacing(10)
        self.timer_card = Card(self.tr("Timer"))
        self.hours_card = Card(self.tr("Tracked today"))
        self.workload_card = Card(self.tr("Workload"))
        self.income_card = Card(self.tr("Net income this month"))
        self.owed_card = Card(self.tr("Approved, not yet paid"))
        self.pipeline_card = Card(self.tr("Proposals"))
        cards = (
            (self.timer_card, "time"), (self.hours_card, "time"), (self.workload_card, "contracts"),
            (self.income_card, "income"), (self.owed_card, "milestones"), (self.pipeline_card, "proposals"),
        )
        for i, (card, page) in enumerate(cards):
            grid.addWidget(card, i // 3, i % 3)
            card.activated.connect(lambda p=page: self._open_card(p))
        # Under this month's income, only while a tax set-aside is on (known once the figures are read).
        self.tax_card = Card(self.tr("Tax to set aside this month"))
        self.tax_card.activated.connect(lambda: self._open_card("income"))
        self.tax_card.hide()
        grid.addWidget(self.tax_card, 2, 0)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        lay.addLayout(grid)

        self._lists = QHBoxLayout()  # the short lists come with the figures (_build_lists)
        self._lists.setSpacing(16)
        lay.addLayout(self._lists, 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        return scroll

    def _build_lists(self) -> None:
        left, right = QVBoxLayout(), QVBoxLayout()
        self.overdue_list = ShortList(self.tr("Overdue"), self.tr("Nothing overdue."))
        self.due_list = ShortList(self.tr("Due in the next 7 days"), self.tr("Nothing due this week."))
        self.review_list = ShortList(self.tr("Waiting on clients"), self.tr("No work waiting for approval."))
        self.clients_list = ShortList(self.tr("Clients' local time"), self.tr("No active contracts."))
        for target, widget in ((left, self.overdue_list), (left, self.due_list), (right, self.review_list),
                               (right, self.clients_list)):
            target.addWidget(widget)
            widget.open_requested.connect(lambda page, where: self.ctx.navigate(page, **where))
        left.addStretch(1)
        right.addStretch(1)
        self._lists.addLayout(left, 1)
        self._lists.addLayout(right, 1)

    @property
    def welcome(self) -> Welcome:
        """The first run's invitation (an empty database)."""
        if self._welcome is None:
            self._welcome = Welcome()
            self._welcome.add_client.connect(lambda: self.ctx.navigate("clients", new=True))
            self._welcome.import_history.connect(self.open_import)
            self._welcome.try_demo.connect(self.open_demo)
            self.stack.addWidget(self._welcome)
        return self._welcome

    # --- data ---------------------------------------------------------------------
    def is_ready(self) -> bool:
        """Its figures are read and shown (what --screenshot waits for)."""
        return self.data is not None

    def _show_placeholders(self) -> None:
        """The page as it looks until the figures come: each card its size, its value "…"."""
        self.date_label.setText(QLocale().toString(qdate(self.ctx.today()), QLocale.FormatType.LongFormat))
        for card in (self.timer_card, self.hours_card, self.workload_card, self.income_card, self.owed_card,
                     self.pipeline_card):
            card.set(PLACEHOLDER, " ")

    def refresh(self) -> None:
        # The rules behind the cards are imported here, on the first fill just after the first frame.
        from freelance_desk.services.overview import dashboard as service

        now, today = self.ctx.now(), self.ctx.today()
        d = self.data = service.dashboard(now, today, self.ctx.local_zone())
        self._loaded_at = now
        self.stack.setCurrentWidget(self.welcome if d.empty else self.overview)
        if d.empty:
            return
        self.date_label.setText(QLocale().toString(qdate(today), QLocale.FormatType.LongFormat))
        self._show_time(now)
        self._show_workload(d)
        self._show_money(d)
        p = d.pipeline
        self.pipeline_card.set(
            self.tr("{0} open").format(p.waiting + p.interviewing),
            self.tr("{0} interviewing · this month: {1} sent, {2} hired").format(
                p.interviewing, p.sent_this_month, p.hired_this_month),
        )
        self._show_lists(d)
        self._update_ticker()

    def _show_time(self, now) -> None:
        d = self.data
        extra = int((now - self._loaded_at).total_seconds()) if d.timer else 0
        if d.timer:
            self.timer_card.set(duration(d.timer.elapsed(now)), f"{d.timer.contract} — {d.timer.client}")
        else:
            self.timer_card.set(self.tr("Not running"), self.tr("Start one from the bar at the top."))
        week = d.week_seconds + extra
        limit = d.workload.max_weekly_hours
        since = QLocale().dayName(d.week_start.isoweekday(), QLocale.FormatType.LongFormat)
        detail = self.tr("This week {0} (since {1})").format(duration(week), since)
        if limit:
            detail += " · " + self.tr("limit {0} h").format(limit)
        self.hours_card.set(duration(d.today_seconds + extra), detail, warn=bool(limit) and week > limit * 3600)

    def _show_workload(self, d: Dashboard) -> None:
        w = d.workload
        if w.max_contracts:
            value = self.tr("{0} of {1}").format(w.active_contracts, w.max_contracts)
            detail = self.tr("active contracts; over your limit") if w.over else (
                self.tr("active contracts; at your limit") if w.full else self.tr("active contracts"))
        else:
            value, detail = str(w.active_contracts), self.tr("active contracts (no limit set)")
        self.workload_card.set(value, detail, warn=w.over)

    def _show_money(self, d: Dashboard) -> None:
        home = d.home_currency
        compared = money(d.income_compared, home)
        if d.compares_whole_month:
            detail, tooltip = self.tr("Last month {0}").format(compared), ""
        else:  # the month so far against the same days of last month, not against all of it
            span = self.day_span(*d.compared_days)
            detail = self.tr("vs {0}: {1}").format(span, compared)
            tooltip = self.tr("Compared with the same days of last month ({0}). All of last month: {1}").format(
                span, money(d.income_last_month, home))
        change = d.income_change
        if change is not None:
            detail += f" ({percent(change, signed=True)})"
        self.income_card.set(money(d.income_this_month, home), detail, tooltip=tooltip)
        if d.receivable:
            owed = " + ".join(money(minor, cur) for cur, minor in d.receivable.items())
            count = (self.tr("1 approved milestone to be paid") if d.receivable_count == 1
                     else self.tr("{0} approved milestones to be paid").format(d.receivable_count))
            self.owed_card.set(owed, count)
        else:
            self.owed_card.set(money(0, home), self.tr("Nothing waiting for payment"))
        self._show_tax(d)

    def _show_tax(self, d: Dashboard) -> None:
        year = d.tax
        self.tax_card.setVisible(year is not None)
        if year is None:
            return
        home = d.home_currency
        detail = self.tr("Year to date: {0}").format(money(year.set_aside, home))
        if year.plan.exempt_minor:
            detail += " · " + self.tr("exempt turnover left: {0}").format(money(year.exempt_left, home))
        self.tax_card.set(money(year.last_month.set_aside, home), detail, tooltip=self.tr(
            "Gross income received this month: {0}. Set aside {1} of what this year's exempt turnover no longer "
            "covers.").format(money(year.last_month.turnover, home), basis_points(year.plan.rate_bps)))

    def overdue_invoices_item(self):
        """"2 invoices overdue · Rp…", opening the Invoices page on its overdue ones; None when none are."""
        from freelance_desk.core.i18n import english_plural
        from freelance_desk.services.billing.invoice_list import overdue_invoices

        rows = overdue_invoices(self.ctx.today())
        if not rows:
            return None
        owed: dict[str, int] = {}
        for r in rows:
            owed[r.currency] = owed.get(r.currency, 0) + r.due
        text = english_plural(self.tr("%n invoice(s) overdue", "", len(rows)), len(rows)) + " · " + " + ".join(
            money(v, k) for k, v in sorted(owed.items()))
        oldest = rows[0]
        text += "\n" + self.tr("{0} to {1}, due {2}").format(oldest.number, oldest.client, self.relative(oldest.due_on))
        return text, "invoices", {"overdue": True, "invoice_id": oldest.invoice_id}, True

    def day_span(self, first, last) -> str:
        """Days of one month: "1–5 Nov", or "1 Nov" for one day."""
        month = QLocale().monthName(first.month, QLocale.FormatType.ShortFormat)
        if first == last:
            return self.tr("{0} {1}").format(first.day, month)
        return self.tr("{0}–{1} {2}").format(first.day, last.day, month)

    def relative(self, day) -> str:
        """A date as the dashboard says it: "today", "in 3 days", "2 days ago"."""
        n = (day - self.ctx.today()).days
        if n == 0:
            return self.tr("today")
        if n == 1:
            return self.tr("tomorrow")
        if n == -1:
            return self.tr("yesterday")
        return self.tr("in {0} days").format(n) if n > 0 else self.tr("{0} days ago").format(-n)

    def _show_lists(self, d: Dashboard) -> None:
        from freelance_desk.ui.models.milestones import due_today_text  # (a table model: not before the first frame)
        from freelance_desk.ui.widgets.client_clock import clock_text, overlap_text

        def due_item(m: MilestoneRow, warn: bool):
            when = due_today_text(m) or self.tr("due {0}").format(self.relative(m.due_date))
            text = f"{m.title} · {money(m.amount_minor, m.currency)} · {when}\n{m.client} — {m.contract}"
            return text, "contracts", {"contract_id": m.contract_id, "milestone_id": m.id}, warn

        if self._lists.count() == 0:
            self._build_lists()
        late = self.overdue_invoices_item()
        self.overdue_list.set_items(([late] if late else []) + [due_item(m, True) for m in d.overdue])
        self.overdue_list.setVisible(bool(d.overdue) or late is not None)
        self.due_list.set_items([due_item(m, False) for m in d.due_soon])
        review = []
        for m in d.in_review:
            release = (self.tr("approves itself {0}").format(self.relative(m.auto_release)) if m.auto_release
                       else self.tr("no automatic approval"))
            review.append((f"{m.title} · {money(m.amount_minor, m.currency)} · {release}\n{m.client} — {m.contract}",
                           "contracts", {"contract_id": m.contract_id, "milestone_id": m.id}, False))
        self.review_list.set_items(review)
        people = []
        for c in d.clients:
            people.append((f"{c.name} · {clock_text(c.clock)}\n{overlap_text(c.clock)}",
                           "clients", {"client_id": c.client_id}, False))
        self.clients_list.set_items(people, max_rows=8)

    # --- the running timer --------------------------------------------------------
    def _update_ticker(self) -> None:
        running = self.data is not None and self.data.timer is not None and self.isVisible()
        if running and not self.ticker.isActive():
            self.ticker.start()
        elif not running:
            self.ticker.stop()

    def tick(self) -> None:
        """Move the running timer's figures on without asking the database."""
        if self.data is not None and self.data.timer is not None:
            self._show_time(self.ctx.now())

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.tick()
        self._update_ticker()

    def hideEvent(self, event) -> None:  # noqa: N802
        self.ticker.stop()
        super().hideEvent(event)

    # --- actions --------------------------------------------------------------------
    def _open_card(self, page: str) -> None:
        d = self.data
        if page == "time" and d and d.timer:
            self.ctx.navigate("time", contract_id=d.timer.contract_id)
        elif page == "milestones":
            # (the milestone rules are imported on use, not at startup)
            from freelance_desk.services.milestones.queries import APPROVED_UNPAID

            self.ctx.navigate("milestones", filter=APPROVED_UNPAID)
        else:
            self.ctx.navigate(page)

    def open_report(self) -> None:
        from freelance_desk.ui.dialogs.report import open_progress_report

        contract_id = self.data.timer.contract_id if self.data and self.data.timer else None
        open_progress_report(self.ctx, self, contract_id)

    def open_import(self) -> None:
        """File ▸ Import…, from the first run's invitation."""
        window = self.window()
        if hasattr(window, "open_import_wizard"):
            window.open_import_wizard()

    def open_demo(self) -> None:
        window = self.window()
        if hasattr(window, "open_database_requested"):
            window.open_database_requested.emit("", True)
