"""The correctness bar of the move-in: for every fixture, `freelance-desk import` then `freelance-desk report
--by contract --json` gives, to the second, the totals the originating tool reports (or the file's own
duration column adds up to); for money, the net per month of the statement. The expected totals are in
each fixture folder's expected.json, worked out from the tool's own output, never by our code."""

import json
from pathlib import Path

import pytest

from freelance_desk import cli
from freelance_desk.db.connection import close_database

FIXTURES = Path(__file__).parents[2] / "fixtures" / "imports"
CASES = [
    pytest.param(folder / name, case, id=f"{folder.name}/{name}")
    for folder in sorted(p for p in FIXTURES.iterdir() if (p / "expected.json").is_file())
    for name, case in json.loads((folder / "expected.json").read_text(encoding="utf-8"))["files"].items()
]


def freelance_desk(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = cli.main(list(argv))
    finally:
        close_database()
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("path", "case"), CASES)
def test_an_import_adds_up_to_what_the_tool_reports(tmp_path, capsys, monkeypatch, path, case):
    monkeypatch.setenv("FREELANCE_DESK_HOME", str(tmp_path / "home"))
    data = str(tmp_path / "data.sqlite3")
    argv = ["import", str(path), "--data", data, "--format", case["format"], "--zone", case.get("zone") or "UTC"]
    if case.get("user"):
        argv += ["--user", case["user"]]
    if case.get("date_order"):
        argv += ["--date-order", case["date_order"]]
    code, out, err = freelance_desk(capsys, *argv)
    assert code == 0, err
    if "contracts" in case:
        code, out, err = freelance_desk(capsys, "report", "--data", data, "--by", "contract", "--json")
        assert code == 0, err
        report = json.loads(out)
        got = sorted((r["client"], r["contract"], r["seconds"], r["billable_seconds"]) for r in report["rows"])
        want = sorted((c["client"], c["contract"], c["seconds"], c.get("billable_seconds", c["seconds"]))
                      for c in case["contracts"])
        assert got == want
    if "net_by_month" in case:
        code, out, err = freelance_desk(capsys, "report", "--data", data, "--by", "month", "--json")
        assert code == 0, err
        report = json.loads(out)
        assert report["home_currency"] == case.get("currency", "USD")
        got = {r["month"]: r["net_home_minor"] for r in report["rows"] if r["net_home_minor"]}
        assert got == {month: net for month, net in case["net_by_month"].items() if net}
    # the same file again adds nothing
    code, out, err = freelance_desk(capsys, *argv)
    assert code == 0, err
    assert "imported 0 time entries" in out


def test_every_format_has_a_fixture_checked_here():
    from freelance_desk.services.io.sources import registry

    checked = {case.values[1]["format"] for case in CASES}
    assert {f.name for f in registry.formats()} - {"csv"} <= checked


@pytest.mark.parametrize(("first", "then"), [
    ("timewarrior/data", "timewarrior/timew-export.json"),
    ("timewarrior/timew-export.json", "timewarrior/data/2026-03.data"),
    ("watson/frames", "watson/watson-log.json"),
])
def test_the_same_history_in_another_of_the_tools_files_adds_nothing_twice(tmp_path, capsys, monkeypatch, first, then):
    monkeypatch.setenv("FREELANCE_DESK_HOME", str(tmp_path / "home"))
    data = str(tmp_path / "data.sqlite3")
    code, out, err = freelance_desk(capsys, "import", str(FIXTURES / first), "--data", data, "--zone", "UTC")
    assert code == 0, err
    assert "imported 0 time entries" not in out
    code, out, err = freelance_desk(capsys, "import", str(FIXTURES / then), "--data", data, "--zone", "UTC")
    assert code == 0, err
    assert "imported 0 time entries" in out and "imported before" in out
