"""Timewarrior's export, its data folder and one month's file, read from what the real Timewarrior 1.4.3 wrote."""

import json
import shutil
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from freelance_desk.core.errors import DomainError
from freelance_desk.services.io.sources import registry, timewarrior
from freelance_desk.services.io.sources.base import ReadOptions, Sample

FIXTURES = Path(__file__).parents[3] / "fixtures" / "imports" / "timewarrior"
EXPORT = FIXTURES / "timew-export.json"
DATA = FIXTURES / "data"
MARCH = DATA / "2026-03.data"


def read(path):
    path = Path(path)
    fmt = registry.detect(path)
    return fmt.read(path, ReadOptions())


def totals(parsed) -> dict[str, int]:
    seconds = Counter()
    for entry in parsed.entries:
        seconds[entry.project or "Untagged"] += entry.seconds
    return dict(seconds)


def expected(name) -> dict[str, int]:
    contracts = json.loads((FIXTURES / "expected.json").read_text("utf-8"))["files"][name]["contracts"]
    return {c["contract"]: c["seconds"] for c in contracts}


def problems(parsed):
    return [(p.line, p.error.text()) for p in parsed.problems]


def stamp(text: str) -> datetime:
    return datetime.strptime(text, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


@pytest.fixture
def folder(tmp_path):
    """A copy of the data folder to damage."""
    return Path(shutil.copytree(DATA, tmp_path / "data"))


# --- detection ----------------------------------------------------------------------


@pytest.mark.parametrize(("path", "name"), [
    (EXPORT, "timewarrior"),
    (DATA, "timewarrior-data"),
    (FIXTURES, "timewarrior-data"),  # the folder above data/ (as ~/.timewarrior is): its data/ is read
    (MARCH, "timewarrior-month"),
])
def test_each_layout_is_detected(path, name):
    fmt = registry.detect(path)
    assert fmt.name == name
    assert fmt.folder == path.is_dir() and not fmt.local_times


def test_timewarriors_other_files_are_not_taken_for_intervals(tmp_path):
    for name in ("tags.data", "undo.data"):
        assert all(f.detect(Sample.of(DATA / name)) == 0 for f in timewarrior.FORMATS)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(DomainError):
        registry.detect(empty)


def test_registry_lists_all_three_and_finds_them_by_name():
    names = [f.name for f in registry.formats()]
    assert {"timewarrior", "timewarrior-data", "timewarrior-month", "watson", "csv"} <= set(names)
    assert len(names) == len(set(names))
    assert registry.by_name("timewarrior-data").folder


# --- what is read -------------------------------------------------------------------


@pytest.mark.parametrize(("path", "name"), [(EXPORT, "timew-export.json"), (DATA, "data")])
def test_totals_per_first_tag_are_timewarriors_own(path, name):
    parsed = read(path)
    assert not parsed.problems
    assert totals(parsed) == expected(name)


def test_the_export_and_the_data_folder_give_the_same_entries():
    """Two things Timewarrior wrote of the same intervals (JSON; its own data lines) agree on every field."""
    exported = {e.key: e for e in read(EXPORT).entries}
    stored = {e.key: e for e in read(DATA).entries}
    assert exported.keys() == stored.keys()
    for key, entry in exported.items():
        other = stored[key]
        assert (entry.start, entry.day, entry.seconds, entry.project, entry.tags, entry.note) == (
            other.start, other.day, other.seconds, other.project, other.tags, other.note)


def test_each_interval_is_its_export_record():
    records = {r["start"]: r for r in json.loads(EXPORT.read_text("utf-8")) if "end" in r}
    entries = read(EXPORT).entries
    assert len(entries) == len(records)
    for entry in entries:
        record = records[entry.key]
        start, end = stamp(record["start"]), stamp(record["end"])
        assert entry.start == start and entry.start.tzinfo is not None and entry.day == start.date()
        assert entry.seconds == (end - start).total_seconds()
        tags = tuple(record.get("tags", ()))
        assert entry.tags == tags and entry.project == (tags[0] if tags else "")
        assert entry.note == record.get("annotation", "")


def test_annotations_tags_with_quotes_and_untagged_intervals():
    entries = read(DATA).entries
    notes = {e.note for e in entries if e.note}
    assert notes == {'Fixed the "login" bug; deployed', "Sprint 12 — réunion"}
    tags = {tag for e in entries for tag in e.tags}
    assert {'naïve "quoted" tag', "client call", "dépôt", "日本語", "Client X"} <= tags
    assert sum(1 for e in entries if not e.tags and e.project == "") == 2


def test_an_interval_across_midnight_keeps_its_length_on_its_start_day():
    entries = [e for e in read(DATA).entries if e.start.date() != datetime.fromtimestamp(
        e.start.timestamp() + e.seconds, UTC).date()]
    assert len(entries) == 3
    march_into_april = next(e for e in entries if e.key.startswith("20260331"))
    assert march_into_april.day.isoformat() == "2026-03-31" and march_into_april.seconds == 3 * 3600


def test_keys_are_the_start_instants_the_same_on_every_read_whatever_the_ids(tmp_path):
    records = json.loads(EXPORT.read_text("utf-8"))
    keys = [e.key for e in read(EXPORT).entries]
    assert keys == [r["start"] for r in records if "end" in r] == [e.key for e in read(EXPORT).entries]
    for n, record in enumerate(records):  # a new interval tracked since: every id moves by one
        record["id"] += 1
    later = tmp_path / "later.json"
    later.write_text("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n]\n", "utf-8")
    assert [e.key for e in read(later).entries] == keys


def test_one_months_file_reads_the_intervals_that_start_in_it():
    month = read(MARCH).entries
    assert month and all(e.key.startswith("202603") for e in month)
    assert {e.key for e in month} == {e.key for e in read(DATA).entries if e.key.startswith("202603")}


def test_entries_name_their_line():
    lines = json.loads(EXPORT.read_text("utf-8"))
    text = EXPORT.read_text("utf-8").split("\n")
    for entry in read(EXPORT).entries:
        assert f'"start":"{entry.key}"' in text[entry.line - 1]
    for entry in read(MARCH).entries:
        assert MARCH.read_text("utf-8").split("\n")[entry.line - 1].startswith(f"inc {entry.key}")
    assert lines  # the export is not empty


# --- the open interval --------------------------------------------------------------


@pytest.mark.parametrize("path", [EXPORT, DATA])
def test_the_open_interval_is_left_out_with_a_note(path):
    running = next(r for r in json.loads(EXPORT.read_text("utf-8")) if "end" not in r)
    parsed = read(path)
    assert running["start"] not in {e.key for e in parsed.entries}
    (note,) = parsed.notes
    assert "left out" in note.text() and stamp(running["start"]).strftime("%Y-%m-%d %H:%M") in note.text()
    assert all(tag in note.text() for tag in running["tags"])


# --- refused, by line ---------------------------------------------------------------


def test_bad_json_is_named_by_its_line(tmp_path):
    lines = EXPORT.read_text("utf-8").split("\n")
    lines[5] = lines[5].replace('"end":', '"end"', 1)
    path = tmp_path / "export.json"
    path.write_text("\n".join(lines), "utf-8")
    parsed = timewarrior.read_export(path, ReadOptions())
    ((line, text),) = problems(parsed)
    assert line == 6 and "not valid JSON" in text and parsed.entries == []


def test_records_that_are_wrong_are_refused_by_line(tmp_path):
    records = json.loads(EXPORT.read_text("utf-8"))[:7]
    records[5]["tags"] = [["a list"]]  # a list among the tags
    records[1]["end"], records[1]["start"] = records[1]["start"], records[1]["end"]  # ends before it starts
    records[2]["start"] = "2026-03-03T07:45:00Z"  # not the way Timewarrior writes an instant
    records[3]["tags"] = "acme-api"  # not a list
    records[4]["start"] = records[0]["start"]  # a start seen before
    path = tmp_path / "export.json"
    path.write_text("[\n" + ",\n".join(json.dumps(r) for r in records) + "\n]\n", "utf-8")
    parsed = timewarrior.read_export(path, ReadOptions())
    assert [line for line, _ in problems(parsed)] == [3, 4, 5, 6, 7]
    assert "ends before it starts" in problems(parsed)[0][1]
    assert "2026-03-03T07:45:00Z" in problems(parsed)[1][1]
    assert "line 2" in problems(parsed)[3][1]
    # the same records indented: each refused by the line its record starts on
    path.write_text(json.dumps(records, indent=2), "utf-8")
    text = path.read_text("utf-8").split("\n")
    starts = [n + 1 for n, row in enumerate(text) if row == "  {"]
    assert [line for line, _ in problems(timewarrior.read_export(path, ReadOptions()))] == starts[1:6]


def test_a_damaged_data_line_is_named_by_its_file_and_line(folder):
    march = folder / "2026-03.data"
    lines = march.read_text("utf-8").split("\n")
    lines[4] = lines[4].replace(" - ", " ~ ")  # no longer an interval line
    lines[7] = lines[7].replace("inc 202603", "inc 202699", 1)  # a start that is no time (month 99)
    lines[10] = "exc monday"  # not an interval at all
    march.write_text("\n".join(lines), "utf-8")
    parsed = timewarrior.read_folder(folder, ReadOptions())
    assert [line for line, _ in problems(parsed)] == [5, 8, 11]
    assert all(text.startswith("2026-03.data: ") for _, text in problems(parsed))
    assert "not a Timewarrior interval" in problems(parsed)[0][1]
    assert "202699" in problems(parsed)[1][1]


def test_a_problem_in_a_data_file_is_translated_with_its_file_name(folder):
    (folder / "2026-04.data").write_text("inc garbage\n", "utf-8")
    (problem,) = timewarrior.read_folder(folder, ReadOptions()).problems
    translations = {"{file}: {problem}": "Berkas {file}: {problem}", timewarrior._NOT_LINE: "Bukan interval."}
    assert problem.error.text(lambda template: translations.get(template, template)) == (
        "Berkas 2026-04.data: Bukan interval.")


def test_a_data_line_not_utf8_is_named(folder):
    march = folder / "2026-03.data"
    raw = march.read_bytes().replace("dépôt".encode(), b"d\xe9p\xf4t")
    march.write_bytes(raw)
    line = raw[: raw.index(b"d\xe9p")].count(b"\n") + 1
    ((got, text),) = problems(timewarrior.read_folder(folder, ReadOptions()))
    assert got == line and "UTF-8" in text


def test_a_folder_without_data_files_is_refused(tmp_path):
    shutil.copy(DATA / "tags.data", tmp_path / "tags.data")
    parsed = timewarrior.read_folder(tmp_path, ReadOptions())
    assert parsed.entries == [] and "2026-03.data" in problems(parsed)[0][1]


# --- the data line as Timewarrior reads it --------------------------------------------
# Each expectation below is what ``timew export`` (1.4.3) printed for the same line written by
# hand into a data file: Timewarrior's own reading is the reference.


@pytest.mark.parametrize(("line", "tags", "annotation"), [
    ("inc 20260201T080000Z - 20260201T090000Z # \"a \\\\ b\"", ("a \\ b",), ""),
    ("inc 20260202T080000Z - 20260202T090000Z # \"a \\n b\" 'single q' plain", ("a \n b", "plain", "single q"), ""),
    ("inc 20260203T080000Z - 20260203T090000Z # \"x\\ty\" # raw annotation   with \"quote\" inside",
     ("x\ty",), "raw annotation with quote inside"),
    ("inc 20260204T080000Z - 20260204T090000Z # # two # hashes", (), "two # hashes"),
    ("inc 20260205T080000Z - 20260205T090000Z    #    spaced    tags   ", ("spaced", "tags"), ""),
    ("inc 20260206T080000Z - 20260206T090000Z # \"unterminated", ('"unterminated',), ""),
    ("inc 20260207T080000Z - 20260207T090000Z # zeta alpha", ("alpha", "zeta"), ""),
    ("inc 20260208T080000Z - 20260208T090000Z # \"\\u00e9t\\u00e9\"", ("été",), ""),
    ("inc 20260209T080000Z - 20260209T090000Z # acme-api a+b (x) ", ("(x)", "a+b", "acme-api"), ""),
    ("inc 20260210T080000Z - 20260210T090000Z # a\"b c\"d 'it''s'", ('a"b', 'c"d', "it", "s"), ""),
    ("inc 20260211T080000Z - 20260211T090000Z # \"a\\/b\" \"\\x41\" \"\\u00\"", ("a/b", "u00", "x41"), ""),
    ("inc 20260212T080000Z - 20260212T090000Z # tag # \"quoted annotation\" plus words",
     ("tag",), "quoted annotation plus words"),
    ("inc 20260213T080000Z - 20260213T090000Z # \"#\" x", (), "x"),
    ("inc 20260214T080000Z - 20260214T090000Z # \"x\" #y", ("#y", "x"), ""),
    ("inc 20260215T080000Z - 20260215T090000Z # O'Brien back\\slash", ("O'Brien", "back\\slash"), ""),
])
def test_a_data_line_is_read_as_timewarrior_reads_it(tmp_path, line, tags, annotation):
    path = tmp_path / "2026-02.data"
    path.write_text(line + "\n", "utf-8")
    (entry,) = timewarrior.read_month(path, ReadOptions()).entries
    assert entry.tags == tags and entry.note == annotation
    assert entry.project == (tags[0] if tags else "") and entry.seconds == 3600


def test_an_interval_of_no_length_is_left_out_with_a_note(tmp_path):
    path = tmp_path / "2026-02.data"
    path.write_text("inc 20260201T080000Z - 20260201T080000Z # x\ninc 20260201T090000Z - 20260201T100000Z # y\n",
                    "utf-8")
    parsed = timewarrior.read_month(path, ReadOptions())
    assert [e.key for e in parsed.entries] == ["20260201T090000Z"]
    (note,) = parsed.notes
    assert note.text().startswith("Intervals of no length") and note.params["count"] == 1
