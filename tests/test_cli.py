"""The command line's backup, restore, check, report, export and invoice, as processes: output, exit codes, no Qt or
matplotlib loaded."""

from __future__ import annotations

import csv
import gzip
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from freelance_desk import cli
from freelance_desk.db import backups
from freelance_desk.db.connection import close_database
from tests.db.test_backups import fill

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent

# Runs the app's entry point as the console script does, then says whether Qt or matplotlib got loaded.
RUNNER = """
import sys
from freelance_desk.app import main
code = main(sys.argv[1:])
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"PySide6", "matplotlib"})
print("LOADED " + " ".join(heavy) if heavy else "NO QT, NO MATPLOTLIB", file=sys.stderr)
sys.exit(code)
"""


def run(*args, home: Path):
    env = dict(os.environ, FREELANCE_DESK_HOME=str(home), PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None)  # a subcommand needs no display at all
    return subprocess.run([sys.executable, "-c", RUNNER, *args], capture_output=True, text=True, timeout=60, env=env)


@pytest.fixture
def data(tmp_path):
    path = tmp_path / "data.sqlite3"
    fill(path)
    close_database()
    return path


def client_names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT name FROM client ORDER BY id")]
    finally:
        con.close()


@pytest.mark.parametrize("order", ["after", "before"])
def test_backup_prints_the_file_written_without_loading_qt(data, tmp_path, isolated_home, order):
    target = tmp_path / "out"
    args = ["backup", "--data", str(data), "--to", str(target)] if order == "after" else \
        ["--data", str(data), "backup", "--to", str(target)]
    result = run(*args, home=isolated_home)
    assert result.returncode == 0, result.stderr
    written = Path(result.stdout.strip())
    assert written.parent == target and written.name.endswith("-manual.sqlite3.gz")
    assert gzip.decompress(written.read_bytes()).startswith(b"SQLite format 3\x00")
    assert "NO QT" in result.stderr


def test_backup_goes_to_the_folder_setting_by_default(data, isolated_home):
    result = run("backup", "--data", str(data), home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).parent == isolated_home / "backups"


def test_check_says_ok_for_a_whole_file(data, isolated_home):
    for args in (("check", "--data", str(data)), ("--data", str(data), "check")):
        result = run(*args, home=isolated_home)
        assert (result.returncode, result.stdout.strip()) == (0, "ok"), result.stderr
        assert "NO QT" in result.stderr


@pytest.mark.parametrize("damage", ["truncated", "not sqlite", "damaged page", "empty"])
def test_check_fails_with_a_message_for_a_damaged_file(data, isolated_home, damage):
    raw = data.read_bytes()
    if damage == "truncated":
        data.write_bytes(raw[: len(raw) // 3])
    elif damage == "not sqlite":
        data.write_text("date,start,end\n2026-03-01,09:00,10:00\n")
    elif damage == "empty":
        data.write_bytes(b"")
    else:
        con = sqlite3.connect(data)
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'time_entry'").fetchone()[0]
        size = con.execute("PRAGMA page_size").fetchone()[0]
        con.close()
        broken = bytearray(raw)
        broken[(root - 1) * size:(root - 1) * size + 12] = b"\xff" * 12
        data.write_bytes(bytes(broken))
    result = run("check", "--data", str(data), home=isolated_home)
    assert result.returncode == 1
    assert result.stdout == ""
    said = {"truncated": "The file is cut short", "not sqlite": "The file is not a Freelance Desk database",
            "damaged page": "The file is damaged", "empty": "it is empty"}[damage]  # as the window says it
    assert f"{data}: {said}" in result.stderr


def test_check_of_a_missing_file_fails(tmp_path, isolated_home):
    result = run("check", "--data", str(tmp_path / "nothing.sqlite3"), home=isolated_home)
    assert result.returncode == 1 and "no database" in result.stderr
    assert not (tmp_path / "nothing.sqlite3").exists()


def test_restore_verifies_keeps_the_current_file_and_says_what_it_restored(data, isolated_home):
    info = backups.make_backup(data, isolated_home / "backups")
    con = sqlite3.connect(data)
    con.execute("INSERT INTO client (name, company, email, timezone, currency, notes, created_at) VALUES ('Later', '', '', 'UTC', 'USD', '', 0)")
    con.commit()
    con.close()
    assert client_names(data) == ["Northwind Studio", "Later"]
    result = run("restore", str(info.path), "--data", str(data), home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert client_names(data) == ["Northwind Studio"]
    assert str(info.path) in result.stdout and "1 client," in result.stdout and "3 time entries" in result.stdout
    kept = [i for i in backups.list_backups(isolated_home / "backups") if i.reason == "before-restore"]
    assert len(kept) == 1 and str(kept[0].path) in result.stdout
    assert kept[0].summary.clients == 2
    assert "NO QT" in result.stderr


def test_restore_refuses_a_damaged_backup(data, isolated_home):
    info = backups.make_backup(data, isolated_home / "backups")
    raw = bytearray(info.path.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    info.path.write_bytes(bytes(raw))
    before = data.read_bytes()
    result = run("--data", str(data), "restore", str(info.path), home=isolated_home)
    assert result.returncode == 1
    assert "damaged" in result.stderr and "not restored" in result.stderr
    assert data.read_bytes() == before
    assert len(backups.list_backups(isolated_home / "backups")) == 1


def test_the_subcommand_is_told_from_the_window_options():
    assert cli.is_command(["backup"]) and cli.is_command(["--data", "x.sqlite3", "check"])
    assert cli.is_command(["--data=x.sqlite3", "restore", "b.gz"])
    assert not cli.is_command([]) and not cli.is_command(["--demo", "--screenshot", "a.png"])
    assert not cli.is_command(["--data", "backup"])  # a database file called "backup"


def test_backup_of_a_file_that_is_not_a_database_fails_and_writes_nothing(tmp_path, isolated_home):
    path = tmp_path / "notes.sqlite3"
    path.write_text("not a database")
    result = run("backup", "--data", str(path), home=isolated_home)
    assert result.returncode == 1 and "it is not an SQLite file" in result.stderr
    assert result.stdout == "" and not (isolated_home / "backups").exists()


# --- report -------------------------------------------------------------------------------
# `data` (tests/db/test_backups.fill): Northwind Studio / Site, 1:00 billable on each of 1, 2 and 3 March
# 2026 (UTC), Rp 150,000 and Rp 250,000 net received on 5 March; home currency IDR.


def report(*args, home: Path):
    result = run("report", *args, home=home)
    assert "NO QT, NO MATPLOTLIB" in result.stderr
    return result


def test_report_json_has_exactly_the_documented_shape(data, isolated_home):
    result = report("--data", str(data), "--json", home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "by": "contract", "from": None, "to": None, "home_currency": "IDR",
        "total_seconds": 3 * 3600, "billable_seconds": 3 * 3600, "net_home_minor": 400_000,
        "rows": [{"client": "Northwind Studio", "contract": "Site", "seconds": 3 * 3600,
                  "billable_seconds": 3 * 3600, "net_home_minor": 400_000}],
    }


@pytest.mark.parametrize("by, names", [
    ("contract", {"client": "Northwind Studio", "contract": "Site"}),
    ("client", {"client": "Northwind Studio"}),
    ("month", {"month": "2026-03"}),
])
def test_report_rows_carry_only_the_keys_of_their_grouping(data, isolated_home, by, names):
    result = report("--by", by, "--json", "--data", str(data), home=isolated_home)
    assert result.returncode == 0, result.stderr
    (row,) = json.loads(result.stdout)["rows"]
    assert row == {**names, "seconds": 3 * 3600, "billable_seconds": 3 * 3600, "net_home_minor": 400_000}


def test_report_by_day_in_a_range(data, isolated_home):
    result = report("--data", str(data), "--by", "day", "--from", "2026-03-02", "--to", "2026-03-05", "--json",
                    home=isolated_home)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert (out["from"], out["to"], out["total_seconds"], out["net_home_minor"]) == \
        ("2026-03-02", "2026-03-05", 2 * 3600, 400_000)
    assert out["rows"] == [
        {"day": "2026-03-02", "seconds": 3600, "billable_seconds": 3600, "net_home_minor": 0},
        {"day": "2026-03-03", "seconds": 3600, "billable_seconds": 3600, "net_home_minor": 0},
        {"day": "2026-03-05", "seconds": 0, "billable_seconds": 0, "net_home_minor": 400_000},
    ]


def test_report_json_adds_the_tax_set_aside_when_it_is_on(data, isolated_home):
    con = sqlite3.connect(data)
    con.executemany("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                    [("tax_scheme", "custom"), ("tax_rate_bps", "1000"), ("tax_exempt_minor", "100000")])
    con.commit()
    con.close()
    result = report("--data", str(data), "--by", "month", "--json", home=isolated_home)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    set_aside = (400_000 - 100_000) * 1000 // 10_000  # 10 % of March's gross past Rp 100,000
    assert out["rows"][0]["tax_set_aside_home_minor"] == set_aside
    assert out["tax_set_aside"] == {
        "scheme": "custom", "rate_bps": 1000, "exempt_per_year_home_minor": 100_000, "set_aside_home_minor": set_aside,
        "months": [{"month": "2026-03", "turnover_home_minor": 400_000, "exempt_used_home_minor": 100_000,
                    "set_aside_home_minor": set_aside}],
    }
    table = report("--data", str(data), home=isolated_home).stdout
    assert f"Tax to set aside, 2026-03 (10% of gross above Rp 100,000 a year, whole months): Rp {set_aside:,}" in table


def test_report_prints_names_as_typed(data, isolated_home):
    con = sqlite3.connect(data)
    con.execute("UPDATE client SET name = 'Café Ñandú 東京'")
    con.commit()
    con.close()
    result = report("--data", str(data), "--json", "--by", "client", home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert '"client": "Café Ñandú 東京"' in result.stdout


def test_report_as_a_table_shows_hours_money_and_a_total(data, isolated_home):
    result = report("--data", str(data), home=isolated_home)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    row = next(line for line in lines if line.startswith("Northwind Studio"))
    total = next(line for line in lines if line.startswith("Total"))
    assert row.split() == ["Northwind", "Studio", "Site", "3:00", "3:00", "Rp", "400,000"]
    assert total.split() == ["Total", "3:00", "3:00", "Rp", "400,000"]
    assert row.index("3:00") == total.index("3:00")  # the columns line up


@pytest.mark.parametrize("args, said", [
    (("--from", "2026-13-01"), "--from: “2026-13-01” is not a date; write it as YYYY-MM-DD"),
    (("--to", "1/3/2026"), "--to: “1/3/2026” is not a date"),
    (("--from", "20260301"), "--from: “20260301” is not a date"),
    (("--from", "2026-03-05", "--to", "2026-03-01"), "--to 2026-03-01 is before --from 2026-03-05"),
])
def test_report_with_a_bad_date_says_so_in_one_line(data, isolated_home, args, said):
    result = report("--data", str(data), *args, home=isolated_home)
    assert result.returncode == 2 and result.stdout == ""
    lines = [line for line in result.stderr.splitlines() if line != "NO QT, NO MATPLOTLIB"]
    assert len(lines) == 1 and said in lines[0] and "Traceback" not in result.stderr


def test_report_of_a_missing_file_fails_and_creates_nothing(tmp_path, isolated_home):
    result = report("--data", str(tmp_path / "nothing.sqlite3"), home=isolated_home)
    assert result.returncode == 1 and "no database at" in result.stderr and result.stdout == ""
    assert list(tmp_path.iterdir()) == [isolated_home]


def test_report_never_writes_the_file(data, isolated_home):
    before = (data.read_bytes(), data.stat().st_mtime_ns, sorted(p.name for p in data.parent.iterdir()))
    for by in ("contract", "client", "month", "day"):
        assert report("--data", str(data), "--by", by, home=isolated_home).returncode == 0
    assert (data.read_bytes(), data.stat().st_mtime_ns, sorted(p.name for p in data.parent.iterdir())) == before


def test_report_of_an_older_schema_says_so_and_does_not_migrate(tmp_path, isolated_home):
    path = tmp_path / "old.sqlite3"
    shutil.copy(ROOT / "tests" / "db" / "fixtures" / "schema1.sqlite3", path)
    before = path.read_bytes()
    result = report("--data", str(path), "--json", home=isolated_home)
    assert result.returncode == 1 and result.stdout == ""
    assert f"{path} has an older schema (v1;" in result.stderr and "open it in Freelance Desk" in result.stderr
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["home", "old.sqlite3"]


def test_report_of_a_file_that_is_not_a_database_fails(tmp_path, isolated_home):
    path = tmp_path / "notes.sqlite3"
    path.write_text("not a database")
    result = report("--data", str(path), home=isolated_home)
    assert result.returncode == 1 and "it is not an SQLite file" in result.stderr and result.stdout == ""


# --- export -------------------------------------------------------------------------------


def export(*args, home: Path):
    result = run("export", *args, home=home)
    assert "NO QT, NO MATPLOTLIB" in result.stderr
    return result


def without_moment(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if '"exported_at"' not in line]


def test_export_writes_everything_as_json_and_never_writes_the_database(data, tmp_path, isolated_home):
    out = tmp_path / "everything.json"
    before = (data.read_bytes(), sorted(p.name for p in data.parent.iterdir()))
    result = export("--data", str(data), "--format", "json", "--out", str(out), home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert f"to {out} (" in result.stdout and "3 time entries, 2 payments" in result.stdout
    written = json.loads(out.read_text(encoding="utf-8"))
    assert (written["format"], written["schema"], written["settings"]["home_currency"]) == ("freelance-desk", 3, "IDR")
    assert [c["name"] for c in written["clients"]] == ["Northwind Studio"]
    assert [p["net_minor"] for p in written["payments"]] == [150_000, 250_000]
    assert written["time_entries"][0]["start"] == "2026-03-01T09:00:00Z"
    assert (data.read_bytes(), sorted(p.name for p in data.parent.iterdir())) == (
        before[0], sorted([*before[1], "everything.json"]))


def test_an_export_imported_into_a_new_file_is_restored_whole_and_exports_the_same(data, tmp_path, isolated_home):
    first, second, new = tmp_path / "first.json", tmp_path / "second.json", tmp_path / "new.sqlite3"
    assert export("--data", str(data), "--format", "json", "--out", str(first), home=isolated_home).returncode == 0
    result = run("import", str(first), "--data", str(new), home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert "restored everything into the empty database: 2 platforms, 1 clients, 1 contracts" in result.stdout
    assert "NO QT, NO MATPLOTLIB" in result.stderr
    assert export("--data", str(new), "--format", "json", "--out", str(second), home=isolated_home).returncode == 0
    assert without_moment(first) == without_moment(second)
    again = run("import", str(first), "--data", str(new), home=isolated_home)  # the file again: nothing twice
    assert again.returncode == 0 and "imported 0 time entries" in again.stdout and "skipped 5 imported before" in again.stdout


def test_a_newer_export_is_refused_by_the_import_and_nothing_is_written(data, tmp_path, isolated_home):
    path, new = tmp_path / "future.json", tmp_path / "new.sqlite3"
    assert export("--data", str(data), "--format", "json", "--out", str(path), home=isolated_home).returncode == 0
    path.write_text(path.read_text(encoding="utf-8").replace('"schema": 3,', '"schema": 7,'), encoding="utf-8")
    result = run("import", str(path), "--data", str(new), home=isolated_home)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{path}: line 3: This export was written by a newer version of Freelance Desk (schema 7;" in result.stderr
    assert "nothing was imported; the database is unchanged" in result.stderr
    assert client_names(new) == []


@pytest.mark.parametrize("args, said, code", [
    (("--from", "2026-13-01"), "--from: “2026-13-01” is not a date", 2),
    (("--from", "2026-03-05", "--to", "2026-03-01"), "--to 2026-03-01 is before --from 2026-03-05", 2),
    (("--client", "Nobody"), "No client is called “Nobody”.", 1),
])
def test_export_with_a_bad_filter_says_so_in_one_line_and_writes_nothing(data, tmp_path, isolated_home, args, said,
                                                                          code):
    result = export("--data", str(data), "--format", "json", "--out", str(tmp_path / "x.json"), *args,
                    home=isolated_home)
    lines = [line for line in result.stderr.splitlines() if line != "NO QT, NO MATPLOTLIB"]
    assert result.returncode == code and len(lines) == 1 and said in lines[0]
    assert not list(tmp_path.glob("*x.json*"))


def test_export_as_csv_writes_a_folder_of_tables_without_loading_qt(data, tmp_path, isolated_home):
    out = tmp_path / "tables"
    before = data.read_bytes()
    result = export("--data", str(data), "--format", "csv", "--out", str(out), "--client", "northwind studio",
                    home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert f"Exported 3 time entries to {out / 'time_entries.csv'} (" in result.stdout
    assert "Exported 2 payments to" in result.stdout and "Exported 0 milestones to" in result.stdout
    assert sorted(p.name for p in out.iterdir()) == ["invoices.csv", "milestones.csv", "payments.csv", "time_entries.csv"]
    with open(out / "time_entries.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["date"], r["start"], r["client"]) for r in rows][0] == ("2026-03-01", "09:00:00", "Northwind Studio")
    assert data.read_bytes() == before


def test_export_as_csv_into_a_file_says_to_name_a_folder(data, tmp_path, isolated_home):
    taken = tmp_path / "taken.csv"
    taken.write_text("mine", encoding="utf-8")
    result = export("--data", str(data), "--format", "csv", "--out", str(taken), home=isolated_home)
    assert result.returncode == 1 and f"{taken} is a file; name the folder to write into." in result.stderr
    assert taken.read_text(encoding="utf-8") == "mine"


def test_export_as_a_calendar_says_what_it_counted_in_plain_words(data, tmp_path, isolated_home):
    out = tmp_path / "deadlines.ics"
    result = export("--data", str(data), "--format", "ics", "--out", str(out), home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Exported 0 milestone due dates, 0 auto-approval days, 0 invoice due dates to {out} (")
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_export_of_a_client_keeps_only_its_rows(data, tmp_path, isolated_home):
    out = tmp_path / "northwind.json"
    result = export("--data", str(data), "--format", "json", "--out", str(out), "--client", "northwind studio",
                    "--from", "2026-03-02", home=isolated_home)
    assert result.returncode == 0, result.stderr
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["filter"] == {"from": "2026-03-02", "to": None, "client": "northwind studio", "contract": None}
    assert [e["start"][:10] for e in written["time_entries"]] == ["2026-03-02", "2026-03-03"]


def test_export_of_a_contract_keeps_only_its_rows_and_an_unknown_one_is_refused(data, tmp_path, isolated_home):
    out = tmp_path / "one.json"
    with sqlite3.connect(data) as con:
        title, contract_id = con.execute("SELECT title, id FROM contract ORDER BY id LIMIT 1").fetchone()
    result = export("--data", str(data), "--format", "json", "--out", str(out), "--contract", title.upper(),
                    home=isolated_home)
    assert result.returncode == 0, result.stderr
    written = json.loads(out.read_text(encoding="utf-8"))
    assert [c["id"] for c in written["contracts"]] == [contract_id]
    assert {e["contract_id"] for e in written["time_entries"]} <= {contract_id}
    refused = export("--data", str(data), "--format", "csv", "--out", str(tmp_path / "none"), "--contract", "Nope",
                     home=isolated_home)
    assert refused.returncode != 0 and "No contract is called “Nope”" in refused.stderr
    assert not (tmp_path / "none").exists()


def test_the_import_says_one_of_a_thing_in_the_singular(tmp_path, isolated_home):
    path = tmp_path / "mine.csv"
    path.write_text("date,start,end,duration,contract,client,note,billable\n"
                    "2026-03-02,09:00,10:30,,Website,Northwind,Home page,yes\n", encoding="utf-8")
    result = run("import", str(path), "--data", str(tmp_path / "new.sqlite3"), home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert "imported 1 time entry (1:30)" in result.stdout and "created 1 client and 1 contract" in result.stdout


# --- invoice ------------------------------------------------------------------------------
@pytest.fixture
def invoices(tmp_path):
    """Three invoices made through the billing services: sent (with PPN and PPh 23), paid, partly paid in USD."""
    from freelance_desk.db.connection import open_database
    from freelance_desk.db.migrations import migrate
    from freelance_desk.services.billing.invoices import TaxData
    from tests.ui import invoice_samples as samples

    path = tmp_path / "invoices.sqlite3"
    migrate(open_database(path))
    samples.seller()
    client, contract = samples.client()
    samples.invoice(client, contract, [7_500_000], taxes=[TaxData("PPN", 1100), TaxData("PPh 23", 200, True)])
    samples.invoice(client, contract, [6_000_000], paid=6_000_000)
    globex, dollars = samples.client("Globex", "USD", "America/New_York")
    samples.invoice(globex, dollars, [125_050], currency="USD", language="en", paper="letter", paid=25_050)
    close_database()
    return path


def test_invoice_list_is_a_table_of_every_invoice_without_qt(invoices, isolated_home):
    result = run("invoice", "--list", "--data", str(invoices), home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert "NO QT, NO MATPLOTLIB" in result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Number", "Client", "Issued", "Due", "on", "State", "Total", "Amount", "due"]
    rows = {line.split()[0]: line for line in lines[2:]}
    assert "<b>Acme</b> & Sons" in rows["INV-2026-0001"]
    assert rows["INV-2026-0001"].split()[-5:] == ["sent", "Rp", "8,325,000", "Rp", "8,175,000"]
    assert rows["INV-2026-0002"].split()[-5:] == ["paid", "Rp", "6,000,000", "Rp", "0"]
    assert rows["INV-2026-0003"].split()[-4:] == ["partly", "paid", "$1,250.50", "$1,000.00"]
    assert rows["INV-2026-0003"].split()[1:4] == ["Globex", "2026-03-20", "2026-04-03"]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) is not installed")
def test_invoice_pdf_and_receipt_are_written_and_never_change_the_file(invoices, tmp_path, isolated_home):
    before = invoices.read_bytes()
    out = tmp_path / "out" / "INV-2026-0001.pdf"
    out.parent.mkdir()
    result = run("invoice", "INV-2026-0001", "--pdf", str(out), "--data", str(invoices), home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert f"Wrote invoice INV-2026-0001 to {out}" in result.stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Rp8.175.000" in text and "Jumlah yang harus dibayar" in text
    receipt = tmp_path / "receipt.pdf"
    result = run("invoice", "INV-2026-0002", "--pdf", str(receipt), "--receipt", "--data", str(invoices),
                 home=isolated_home)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(receipt), "-"], capture_output=True, text=True, check=True).stdout
    assert "Kuitansi" in text and "Rp6.000.000" in text and "e-Meterai Rp10.000" in text
    assert invoices.read_bytes() == before


@pytest.mark.parametrize("args, said", [
    (("NOPE-7", "--pdf", "x.pdf"), "There is no invoice numbered NOPE-7."),
    (("INV-2026-0001", "--pdf", "x.pdf", "--receipt"),
     "Invoice INV-2026-0001 has received no payment: there is nothing to give a receipt for."),
    (("INV-2026-0001",), "--pdf OUT.pdf: where to write invoice INV-2026-0001"),
    ((), "name an invoice (freelance-desk invoice NUMBER --pdf OUT.pdf) or list them (--list)"),
])
def test_invoice_refusals_are_one_line_and_exit_2(invoices, tmp_path, isolated_home, args, said):
    result = run("invoice", *args, "--data", str(invoices), home=isolated_home)
    assert result.returncode == 2
    assert result.stderr.splitlines()[0] == f"freelance-desk: {said}"
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists() and not (ROOT / "x.pdf").exists()
