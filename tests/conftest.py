"""Test setup: headless Qt, an isolated data folder, a fresh database per test."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
os.environ.setdefault("MPLCONFIGDIR", os.path.join(tempfile.gettempdir(), "freelance-desk-mpl"))

from datetime import UTC, date, datetime  # noqa: E402

import pytest  # noqa: E402

from freelance_desk.db.connection import close_database, open_database  # noqa: E402
from freelance_desk.db.migrations import migrate  # noqa: E402


def pytest_collection_modifyitems(items):
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """Never touch the real user's data or settings."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("FREELANCE_DESK_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def contexts_closed():
    """Every app context a test made is closed when it ends, as the launcher closes the app's (see
    ``AppContext.close``: an undo history left to the garbage collector can crash PySide6)."""
    yield
    import sys

    context = sys.modules.get("freelance_desk.ui.context")
    if context is not None:
        context.AppContext.close_all()


SERVER_URL = os.environ.get("FREELANCE_DESK_TEST_POSTGRES")
# The backend the suite's ``database`` runs on: the file (sqlite, the default) or the test server (postgresql).
BACKEND = os.environ.get("FREELANCE_DESK_TEST_BACKEND", "sqlite")


@pytest.fixture
def database(tmp_path):
    """A migrated database of its own for each test: a file, or with FREELANCE_DESK_TEST_BACKEND=postgresql
    the test server's database emptied."""
    database = open_database(empty_server_database() if BACKEND == "postgresql" else tmp_path / "test.sqlite3")
    migrate(database)
    yield database
    close_database()


@pytest.fixture
def file_database(tmp_path):
    """A migrated database file, whichever backend the suite runs on (a test of the file itself)."""
    database = open_database(tmp_path / "test.sqlite3")
    migrate(database)
    yield database
    close_database()


def pytest_configure(config):
    config.addinivalue_line("markers", "file_only: a test of SQLite itself (its query plans, its statistics), "
                                       "skipped when the suite runs on the server")


def pytest_runtest_setup(item):
    if BACKEND == "postgresql" and item.get_closest_marker("file_only"):
        pytest.skip("a test of the SQLite file itself")


NO_SERVER = ("no PostgreSQL server for the server tests: FREELANCE_DESK_TEST_POSTGRES is not set "
             "(scripts/test starts a throwaway one when PostgreSQL is installed)")


def pytest_terminal_summary(terminalreporter):
    """Said at the end of every run, never silently: whether the server tests ran."""
    if SERVER_URL:
        terminalreporter.write_line(f"PostgreSQL server tests ran against {SERVER_URL}")
    else:
        terminalreporter.write_line(f"PostgreSQL server tests SKIPPED: {NO_SERVER}", yellow=True, bold=True)


def empty_server_database():
    """The test server's database emptied (its public schema made anew), as a user's new server database."""
    from freelance_desk.db.server import connect
    from freelance_desk.db.target import parse_server

    if not SERVER_URL:
        pytest.skip(NO_SERVER)
    admin = connect(parse_server(SERVER_URL))
    # A connection an earlier test left open (a worker thread's, a window's listener) would hold the DROP up.
    admin.execute_sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                      "AND pid <> pg_backend_pid()")
    admin.execute_sql("DROP SCHEMA public CASCADE")
    admin.execute_sql("CREATE SCHEMA public")
    admin.close()
    return SERVER_URL


@pytest.fixture
def server_database():
    """A migrated PostgreSQL database of its own for each test (skipped, visibly, without a server)."""
    url = empty_server_database()
    database = open_database(url)
    migrate(database)
    yield database
    close_database()


@pytest.fixture
def now():
    return datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


@pytest.fixture
def today():
    return date(2026, 3, 10)
