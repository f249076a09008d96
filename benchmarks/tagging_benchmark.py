"""Print what tagging costs each handout and poster build: the whole render, and the
pikepdf post-pass that writes the structure tree (the marked content drawn by
reportlab costs next to nothing), on every repository lesson.

Run: python benchmarks/tagging_benchmark.py

Each figure is the best of three renders in one process, after one render to warm
the caches (fonts, catalogs).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

import lessonpress.renderers.handout.document as handout_document
import lessonpress.renderers.tagging.poster as poster_tags
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.handout import HandoutRenderer
from lessonpress.renderers.poster import PosterRenderer

ROOT = Path(__file__).resolve().parents[1]
LESSONS = sorted(
    [*(ROOT / "content").glob("*.yaml"), *(ROOT / "tests/data/lessons").glob("*.yaml")]
)


@contextmanager
def timing_post_pass(module: Any, spent: list[float]) -> Iterator[None]:
    """``module.write_structure`` timed into ``spent`` while inside."""
    original: Callable[..., bytes] = module.write_structure

    def timed(*args: Any) -> bytes:
        started = time.perf_counter()
        result = original(*args)
        spent.append(time.perf_counter() - started)
        return result

    module.write_structure = timed
    try:
        yield
    finally:
        module.write_structure = original


def best_of_three(render: Callable[[], bytes], module: Any) -> tuple[float, float]:
    """The fastest render and the fastest post-pass of three, in seconds."""
    render()
    renders: list[float] = []
    post_passes: list[float] = []
    with timing_post_pass(module, post_passes):
        for _ in range(3):
            started = time.perf_counter()
            render()
            renders.append(time.perf_counter() - started)
    return min(renders), min(post_passes)


def main() -> None:
    """One line per lesson and output, then the totals."""
    theme = load_theme("classic", ROOT)
    options = RenderOptions("student")
    totals = {"handout": [0.0, 0.0], "poster": [0.0, 0.0]}
    print(f"{'lesson':28} {'output':8} {'render ms':>10} {'post-pass ms':>13} {'share':>6}")
    for path in LESSONS:
        lesson = load_lesson(path).lesson
        for name, renderer, module in (
            ("handout", HandoutRenderer(), handout_document),
            ("poster", PosterRenderer(), poster_tags),
        ):
            render, post_pass = best_of_three(
                partial(renderer.render, lesson, theme, options), module
            )
            totals[name][0] += render
            totals[name][1] += post_pass
            print(
                f"{path.stem:28} {name:8} {render * 1000:10.0f} {post_pass * 1000:13.0f}"
                f" {post_pass / render:6.0%}"
            )
    for name, (render, post_pass) in totals.items():
        print(
            f"{'all lessons':28} {name:8} {render * 1000:10.0f} {post_pass * 1000:13.0f}"
            f" {post_pass / render:6.0%}"
        )


if __name__ == "__main__":
    main()
