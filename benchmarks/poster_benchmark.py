"""Time the whole poster (layout and PDF) for 45, 150 and 1,000 events, landscape, and
for 45 and 150 events portrait (the vertical timeline).

Run: ``python benchmarks/poster_benchmark.py``. Prints figures; asserts nothing.
The lessons are generated: events spread evenly over two centuries in five categories,
one in 37 lasting a few years, one in 97 a key event. The real 45-event lesson of the
tests (World War II, crowded in six years) is timed too. Each figure is the best of
three renders (one for 1,000 events), after one render to load the fonts.

Figures on 2 shared cores (about three times as long while they are loaded):

    generated-45       tabloid  landscape   0.02 s  every event labelled (on two rows)
    world-war-two-45   tabloid  landscape   0.18 s  7 of 45 labelled, 38 numbered in a key
    generated-150      tabloid  landscape   0.19 s  2 of 150 labelled, 148 numbered (two rows)
    generated-1000     a0       landscape   2.86 s  11 of 1000 labelled, 989 numbered, the
                                                    type stepped down to tabloid's sizes

Portrait, the vertical timeline (measured at a load average of 2.4 on 2 cores; the
landscape figures of that run were 0.24 s, 0.41 s and 5.72 s):

    generated-45       tabloid  portrait    0.03 s  every event labelled
    world-war-two-45   tabloid  portrait    0.12 s  every event labelled
    generated-150      tabloid  portrait    0.79 s  2 of 150 labelled, 148 numbered: too
                                                    crowded for one vertical axis, so
                                                    the landscape ladder, on rows
    world-war-two-45   a2       portrait    0.27 s  every event labelled
    generated-150      a2       portrait    1.07 s  2 of 150 labelled, 148 numbered (rows)
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
from lessonpress.model.theme import Theme
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.poster import PosterRenderer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from generated_lessons import generated_lesson

REPOSITORY = Path(__file__).resolve().parent.parent

PORTRAIT_THEME = "extends: classic\nposter: {orientation: portrait}\n"
"""Classic with its poster portrait: the vertical timeline (the landscape ladder with
rows when a lesson is too crowded for one vertical axis)."""


def time_poster(path: Path, paper: str, repeats: int, theme: Theme) -> tuple[float, str]:
    """The best time of ``repeats`` renders of the poster of ``path`` in ``theme``, and
    the outcome."""
    lesson = load_lesson(path).lesson
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
    """Print the poster's time for each lesson, paper and orientation."""
    landscape = load_theme("classic", Path.cwd())
    with tempfile.TemporaryDirectory() as folder:
        portrait_file = Path(folder) / "portrait.yaml"
        portrait_file.write_text(PORTRAIT_THEME, encoding="utf-8")
        portrait = load_theme(portrait_file)
        world_war = REPOSITORY / "tests" / "data" / "lessons" / "world-war-two-45.yaml"
        generated_45 = generated_lesson(Path(folder), 45)
        generated_150 = generated_lesson(Path(folder), 150)
        cases = [
            (generated_45, "tabloid", 3, "landscape"),
            (world_war, "tabloid", 3, "landscape"),
            (generated_150, "tabloid", 3, "landscape"),
            (generated_lesson(Path(folder), 1000), "a0", 1, "landscape"),
            (generated_45, "tabloid", 3, "portrait"),
            (world_war, "tabloid", 3, "portrait"),
            (generated_150, "tabloid", 3, "portrait"),
            (world_war, "a2", 3, "portrait"),
            (generated_150, "a2", 3, "portrait"),
        ]
        time_poster(generated_45, "tabloid", 1, landscape)
        for path, paper, repeats, orientation in cases:
            theme = portrait if orientation == "portrait" else landscape
            seconds, outcome = time_poster(path, paper, repeats, theme)
            print(f"{path.stem:18s} {paper:8s} {orientation:9s} {seconds:6.2f} s  {outcome}")


if __name__ == "__main__":
    main()
