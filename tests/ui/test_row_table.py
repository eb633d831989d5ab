"""The one base of the read-only table models, its cell helpers and service_text."""

from datetime import date
from enum import IntEnum

from PySide6.QtCore import QLocale, Qt, QTranslator

from freelance_desk import paths
from freelance_desk.ui.format import money, short_date
from freelance_desk.ui.models.row_table import (
    ID_ROLE,
    LEFT,
    RIGHT,
    Cell,
    CellKind,
    CellTableModel,
    SortProxy,
    service_text,
)


def test_service_text_translates_what_services_marked_and_leaves_user_data_as_it_is(qapp):
    translator = QTranslator()
    assert translator.load(QLocale("id"), "freelance_desk", "_", str(paths.resource("translations")))
    qapp.installTranslator(translator)
    try:
        assert service_text("Other clients") == "Klien lain"
        assert service_text("Other clients", translatable=False) == "Other clients"  # a client named so
    finally:
        qapp.removeTranslator(translator)


class _Owed(CellTableModel):
    class Column(IntEnum):
        WHAT = 0
        SINCE = 1
        NET = 2

    RIGHT_ALIGNED = frozenset({Column.NET})

    def header(self, column) -> str:
        return ("For", "Since", "Net")[column]

    def cell(self, row, column) -> Cell:
        what, since, net = row
        return [
            Cell(CellKind.TEXT, what, tooltip=f"about {what}"),
            Cell(CellKind.DATE, since),
            Cell(CellKind.MONEY, net, "USD"),
        ][column]


def test_a_cell_model_shows_sorts_and_exports_through_the_one_base(qtmodeltester, qapp):
    model = _Owed()
    model.set_rows([("b", date(2026, 3, 2), 1000), ("a", None, 250), ("c", date(2026, 1, 5), None)])
    qtmodeltester.check(model, force_py=True)
    assert [model.index(0, c).data() for c in model.Column] == ["b", short_date(date(2026, 3, 2)), money(1000, "USD")]
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "<qt>about b</qt>"
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, 0).data(ID_ROLE) is None and model.row_of_id(1) == -1  # rows without an id
    assert model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == LEFT
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.sort(1)  # dates in order, the empty one last
    assert [proxy.index(r, 0).data() for r in range(3)] == ["c", "b", "a"]
    proxy.sort(2)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["a", "b", "c"]
    assert model.csv_table() == (["For", "Since", "Net"],
                                 [["b", "2026-03-02", "10.00"], ["a", "", "2.50"], ["c", "2026-01-05", ""]])


def test_an_hours_cell_exports_the_minutes_it_shows(qapp):
    from freelance_desk.ui.models.row_table import exported, shown

    cell = Cell(CellKind.HOURS, 12 * 3600 + 40)  # 12:00:40
    assert shown(cell) == "12:00" and exported(cell) == "12.00"  # not 12.01 beside a shown 12:00
    assert exported(Cell(CellKind.HOURS, 90 * 60)) == "1.50"
