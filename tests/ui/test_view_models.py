"""The table models of the clients, contracts and milestones views pass Qt's model tester."""

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from freelance_desk.services.clients.listing import ClientRow
from freelance_desk.services.contracts.activity import PaymentRow, TimeRow
from freelance_desk.services.contracts.listing import ContractRow
from freelance_desk.services.milestones.queries import MilestoneRow
from freelance_desk.ui.models.clients import ClientsTableModel
from freelance_desk.ui.models.clients import Column as ClientColumn
from freelance_desk.ui.models.contract_activity import ContractPaymentsTableModel, ContractTimeTableModel
from freelance_desk.ui.models.contracts import Column as ContractColumn
from freelance_desk.ui.models.contracts import ContractsTableModel
from freelance_desk.ui.models.milestones import Column as MilestoneColumn
from freelance_desk.ui.models.milestones import MilestonesTableModel
from freelance_desk.ui.models.row_table import ID_ROLE, PROGRESS_ROLE, SORT_ROLE, SortProxy

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
TODAY = date(2026, 3, 10)


def client_row(id, name, earned=0, receivable=None, archived=False, zone="Asia/Jakarta"):
    return ClientRow(id, name, "", "Upwork", zone, "USD", archived, 1, earned, receivable or {})


def contract_row(id, title, kind="fixed", paid=0, budget=30000, due=None, overdue=0):
    return ContractRow(
        id=id, client_id=1, client="Northwind", title=title, kind=kind, status="active", currency="USD",
        fee_bps=1000, rate_minor=3500 if kind == "hourly" else None, weekly_limit_minutes=None,
        budget_minor=budget if kind == "fixed" else None, platform="Upwork", start_date=TODAY, end_date=None,
        notes="", paid_minor=paid, planned_minor=budget, next_due_id=7 if due else None,
        next_due_title="Home" if due else "", next_due_date=due, overdue_milestones=overdue, past_end=False,
    )


def milestone_row(id, title, due, status="active", overdue=False, release=None):
    return MilestoneRow(
        id, 1, "Website", "Northwind", id, title, "", 10000, "USD", due, status, None, None, None, release, overdue
    )


@pytest.fixture
def models(qapp):
    clients = ClientsTableModel()
    clients.set_clients(
        [client_row(1, "<b>x</b>", 9000, {"USD": 5000}), client_row(2, "Ünïcødé 🙂 عربى", archived=True, zone="Nowhere/X")],
        NOW,
        "USD",
    )
    contracts = ContractsTableModel()
    contracts.set_rows(
        [contract_row(1, "Website", paid=10000, due=TODAY - timedelta(days=1), overdue=1), contract_row(2, "Support", "hourly")]
    )
    milestones = MilestonesTableModel()
    milestones.set_rows(
        [
            milestone_row(1, "Home", TODAY - timedelta(days=3), overdue=True),
            milestone_row(2, "About", None, "submitted", release=TODAY + timedelta(days=14)),
        ]
    )
    time = ContractTimeTableModel()
    time.set_rows([TimeRow(1, NOW - timedelta(hours=2), NOW, 7200, "Layout", "Home", True), TimeRow(2, NOW, None, None, "", "", True)])
    payments = ContractPaymentsTableModel()
    payments.set_rows([PaymentRow(1, TODAY, "milestone", 10000, 1000, 9000, "USD", "Home", "")])
    return clients, contracts, milestones, time, payments


def test_every_model_passes_the_model_tester(qtmodeltester, models):
    for model in models:
        qtmodeltester.check(model, force_py=True)
        proxy = SortProxy()
        proxy.setSourceModel(model)
        proxy.sort(0, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(proxy, force_py=True)


def test_empty_models_pass_the_model_tester(qtmodeltester, qapp):
    for model in (ClientsTableModel(), ContractsTableModel(), MilestonesTableModel()):
        qtmodeltester.check(model, force_py=True)


def test_user_text_is_shown_literally_and_tooltips_escape_markup(models):
    clients = models[0]
    index = clients.index(0, ClientColumn.NAME)
    assert index.data() == "<b>x</b>"
    assert "&lt;b&gt;x&lt;/b&gt;" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert clients.index(1, ClientColumn.NAME).data().startswith("Ünïcødé 🙂 عربى")
    assert clients.index(1, ClientColumn.LOCAL_TIME).data() == ""  # unknown zone: empty, not a crash


def test_money_is_right_aligned_and_sorts_on_raw_values(models):
    clients, contracts, *_ = models
    earned = clients.index(0, ClientColumn.EARNED)
    assert earned.data() == "$90.00"
    assert earned.data(SORT_ROLE) == 9000
    assert Qt.AlignmentFlag(earned.data(Qt.ItemDataRole.TextAlignmentRole)) & Qt.AlignmentFlag.AlignRight
    assert clients.index(0, ClientColumn.LOCAL_TIME).data().endswith("16:30")  # 09:30 UTC in Jakarta
    website = contracts.index(0, ContractColumn.PROGRESS)
    assert website.data() == "$100.00 of $300.00"
    assert website.data(PROGRESS_ROLE) == pytest.approx(1 / 3)
    assert contracts.index(1, ContractColumn.AMOUNT).data() == "$35.00/h"
    assert contracts.progress_at(contracts.index(1, ContractColumn.PROGRESS)) is None


def test_overdue_rows_are_marked_in_text_colour_icon_and_tooltip(models):
    _clients, contracts, milestones, *_ = models
    assert contracts.index(0, ContractColumn.OVERDUE).data() == "1 overdue"
    assert contracts.index(1, ContractColumn.OVERDUE).data() == ""
    due = milestones.index(0, MilestoneColumn.DUE)
    assert due.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert due.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "it was due on" in due.data(Qt.ItemDataRole.ToolTipRole)
    assert "overdue" in milestones.index(0, MilestoneColumn.STATUS).data()
    assert milestones.index(1, MilestoneColumn.DUE).data(Qt.ItemDataRole.DecorationRole) is None


def test_sort_proxy_puts_undated_rows_last(models):
    milestones = models[2]
    proxy = SortProxy()
    proxy.setSourceModel(milestones)
    proxy.sort(MilestoneColumn.DUE, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(2)] == [1, 2]
    proxy.sort(MilestoneColumn.AUTO_RELEASE, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(2)] == [2, 1]


def test_sort_proxy_also_sorts_other_models_by_sort_role(qapp):
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    model = QStandardItemModel()
    for text, raw in (("b", 2), ("c", None), ("a", 1)):
        item = QStandardItem(text)
        if raw is not None:
            item.setData(raw, SORT_ROLE)
        model.appendRow(item)
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["a", "b", "c"]
