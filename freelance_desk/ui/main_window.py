"""The main window: sidebar navigation, pages built on first visit, timer bar, menus."""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from freelance_desk import APP_NAME, __version__
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.lazy import load_pending
from freelance_desk.paths import default_db_path
from freelance_desk.settings import GEOMETRY, LAST_PAGE, WINDOW_STATE
from freelance_desk.ui import icons
from freelance_desk.ui.close_guard import install_close_guard
from freelance_desk.ui.undo.keys import pass_undo_keys
from freelance_desk.ui.widgets.timer_bar import TimerBar

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageSpec:
    name: str  # what --page takes
    title: str  # marked for translation (context MainWindow)
    module: str
    cls: str
    key: str = ""  # its Go menu key; "" for the next of Ctrl+1 … Ctrl+9, Ctrl+0
    # Its first frame needs no data (its figures come just after): as the start page, the database
    # is opened after the window's first frame (Launcher.open).
    paints_first: bool = False


PAGES = [
    PageSpec("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), "freelance_desk.ui.pages.dashboard", "DashboardPage",
             paints_first=True),
    PageSpec("clients", QT_TRANSLATE_NOOP("MainWindow", "Clients"), "freelance_desk.ui.pages.clients", "ClientsPage"),
    PageSpec("contracts", QT_TRANSLATE_NOOP("MainWindow", "Contracts"), "freelance_desk.ui.pages.contracts", "ContractsPage"),
    PageSpec("milestones", QT_TRANSLATE_NOOP("MainWindow", "Milestones"), "freelance_desk.ui.pages.milestones", "MilestonesPage"),
    PageSpec("time", QT_TRANSLATE_NOOP("MainWindow", "Time"), "freelance_desk.ui.pages.time", "TimePage"),
    PageSpec("timesheet", QT_TRANSLATE_NOOP("MainWindow", "Week"), "freelance_desk.ui.pages.timesheet", "TimesheetPage",
             key="Ctrl+Shift+W"),
    PageSpec("payments", QT_TRANSLATE_NOOP("MainWindow", "Payments"), "freelance_desk.ui.pages.payments", "PaymentsPage"),
    PageSpec("income", QT_TRANSLATE_NOOP("MainWindow", "Income"), "freelance_desk.ui.pages.income", "IncomePage"),
    PageSpec("proposals", QT_TRANSLATE_NOOP("MainWindow", "Proposals"), "freelance_desk.ui.pages.proposals", "ProposalsPage"),
    PageSpec("gigs", QT_TRANSLATE_NOOP("MainWindow", "Gigs"), "freelance_desk.ui.pages.gigs", "GigsPage"),
    PageSpec("invoices", QT_TRANSLATE_NOOP("MainWindow", "Invoices"), "freelance_desk.ui.pages.invoices",
             "InvoicesPage"),
]
PAGE_NAMES = [p.name for p in PAGES]
# Each page's glyph in the sidebar (resources/icons/lucide/).
PAGE_ICONS = {"dashboard": "layout-dashboard", "clients": "users", "contracts": "file-text", "milestones": "flag",
              "time": "clock", "timesheet": "calendar-days", "payments": "wallet", "income": "chart-column", "proposals": "send", "gigs": "package",
              "invoices": "banknote"}
# Work put off until the first frame is on screen is done at the latest this long after show().
AFTER_FIRST_FRAME_LATEST_MS = 2000
# matplotlib is warmed up in the background this long after the first frame (the window idle by then).
WARM_CHARTS_AFTER_MS = 1000
# The day's automatic backup starts this long after the first frame: after the start-up work (the
# full integrity check, matplotlib's warm-up), so that neither slows the other or what the user opens first.
AUTO_BACKUP_AFTER_MS = 10_000


def start_page_name(settings, requested: str | None = None) -> str:
    """The page the window opens on: ``requested`` (--page), else the one left last time, else the first."""
    name = requested or settings.get(LAST_PAGE)
    return name if name in PAGE_NAMES else PAGES[0].name


def paints_first(name: str) -> bool:
    return page_spec(name).paints_first


def page_spec(name: str) -> PageSpec:
    return next(spec for spec in PAGES if spec.name == name)


def page_title(spec: PageSpec) -> str:
    return QCoreApplication.translate("MainWindow", spec.title)


class MainWindow(QMainWindow):
    # path, is_demo: the app reopens itself on another database
    open_database_requested = Signal(str, bool)
    first_frame_shown = Signal()  # once: the first frame is on screen (or, never painted, after a while)

    def __init__(self, ctx, parent=None, data_ready: bool = True):
        """``data_ready`` False: the database is opened just after the first frame (``open_data_with``),
        so nothing here reads it yet; ``data_opened()`` fills the timer bar and the title then."""
        super().__init__(parent)
        self.ctx = ctx
        self.data_ready = data_ready
        self._data_opener = None  # the Launcher's opening of the database, run first after the first frame
        self.setWindowTitle(self._title())
        self.setMinimumSize(QSize(900, 560))
        self._pages: dict[str, QWidget] = {}
        self._started = False  # no page is built before start_page()
        # Callables asked before the window closes; any returning False keeps it open.
        self.close_guards: list = []

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.timer_bar = TimerBar(ctx, self, start_watching=False, load=data_ready)  # watches from the first frame on
        self.timer_bar.setObjectName("timerBar")
        outer.addWidget(self.timer_bar)
        if ctx.is_demo:
            outer.addWidget(self._demo_banner())
        self.full_check = None  # a big file's integrity check, run after the first frame
        self._outer = outer
        self.storage_notice = None  # shown while the database is read-only, with why
        if data_ready:
            self._add_storage_notice()

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(170)
        self.sidebar.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setIconSize(QSize(18, 18))
        for spec in PAGES:
            item = QListWidgetItem(icons.icon(PAGE_ICONS[spec.name]), page_title(spec))
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        body.addWidget(self.sidebar)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self.sidebar.currentRowChanged.connect(self._on_row_changed)
        ctx.navigate_requested.connect(self.navigate)
        ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))

        self._build_menus()
        self._build_status_bar()
        self._restore_state()
        # The running-timer close guard now; it adds the tray icon (where there is a tray) after the first frame.
        self.close_guard = install_close_guard(self, ctx)
        self.tray = None
        self.auto_backup_job = None
        self.last_backup_run = None  # the last backup shown with progress (tests read it)
        self.import_wizard = None  # File ▸ Import…, once opened
        self.server_watch = None  # on a server: what other computers write, shown (after the first frame)
        self.last_export_run = None  # File ▸ Export's last run (tests read it)
        self.setAcceptDrops(True)  # a file dropped on the window is imported
        self._after_first_frame_done = False
        self._after_first_frame_queued = False
        self._first_frame_calls: list = []

    def _add_storage_notice(self) -> None:
        from freelance_desk.ui.storage_notice import StorageNotice  # (db.storage: peewee)

        self.storage_notice = StorageNotice(self)
        self._outer.insertWidget(self._outer.indexOf(self.timer_bar) + (2 if self.ctx.is_demo else 1),
                                 self.storage_notice)

    def open_data_with(self, opener) -> None:
        """``opener()`` opens the database just after the first frame, before what waits for it; it
        returns False when it could not (it has said why, and this window is going)."""
        self._data_opener = opener

    def data_opened(self) -> None:
        """The database is open now: what the window shows of it is read."""
        self.data_ready = True
        self.setWindowTitle(self._title())
        self._add_storage_notice()
        self.timer_bar.reload()

    def _demo_banner(self) -> QWidget:
        banner = QWidget()
        banner.setObjectName("demoBanner")
        lay = QHBoxLayout(banner)
        lay.setContentsMargins(12, 6, 12, 6)
        text = QLabel(self.tr("You are looking at demo data: try anything, nothing here is kept when you quit."))
        lay.addWidget(text, 1)
        own = QPushButton(self.tr("Start with my own data"))
        own.clicked.connect(lambda: self.open_database_requested.emit(str(default_db_path()), False))
        lay.addWidget(own)
        return banner

    # --- pages ------------------------------------------------------------
    def _title(self) -> str:
        suffix = self.tr(" — demo data") if self.ctx.is_demo else ""
        if self.ctx.on_server:
            suffix += self.tr(" — on the server {0}").format(self.ctx.db_path)
        if self.data_ready:
            from freelance_desk.db.storage import read_only_reason

            if read_only_reason() is not None:
                suffix += self.tr(" — read-only")
        return f"{APP_NAME}{suffix}"

    def page(self, name: str) -> QWidget:
        """The page called ``name``, built on first use."""
        if name not in self._pages:
            spec = page_spec(name)
            widget = self._build_page(spec)
            widget.setObjectName(f"page_{name}")
            self._pages[name] = widget
            self.stack.addWidget(widget)
        return self._pages[name]

    def _build_page(self, spec: PageSpec) -> QWidget:
        try:
            module = importlib.import_module(spec.module)
        except ModuleNotFoundError as e:
            if e.name != spec.module:
                raise
            from freelance_desk.ui.pages.placeholder import PlaceholderPage

            return PlaceholderPage(self.ctx, page_title(spec), parent=self.stack)
        # Made inside the stack: reparenting a built page restyles every widget on it once more.
        return getattr(module, spec.cls)(self.ctx, parent=self.stack)

    def current_page_name(self) -> str:
        row = self.sidebar.currentRow()
        return PAGES[row].name if 0 <= row < len(PAGES) else PAGES[0].name

    def show_page(self, name: str) -> QWidget:
        if name not in PAGE_NAMES:
            name = PAGES[0].name
        row = PAGE_NAMES.index(name)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)
        page = self.page(name)
        self.stack.setCurrentWidget(page)
        return page

    def navigate(self, name: str, target: dict | None = None) -> None:
        page = self.show_page(name)
        if target and hasattr(page, "show_target"):
            page.show_target(**target)

    def _on_row_changed(self, row: int) -> None:
        if row < 0 or not self._started:
            return
        page = self.page(PAGES[row].name)
        self.stack.setCurrentWidget(page)

    # --- menus, status ------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New database…"), self._new_database, QKeySequence("Ctrl+Shift+N"))
        self._action(file_menu, self.tr("&Open database…"), self._open_database, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open re&cent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        self._action(file_menu, self.tr("Open &demo database"), lambda: self.open_database_requested.emit("", True))
        file_menu.addSeparator()
        self.import_action = self._action(file_menu, self.tr("&Import…"), lambda: self.open_import_wizard())
        export_menu = file_menu.addMenu(self.tr("&Export"))
        self.export_actions = [
            self._action(export_menu, self.tr("&Everything (JSON)…"), lambda: self._export("export_everything")),
            self._action(export_menu, self.tr("&Tables as CSV…"), lambda: self._export("export_tables")),
            self._action(export_menu, self.tr("&Deadlines as a calendar (.ics)…"),
                         lambda: self._export("export_calendar")),
        ]
        file_menu.addSeparator()
        self.backup_action = self._action(file_menu, self.tr("&Back up now"), self._back_up_now)
        self.restore_action = self._action(file_menu, self.tr("&Restore from backup…"), self._restore_backup)
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(not self.ctx.is_demo)  # demo data is never backed up
        if self.ctx.on_server:  # a server's backups are put back with pg_restore or freelance-desk import
            self.restore_action.setEnabled(False)
            self.restore_action.setStatusTip(self.tr(
                "A server database's backup is put back outside the app: pg_restore for a .dump file, "
                "freelance-desk import for a .json file, into an empty database."))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Settings…"), self._open_settings, QKeySequence("Ctrl+,"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        pass_undo_keys(self)  # Ctrl+Z in the note or the contract picker, with no typing to undo: Edit ▸ Undo

        go_menu = bar.addMenu(self.tr("&Go"))
        digits = iter(range(1, 11))  # Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth; a page may have its own key
        for spec in PAGES:
            key = spec.key or f"Ctrl+{next(digits) % 10}"
            self._action(go_menu, page_title(spec), lambda _=False, n=spec.name: self.show_page(n), QKeySequence(key))

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Freelance Desk"), self._about)

    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_status_bar(self) -> None:
        self.db_label = QLabel(self.tr("Demo database (discarded on exit)") if self.ctx.is_demo else self.ctx.db_path)
        self.db_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.db_label)

    def _new_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), "freelance-desk.sqlite3", self.tr("Freelance Desk database (*.sqlite3)")
        )
        if path:
            self.open_database_requested.emit(path, False)

    def _open_database(self):
        """File ▸ Open database…: a file, or a database on a PostgreSQL server."""
        from freelance_desk.ui.dialogs.open_database import OpenDatabaseDialog

        dialog = OpenDatabaseDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self.open_database_requested.emit(dialog.chosen, False))
        self.open_dialog = dialog  # (tests drive it)
        dialog.open()
        return dialog

    def _fill_recent(self) -> None:
        """File ▸ Open recent: the files and servers opened lately (a file no longer there shown, not offered)."""
        from pathlib import Path

        from freelance_desk.db.target import is_server
        from freelance_desk.settings import forget_recent_databases, recent_databases

        menu = self.recent_menu
        menu.clear()
        shown = [] if self.ctx.is_demo else [self.ctx.db_path]
        found = recent_databases(self.ctx.ui_settings)
        for n, where in enumerate(found, start=1):
            here = is_server(where) or Path(where).is_file()
            label = where if here else self.tr("{0} (not found)").format(where)
            action = menu.addAction(f"&{n} {label.replace('&', '&&')}" if n < 10 else label.replace("&", "&&"))
            action.setEnabled(here and where not in shown)
            action.triggered.connect(lambda _=False, w=where: self.open_database_requested.emit(w, False))
        if not found:
            menu.addAction(self.tr("No databases opened yet")).setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear the list"))
        clear.setEnabled(bool(found))
        clear.triggered.connect(lambda: forget_recent_databases(self.ctx.ui_settings))

    def open_import_wizard(self, path: str = "") -> None:
        """File ▸ Import… (or a file dropped on the window): the wizard, on ``path`` when given."""
        from freelance_desk.ui.dialogs.import_wizard import ImportWizard

        if self.import_wizard is not None and self.import_wizard.isVisible():
            if path:
                self.import_wizard.restart()
                self.import_wizard.file_page.path_edit.setText(path)
            self.import_wizard.raise_()
            self.import_wizard.activateWindow()
            return
        self.import_wizard = ImportWizard(self.ctx, path, self)
        self.import_wizard.setWindowModality(Qt.WindowModality.WindowModal)
        self.import_wizard.open()

    @staticmethod
    def _dropped_path(event) -> str:
        """The one local file or folder being dragged, else ""."""
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile():
            return urls[0].toLocalFile()
        return ""

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._dropped_path(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        path = self._dropped_path(event)
        if not path:
            event.ignore()
            return
        event.acceptProposedAction()
        # after the drop has ended: the source application is not kept waiting on our dialog
        QTimer.singleShot(0, lambda: self.open_import_wizard(path))

    def _export(self, which: str) -> None:
        from freelance_desk.ui import exports

        getattr(exports, which)(self, self.ctx)

    def _back_up_now(self) -> None:
        from freelance_desk.ui.backups import back_up_now

        back_up_now(self, self.ctx)

    def _restore_backup(self):
        from freelance_desk.ui.dialogs.restore import RestoreDialog

        dialog = RestoreDialog(self.ctx, self)
        dialog.restored.connect(lambda path: self.open_database_requested.emit(path, False))
        self.restore_dialog = dialog  # (tests drive it)
        dialog.open()
        return dialog

    def _open_settings(self) -> None:
        from freelance_desk.ui.dialogs.settings import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Freelance Desk"),
            self.tr(
                "Freelance Desk {0}\n\nClients, contracts, milestones, hours and income — "
                "on your own machine, with no account and no server."
            ).format(__version__),
        )

    # --- state --------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = self.ctx.ui_settings
        geometry = settings.get(GEOMETRY)
        if geometry and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        self._fit_screen()
        state = settings.get(WINDOW_STATE)
        if state and not state.isEmpty():
            self.restoreState(state)

    def _fit_screen(self) -> None:
        """Never larger than the screen's free area (a 1024×640 laptop, a remembered bigger monitor)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()  # the title bar and borders
        width = min(self.width(), free.width() - frame.width())
        height = min(self.height(), free.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(max(width, 320), max(height, 240))
        if not free.contains(self.frameGeometry().topLeft()):
            self.move(free.topLeft())

    def start_page(self, name: str | None = None) -> None:
        self._started = True
        self.show_page(start_page_name(self.ctx.ui_settings, name))

    # --- after the first frame ----------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._after_first_frame_queued:
            # Runs once this frame is on screen; at the latest after a while (a window never painted).
            self._after_first_frame_queued = True
            QTimer.singleShot(0, self, self._after_first_frame)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._after_first_frame_done:
            QTimer.singleShot(AFTER_FIRST_FRAME_LATEST_MS, self, self._after_first_frame)

    def after_first_frame(self, call) -> None:
        """Call ``call`` just after the window's first frame is on screen (at once when it already is)."""
        if self._after_first_frame_done:
            call()
        else:
            self._first_frame_calls.append(call)

    def _after_first_frame(self) -> None:
        """What the first frame does not need: what pages put off (the start page's figures), the
        forgotten-timer check and its input watching, the tray icon."""
        if self._after_first_frame_done:
            return
        self._after_first_frame_done = True
        self.first_frame_shown.emit()
        if self._data_opener is not None:
            opener, self._data_opener = self._data_opener, None
            if not opener():
                return  # not opened (said so): nothing that reads it runs
        load_pending()  # the data layer's modules bound lazily, run here before any worker thread
        calls, self._first_frame_calls = self._first_frame_calls, []
        for call in calls:
            call()
        if calls and self.isVisible():
            # What they showed is laid out and painted now, not in a later turn of the event loop:
            # the filled frame follows the first one as closely as it can.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.repaint()
        self.timer_bar.start_watching()
        self.tray = self.close_guard.add_tray_icon()  # imports the tray module only now
        from freelance_desk.ui.reminders import Reminders  # not on the startup path

        self.reminders = Reminders(self, self.ctx, self.tray)
        self.reminders.start()
        if self.ctx.on_server:
            self._watch_server()
        QTimer.singleShot(WARM_CHARTS_AFTER_MS, self, self._warm_charts)
        if not self.ctx.is_demo:
            QTimer.singleShot(AUTO_BACKUP_AFTER_MS, self, self._auto_backup)

    def _watch_server(self) -> None:
        from freelance_desk.db.target import parse_server
        from freelance_desk.ui.server_watch import ServerWatch

        self.server_watch = ServerWatch(self, self.ctx, parse_server(self.ctx.db_path))
        self.server_watch.start()

    def _auto_backup(self) -> None:
        from freelance_desk.ui.backups import auto_backup

        self.auto_backup_job = auto_backup(self, self.ctx)

    def _warm_charts(self) -> None:
        from freelance_desk.ui.chart_warmup import charts

        charts.start()

    def save_state(self) -> None:
        settings = self.ctx.ui_settings
        settings.set(GEOMETRY, self.saveGeometry())
        settings.set(WINDOW_STATE, self.saveState())
        settings.set(LAST_PAGE, self.current_page_name())
        settings.sync()

    def closeEvent(self, event) -> None:
        for guard in list(self.close_guards):
            if not guard(event):
                event.ignore()
                return
        self.save_state()
        if self.import_wizard is not None and self.import_wizard.isVisible():
            self.import_wizard.reject()  # its work under way stops (a write rolled back) before the window goes
        super().closeEvent(event)
        self.hide()
        if self.server_watch is not None:
            self.server_watch.stop()
        self._backup_on_quit()

    def _backup_on_quit(self) -> None:
        from freelance_desk.ui.backups import quit_backup

        quit_backup(self.ctx)  # after the day's backup, when one is still under way
