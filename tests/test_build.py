"""Building: file names, atomic writes, nothing lost on failure, concurrent builds."""

from __future__ import annotations

import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from checks import pdf_problems
from conftest import DATA
from lessonpress.build import build_lesson, write_atomically
from lessonpress.errors import LessonError

MINIMAL = DATA / "lessons" / "minimal.yaml"


def test_outputs_are_named_after_the_lesson(tmp_path: Path) -> None:
    result = build_lesson(MINIMAL, tmp_path, ["handout", "poster"])
    assert [path.name for path in result.outputs] == ["minimal-handout.pdf", "minimal-poster.pdf"]
    assert sorted(os.listdir(tmp_path)) == ["minimal-handout.pdf", "minimal-poster.pdf"]


def test_a_renderer_failing_midway_leaves_every_previous_file_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_lesson(MINIMAL, tmp_path, ["handout", "poster"])
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}

    from lessonpress.renderers.poster import PosterRenderer

    def fail(*args: object, **kwargs: object) -> bytes:
        raise LessonError([])

    monkeypatch.setattr(PosterRenderer, "render", fail)
    changed = tmp_path / "changed.yaml"
    changed.write_text(MINIMAL.read_text().replace("title:", "title: Changed", 1))
    shutil.copy(changed, tmp_path / "minimal.yaml")
    with pytest.raises(LessonError):
        build_lesson(tmp_path / "minimal.yaml", tmp_path, ["handout", "poster"])
    after = {path.name: path.read_bytes() for path in tmp_path.iterdir() if path.suffix == ".pdf"}
    assert after == before
    assert not [path for path in tmp_path.iterdir() if path.name.endswith(".tmp")]


def test_a_write_interrupted_midway_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "lesson-handout.pdf"
    target.write_bytes(b"yesterday's handout")

    def interrupted(descriptor: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, b"half of today's handout")
    assert target.read_bytes() == b"yesterday's handout"
    assert os.listdir(tmp_path) == ["lesson-handout.pdf"]


def _build_in_process(lesson: str, output: str) -> list[str]:
    return [str(path) for path in build_lesson(Path(lesson), Path(output), ["handout"]).outputs]


def test_two_builds_at_once_into_one_folder_both_end_with_valid_files(tmp_path: Path) -> None:
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(_build_in_process, str(MINIMAL), str(tmp_path)) for _ in range(2)]
        outputs = [future.result() for future in futures]
    assert outputs[0] == outputs[1]
    assert os.listdir(tmp_path) == ["minimal-handout.pdf"]
    assert pdf_problems(tmp_path / "minimal-handout.pdf") == []
