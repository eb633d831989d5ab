"""The figures above the proposals: sent per month, win rate, what a won contract cost, answer time."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from freelance_desk.services.pipeline.proposal_stats import ProposalFigures
from freelance_desk.ui import format as fmt
from freelance_desk.ui.models.proposals import (
    PlatformFiguresTableModel,
    costs,
    number,
    percent,
)
from freelance_desk.ui.widgets.card import Card
from freelance_desk.ui.widgets.data_table import DataTable
from freelance_desk.ui.widgets.month_bars import MonthBars


class FiguresPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        cards = QGridLayout()
        cards.setHorizontalSpacing(10)
        self.sent = Card(self.tr("Proposals sent"), clickable=False)
        self.win_rate = Card(self.tr("Win rate"), clickable=False)
        self.per_win = Card(self.tr("Cost of a win"), clickable=False)
        self.answer = Card(self.tr("Time to an answer"), clickable=False)
        for i, card in enumerate((self.sent, self.win_rate, self.per_win, self.answer)):
            cards.addWidget(card, 0, i)
            cards.setColumnStretch(i, 1)
        outer.addLayout(cards)

        lower = self.lower = QHBoxLayout()
        self.platforms = PlatformFiguresTableModel(self)
        self.platform_table = DataTable(self.platforms)
        self.platform_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.platform_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.platform_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.platform_table.setSortingEnabled(False)
        lower.addWidget(self.platform_table, 0, Qt.AlignmentFlag.AlignTop)
        months = QVBoxLayout()
        self.months_title = QLabel(self.tr("Sent per month (highlighted: hired)"))
        self.months_title.setObjectName("cardTitle")
        self.months_title.setWordWrap(True)
        self.months = MonthBars()
        months.addWidget(self.months_title)
        months.addWidget(self.months, 1)
        lower.addLayout(months, 1)
        outer.addLayout(lower)

    def _fit_table_height(self, width: int) -> None:
        table = self.platform_table
        height = (table.horizontalHeader().sizeHint().height()
                  + table.verticalHeader().defaultSectionSize() * getattr(self, "_table_rows", 1) + 2 * table.frameWidth())
        if table.maximumWidth() > width:  # it will scroll sideways: room for the scroll bar
            height += table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(height)

    def arrange_for(self, width: int) -> None:
        """The monthly bars beside the platform table when both fit in ``width``, below it when not."""
        self._fit_table_height(width)
        beside = self.platform_table.maximumWidth() + self.lower.spacing() + self.months.minimumWidth()
        direction = QBoxLayout.Direction.LeftToRight if width >= beside else QBoxLayout.Direction.TopToBottom
        if self.lower.direction() != direction:
            self.lower.setDirection(direction)

    def resizeEvent(self, event) -> None:  # noqa: N802
        self.arrange_for(event.size().width())
        super().resizeEvent(event)

    def set_figures(self, f: ProposalFigures) -> None:
        t = f.total
        months = len(f.per_month) or 1
        per_month = fmt.number(Decimal(t.sent) / months, 1)
        self.sent.set(str(t.sent), self.tr("≈ {0} a month").format(per_month) if t.sent else "")
        self.win_rate.set(percent(t.win_rate_bps) or "–", self.tr("{0} hired of {1}").format(t.hired, t.sent))
        if t.hired and t.connects:
            self.per_win.set(
                self.tr("{0} connects").format(number(t.connects_per_win)),
                self.tr("{0} a won contract; {1} spent in all").format(costs(t.cost_per_win), costs(t.connect_costs)),
            )
        elif t.connects:
            self.per_win.set("–", self.tr("{0} connects ({1}) spent, no win yet").format(t.connects, costs(t.connect_costs)))
        else:
            self.per_win.set("–", self.tr("No connects spent"))
        days = t.avg_answer_days
        self.answer.set(
            self.tr("{0} days").format(fmt.number(days, 1)) if days is not None else "–",
            self.tr("on average, {0} answers").format(t.answered) if t.answered else self.tr("No answers yet"),
        )
        self.platforms.set_figures(f.by_platform)
        table = self.platform_table
        rows = max(len(f.by_platform), 1)
        self._table_rows = rows
        # As wide as its columns; on a small screen narrower, scrolling sideways (the cards set the width).
        table.setMinimumWidth(240)
        table.setMaximumWidth(table.horizontalHeader().length() + 2 * table.frameWidth())
        self._fit_table_height(self.width())
        locale = QLocale()
        self.months.set_bars(
            [(locale.monthName(m.month.month, QLocale.FormatType.ShortFormat), m.sent, m.hired) for m in f.per_month]
        )
