"""The deadlines as a calendar file: what a calendar app shows after importing it (the file parsed back with
icalendar), the same UIDs on every export, the filters, the refusals, and text that arrives as typed."""

from __future__ import annotations

import os
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from freelance_desk.core.errors import DomainError
from freelance_desk.db.models import Milestone, Platform
from freelance_desk.services.clients.clients import ClientData, create_client
from freelance_desk.services.contracts.contracts import (
    ContractData,
    MilestoneData,
    create_contract,
)
from freelance_desk.services.io import export_ics as ics
from freelance_desk.services.io import written
from freelance_desk.services.io.export_ics import export_ics
from freelance_desk.services.io.export_json import Filter
from freelance_desk.services.milestones import lifecycle as ms

STAMP = datetime(2026, 3, 11, 8, 0, tzinfo=UTC)  # the export's moment (DTSTAMP)


def contract(now, client="Ayu", title="Website", platform="Upwork", currency="USD", milestones=()):
    """A fixed-price contract of a new client on ``platform`` (None: direct work); its milestones, made through the
    services, as (title, amount in minor units, due date or None)."""
    platform_id = platform and Platform.get(Platform.name == platform).id
    made = create_client(ClientData(client, platform_id=platform_id, currency=currency), now=now)
    budget = sum(amount for _, amount, _ in milestones) or 1000
    c = create_contract(ContractData(made.id, title, currency=currency, budget_minor=budget),
                        [MilestoneData(t, amount, due) for t, amount, due in milestones], now=now)
    return [m.id for m in ms.milestones_of(c.id)]


def submit(mid, at):
    ms.transition(mid, "start", now=at - timedelta(days=1))
    ms.transition(mid, "submit", now=at)


def export(tmp_path, chosen=None, now=STAMP, name="deadlines.ics"):
    out = tmp_path / name
    done = export_ics(out, now, chosen)
    return done, Calendar.from_ical(out.read_bytes())


def events(calendar) -> dict[str, object]:
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def summaries(calendar) -> list[str]:
    return [str(e["summary"]) for e in calendar.walk("VEVENT")]


def due_uid(mid):
    return f"milestone-{mid}-due@freelance-desk"


def release_uid(mid):
    return f"milestone-{mid}-release@freelance-desk"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


# --- what the calendar shows --------------------------------------------------------------------------


def test_an_open_milestone_is_an_all_day_event_on_its_due_date_with_its_amount(database, now, tmp_path):
    [home] = contract(now, milestones=[("Home page", 10000, date(2026, 3, 20))])
    done, calendar = export(tmp_path)
    assert (str(calendar["prodid"]), str(calendar["version"]), str(calendar["x-wr-calname"])) == (
        "-//Freelance Desk//EN", "2.0", "Freelance Desk")
    [event] = calendar.walk("VEVENT")
    assert str(event["uid"]) == due_uid(home)
    assert str(event["summary"]) == "Due: Home page — Website (Ayu)"
    assert event.decoded("dtstart") == date(2026, 3, 20) and not isinstance(event.decoded("dtstart"), datetime)
    assert event["dtstart"].params["VALUE"] == "DATE"
    assert event.decoded("dtend") == date(2026, 3, 21)  # the next day: one whole day
    assert event.decoded("dtstamp") == STAMP
    assert str(event["description"]) == "Amount: $100.00\nStatus: Planned"
    assert (done.path, done.rows) == (tmp_path / "deadlines.ics", {"milestone_due": 1, "auto_release": 0,
                                                                     "invoice_due": 0})
    assert done.bytes == (tmp_path / "deadlines.ics").stat().st_size


def test_a_sent_invoice_not_paid_in_full_is_an_event_on_its_due_day_with_what_is_still_due(database, now, tmp_path):
    from decimal import Decimal

    from freelance_desk.db.models import Contract
    from freelance_desk.services.billing import invoices as inv

    contract(now, client="Sinar <b>", currency="IDR", platform=None)
    work = Contract.get()
    def bill(amount):
        return inv.create_invoice(inv.InvoiceData(work.client_id, date(2026, 3, 2), date(2026, 3, 16), "IDR",
                                                  [inv.LineData("Logo", Decimal(1), amount, work.id)]), now)
    sent, paid, _draft = bill(7_500_000), bill(1_000_000), bill(2_000_000)
    for made in (sent, paid):
        inv.mark_sent(made.invoice_id, now)
    inv.record_invoice_payment(sent.invoice_id, date(2026, 3, 5), 2_500_000, now=now)
    inv.record_invoice_payment(paid.invoice_id, date(2026, 3, 5), 1_000_000, now=now)
    done, calendar = export(tmp_path)
    [event] = [e for e in calendar.walk("VEVENT") if str(e["uid"]).startswith("invoice-")]
    assert str(event["uid"]) == f"invoice-{sent.invoice_id}-due@freelance-desk"
    assert str(event["summary"]) == "Invoice INV-2026-0001 due — Sinar <b>"
    assert event.decoded("dtstart") == date(2026, 3, 16)
    assert str(event["description"]) == "Amount due: Rp 5,000,000"
    assert done.rows["invoice_due"] == 1


def test_the_amount_is_in_the_contracts_currency_with_its_digits(database, now, tmp_path):
    contract(now, client="Sinar", currency="IDR", milestones=[("Logo", 1_500_000, date(2026, 3, 20))])
    contract(now, client="Kenji", currency="JPY", milestones=[("Banner", 45_000, date(2026, 3, 21))])
    _, calendar = export(tmp_path)
    assert [str(e["description"]).splitlines()[0] for e in calendar.walk("VEVENT")] == [
        "Amount: Rp 1,500,000", "Amount: ¥45,000"]


def test_paid_cancelled_approved_and_undated_milestones_give_no_due_event(database, now, today, tmp_path):
    paid, cancelled, approved, undated, open_ = contract(now, milestones=[
        ("Paid", 1000, date(2026, 3, 12)), ("Cancelled", 1000, date(2026, 3, 13)),
        ("Approved", 1000, date(2026, 3, 14)), ("Undated", 1000, None), ("Open", 1000, date(2026, 3, 15))])
    submit(paid, now)
    ms.transition(paid, "approve", now=now)
    ms.mark_paid(paid, today, now=now)
    ms.transition(cancelled, "cancel", now=now)
    submit(approved, now)
    ms.transition(approved, "approve", now=now)  # delivered and accepted: nothing is due any more
    done, calendar = export(tmp_path)
    assert list(events(calendar)) == [due_uid(open_)]
    assert done.rows == {"milestone_due": 1, "auto_release": 0, "invoice_due": 0}


def test_submitted_work_on_a_platform_of_14_review_days_auto_approves_14_days_after_submission(database, now, tmp_path):
    [logo] = contract(now, client="Ayu", platform="Upwork", milestones=[("Logo", 25000, date(2026, 4, 30))])
    [direct] = contract(now, client="Budi", title="Shop", platform=None, milestones=[("Cart", 5000, None)])
    assert Platform.get(Platform.name == "Upwork").review_days == 14
    submitted = datetime(2026, 3, 8, 16, 45, tzinfo=UTC)
    submit(logo, submitted)
    submit(direct, submitted)  # direct work: no platform approves it by itself
    done, calendar = export(tmp_path)
    found = events(calendar)
    assert set(found) == {due_uid(logo), release_uid(logo)}  # still due too: submitted is not approved
    release = found[release_uid(logo)]
    assert release.decoded("dtstart") == date(2026, 3, 22) == submitted.date() + timedelta(days=14)
    assert release.decoded("dtend") == date(2026, 3, 23)
    assert str(release["summary"]) == "Auto-approves: Logo — Website (Ayu)"
    assert str(release["description"]) == (
        "Amount: $250.00\nSubmitted on 2026-03-08: the platform approves it on this day unless the client acts first.")
    assert done.rows == {"milestone_due": 1, "auto_release": 1, "invoice_due": 0}


def test_the_events_are_listed_by_day(database, now, tmp_path):
    late, early = contract(now, milestones=[("Late", 1000, date(2026, 4, 2)), ("Early", 1000, date(2026, 3, 12))])
    submit(late, datetime(2026, 3, 1, tzinfo=UTC))  # approves itself on 15 March
    _, calendar = export(tmp_path)
    assert [str(e["uid"]) for e in calendar.walk("VEVENT")] == [due_uid(early), release_uid(late), due_uid(late)]


# --- a re-export updates the calendar -------------------------------------------------------------------


def test_exporting_again_gives_the_same_uids_and_for_the_same_moment_the_same_bytes(database, now, tmp_path):
    a, b = contract(now, milestones=[("A", 1000, date(2026, 3, 20)), ("B", 2000, date(2026, 3, 27))])
    submit(b, now)
    first = tmp_path / "first.ics"
    second = tmp_path / "second.ics"
    export_ics(first, STAMP)
    export_ics(second, STAMP)
    assert first.read_bytes() == second.read_bytes()
    export_ics(second, STAMP + timedelta(days=3))  # later, over the first file of that name
    assert list(events(Calendar.from_ical(second.read_bytes()))) == list(events(Calendar.from_ical(first.read_bytes())))
    assert set(events(Calendar.from_ical(first.read_bytes()))) == {due_uid(a), due_uid(b), release_uid(b)}
    ms.transition(a, "cancel", now=now)  # gone from the next export: the calendar app drops it
    _, calendar = export(tmp_path, name="second.ics")
    assert set(events(calendar)) == {due_uid(b), release_uid(b)}


# --- filters ---------------------------------------------------------------------------------------------


def test_the_client_filter_keeps_that_clients_events_by_name_in_any_case(database, now, tmp_path):
    [ayu] = contract(now, client="Ayu Lestari", milestones=[("Logo", 1000, date(2026, 3, 20))])
    [budi] = contract(now, client="Budi", title="Shop", milestones=[("Cart", 1000, date(2026, 3, 21))])
    submit(budi, now)
    done, calendar = export(tmp_path, Filter(client="  ayu LESTARI "))
    assert summaries(calendar) == ["Due: Logo — Website (Ayu Lestari)"]
    assert done.rows == {"milestone_due": 1, "auto_release": 0, "invoice_due": 0}
    _, calendar = export(tmp_path, Filter(client="Budi"))
    assert set(events(calendar)) == {due_uid(budi), release_uid(budi)}
    assert due_uid(ayu) not in events(calendar)


def test_the_date_filter_keeps_the_events_whose_day_is_within_both_ends_included(database, now, tmp_path):
    before, first, last, after, released = contract(now, milestones=[
        ("Before", 1000, date(2026, 3, 19)), ("First", 1000, date(2026, 3, 20)), ("Last", 1000, date(2026, 3, 31)),
        ("After", 1000, date(2026, 4, 1)), ("Released", 1000, date(2026, 4, 10))])
    submit(released, datetime(2026, 3, 10, 12, 0, tzinfo=UTC))  # approves itself on 24 March, due 10 April
    done, calendar = export(tmp_path, Filter(start=date(2026, 3, 20), end=date(2026, 3, 31)))
    assert [str(e["uid"]) for e in calendar.walk("VEVENT")] == [due_uid(first), release_uid(released), due_uid(last)]
    assert done.rows == {"milestone_due": 2, "auto_release": 1, "invoice_due": 0}
    _, calendar = export(tmp_path, Filter(start=date(2026, 4, 1)))
    assert set(events(calendar)) == {due_uid(after), due_uid(released)}
    _, calendar = export(tmp_path, Filter(end=date(2026, 3, 19)))
    assert set(events(calendar)) == {due_uid(before)}


def test_an_empty_export_is_still_a_calendar(database, now, tmp_path):
    contract(now, milestones=[("Logo", 1000, date(2026, 3, 20))])
    done, calendar = export(tmp_path, Filter(start=date(2026, 5, 1)))
    assert calendar.walk("VEVENT") == [] and str(calendar["x-wr-calname"]) == "Freelance Desk"
    assert done.rows == {"milestone_due": 0, "auto_release": 0, "invoice_due": 0}


# --- refusals and the write ---------------------------------------------------------------------------------


def test_an_unknown_client_is_refused_as_the_json_export_refuses_it_and_nothing_is_written(database, now, tmp_path):
    contract(now, milestones=[("Logo", 1000, date(2026, 3, 20))])
    out = tmp_path / "deadlines.ics"
    with pytest.raises(DomainError) as refused:
        export_ics(out, STAMP, Filter(client="Nobody"))
    assert refused.value.text() == "No client is called “Nobody”."
    assert not out.exists() and leftovers(tmp_path) == []
    out.write_bytes(b"kept")
    with pytest.raises(DomainError):
        export_ics(out, STAMP, Filter(client="Nobody"))
    assert out.read_bytes() == b"kept"


def test_a_target_in_a_missing_folder_or_a_folder_itself_is_refused(database, now, tmp_path):
    missing = tmp_path / "no such folder"
    with pytest.raises(DomainError) as refused:
        export_ics(missing / "deadlines.ics", STAMP)
    assert refused.value.text() == f"There is no folder {missing} to write into."
    assert not missing.exists()
    with pytest.raises(DomainError) as refused:
        export_ics(tmp_path, STAMP)
    assert refused.value.text() == f"{tmp_path} is a folder; name the file to write."


def test_the_file_is_owner_only_and_replaces_the_old_one_whole(database, now, tmp_path):
    contract(now, milestones=[("Logo", 1000, date(2026, 3, 20))])
    out = tmp_path / "deadlines.ics"
    out.write_bytes(b"an older calendar, much longer than the new one " * 100)
    os.chmod(out, 0o644)
    done = export_ics(out, STAMP)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n") and out.stat().st_size == done.bytes
    assert leftovers(tmp_path) == []


def test_a_failed_write_leaves_the_old_file_and_no_part_file(database, now, tmp_path, monkeypatch):
    contract(now, milestones=[("Logo", 1000, date(2026, 3, 20))])
    out = tmp_path / "deadlines.ics"
    out.write_bytes(b"kept")

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(written.os, "fsync", full_disk)  # the file cannot be put on disk
    with pytest.raises(OSError):
        export_ics(out, STAMP)
    assert out.read_bytes() == b"kept" and leftovers(tmp_path) == []


# --- text as typed -----------------------------------------------------------------------------------------------


HOSTILE = ('Logo, v2; "final" <b>x</b> \\ back: 🚀 שלום مرحبا {title} %s ١٢٣'
           " — long enough to be folded twice over")


def test_hostile_text_comes_back_exactly_as_typed(database, now, tmp_path):
    client = 'PT "Sinar"; Jaya, Tbk. <i>'
    contract(now, client=client, title="Brand, phase 1; logo", milestones=[(HOSTILE, 1000, date(2026, 3, 20))])
    out = tmp_path / "deadlines.ics"
    export_ics(out, STAMP)
    data = out.read_bytes()
    [event] = Calendar.from_ical(data).walk("VEVENT")
    assert str(event["summary"]) == f"Due: {HOSTILE} — Brand, phase 1; logo ({client})"
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))  # folded, in octets, as RFC 5545 asks


def test_a_line_break_in_a_stored_title_stays_inside_its_event(database, now, tmp_path):
    # The services refuse a line break in a name, but a file from elsewhere (an older version, a restore) may
    # hold one: the calendar must not take it for the end of the line, or the text after it for a property.
    title = 'Logo, v2; "final"\n<b>x</b>\nDTSTART:19990101'
    [mid] = contract(now, milestones=[("Logo", 1000, date(2026, 3, 20))])
    Milestone.update(title=title).where(Milestone.id == mid).execute()
    out = tmp_path / "deadlines.ics"
    export_ics(out, STAMP)
    data = out.read_bytes()
    [event] = Calendar.from_ical(data).walk("VEVENT")
    assert str(event["summary"]) == f"Due: {title} — Website (Ayu)"
    assert event.decoded("dtstart") == date(2026, 3, 20)
    assert b"\r\nDTSTART:19990101" not in data and b"\r\n<b>" not in data


def test_the_texts_are_in_the_users_language_when_a_translation_is_given(database, now, tmp_path):
    contract(now, milestones=[("Logo", 1000, date(2026, 3, 20))])
    words = {ics.DUE_SUMMARY: "Tenggat: {title} — {contract} ({client})", ics.AMOUNT_LINE: "Jumlah: {amount}",
             "Planned": "Direncanakan", ics.STATUS_LINE: "Status: {oops}"}  # a broken translation: the English
    out = tmp_path / "deadlines.ics"
    export_ics(out, STAMP, translate=lambda text: words.get(text, text))
    [event] = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == "Tenggat: Logo — Website (Ayu)"
    assert str(event["description"]) == "Jumlah: $10.00\nStatus: Direncanakan"


def test_the_amounts_and_days_are_written_by_the_formatters_given(database, now, tmp_path):
    [logo] = contract(now, client="Ayu", platform="Upwork", milestones=[("Logo", 1_250_050, date(2026, 4, 30))])
    submit(logo, datetime(2026, 3, 8, 16, 45, tzinfo=UTC))
    out = tmp_path / "deadlines.ics"
    export_ics(out, STAMP, money=lambda minor, currency: f"US${minor // 100:,}".replace(",", ".") + f",{minor % 100:02d}",
               day_text=lambda day: day.strftime("%d/%m/%y"))
    found = events(Calendar.from_ical(out.read_bytes()))
    assert str(found[due_uid(logo)]["description"]).splitlines()[0] == "Amount: US$12.500,50"
    assert str(found[release_uid(logo)]["description"]).startswith("Amount: US$12.500,50\nSubmitted on 08/03/26:")
