"""Watson's frames file and ``watson log --json``, read from files the real Watson 2.1 wrote."""

import json
import shutil
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from freelance_desk.core.errors import DomainError
from freelance_desk.services.io.sources import json_array, registry, watson
from freelance_desk.services.io.sources.base import ReadOptions

FIXTURES = Path(__file__).parents[3] / "fixtures" / "imports" / "watson"
FRAMES = FIXTURES / "frames"
LOG = FIXTURES / "watson-log.json"


def read(path):
    return watson.read(Path(path), ReadOptions())


def totals(parsed) -> dict[str, int]:
    seconds = Counter()
    for entry in parsed.entries:
        seconds[entry.project or "No project"] += entry.seconds
    return dict(seconds)


def expected(name) -> dict[str, int]:
    contracts = json.loads((FIXTURES / "expected.json").read_text("utf-8"))["files"][name]["contracts"]
    return {c["contract"]: c["seconds"] for c in contracts}


def problems(parsed):
    return [(p.line, p.error.text()) for p in parsed.problems]


def write(tmp_path, text, name="frames"):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


# --- detection ----------------------------------------------------------------------


@pytest.mark.parametrize("path", [FRAMES, LOG])
def test_both_files_watson_writes_are_detected_as_watson(path):
    assert registry.detect(path).name == "watson"


def test_watsons_report_and_other_json_are_not_taken_for_watson(tmp_path):
    with pytest.raises(DomainError):
        registry.detect(FIXTURES / "watson-report.json")  # Watson's totals, not frames
    assert watson.detect(registry.Sample.of(write(tmp_path, '[{"id": 1, "name": "x"}]', "other.json"))) == 0
    assert watson.detect(registry.Sample.of(write(tmp_path, "[]", "empty.json"))) == 0


def test_a_compact_frames_file_is_detected_too(tmp_path):
    frames = json.loads(FRAMES.read_text("utf-8"))
    path = write(tmp_path, json.dumps(frames, separators=(",", ":")))
    assert registry.detect(path).name == "watson"


# --- what is read -------------------------------------------------------------------


@pytest.mark.parametrize(("path", "name"), [(FRAMES, "frames"), (LOG, "watson-log.json")])
def test_totals_per_project_are_watsons_own_report(path, name):
    parsed = read(path)
    assert not parsed.problems
    assert totals(parsed) == expected(name)


def test_the_frames_file_and_the_log_give_the_same_entries():
    """Two files Watson wrote of the same frames (Unix seconds; ISO times with the local offset) agree."""
    from_frames = {e.key: e for e in read(FRAMES).entries}
    from_log = {e.key: e for e in read(LOG).entries}
    assert from_frames.keys() == from_log.keys()
    for key, entry in from_frames.items():
        other = from_log[key]
        assert (entry.start, entry.seconds, entry.project, entry.tags) == (
            other.start, other.seconds, other.project, other.tags)


def test_each_frame_is_an_aware_utc_instant_with_its_utc_day():
    raw = {frame[3]: frame for frame in json.loads(FRAMES.read_text("utf-8"))}
    for entry in read(FRAMES).entries:
        start, stop, project, key, tags, _ = raw[entry.key]
        assert entry.start == datetime.fromtimestamp(start, UTC) and entry.start.utcoffset().total_seconds() == 0
        assert entry.day == entry.start.date()
        assert entry.seconds == stop - start
        assert (entry.project, entry.tags, entry.client) == (project, tuple(tags), "")


def test_a_frame_across_midnight_keeps_its_whole_length_on_the_day_it_started():
    raw = json.loads(FRAMES.read_text("utf-8"))
    across = [f for f in raw if f[0] // 86400 != f[1] // 86400]
    assert across  # the fixture has such frames
    entries = {e.key: e for e in read(FRAMES).entries}
    for start, stop, *_ in across:
        entry = next(e for e in entries.values() if e.start.timestamp() == start)
        assert entry.seconds == stop - start
        assert entry.day == datetime.fromtimestamp(start, UTC).date()


def test_tags_with_spaces_quotes_and_other_alphabets_are_kept():
    tags = {tag for entry in read(FRAMES).entries for tag in entry.tags}
    assert {"client call", 'naïve "quoted" tag', "dépôt", "日本語"} <= tags
    assert "café-brand" in totals(read(LOG))


def test_keys_are_watsons_frame_ids_the_same_on_every_read():
    ids = [frame[3] for frame in json.loads(FRAMES.read_text("utf-8"))]
    assert [e.key for e in read(FRAMES).entries] == ids == [e.key for e in read(FRAMES).entries]


def test_entries_name_the_line_their_frame_starts_on():
    lines = FRAMES.read_text("utf-8").split("\n")
    for entry in read(FRAMES).entries:
        assert lines[entry.line - 1].strip() == "["  # Watson writes one value a line
        assert lines[entry.line + 3].strip() == f'"{entry.key}",'


# --- the running frame --------------------------------------------------------------


def test_the_running_frame_in_the_log_is_left_out_with_a_note():
    records = json.loads(LOG.read_text("utf-8"))
    running = next(r for r in records if r["id"] == watson.RUNNING_ID)
    parsed = read(LOG)
    assert len(parsed.entries) == len(records) - 1
    assert watson.RUNNING_ID not in {e.key for e in parsed.entries}
    (note,) = parsed.notes
    assert running["project"] in note.text() and "left out" in note.text()


def test_the_running_frame_in_watsons_state_file_is_told(tmp_path):
    state = json.loads((FIXTURES / "state").read_text("utf-8"))
    parsed = read(FRAMES)
    (note,) = parsed.notes
    since = datetime.fromtimestamp(state["start"], UTC).strftime("%Y-%m-%d %H:%M")
    assert state["project"] in note.text() and since in note.text()
    alone = tmp_path / "frames"
    shutil.copy(FRAMES, alone)  # no state file beside it: nothing to tell
    assert read(alone).notes == [] and len(read(alone).entries) == len(parsed.entries)
    (tmp_path / "state").write_text("{}", "utf-8")  # Watson's state when nothing runs
    assert read(alone).notes == []


def test_a_frame_of_no_length_is_left_out_with_a_note(tmp_path):
    path = write(tmp_path, '[[1772438400, 1772438400, "website", "aa", [], 1772438400],\n'
                           ' [1772438400, 1772442000, "website", "bb", [], 1772442000]]')
    parsed = read(path)
    assert [e.key for e in parsed.entries] == ["bb"]
    assert parsed.notes[0].text().startswith("Frames of no length") and parsed.notes[0].params["count"] == 1


# --- refused, by line ---------------------------------------------------------------


def test_bad_json_is_named_by_its_line(tmp_path):
    lines = FRAMES.read_text("utf-8").split("\n")
    broken = next(n for n, text in enumerate(lines) if text.strip() == "]," and n > 30)
    lines[broken] = "]"  # a comma lost between two frames
    parsed = read(write(tmp_path, "\n".join(lines)))
    assert parsed.entries == []
    ((line, text),) = problems(parsed)
    assert line == broken + 2  # the next frame's line, where the comma was expected
    assert "not valid JSON" in text


def test_a_file_cut_short_is_refused(tmp_path):
    text = FRAMES.read_text("utf-8")
    parsed = read(write(tmp_path, text[: len(text) // 2]))
    assert parsed.entries == [] and len(parsed.problems) == 1


def test_frames_that_are_wrong_are_refused_by_the_line_they_start_on(tmp_path):
    text = (
        "[\n"
        ' [1772438400, 1772442000, "website", "aa", ["x"], 1772442000],\n'
        ' [1772442000, 1772438400, "website", "bb", [], 1772442000],\n'  # stops before it starts
        ' ["09:00", 1772449200, "website", "cc", [], 1772449200],\n'  # a start that is no number
        ' [1772449200, 1772452800, "website", "dd", "x", 1772452800],\n'  # tags not a list
        ' [1772452800, 1772456400, "website", "aa", [], 1772456400],\n'  # the id of line 2 again
        ' {"project": "website"},\n'
        ' [1772456400, 1772460000, "website", "ee", [["x"]], 1772460000],\n'  # a list among the tags
        ' [1772460000, 1772463600, 7, "ff", [], 1772463600]\n'  # a project that is no text
        "]\n"
    )
    parsed = read(write(tmp_path, text))
    assert [line for line, _ in problems(parsed)] == [3, 4, 5, 6, 7, 8, 9]
    assert "stops before it starts" in problems(parsed)[0][1]
    assert "line 2" in problems(parsed)[3][1]
    assert [e.key for e in parsed.entries] == ["aa"]


def test_log_records_that_are_wrong_are_refused_by_line(tmp_path):
    records = json.loads(LOG.read_text("utf-8"))[:3]
    records[1]["start"] = "2026-03-02 13:15"  # no UTC offset: not an instant
    records[2]["stop"] = 42
    parsed = read(write(tmp_path, json.dumps(records, indent=4), "log.json"))
    lines = [line for line, _ in problems(parsed)]
    text = json.dumps(records, indent=4).split("\n")
    starts = [n + 1 for n, row in enumerate(text) if row == "    {"]
    assert lines == starts[1:]
    assert "2026-03-02 13:15" in problems(parsed)[0][1]


def test_a_one_line_file_names_records_by_their_position(tmp_path):
    text = ('[[1772438400, 1772442000, "w", "aa", [], 1], [1772442000, 1772445600, "w", "bb", 7, 1],'
            ' [1772445600, 1772449200, "w", "cc", [], 1]]')
    parsed = read(write(tmp_path, text))
    assert [line for line, _ in problems(parsed)] == [2]
    assert [e.line for e in parsed.entries] == [1, 3]


def test_not_a_list_is_refused(tmp_path):
    parsed = read(FIXTURES / "watson-report.json")
    assert [line for line, _ in problems(parsed)] == [1] and "Watson" in problems(parsed)[0][1]


def test_a_byte_that_is_not_utf8_is_named_by_its_line(tmp_path):
    raw = FRAMES.read_bytes().replace("café".encode(), b"caf\xe9", 1)
    line = raw[: raw.index(b"caf\xe9")].count(b"\n") + 1
    path = tmp_path / "frames"
    path.write_bytes(raw)
    ((got, text),) = problems(read(path))
    assert got == line and "0xE9" in text


def test_a_file_over_the_limit_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(json_array, "MAX_BYTES", 1024)
    ((line, text),) = problems(read(FRAMES))
    assert line == 1 and "MB" in text


def test_progress_and_cancel(tmp_path, monkeypatch):
    monkeypatch.setattr(json_array, "REPORT_EVERY", 5)
    seen = []
    watson.read(FRAMES, ReadOptions(progress=lambda done, total: seen.append((done, total))))
    assert seen and all(0 < done <= total for done, total in seen)
    from freelance_desk.services.io.lines import Cancelled

    with pytest.raises(Cancelled):
        watson.read(FRAMES, ReadOptions(cancelled=lambda: True))


def test_records_are_numbered_alike_however_the_file_is_laid_out():
    """The quick reading of a pretty-printed file and the record-by-record scan name the same lines."""
    for path in (FRAMES, LOG, FIXTURES.parent / "timewarrior" / "timew-export.json"):
        text = path.read_text("utf-8")
        quick = list(json_array.records(text))
        first = text.index("[", 1) if path == FRAMES else text.index("{")
        scanned = list(json_array._scanned(text, first, None, None))
        assert quick == scanned and len({line for line, _ in quick}) == len(quick)


def test_numbers_that_are_no_instants_are_refused_by_line(tmp_path):
    text = ('[\n [1772438400, 1772442000, "w", "aa", [], 1],\n [NaN, 1772445600, "w", "bb", [], 1],\n'
            ' [1772445600, Infinity, "w", "cc", [], 1],\n [1e300, 1e301, "w", "dd", [], 1],\n'
            ' [1772449200.5, 1772452800.9, "w", "ee", [], 1]\n]')
    parsed = read(write(tmp_path, text))
    assert [line for line, _ in problems(parsed)] == [3, 4, 5]
    assert [(e.key, e.seconds) for e in parsed.entries] == [("aa", 3600), ("ee", 3600)]  # fractions dropped


@pytest.mark.parametrize("text", ["", "   \n", "42", '"frames"', "[1, 2", "[1, 2] x"])
def test_a_file_that_is_no_list_of_frames_is_refused_at_once(tmp_path, text):
    parsed = read(write(tmp_path, text))
    assert parsed.entries == [] and len(parsed.problems) == 1


def test_a_row_appended_by_its_values_is_the_row_appended_as_an_entry():
    from datetime import date

    from freelance_desk.services.io.sources.base import EntryTable, SourceEntry

    by_values, by_entry = EntryTable(), EntryTable()
    for n, (start, tags, note) in enumerate([(1772438400, ("a", "b"), ""), (1772524800, (), "a note")]):
        day = datetime.fromtimestamp(start, UTC).date()
        by_values.append_instant(n + 2, f"k{n}", day, start, 3600, "website", tags, note)
        by_entry.append(SourceEntry(n + 2, f"k{n}", day, datetime.fromtimestamp(start, UTC), 3600, "website",
                                    tags=tags, note=note))
    assert list(by_values) == list(by_entry)
    assert all(by_values.codes[name] == by_entry.codes[name] for name in EntryTable.CODED)
    assert by_values.row(1).day == date(2026, 3, 3) and by_values.row(1).client == ""  # 1772524800: 08:00 UTC
