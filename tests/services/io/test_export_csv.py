"""Tables as CSV: a folder of time entries, payments and milestones for a spreadsheet, every text a
spreadsheet would run as a formula neutralised, the folder left as it was when the export stops."""

from __future__ import annotations

import csv
import stat
from pathlib import Path

import pytest

from freelance_desk.core.errors import DomainError
from freelance_desk.db import models as m
from freelance_desk.db.connection import close_database, db, write
from freelance_desk.services.io import moving_in
from freelance_desk.services.io.export_csv import (
    export_csv,
    spreadsheet_cell,
    write_table,
)
from freelance_desk.services.io.export_json import Filter
from freelance_desk.services.io.lines import Cancelled
from tests.services.io.test_export_json import (
    HOSTILE,
    HOSTILE_NOTE,
    NOW,
    fill_everything,
    new_database,
)

FILES = ["invoices.csv", "milestones.csv", "payments.csv", "time_entries.csv"]


@pytest.fixture
def full(database):
    fill_everything()
    return database


def read(path: Path) -> list[dict[str, str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # a byte-order mark: spreadsheets read UTF-8 then
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("text, written", [
    ("=HYPERLINK(\"http://x\",\"click\")", "'=HYPERLINK(\"http://x\",\"click\")"),
    ("=1+2", "'=1+2"),
    ("+62 812 555", "'+62 812 555"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("\tindented", "'\tindented"),
    ("\rreturn", "'\rreturn"),
    ("-12.50", "-12.50"),  # a plain number stays a number
    ("150000", "150000"),
    ("Logo = done", "Logo = done"),
    ("", ""),
    (None, ""),
    (42, "42"),
])
def test_a_text_a_spreadsheet_would_run_as_a_formula_gets_an_apostrophe(text, written):
    assert spreadsheet_cell(text) == written


def test_a_table_written_for_a_spreadsheet_is_private_and_neutralised(tmp_path):
    out = tmp_path / "income.csv"
    assert write_table(out, ["Client", "Net"], [["=1+2", "-5.00"], ["@SUM(A1)", "7.00"]]) == 2
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert read(out) == [{"Client": "'=1+2", "Net": "-5.00"}, {"Client": "'@SUM(A1)", "Net": "7.00"}]


def test_each_table_is_a_file_of_its_own_with_every_finished_row_and_user_text_literal(full, tmp_path):
    done = export_csv(tmp_path / "tables")
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == FILES
    finished = m.TimeEntry.select().where(m.TimeEntry.end.is_null(False)).count()
    assert {e.path.name: e.rows for e in done} == {
        "time_entries.csv": {"time_entries": finished},
        "payments.csv": {"payments": m.Payment.select().count()},
        "milestones.csv": {"milestones": m.Milestone.select().count()},
        "invoices.csv": {"invoices": m.Invoice.select().count()},
    }
    assert all(stat.S_IMODE(e.path.stat().st_mode) == 0o600 for e in done)
    entries = read(tmp_path / "tables" / "time_entries.csv")
    assert len(entries) == finished and "running" not in {e["note"] for e in entries}  # the timer has no end yet
    hostile = next(e for e in entries if e["client"] == HOSTILE)
    # Started 3 days 5 hours before 2026-03-10 09:30 UTC, for 95 minutes, recorded in Jakarta (UTC+7).
    assert (hostile["date"], hostile["start"], hostile["end"], hostile["length"], hostile["hours"]) == (
        "2026-03-07", "11:30:00", "13:05:00", "1:35:00", "1.58")
    assert (hostile["billable"], hostile["note"], hostile["contract"], hostile["milestone"]) == (
        "no", HOSTILE_NOTE, f"Logo {HOSTILE}", HOSTILE)
    payment = next(p for p in read(tmp_path / "tables" / "payments.csv") if p["note"] == HOSTILE_NOTE)
    assert (payment["gross"], payment["fee"], payment["net"], payment["rate to home currency"]) == (
        "5000000", "275000", "4725000", "0.0000630")
    assert (payment["home currency"], payment["net in home currency"], payment["period start"]) == (
        "USD", "297.67", "2026-02-23")
    milestone = next(r for r in read(tmp_path / "tables" / "milestones.csv") if r["title"] == HOSTILE)
    assert (milestone["amount"], milestone["currency"], milestone["due"], milestone["status"]) == (
        "5000000", "IDR", "2026-04-01", "submitted")
    assert milestone["submitted"][:10] == "2026-03-08" and milestone["approved"] == ""
    invoices = read(tmp_path / "tables" / "invoices.csv")
    assert len(invoices) == m.Invoice.select().count()
    invoice = next(r for r in invoices if r["client"] == HOSTILE)  # 1.58 h at Rp150.000, 2 % withheld, Rp100.000 paid
    assert (invoice["number"], invoice["status"], invoice["currency"]) == (
        m.Invoice.get(m.Invoice.client == m.Client.get(m.Client.name == HOSTILE)).number, "partly_paid", "IDR")
    assert [invoice[k] for k in ("subtotal", "tax", "withheld", "total", "paid", "amount due")] == [
        "237000", "0", "4740", "237000", "100000", "132260"]


def test_a_note_that_looks_like_a_formula_is_written_as_text(full, tmp_path):
    with write():
        entry = m.TimeEntry.select().where(m.TimeEntry.end.is_null(False)).order_by(m.TimeEntry.id).get()
        entry.note = '=HYPERLINK("http://evil.example","click")'
        entry.save()
        m.Client.update(name="@SUM(1+1)").where(m.Client.id == entry.contract.client_id).execute()
    rows = read(export_csv(tmp_path / "tables")[0].path)
    first = next(r for r in rows if r["id"] == str(entry.id))
    assert first["note"] == "'" + entry.note and first["client"] == "'@SUM(1+1)"


def test_the_time_entries_file_comes_back_in_through_the_import(full, tmp_path):
    with write():  # (that import reads a line a row: a note with a line break comes back through JSON only)
        m.TimeEntry.update(note=HOSTILE).where(m.TimeEntry.note == HOSTILE_NOTE).execute()
    export_csv(tmp_path / "tables")
    hours = dict(db.execute_sql('SELECT c.title, SUM(t."end" - t.start) FROM time_entry t JOIN contract c '
                                'ON c.id = t.contract_id WHERE t."end" IS NOT NULL GROUP BY c.title').fetchall())
    close_database()
    new_database(tmp_path / "new.sqlite3")
    fmt, parsed = moving_in.read_source(tmp_path / "tables" / "time_entries.csv")
    assert fmt.name == "csv"
    moving_in.import_parsed(fmt, parsed, moving_in.Choices(zone="Asia/Jakarta"), NOW)
    assert dict(db.execute_sql('SELECT c.title, SUM(t."end" - t.start) FROM time_entry t JOIN contract c '
                               'ON c.id = t.contract_id GROUP BY c.title').fetchall()) == hours


def test_a_client_and_a_period_keep_only_their_rows(full, tmp_path):
    export_csv(tmp_path / "tables", Filter(client=HOSTILE.upper().lower()))
    entries = read(tmp_path / "tables" / "time_entries.csv")
    assert [e["client"] for e in entries] == [HOSTILE]
    assert [p["client"] for p in read(tmp_path / "tables" / "payments.csv")] == [HOSTILE, HOSTILE]
    assert [i["client"] for i in read(tmp_path / "tables" / "invoices.csv")] == [HOSTILE]
    export_csv(tmp_path / "march", Filter(start=NOW.date().replace(day=8)))
    assert all(e["date"] >= "2026-03-08" for e in read(tmp_path / "march" / "time_entries.csv"))
    assert all(p["date"] >= "2026-03-08" for p in read(tmp_path / "march" / "payments.csv"))
    with pytest.raises(DomainError, match="No client is called"):
        export_csv(tmp_path / "nobody", Filter(client="Nobody"))
    title = f"Logo {HOSTILE}"
    export_csv(tmp_path / "one", Filter(contract=title))
    assert {e["contract"] for e in read(tmp_path / "one" / "time_entries.csv")} == {title}
    assert {p["contract"] for p in read(tmp_path / "one" / "payments.csv")} == {title}
    assert [i["client"] for i in read(tmp_path / "one" / "invoices.csv")] == [HOSTILE]


def test_a_cancelled_export_leaves_the_folder_as_it_was(full, tmp_path):
    folder = tmp_path / "tables"
    folder.mkdir()
    (folder / "payments.csv").write_text("last week's", encoding="utf-8")
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 1  # after the first table's first rows

    with pytest.raises(Cancelled):
        export_csv(folder, cancelled=cancelled)
    assert sorted(p.name for p in folder.iterdir()) == ["payments.csv"]
    assert (folder / "payments.csv").read_text(encoding="utf-8") == "last week's"


def test_a_file_where_the_folder_should_be_is_said(full, tmp_path):
    taken = tmp_path / "taken"
    taken.write_text("mine", encoding="utf-8")
    with pytest.raises(DomainError, match="is a file; name the folder"):
        export_csv(taken)
    with pytest.raises(DomainError, match="There is no folder"):
        export_csv(tmp_path / "missing" / "tables")
    assert taken.read_text(encoding="utf-8") == "mine"


def test_an_entry_across_a_clock_change_ends_on_the_clock_of_its_end(full, tmp_path):
    from datetime import UTC, datetime

    contract = m.Contract.select().order_by(m.Contract.id).get()
    with write():
        # New York moved its clocks from 2:00 to 3:00 on 8 March 2026 (07:00 UTC): 00:30 EST to 04:30 EDT.
        across = m.TimeEntry.create(contract=contract, start=datetime(2026, 3, 8, 5, 30, tzinfo=UTC),
                                    end=datetime(2026, 3, 8, 8, 30, tzinfo=UTC), timezone="America/New_York",
                                    utc_offset_minutes=-300, note="across the change")
        # A zone this machine does not know: its recorded offset, at both ends.
        unknown = m.TimeEntry.create(contract=contract, start=datetime(2026, 2, 1, 22, tzinfo=UTC),
                                     end=datetime(2026, 2, 1, 23, 15, tzinfo=UTC), timezone="Mars/Olympus_Mons",
                                     utc_offset_minutes=120, note="elsewhere")
    rows = {r["id"]: r for r in read(export_csv(tmp_path / "tables")[0].path)}
    first, second = rows[str(across.id)], rows[str(unknown.id)]
    assert (first["date"], first["start"], first["end"], first["length"], first["hours"]) == (
        "2026-03-08", "00:30:00", "04:30:00", "3:00:00", "3.00")
    assert (second["date"], second["start"], second["end"], second["length"], second["timezone"]) == (
        "2026-02-02", "00:00:00", "01:15:00", "1:15:00", "Mars/Olympus_Mons")
