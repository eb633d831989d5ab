"""A big JSON export read a block at a time gives the same records, lines and refusals as read whole."""

import json

import pytest

from freelance_desk.services.io.sources import json_array, timewarrior, watson
from freelance_desk.services.io.sources.base import ReadOptions
from tests.services.io.sources.test_watson import FIXTURES, FRAMES, LOG

EXPORT = FIXTURES.parent / "timewarrior" / "timew-export.json"


@pytest.fixture
def small_blocks(monkeypatch):
    """Every file counts as big, read 7 characters at a time: records are cut by the window again and again."""
    monkeypatch.setattr(json_array, "WHOLE_BELOW", 0)
    monkeypatch.setattr(json_array, "_BLOCK", 7)


def whole(path):
    return list(json_array.records(path.read_text("utf-8")))


@pytest.mark.parametrize("path", [FRAMES, LOG, EXPORT], ids=["frames", "log", "export"])
def test_a_streamed_file_gives_the_records_with_the_lines_of_the_whole_text(path, small_blocks):
    source = json_array.read_text(path, [])
    assert isinstance(source, json_array.Streamed)
    assert list(json_array.records(source)) == whole(path)


def test_a_file_on_one_line_numbers_its_records_by_position(tmp_path, small_blocks):
    path = tmp_path / "frames"
    path.write_text(json.dumps(json.loads(FRAMES.read_text("utf-8"))), "utf-8")
    got = list(json_array.records(json_array.read_text(path, [])))
    assert [line for line, _ in got] == list(range(1, len(got) + 1)) and got == whole(path)


def test_numbers_cut_by_the_window_are_read_whole(tmp_path, small_blocks):
    path = tmp_path / "numbers.json"
    path.write_text("[12345678901, 98765432109876,\n 3.25e10, -7]", "utf-8")
    assert [v for _, v in json_array.records(json_array.read_text(path, []))] == [12345678901, 98765432109876,
                                                                                  3.25e10, -7]


@pytest.mark.parametrize("broken", ["[\n [1, 2],\n [3, 4\n", "[\n [1, 2],\n [3, 4]\n] extra", "[\n [1, 2]\n [3]\n]",
                                    "[\n [1, 2],\n"], ids=["unclosed", "after the end", "no comma", "cut short"])
def test_a_broken_big_file_is_refused_where_the_whole_text_says(tmp_path, small_blocks, broken):
    path = tmp_path / "frames"
    path.write_text(broken, "utf-8")
    source = json_array.read_text(path, [])
    with pytest.raises(json_array.NotJSON):
        list(json_array.records(source))
    streamed, read_whole = json_array.syntax_problem(source), json_array.syntax_problem(broken)
    assert (streamed.line, streamed.error.text()) == (read_whole.line, read_whole.error.text())


def test_a_byte_that_is_not_utf8_in_a_big_file_is_named_by_its_line(tmp_path, small_blocks):
    raw = FRAMES.read_bytes().replace("café".encode(), b"caf\xe9", 1)
    line = raw[: raw.index(b"caf\xe9")].count(b"\n") + 1
    path = tmp_path / "frames"
    path.write_bytes(raw)
    parsed = watson.read(path, ReadOptions())
    assert [(p.line, "0xE9" in p.error.text()) for p in parsed.problems] == [(line, True)]


def test_the_readers_read_a_streamed_file_as_a_whole_one(tmp_path, monkeypatch):
    small = (watson.read(FRAMES, ReadOptions()), timewarrior.read_export(EXPORT, ReadOptions()))
    monkeypatch.setattr(json_array, "WHOLE_BELOW", 0)
    monkeypatch.setattr(json_array, "_BLOCK", 64)
    big = (watson.read(FRAMES, ReadOptions()), timewarrior.read_export(EXPORT, ReadOptions()))
    for one, other in zip(small, big, strict=True):
        assert list(one.entries) == list(other.entries) and len(one.entries) > 3
        assert [(p.line, p.error.text()) for p in one.problems] == [(p.line, p.error.text()) for p in other.problems]


def test_a_byte_order_mark_is_passed_over(tmp_path, small_blocks):
    path = tmp_path / "frames"
    path.write_bytes(b"\xef\xbb\xbf" + FRAMES.read_bytes())
    assert list(json_array.records(json_array.read_text(path, []))) == whole(FRAMES)


def test_the_window_holds_a_few_blocks_of_a_long_file_never_the_whole(tmp_path, monkeypatch):
    """A long export is read with little memory: the window stays near a block, however long the file
    (it once doubled each time a record was cut by its end, to the whole 24 MB of a 200,000-interval export)."""
    monkeypatch.setattr(json_array, "WHOLE_BELOW", 0)
    monkeypatch.setattr(json_array, "_BLOCK", 64)
    path = tmp_path / "export.json"
    rows = [{"id": n, "start": "20240101T%06dZ" % n, "tags": ["Project %d" % (n % 7)]} for n in range(2000)]
    path.write_text("[\n" + ",\n".join(json.dumps(row) for row in rows) + "\n]\n", "utf-8")
    longest = [0]
    more = json_array._Window.more

    def watched(self, at_least=json_array._BLOCK):
        grew = more(self, at_least)
        longest[0] = max(longest[0], len(self.text))
        return grew

    monkeypatch.setattr(json_array._Window, "more", watched)
    got = list(json_array.records(json_array.read_text(path, [])))
    assert [record for _, record in got] == rows
    assert path.stat().st_size > 100_000 and longest[0] <= 4 * 64
