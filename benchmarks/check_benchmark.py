"""Print what `lessonpress check` costs beside `lessonpress build`, for each repository lesson.

Run: python benchmarks/check_benchmark.py
`check` runs the whole stage a build runs (load, theme, every renderer, in memory)
and writes nothing, so it should cost about what the build costs without the
writing. Each figure is the best of three in-process runs; one cold run of each
through a fresh interpreter shows the start-up cost a teacher meets.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from lessonpress.build import build_lesson, check_lesson

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "content" / "us-ussr-relations.yaml"
LESSONS = sorted([EXAMPLE, *(ROOT / "tests" / "data" / "lessons").glob("*.yaml")])
POSTER_SIZES = {"every-date-form": "a1"}


def best_of_three(run: Callable[..., object], *arguments: object, **options: object) -> float:
    """The fastest of three calls ``run(*arguments, **options)``, in seconds."""
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        run(*arguments, **options)
        timings.append(time.perf_counter() - started)
    return min(timings)


def cold(command: str, lesson: Path, folder: Path) -> float:
    """One run of the command line in a fresh interpreter, in seconds."""
    arguments = [sys.executable, "-m", "lessonpress", command, str(lesson)]
    if command == "build":
        arguments += ["-o", str(folder)]
    started = time.perf_counter()
    subprocess.run(arguments, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    """Print one line per lesson, then the cold runs of the example."""
    from lessonpress.model.pages import parse_page_size
    from lessonpress.renderers.base import RenderOptions

    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder)
        print(f"{'lesson':<24} {'check':>8} {'build':>8}")
        for lesson in LESSONS:
            size = POSTER_SIZES.get(lesson.stem)
            options = RenderOptions(poster_size=parse_page_size(size) if size else None)
            checked = best_of_three(check_lesson, lesson, options=options)
            built = best_of_three(build_lesson, lesson, output, options=options)
            print(f"{lesson.stem:<24} {checked:>7.2f}s {built:>7.2f}s")
        print(
            f"cold, the example: check {cold('check', EXAMPLE, output):.2f}s,"
            f" build {cold('build', EXAMPLE, output):.2f}s"
        )


if __name__ == "__main__":
    main()
