"""The safe YAML reader: positions, duplicate keys, tags, limits, encodings."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonpress.errors import LessonError
from lessonpress.load.yaml_source import (
    MAX_FILE_BYTES,
    format_path,
    parse_yaml_bytes,
    read_yaml_file,
)


def problems_of(text: bytes | str) -> list[str]:
    raw = text.encode() if isinstance(text, str) else text
    with pytest.raises(LessonError) as caught:
        parse_yaml_bytes(raw, Path("lesson.yaml"))
    return [str(problem) for problem in caught.value.problems]


def test_positions_are_kept_for_every_value() -> None:
    document = parse_yaml_bytes(b"title: T\nevents:\n  - title: A\n    date: 1917\n")
    assert document.data == {"title": "T", "events": [{"title": "A", "date": 1917}]}
    mark = document.marks[("events", 0, "date")]
    assert (mark.line, mark.column) == (4, 11)
    assert document.mark_for(("events", 0, "missing", 3)).line == 3


def test_duplicate_key_is_reported_with_both_lines() -> None:
    [problem] = problems_of("title: A\nsummary: one\nsummary: two\n")
    assert "lesson.yaml:3:1" in problem
    assert "'summary' is given twice (first on line 2)" in problem


def test_all_duplicates_are_reported_in_one_run() -> None:
    assert len(problems_of("a: 1\na: 2\nb:\n  c: 1\n  c: 2\n")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "title: !!python/object/apply:os.system ['echo hi']\n",
        "title: !!python/name:os.system\n",
        "title: !custom value\n",
        "title: !!binary aGVsbG8=\n",
    ],
)
def test_non_plain_tags_are_refused(text: str) -> None:
    [problem] = problems_of(text)
    assert "is not allowed" in problem
    assert ":1:8" in problem


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for index in range(1, 10):
        previous = chr(ord("a") + index - 1)
        name = chr(ord("a") + index)
        lines.append(f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]")
    [problem] = problems_of("\n".join(lines) + "\n")
    assert "more than 200,000 values (through YAML aliases)" in problem


def test_oversized_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(30 * 1024 * 1024)

    def must_not_read(self: Path) -> bytes:
        raise AssertionError("an oversized file was read")

    monkeypatch.setattr(Path, "read_bytes", must_not_read)
    with pytest.raises(LessonError) as caught:
        read_yaml_file(path)
    assert f"larger than the {MAX_FILE_BYTES // 1_048_576} MB" in str(caught.value)


def test_windows_1252_text_is_named_as_not_utf8() -> None:
    [problem] = problems_of("title: A\nsummary: \u201cquoted\u201d\n".encode("cp1252"))
    assert "not UTF-8" in problem and "lesson.yaml:2:10" in problem


def test_utf8_byte_order_mark_is_accepted() -> None:
    assert parse_yaml_bytes("\ufefftitle: Å\n".encode()).data == {"title": "Å"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (b"", "the file is empty"),
        (b"   \n\n", "the file is empty"),
        (b"# only a comment\n", "only comments"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        (b"title: A\n\tsummary: B\n", "tab character"),
        (b"title: [unclosed\n", "not valid YAML"),
    ],
)
def test_unreadable_files_get_a_message(text: bytes, expected: str) -> None:
    assert expected in problems_of(text)[0]


def test_merge_keys_are_refused() -> None:
    assert "merge key" in problems_of("base: &b {x: 1}\nother:\n  <<: *b\n")[0]


def test_timestamps_become_dates() -> None:
    import datetime

    data = parse_yaml_bytes(b"a: 1939-09-01\nb: 2001-12-14t21:59:43.10-05:00\n").data
    assert data == {"a": datetime.date(1939, 9, 1), "b": datetime.date(2001, 12, 14)}


def test_field_paths_read_like_the_file() -> None:
    assert format_path(("events", 3, "date")) == "events[3].date"
    assert format_path(()) == ""
