"""The app as a process: command line, first run, screenshot, refusing a newer database, startup imports."""

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from freelance_desk import __version__

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent


def run_app(*args, home: Path, timeout=60):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FREELANCE_DESK_HOME=str(home), PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "freelance_desk", *args], capture_output=True, text=True, timeout=timeout, env=env
    )


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_version_prints_the_package_version(isolated_home):
    result = run_app("--version", home=isolated_home)
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_screenshot_of_demo_window_is_a_png_of_the_real_window(tmp_path, isolated_home):
    out = tmp_path / "shot.png"
    result = run_app("--demo", "--screenshot", str(out), "--page", "clients", home=isolated_home)
    assert result.returncode == 0, result.stderr
    width, height = png_size(out)
    assert width >= 900 and height >= 560
    # --demo never creates the user's own database
    assert not (isolated_home / "freelance-desk.sqlite3").exists()


def mean_lightness(image, left: int, top: int, width: int, height: int) -> float:
    from PySide6.QtGui import QColor

    values = [QColor.fromRgb(image.pixel(x, y)).lightness()
              for x in range(left, left + width, 3) for y in range(top, top + height, 3)]
    return sum(values) / len(values)


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_theme_on_the_command_line_draws_window_and_chart_in_it(tmp_path, isolated_home, theme):
    from PySide6.QtGui import QImage

    out = tmp_path / f"{theme}.png"
    result = run_app("--demo", "--theme", theme, "--screenshot", str(out), "--page", "income", home=isolated_home)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    sidebar = mean_lightness(image, 10, 450, 150, 300)  # below the sidebar's items
    chart = mean_lightness(image, 240, 260, 200, 140)  # the chart's first months: no income, its background
    if theme == "dark":
        assert sidebar < 80 and chart < 80
    else:
        assert sidebar > 200 and chart > 200
    assert not (isolated_home / "ui.ini").exists() or "dark" not in (isolated_home / "ui.ini").read_text()


def test_first_run_creates_private_folder_and_database(tmp_path):
    home = tmp_path / "fresh"  # does not exist yet
    out = tmp_path / "first.png"
    result = run_app("--screenshot", str(out), home=home)
    assert result.returncode == 0, result.stderr
    db_file = home / "freelance-desk.sqlite3"
    assert db_file.exists()
    if sys.platform != "win32":
        assert stat.S_IMODE(home.stat().st_mode) == 0o700
        assert stat.S_IMODE(db_file.stat().st_mode) == 0o600
    with sqlite3.connect(db_file) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] >= 1
        assert con.execute("SELECT COUNT(*) FROM client").fetchone()[0] == 0


def test_database_from_a_newer_app_is_refused_and_left_untouched(tmp_path, isolated_home):
    db_file = tmp_path / "future.sqlite3"
    with sqlite3.connect(db_file) as con:
        con.execute("CREATE TABLE something_new (x)")
        con.execute("PRAGMA user_version = 999")
    before = db_file.read_bytes()
    result = run_app("--data", str(db_file), "--screenshot", str(tmp_path / "x.png"), home=isolated_home)
    assert result.returncode == 2
    assert "newer version" in result.stderr
    assert db_file.read_bytes() == before
    assert not (tmp_path / "x.png").exists()


def test_starting_the_main_window_does_not_import_matplotlib(tmp_path, isolated_home):
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtWidgets import QApplication
        from freelance_desk.app import make_demo_database
        from freelance_desk.settings import UiSettings
        from freelance_desk.ui.context import AppContext
        from freelance_desk.ui.main_window import MainWindow
        app = QApplication([])
        path = make_demo_database()
        window = MainWindow(AppContext(str(path), UiSettings()))
        window.show()
        window.start_page("dashboard")
        app.processEvents()
        assert "matplotlib" not in sys.modules, "matplotlib imported at startup"
        window.show_page("income")
        app.processEvents()
        print("income page imports matplotlib:", "matplotlib" in sys.modules)
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FREELANCE_DESK_HOME=str(isolated_home), PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr


def test_a_full_log_is_moved_aside_at_start_and_the_oldest_dropped(tmp_path):
    from freelance_desk.logs import LOG_BACKUPS, LOG_MAX_BYTES, rotate_log

    log = tmp_path / "freelance-desk.log"
    for n in range(1, LOG_BACKUPS + 1):
        (tmp_path / f"freelance-desk.log.{n}").write_text(f"backup {n}")
    log.write_text("x" * LOG_MAX_BYTES)
    rotate_log(log)
    assert not log.exists()
    assert (tmp_path / "freelance-desk.log.1").stat().st_size == LOG_MAX_BYTES
    assert [(tmp_path / f"freelance-desk.log.{n}").read_text() for n in range(2, LOG_BACKUPS + 1)] == [
        f"backup {n}" for n in range(1, LOG_BACKUPS)
    ]  # each moved one along; the oldest is gone
    small = tmp_path / "small.log"
    small.write_text("short")
    rotate_log(small)
    assert small.read_text() == "short"


def test_a_closed_context_with_undo_history_is_collected_without_a_crash(tmp_path, isolated_home):
    """A context done with (its window replaced, the app quitting) and its undo history go without a crash.

    Its undo commands lead back to it (through the pages, or its own ``notify``): a cycle. Left to Python's collector,
    PySide6 can free a command before the stack that owns it and crash in ``QUndoStack::clear``;
    ``AppContext.close`` (called by the launcher) empties the history first.
    """
    script = textwrap.dedent(
        """
        import gc, sys
        from PySide6.QtWidgets import QApplication
        from freelance_desk.settings import UiSettings
        from freelance_desk.ui.context import AppContext
        from freelance_desk.ui.undo.base import WriteCommand

        class Edit(WriteCommand):
            def revert(self): pass
            def repeat(self): pass

        app = QApplication([])
        for n in range(200):  # left uncleared, the collector crashed on these (SIGSEGV) in 5 runs of 5 here
            ctx = AppContext(sys.argv[1], UiSettings(sys.argv[2]))
            for k in range(3):
                ctx.undo_stack.push(Edit("edit", ctx.notify))  # as a page's command: back to the context
            ctx.close()
        ctx = None
        gc.collect()
        print("collected")
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FREELANCE_DESK_HOME=str(isolated_home), PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "d.sqlite3"), str(tmp_path / "ui.ini")],
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "collected"


def test_the_first_frame_of_the_dashboard_does_not_wait_for_the_data_layer(tmp_path, isolated_home):
    """The window is on screen before peewee, the models and the rules are imported (and the file opened);
    the timer bar and the cards are filled just after, from the file."""
    from freelance_desk.app import open_user_database
    from freelance_desk.db.connection import close_database
    from freelance_desk.services.clients.clients import ClientData, create_client

    books = tmp_path / "books.sqlite3"
    open_user_database(books)
    create_client(ClientData(name="Acme Corp"))
    close_database()
    script = textwrap.dedent(
        """
        import os, sys
        import freelance_desk.app as app_module

        def report(app, window):
            def first_frame():
                print("at the first frame:", "peewee" in sys.modules, window.data_ready, flush=True)

            def ready():
                page = window.page("dashboard")
                print("filled:", page.is_ready(), window.timer_bar.loaded, flush=True)
                app.exit(0)

            window.first_frame_shown.connect(first_frame)
            window.after_first_frame(ready)  # after the fill the dashboard put off until then

        app_module.report_shown_and_quit = report
        os.environ["FREELANCE_DESK_REPORT_SHOWN"] = "1"
        sys.exit(app_module.main(["--data", sys.argv[1]]))
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FREELANCE_DESK_HOME=str(isolated_home), PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", script, str(books)], capture_output=True, text=True, timeout=60,
                            env=env)
    assert result.returncode == 0, result.stderr
    assert "at the first frame: False False" in result.stdout, result.stdout
    assert "filled: True True" in result.stdout, result.stdout
