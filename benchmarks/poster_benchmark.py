"""Time the whole poster (layout and PDF) for 45, 150 and 1,000 events.

Run: ``python benchmarks/poster_benchmark.py``. Prints figures; asserts nothing.
The lessons are generated: events spread evenly over two centuries in five categories,
one in 37 lasting a few years, one in 97 a key event. The real 45-event lesson of the
tests (World War II, crowded in six years) is timed too. Each figure is the best of
three renders (one for 1,000 events), after one render to load the fonts.

Figures on 2 shared cores (about three times as long while they are loaded):

    generated-45         tabloid    0.02 s  every event labelled (on two rows)
    world-war-two-45     tabloid    0.18 s  7 of 45 labelled, 38 numbered in a key
    generated-150        tabloid    0.19 s  2 of 150 labelled, 148 numbered (two rows)
    generated-1000       a0         2.86 s  11 of 1000 labelled, 989 numbered, the type
                                            stepped down to tabloid's sizes
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from lessonpress.errors import LessonError
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.model.pages import parse_page_size
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.poster import PosterRenderer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from generated_lessons import generated_lesson

REPOSITORY = Path(__file__).resolve().parent.parent


def time_poster(path: Path, paper: str, repeats: int) -> tuple[float, str]:
    """The best time of ``repeats`` renders of the poster of ``path``, and the outcome."""
    lesson = load_lesson(path).lesson
    theme = load_theme("classic", Path.cwd())
    options = RenderOptions(poster_size=parse_page_size(paper))
    best = float("inf")
    outcome = ""
    for _ in range(repeats):
        start = time.perf_counter()
        try:
            _, warnings = PosterRenderer().render_with_warnings(lesson, theme, options)
            outcome = warnings[0].message if warnings else "every event labelled"
        except LessonError as error:
            outcome = f"refused: {error.problems[0].message}"
        best = min(best, time.perf_counter() - start)
    return best, outcome


def main() -> None:
    """Print the poster's time for each lesson and paper."""
    with tempfile.TemporaryDirectory() as folder:
        cases = [
            (generated_lesson(Path(folder), 45), "tabloid", 3),
            (REPOSITORY / "tests" / "data" / "lessons" / "world-war-two-45.yaml", "tabloid", 3),
            (generated_lesson(Path(folder), 150), "tabloid", 3),
            (generated_lesson(Path(folder), 1000), "a0", 1),
        ]
        time_poster(cases[0][0], "tabloid", 1)
        for path, paper, repeats in cases:
            seconds, outcome = time_poster(path, paper, repeats)
            print(f"{path.stem:20s} {paper:8s} {seconds:6.2f} s  {outcome}")


if __name__ == "__main__":
    main()
