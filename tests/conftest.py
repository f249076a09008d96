"""Shared fixtures: paths to the lessons, and outputs built once per test session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from lessonpress.build import build_lesson
from lessonpress.model.pages import parse_page_size
from lessonpress.renderers.base import Edition, RenderOptions

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"
DATA = Path(__file__).resolve().parent / "data"
LESSONS = DATA / "lessons"
EXAMPLE = CONTENT / "us-ussr-relations.yaml"

BuildOutput = Callable[..., Path]


@pytest.fixture(scope="session")
def build_output(tmp_path_factory: pytest.TempPathFactory) -> BuildOutput:
    """Build one output of a lesson, once per session, and return its path.

    ``build_output(lesson_path, "handout", theme="classic", edition="student")``;
    ``poster_size="a1"`` picks the poster's paper as ``--poster-size`` does.
    """
    built: dict[tuple[Path, str, str | None, str, str | None], Path] = {}

    def build(
        lesson: Path,
        renderer: str,
        theme: str | None = None,
        edition: Edition = "student",
        poster_size: str | None = None,
    ) -> Path:
        key = (lesson, renderer, theme, edition, poster_size)
        if key not in built:
            folder = tmp_path_factory.mktemp(f"{lesson.stem}-{renderer}-{theme}-{edition}")
            size = parse_page_size(poster_size) if poster_size else None
            options = RenderOptions(edition, poster_size=size)
            result = build_lesson(lesson, folder, [renderer], theme, options)
            [built[key]] = result.outputs
        return built[key]

    return build
