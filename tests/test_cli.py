"""The command line: help, new, check, schema, themes, exit statuses, light imports."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import lessonpress.commit
from conftest import LESSONS, FaultyOs
from lessonpress.cli import cli
from lessonpress.starter import SCHEMA_FILE_NAME

COMMANDS = ["build", "check", "new", "themes", "renderers", "schema"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_explains_itself(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage: " in result.output
    summary = result.output.split("\n\n")[1].strip()
    assert len(summary) > 20


def test_new_writes_a_starter_that_passes_check(tmp_path: Path) -> None:
    runner = CliRunner()
    lesson = tmp_path / "my-lesson.yaml"
    result = runner.invoke(cli, ["new", str(lesson)])
    assert result.exit_code == 0, result.output
    text = lesson.read_text()
    assert text.startswith(f"# yaml-language-server: $schema={SCHEMA_FILE_NAME}\n")
    assert json.loads((tmp_path / SCHEMA_FILE_NAME).read_text())["title"]
    checked = runner.invoke(cli, ["check", str(lesson)])
    assert checked.exit_code == 0, checked.output
    assert "ok (2 events)" in checked.output


def test_new_does_not_overwrite(tmp_path: Path) -> None:
    lesson = tmp_path / "lesson.yaml"
    lesson.write_text("mine")
    result = CliRunner().invoke(cli, ["new", str(lesson)])
    assert result.exit_code == 2
    assert lesson.read_text() == "mine"


def test_schema_is_generated_from_the_model() -> None:
    result = CliRunner().invoke(cli, ["schema"])
    schema = json.loads(result.output)
    assert set(schema["required"]) == {"title", "events"}
    assert "source_file" not in schema["properties"]
    event = schema["$defs"]["Event"]
    assert event["additionalProperties"] is False
    [date_schema] = [
        form for form in event["properties"]["date"]["anyOf"] if form.get("type") != "null"
    ]
    date_forms = {form.get("type") for form in date_schema["anyOf"]}
    assert {"string", "integer", "object"} <= date_forms


def test_themes_lists_every_builtin_theme() -> None:
    result = CliRunner().invoke(cli, ["themes"])
    assert result.exit_code == 0
    for name in ["classic", "modern", "high-contrast", "ink-saver", "chalkboard"]:
        assert name in result.output


def test_check_reports_warnings_without_failing(tmp_path: Path) -> None:
    (tmp_path / "pale.yaml").write_text("colors:\n  text: '#BBBBBB'\n")
    lesson = tmp_path / "lesson.yaml"
    lesson.write_text("title: T\ntheme: pale.yaml\nevents:\n  - {title: A, date: 1917}\n")
    result = CliRunner().invoke(cli, ["check", str(lesson)])
    assert result.exit_code == 0
    assert "warning: colors.text" in result.output


def test_missing_lesson_file_is_an_input_problem(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_bad_arguments_exit_with_status_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["build", "x.yaml", "--edition", "principal"])
    assert result.exit_code == 2
    result = CliRunner().invoke(cli, ["build", "x.yaml", "--poster-size", "napkin"])
    assert result.exit_code == 2
    assert "not a page size" in result.output


def test_an_internal_fault_apologises_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr("lessonpress.build.build_lesson", broken)
    lesson = tmp_path / "lesson.yaml"
    lesson.write_text("title: T\nevents:\n  - {title: A, date: 1917}\n")
    result = CliRunner().invoke(cli, ["build", str(lesson)])
    assert result.exit_code == 1
    assert "Sorry" in result.output and "Traceback" not in result.output
    debug = CliRunner().invoke(cli, ["--debug", "build", str(lesson)])
    assert debug.exit_code == 1
    assert "RuntimeError: a bug" in debug.output


@pytest.mark.parametrize("arguments", [["--help"], ["schema"], ["check", "content/none.yaml"]])
def test_light_commands_do_not_import_the_renderers_libraries(arguments: list[str]) -> None:
    code = (
        "import sys\n"
        "from lessonpress.cli import cli\n"
        f"try:\n    cli.main({arguments!r}, standalone_mode=False)\n"
        "except BaseException:\n    pass\n"
        "heavy = [m for m in ('reportlab', 'pptx') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert completed.stdout.strip().splitlines()[-1] == "[]"


def test_check_refuses_a_template_that_is_not_a_presentation_at_its_theme_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("not a presentation")
    (tmp_path / "school.yaml").write_text("extends: classic\ndeck:\n  template: notes.txt\n")
    lesson = tmp_path / "lesson.yaml"
    lesson.write_text("title: T\ntheme: school.yaml\nevents:\n  - {title: A, date: 1917}\n")
    result = CliRunner().invoke(cli, ["check", "lesson.yaml"])
    assert result.exit_code == 2, result.output
    assert "school.yaml:3:" in result.output
    assert "deck.template: cannot use the deck template 'notes.txt'" in result.output
    assert sorted(os.listdir(tmp_path)) == ["lesson.yaml", "notes.txt", "school.yaml"]


def test_check_takes_the_choices_a_build_takes(tmp_path: Path) -> None:
    dense = tmp_path / "dense.yaml"
    events = [f"  - {{title: Event {n}, date: '{1600 + n}'}}" for n in range(300)]
    dense.write_text("\n".join(["title: Three Hundred Years", "events:", *events]) + "\n")
    on_theme_paper = CliRunner().invoke(cli, ["check", str(dense), "-f", "poster"])
    assert on_theme_paper.exit_code == 2
    assert "poster.page_size: only about" in on_theme_paper.output
    on_larger_paper = CliRunner().invoke(
        cli, ["check", str(dense), "-f", "poster", "--poster-size", "a1"]
    )
    assert on_larger_paper.exit_code == 0, on_larger_paper.output
    assert "ok (300 events)" in on_larger_paper.output


# Each case: the -o folder, how the commit's os calls fail (the os functions counted, the
# call that fails, its error; the folder's own open, for its lock, is the first open),
# and the message after "cannot write ".
OUTPUT_FAULTS = {
    "full-disk": (
        "out",
        (("write",), 1, errno.ENOSPC),
        "out/minimal-handout.pdf: no space left on device",
    ),
    "read-only": (
        "out",
        (("open",), 2, errno.EROFS),
        "out/minimal-handout.pdf: read-only file system",
    ),
    "no-permission": (
        "out",
        (("open",), 2, errno.EACCES),
        "out/minimal-handout.pdf: permission denied",
    ),
    "dangling-link": (
        "dangling",
        ((), 0, 0),
        "dangling: it is a link to nowhere, which does not exist",
    ),
    "under-a-file": (
        "afile/sub",
        ((), 0, 0),
        "afile/sub: a part of the path is a file, not a folder",
    ),
    "name-is-a-folder": ("taken", ((), 0, 0), "taken/minimal-poster.pdf: a folder has that name"),
}


@pytest.mark.parametrize(("output", "fault", "message"), OUTPUT_FAULTS.values(), ids=OUTPUT_FAULTS)
def test_files_that_cannot_be_written_exit_1_with_one_line_and_keep_the_old_ones(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    output: str,
    fault: tuple[tuple[str, ...], int, int],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    lesson = LESSONS / "minimal.yaml"
    for folder in ("out", "taken"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "minimal-handout.pdf").write_bytes(b"yesterday's handout")
    (tmp_path / "taken" / "minimal-poster.pdf").mkdir()
    (tmp_path / "afile").write_text("a file")
    (tmp_path / "dangling").symlink_to("nowhere")
    before = sorted(str(path) for path in tmp_path.rglob("*"))
    monkeypatch.setattr(lessonpress.commit, "os", FaultyOs(*fault))
    result = CliRunner().invoke(
        cli, ["build", str(lesson), "-f", "handout", "-f", "poster", "-o", output]
    )
    assert result.exit_code == 1
    assert result.output == f"cannot write {message}\n"
    assert sorted(str(path) for path in tmp_path.rglob("*")) == before
    for folder in ("out", "taken"):
        assert (tmp_path / folder / "minimal-handout.pdf").read_bytes() == b"yesterday's handout"
