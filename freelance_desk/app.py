"""Bootstrap: args → data paths → logging → database → QApplication → translator/style → window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from freelance_desk import APP_ID, APP_NAME, __version__, paths
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger("freelance_desk")

PAGE_CHOICES = ("dashboard", "clients", "contracts", "milestones", "time", "timesheet", "payments", "income",
                "proposals", "gigs", "invoices")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog=APP_ID, description=f"{APP_NAME}: run your freelance business offline.",
        epilog="commands (no window): backup [--to DIR], restore FILE, check, import FILE..., export --format json|csv|ics --out PATH, report, invoice --list | NUMBER --pdf OUT, copy --from PATH|URL --to PATH|URL; see freelance-desk COMMAND --help",
    )
    parser.add_argument("--data", metavar="PATH|URL", help="database file (default: in your user data folder), or a "
                        "PostgreSQL server's database: postgresql://user@host:5432/dbname (the password in ~/.pgpass)")
    parser.add_argument("--demo", action="store_true", help="open a fresh temporary database filled with demo data")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--screenshot", metavar="FILE", help="show the window, save it as a PNG, and exit")
    parser.add_argument("--page", metavar="NAME", choices=PAGE_CHOICES, help="page to open: " + ", ".join(PAGE_CHOICES))
    parser.add_argument("--size", metavar="WxH", type=window_size, default=(1280, 800),
                        help="the window's size for --screenshot (default 1280x800)")
    parser.add_argument("--lang", metavar="CODE", help="interface language, e.g. id or en (default: the system's)")
    parser.add_argument("--install-desktop", action="store_true",
                        help="put Freelance Desk in the desktop's menu (Linux: ~/.local/share) and exit")
    parser.add_argument("--uninstall-desktop", action="store_true", help="take it out of the menu again and exit")
    parser.add_argument("--theme", choices=("system", "light", "dark"),
                        help="colour scheme for this run (default: the one chosen in Settings, else the system's)")
    return parser.parse_args(argv)



def make_demo_database() -> Path:
    """A fresh temporary database with demo data; the user's own file is never touched."""
    import tempfile

    from freelance_desk.db.connection import open_database
    from freelance_desk.db.migrations import migrate
    from freelance_desk.demo import fill_demo

    folder = Path(tempfile.mkdtemp(prefix="freelance-desk-demo-"))
    path = folder / "demo.sqlite3"
    database = open_database(path)
    migrate(database)
    fill_demo()
    return path


def open_user_database(path: Path):
    """Check, open and migrate ``path``; returns the database or raises DomainError.

    A file that is not a whole SQLite database is refused before it is opened (``DamagedDatabase``:
    nothing written, not even the switch to WAL): the header here, SQLite's quick check for a small
    file, and the full check of every file once the window is up (``ui/storage_notice.start_full_check``). A file the user cannot write
    opens read-only. Too new, read-only and needing an update, or unreadable: refused, untouched.
    """
    check_user_database(path)
    return connect_user_database(path)


def check_user_database(path: Path, quick: bool = True) -> None:
    """What is looked at before anything is opened (no peewee): the folder, the file readable, its
    header and, for a small file, SQLite's quick check (``quick`` False: not yet). Raises DomainError
    (DamagedDatabase)."""
    from freelance_desk.core.errors import DamagedDatabase, DomainError, Term
    from freelance_desk.db import integrity

    try:
        if not path.parent.exists():
            paths.ensure_private_dir(path.parent)
        if path.exists():
            path.stat()  # readable at all
    except OSError as e:
        raise DomainError(CANNOT_OPEN, reason=e.strerror or type(e).__name__, path=str(path)) from None
    checked = integrity.check_at_open(path, quick)
    if not checked.ok:
        log.error("refused a damaged database %s: %s", paths.shown_path(path), checked.detail)
        raise DamagedDatabase(
            QT_TRANSLATE_NOOP("services", "Freelance Desk cannot open this database. {problem} "
                              "Nothing in the file was changed.\n\nThe file: {path}"),
            problem=Term(checked.problem), path=str(path),
        )


def connect_user_database(path: Path):
    """Open and migrate ``path`` (checked by ``check_user_database``); returns the database or raises DomainError."""
    import sqlite3

    from peewee import DatabaseError

    from freelance_desk.core.errors import DiskFull, DomainError
    from freelance_desk.db import storage
    from freelance_desk.db.connection import close_database, open_database
    from freelance_desk.db.migrations import migrate

    try:
        database = open_database(path, read_only=path.exists() and not storage.writable(path))
        migrate(database)
    except (DiskFull, OSError, sqlite3.Error, DatabaseError) as e:
        close_database()
        if path.exists() and storage.disk_full(e, path.parent):
            # Started on a full disk: what is saved can still be read (until space is freed and the
            # app starts again). A file that needs an update is refused here: that is a write.
            log.warning("the disk is full: %s opened read-only", paths.shown_path(path))
            database = open_database(path, read_only=True)
            storage.set_read_only(database, storage.ReadOnly.DISK_FULL)
            migrate(database)
            return database
        if isinstance(e, DomainError):
            raise
        cause = storage.sqlite_error(e)
        reason = getattr(cause, "sqlite_errorname", None) or getattr(e, "strerror", None) or type(e).__name__
        log.error("cannot open %s: %s", paths.shown_path(path), reason)
        raise DomainError(CANNOT_OPEN, reason=reason, path=str(path)) from None
    except DomainError:
        close_database()
        raise
    return database


def connect_server_database(url: str) -> str:
    """Connect to the PostgreSQL database at ``url`` and bring its schema up to date (a new database given it);
    the URL as the app shows and remembers it. Raises DomainError: an address that is not one, a server
    that cannot be reached, a database from a newer app or holding another program's tables (untouched)."""
    from peewee import DatabaseError

    from freelance_desk.core.errors import DomainError
    from freelance_desk.db.connection import close_database, open_database
    from freelance_desk.db.migrations import migrate
    from freelance_desk.db.server import reason_of
    from freelance_desk.db.target import parse_server

    target = parse_server(url)
    try:
        migrate(open_database(target))
    except DomainError:
        close_database()
        raise
    except DatabaseError as e:  # the user may not create tables there, the connection dropped…
        close_database()
        log.error("cannot open the server database %s: %s", target.url(), type(e).__name__)
        raise DomainError(CANNOT_OPEN_SERVER, reason=reason_of(e), server=target.url()) from None
    return target.url()


CANNOT_OPEN_SERVER = QT_TRANSLATE_NOOP(
    "services", "Freelance Desk cannot open the database on the server {server} ({reason}). Nothing in it was changed.")
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "services", "Freelance Desk cannot open this database ({reason}). Nothing in the file was changed.\n\nThe file: {path}")


def install_excepthook(get_window, unattended: bool = False) -> None:
    """Unexpected errors are logged and shown; the app keeps running, data stays committed.

    The log gets the error's type and frames, not its message (it may quote the user's data); the
    box shows the whole of it to the user. A full disk or a read-only file is no unexpected error:
    its message goes to the status bar. ``unattended`` (--screenshot): nobody could close a box,
    so the error goes to stderr and the app quits with 1.
    """
    from freelance_desk.logs import error_summary

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        from freelance_desk.core.errors import DomainError, StorageError

        window = get_window()
        if isinstance(exc, StorageError) and window is not None:
            # A full disk or a read-only file, where no page caught it: said where the user looks.
            window.statusBar().showMessage(window.ctx.error_text(exc), 15000)
            log.warning("refused: %s", type(exc).__name__)
            return
        if isinstance(exc, DomainError) and not unattended and show_refusal(window, exc):
            return  # a write refused in words (the file busy in another program) that no page caught
        import traceback  # only when something went wrong

        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", error_summary(exc_type, exc, tb))
        try:
            from PySide6.QtWidgets import QApplication, QMessageBox

            if QApplication.instance() is None:
                return
            if unattended:
                print(text, file=sys.stderr)
                QApplication.instance().exit(1)
                return
            box = QMessageBox(get_window())
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(QApplication.translate("App", "Something went wrong"))
            box.setText(
                QApplication.translate(
                    "App",
                    "An unexpected error happened. Your saved data is safe; the last action may not have "
                    "been completed. Details were written to the log file.",
                )
            )
            box.setDetailedText(text)
            box.exec()
        except Exception:  # the hook must never raise
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook


def show_refusal(parent, error) -> bool:
    """A DomainError as the message it carries (nothing was saved), not as a crash; False without Qt."""
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is None:
            return False
        text = error.text(lambda t: QApplication.translate("services", t))
        log.warning("refused: %s", type(error).__name__)  # its text may name the user's data
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok, parent)
        box.exec()
        return True
    except Exception:  # the hook must never raise
        return False


def load_translations(app, lang: str | None) -> None:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    locale = QLocale(lang) if lang else QLocale.system()
    if locale.language() == QLocale.Language.C:
        # No locale configured (LANG unset): the C locale writes dates as "23 11 2026".
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(locale)
    app._translators = []
    own = QTranslator(app)
    if own.load(locale, "freelance_desk", "_", str(paths.resource("translations"))):
        app.installTranslator(own)
        app._translators.append(own)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        app._translators.append(qt)


def load_style(app, theme: str | None = None) -> None:
    """The colour scheme (``--theme``, else the Settings choice), then the style sheet in its colours."""
    from freelance_desk.settings import COLOR_SCHEME, UiSettings
    from freelance_desk.ui import scheme
    from freelance_desk.ui.theme import app_style_sheet

    scheme.apply(app, theme or UiSettings().get(COLOR_SCHEME))
    app.setStyleSheet(app_style_sheet())


def set_app_icon(app) -> None:
    """The window's and the taskbar's icon; the desktop entry (freelance-desk.desktop) names the same."""
    from freelance_desk.ui.icons import APP_ICON_NAME, app_icon

    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ICON_NAME)


class Launcher:
    """Owns the QApplication's one main window and can reopen it on another database."""

    def __init__(self, app, args):
        self.app = app
        self.args = args
        self.window = None
        self.ctx = None
        self.demo_dirs: list[Path] = []
        self.lock = None  # instance.InstanceLock on the open file (None for a demo)
        self.raised_other = False  # the file is open in another app, whose window was raised

    def open(self, path: str, demo: bool) -> bool:
        from freelance_desk.core.errors import DomainError
        from freelance_desk.db import SCHEMA_VERSION
        from freelance_desk.db.integrity import header_schema_version
        from freelance_desk.db.target import is_server, parse_server
        from freelance_desk.settings import UiSettings
        from freelance_desk.ui.context import AppContext
        from freelance_desk.ui.main_window import MainWindow, paints_first, start_page_name

        lock = None
        settings = UiSettings()
        later = False  # opened just after the first frame (see paints_first)
        try:
            if demo:
                db_path = make_demo_database()
                self.demo_dirs.append(db_path.parent)
            elif is_server(path):  # several computers at once: no lock, no file checks
                db_path = parse_server(path).url()
                # As a file is: the first window's connection made just after its first frame (psycopg imported then).
                later = self.window is None and paints_first(start_page_name(settings, self.args.page))
                if not later:
                    connect_server_database(db_path)
            else:
                db_path = Path(path)
                lock = self._lock(db_path)
                if lock is None:
                    return False
                try:
                    # The first window, on a file ready as it is, opening on a page that paints before its
                    # figures: the file is opened (a small one quick-checked first) after the first frame.
                    later = (self.window is None and paints_first(start_page_name(settings, self.args.page))
                             and header_schema_version(db_path) == SCHEMA_VERSION)
                    check_user_database(db_path, quick=not later)
                    if not later:
                        connect_user_database(db_path)
                except BaseException:
                    if lock is not self.lock:
                        lock.release()  # not opened: the file stays free (the window keeps its own)
                    raise
        except DomainError as e:
            return self._refused(e, path, demo)
        old = self.window
        if old is not None:
            old.save_state()
            old.close_guards.clear()
            old.hide()
            if old.server_watch is not None:
                old.server_watch.stop()  # its own connection to the server goes now
            old.ctx.close()  # its undo history goes with it (see AppContext.close)
            old.deleteLater()
        if self.lock is not None and self.lock is not lock:
            self.lock.release()  # the lock moves with the window to the file it shows now
        self.lock = lock
        self.ctx = AppContext(str(db_path), settings, is_demo=demo)
        self.window = MainWindow(self.ctx, data_ready=not later)
        if later:
            self.window.open_data_with(lambda: self._connect_late(path, db_path))
        self.window.open_database_requested.connect(self.open)
        # The first page is built before the window is shown: built into a visible window, every
        # widget on it would be laid out and styled twice.
        self.window.start_page(self.args.page)
        self.window.show()
        if lock is not None:
            from PySide6.QtCore import QTimer

            # Answering other starts imports QtNetwork: just after the first frame, not before it.
            self.window.after_first_frame(lambda: QTimer.singleShot(200, lambda: self._listen(lock)))
        if not demo and not self.ctx.on_server:
            self.window.after_first_frame(lambda: self._start_full_check(db_path))
        if not demo:
            from freelance_desk.settings import remember_database

            remember_database(settings, db_path if self.ctx.on_server else str(Path(db_path).absolute()))
        log.info("opened %s%s", paths.shown_path(db_path), " (demo)" if demo else "")
        return True

    def _start_full_check(self, db_path: Path) -> None:
        from freelance_desk.ui.storage_notice import start_full_check  # (db.storage, peewee: after the first frame)

        start_full_check(self.window, db_path)

    def _connect_late(self, path: str, db_path: Path) -> bool:
        """Just after the first frame: open the checked file; False (said why, the window gone) when it cannot."""
        from freelance_desk.core.errors import DomainError

        window = self.window
        try:
            if self.ctx.on_server:
                connect_server_database(db_path)
            else:
                check_user_database(db_path)  # a small file's quick check, put off until now
                connect_user_database(db_path)
        except DomainError as e:
            if self._refused(e, path, False):
                return False  # another window has it now (a backup put back): this one is gone
            window.close_guards.clear()
            window.close()
            self.window = None
            self.app.exit(2)
            return False
        window.data_opened()
        return True

    def _refused(self, error, path: str, demo: bool) -> bool:
        """Say why ``path`` cannot be opened (a damaged file: offer a backup); True when a backup put back
        was opened instead."""
        from freelance_desk.core.errors import DamagedDatabase

        text = error.text(lambda t: self.app.translate("services", t))
        log.error("cannot open %s: %s", paths.shown_path(path), type(error).__name__)
        if self.args.screenshot:  # nobody to click a dialog away
            print(text, file=sys.stderr)
        elif isinstance(error, DamagedDatabase) and not demo:
            from freelance_desk.ui.damaged import offer_backup

            if offer_backup(self.window, Path(path), text):
                return self.open(path, demo)  # the backup is back in place: open it
        else:
            from freelance_desk.ui.widgets.notice import fail  # (not built at startup unless needed)

            fail(self.window, APP_NAME, text)
        return False

    def _lock(self, db_path: Path):
        """The lock on ``db_path`` (the one held already when it is the open file), or None when another
        app has the file open: its window is brought to the front instead, and this one says so."""
        from PySide6.QtWidgets import QApplication

        from freelance_desk.instance import InstanceLock, resolved

        if self.lock is not None and self.lock.path == resolved(db_path):
            return self.lock
        lock = InstanceLock(db_path)
        outcome = lock.acquire()
        if outcome == lock.OURS:
            return lock
        if outcome == lock.RAISED_OTHER:
            text = QApplication.translate(
                "App", "Freelance Desk is already open on {0}; its window was brought to the front.")
            self.raised_other = self.window is None
        else:
            text = QApplication.translate(
                "App", "{0} is open in another Freelance Desk that does not answer; close it first.")
        text = text.format(lock.path)
        log.info("%s", text)
        if self.window is not None:
            self.ctx.show_status(text)
        elif outcome == lock.RAISED_OTHER or self.args.screenshot:
            print(text, flush=True)
        else:
            from freelance_desk.ui.widgets.notice import fail

            fail(None, APP_NAME, text)
        return None

    def _listen(self, lock) -> None:
        if lock.listen(self.bring_to_front) and os.environ.get("FREELANCE_DESK_REPORT_RAISED"):
            print(f"listening {lock.path}", flush=True)  # for the tests: other starts are answered now

    def bring_to_front(self) -> None:
        """Another start on this file asked: show the window (from the tray or minimized), on top, active."""
        from PySide6.QtCore import Qt

        window = self.window
        if window is None:
            return
        state = window.windowState()
        if state & Qt.WindowState.WindowMinimized and state & Qt.WindowState.WindowMaximized:
            window.showMaximized()
        elif state & Qt.WindowState.WindowMinimized:
            window.showNormal()
        else:
            window.show()  # hidden to the tray, or behind others
        window.raise_()
        window.activateWindow()
        log.info("window brought to the front for another start")
        if os.environ.get("FREELANCE_DESK_REPORT_RAISED"):
            print("raised", flush=True)

    def cleanup(self) -> None:
        import shutil

        from freelance_desk.db.connection import close_database
        from freelance_desk.ui.chart_warmup import charts

        charts.wait()  # a warm-up thread quitting early is let finish, not cut off mid-import
        if self.window is not None and getattr(self.window, "full_check", None) is not None:
            self.window.full_check.stop()  # a background integrity check is cut short
        if "freelance_desk.ui.backups" in sys.modules:  # an automatic backup under way is let finish
            sys.modules["freelance_desk.ui.backups"].wait_for_backups()
        if "freelance_desk.ui.context" in sys.modules:
            sys.modules["freelance_desk.ui.context"].AppContext.close_all()
        close_database()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        for folder in self.demo_dirs:
            shutil.rmtree(folder, ignore_errors=True)


SCREENSHOT_LATEST_S = 15  # a page still not ready by then is saved as it is, with a warning


def window_size(text: str) -> tuple[int, int]:
    """ "1024x640" → (1024, 640), for ``--size``."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1024x640") from None
    if width < 200 or height < 200:
        raise argparse.ArgumentTypeError(f"{text!r} is too small for the window")
    return width, height


def take_screenshot(app, window, target: str, size: tuple[int, int] = (1280, 800)) -> int:
    """Let the first page load and paint (charts included), then save the window to ``target``."""
    import time

    from PySide6.QtCore import QTimer

    # The same size every time, whatever geometry was remembered: screenshots are compared.
    window.resize(*size)
    deadline = time.monotonic() + SCREENSHOT_LATEST_S

    def grab():
        app.processEvents()
        page = window.page(window.current_page_name())
        if not getattr(page, "is_ready", lambda: True)():
            if time.monotonic() < deadline:
                QTimer.singleShot(50, grab)
                return
            print(f"the {window.current_page_name()} page was not ready; saving it as it is", file=sys.stderr)
        app.processEvents()
        ok = window.grab().save(target, "PNG")
        if not ok:
            print(f"could not write {target}", file=sys.stderr)
        app.exit(0 if ok else 1)

    QTimer.singleShot(600, grab)
    return app.exec()  # grab's code; 2 when the file could not be opened after the first frame


def report_shown_and_quit(app, window) -> None:
    """For the startup benchmark: print when the first frame is on screen ("shown") and when the first
    page's figures are painted ("ready"; a start page fills them just after the first frame), then quit."""
    import time

    from PySide6.QtCore import QTimer

    def shown():
        print(f"shown {time.time():.6f}", flush=True)

    def ready():
        app.processEvents()  # painted
        page = window.page(window.current_page_name())
        if not getattr(page, "is_ready", lambda: True)():
            QTimer.singleShot(1, ready)
            return
        print(f"ready {time.time():.6f}", flush=True)
        app.exit(0)

    window.first_frame_shown.connect(shown)
    window.after_first_frame(ready)  # after what the start page put off until then


FATAL, WARNING = "fatal", "warning"
# (context App) what the app says when its folders cannot be used; {0} the folder, {1} the system's reason
NO_DATA_FOLDER = QT_TRANSLATE_NOOP("App", "Freelance Desk cannot create its data folder {0} ({1}). Check that "
                                   "the folder above it exists and that you may write in it.")
NOT_PRIVATE = QT_TRANSLATE_NOOP("App", "Freelance Desk cannot make its data folder {0} private to you ({1}): "
                                "check that the folder belongs to you.")
NO_LOG = QT_TRANSLATE_NOOP("App", "Freelance Desk cannot write its log in {0} ({1}); it works on without one.")


def prepare_data_folder() -> list[tuple]:
    """The data folder made (owner-only); what went wrong as notes ``(FATAL|WARNING, text, folder, reason)``."""
    folder = paths.data_dir()
    try:
        paths.ensure_private_dir(folder)
    except OSError as e:
        reason = e.strerror or type(e).__name__
        if not folder.is_dir():
            return [(FATAL, NO_DATA_FOLDER, str(folder), reason)]
        return [(WARNING, NOT_PRIVATE, str(folder), reason)]
    return []


def report_startup_notes(app, args, notes: list[tuple], window=None) -> bool:
    """Say each note: on stderr, and in a dialog (a fatal one, with no window yet) or the status bar.
    Returns whether one was fatal."""
    fatal = False
    shown = []
    for kind, template, folder, reason in notes:
        text = app.translate("App", template).format(folder, reason)
        print(text, file=sys.stderr)
        fatal = fatal or kind == FATAL
        shown.append(text)
        log.warning("startup: %s", template.split("(")[0].strip())
    if not shown:
        return False
    if window is not None:
        window.statusBar().showMessage("  ".join(shown))
    elif fatal and not args.screenshot:
        from freelance_desk.ui.widgets.notice import fail

        fail(None, APP_NAME, "\n\n".join(shown))
    return fatal


def _server_address_read(data: str) -> bool:
    """A server's URL given on the command line is read before anything opens: one that is not one (a password
    in it) is said there, in English as the other commands say it, and the app does not start."""
    from freelance_desk.core.errors import ValidationError
    from freelance_desk.db.target import is_server, parse_server

    if not is_server(data):
        return True
    try:
        parse_server(data)
    except ValidationError as e:
        print(f"{APP_ID}: {e.text()}", file=sys.stderr, flush=True)
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    from freelance_desk import cli  # backup, restore, check: no Qt

    if cli.is_command(sys.argv[1:] if argv is None else argv):
        return cli.main(argv)
    args = parse_args(argv)
    if args.data and not _server_address_read(args.data):
        return 2
    if args.install_desktop or args.uninstall_desktop:
        from freelance_desk import desktop  # no Qt

        return desktop.main(uninstalling=args.uninstall_desktop)
    from freelance_desk import logs

    notes = prepare_data_folder()  # a folder that is not the user's: said in words, never a traceback
    if not any(note[0] == FATAL for note in notes):
        logs.setup_logging()
    log.info("%s %s starting", APP_NAME, __version__)
    if logs.failure() is not None and not any(note[0] == FATAL for note in notes):
        notes.append((WARNING, NO_LOG, str(paths.log_dir()), logs.failure()))
    os.environ.setdefault("MPLCONFIGDIR", str(paths.data_dir() / "mpl-cache"))
    # The data layer (peewee, the models, the rules) is not imported here: the window's first frame
    # comes before it where it can (Launcher.open, MainWindow.open_data_with).
    from PySide6.QtWidgets import QApplication

    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(APP_ID)
    QApplication.setApplicationVersion(__version__)
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(True)
    set_app_icon(app)
    load_translations(app, args.lang)
    load_style(app, args.theme)

    if report_startup_notes(app, args, [n for n in notes if n[0] == FATAL]):
        return 2
    launcher = Launcher(app, args)
    install_excepthook(lambda: launcher.window, unattended=bool(args.screenshot))
    path = args.data or str(paths.default_db_path())
    if not launcher.open(path, args.demo):
        return 0 if launcher.raised_other else 2
    report_startup_notes(app, args, notes, launcher.window)
    logs.failure_listeners.append(lambda reason: report_startup_notes(
        app, args, [(WARNING, NO_LOG, str(paths.log_dir()), reason)], launcher.window))
    try:
        if args.screenshot:
            return take_screenshot(app, launcher.window, args.screenshot, args.size)
        if os.environ.get("FREELANCE_DESK_REPORT_SHOWN"):
            report_shown_and_quit(app, launcher.window)
        return app.exec()
    finally:
        launcher.cleanup()
