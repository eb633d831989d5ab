"""Forms for tracked time: a manual entry, the running timer's real start, where to split."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QTimeEdit,
)

from freelance_desk.core.checks import BEFORE_EARLIEST, TOO_FAR_AHEAD
from freelance_desk.core.errors import DomainError, ValidationError
from freelance_desk.core.i18n import english_plural
from freelance_desk.services.contracts.choices import contract_choices
from freelance_desk.services.time import bulk
from freelance_desk.services.time import queries as tq
from freelance_desk.services.time import tracking as tt
from freelance_desk.services.time.entry_rows import EntryRow
from freelance_desk.services.time.tracking import EntryData
from freelance_desk.ui import theme
from freelance_desk.ui.format import duration, pydate
from freelance_desk.ui.forms import FormDialog
from freelance_desk.ui.models.time_columns import week_span
from freelance_desk.ui.widgets.duration_edit import DurationEdit


def to_local(instant: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(instant.timestamp()), QTimeZone.systemTimeZone())


def to_instant(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def local_instant(day: QDate, at: QTime, original: datetime | None = None) -> datetime:
    """The instant of a local date and hh:mm; an untouched ``original`` keeps its seconds."""
    value = QDateTime(day, QTime(at.hour(), at.minute()), QTimeZone.systemTimeZone())
    if original is not None:
        shown = to_local(original)
        if shown.date() == day and (shown.time().hour(), shown.time().minute()) == (at.hour(), at.minute()):
            return original
    return to_instant(value)


def _time_edit(cls=QTimeEdit):
    edit = cls()
    fmt = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    if cls is QDateTimeEdit:
        fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat) + " " + fmt
        edit.setCalendarPopup(True)
    edit.setDisplayFormat(fmt)
    return edit


def fill_milestones(combo: QComboBox, contract_id: int | None) -> None:
    """The milestones of ``contract_id`` to choose from, after "No milestone"."""
    combo.clear()
    combo.addItem(QCoreApplication.translate("TimeEntryDialog", "No milestone"), None)
    for mid, title in tq.milestone_choices(contract_id, open_only=False):
        combo.addItem(title, mid)
    combo.setEnabled(combo.count() > 1)


class TimeEntryDialog(FormDialog):
    """Add or edit an entry: date, start, and an end time or a duration (1:30, 1.5h, 90m)."""

    def __init__(self, ctx, entry: EntryRow | None = None, contract_id: int | None = None, parent=None):
        super().__init__(ctx, "", parent)
        self.entry = entry
        self.setWindowTitle(self.tr("Edit time entry") if entry else self.tr("New time entry"))
        self._typed = "end"  # which of end / duration the user set last
        self._syncing = False
        self._times_typed = False  # a new entry's suggested times follow its date until the user types one

        self.contract = self.add_field("contract", self.tr("Contract"), QComboBox())
        for choice in contract_choices(recent_first=True):
            self.contract.addItem(choice.label, choice.id)
        self.milestone = self.add_field("milestone", self.tr("Milestone"), QComboBox())
        self.day = self.add_field("date", self.tr("Date"), QDateEdit())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.start = self.add_field("start", self.tr("Start"), _time_edit())
        self.end = self.add_field("end", self.tr("End"), _time_edit())
        self.end.setToolTip(self.tr("For work past midnight, type a duration instead."))
        self.duration = self.add_field("duration", self.tr("Duration"), DurationEdit())
        self.limit_warning = QLabel()  # over the contract's weekly limit: a warning, saving stays allowed
        self.limit_warning.setObjectName("limitWarning")
        self.limit_warning.setWordWrap(True)
        self.limit_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.limit_warning.setStyleSheet(theme.text_style(theme.Role.WARNING, self.palette()))
        self.form.addRow("", self.limit_warning)
        self.form.setRowVisible(self.limit_warning, False)
        self.note = self.add_field("note", self.tr("Note"), QLineEdit())
        self.note.setPlaceholderText(self.tr("What did you work on?"))
        self.billable = self.add_field("billable", "", QCheckBox(self.tr("Billable")))

        self.contract.currentIndexChanged.connect(self._load_milestones)
        self.day.dateChanged.connect(self._day_changed)
        self.start.timeChanged.connect(self._start_changed)
        self.end.timeChanged.connect(self._end_changed)
        self.duration.textEdited.connect(self._duration_edited)
        self.load(entry, contract_id)
        for changed in (self.contract.currentIndexChanged, self.day.dateChanged, self.start.timeChanged,
                        self.end.timeChanged, self.duration.textEdited, self.billable.toggled):
            changed.connect(self._update_limit_warning)
        self._update_limit_warning()

    # --- load ---------------------------------------------------------------
    def load(self, entry: EntryRow | None, contract_id: int | None) -> None:
        self._syncing = True
        wanted = entry.contract_id if entry else contract_id
        index = self.contract.findData(wanted) if wanted else -1
        self.contract.setCurrentIndex(max(index, 0))
        self._load_milestones()
        if entry is None:
            self.billable.setChecked(True)
            self._syncing = False
            self._show_span(tq.new_entry_span(self.ctx.now(), self.ctx.local_zone()))
            return
        start = to_local(entry.start)
        self.milestone.setCurrentIndex(max(self.milestone.findData(entry.milestone_id), 0))
        self.note.setText(entry.note)
        self.billable.setChecked(entry.billable)
        self.day.setDate(start.date())
        self.start.setTime(start.time())
        if entry.running:
            self.end.setEnabled(False)
            self.duration.setEnabled(False)
            self.duration.setPlaceholderText(self.tr("running"))
        else:
            self.end.setTime(to_local(entry.end).time())
            self.duration.set_seconds(entry.seconds())
        self._syncing = False

    def _show_span(self, span: tuple[datetime, datetime] | None) -> None:
        """A new entry's suggested times (after the day's last entry, else the hour before now)."""
        if span is None:
            return
        start, end = map(to_local, span)
        self._syncing = True
        self.day.setDate(start.date())
        self.start.setTime(start.time())
        self.end.setTime(end.time())
        self.duration.set_seconds(start.secsTo(end))
        # Past midnight only a duration says where it ends.
        self._typed = "duration" if end.date() != start.date() else "end"
        self._syncing = False
        self._times_typed = False

    def _load_milestones(self) -> None:
        fill_milestones(self.milestone, self.contract.currentData())

    # --- end and duration follow each other ------------------------------------
    def _day_changed(self) -> None:
        if self._syncing:
            return
        if self.entry is None and not self._times_typed:
            span = tq.new_entry_span(self.ctx.now(), self.ctx.local_zone(), pydate(self.day.date()))
            if span is not None and to_local(span[0]).date() == self.day.date():
                self._show_span(span)
                return
        self._start_changed()

    def _start_changed(self) -> None:
        if self._syncing:
            return
        if self.sender() is self.start:
            self._times_typed = True
        if self._typed == "duration":
            self._duration_edited(self.duration.text())
        else:
            self._end_changed()

    def _end_changed(self) -> None:
        if self._syncing or not self.end.isEnabled():
            return
        if self.sender() is self.end:
            self._typed = "end"
            self._times_typed = True
        day = self.day.date()
        seconds = int((local_instant(day, self.end.time()) - local_instant(day, self.start.time())).total_seconds())
        self._syncing = True
        self.duration.set_seconds(seconds if seconds > 0 else None)
        self._syncing = False

    def _duration_edited(self, _text: str) -> None:
        if self._syncing:
            return
        self._typed = "duration"
        self._times_typed = True
        try:
            seconds = self.duration.seconds()
        except DomainError:
            return
        start = local_instant(self.day.date(), self.start.time())
        self._syncing = True
        self.end.setTime(to_local(start + timedelta(seconds=seconds)).time())
        self._syncing = False

    # --- the weekly limit ---------------------------------------------------------
    def _update_limit_warning(self) -> None:
        """Say, as the times change, when saving takes the contract's week over its weekly limit."""
        if self._syncing:
            return
        try:
            data = self._data()
        except DomainError:  # a duration being typed: no answer yet
            data = None
        after = None
        if data is not None and data.billable and (data.end is None or data.end > data.start):
            after = tq.limit_after_save(data.contract_id, data.start, data.end, self.ctx.now(), self.ctx.local_zone(),
                                        entry_id=self.entry.id if self.entry else None)
        over = after.unbillable_seconds if after is not None else 0
        if over:
            self.limit_warning.setText(
                self.tr("Over the weekly limit: {0} of {1} h in the week of {2}; {3} h will not be billable.").format(
                    duration(after.limit.billable_seconds), duration(after.limit.limit_seconds),
                    week_span(after.first_day, after.last_day), duration(over))
            )
        self.form.setRowVisible(self.limit_warning, bool(over))
        if over:
            self._fit_messages()

    # --- save ---------------------------------------------------------------
    def _data(self) -> EntryData:
        original = self.entry
        start = local_instant(self.day.date(), self.start.time(), original.start if original else None)
        if original is not None and original.running:
            end = None
        elif self._typed == "duration":
            end = start + timedelta(seconds=self.duration.seconds())
        else:
            end = local_instant(self.day.date(), self.end.time(), original.end if original else None)
        return EntryData(
            contract_id=self.contract.currentData(),
            start=start,
            end=end,
            milestone_id=self.milestone.currentData(),
            note=self.note.text(),
            billable=self.billable.isChecked(),
            # Times typed here are this computer's clock; an untouched start keeps the zone it was
            # recorded in, so fixing a note does not move an entry to another day.
            zone=original.timezone if original is not None and start == original.start else self.ctx.local_zone(),
        )

    def show_error(self, error: DomainError) -> None:
        """A start refused for its day (too early, too far ahead, a future day) is shown at the date."""
        about_the_day = error.template in (BEFORE_EARLIEST, TOO_FAR_AHEAD) or (
            error.template == tt.START_IN_FUTURE and pydate(self.day.date()) != self.ctx.today())
        if getattr(error, "field", None) == "start" and about_the_day:
            error = ValidationError("date", error.template, **error.params)
        super().show_error(error)

    def save(self) -> EntryRow:
        data = self._data()
        if self.entry is None:
            return tt.add_entry(data, self.ctx.now())
        return tt.update_entry(self.entry.id, data, self.ctx.now(), expected=self.entry)


class StartCorrectionDialog(FormDialog):
    """"I started at 9:00, not when I clicked": move the running timer's start."""

    def __init__(self, ctx, entry: EntryRow, parent=None):
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("Started at…"))
        self.entry = entry
        self.start = self.add_field("start", self.tr("Started at"), _time_edit(QDateTimeEdit))
        self.start.setDateTime(to_local(entry.start))

    def save(self) -> EntryRow:
        at = self.start.dateTime()
        instant = local_instant(at.date(), at.time(), self.entry.start)
        return tt.correct_start(self.entry.id, instant, self.ctx.now(), expected=self.entry)


class SplitEntryDialog(FormDialog):
    """Cut an entry in two, e.g. when a call interrupted the work."""

    def __init__(self, ctx, entry: EntryRow, parent=None):
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("Split time entry"))
        self.entry = entry
        self.at = self.add_field("at", self.tr("Split at"), _time_edit(QDateTimeEdit))
        middle = entry.start + timedelta(seconds=entry.seconds(ctx.now()) // 2)
        self.at.setDateTime(to_local(middle.replace(second=0)))

    def save(self) -> tuple[EntryRow, EntryRow]:
        at = self.at.dateTime()
        return tt.split_entry(self.entry.id, local_instant(at.date(), at.time()), self.ctx.now())


class MoveEntriesDialog(FormDialog):
    """Move the selected entries to another contract, or to a milestone of theirs."""

    def __init__(self, ctx, entries: list[EntryRow], parent=None):
        super().__init__(ctx, "", parent)
        self.entries = entries
        n = len(entries)
        self.setWindowTitle(english_plural(self.tr("Move %n entry(s)", "", n), n))
        self.contract = self.add_field("contract", self.tr("To contract"), QComboBox())
        for choice in contract_choices(recent_first=True):
            self.contract.addItem(choice.label, choice.id)
        self.milestone = self.add_field("milestone", self.tr("Milestone"), QComboBox())
        self.contract.currentIndexChanged.connect(lambda _i: fill_milestones(self.milestone, self.contract.currentData()))
        self.contract.setCurrentIndex(max(self.contract.findData(entries[0].contract_id), 0))
        fill_milestones(self.milestone, self.contract.currentData())
        self.milestone.setCurrentIndex(max(self.milestone.findData(entries[0].milestone_id), 0))

    def save(self) -> bulk.Fields:
        """The entries' fields before the move (for undo)."""
        return bulk.move([e.id for e in self.entries], self.contract.currentData(), self.milestone.currentData())

