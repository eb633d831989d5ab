"""``--data`` as a file path or a PostgreSQL URL: read without a server, refused in words at the field."""

import pytest

from freelance_desk.core.errors import ValidationError
from freelance_desk.db.target import ServerTarget, is_server, parse_server


@pytest.mark.parametrize("text, expected", [
    ("postgresql://me@localhost:5433/freelance",
     ServerTarget("freelance", user="me", host="localhost", port=5433)),
    ("postgres://me@db.lan/business", ServerTarget("business", user="me", host="db.lan")),
    ("postgresql:///freelance", ServerTarget("freelance")),  # the local socket, the user's own name
    ("postgresql://ana%20k@10.0.0.2/work?sslmode=require",
     ServerTarget("work", user="ana k", host="10.0.0.2", options=(("sslmode", "require"),))),
])
def test_a_server_address_is_read(text, expected):
    assert is_server(text)
    assert parse_server(text) == expected


@pytest.mark.parametrize("text", ["/home/me/freelance.sqlite3", "C:/Users/me/data.sqlite3", "postgresql.sqlite3",
                                  "postgresql:notaurl"])
def test_a_path_is_a_file(text):
    assert not is_server(text)


@pytest.mark.parametrize("text, says", [
    ("postgresql://me:secret@localhost/freelance", "~/.pgpass"),
    ("postgresql://me@localhost", "Name the database"),
    ("postgresql://me@localhost/a/b", "Name the database"),
    ("postgresql://me@localhost:99999/freelance", "not a valid URL"),
    ("postgresql://me@localhost/freelance?password=x", "option this app does not use: password"),
])
def test_a_wrong_server_address_is_refused_with_what_to_write(text, says):
    with pytest.raises(ValidationError) as raised:
        parse_server(text)
    assert raised.value.field == "data"
    assert says in raised.value.text()
    assert "secret" not in raised.value.text()


def test_the_address_kept_and_shown_has_no_password_and_reads_back_the_same():
    target = parse_server("postgresql://me@localhost:5433/freelance?sslmode=require")
    assert target.url() == "postgresql://me@localhost:5433/freelance?sslmode=require"
    assert parse_server(target.url()) == target
    assert ServerTarget("freelance").url() == "postgresql:///freelance"
    assert target.connect_params() == {"dbname": "freelance", "port": 5433, "user": "me", "host": "localhost",
                                       "sslmode": "require"}


@pytest.mark.parametrize("command", [[], ["check"], ["restore", "backup.sqlite3.gz"], ["import", "hours.csv"], ["report"]])
def test_a_password_in_the_address_and_the_file_only_commands_are_refused_and_no_file_is_made_of_it(tmp_path, command):
    import os
    import subprocess
    import sys

    address = "postgresql://me:secret@localhost/freelance"
    done = subprocess.run([sys.executable, "-m", "freelance_desk", *command, "--data", address], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "FREELANCE_DESK_HOME": str(tmp_path / "home")})
    if command[:1] in (["report"], ["import"], ["check"]):  # commands that open a server: refused for its password
        assert done.returncode == 1 and ".pgpass" in done.stderr
    elif not command:  # the window opens a server too: refused before anything is shown, for the password
        assert done.returncode == 2 and ".pgpass" in done.stderr
    else:
        assert done.returncode == 2
        assert "--data names a PostgreSQL server" in done.stderr and "path of a file" in done.stderr
    assert "secret" not in done.stderr + done.stdout
    assert not (tmp_path / "postgresql:").exists() and list(tmp_path.iterdir()) in ([], [tmp_path / "home"])


def test_a_database_file_never_loads_the_server_driver(tmp_path):
    """The driver costs ~0.15 s to import: the file's path (the default) must not pay for the second backend."""
    import subprocess
    import sys

    code = ("import sys\n"
            "from freelance_desk.db.connection import open_database\n"
            "from freelance_desk.db.migrations import migrate\n"
            "from freelance_desk.db.models import TimeEntry\n"
            "migrate(open_database(sys.argv[1])); TimeEntry.select().count()\n"
            "print(sorted(m for m in sys.modules if m.startswith('psycopg') and sys.modules[m] is not None))\n")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "a.sqlite3")], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "[]"
