"""Building many lessons: in parallel processes or one at a time, the same files; a
lesson that fails stops no other; what is printed on a terminal and elsewhere."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner, Result

from lessonpress.cli import cli

TITLES = ("The Printing Press", "The Broken One", "The Steam Engine")
LESSON = "title: {title}\nevents:\n  - title: It begins\n    date: {date}\n"
DATES = ("1450", "the year after next", "1712")  # the second is no date: that lesson fails


def write_lessons(folder: Path) -> list[Path]:
    """Three lessons named a, b and c; b has a date nobody can place, on line 4."""
    paths = []
    for name, title, date in zip("abc", TITLES, DATES, strict=True):
        path = folder / f"{name}.yaml"
        path.write_text(LESSON.format(title=title, date=date), encoding="utf-8")
        paths.append(path)
    return paths


def build(lessons: list[Path], output: Path, *options: str) -> Result:
    arguments = ["build", *map(str, lessons), "-o", str(output), *options]
    return CliRunner().invoke(cli, arguments)


def contents(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Result, Path]]:
    """The three lessons built with two jobs and with one, each into a folder of its own."""
    folder = tmp_path_factory.mktemp("lessons")
    lessons = write_lessons(folder)
    runs = {}
    for jobs in ("2", "1"):
        output = folder / f"jobs-{jobs}"
        runs[jobs] = (build(lessons, output, "--jobs", jobs), output)
    return runs


def test_a_broken_lesson_stops_no_other_and_the_build_exits_2_naming_it(
    built: dict[str, tuple[Result, Path]],
) -> None:
    result, output = built["2"]
    assert result.exit_code == 2
    assert sorted(contents(output)) == [
        f"{name}-{kind}" for name in "ac" for kind in ("deck.pptx", "handout.pdf", "poster.pdf")
    ]
    for name, title in (("a", TITLES[0]), ("c", TITLES[2])):
        with pdfplumber.open(output / f"{name}-handout.pdf") as pdf:
            assert title in (pdf.pages[0].extract_text() or "")
    assert re.search(r"b\.yaml:4:\d+: error: events\[0\]\.date: ", result.output)
    assert result.output.rstrip().endswith(
        "1 of 3 lessons not built: " + str(output.parent / "b.yaml")
    )


def test_parallel_and_one_at_a_time_write_the_same_bytes(
    built: dict[str, tuple[Result, Path]],
) -> None:
    (parallel, parallel_output), (serial, serial_output) = built["2"], built["1"]
    assert contents(parallel_output) == contents(serial_output)
    assert parallel.output.splitlines()[-3:] == serial.output.splitlines()[-3:]


def test_without_a_terminal_each_lesson_is_one_plain_line(
    built: dict[str, tuple[Result, Path]],
) -> None:
    result, output = built["1"]
    lines = result.output.splitlines()
    a, b, c = (output.parent / f"{name}.yaml" for name in "abc")
    assert lines[:3] == [
        f"[1/3] {a}: wrote {output}/a-handout.pdf, {output}/a-deck.pptx, {output}/a-poster.pdf",
        f"[2/3] {b}: not built, see below",
        f"[3/3] {c}: wrote {output}/c-handout.pdf, {output}/c-deck.pptx, {output}/c-poster.pdf",
    ]
    assert "\x1b" not in result.output


@pytest.mark.parametrize("ci", ["", "true"])
def test_a_terminal_gets_a_progress_bar_unless_in_ci(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ci: str
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich takes the test's output for a terminal
    monkeypatch.setenv("TERM", "xterm-256color")  # one that can redraw a bar
    for name in ("TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CI", ci)
    lessons = write_lessons(tmp_path)[::2]
    result = build(lessons, tmp_path / "out", "-f", "handout", "--jobs", "1")
    assert result.exit_code == 0
    has_bar = "Building" in result.output and "2/2" in result.output
    assert has_bar is not bool(ci)
    assert f"[2/2] {lessons[1]}: wrote {tmp_path}/out/c-handout.pdf" in result.output


def test_a_file_that_cannot_be_written_exits_1_and_the_others_are_built(tmp_path: Path) -> None:
    lessons = write_lessons(tmp_path)[::2]
    (tmp_path / "out" / "a-handout.pdf").mkdir(parents=True)
    result = build(lessons, tmp_path / "out", "-f", "handout", "--jobs", "1")
    assert result.exit_code == 1
    assert f"cannot write {tmp_path}/out/a-handout.pdf: a folder has that name" in result.output
    with pdfplumber.open(tmp_path / "out" / "c-handout.pdf") as pdf:
        assert TITLES[2] in (pdf.pages[0].extract_text() or "")


def test_two_lessons_that_would_write_the_same_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "other").mkdir()
    first = write_lessons(tmp_path)[0]
    second = write_lessons(tmp_path / "other")[0]
    result = build([first, second, first], tmp_path / "out")
    assert result.exit_code == 2
    assert "would write the same files" in result.output
    assert not (tmp_path / "out").exists()


def test_an_unknown_format_is_reported_once_for_all_the_lessons(tmp_path: Path) -> None:
    result = build(write_lessons(tmp_path)[::2], tmp_path / "out", "-f", "handot")
    assert result.exit_code == 2
    assert result.output.count("unknown format 'handot'") == 1
    assert not (tmp_path / "out").exists()
