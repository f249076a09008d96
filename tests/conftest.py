"""Shared fixtures: paths to the lessons, outputs built once per test session, and a
stand-in for ``os`` that fails where a test says."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from lessonpress.build import build_lesson
from lessonpress.model.pages import parse_page_size
from lessonpress.renderers.base import Edition, RenderOptions

if TYPE_CHECKING:
    from every_build import Built, ByShare, Shown

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"
DATA = Path(__file__).resolve().parent / "data"
LESSONS = DATA / "lessons"
EXAMPLE = CONTENT / "us-ussr-relations.yaml"

BuildOutput = Callable[..., Path]


@pytest.fixture(scope="session")
def every_deck(tmp_path_factory: pytest.TempPathFactory) -> ByShare[Built]:
    """Every repository lesson's deck in every built-in theme, a share at a time, once a
    session (see :mod:`every_build`; a test reading it is parametrized with
    ``SHARED_PAIRS``, which puts each pair in its share's xdist group)."""
    from every_build import ByShare, build_decks

    folder = tmp_path_factory.mktemp("every-deck")
    return ByShare(lambda pairs: build_decks(pairs, folder))


@pytest.fixture(scope="session")
def every_deck_shown(
    every_deck: ByShare[Built], tmp_path_factory: pytest.TempPathFactory
) -> ByShare[Shown]:
    """Every deck in :func:`every_deck` as LibreOffice shows it, converted by one
    LibreOffice call a share and each PDF read once."""
    from every_build import ByShare, show_decks

    folder = tmp_path_factory.mktemp("every-deck-shown")
    return ByShare(lambda pairs: show_decks({pair: every_deck[pair] for pair in pairs}, folder))


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


class FaultyOs:
    """Stands in for ``os`` in a module (``monkeypatch.setattr(module, "os", ...)``):
    counts the calls of the functions named in ``steps`` and fails the ``fail_at``-th
    with the OSError of ``error`` (``fail_at=0``: none fails).

    Tests run as root, for whom no folder is read-only, on disks that are not full:
    this is how they meet a read-only folder or a full disk.
    """

    def __init__(self, steps: tuple[str, ...] = (), fail_at: int = 0, error: int = 0) -> None:
        self.steps, self.fail_at, self.error, self.calls = steps, fail_at, error, 0

    def __getattr__(self, name: str) -> Any:
        real = getattr(os, name)
        if name not in self.steps:
            return real

        def step(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            if self.calls == self.fail_at:
                raise OSError(self.error, os.strerror(self.error))
            return real(*args, **kwargs)

        return step
