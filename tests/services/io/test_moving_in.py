"""Bringing another tool's history in: the plan (whose rows, zone, layout, duplicates) and the write."""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from freelance_desk.core.errors import DomainError
from freelance_desk.db.models import (
    Client,
    ConnectsPurchase,
    Contract,
    ImportMapping,
    Payment,
    TimeEntry,
)
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import ContractData, create_contract
from freelance_desk.services.io import moving_in as mi
from freelance_desk.services.io.lines import Cancelled, ImportFailed
from freelance_desk.services.io.sources.base import (
    CONNECTS,
    FEE,
    PAYMENT,
    TIME,
    Format,
    Parsed,
    SourceEntry,
    SourcePayment,
)
from freelance_desk.services.time import tracking
from tests.conftest import BACKEND, SERVER_URL
from tests.db.test_schema import assert_matches_rebuild

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
JAKARTA = "Asia/Jakarta"  # UTC+7, no DST
NEW_YORK = "America/New_York"
NINE = time(9, 0)


def fake(name: str = "toggl") -> Format:
    return Format(name, name, TIME, lambda sample: 0, lambda path, options: Parsed(name))


def entry(line, day, start, seconds, project="Website", client="Northwind", **more) -> SourceEntry:
    when = None if start is None else datetime.combine(day, start)
    return SourceEntry(line, more.pop("key", f"k{line}"), day, when, seconds, project, client, **more)


def parsed(*rows, name="toggl", payments=()) -> Parsed:
    return Parsed(name, entries=list(rows), payments=list(payments))


def run(rows, zone=JAKARTA, fmt=None, **choices) -> mi.Imported:
    fmt = fmt or fake()
    return mi.import_parsed(fmt, rows, mi.Choices(zone=zone, **{"workday_start": NINE} | choices), NOW)


def spans(zone=JAKARTA):
    """Every entry as (local start, local end, note), by start."""
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(zone)
    return [(e.start.astimezone(tz).strftime("%m-%d %H:%M"), e.end.astimezone(tz).strftime("%m-%d %H:%M"), e.note)
            for e in TimeEntry.select().order_by(TimeEntry.start)]


D = date(2026, 3, 2)


def test_entries_that_overlap_are_laid_out_back_to_back_from_the_working_day_keeping_their_length(database):
    rows = parsed(
        entry(2, D, time(9), 3600, note="first"),
        entry(3, D, time(9), 1800, note="typed, start left at 9"),
        entry(4, D, time(9), 5400, note="another"),
        entry(5, D, time(14), 600, note="alone"),
    )
    imported = run(rows)
    assert spans() == [
        ("03-02 09:00", "03-02 10:00", "first"),
        ("03-02 10:00", "03-02 10:30", "typed, start left at 9"),
        ("03-02 10:30", "03-02 12:00", "another"),
        ("03-02 14:00", "03-02 14:10", "alone"),
    ]
    assert (imported.summary.overlapping, imported.summary.untimed, imported.summary.entries) == (2, 0, 4)
    assert imported.summary.seconds == 3600 + 1800 + 5400 + 600
    assert_matches_rebuild(database)


def test_entries_without_a_clock_time_fill_the_gaps_of_their_day_around_kept_entries(database):
    client = create_client(ClientData("Northwind"), now=NOW)
    contract = create_contract(ContractData(client.id, "Website", kind="hourly", rate_minor=5000), now=NOW)
    kept_start = datetime(2026, 3, 2, 9, 30, tzinfo=UTC) - timedelta(hours=7)
    tracking.add_entry(tracking.EntryData(contract.id, kept_start, kept_start + timedelta(hours=1), zone=JAKARTA), NOW)
    rows = parsed(entry(2, D, None, 1200, note="a"), entry(3, D, None, 7200, note="b"))
    imported = run(rows)
    assert spans()[0][:2] == ("03-02 09:00", "03-02 09:20")  # fits before the kept 09:30
    assert spans()[1][2] == ""  # the kept entry
    assert spans()[2][:2] == ("03-02 10:30", "03-02 12:30")
    assert imported.summary.untimed == 2
    assert imported.summary.contracts == 0  # same title and client: the kept contract
    assert {e.contract_id for e in TimeEntry.select()} == {contract.id}


def test_days_of_entries_without_clock_times_go_back_to_back_in_file_order_and_a_long_day_wraps_to_midnight(database):
    rows = parsed(
        entry(2, D, None, 1800, note="first of the 2nd"),
        entry(3, D + timedelta(1), None, 10 * 3600, note="ten hours"),
        entry(4, D, None, 3600, note="second of the 2nd"),
        entry(5, D + timedelta(1), None, 6 * 3600, note="six more: past midnight from 19:00"),
    )
    imported = run(rows)
    assert spans() == [
        ("03-02 09:00", "03-02 09:30", "first of the 2nd"),
        ("03-02 09:30", "03-02 10:30", "second of the 2nd"),
        ("03-03 00:00", "03-03 06:00", "six more: past midnight from 19:00"),
        ("03-03 09:00", "03-03 19:00", "ten hours"),
    ]
    assert (imported.summary.untimed, imported.summary.entries) == (4, 4)
    assert_matches_rebuild(database)


def test_a_working_day_that_starts_in_the_hour_the_clocks_skip_starts_that_much_later(database):
    skipped = date(2018, 11, 4)  # São Paulo's clocks went from 00:00 to 01:00: there was no 00:30 that day
    run(parsed(entry(2, skipped, None, 1800, note="a"), entry(3, skipped, None, 600, note="b")),
        zone="America/Sao_Paulo", workday_start=time(0, 30))
    assert spans("America/Sao_Paulo") == [("11-04 01:30", "11-04 02:00", "a"), ("11-04 02:00", "11-04 02:10", "b")]
    assert_matches_rebuild(database)


def test_a_day_of_more_than_24_hours_is_refused_naming_its_first_line_and_nothing_is_written(database):
    rows = parsed(entry(2, D, None, 13 * 3600), entry(3, D, None, 12 * 3600), entry(4, D + timedelta(1), None, 600))
    with pytest.raises(ImportFailed) as caught:
        run(rows)
    assert caught.value.lines == [2]
    assert "25:00" in caught.value.text()
    assert TimeEntry.select().count() == 0 and Contract.select().count() == 0 and Client.select().count() == 0


def test_an_entry_over_24_hours_and_one_ending_in_the_future_are_refused_by_line(database):
    rows = parsed(entry(2, D, time(8), 25 * 3600), entry(3, date(2026, 3, 20), time(19), 3600), entry(4, D, None, 60))
    with pytest.raises(ImportFailed) as caught:
        run(rows)
    assert caught.value.lines == [2, 3]
    assert TimeEntry.select().count() == 0


def test_importing_the_same_rows_again_adds_nothing_and_a_later_export_adds_only_the_new_ones(database):
    first = parsed(entry(2, D, time(9), 3600), entry(3, D, time(11), 3600))
    run(first)
    again = run(parsed(entry(2, D, time(9), 3600), entry(3, D, time(11), 3600)))
    assert again.summary.entries == 0 and again.summary.duplicates == 2
    later = run(parsed(entry(2, D, time(9), 3600), entry(3, D, time(11), 3600),
                       entry(4, D + timedelta(1), time(9), 1800)))
    assert (later.summary.entries, later.summary.duplicates) == (1, 2)
    assert TimeEntry.select().count() == 3
    other_tool = run(parsed(entry(2, D + timedelta(2), time(9), 60), name="clockify"), fmt=fake("clockify"))
    assert other_tool.summary.entries == 1  # the same key from another tool is another row


def test_a_team_export_needs_whose_rows_are_mine_and_keeps_only_those(database):
    rows = parsed(
        entry(2, D, time(9), 3600, user="Ana Lima", email="ana@example.com"),
        entry(3, D, time(9), 1800, user="Budi", email="budi@example.com"),
        entry(4, D, time(13), 600, user="Ana Lima", email="ana@example.com"),
    )
    with pytest.raises(ImportFailed) as caught:
        run(rows)
    assert "2 people" in caught.value.text() and "Ana Lima" in caught.value.text()
    imported = run(rows, user="ANA@example.com")
    assert (imported.summary.entries, imported.summary.others) == (2, 1)
    assert [s[:2] for s in spans()] == [("03-02 09:00", "03-02 10:00"), ("03-02 13:00", "03-02 13:10")]
    with pytest.raises(ImportFailed, match="Nobody called"):
        run(rows, user="Citra")


def test_naive_times_are_read_in_the_zone_given_and_a_time_the_clocks_skipped_is_refused(database):
    sunday = date(2026, 3, 8)  # New York springs forward at 02:00
    with pytest.raises(ImportFailed) as caught:
        run(parsed(entry(2, sunday, time(2, 30), 600), entry(3, sunday, time(9), 600)), zone=NEW_YORK)
    assert caught.value.lines == [2]
    assert "does not exist" in caught.value.text()
    imported = run(parsed(entry(3, sunday, time(9), 600)), zone=NEW_YORK)
    stored = TimeEntry.get()
    assert stored.start == datetime(2026, 3, 8, 13, 0, tzinfo=UTC)  # 09:00 EDT
    assert stored.utc_offset_minutes == -240 and stored.timezone == NEW_YORK
    assert imported.summary.repeated == 0


def test_a_time_the_clocks_went_back_over_is_read_as_its_first_and_counted(database):
    november = date(2025, 11, 2)  # New York falls back at 02:00: 01:30 happens twice
    imported = run(parsed(entry(2, november, time(1, 30), 600)), zone=NEW_YORK)
    assert imported.summary.repeated == 1
    assert TimeEntry.get().start == datetime(2025, 11, 2, 5, 30, tzinfo=UTC)  # 01:30 EDT, the first


def test_utc_instants_count_for_their_local_day_in_the_zone(database):
    late = datetime(2026, 3, 2, 20, 0, tzinfo=UTC)  # 03:00 on the 3rd in Jakarta
    rows = parsed(SourceEntry(2, "w1", late.date(), late, 3600, "Website"),
                  SourceEntry(3, "w2", D + timedelta(1), None, 600, "Website"),
                  SourceEntry(4, "w3", D + timedelta(1), datetime(2026, 3, 3, 2, 30, tzinfo=UTC), 3600, "Website"))
    run(rows)
    assert spans() == [("03-03 03:00", "03-03 04:00", ""), ("03-03 09:00", "03-03 09:10", ""),
                       ("03-03 09:30", "03-03 10:30", "")]
    from freelance_desk.db.connection import db

    assert db.execute_sql("SELECT day, seconds FROM daily_time").fetchall() == [("2026-03-03", 3600 + 600 + 3600)]


def test_new_clients_and_hourly_contracts_are_created_with_the_files_rate_and_named_as_the_cli_says(database):
    rows = parsed(
        entry(2, D, time(9), 3600, project="Site", client="Acme", rate_minor=4500, currency="EUR"),
        entry(3, D, time(11), 3600, project="", client=""),
    )
    imported = run(rows)
    contracts = {(c.client.name, c.title): (c.kind, c.rate_minor, c.currency) for c in Contract.select()}
    assert contracts == {("Acme", "Site"): ("hourly", 4500, "EUR"), ("No client", "No project"): ("hourly", None, "USD")}
    assert (imported.summary.clients, imported.summary.contracts) == (2, 2)
    untagged = run(parsed(SourceEntry(2, "t1", D, None, 60, ""), name="timewarrior"), fmt=fake("timewarrior"))
    assert untagged.summary.contracts == 1
    assert Contract.select().where(Contract.title == "Untagged").count() == 1


def test_a_new_contracts_rate_is_the_one_most_rated_rows_give_and_in_a_team_export_my_own(database):
    rows = parsed(
        entry(2, D, time(8), 600, project="Site", client="Acme", rate_minor=None, currency="EUR", user="Ana"),
        entry(3, D, time(9), 600, project="Site", client="Acme", rate_minor=None, currency="EUR", user="Ana"),
        entry(4, D, time(10), 600, project="Site", client="Acme", rate_minor=None, currency="EUR", user="Ana"),
        entry(5, D, time(11), 600, project="Site", client="Acme", rate_minor=6000, currency="EUR", user="Ana"),
        entry(6, D, time(8), 600, project="Site", client="Acme", rate_minor=9000, currency="EUR", user="Budi"),
        entry(7, D, time(9), 600, project="Site", client="Acme", rate_minor=9000, currency="EUR", user="Budi"),
    )
    # unbilled rows (no rate) do not outvote the billed one, nor a colleague's rate mine
    assert [(g.rate_minor, g.currency) for g in mi.preview(fake(), rows, user="Ana").groups] == [(6000, "EUR")]
    run(rows, user="Ana")
    assert [(c.rate_minor, c.currency) for c in Contract.select()] == [(6000, "EUR")]


def test_a_mapping_puts_a_source_project_on_a_kept_contract_and_is_proposed_next_time(database):
    client = create_client(ClientData("Harbor"), now=NOW)
    kept = create_contract(ContractData(client.id, "Analytics retainer", kind="hourly", rate_minor=100), now=NOW)
    rows = parsed(entry(2, D, time(9), 3600, project="HARB-01", client="Harbor Inc"))
    fmt = fake()
    assert mi.preview(fmt, rows).groups[0].contract_id is None
    run(rows, contracts={mi.group_key("Harbor Inc", "HARB-01"): kept.id})
    assert TimeEntry.get().contract_id == kept.id
    assert Contract.select().count() == 1
    assert mi.preview(fmt, rows).groups[0].contract_id == kept.id  # remembered
    assert ImportMapping.select().count() == 1


def test_preview_counts_hours_per_source_project_days_and_people(database):
    rows = parsed(
        entry(2, D, time(9), 3600, project="A", user="Ana"),
        entry(3, D + timedelta(3), time(9), 1800, project="A", user="Ana"),
        entry(4, D + timedelta(1), None, 600, project="B", user="Budi"),
    )
    shown = mi.preview(fake(), rows)
    assert [(g.project, g.entries, g.seconds) for g in shown.groups] == [("A", 2, 5400), ("B", 1, 600)]
    assert (shown.first_day, shown.last_day, shown.untimed, shown.rows) == (D, D + timedelta(3), 1, 3)
    assert shown.users == (("Ana", 2), ("Budi", 1))
    assert [g.seconds for g in mi.preview(fake(), rows, user="budi").groups] == [600]


def test_a_dry_run_says_what_would_happen_and_writes_nothing(database):
    rows = parsed(entry(2, D, time(9), 3600), entry(3, D, time(9), 600))
    result = mi.import_parsed(fake(), rows, mi.Choices(zone=JAKARTA, workday_start=NINE), NOW, dry_run=True)
    assert (result.summary.entries, result.summary.overlapping, result.summary.contracts) == (2, 1, 1)
    assert TimeEntry.select().count() == 0 and Contract.select().count() == 0 and Client.select().count() == 0


def test_undo_removes_everything_the_import_made_and_redo_puts_it_back_with_the_same_ids(database):
    rows = parsed(entry(2, D, time(9), 3600), entry(3, D + timedelta(1), None, 600, project="Other"))
    imported = run(rows)
    ids = sorted(e.id for e in TimeEntry.select())
    mi.remove_imported(imported)
    assert (TimeEntry.select().count(), Contract.select().count(), Client.select().count()) == (0, 0, 0)
    assert ImportMapping.select().count() == 0
    assert_matches_rebuild(database)
    mi.restore_imported(imported)
    assert sorted(e.id for e in TimeEntry.select()) == ids
    assert Contract.select().count() == 2 and ImportMapping.select().count() == 2
    assert_matches_rebuild(database)


def test_redo_is_refused_when_the_time_was_logged_again_meanwhile(database):
    imported = run(parsed(entry(2, D, time(9), 3600)))
    mi.remove_imported(imported)
    client = create_client(ClientData("Someone"), now=NOW)
    contract = create_contract(ContractData(client.id, "Else", kind="hourly", rate_minor=100), now=NOW)
    start = datetime(2026, 3, 2, 2, 30, tzinfo=UTC)
    tracking.add_entry(tracking.EntryData(contract.id, start, start + timedelta(hours=1), zone=JAKARTA), NOW)
    with pytest.raises(DomainError, match="logged again"):
        mi.restore_imported(imported)
    assert TimeEntry.select().count() == 1 and Contract.select().count() == 1


def test_undo_keeps_the_rows_for_redo_in_the_file_not_in_memory_and_redo_puts_back_the_same_values(database):
    money = [
        SourcePayment(5, "200", D, PAYMENT, 50000, "USD", "Invoice for 02/23/2026-03/01/2026", "Acme", "Site"),
        SourcePayment(6, "201", D, FEE, -5000, "USD", "Service Fee - Ref ID 200", parent="200"),
    ]
    imported = run(parsed(entry(2, D, time(9), 3600, note="kept \"as typed\"\nline two"),
                          entry(3, D, time(11), 600, billable=False), name="upwork", payments=money),
                   fmt=fake("upwork"))
    before = (list(TimeEntry.select().order_by(TimeEntry.id).tuples()), list(Payment.select().tuples()))
    mi.remove_imported(imported)
    assert TimeEntry.select().count() == 0 and Payment.select().count() == 0
    assert not hasattr(imported, "entry_rows") and imported.undone  # a name, not 200,000 tuples
    mi.restore_imported(imported)
    assert (list(TimeEntry.select().order_by(TimeEntry.id).tuples()), list(Payment.select().tuples())) == before
    assert_matches_rebuild(database)
    mi.remove_imported(imported)  # and again: undo, redo, undo
    mi.restore_imported(imported)
    assert TimeEntry.select().count() == 2 and Payment.select().count() == 1


def test_undo_beside_entries_of_its_days_leaves_their_day_totals(database):
    client = create_client(ClientData("Northwind"), now=NOW)
    contract = create_contract(ContractData(client.id, "Website", kind="hourly", rate_minor=100), now=NOW)
    start = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # 15:00 in Jakarta, the day the import also fills
    tracking.add_entry(tracking.EntryData(contract.id, start, start + timedelta(minutes=45), zone=JAKARTA), NOW)
    imported = run(parsed(entry(2, D, time(9), 3600), entry(3, D + timedelta(1), time(9), 600)))
    mi.remove_imported(imported)
    assert TimeEntry.select().count() == 1
    assert_matches_rebuild(database)  # the day keeps its 45 minutes, the next day has no row
    mi.restore_imported(imported)
    assert_matches_rebuild(database)


def test_undo_of_rows_in_made_and_kept_contracts_leaves_the_kept_contracts_day_totals(database):
    """Undo drops the days of the contracts the import made whole, and takes only its own rows out of the
    days of a contract that was there (whose entry of the same day stays counted)."""
    from freelance_desk.db.connection import db

    client = create_client(ClientData("Northwind"), now=NOW)
    kept = create_contract(ContractData(client.id, "Website", kind="hourly", rate_minor=100), now=NOW)
    start = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # 15:00 in Jakarta, the day the import also fills
    tracking.add_entry(tracking.EntryData(kept.id, start, start + timedelta(minutes=45), zone=JAKARTA), NOW)
    rows = parsed(entry(2, D, time(9), 3600), entry(3, D, time(11), 600, project="Other", client="Acme"),
                  entry(4, D + timedelta(1), time(9), 1200, project="Other", client="Acme"))
    imported = run(rows, contracts={mi.group_key("Northwind", "Website"): kept.id})
    assert len(imported.contracts) == 1
    mi.remove_imported(imported)
    assert db.execute_sql("SELECT day, contract_id, seconds, entries FROM daily_time").fetchall() == [
        ("2026-03-02", kept.id, 45 * 60, 1)]
    assert_matches_rebuild(database)
    mi.restore_imported(imported)
    assert_matches_rebuild(database)


def test_undo_is_refused_with_the_day_totals_untouched_when_time_was_added_to_a_contract_it_made(database):
    from freelance_desk.db.connection import db

    imported = run(parsed(entry(2, D, time(9), 3600)))
    made = imported.contracts[0]["id"]
    start = datetime(2026, 3, 3, 2, 0, tzinfo=UTC)
    tracking.add_entry(tracking.EntryData(made, start, start + timedelta(minutes=30), zone=JAKARTA), NOW)
    before = db.execute_sql("SELECT * FROM daily_time ORDER BY day").fetchall()
    with pytest.raises(DomainError, match="added since"):
        mi.remove_imported(imported)
    assert TimeEntry.select().count() == 2
    assert db.execute_sql("SELECT * FROM daily_time ORDER BY day").fetchall() == before
    assert_matches_rebuild(database)


def test_redo_after_the_file_was_closed_and_opened_again_says_so_and_writes_nothing(database, tmp_path):
    from freelance_desk.db.connection import close_database, open_database

    imported = run(parsed(entry(2, D, time(9), 3600)))
    mi.remove_imported(imported)
    close_database()  # a restore or another data folder closes the file: the rows set aside go with it
    open_database(SERVER_URL if BACKEND == "postgresql" else tmp_path / "test.sqlite3")
    with pytest.raises(DomainError, match="closed since"):
        mi.restore_imported(imported)
    assert TimeEntry.select().count() == 0 and Contract.select().count() == 0


def test_redo_is_refused_when_a_running_timer_started_in_the_undone_time(database):
    imported = run(parsed(entry(2, D, time(9), 3600)))
    mi.remove_imported(imported)
    client = create_client(ClientData("Someone"), now=NOW)
    contract = create_contract(ContractData(client.id, "Else", kind="hourly", rate_minor=100), now=NOW)
    tracking.start_timer(contract.id, datetime(2026, 3, 2, 1, 0, tzinfo=UTC), zone=JAKARTA)  # 08:00 local, still on
    with pytest.raises(DomainError, match="logged again"):
        mi.restore_imported(imported)
    assert TimeEntry.select().count() == 1


def test_payments_take_their_fee_rows_and_are_not_imported_twice(database):
    money = [
        SourcePayment(2, "100", D, PAYMENT, 50000, "USD", "Invoice for 02/23/2026-03/01/2026", "Acme", "Site"),
        SourcePayment(3, "101", D, FEE, -5000, "USD", "Service Fee - Ref ID 100", parent="100"),
        SourcePayment(4, "102", D, "withdrawal", -40000, "USD", "Withdrawal"),
    ]
    imported = run(parsed(payments=money, name="upwork"), fmt=fake("upwork"))
    payment = Payment.get()
    assert (payment.gross_minor, payment.fee_minor, payment.net_minor, payment.net_home_minor) == (50000, 5000, 45000, 45000)
    assert payment.contract.title == "Site" and payment.contract.client.name == "Acme"
    assert imported.summary.net_minor == {"USD": 45000}
    again = run(parsed(payments=money, name="upwork"), fmt=fake("upwork"))
    assert again.summary.payments == 0 and Payment.select().count() == 1


def test_connects_bought_are_kept_with_their_cost_once_and_go_with_undo(database):
    money = [
        SourcePayment(2, "c1", D, CONNECTS, -1200, "USD", "Connects purchase: 80", connects=80),
        SourcePayment(3, "c2", D + timedelta(9), CONNECTS, -150, "USD", "Connects purchase: 10", connects=10),
        SourcePayment(4, "p1", D, PAYMENT, 10000, "USD", "Fixed price", "Acme", "Logo"),
    ]
    imported = run(parsed(payments=money, name="upwork"), fmt=fake("upwork"))
    assert (imported.summary.connects, imported.summary.connects_cost_minor) == (90, {"USD": 1350})
    assert [(c.bought_on, c.connects, c.cost_minor, c.platform.name) for c in ConnectsPurchase.select()] == [
        (D, 80, 1200, "Upwork"), (D + timedelta(9), 10, 150, "Upwork")]
    again = run(parsed(payments=money, name="upwork"), fmt=fake("upwork"))
    assert again.summary.connects == 0 and ConnectsPurchase.select().count() == 2
    mi.remove_imported(imported)
    assert ConnectsPurchase.select().count() == 0 and Payment.select().count() == 0
    mi.restore_imported(imported)
    assert ConnectsPurchase.select().count() == 2


def test_a_payment_in_another_currency_than_home_needs_its_rate(database):
    money = [SourcePayment(7, "1", D, PAYMENT, 1000, "EUR", "Fixed price", "Acme", "Logo")]
    with pytest.raises(ImportFailed) as caught:
        run(parsed(payments=money, name="upwork"), fmt=fake("upwork"))
    assert caught.value.lines == [7] and "rate" in caught.value.text()
    from decimal import Decimal

    run(parsed(payments=money, name="upwork"), fmt=fake("upwork"), home_rate={"EUR": Decimal("1.10")})
    assert Payment.get().gross_home_minor == 1100


def test_cancel_writes_nothing(database):
    rows = parsed(*(entry(n, D + timedelta(n // 10), time(9), 60, key=f"x{n}") for n in range(2, 50)))
    with pytest.raises(Cancelled):
        mi.import_parsed(fake(), rows, mi.Choices(zone=JAKARTA), NOW, cancelled=lambda: True)
    assert TimeEntry.select().count() == 0 and Contract.select().count() == 0


def test_this_apps_own_csv_is_read_as_a_source_and_its_unknown_contracts_are_created(database, tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("date,start,end,duration,contract,client,note,billable\n"
                    "2026-03-02,09:00,12:30,,Website,Northwind,Home page,yes\n"
                    "2026-03-02,22:00,01:00,,Website,Northwind,Late,no\n", encoding="utf-8")
    fmt, rows = mi.read_source(path)
    assert fmt.name == "csv"
    imported = mi.import_parsed(fmt, rows, mi.Choices(zone=JAKARTA), NOW)
    assert imported.summary.seconds == 3.5 * 3600 + 3 * 3600
    assert spans()[1] == ("03-02 22:00", "03-03 01:00", "Late")
    assert [e.billable for e in TimeEntry.select().order_by(TimeEntry.start)] == [True, False]


def test_an_end_written_as_a_wall_clock_time_is_read_in_the_zone_across_the_clocks_going_back(database, tmp_path):
    """22:00 to 06:00 over the night New York falls back is 9 hours of work, not the 8 the wall clock shows;
    over the night it springs forward, 7."""
    path = tmp_path / "dst.csv"
    path.write_text("date,start,end,duration,contract,client,note,billable\n"
                    "2025-11-01,22:00,06:00,,Night shift,,back,\n"
                    "2026-03-07,22:00,06:00,,Night shift,,forward,\n"
                    "2026-03-09,22:00,06:00,,Night shift,,plain,\n", encoding="utf-8")
    fmt, rows = mi.read_source(path)
    imported = mi.import_parsed(fmt, rows, mi.Choices(zone=NEW_YORK), NOW)
    lengths = {e.note: (e.end - e.start).total_seconds() / 3600 for e in TimeEntry.select()}
    assert lengths == {"back": 9, "forward": 7, "plain": 8}
    assert imported.summary.seconds == (9 + 7 + 8) * 3600


def _key_indexes():
    from freelance_desk.db.connection import db

    return db.execute_sql("SELECT name, sql FROM sqlite_master WHERE name IN ('time_entry_import', 'payment_import') "
                          "ORDER BY name").fetchall()


@pytest.mark.file_only
def test_the_key_indexes_an_import_into_a_new_file_sets_aside_come_back_as_they_were(database):
    """Into a table holding fewer rows than come, the import's key index is made after the rows (faster):
    afterwards it is there, word for word, and still refuses a key twice, also when the import failed."""
    from peewee import IntegrityError

    from freelance_desk.db.connection import db

    before = _key_indexes()
    assert len(before) == 2
    money = [SourcePayment(7, "1", D, PAYMENT, 1000, "EUR", "Fixed price", "Acme", "Logo")]
    with pytest.raises(ImportFailed):  # the payment's rate is missing: rolled back after the rows went in
        run(parsed(entry(2, D, NINE, 600, key="a"), payments=money, name="upwork"), fmt=fake("upwork"))
    assert _key_indexes() == before and TimeEntry.select().count() == 0
    run(parsed(*(entry(n, D + timedelta(n), NINE, 600, key=f"k{n}") for n in range(2, 12))))
    assert _key_indexes() == before and TimeEntry.select().count() == 10
    row = db.execute_sql("SELECT contract_id, start + 86400 * 30, \"end\" + 86400 * 30, import_source, import_key "
                         "FROM time_entry LIMIT 1").fetchone()
    with pytest.raises(IntegrityError):
        db.execute_sql("INSERT INTO time_entry (contract_id, start, \"end\", timezone, utc_offset_minutes, note, "
                       "billable, source, import_source, import_key) VALUES (?, ?, ?, 'UTC', 0, '', 1, 'import', ?, ?)",
                       row)
    again = run(parsed(*(entry(n, D + timedelta(n), NINE, 600, key=f"k{n}") for n in range(2, 12))))
    assert again.summary.entries == 0 and TimeEntry.select().count() == 10
