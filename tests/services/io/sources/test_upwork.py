"""Upwork's transaction history: both layouts told apart, each row sorted, fees tied to payments."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from freelance_desk.services.io.lines import Cancelled
from freelance_desk.services.io.sources import upwork
from freelance_desk.services.io.sources.base import (
    CONNECTS,
    DATE_ORDER,
    FEE,
    MEMBERSHIP,
    OTHER,
    PAYMENT,
    REFUND,
    WITHDRAWAL,
    ReadOptions,
    Sample,
)

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "imports" / "upwork"
CURRENT = FIXTURES / "transactions-current.csv"
STATEMENT = FIXTURES / "statement-2019.csv"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))["files"]

SHORT_HEADER = ("Date,Transaction ID,Transaction type,Transaction summary,Description,Ref ID,Amount $,"
                "Amount in local currency,Currency,Current balance $,Payment method\n")
OLD_HEADER = ('Date,"Ref ID",Type,Description,Agency,Freelancer,Team,"Account Name",PO,Amount,'
              '"Amount in local currency",Currency,Balance\n')


def write(tmp_path: Path, text: str, name: str = "upwork.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def read(path: Path, **options):
    return upwork.read(path, ReadOptions(**options))


def short_row(day: str, txn: str, kind: str, text: str, ref: str, amount: str) -> str:
    """A row of the shorter current layout (the summary and description both hold the text)."""
    return f'"{day}",{txn},{kind},"{text}","{text}",{ref},"{amount}",,,,\n'


def by_key(parsed):
    return {p.key: p for p in parsed.payments}


# --- detection ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", [CURRENT, STATEMENT], ids=["current", "statement"])
def test_both_fixture_layouts_are_recognised_for_sure(path):
    assert upwork.detect(Sample.of(path)) == 100


def test_the_short_current_header_and_other_spellings_are_recognised(tmp_path):
    assert upwork.detect(Sample.of(write(tmp_path, SHORT_HEADER))) == 100
    assert upwork.detect(Sample.of(write(tmp_path, SHORT_HEADER.upper(), "upper.csv"))) == 100
    assert upwork.detect(Sample.of(write(tmp_path, OLD_HEADER.lower(), "old.csv"))) == 100
    semicolons = SHORT_HEADER.replace(",", ";")
    assert upwork.detect(Sample.of(write(tmp_path, semicolons, "semi.csv"))) == 100


@pytest.mark.parametrize("header", [
    "Email,Client,Project,Description,Start date,Start time,Duration\n",  # a time tracker's export
    "date,start,end,duration,contract,client,note,billable\n",  # this app's own CSV
    "Date,Type,Description,Amount,Balance\n",  # a bank statement: no Ref ID, nobody named
    "Date,Transaction ID,Amount\n",
])
def test_other_files_are_not_taken_for_upwork(tmp_path, header):
    assert upwork.detect(Sample.of(write(tmp_path, header))) == 0


# --- the fixtures, as a user would check them against Upwork's own figures ----------------


@pytest.mark.parametrize("path", [CURRENT, STATEMENT], ids=["current", "statement"])
def test_net_income_per_month_matches_the_statement(path):
    parsed = read(path)
    expected = EXPECTED[path.name]
    assert parsed.problems == []
    assert {p.currency for p in parsed.payments} == {expected["currency"]}
    payments = {p.key for p in parsed.payments if p.kind == PAYMENT}
    net = defaultdict(int)
    connects = defaultdict(int)
    spent = defaultdict(int)
    for p in parsed.payments:
        month = f"{p.day:%Y-%m}"
        if p.kind == PAYMENT or (p.kind == FEE and p.parent in payments):
            net[month] += p.amount_minor
        if p.kind == CONNECTS:
            connects[month] += p.connects
            spent[month] += p.amount_minor
    assert dict(net) == expected["net_by_month"]
    assert dict(connects) == expected["connects_by_month"]
    assert dict(spent) == expected["connects_spent_by_month"]
    assert len(payments) == expected["payments"]


def test_every_row_of_the_current_export_is_sorted():
    parsed = read(CURRENT)
    kinds = defaultdict(int)
    for p in parsed.payments:
        kinds[p.kind] += 1
    # 8 payments, 9 fees (8 service fees and a VAT on one), 4 withdrawal rows, 3 Connects buys,
    # a membership and a refund: every one of the 26 rows, none left as "other".
    assert dict(kinds) == {PAYMENT: 8, FEE: 9, WITHDRAWAL: 4, CONNECTS: 3, MEMBERSHIP: 1, REFUND: 1}
    assert parsed.notes == []
    rows = {p.line: p for p in parsed.payments}
    assert rows[11].kind == CONNECTS and rows[11].connects == 40  # "Membership Fee": Fees for additional Connects (40).
    assert rows[10].kind == MEMBERSHIP and rows[10].amount_minor == -1999
    assert rows[2].kind == rows[3].kind == WITHDRAWAL  # the withdrawal and its fee
    assert rows[3].amount_minor == -100000  # "-1,000.00"


def test_each_fee_is_tied_to_the_payment_it_was_taken_from():
    parsed = read(CURRENT)
    rows = by_key(parsed)
    fees = [p for p in parsed.payments if p.kind == FEE]
    assert fees and all(rows[f.parent].kind == PAYMENT for f in fees)
    hourly = rows["600000142"]  # Invoice for 01/15/2024-01/21/2024, 247.50
    taken = sorted(f.amount_minor for f in fees if f.parent == hourly.key)
    assert taken == [-2475, -396]  # its service fee, and the VAT charged on that fee
    milestone = rows["600000191"]
    assert (milestone.client, milestone.contract) == ("Harbor Analytics", "Logo refresh")
    fee = next(f for f in fees if f.parent == milestone.key)
    assert (fee.amount_minor, fee.client, fee.contract) == (-4000, "Harbor Analytics", "Logo refresh")
    assert rows["600000205"].contract == ""  # a bonus whose description names no job


def test_a_fee_that_names_no_payment_goes_to_the_payment_of_its_day_and_client():
    parsed = read(STATEMENT)
    rows = {p.line: p for p in parsed.payments}
    fee, milestone = rows[21], rows[22]  # "Service Fee" alone, beside Apr 10's milestone
    assert fee.description == "Service Fee"
    assert fee.kind == FEE and fee.parent == milestone.key == "210000015"
    assert parsed.notes and "1" in parsed.notes[0].text() and rows[12].kind == OTHER  # the Adjustment
    assert rows[12].amount_minor == 150


def test_a_fee_is_never_tied_to_another_clients_payment(tmp_path):
    path = write(tmp_path, OLD_HEADER
                 + '"Apr 10, 2019","11","Fixed Price","Invoice for Site: Milestone 1","","Me","Maple","Me","","600.00","","",""\n'
                 + '"Apr 10, 2019","12","Service Fee","Service Fee","","Me","Bluebird","Me","","-120.00","","",""\n'
                 + '"Apr 11, 2019","13","Service Fee","Service Fee for Hourly - Ref ID 999","","Me","","Me","","-5.00","","",""\n')
    parsed = read(path)
    rows = by_key(parsed)
    assert (rows["12"].kind, rows["12"].parent) == (FEE, "")
    assert (rows["13"].kind, rows["13"].parent) == (FEE, "")  # the Ref ID it names is not in this file
    assert [n.text() for n in parsed.notes] == [
        "Service fees that name no payment in this file, read as fees of no payment: 2."]


def test_tax_on_a_connects_purchase_is_a_connects_cost_not_a_fee(tmp_path):
    path = write(tmp_path, SHORT_HEADER
                 + short_row("Jun 5, 2024", "1", "VAT", "VAT (KE) - Membership Fee - Ref ID 702063037", "702063039", "-$1.92")
                 + short_row("Jun 5, 2024", "2", "Membership Fee", "Fees for additional Connects (80).", "702063037", "-$12.00"))
    rows = by_key(read(path))
    assert (rows["702063037"].kind, rows["702063037"].connects) == (CONNECTS, 80)
    assert (rows["702063039"].kind, rows["702063039"].parent) == (CONNECTS, "")


# --- cells -------------------------------------------------------------------------------


def test_amounts_are_exact_cents_in_every_written_form(tmp_path):
    amounts = ["-$1,234.56", "($12.00)", "1234.56", "$0.29", "-0.07", "$1,000,000.10", "12.5", "$-3.00", "0.10"]
    text = SHORT_HEADER + "".join(
        short_row("Mar 11, 2024", str(n), "Hourly", "Invoice for 03/04/2024-03/10/2024", f"R{n}", amount)
        for n, amount in enumerate(amounts))
    parsed = read(write(tmp_path, text))
    assert parsed.problems == []
    assert [p.amount_minor for p in parsed.payments] == [
        -123456, -1200, 123456, 29, -7, 100000010, 1250, -300, 10]
    assert sum(p.amount_minor for p in parsed.payments) == -123456 - 1200 + 123456 + 29 - 7 + 100000010 + 1250 - 300 + 10


def test_dates_read_in_upworks_forms(tmp_path):
    days = ["Mar 11, 2024", "March 11, 2024", "2024-03-11", "03/11/2024", "Mar 11 2024"]
    text = SHORT_HEADER + "".join(short_row(d, str(n), "Bonus", "Bonus", f"B{n}", "5.00") for n, d in enumerate(days))
    parsed = read(write(tmp_path, text))
    assert parsed.problems == []
    assert {p.day for p in parsed.payments} == {date(2024, 3, 11)}
    assert parsed.asks == {DATE_ORDER}  # 03/11 could be 3 November: read month first, as Upwork writes, and asked
    named = SHORT_HEADER + "".join(short_row(d, str(n), "Bonus", "Bonus", f"B{n}", "5") for n, d in enumerate(days[:3]))
    assert read(write(tmp_path, named, "named.csv")).asks == set()


def test_slashed_dates_follow_the_file_or_the_users_choice(tmp_path):
    day_first = SHORT_HEADER + short_row("13/03/2024", "1", "Bonus", "Bonus", "B1", "5") \
        + short_row("04/03/2024", "2", "Bonus", "Bonus", "B2", "5")
    parsed = read(write(tmp_path, day_first))
    assert [p.day for p in parsed.payments] == [date(2024, 3, 13), date(2024, 3, 4)]
    open_file = SHORT_HEADER + short_row("04/03/2024", "1", "Bonus", "Bonus", "B1", "5")
    path = write(tmp_path, open_file, "open.csv")
    parsed = read(path)
    assert parsed.asks == {DATE_ORDER} and parsed.payments[0].day == date(2024, 4, 3)
    assert read(path, date_order="dmy").payments[0].day == date(2024, 3, 4)
    assert read(path, date_order="dmy").asks == set()


def test_header_names_are_matched_in_any_case_and_order(tmp_path):
    text = ("amount $,REF ID,transaction TYPE,  Date ,description\n"
            '"$40.00",77,Hourly,"Mar 4, 2024",Invoice for 02/26/2024-03/03/2024\n'
            '"-$4.00",78,Service Fee,"Mar 4, 2024",Service Fee for Hourly - Ref ID 77\n')
    rows = by_key(read(write(tmp_path, text)))
    assert (rows["77"].kind, rows["77"].amount_minor, rows["77"].day) == (PAYMENT, 4000, date(2024, 3, 4))
    assert (rows["78"].kind, rows["78"].parent) == (FEE, "77")


def test_keys_are_the_ref_id_else_a_stable_hash(tmp_path):
    text = SHORT_HEADER + short_row("Mar 4, 2024", "T1", "Bonus", "Bonus", "", "5.00") \
        + short_row("Mar 4, 2024", "", "Bonus", "Bonus", "", "5.00") \
        + short_row("Mar 4, 2024", "", "Bonus", "Bonus", "", "5.00") \
        + short_row("Mar 5, 2024", "T9", "Bonus", "Bonus", "R9", "5.00") \
        + short_row("Mar 5, 2024", "T9", "Bonus", "Bonus", "R9", "5.00")
    path = write(tmp_path, text)
    first, again = read(path), read(path)
    keys = [p.key for p in first.payments]
    assert keys == [p.key for p in again.payments]  # the same file gives the same keys
    assert keys[0] == "T1" and keys[3:] == ["R9", "R9#2"]
    assert len(set(keys)) == 5  # two identical rows without ids still differ


# --- what is refused, by line ------------------------------------------------------------


def test_a_missing_column_is_refused_on_the_header_line(tmp_path):
    parsed = read(write(tmp_path, "Date,Transaction ID,Transaction type,Description\n\"Mar 4, 2024\",1,Hourly,x\n"))
    assert [p.line for p in parsed.problems] == [1]
    assert "“Amount $”" in parsed.problems[0].error.text()
    assert parsed.payments == []


def test_an_unreadable_date_or_amount_is_refused_on_its_line_and_quoted(tmp_path):
    text = (SHORT_HEADER
            + short_row("Mar 4, 2024", "1", "Hourly", "Invoice for 02/26/2024-03/03/2024", "R1", "40.00")
            + short_row("Maech 4, 2024", "2", "Hourly", "Invoice", "R2", "40.00")
            + short_row("Mar 4, 2024", "3", "Hourly", "Invoice", "R3", "40,5")
            + short_row("Feb 30, 2024", "4", "Hourly", "Invoice", "R4", "40.00")
            + short_row("Mar 4, 2024", "5", "Hourly", "Invoice", "R5", "12.345")
            + '"Mar 4, 2024",6,Hourly,x\n')
    parsed = read(write(tmp_path, text))
    problems = {p.line: p.error.text() for p in parsed.problems}
    assert sorted(problems) == [3, 4, 5, 6, 7]
    assert "“Maech 4, 2024”" in problems[3]
    assert "“40,5”" in problems[4]
    assert "“Feb 30, 2024”" in problems[5]
    assert "“12.345”" in problems[6]  # a part of a cent
    assert "4 cells" in problems[7]
    assert parsed.failed() is not None and parsed.failed().lines == [3, 4, 5, 6, 7]


def test_cancel_stops_the_reading(tmp_path):
    rows = "".join(short_row("Mar 4, 2024", str(n), "Bonus", "Bonus", f"R{n}", "1.00") for n in range(10000))
    path = write(tmp_path, SHORT_HEADER + rows)
    with pytest.raises(Cancelled):
        read(path, cancelled=lambda: True)
