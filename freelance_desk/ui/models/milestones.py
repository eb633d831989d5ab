"""Milestones, across contracts (the board) or of one contract (its detail)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from freelance_desk.core.i18n import english_plural
from freelance_desk.core.vocabulary import MILESTONE_STATUS_LABELS, MilestoneStatus
from freelance_desk.services.milestones.queries import MilestoneRow
from freelance_desk.ui import theme
from freelance_desk.ui.format import money, short_date
from freelance_desk.ui.models.row_table import RowTableModel, service_text, warning_icon


class Column(IntEnum):
    POSITION = 0
    DUE = 1
    TITLE = 2
    CONTRACT = 3
    CLIENT = 4
    AMOUNT = 5
    STATUS = 6
    AUTO_RELEASE = 7


def due_today_text(row: MilestoneRow) -> str | None:
    """"due today (their time), 11 h left" for an open milestone due today in its client's calendar.

    "(their time)" is said when the client's clock differs from the user's, where their today and
    the user's can be different days; under an hour the minutes are counted.
    """
    left = row.due_left_s
    if left is None:
        return None
    if left >= 3600:
        n = left // 3600
        text = (QCoreApplication.translate("DueToday", "due today (their time), %n h left", "", n) if row.their_time
                else QCoreApplication.translate("DueToday", "due today, %n h left", "", n))
    else:
        n = max(1, left // 60)
        text = (QCoreApplication.translate("DueToday", "due today (their time), %n min left", "", n) if row.their_time
                else QCoreApplication.translate("DueToday", "due today, %n min left", "", n))
    return english_plural(text, n)


class MilestonesTableModel(RowTableModel):
    Column = Column
    RIGHT_ALIGNED = frozenset({Column.POSITION, Column.AMOUNT})

    def headers(self) -> list[str]:
        return [
            self.tr("#"),
            self.tr("Due"),
            self.tr("Milestone"),
            self.tr("Contract"),
            self.tr("Client"),
            self.tr("Amount"),
            self.tr("Status"),
            self.tr("Auto-release"),
        ]

    def display(self, row: MilestoneRow, column: Column) -> str:
        if column == Column.POSITION:
            return str(row.position + 1)
        if column == Column.DUE:
            return short_date(row.due_date)
        if column == Column.TITLE:
            return row.title
        if column == Column.CONTRACT:
            return row.contract
        if column == Column.CLIENT:
            return row.client
        if column == Column.AMOUNT:
            return money(row.amount_minor, row.currency)
        if column == Column.STATUS:
            text = service_text(MILESTONE_STATUS_LABELS[row.status])
            if row.overdue:
                return self.tr("{0} — overdue").format(text)
            today = due_today_text(row)
            return self.tr("{0} — {1}").format(text, today) if today else text
        return short_date(row.auto_release)

    def sort_value(self, row: MilestoneRow, column: Column):
        if column == Column.POSITION:
            return row.position
        if column == Column.DUE:
            return row.due_date.toordinal() if row.due_date else None
        if column == Column.AMOUNT:
            return row.amount_minor
        if column == Column.AUTO_RELEASE:
            return row.auto_release.toordinal() if row.auto_release else None
        return super().sort_value(row, column)

    def tooltip(self, row: MilestoneRow, column: Column) -> str | None:
        if row.overdue and column in (Column.DUE, Column.STATUS):
            return self.tr("Overdue: it was due on {0}").format(short_date(row.due_date))
        if row.due_left_s is not None and row.their_time and column in (Column.DUE, Column.STATUS):
            return self.tr("Due by the end of {0} in the client's time zone: not overdue until midnight their time"
                           ).format(short_date(row.due_date))
        if column == Column.AUTO_RELEASE and row.auto_release:
            return self.tr("Funds release on {0} unless the client asks for changes").format(
                short_date(row.auto_release)
            )
        if column == Column.TITLE and row.description:
            return f"{row.title}\n\n{row.description}"
        return super().tooltip(row, column)

    def foreground(self, row: MilestoneRow, column: Column):
        if row.overdue:
            return theme.brush(theme.Role.DANGER)
        if row.due_left_s is not None and column in (Column.DUE, Column.STATUS):
            return theme.brush(theme.Role.WARNING)
        if row.status == MilestoneStatus.PAID and column == Column.STATUS:
            return theme.brush(theme.Role.SUCCESS)
        return None

    def decoration(self, row: MilestoneRow, column: Column):
        if row.overdue and column == Column.DUE:
            return warning_icon()
        return None
