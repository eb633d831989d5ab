"""Everything as JSON: the export, and reading it back (restored whole into an empty database, or its time
and payments added to one with data); a broken or newer file refused whole, by line and field."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from freelance_desk.core.errors import DomainError
from freelance_desk.db import daily_time
from freelance_desk.db import models as m
from freelance_desk.db.connection import close_database, db, open_database, write
from freelance_desk.db.migrations import migrate
from freelance_desk.demo import fill_demo
from freelance_desk.services.billing import invoices
from freelance_desk.services.io import json_tables, moving_in, restore_json
from freelance_desk.services.io.export_json import Filter, export_json
from freelance_desk.services.io.lines import Cancelled, ImportFailed
from freelance_desk.services.io.sources import registry

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
STAMP = datetime(2026, 3, 11, 8, 0, tzinfo=UTC)
HOSTILE = 'Ayu "Q" <img src=x onerror=alert(1)> 🚀 שלום مرحبا \\ back'
HOSTILE_NOTE = 'line one\nline two\t<b>bold</b> & "quoted" 🎉 ١٢٣'


def fill_everything(now: datetime = NOW) -> None:
    """The demo, and a row of every table with hostile text: quotes, markup, emoji, right-to-left scripts, a
    line break and a tab; a running timer, an archived client, a payment in another currency with its rate."""
    fill_demo(now)
    with write():
        platform = m.Platform.create(name=f"Gigs {HOSTILE}", fee_bps=550, review_days=None, connect_price_minor=12,
                                     connect_currency="EUR", archived=True)
        client = m.Client.create(name=HOSTILE, company="PT “Sinar” <b>", email="ayu@example.id", platform=platform,
                                 timezone="Asia/Jakarta", currency="IDR", notes=HOSTILE_NOTE,
                                 archived_at=now - timedelta(days=1), created_at=now - timedelta(days=90))
        contract = m.Contract.create(client=client, platform=platform, title=f"Logo {HOSTILE}", kind="hourly",
                                     status="paused", currency="IDR", rate_minor=150_000, weekly_limit_minutes=600,
                                     fee_bps=550, start_date=date(2026, 1, 5), notes=HOSTILE_NOTE,
                                     created_at=now - timedelta(days=60), last_used_at=now - timedelta(hours=3))
        milestone = m.Milestone.create(contract=contract, position=2, title=HOSTILE, description=HOSTILE_NOTE,
                                       amount_minor=5_000_000, due_date=date(2026, 4, 1), status="submitted",
                                       funded_at=now - timedelta(days=9), submitted_at=now - timedelta(days=2),
                                       created_at=now - timedelta(days=10))
        start = now - timedelta(days=3, hours=5)
        m.TimeEntry.create(contract=contract, milestone=milestone, start=start, end=start + timedelta(minutes=95),
                           timezone="Asia/Jakarta", utc_offset_minutes=420, note=HOSTILE_NOTE, billable=False,
                           source="import", import_source="toggl", import_key="row-1 \"x\"")
        m.TimeEntry.create(contract=contract, start=now - timedelta(minutes=20), end=None, timezone="Asia/Jakarta",
                           utc_offset_minutes=420, note="running", source="timer")
        m.Payment.create(contract=contract, milestone=milestone, received_on=date(2026, 3, 2), kind="milestone",
                         gross_minor=5_000_000, fee_minor=275_000, net_minor=4_725_000, currency="IDR",
                         rate="0.0000630", home_currency="USD", gross_home_minor=31_500, fee_home_minor=1_733,
                         net_home_minor=29_767, period_start=date(2026, 2, 23), period_end=date(2026, 3, 1),
                         note=HOSTILE_NOTE, created_at=now - timedelta(days=8), import_source="upwork",
                         import_key="T-1")
        m.Proposal.create(platform=platform, job_title=HOSTILE, client=client, client_name=HOSTILE,
                          sent_on=date(2026, 1, 2), connects=6, connects_refunded=2, connect_price_minor=15,
                          connect_currency="USD", bid_minor=700_000, currency="IDR", status="hired",
                          answered_on=date(2026, 1, 4), contract=contract, notes=HOSTILE_NOTE,
                          created_at=now - timedelta(days=67))
        m.ServiceTemplate.create(title=HOSTILE, platform=platform, kind="fixed", price_minor=4_500, currency="EUR",
                                 delivery_days=5, milestone_split="Concepts | 30\nFinal | 70", notes=HOSTILE_NOTE)
        m.ConnectsPurchase.create(platform=platform, bought_on=date(2026, 2, 1), connects=80, cost_minor=1_200,
                                  currency="USD", note=HOSTILE_NOTE, import_source="upwork", import_key="C-9")
        m.ImportMapping.create(source="toggl", name=f"{HOSTILE}\x1fproject", contract=contract)
        m.ConnectsGrant.create(platform=platform, kind="opening", starts_on=date(2026, 1, 1), connects=40,
                               note=HOSTILE_NOTE, created_at=now - timedelta(days=70))
        m.ConnectsGrant.create(platform=platform, kind="monthly", starts_on=date(2026, 2, 1), connects=10,
                               created_at=now - timedelta(days=40))
        m.Setting.update(value="08:30-16:30").where(m.Setting.key == "working_hours").execute()
        entry = m.TimeEntry.get(m.TimeEntry.contract == contract, m.TimeEntry.end.is_null(False))
    # An invoice of the hostile client: a line billing its entry, a tax withheld, a payment recorded against it.
    made = invoices.create_invoice(invoices.InvoiceData(
        client.id, date(2026, 3, 3), date(2026, 3, 17), "IDR",
        [invoices.LineData(HOSTILE_NOTE, Decimal("1.58"), 150_000, contract.id, "hour", entry_ids=(entry.id,))],
        [invoices.TaxData(f"PPh 23 {HOSTILE}", 200, withheld=True)], language="id", notes=HOSTILE_NOTE), now)
    invoices.mark_sent(made.invoice_id, now)
    invoices.record_invoice_payment(made.invoice_id, date(2026, 3, 5), 100_000, rate=Decimal("0.0000630"), now=now)


@pytest.fixture
def full(database):
    fill_everything()
    return database


def new_database(path: Path):
    close_database()
    database = open_database(path)
    migrate(database)
    return database


def restore_into_new(source: Path, tmp_path: Path, name: str = "restored.sqlite3"):
    new_database(tmp_path / name)
    fmt, parsed = moving_in.read_source(source)
    return moving_in.import_parsed(fmt, parsed, moving_in.Choices(zone="UTC"), NOW)


def counts() -> dict[str, int]:
    return {t.key: db.execute_sql(f"SELECT COUNT(*) FROM {t.table}").fetchone()[0] for t in json_tables.TABLES}


def summary_rows() -> list[tuple]:
    return db.execute_sql("SELECT day, contract_id, seconds, billable_seconds, entries, billable_entries "
                          "FROM daily_time ORDER BY day, contract_id").fetchall()


# --- the file --------------------------------------------------------------------------------


def test_every_table_of_the_users_data_and_every_field_is_in_the_schema():
    models = {model._meta.table_name: model for model in m.ALL_MODELS}
    described = {t.table: t for t in json_tables.TABLES}
    assert set(models) - {"setting"} - set(json_tables.DERIVED) == set(described)
    for name, table in described.items():
        columns = [field.column_name for field in models[name]._meta.sorted_fields]
        assert list(table.names) == columns, f"{name}: a field was added; bump json_tables.SCHEMA and describe it"


def test_the_file_has_its_header_every_table_and_the_values_in_their_documented_kinds(full, tmp_path):
    out = tmp_path / "all.json"
    done = export_json(out, STAMP)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert list(data) == ["format", "schema", "exported_at", "filter", "settings",
                          *(t.key for t in json_tables.TABLES)]
    assert (data["format"], data["schema"], data["exported_at"], data["filter"]) == (
        "freelance-desk", 3, "2026-03-11T08:00:00Z", None)
    assert data["settings"]["working_hours"] == "08:30-16:30"
    assert {key: len(data[key]) for key in done.rows} == done.rows == counts()
    for table in json_tables.TABLES:
        ids = [row["id"] for row in data[table.key]]
        assert ids == sorted(ids) and len(set(ids)) == len(ids)
    client = next(c for c in data["clients"] if c["name"] == HOSTILE)  # written literally
    assert client["notes"] == HOSTILE_NOTE and client["archived_at"] == "2026-03-09T09:30:00Z"
    payment = next(p for p in data["payments"] if p["import_key"] == "T-1")
    assert (payment["gross_minor"], payment["fee_minor"], payment["rate"], payment["received_on"]) == (
        5_000_000, 275_000, "0.0000630", "2026-03-02")
    running = [e for e in data["time_entries"] if e["end"] is None]
    assert len(running) == 1 and running[0]["start"] == "2026-03-10T09:10:00Z"
    assert data["gigs"][-1]["milestone_split"] == "Concepts | 30\nFinal | 70"
    assert "🚀" in out.read_text(encoding="utf-8")  # UTF-8, not \\u escapes
    assert os.stat(out).st_mode & 0o777 == 0o600


def test_the_same_data_gives_the_same_bytes_and_only_the_moment_differs(full, tmp_path):
    export_json(tmp_path / "a.json", STAMP)
    export_json(tmp_path / "b.json", STAMP)
    export_json(tmp_path / "c.json", STAMP + timedelta(hours=1))
    a, b, c = ((tmp_path / f"{n}.json").read_text(encoding="utf-8").splitlines() for n in "abc")
    assert a == b
    assert [i for i, (x, y) in enumerate(zip(a, c, strict=True)) if x != y] == [3]  # "exported_at"


# --- back again --------------------------------------------------------------------------------


def test_exported_restored_into_an_empty_file_and_exported_again_is_byte_identical(full, tmp_path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    export_json(first, STAMP)
    before = counts()
    imported = restore_into_new(first, tmp_path)
    assert imported.restored is not None and imported.summary.entries == before["time_entries"]
    assert counts() == before
    export_json(second, STAMP)
    assert first.read_bytes() == second.read_bytes()
    kept = summary_rows()
    with write():
        daily_time.rebuild(db)
    assert summary_rows() == kept and kept  # the day summary is exactly what a rebuild makes
    running = m.TimeEntry.get(m.TimeEntry.end.is_null())
    assert running.note == "running"
    assert m.Client.get(m.Client.name == HOSTILE).notes == HOSTILE_NOTE


def test_a_restore_is_undone_to_an_empty_file_and_redone_the_same(full, tmp_path):
    first, again = tmp_path / "first.json", tmp_path / "again.json"
    export_json(first, STAMP)
    new_database(tmp_path / "restored.sqlite3")
    defaults = (list(m.Platform.select().order_by(m.Platform.id).tuples()),
                list(m.Setting.select().order_by(m.Setting.key).tuples()))
    fmt, parsed = moving_in.read_source(first)
    imported = moving_in.import_parsed(fmt, parsed, moving_in.Choices(zone="UTC"), NOW)
    assert m.Setting.get(m.Setting.key == "working_hours").value == "08:30-16:30"
    moving_in.remove_imported(imported)
    assert restore_json.is_empty() and m.DailyTime.select().count() == 0
    assert (list(m.Platform.select().order_by(m.Platform.id).tuples()),
            list(m.Setting.select().order_by(m.Setting.key).tuples())) == defaults  # the new file's, as they were
    moving_in.restore_imported(imported)
    export_json(again, STAMP)
    assert again.read_bytes() == first.read_bytes()


def test_undo_of_a_restore_is_refused_once_something_was_added(full, tmp_path):
    export_json(tmp_path / "first.json", STAMP)
    imported = restore_into_new(tmp_path / "first.json", tmp_path)
    m.Client.create(name="Added after", created_at=NOW)
    with pytest.raises(Exception, match="cannot be undone"):
        moving_in.remove_imported(imported)
    assert m.Client.select().count() == counts()["clients"] and m.TimeEntry.select().count() > 400


def test_a_dry_run_of_a_restore_writes_nothing(full, tmp_path):
    export_json(tmp_path / "first.json", STAMP)
    new_database(tmp_path / "dry.sqlite3")
    fmt, parsed = moving_in.read_source(tmp_path / "first.json")
    dry = moving_in.import_parsed(fmt, parsed, moving_in.Choices(zone="UTC"), NOW, dry_run=True)
    assert dry.restored is not None and dry.summary.clients == 7
    assert restore_json.is_empty()


def test_a_file_changed_after_it_was_read_is_not_restored(full, tmp_path):
    path = tmp_path / "first.json"
    export_json(path, STAMP)
    new_database(tmp_path / "changed.sqlite3")
    fmt, parsed = moving_in.read_source(path)
    path.write_text(path.read_text(encoding="utf-8").replace('"Small business website"', '"Another title"'),
                    encoding="utf-8")
    with pytest.raises(Exception, match="changed since it was read"):
        moving_in.import_parsed(fmt, parsed, moving_in.Choices(zone="UTC"), NOW)
    assert restore_json.is_empty()


def test_into_a_database_with_data_its_time_and_payments_are_added_once(full, tmp_path):
    path = tmp_path / "all.json"
    export_json(path, STAMP)
    entries = m.TimeEntry.select().where(m.TimeEntry.end.is_null(False), m.TimeEntry.end > m.TimeEntry.start).count()
    payments = m.Payment.select().count()
    fmt, parsed = moving_in.read_source(path)
    again = moving_in.import_parsed(fmt, parsed, moving_in.Choices(zone="UTC"), NOW)  # the file's own database
    assert (again.restored, again.summary.entries, again.summary.payments) == (None, 0, 0)
    assert again.summary.duplicates == entries + payments

    new_database(tmp_path / "other.sqlite3")
    with write():
        m.Client.create(name="Kept client", created_at=NOW)
    added = moving_in.import_parsed(fmt, parsed, moving_in.Choices(zone="Asia/Jakarta"), NOW)
    assert (added.restored, added.summary.entries, added.summary.payments) == (None, entries, payments)
    hostile = m.Contract.get(m.Contract.title == f"Logo {HOSTILE}")
    assert hostile.client.name == HOSTILE
    paid = m.Payment.get(m.Payment.contract == hostile)
    assert (paid.gross_minor, paid.fee_minor, paid.rate, paid.kind) == (5_000_000, 275_000, Decimal("0.0000630"), "milestone")
    twice = moving_in.import_parsed(fmt, parsed, moving_in.Choices(zone="Asia/Jakarta"), NOW)
    assert (twice.summary.entries, twice.summary.payments) == (0, 0)
    assert m.Proposal.select().count() == 0  # only time and payments come into a database with data


def test_the_filters_keep_what_they_say_and_every_reference_holds(full, tmp_path):
    path = tmp_path / "part.json"
    done = export_json(path, STAMP, Filter(date(2026, 3, 1), date(2026, 3, 7), HOSTILE.upper().lower()))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["filter"] == {"from": "2026-03-01", "to": "2026-03-07", "client": HOSTILE.upper().lower(),
                              "contract": None}
    assert [c["name"] for c in data["clients"]] == [HOSTILE]
    assert {c["client_id"] for c in data["contracts"]} == {data["clients"][0]["id"]}
    assert [e["note"] for e in data["time_entries"]] == [HOSTILE_NOTE]  # the running timer of the 10th is outside
    assert [p["received_on"] for p in data["payments"]] == ["2026-03-02", "2026-03-05"]
    assert data["proposals"] == []  # sent in January
    assert len(data["gigs"]) == m.ServiceTemplate.select().count()  # not a client's: whole
    assert done.rows["import_mappings"] == 1
    hostile = m.Invoice.get(m.Invoice.client == m.Client.get(m.Client.name == HOSTILE))
    assert [i["number"] for i in data["invoices"]] == [hostile.number]  # issued on the 3rd
    assert [len(data[k]) for k in ("invoice_lines", "invoice_taxes", "invoiced_time", "invoice_payments")] == [
        1, 1, 1, 1]
    restore_into_new(path, tmp_path)  # what it holds is whole: it restores
    assert m.Client.select().count() == 1 and m.TimeEntry.select().count() == 1
    assert m.InvoicedTime.select().count() == 1 and m.InvoicePayment.select().count() == 1


def test_a_filter_leaves_out_an_invoice_outside_it_and_the_links_to_what_it_leaves_out(full, tmp_path):
    path = tmp_path / "part.json"
    export_json(path, STAMP, Filter(date(2026, 3, 4), date(2026, 3, 31)))  # after the invoice, before its payment
    data = json.loads(path.read_text(encoding="utf-8"))
    hostile = m.Invoice.get(m.Invoice.client == m.Client.get(m.Client.name == HOSTILE))
    kept = {i["id"] for i in data["invoices"]}
    assert hostile.id not in kept and all(i["issued_on"] >= "2026-03-04" for i in data["invoices"])
    assert all(row["invoice_id"] in kept for key in ("invoice_lines", "invoice_taxes", "invoice_payments")
               for row in data[key])
    assert hostile.id not in {row["invoice_id"] for row in data["invoice_payments"]}
    assert any(p["received_on"] == "2026-03-05" for p in data["payments"])  # its payment, without the link
    restore_into_new(path, tmp_path)  # every reference holds


def test_a_contract_keeps_its_own_rows_and_the_invoices_that_bill_it(full, tmp_path):
    path = tmp_path / "one.json"
    title = f"Logo {HOSTILE}"
    export_json(path, STAMP, Filter(contract=title.upper().lower()))
    data = json.loads(path.read_text(encoding="utf-8"))
    hostile = m.Contract.get(m.Contract.title == title)
    assert [c["id"] for c in data["contracts"]] == [hostile.id]
    assert [c["id"] for c in data["clients"]] == [hostile.client_id]
    assert {e["contract_id"] for e in data["time_entries"]} == {hostile.id}
    assert {p["contract_id"] for p in data["payments"]} == {hostile.id}
    assert [i["client_id"] for i in data["invoices"]] == [hostile.client_id]
    assert data["filter"]["contract"] == title.upper().lower()
    other = m.Client.select().where(m.Client.id != hostile.client_id).first().name  # not that contract's client
    with pytest.raises(DomainError, match="No contract is called"):
        export_json(tmp_path / "none.json", STAMP, Filter(client=other, contract=title))
    restore_into_new(path, tmp_path)  # whole: every reference holds


def test_a_schema_1_file_without_invoices_still_restores(full, tmp_path):
    path = tmp_path / "all.json"
    export_json(path, STAMP)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["schema"] = 1
    for key in ("invoices", "invoice_lines", "invoice_taxes", "invoiced_time", "invoice_payments", "connects_grants"):
        del data[key]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    done = restore_into_new(old, tmp_path)
    assert done.restored is not None
    assert m.Invoice.select().count() == 0 and m.Payment.select().count() == len(data["payments"])
    data["invoices"] = []  # a part schema 1 never had is refused, not read
    old.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    new_database(tmp_path / "again.sqlite3")
    with pytest.raises(ImportFailed) as refused:
        moving_in.read_source(old)
    assert "“invoices” is not part of a schema 1 export" in refused.value.problems[0].error.text()


def test_a_schema_2_file_without_connects_grants_still_restores(full, tmp_path):
    path = tmp_path / "all.json"
    export_json(path, STAMP)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert HOSTILE_NOTE in [g["note"] for g in data["connects_grants"]]
    data["schema"] = 2
    del data["connects_grants"]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    done = restore_into_new(old, tmp_path)
    assert done.restored is not None
    assert m.ConnectsGrant.select().count() == 0 and m.Invoice.select().count() == len(data["invoices"]) > 0
    data["connects_grants"] = []  # a part schema 2 never had is refused, not read
    old.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    new_database(tmp_path / "again.sqlite3")
    with pytest.raises(ImportFailed) as refused:
        moving_in.read_source(old)
    assert "“connects_grants” is not part of a schema 2 export" in refused.value.problems[0].error.text()


def test_a_client_nobody_is_called_is_said(full, tmp_path):
    with pytest.raises(Exception, match="No client is called"):
        export_json(tmp_path / "x.json", STAMP, Filter(client="Nobody"))
    assert list(tmp_path.glob("*.json")) == []


def test_the_export_reads_each_table_a_cursors_worth_at_a_time(full, tmp_path, monkeypatch):
    from freelance_desk.services.io import export_json as module

    monkeypatch.setattr(module, "FETCH", 7)  # many fetches: rows joined across them as in one
    export_json(tmp_path / "small.json", STAMP)
    monkeypatch.setattr(module, "FETCH", 100_000)
    export_json(tmp_path / "big.json", STAMP)
    assert (tmp_path / "small.json").read_bytes() == (tmp_path / "big.json").read_bytes()


@pytest.mark.parametrize("when", ["at once", "at the end"])
def test_a_cancelled_export_leaves_no_file_and_the_old_one_as_it_was(full, tmp_path, when):
    out = tmp_path / "out" / "everything.json"
    out.parent.mkdir()
    out.write_text("the export of last week", encoding="utf-8")
    calls = []

    def cancelled():
        calls.append(1)
        return when == "at once" or len(calls) > 1

    with pytest.raises(Cancelled):
        export_json(out, STAMP, progress=lambda done, total: calls.append(0), cancelled=cancelled)
    assert sorted(p.name for p in out.parent.iterdir()) == ["everything.json"]
    assert out.read_text(encoding="utf-8") == "the export of last week"


def test_a_failed_export_leaves_no_part_file(full, tmp_path, monkeypatch):
    from freelance_desk.services.io import export_json as module

    def full_disk(stream, *args):
        stream.write("{\n")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(module, "_write", full_disk)
    with pytest.raises(OSError):
        export_json(tmp_path / "everything.json", STAMP)
    assert [p.name for p in tmp_path.iterdir() if "everything" in p.name] == []


# --- refused whole -------------------------------------------------------------------------------


@pytest.fixture
def exported(full, tmp_path) -> Path:
    path = tmp_path / "all.json"
    export_json(path, STAMP)
    new_database(tmp_path / "empty.sqlite3")
    return path


def line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def edit(path: Path, old: str, new: str, count: int = 1) -> int:
    """``old`` replaced (its first ``count``) and the line it was on."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return line


def refused(path: Path) -> ImportFailed:
    with pytest.raises(ImportFailed) as caught:
        moving_in.read_source(path)
    assert restore_json.is_empty()
    return caught.value


def test_a_newer_schema_is_refused_whole_saying_so(exported):
    line = edit(exported, '"schema": 3,', '"schema": 4,')
    error = refused(exported)
    assert [p.line for p in error.problems] == [line]
    assert "newer version of Freelance Desk (schema 4; this version reads schema 3)" in error.text()


@pytest.mark.parametrize(("old", "new", "said"), [
    ('"gross_minor": 5000000', '"gross_minor": "50000.00"', "“gross_minor” should be a whole number"),
    ('"received_on": "2026-03-02"', '"received_on": "2026-02-30"', "“received_on” should be a day"),
    ('"start": "2026-03-07T04:30:00Z"', '"start": "2026-03-07T04:30:00"', "“start” should be an instant in UTC"),
    ('"status": "paused"', '"status": "on hold"', "“status” is “on hold”; it is one of draft, active"),
    ('"currency": "IDR", "notes"', '"currency": "rupiah", "notes"', "“currency” should be a currency code"),
    ('"billable": false', '"billable": 0', "“billable” should be true or false"),
    ('"archived": true}', '"archived": true, "colour": "red"}', "“colour” is not a field of “platforms”"),
    ('"utc_offset_minutes": 420, ', '', "The row has no “utc_offset_minutes”"),
    ('"rate": "0.0000630"', '"rate": "-1"', "“rate” should be a number above zero"),
    (f'"name": {json.dumps(HOSTILE, ensure_ascii=False)}', '"name": "Ayu\\u202eusbd"',
     "“name” holds a control character or a hidden direction character"),
])
def test_a_wrong_value_is_refused_by_its_line_and_field(exported, old, new, said):
    line = edit(exported, old, new)
    error = refused(exported)
    assert line in [p.line for p in error.problems]
    assert said in error.text()


def test_a_reference_to_a_row_the_file_does_not_hold_is_refused(exported):
    data = json.loads(exported.read_text(encoding="utf-8"))
    last = data["contracts"][-1]["id"]
    line = edit(exported, f'"contract_id": {last}, "milestone_id": null, "start": "2026-03-10',
                f'"contract_id": {last + 50}, "milestone_id": null, "start": "2026-03-10')
    error = refused(exported)
    assert [p.line for p in error.problems] == [line]
    assert f"“contract_id” is {last + 50}, and no row of “contracts” above has that id" in error.text()


def test_a_second_running_timer_is_refused(exported):
    edit(exported, '"end": "2026-03-07T06:05:00Z"', '"end": null')  # beside the timer running on the 10th
    error = refused(exported)
    assert [p.line for p in error.problems] == [line_of(exported, '"note": "running"')]
    assert "second running timer" in error.text()


def test_rows_out_of_order_are_refused(exported):
    lines = exported.read_text(encoding="utf-8").splitlines()
    first = line_of(exported, '"time_entries": [') + 1  # the first entry's line (numbered from 1)
    lines[first - 1], lines[first] = lines[first].rstrip(",") + ",", lines[first - 1]
    exported.write_text("\n".join(lines) + "\n", encoding="utf-8")
    error = refused(exported)
    assert [p.line for p in error.problems] == [first + 1]
    assert "are in the order of their ids: 1 comes after 2" in error.text()


def test_a_file_cut_short_or_not_utf8_or_not_ours_is_refused_with_its_line(exported):
    text = exported.read_bytes()
    exported.write_bytes(text[: len(text) // 2])
    assert "cut short" in refused(exported).text()
    exported.write_bytes(text.replace("🚀".encode(), b"\xff", 1))
    error = refused(exported)
    assert "not UTF-8" in error.text() and error.problems[0].line == text[: text.index("🚀".encode())].count(b"\n") + 1
    exported.write_text('{"schema": 1, "format": "freelance-desk"}', encoding="utf-8")
    assert "one starts with “format”" in refused(exported).text()


def test_a_restore_refuses_the_lines_of_many_problems_counting_the_rest(exported):
    edit(exported, '"billable": true', '"billable": "yes"', count=-1)
    error = refused(exported)
    assert len(error.problems) == 5 and error.more > 100


def test_the_export_is_detected_by_its_header(exported):
    assert registry.detect(exported).name == "json"
    moved = exported.with_name("reordered.json")
    moved.write_text('{"schema": 1, "format": "freelance-desk", "settings": {}}', encoding="utf-8")
    assert registry.detect(moved).name == "json"  # and read refuses it, saying why (above)
