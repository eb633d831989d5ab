"""The income page: the chart, its tables and CSV agree; switching range or stacking re-plots."""

from __future__ import annotations

import csv
import errno
import os
import re
import stat
import subprocess
import sys
from datetime import date

import pytest
from matplotlib.backend_bases import MouseEvent
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from freelance_desk.core.money import format_amount, plain_amount
from freelance_desk.demo import fill_demo
from freelance_desk.services.money import income, receivables
from freelance_desk.services.settings import store as settings_store
from freelance_desk.ui import context
from freelance_desk.ui.models.income import (
    BreakdownTableModel,
    ContractIncomeTableModel,
    MonthlyIncomeTableModel,
    ReceivablesTableModel,
)
from freelance_desk.ui.pages.income import IncomePage
from freelance_desk.ui.pages.payments import PaymentsPage
from tests.services.money.income_world import pay, world  # noqa: F401
from tests.ui.helpers import NOW

M = MonthlyIncomeTableModel.Column


@pytest.fixture
def demo(database):
    fill_demo(now=NOW)


@pytest.fixture
def page(qtbot, ctx):
    return open_page(qtbot, ctx)


def open_page(qtbot, ctx) -> IncomePage:
    page = IncomePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    drawn(page, qtbot)
    return page


def drawn(page, qtbot) -> None:
    """Wait for the chart to draw (it draws once the event loop runs, coalescing quick changes)."""
    qtbot.waitUntil(lambda: page.chart is not None and not (page.chart.pending and page.chart.isVisible()))


def income_axes(page):
    return page.chart.figure.axes[0]


def bar_totals(page) -> list[float]:
    """Per month, the height of every net segment added up, as drawn."""
    ax = income_axes(page)
    totals = [0.0] * len(page.view.months)
    for container in ax.containers[: len(page.view.series)]:
        for i, patch in enumerate(container.patches):
            if patch.get_visible():
                totals[i] += patch.get_height()
    return totals


def export_csv(page, monkeypatch, tmp_path, name="months.csv") -> list[list[str]]:
    target = tmp_path / name
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_table()
    with open(target, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_bars_table_csv_and_payments_list_agree_on_demo_data(demo, page, ctx, qtbot, monkeypatch, tmp_path):
    view = page.view
    rows = export_csv(page, monkeypatch, tmp_path)
    assert rows[0][:4] == ["Month", "Net (USD)", "Fees (USD)", "Gross (USD)"]
    by_month = {r[0]: r for r in rows[1:]}
    payments_page = PaymentsPage(ctx)
    qtbot.addWidget(payments_page)
    checked = 0
    months = page.months_model
    table = {months.cell(r, M.MONTH).value: months.cell(r, M.NET).value for r in months.rows()}  # month → net
    for i, month in enumerate(view.months):
        net = view.net[i]
        assert bar_totals(page)[i] == pytest.approx(net / 100)
        assert table[month] == net
        assert by_month[month][1] == plain_amount(net, "USD")
        payments_page.show_month(month)
        assert sum(r.net_home_minor for r in payments_page.model.rows()) == net
        if net:
            assert f"net {format_amount(net, 'USD')}" in payments_page.totals.text()
            checked += 1
    assert checked >= 6  # the demo has months of income to compare


def test_switching_stacking_and_range_replots_from_the_loaded_rows(demo, page, monkeypatch, qtbot):
    queries = []
    monkeypatch.setattr(income, "load_income", lambda *a, **k: queries.append(a))
    legend = [t.get_text() for t in income_axes(page).get_legend().get_texts()]
    assert legend[:2] == ["Harbor Analytics", "Oakridge Dental"]
    page.by_platform.click()
    drawn(page, qtbot)
    legend = [t.get_text() for t in income_axes(page).get_legend().get_texts()]
    assert legend[:3] == ["Upwork", "Direct", "Fiverr"]
    assert page.tabs.tabText(1) == "By platform"
    assert page.breakdown_model.headerData(1, Qt.Orientation.Horizontal) == "Platform"
    assert {page.breakdown_model.row(r).label for r in range(page.breakdown_model.rowCount())} == {
        "Upwork", "Direct", "Fiverr"}
    page.range.setCurrentIndex(page.range.findData("year:2025"))
    drawn(page, qtbot)
    ax = income_axes(page)
    assert len(page.chart.figure.axes[1].get_xticklabels()) == 12
    assert page.months_model.rowCount() == 12
    assert page.months_model.cell(page.months_model.row(0), M.MONTH).value == "2025-01"
    assert len(ax.containers[0].patches) == 12
    assert queries == []  # no query: only the views were derived again
    assert page.timings["views"] < 0.5
    assert page.timings["redraw"] == page.chart.redraw_seconds > 0


def test_hovering_a_bar_shows_the_figures_behind_it(demo, page, qtbot):
    ax = income_axes(page)
    index = page.view.months.index("2026-02")
    patch = ax.containers[0].patches[index]  # the biggest client's February segment
    x, y = ax.transData.transform((index, patch.get_y() + patch.get_height() / 2))
    canvas = page.chart.canvas
    MouseEvent("motion_notify_event", canvas, x, y)._process()
    assert page.details.heading.text().startswith("Feb")
    assert "Harbor Analytics" in page.details.body.text()
    assert page.details.button.isVisible()
    MouseEvent("button_press_event", canvas, x, y, button=1)._process()
    selected = page.months_table.selectionModel().selectedRows()
    assert page.months_table.model().mapToSource(selected[0]).row() == index
    hit = page.chart.hit_at(MouseEvent("motion_notify_event", canvas, x, y))
    text = page.hit_text(hit)
    assert "Harbor Analytics" in text and "net $" in text


def test_hovering_still_finds_the_bars_after_a_switch(demo, page, qtbot):
    first_axes = list(page.chart.figure.axes)
    page.by_platform.click()
    drawn(page, qtbot)
    page.range.setCurrentIndex(page.range.findData("year:2025"))
    drawn(page, qtbot)
    ax = income_axes(page)
    assert page.chart.figure.axes == first_axes  # redrawn on the same Axes
    index = next(i for i, v in enumerate(page.view.series[0].values) if v)
    patch = ax.containers[0].patches[index]
    x, y = ax.transData.transform((index, patch.get_y() + patch.get_height() / 2))
    hit = page.chart.hit_at(MouseEvent("motion_notify_event", page.chart.canvas, x, y))
    assert hit is not None and hit.patch is patch and hit.label == "Upwork"
    assert all(h.patch.axes is not None for h in page.chart.hits)  # no hit on a bar of the last plot


def test_receivables_and_notes(demo, page):
    owed = page.owed_model
    kinds = [owed.index(r, ReceivablesTableModel.Column.WHAT).data() for r in range(owed.rowCount())]
    assert "Invoice INV-2026-0002" in kinds  # the approved rupiah milestone, owed as the sent invoice that bills it
    assert "Development" not in kinds  # counted once
    assert any(k.startswith("Week ") for k in kinds)  # hourly weeks not recorded yet
    assert page.owed_card.value.text().startswith("≈ $")
    assert not page.notes.isVisible()


def test_payments_of_an_earlier_home_currency_are_named(page, ctx, world):
    pay(world.logo, date(2026, 2, 1), 20000, 2000)
    settings_store.set_home_currency("IDR")
    ctx.notify(context.SETTINGS)
    assert page.view.home == "IDR"
    assert page.view.total("net") == 0
    assert "payments recorded when your home currency was USD (1)" in page.notes.text()
    assert page.notes.isVisible()


def test_a_new_payment_refreshes_the_visible_page(page, ctx, world):
    assert page.body.currentWidget() is page.empty
    pay(world.logo, date(2026, 2, 1), 20000, 2000)
    ctx.notify(context.PAYMENTS)
    assert page.body.currentWidget() is page.splitter
    assert page.net_card.value.text() == "$160.00"


def test_save_chart_as_svg_and_png(demo, page, monkeypatch, tmp_path):
    for name, start in (("chart.svg", b"<?xml"), ("chart.png", b"\x89PNG")):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        page.save_chart()
        assert target.read_bytes().startswith(start)


def test_contracts_tab_exports_its_own_rows(demo, page, monkeypatch, tmp_path):
    page.tabs.setCurrentIndex(2)
    rows = export_csv(page, monkeypatch, tmp_path, "contracts.csv")
    assert rows[0][:4] == ["Contract", "Client", "Platform", "Net (USD)"]
    assert len(rows) == 1 + page.contracts_model.rowCount()


def test_income_models_pass_the_model_tester(qtmodeltester, demo, qapp):
    data = income.load_income(NOW.date())
    months = income.view_months(data, "last:12")
    view = income.monthly_view(data, months)
    models = [MonthlyIncomeTableModel(), BreakdownTableModel(), ContractIncomeTableModel(), ReceivablesTableModel()]
    models[0].set_view(view)
    models[1].set_breakdown(income.breakdown(data, months), "USD", False)
    models[2].set_contracts(income.contract_view(data, months), "USD")
    models[3].set_receivables(receivables.receivables(NOW.date()))
    for model in models:
        assert model.rowCount() > 0
        qtmodeltester.check(model)


@pytest.mark.slow
def test_matplotlib_is_imported_once_the_page_is_first_painted(tmp_path):
    code = """
import sys, time
from freelance_desk.db.connection import open_database
from freelance_desk.db.migrations import migrate
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from freelance_desk.settings import UiSettings
from freelance_desk.ui.context import AppContext
app = QApplication([])
migrate(open_database(sys.argv[1]))
from freelance_desk.demo import fill_demo
fill_demo()
from freelance_desk.ui.pages.income import IncomePage
page = IncomePage(AppContext(sys.argv[1], UiSettings(sys.argv[2])))
before = "matplotlib" in sys.modules
painted = []

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not painted:
            painted.append("matplotlib" in sys.modules)
        return False

watcher = FirstPaint()
page.months_table.viewport().installEventFilter(watcher)
page.show()
end = time.monotonic() + 20
while (page.chart is None or page.chart.pending or not painted) and time.monotonic() < end:
    app.processEvents()
print(before, painted[:1] or "unpainted", "matplotlib" in sys.modules, page.chart.redraw_seconds > 0)
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FREELANCE_DESK_HOME=str(tmp_path))
    env.pop("MPLBACKEND", None)
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "db.sqlite3"), str(tmp_path / "ui.ini")],
        capture_output=True, text=True, env=env, timeout=60, check=True,
    )
    # Not on import, not before the tables are on screen; then the chart is built and drawn.
    assert out.stdout.split() == ["False", "[False]", "True", "True"]


def test_in_indonesian_money_percentages_and_the_chart_follow_the_locale(indonesian, demo, page, qtbot):
    """One convention on the page: "Rp7.500.000" beside "US$1.134,00" and "8,6%", the chart's labels too."""
    assert "Rp8.325.000" in page.owed_card.detail.text()  # the locale's own currency, its own symbol
    assert page.owed_card.value.text().startswith("≈ US$")
    assert re.fullmatch(r"US\$[0-9.]+,[0-9]{2}", page.net_card.value.text())
    assert re.search(r"\([0-9]+,[0-9]%", page.net_card.detail.text())  # the fee share: a decimal comma, no space
    ax = income_axes(page)
    ticks = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert ticks and all(t.startswith("US$") for t in ticks)
    assert not any("." in t for t in ticks if t != "US$0")  # no decimal point
    bar_labels = [t.get_text() for t in ax.texts]
    assert bar_labels and all(t.startswith("US$") for t in bar_labels)
    assert any("," in t for t in bar_labels)  # "US$1,1k": a decimal comma in the short amounts


def test_in_english_another_currency_shows_its_code(demo, page):
    assert "IDR\u00a08,325,000" in page.owed_card.detail.text()
    assert re.fullmatch(r"\$[0-9,]+\.[0-9]{2}", page.net_card.value.text())
    assert re.search(r"\([0-9]+\.[0-9]%", page.net_card.detail.text())


def test_the_owed_card_opens_what_is_owed(demo, page, qtbot):
    assert "IDR\u00a08,325,000" in page.owed_card.detail.text()  # per currency, beside the home estimate
    qtbot.mouseClick(page.owed_card, Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget().model().sourceModel() is page.owed_model


def test_the_page_is_ready_once_its_chart_is_drawn_or_when_there_is_nothing_to_chart(demo, ctx, qtbot, database):
    """What --screenshot waits for: the tables come first, the chart right after."""
    page = IncomePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    assert not page.is_ready()  # the chart is built after the first paint
    qtbot.waitUntil(page.is_ready, timeout=10_000)
    assert page.chart.hits  # its bars are there to point at


def test_an_empty_income_page_is_ready_at_once(ctx, qtbot, database):
    page = IncomePage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.is_ready()


def test_pointing_at_a_rate_drawn_apart_says_why(database, ctx, qtbot):
    fill_demo(now=NOW.replace(day=3))  # on the 3rd the month has a few hours and already a payment
    page = open_page(qtbot, ctx)
    (month,) = page.view.few_hours
    assert page.view.months[month] == "2026-03"
    qtbot.waitUntil(lambda: len(page.chart.figure.axes) == 3)
    rate_axes = [a for a in page.chart.figure.axes if a.get_label() == "rate"][0]
    (hollow,) = [line for line in rate_axes.get_lines() if line.get_markerfacecolor() == "none"]
    x, y = rate_axes.transData.transform((hollow.get_xdata()[0], hollow.get_ydata()[0]))
    hit = page.chart.hit_at(MouseEvent("motion_notify_event", page.chart.canvas, x, y))
    assert hit is not None and hit.index == month
    text = page.hit_text(hit)
    assert "Drawn apart" in text and "a tenth of an average month's hours" in text


@pytest.mark.slow
def test_matplotlib_is_warmed_up_after_startup_and_the_income_page_then_uses_it(tmp_path):
    """Not before the first frame; in the background once the window is idle; then opening Income
    (Ctrl+7) draws on the figure made ahead of time and imports nothing more of matplotlib."""
    code = """
import sys, threading
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from freelance_desk.app import make_demo_database
from freelance_desk.settings import UiSettings
from freelance_desk.ui.context import AppContext
from freelance_desk.ui.main_window import MainWindow
from freelance_desk.ui import chart_warmup
app = QApplication([])
window = MainWindow(AppContext(str(make_demo_database()), UiSettings()))
window.resize(1200, 760)
window.start_page("dashboard")
window.show()
at_first_frame = []
window.first_frame_shown.connect(lambda: at_first_frame.append("matplotlib" in sys.modules))
threads = []
real_run = chart_warmup.ChartWarmup._run
chart_warmup.ChartWarmup._run = lambda self: threads.append(threading.current_thread().name) or real_run(self)
idle = QEventLoop()
QTimer.singleShot(4000, idle.quit)
idle.exec()
print("first frame without matplotlib:", at_first_frame == [False])
print("warmed in a thread:", threads == ["chart-warmup"], chart_warmup.charts.done())
warm_figure = chart_warmup.charts._figure
QTest.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
page = window.page("income")
before = set(sys.modules)
while not page.is_ready():
    app.processEvents()
print("income drew on the warm figure:", warm_figure is not None and page.chart.figure is warm_figure)
print("nothing more of matplotlib:", sorted(m for m in set(sys.modules) - before if m.startswith("matplotlib")) == [])
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FREELANCE_DESK_HOME=str(tmp_path))
    env.pop("MPLBACKEND", None)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=90, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [
        "first frame without matplotlib: True",
        "warmed in a thread: True True",
        "income drew on the warm figure: True",
        "nothing more of matplotlib: True",
    ]


def test_exported_tables_and_charts_are_private_to_the_user(demo, page, monkeypatch, tmp_path):
    old = os.umask(0o022)  # the usual umask: a plain open() would make them 0644
    try:
        stale = tmp_path / "owed.csv"
        stale.write_text("old")
        stale.chmod(0o644)  # a file already there, readable by all, is overwritten private
        export_csv(page, monkeypatch, tmp_path, "owed.csv")
        for name in ("chart.svg", "chart.png"):
            monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=tmp_path / name, **k: (str(t), ""))
            page.save_chart()
    finally:
        os.umask(old)
    for name in ("owed.csv", "chart.svg", "chart.png"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name


def test_an_export_onto_a_full_disk_is_said_in_the_status_bar_and_the_old_file_kept(demo, page, ctx, monkeypatch,
                                                                                   tmp_path):
    from freelance_desk.services.io import written

    target = tmp_path / "full.csv"
    target.write_text("last month's", encoding="utf-8")

    def full_disk(self):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(written.NewFile, "finish", full_disk)
    said = []
    ctx.status_message.connect(said.append)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_table()
    assert said == [f"Could not save {target}: No space left on device"]
    assert [p.name for p in tmp_path.iterdir() if "full" in p.name] == ["full.csv"]  # no part file left
    assert target.read_text(encoding="utf-8") == "last month's"


def test_a_client_named_like_a_formula_is_exported_as_text(demo, page, ctx, monkeypatch, tmp_path):
    from freelance_desk.db import models as m
    from freelance_desk.db.connection import write

    with write():
        m.Client.update(name='=HYPERLINK("http://evil.example","click")').where(
            m.Client.name == "Northwind Studio").execute()
    page.refresh()
    page.tabs.setCurrentIndex(2)  # by contract: it names the client
    rows = export_csv(page, monkeypatch, tmp_path, "contracts.csv")
    assert any(row[1] == '\'=HYPERLINK("http://evil.example","click")' for row in rows[1:]), rows


def test_in_indonesian_the_hours_axis_says_jam(in_indonesian, demo, ctx, qtbot):
    page = open_page(qtbot, ctx)
    qtbot.waitUntil(lambda: len(page.chart.figure.axes) == 3)  # income, hours and their rate
    hours_ax = page.chart.figure.axes[1]
    ticks = [t.get_text() for t in hours_ax.get_yticklabels() if t.get_text()]
    assert ticks and all(t.endswith(" jam") for t in ticks), ticks  # "80 jam", not "80 h"


# --- tax set-aside --------------------------------------------------------------------------------

JUTA = 1_000_000


@pytest.fixture
def rupiah_income(world):
    """Home currency IDR with the PP 55/2022 preset: 450 juta in January and 100 juta on 2 March 2026, so
    March's last 50 juta are past the year's 500 juta exemption."""
    settings_store.set_home_currency("IDR")
    settings_store.set_tax("pp55_2022", None, None, "IDR")
    pay(world.profile, date(2026, 1, 15), 450 * JUTA, currency="IDR")
    pay(world.profile, date(2026, 3, 2), 100 * JUTA, currency="IDR")
    return 50 * JUTA * 50 // 10_000  # March's set-aside: 0.5 % of 50 juta


def month_row(page, month: str) -> int:
    return next(r for r in page.months_model.rows() if page.view.months[r] == month)


def test_without_a_tax_set_aside_the_page_is_as_it_was(page, ctx, world, monkeypatch, tmp_path):
    pay(world.logo, date(2026, 3, 2), 20000)
    ctx.notify(context.PAYMENTS)
    assert page.months_model.columnCount() == len(M) - 1
    assert not page.tax_card.isVisible()
    assert "Tax to set aside" not in export_csv(page, monkeypatch, tmp_path)[0]


def test_the_months_table_and_the_card_show_the_tax_to_set_aside(page, ctx, rupiah_income, monkeypatch, tmp_path):
    ctx.notify(context.SETTINGS)
    model = page.months_model
    assert model.columnCount() == len(M)
    assert model.headerData(M.TAX, Qt.Orientation.Horizontal) == "For tax"  # short, so the table fits
    assert model.headerData(M.TAX, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole).startswith(
        "Tax to set aside")
    march, january = month_row(page, "2026-03"), month_row(page, "2026-01")
    assert model.index(march, M.TAX).data() == f"IDR\u00a0{rupiah_income:,}"
    assert model.index(january, M.TAX).data() == "IDR\u00a00"  # inside the exemption
    assert page.tax_card.isVisible()
    assert page.tax_card.title.text() == "Tax to set aside in 2026"
    assert page.tax_card.value.text() == f"IDR\u00a0{rupiah_income:,}"
    assert page.tax_card.detail.text() == "Exempt turnover left: IDR\u00a00 of IDR\u00a0500,000,000"
    rows = export_csv(page, monkeypatch, tmp_path)
    assert rows[0][-1] == "Tax to set aside (IDR)"
    assert {r[0]: r[-1] for r in rows[1:]}["2026-03"] == str(rupiah_income)
    page.details.show_month(page.view, march)
    assert f"Tax to set aside: IDR\u00a0{rupiah_income:,}" in page.details.body.text()


def test_the_card_follows_the_year_shown_and_says_what_is_left_of_its_exemption(page, ctx, rupiah_income, world):
    pay(world.profile, date(2025, 6, 1), 120 * JUTA, currency="IDR")
    ctx.notify(context.PAYMENTS)
    page.range.setCurrentIndex(page.range.findData("year:2025"))
    assert page.tax_card.title.text() == "Tax to set aside in 2025"
    assert page.tax_card.value.text() == "IDR\u00a00"
    assert page.tax_card.detail.text().startswith(f"Exempt turnover left: IDR\u00a0{380 * JUTA:,} of")


def test_in_indonesian_the_tax_figures_follow_the_locale(indonesian, page, ctx, rupiah_income):
    ctx.notify(context.SETTINGS)
    march = month_row(page, "2026-03")
    assert page.months_model.index(march, M.TAX).data() == f"Rp{rupiah_income:,}".replace(",", ".")
    assert page.tax_card.value.text() == "Rp250.000"
    assert page.tax_card.detail.text().endswith("Rp0 of Rp500.000.000")
    assert "0,5%" in page.tax_card.toolTip()


def test_in_bahasa_indonesia_the_column_and_card_are_translated(in_indonesian, page, ctx, rupiah_income):
    ctx.notify(context.SETTINGS)
    assert page.months_model.headerData(M.TAX, Qt.Orientation.Horizontal) == "Untuk pajak"
    assert page.tax_card.title.text() == "Pajak yang disisihkan tahun 2026"
    assert page.tax_card.value.text() == "Rp250.000"
    assert "PPh Final PP 55/2022" in page.tax_card.toolTip()


def test_the_months_table_shows_the_share_of_income_from_returning_clients(page, ctx, world, qtbot):
    from datetime import date

    from freelance_desk.services.contracts.contracts import ContractData, create_contract

    again = create_contract(ContractData(world.harbor, "Dashboard, phase 2", budget_minor=50000), now=NOW).id
    pay(world.logo, date(2026, 3, 2), 10000)  # tom's only contract
    pay(again, date(2026, 3, 3), 30000)  # Harbor's second: a returning client
    ctx.notify("payments")
    drawn(page, qtbot)
    model = page.months_model
    assert model.header(M.RETURNING) == "Returning"
    march = next(r for r in range(model.rowCount()) if model.view.months[r] == "2026-03")
    assert model.index(march, M.RETURNING).data() == "75%"
    assert "$300.00 of $400.00" in model.index(march, M.RETURNING).data(Qt.ItemDataRole.ToolTipRole)
    headers, rows = model.csv_table()
    assert "Returning" in headers
