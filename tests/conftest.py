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


def write_forty_category_lesson(folder: Path, label: str) -> Path:
    """A lesson of forty events, each in a category of its own named ``label`` with the
    category's number put in: a legend as large as a lesson makes."""
    lines = ["title: Forty Kinds of Events", "categories:"]
    lines += [f"  c{n}: {{label: {label.format(n)}}}" for n in range(40)]
    lines += ["events:"]
    lines += [f"  - {{title: Event {n}, date: '{1900 + n}', category: c{n}}}" for n in range(40)]
    path = folder / "forty-categories.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path
