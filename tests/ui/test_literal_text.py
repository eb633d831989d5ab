"""Names and notes that look like markup are shown as typed: tooltips, labels, menus, the income chart."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import QLabel

from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, MilestoneData, create_contract
from freelance_desk.services.milestones import lifecycle as ms
from freelance_desk.services.time import tracking as tt
from freelance_desk.ui import tray
from freelance_desk.ui.literal import plain_tooltip
from freelance_desk.ui.main_window import MainWindow
from freelance_desk.ui.models.time_columns import Column
from freelance_desk.ui.pages.dashboard import DashboardPage
from freelance_desk.ui.pages.income import IncomePage
from freelance_desk.ui.pages.time import TimePage
from tests.services.money.income_world import pay
from tests.ui.helpers import NOW, add

MARKUP = r"<b>bold</b> <img src=x> &Co $\undefinedmacro$"
CLIENT = "Bad " + MARKUP
HIDDEN = "_hidden"  # matplotlib leaves a label starting with "_" out of a legend
CONTRACT = MARKUP + " site"
MILESTONE = MARKUP + " page"
NOTE = MARKUP + " _hidden note"


def shown(text: str) -> str:
    """What Qt draws for a tooltip or a label of automatic format: rich text when it looks like it."""
    if QtGui.Qt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText().replace("\u2028", "\n").replace("\u2029", "\n")
    return text.replace("\u2060", "")  # a word joiner draws nothing


def in_menu(text: str) -> str:
    """A menu item's text as drawn: "&&" is "&", a single "&" marks the next letter and is not drawn."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


@pytest.fixture
def hostile(database):
    client = create_client(ClientData(CLIENT), now=NOW)
    hidden = create_client(ClientData(HIDDEN), now=NOW)
    fixed = create_contract(
        ContractData(client.id, CONTRACT, budget_minor=30000),
        [MilestoneData(MILESTONE, 30000, date(2026, 3, 12))],
        now=NOW,
    )
    hourly = create_contract(ContractData(hidden.id, HIDDEN + " work", kind="hourly", rate_minor=3000), now=NOW)
    ms.transition(ms.milestones_of(fixed.id)[0].id, "start", now=NOW)
    add(fixed.id, datetime(2026, 3, 9, 8, tzinfo=UTC), 90, note=NOTE)
    pay(fixed.id, date(2026, 2, 10), 20000)
    pay(hourly.id, date(2026, 2, 20), 9000)
    pay(hourly.id, date(2026, 3, 3), 6000)
    return fixed.id, hourly.id


def test_the_time_page_tooltips_show_the_note_and_contract_as_typed(qtbot, ctx, hostile):
    page = TimePage(ctx)
    qtbot.addWidget(page)
    page.show()
    model = page.model
    tips = {}
    for row in range(model.rowCount()):
        for column in (Column.NOTE, Column.CONTRACT):
            tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
            if tip:
                tips[column] = shown(tip)
    assert tips[Column.NOTE] == NOTE
    assert CONTRACT in tips[Column.CONTRACT]


def test_the_dashboard_lists_tooltips_show_the_names_as_typed(qtbot, ctx, hostile):
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.due_list.list.count() > 0)
    item = page.due_list.list.item(0)
    assert MILESTONE in item.text() and CLIENT in item.text()
    assert shown(item.toolTip()) == item.text()


def test_the_tray_tooltip_and_menu_show_the_contract_as_typed(qtbot, ctx, hostile, monkeypatch):
    fixed, _ = hostile
    monkeypatch.setattr(tray.QSystemTrayIcon, "show", lambda self: None)  # no tray offscreen
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    icon = tray.TimerTray(window, ctx)
    assert in_menu(icon.start_action.text()) == f"Start “{CONTRACT}”"
    tt.start_timer(fixed, ctx.now() - timedelta(minutes=5), "UTC")
    window.timer_bar.reload()
    icon.update()
    tip = icon.icon.toolTip()
    assert not QtGui.Qt.mightBeRichText(tip)  # Qt draws it as plain text, and so does a desktop given it as a title
    assert f"“{CONTRACT}” running" in shown(tip)
    icon.stop_action.trigger()  # no question about a running timer when the window closes


def test_the_contract_panel_labels_and_the_undo_menu_show_the_names_as_typed(qtbot, ctx, hostile):
    fixed, _ = hostile
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    milestone = ms.milestones_of(fixed)[0]
    ctx.navigate("contracts", contract_id=fixed, milestone_id=milestone.id)
    qtbot.waitUntil(lambda: any(CONTRACT in label.text() for label in window.findChildren(QLabel) if label.isVisible()))
    checked = 0
    for label in window.findChildren(QLabel):
        if "<b>" in label.text():
            assert not QtGui.Qt.mightBeRichText(label.text()) or label.textFormat() == Qt.TextFormat.PlainText, label.text()
            checked += 1
    assert checked
    submit = next(a for a in window.findChildren(QAction) if a.text() == "Su&bmit work" and a.isEnabled())
    submit.trigger()
    assert in_menu(window.undo_action.text()) == f"&Undo Submit work on “{MILESTONE}”".replace("&U", "U")


def test_the_income_chart_legend_shows_every_name_as_typed_and_draws(qtbot, ctx, hostile):
    page = IncomePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitUntil(page.is_ready)
    figure = page.chart.figure
    legend = figure.axes[0].get_legend()
    labels = [text.get_text() for text in legend.get_texts()]
    assert CLIENT in labels and HIDDEN in labels
    figure.canvas.draw()  # mathtext would raise here on "\undefinedmacro"
    hours_legend = next(ax.get_legend() for ax in figure.axes[1:] if ax.get_legend() is not None)
    assert hours_legend.get_visible() and hours_legend.get_window_extent().width > 0
    hit = next(h for h in page.chart.hits if h.label == CLIENT)
    assert CLIENT in shown(plain_tooltip(page.hit_text(hit)))

