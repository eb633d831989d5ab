"""Reminders as desktop notifications through the tray icon, each shown once.

Every minute the window asks ``services/overview/reminders.py`` what is due (the kinds switched
on in Settings ▸ Timer and reminders) and shows what it has not shown before: one notification
for one reminder, one listing them for several. Clicking the notification opens the window where
the first can be acted on. Without a tray that shows messages, the status bar says it instead.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from freelance_desk import APP_NAME
from freelance_desk.core.i18n import english_plural
from freelance_desk.services.overview.reminders import Reminder, ReminderKind, reminders
from freelance_desk.settings import (
    REMIND_AUTO_RELEASE,
    REMIND_INVOICE_DUE,
    REMIND_MILESTONE_DUE,
    REMIND_NO_TIMER,
    REMIND_NO_TIMER_MINUTES,
    REMINDERS_SHOWN,
)
from freelance_desk.ui.format import duration, money, short_date
from freelance_desk.ui.literal import inert

CHECK_MS = 60_000
FIRST_CHECK_MS = 5_000  # after the window is on screen
KEEP_SHOWN = 300  # keys remembered as shown
SWITCHES = {ReminderKind.NO_TIMER: REMIND_NO_TIMER, ReminderKind.MILESTONE_DUE: REMIND_MILESTONE_DUE,
            ReminderKind.AUTO_RELEASE: REMIND_AUTO_RELEASE, ReminderKind.INVOICE_DUE: REMIND_INVOICE_DUE}


class Reminders(QObject):
    shown = Signal(str, str)  # the notification's title and text, as shown

    def __init__(self, window, ctx, tray=None):
        super().__init__(window)
        self.window, self.ctx, self.tray = window, ctx, tray
        self.icon = tray.icon if tray is not None else None  # QSystemTrayIcon (None: no tray)
        self._target: tuple[str, dict] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        if self.icon is not None:
            self.icon.messageClicked.connect(self._clicked)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check)

    def kinds(self) -> set[ReminderKind]:
        return {kind for kind, option in SWITCHES.items() if self.ctx.ui_settings.get(option)}

    def _shown_keys(self) -> list[str]:
        return [k for k in str(self.ctx.ui_settings.get(REMINDERS_SHOWN) or "").split("|") if k]

    def check(self) -> None:
        kinds = self.kinds()
        if not kinds:
            return
        found = reminders(self.ctx.now(), self.ctx.local_zone(), kinds,
                          max(1, int(self.ctx.ui_settings.get(REMIND_NO_TIMER_MINUTES))))
        shown = self._shown_keys()
        fresh = [r for r in found if r.key not in shown]
        if not fresh:
            return
        self.ctx.ui_settings.set(REMINDERS_SHOWN, "|".join((shown + [r.key for r in fresh])[-KEEP_SHOWN:]))
        self._target = (fresh[0].page, fresh[0].target)
        if len(fresh) == 1:
            title, text = self.words(fresh[0])
        else:
            n = len(fresh)
            title = english_plural(self.tr("%n reminder(s)", "", n), n)
            text = "\n".join(self.words(r)[1] for r in fresh)
        self._show(title, text)

    def _show(self, title: str, text: str) -> None:
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(f"{APP_NAME}: {title}", inert(text), QSystemTrayIcon.MessageIcon.Information,
                                       15_000)
        else:
            self.ctx.show_status(f"{title}: {text}".replace("\n", " · "))
        self.shown.emit(title, text)

    def words(self, r: Reminder) -> tuple[str, str]:
        """The notification's title and text for one reminder."""
        amount = money(r.amount_minor, r.currency) if r.currency else ""
        if r.kind == ReminderKind.NO_TIMER:
            return self.tr("No timer running"), self.tr(
                "No timer has run for {0} h of your working hours. Ctrl+T starts one.").format(duration(r.minutes * 60))
        if r.kind == ReminderKind.MILESTONE_DUE:
            return self.tr("Due tomorrow"), self.tr(
                "“{0}” ({1}) for {2} — {3} is due tomorrow, {4}, in the client's time.").format(
                r.title, amount, r.client, r.contract, short_date(r.day))
        if r.kind == ReminderKind.AUTO_RELEASE:
            return self.tr("Approves itself in 2 days"), self.tr(
                "“{0}” ({1}) for {2}: unless the client asks for changes, it approves itself on {3}.").format(
                r.title, amount, r.client, short_date(r.day))
        return self.tr("Invoice due today"), self.tr("Invoice {0} to {1}: {2} is due today.").format(
            r.title, r.client, amount)

    def _clicked(self) -> None:
        if self._target is None:
            return
        page, target = self._target
        if self.tray is not None:
            self.tray.show_window()
        self.ctx.navigate(page, **target)
