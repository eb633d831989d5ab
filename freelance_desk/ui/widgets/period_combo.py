"""The period picker of every filter and report: the named periods of core.calendar, labelled once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QWidget

from freelance_desk.core.calendar import WEEK_PERIODS, Period, period_bounds


def bounds_of(period: Period, today: date, week_start: Callable[[], str]) -> tuple[date, date] | None:
    """The days ``period`` covers around ``today``; None for all time or custom dates.

    ``week_start`` reads the setting (``settings_store.week_start``): it is called only for a
    week, so other periods cost no database read.
    """
    return period_bounds(period, today, week_start() if period in WEEK_PERIODS else None)


class PeriodCombo(QComboBox):
    """Offers ``periods`` in the order given; each item's data is the period's value."""

    def __init__(self, periods: tuple[Period, ...], parent: QWidget | None = None):
        super().__init__(parent)
        labels = {
            Period.ALL: self.tr("All time"),
            Period.THIS_WEEK: self.tr("This week"),
            Period.LAST_WEEK: self.tr("Last week"),
            Period.LAST_14_DAYS: self.tr("Last 14 days"),
            Period.THIS_MONTH: self.tr("This month"),
            Period.LAST_MONTH: self.tr("Last month"),
            Period.THIS_YEAR: self.tr("This year"),
            Period.LAST_YEAR: self.tr("Last year"),
            Period.CUSTOM: self.tr("Dates…"),
        }
        for period in periods:
            self.addItem(labels[period], str(period))

    def period(self) -> Period:
        return Period(self.currentData() or Period.ALL)

    def select(self, period: Period) -> None:
        self.setCurrentIndex(max(self.findData(str(period)), 0))

    def is_custom(self) -> bool:
        return self.period() == Period.CUSTOM

    def bounds(self, today: date, week_start: Callable[[], str]) -> tuple[date, date] | None:
        """The days the chosen named period covers (see :func:`bounds_of`)."""
        return bounds_of(self.period(), today, week_start)
