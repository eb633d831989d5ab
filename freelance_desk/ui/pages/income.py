"""Income: monthly net by client or platform, fees, hours and effective rate, what is owed and expected.

The aggregated rows are loaded once per data change (a few GROUP BY queries); switching the
range or the stacking re-plots from them. The chart is built just after the page is first shown
(its cards and tables paint first), on the figure the background warm-up drew ahead of time
(``ui/chart_warmup.py``); opened before that, the page imports matplotlib itself.
"""

from __future__ import annotations

import logging
import time
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from freelance_desk.core.errors import DomainError
from freelance_desk.core.vocabulary import TAX_SCHEME_LABELS
from freelance_desk.paths import open_private
from freelance_desk.services.io.export_csv import write_table
from freelance_desk.services.money import income, receivables
from freelance_desk.ui import context, theme
from freelance_desk.ui.format import basis_points, duration, money, money_label, share
from freelance_desk.ui.literal import plain_tooltip
from freelance_desk.ui.models.income import (
    BreakdownTableModel,
    ContractIncomeTableModel,
    MonthlyIncomeTableModel,
    ReceivablesTableModel,
)
from freelance_desk.ui.models.row_table import SortProxy, month_name, service_text
from freelance_desk.ui.pages.base import Page
from freelance_desk.ui.pages.income_parts import MonthDetails, tick_labels
from freelance_desk.ui.widgets.card import Card
from freelance_desk.ui.widgets.empty_state import EmptyState

log = logging.getLogger(__name__)


def table_view(model) -> QTableView:
    view = QTableView()
    proxy = SortProxy(view)
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    return view


class IncomePage(Page):
    topics = (context.PAYMENTS, context.TIME, context.MILESTONES, context.CONTRACTS, context.CLIENTS,
              context.SETTINGS)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._dirty = True  # load on first show
        self.chart = None  # built once first painted: that is when matplotlib is imported
        self._chart_coming = False
        self.data: income.IncomeData | None = None
        self.owed: receivables.Receivables | None = None
        self.view: income.MonthlyView | None = None
        self.timings = {"query": 0.0, "views": 0.0, "redraw": 0.0}
        outer = QVBoxLayout(self)

        top = QHBoxLayout()
        title = QLabel(self.tr("Income"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addStretch(1)
        self.range = QComboBox()
        self.range.setToolTip(self.tr("Which months to show"))
        top.addWidget(self.range)
        self.by_client = QPushButton(self.tr("By client"))
        self.by_platform = QPushButton(self.tr("By platform"))
        self.stacking = QButtonGroup(self)
        for button in (self.by_client, self.by_platform):
            button.setCheckable(True)
            self.stacking.addButton(button)
            top.addWidget(button)
        self.by_client.setChecked(True)
        self.export_button = QPushButton(self.tr("Export table…"))
        self.export_button.setToolTip(self.tr("Save the table below as a CSV file"))
        self.save_chart_button = QPushButton(self.tr("Save chart…"))
        top.addSpacing(12)
        top.addWidget(self.export_button)
        top.addWidget(self.save_chart_button)
        outer.addLayout(top)

        cards = QHBoxLayout()
        self.net_card = Card(self.tr("Net income"), clickable=False)
        self.hours_card = Card(self.tr("Hours tracked"), clickable=False)
        self.rate_card = Card(self.tr("Net per hour"), clickable=False)
        self.owed_card = Card(self.tr("Owed to you (estimate)"))
        self.tax_card = Card(self.tr("Tax to set aside"), clickable=False)  # only while a set-aside is on
        self.tax_card.hide()
        for card in (self.net_card, self.hours_card, self.rate_card, self.owed_card, self.tax_card):
            cards.addWidget(card)
        outer.addLayout(cards)
        self.notes = QLabel()
        self.notes.setObjectName("emptyText")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.notes)

        self.chart_box = QWidget()
        self.chart_slot = QVBoxLayout(self.chart_box)
        self.chart_slot.setContentsMargins(0, 0, 0, 0)

        self.months_model = MonthlyIncomeTableModel(self)
        self.breakdown_model = BreakdownTableModel(self)
        self.contracts_model = ContractIncomeTableModel(self)
        self.owed_model = ReceivablesTableModel(self)
        self.tabs = QTabWidget()
        self.months_table = table_view(self.months_model)
        self.tabs.addTab(self.months_table, self.tr("Months"))
        self.tabs.addTab(table_view(self.breakdown_model), self.tr("By client"))
        self.tabs.addTab(table_view(self.contracts_model), self.tr("Contracts"))
        self.tabs.addTab(table_view(self.owed_model), self.tr("Owed to you"))
        self.details = MonthDetails()
        self.details.setFixedWidth(200)
        tables = QWidget()
        tables_row = QHBoxLayout(tables)
        tables_row.setContentsMargins(0, 0, 0, 0)
        tables_row.addWidget(self.tabs, 1)
        tables_row.addWidget(self.details)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.chart_box)
        self.splitter.addWidget(tables)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([430, 230])
        self.splitter.setChildrenCollapsible(False)
        self.empty = EmptyState(
            self.tr("No income yet"),
            self.tr("Your monthly income appears here once payments are recorded: mark a milestone paid, "
                    "record a week of hourly earnings, or record a payment on the Payments page."),
            self.tr("Go to Payments"),
            lambda: self.ctx.navigate("payments"),
        )
        self.body = QStackedWidget()
        self.body.addWidget(self.splitter)
        self.body.addWidget(self.empty)
        outer.addWidget(self.body, 1)

        self.range.currentIndexChanged.connect(lambda _i: self.replot())
        self.stacking.buttonToggled.connect(lambda _b, checked: checked and self.replot())
        self.export_button.clicked.connect(self.export_table)
        self.save_chart_button.clicked.connect(self.save_chart)
        self.owed_card.activated.connect(lambda: self.tabs.setCurrentIndex(3))
        self.details.show_payments.connect(lambda month: self.ctx.navigate("payments", month=month))
        self.months_table.selectionModel().currentRowChanged.connect(self._month_row_changed)

    # --- building ------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.chart is None and not self._chart_coming:
            # Importing matplotlib takes ~0.4 s: build the chart once the cards and tables are on screen.
            self._chart_coming = True
            QTimer.singleShot(0, self._build_chart)

    def is_ready(self) -> bool:
        if self.body.currentWidget() is self.empty:
            return True
        return self.chart is not None and not self.chart.pending and self.chart.redraw_seconds > 0

    def _build_chart(self) -> None:
        self._chart_coming = False
        if self.chart is not None or not self.isVisible():
            return  # hidden again before the event loop ran: built after the next paint
        from freelance_desk.ui.chart_warmup import charts

        figure = charts.take_figure()  # drawn once off screen by the warm-up, if it ran (it is waited for)
        from freelance_desk.charts.widget import (
            ChartWidget,  # matplotlib: imported here unless warmed up
        )

        self.chart = ChartWidget(theme.chart_theme, figure=figure)
        self.chart.hovered.connect(self._on_hover)
        self.chart.clicked.connect(self._on_click)
        self.chart.redrawn.connect(self._on_redrawn)
        self.chart_slot.addWidget(self.chart)
        self._plot()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_details()

    def _fit_details(self) -> None:
        """In a narrow window the tables need the room (the month table whole, its tax column too); the tooltip
        still gives a bar's figures."""
        header = self.months_table.horizontalHeader()
        needed = sum(header.sectionSizeHint(c) for c in range(self.months_model.columnCount()))
        self.details.setVisible(self.width() >= max(900, needed + self.details.width() + 80))

    def stack_by(self) -> str:
        return income.BY_PLATFORM if self.by_platform.isChecked() else income.BY_CLIENT

    def range_choice(self) -> str:
        return self.range.currentData() or "last:12"

    def _fill_ranges(self) -> None:
        keep = self.range_choice()
        self.range.blockSignals(True)
        self.range.clear()
        self.range.addItem(self.tr("Last 12 months"), "last:12")
        self.range.addItem(self.tr("Last 24 months"), "last:24")
        for year in self.data.years():
            self.range.addItem(str(year), f"year:{year}")
        self.range.setCurrentIndex(max(self.range.findData(keep), 0))
        self.range.blockSignals(False)

    # --- data ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Run the aggregate queries again (after a data change), then re-plot."""
        started = time.perf_counter()
        today = self.ctx.today()
        self.data = income.load_income(today)
        self.owed = receivables.receivables(today)
        self.timings["query"] = time.perf_counter() - started
        self._fill_ranges()
        self.replot()
        log.info("income page: queries %.1f ms, views %.1f ms", self.timings["query"] * 1000,
                 self.timings["views"] * 1000)

    def _on_redrawn(self, seconds: float) -> None:
        self.timings["redraw"] = seconds
        log.info("income page: chart redrawn in %.1f ms", seconds * 1000)

    def replot(self) -> None:
        """Derive the views for the chosen range and stacking from the loaded rows; no query."""
        if self.data is None:
            return
        started = time.perf_counter()
        months = income.view_months(self.data, self.range_choice())
        stack = self.stack_by()
        self.view = view = income.monthly_view(self.data, months, stack)
        self.months_model.set_view(view)
        self._fit_details()  # the tax column comes and goes with the setting
        self.breakdown_model.set_breakdown(income.breakdown(self.data, months, stack), view.home,
                                           stack == income.BY_PLATFORM)
        self.tabs.setTabText(1, self.tr("By platform") if stack == income.BY_PLATFORM else self.tr("By client"))
        self.contracts_model.set_contracts(income.contract_view(self.data, months), view.home)
        self.owed_model.set_receivables(self.owed)
        self._fill_cards()
        self.timings["views"] = time.perf_counter() - started
        has_anything = bool(self.data.income or self.data.hours or self.data.expected or self.owed_model.rowCount())
        self.body.setCurrentWidget(self.splitter if has_anything else self.empty)
        self.details.clear()
        self._plot()

    def _plot(self) -> None:
        if self.chart is None or self.view is None:
            return
        from freelance_desk.charts.income import (
            HoursChart,
            IncomeChart,
            Stack,
            draw_income_figure,
        )

        view = self.view
        labels = tick_labels(view.months)
        chart = IncomeChart(
            labels=labels,
            stacks=[Stack(service_text(s.label, s.translatable), s.values, s.translatable) for s in view.series],
            fees=view.fee,
            expected=view.expected,
            currency=view.home,
            fee_label=self.tr("Platform fees"),
            expected_label=self.tr("Expected (estimate)"),
            title=self.tr("Net income per month ({0})").format(view.home),
            value_labels=len(view.months) <= 15,
            money_label=money_label(view.home),
        )
        hours = HoursChart(labels, view.seconds, view.rate, view.home, self.tr("Hours tracked"),
                           self.tr("Net per hour"), self.tr("Hours and effective hourly rate"),
                           money_label=money_label(view.home), few_hours=view.few_hours,
                           hours_unit=self.tr("{0} h"))
        self.chart.set_plotter(partial(draw_income_figure, income=chart, hours=hours))

    def _fill_cards(self) -> None:
        v, home = self.view, self.view.home
        fees = share(v.total("fee"), v.total("gross"))
        self.net_card.set(money(v.total("net"), home),
                          self.tr("fees {0} ({1} of gross)").format(money(v.total("fee"), home), fees))
        self.hours_card.set(duration(v.total("seconds")),
                            self.tr("{0} billable").format(duration(v.total("billable_seconds"))))
        rate = income.hourly_rate(v.total("net"), v.total("seconds"))
        self.rate_card.set(money(rate, home) if rate is not None else "—", self.tr("net ÷ hours tracked"))
        owed = self.owed
        per_currency = sorted(owed.by_currency.items(), key=lambda kv: (kv[0] != home, kv[0]))
        self.owed_card.set(
            "≈ " + money(owed.home_estimate, home),
            " + ".join(money(amount, code) for code, amount in per_currency) or self.tr("nothing"),
            tooltip=self.tr(
                "Net of fees, per currency; the total is converted at the last exchange rate you used.\n"
                "Approved milestones not paid yet: {0}\nHourly weeks without a payment: {1}\n"
                "Sent invoices not paid in full: {2}"
            ).format(len(owed.milestones), len(owed.weeks), len(owed.invoices)),
        )
        notes = []
        for other, n in sorted(self.data.left_out.items()):
            notes.append(self.tr("Left out of these {0} totals: payments recorded when your home currency was {1} "
                                 "({2}).").format(home, other, n))
        missing = sorted(v.expected_missing | owed.missing_rates)
        if missing:
            notes.append(self.tr("No exchange rate to {0} is known yet for {1}: those amounts are not in the "
                                 "estimates. Record a payment in that currency to set one.").format(home, ", ".join(missing)))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self._fill_tax_card()

    def tax_year(self) -> int:
        """The calendar year the tax card is about: the one shown, else this one."""
        kind, _, arg = self.range_choice().partition(":")
        return int(arg) if kind == "year" else self.data.today.year

    def _fill_tax_card(self) -> None:
        """The year's tax to set aside and what is left of its exempt turnover (hidden while nothing is set aside)."""
        year = self.data.tax_year(self.tax_year())
        self.tax_card.setVisible(year is not None)
        if year is None:
            return
        plan, home = year.plan, self.view.home
        rate = basis_points(plan.rate_bps)
        self.tax_card.title.setText(self.tr("Tax to set aside in {0}").format(year.year))
        if plan.exempt_minor:
            detail = self.tr("Exempt turnover left: {0} of {1}").format(money(year.exempt_left, home),
                                                                        money(plan.exempt_minor, home))
            rule = self.tr("{0}: {1} of each month's gross income once the year's first {2} is used up, rounded "
                           "down.").format(service_text(TAX_SCHEME_LABELS[plan.scheme]), rate,
                                           money(plan.exempt_minor, home))
        else:
            detail = self.tr("{0} of gross income").format(rate)
            rule = self.tr("{0}: {1} of each month's gross income, rounded down.").format(
                service_text(TAX_SCHEME_LABELS[plan.scheme]), rate)
        self.tax_card.set(money(year.set_aside, home), detail, tooltip=rule + "\n" + self.tr(
            "Gross income received in {0}: {1}").format(year.year, money(year.turnover, home)))

    # --- chart interaction -----------------------------------------------------------
    def hit_text(self, hit) -> str:
        v, home, i = self.view, self.view.home, hit.index
        month = month_name(v.months[i])
        if hit.kind == "hours":
            text = self.tr("{0}: {1} h tracked, {2} h billable").format(
                month, duration(v.seconds[i]), duration(v.billable_seconds[i]))
            if v.rate[i] is not None:
                text += "\n" + self.tr("Net per hour: {0}").format(money(v.rate[i], home))
            if i in v.few_hours:
                text += "\n" + self.few_hours_reason()
            return text
        if hit.kind == "few_hours":
            return self.tr("{0}: net per hour {1}").format(month, money(v.rate[i], home)) + "\n" + self.few_hours_reason()
        if hit.kind == "expected":
            return self.tr("{0}: {1} expected from funded milestones (after fees; an estimate)").format(
                month, money(hit.value, home))
        if hit.kind == "fee":
            return self.tr("{0}: platform fees {1} of gross {2}").format(
                month, money(hit.value, home), money(v.gross[i], home))
        return self.tr("{0} · {1}: net {2}\nMonth total: net {3}, gross {4}").format(
            month, hit.label, money(hit.value, home), money(v.net[i], home),
            money(v.gross[i], home))

    def few_hours_reason(self) -> str:
        return self.tr("Drawn apart (hollow): under a tenth of an average month's hours, so this rate says little "
                       "(a payment for earlier work over a few hours, say).")

    def _on_hover(self, hit) -> None:
        if hit is None:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), plain_tooltip(self.hit_text(hit)), self.chart)
        self.details.show_month(self.view, hit.index)

    def _on_click(self, hit) -> None:
        if hit is None:
            return
        self.details.show_month(self.view, hit.index)
        proxy = self.months_table.model()
        index = proxy.mapFromSource(self.months_model.index(hit.index, 0))
        self.months_table.selectRow(index.row())
        self.tabs.setCurrentWidget(self.months_table)

    def _month_row_changed(self, current, _previous) -> None:
        if current.isValid() and self.view is not None:
            row = self.months_table.model().mapToSource(current).row()
            self.details.show_month(self.view, row)

    # --- export --------------------------------------------------------------------
    def current_table_model(self):
        view = self.tabs.currentWidget()
        return view.model().sourceModel()

    def export_table(self) -> None:
        name = ["months", "breakdown", "contracts", "owed"][self.tabs.currentIndex()]
        suggested = f"income-{name}-{self.range_choice().replace(':', '-')}.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export table"), suggested,
                                              self.tr("CSV files (*.csv)"))
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        headers, rows = self.current_table_model().csv_table()
        try:
            write_table(Path(path), headers, rows)  # 0600, whole or not at all, no cell read as a formula
        except DomainError as e:
            self.ctx.show_status(self.ctx.error_text(e))
            return
        except OSError as e:
            self.ctx.show_status(self.tr("Could not save {0}: {1}").format(path, e.strerror or type(e).__name__))
            return
        self.ctx.show_status(self.tr("Saved {0}").format(path))

    def save_chart(self) -> None:
        if self.chart is None:
            return
        png, svg = self.tr("PNG image (*.png)"), self.tr("SVG image (*.svg)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Save chart"), "income.png", f"{png};;{svg}")
        if not path:
            return
        if not path.lower().endswith((".png", ".svg")):
            path += ".svg" if chosen == svg else ".png"
        try:
            with open_private(path, "wb") as f:
                self.chart.save(f, "svg" if path.lower().endswith(".svg") else "png")
        except OSError as e:
            self.ctx.show_status(self.tr("Could not save {0}: {1}").format(path, e.strerror or type(e).__name__))
            return
        self.ctx.show_status(self.tr("Saved {0}").format(path))
