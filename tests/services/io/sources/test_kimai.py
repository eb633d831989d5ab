"""Kimai's CSV export, 1.x and 2.x: detection, totals, durations, midnight, the totals row, refusals by line."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

import pytest

from freelance_desk.services.io.sources import harvest, kimai, registry
from freelance_desk.services.io.sources.base import DATE_ORDER, ReadOptions, Sample

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "imports" / "kimai"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))["files"]
EN = "Date,From,To,Duration,Currency,Price,Hourly price,User,Customer,Project,Activity,Description,Billable,Tags"


def write(tmp_path: Path, text: str, name: str = "export.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def row(day="2024-04-15", begin="09:00", end="10:30", duration="1.50", project="App", rate="120.00"):
    return f"{day},{begin},{end},{duration},USD,180.00,{rate},sam,Acme,{project},Dev,Note,1,"


def read(path: Path, **options):
    return kimai.read(path, ReadOptions(**options))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_is_detected_as_kimai_and_not_as_harvest(name):
    sample = Sample.of(FIXTURES / name)
    assert kimai.detect(sample) == (40 if "headerless" in name else 100)
    assert harvest.detect(sample) == 0
    assert registry.detect(FIXTURES / name).name == "kimai"


@pytest.mark.parametrize("header", [
    "Datum;Von;Bis;Dauer;Preis;Benutzer;Kunde;Projekt;Tätigkeit;Beschreibung;Exportiert;Schlagworte",
    "Date;De;À;Durée;Montant;Usager;Client;Projet;Activité;Description;Mots-clés",
    "Fecha,De,Para,Duración,Tarifa,Usuario,Cliente,Proyecto,Actividad,Descripción,Etiquetas",
    "Datum,Van,Tot,Duur,Bedrag,Gebruiker,Klant,Project,Activiteit,Beschrijving,Labels",
    "Data,Da,A,Durata,Prezzo,Utente,Cliente,Progetto,Attività,Descrizione,Etichette",
    "Tanggal,Dari,Kepada,Durasi,Harga,Pengguna,Pelanggan,Proyek,Aktivitas,Deskripsi,Tag",
    "Date,Begin,End,Duration,Rate,User,Customer,Project,Activity,Description,Exported,Tags,Hourly rate,Fixed rate",
])
def test_headers_in_kimais_languages_are_recognised(tmp_path, header):
    assert kimai.detect(Sample.of(write(tmp_path, header + "\n"))) == 100


@pytest.mark.parametrize("header", [
    "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount ()",
    "Project,Client,Description,Task,User,Group,Email,Tags,Billable,Start Date,Start Time,End Date,End Time,"
    "Duration (h),Duration (decimal),Billable Rate (USD),Billable Amount (USD)",
    "Date,Client,Project,Project Code,Task,Notes,Hours,Billable?,First Name,Last Name",
])
def test_toggl_clockify_and_harvest_headers_are_not_claimed(tmp_path, header):
    assert kimai.detect(Sample.of(write(tmp_path, header + "\n"))) == 0


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_totals_per_project_equal_the_files_own_duration_column(name):
    expected = EXPECTED[name]
    parsed = read(FIXTURES / name, date_order=expected["date_order"])
    assert parsed.problems == []
    totals = defaultdict(lambda: [0, 0])
    for entry in parsed.entries:
        key = (entry.client or "No client", entry.project or "No project")
        totals[key][0] += entry.seconds
        totals[key][1] += entry.seconds if entry.billable else 0
    assert dict(totals) == {(c["client"], c["contract"]): [c["seconds"], c["billable_seconds"]]
                            for c in expected["contracts"]}


def test_german_kimai2_file_with_semicolons():
    entries = read(FIXTURES / "kimai2_de.csv").entries
    first = entries[0]
    assert (first.start, first.seconds) == (datetime(2024, 2, 5, 8, 0), 5400)  # 05.02.2024 08:00, 1:30
    assert (first.rate_minor, first.currency) == (8500, "EUR")  # "85,00"
    assert (first.project, first.client, first.task) == ("Relaunch 2024", "Müller & Söhne GmbH", "Entwicklung")
    assert first.note == "Ticket #400; Umsetzung" and first.tags == ("backend", "kunde")
    assert first.user == "jschmidt" and first.email == "jana@example.org"
    assert entries[1].billable is False


def test_an_entry_crossing_midnight_starts_on_its_day_and_keeps_its_length():
    night = next(e for e in read(FIXTURES / "kimai2_de.csv").entries if e.start.hour == 23)
    assert (night.start.time().isoformat(), night.seconds) == ("23:30:00", 4500)  # 23:30 → 00:45


def test_without_a_duration_column_to_before_from_ends_the_next_day(tmp_path):
    path = write(tmp_path, "Date,From,To,Customer,Project,Activity\n2024-04-15,22:45,01:15,Acme,App,Ops\n")
    (entry,) = read(path).entries
    assert (entry.start, entry.seconds) == (datetime(2024, 4, 15, 22, 45), 9000)


def test_english_kimai2_file_with_decimal_durations():
    entries = read(FIXTURES / "kimai2_en.csv").entries
    assert entries[0].start == datetime(2024, 4, 8, 9, 0)  # 04/08/2024 with 04/12… in the file: month first
    assert entries[1].seconds == 4788  # "1.33" hours, Kimai's figure, not the 80 minutes of 10:40–12:00
    assert (entries[0].rate_minor, entries[0].currency) == (12000, "USD")


def test_kimai1_seconds_money_and_the_totals_row_skipped_with_a_note():
    parsed = read(FIXTURES / "kimai1.csv")
    first = parsed.entries[0]
    assert (first.seconds, first.rate_minor, first.currency, first.user) == (5400, 6500, "USD", "Mere Tane")
    assert [n.text() for n in parsed.notes] == ["Line 24 holds the export's totals (170580); it was skipped."]
    assert parsed.entries[-1].line == 23
    assert sum(e.seconds for e in parsed.entries) == 170580  # what the totals row says


def test_headerless_kimai1_file_is_read_in_1x_column_order():
    parsed = read(FIXTURES / "kimai1_headerless.csv")
    first = parsed.entries[0]
    assert first.line == 1
    assert (first.start, first.seconds, first.client, first.project, first.task) == (
        datetime(2021, 11, 1, 8, 30), 5400, "Harbour Pharmacy", "Online shop", "Development")
    assert first.rate_minor == 6500
    assert len(parsed.notes) == 1


def test_money_with_another_currency_and_negative_totals(tmp_path):
    head = "Date,Begin,End,Duration,Rate,User,Customer,Project,Activity,Description,Exported,Tags,Hourly rate,Fixed rate"
    path = write(tmp_path, "\n".join([
        head, '"2020-02-03","09:00","10:00","3600"," NZD 48.75 ","mere","Kiwi","Widget","Dev","","",""," NZD 48.75 ",""',
        '"2020-02-03","10:00","11:00","3600"," NZD (100.92)","mere","Kiwi","Widget","Dev","","",""," NZD 1,250.00 ",""',
    ]))
    entries = read(path).entries
    assert [(e.rate_minor, e.currency) for e in entries] == [(4875, "NZD"), (125000, "NZD")]


def test_early_1x_times_with_their_date(tmp_path):
    path = write(tmp_path, "Date,Begin,End,Duration,Rate,Currency,User,Customer,Project,Activity\n"
                           '"2019-06-16","2019-06-16 23:00","2019-06-17 00:06","3960","0","EUR","kevin","C","P","A"\n')
    (entry,) = read(path).entries
    assert (entry.start, entry.seconds, entry.currency) == (datetime(2019, 6, 16, 23, 0), 3960, "EUR")


def test_ambiguous_dates_are_read_day_first_and_asked(tmp_path):
    path = write(tmp_path, "\n".join([EN, row(day="01/02/2024"), row(day="03/04/2024")]))
    parsed = read(path)
    assert DATE_ORDER in parsed.asks
    assert [e.day for e in parsed.entries] == [date(2024, 2, 1), date(2024, 4, 3)]
    answered = read(path, date_order="mdy")
    assert answered.asks == set()
    assert [e.day for e in answered.entries] == [date(2024, 1, 2), date(2024, 3, 4)]


def test_a_missing_column_is_refused_on_line_1_by_name(tmp_path):
    path = write(tmp_path, EN.replace("Project,", "Job,") + "\n" + row() + "\n")
    parsed = read(path)
    assert [p.line for p in parsed.problems] == [1]
    assert "“Project”" in parsed.problems[0].error.text()


def test_bad_rows_are_refused_by_line_quoting_the_text(tmp_path):
    path = write(tmp_path, "\n".join([
        EN, row(), row(day="2024-02-30"), row(begin="25:00"), row(duration="0.00"), row(duration="-1.00"),
        row(rate="lots"), row(),
    ]))
    parsed = read(path)
    problems = {p.line: p.error.text() for p in parsed.problems}
    assert sorted(problems) == [3, 4, 5, 6, 7]
    assert "“2024-02-30”" in problems[3]
    assert "“25:00”" in problems[4]
    assert "zero" in problems[5]
    assert "negative" in problems[6]
    assert "“lots”" in problems[7]
    assert [e.line for e in parsed.entries] == [2, 8]


def test_a_file_that_is_neither_header_nor_entries_is_refused(tmp_path):
    parsed = read(write(tmp_path, "hello,world\n1,2\n"))
    assert [p.line for p in parsed.problems] == [1]
