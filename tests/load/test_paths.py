"""Where named files may be: the naming file's folder, the current folder, --allow-dir."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from lessonpress.cli import cli
from lessonpress.errors import LessonError
from lessonpress.load.lesson import load_lesson
from lessonpress.load.paths import PathPolicy, RefusedPath, read_regular_file
from lessonpress.load.theme import load_theme


def lesson_with_image(folder: Path, src: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "lesson.yaml"
    path.write_text(f"title: T\nevents:\n  - title: A\n    date: 1917\n    image: {src}\n")
    return path


def picture(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (400, 300), "#0072B2").save(path)
    return path


def refusal(path: Path, *allowed: Path) -> str:
    with pytest.raises(LessonError) as caught:
        load_lesson(path, allowed)
    [problem] = caught.value.problems
    assert problem.path == "events[0].image"
    return problem.message


@pytest.fixture
def course(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A course folder, the folder the command runs in, with the lesson one level down."""
    folder = tmp_path / "course"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def test_a_shared_folder_of_the_course_is_allowed(course: Path) -> None:
    picture(course / "images" / "map.png")
    lesson = lesson_with_image(course / "week-1", "../images/map.png")
    image = load_lesson(lesson).lesson.events[0].image
    assert image is not None and image.file is not None
    assert image.file.path == (course / "images" / "map.png").resolve()


def test_a_file_beyond_the_course_is_refused_until_its_folder_is_allowed(course: Path) -> None:
    elsewhere = picture(course.parent / "elsewhere" / "secret.png")
    lesson = lesson_with_image(course / "week-1", str(elsewhere))
    assert "is outside the folders lessonpress may read files from" in refusal(lesson)
    assert load_lesson(lesson, [elsewhere.parent]).lesson.events[0].image is not None


def test_a_symlink_is_judged_by_where_it_leads(course: Path) -> None:
    elsewhere = picture(course.parent / "elsewhere" / "secret.png")
    inside = picture(course / "week-1" / "real.png")
    (course / "week-1" / "leak.png").symlink_to(elsewhere)
    (course / "week-1" / "alias.png").symlink_to(inside)
    assert "outside" in refusal(lesson_with_image(course / "week-1", "leak.png"))
    assert load_lesson(lesson_with_image(course / "week-1", "alias.png")).lesson is not None


def test_allow_dir_on_the_command_line(course: Path) -> None:
    elsewhere = picture(course.parent / "elsewhere" / "secret.png")
    lesson = lesson_with_image(course / "week-1", str(elsewhere))
    refused = CliRunner().invoke(cli, ["check", str(lesson)])
    assert refused.exit_code == 2 and "outside the folders" in refused.output
    allowed = CliRunner().invoke(cli, ["check", str(lesson), "--allow-dir", str(elsewhere.parent)])
    assert allowed.exit_code == 0, allowed.output


def test_theme_files_are_confined_to_their_own_folder(course: Path) -> None:
    elsewhere = picture(course.parent / "elsewhere" / "crest.png")
    (course / "theme.yaml").write_text(f"extends: classic\nlogo: {elsewhere}\n")
    with pytest.raises(LessonError) as caught:
        load_theme("theme.yaml", course)
    [problem] = caught.value.problems
    assert (problem.path, problem.line) == ("logo", 2)
    assert "the logo" in problem.message and "outside" in problem.message
    assert load_theme("theme.yaml", course, [elsewhere.parent]).logo_image is not None


def test_a_theme_named_by_a_lesson_is_confined_too(course: Path) -> None:
    elsewhere = course.parent / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "theme.yaml").write_text("extends: classic\n")
    lesson = course / "lesson.yaml"
    lesson.write_text(
        f"title: T\ntheme: {elsewhere}/theme.yaml\nevents:\n  - {{title: A, date: 1}}\n"
    )
    result = CliRunner().invoke(cli, ["check", str(lesson)])
    assert result.exit_code == 2
    assert "lesson.yaml:2:" in result.output and "outside the folders" in result.output
    # From the command line the theme is the teacher's own choice.
    chosen = CliRunner().invoke(
        cli, ["check", str(lesson), "--theme", str(elsewhere / "theme.yaml")]
    )
    assert chosen.exit_code == 0, chosen.output


def test_what_is_not_a_regular_file_is_named(tmp_path: Path) -> None:
    policy = PathPolicy.for_run([tmp_path])
    (tmp_path / "folder.png").mkdir()
    os.mkfifo(tmp_path / "pipe.png")
    (tmp_path / "loop.png").symlink_to(tmp_path / "loop.png")
    cases = {
        "folder.png": "is a folder, not a file",
        "pipe.png": "is a named pipe (fifo), not a file",
        "loop.png": "is a symbolic link that leads round in a circle",
        "missing.png": "does not exist",
    }
    for name, expected in cases.items():
        with pytest.raises(RefusedPath, match=expected.replace("(", r"\(").replace(")", r"\)")):
            policy.resolve(name, tmp_path, f"'{name}'")


def test_a_file_read_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "big.png"
    path.write_bytes(b"x" * 2_000_000)
    with pytest.raises(RefusedPath, match="larger than the 1 MB"):
        read_regular_file(path, 1_048_576, "the image")
    assert read_regular_file(path, 2_000_000, "the image") == b"x" * 2_000_000


def test_a_file_swapped_for_a_link_after_the_check_is_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "outside" / "secret.png"
    secret.parent.mkdir()
    secret.write_bytes(b"secret")
    lesson_dir = tmp_path / "lesson"
    picture(lesson_dir / "map.png")
    real = PathPolicy(()).resolve("map.png", lesson_dir, "the image")
    real.unlink()
    real.symlink_to(secret)
    with pytest.raises(RefusedPath):
        read_regular_file(real, 1_048_576, "the image")
