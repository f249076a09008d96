"""Print how fast lessons build: rebuilt in ``lessonpress watch``, cold, and many at once.

Run: python benchmarks/rebuild_benchmark.py [--edits N] [--lessons N]

- Rebuild after a one-word edit: the example's handout, deck and poster rebuilt by a
  warm :class:`~lessonpress.watch.LessonBuilder`, as ``lessonpress watch`` does after a
  save (median of N edits), and the same measured from the save to the end of the
  rebuild through the file watcher. The target is under 150 ms. The time of each
  stage is printed too: loading the lesson, its theme, each renderer, the commit.
- Cold build: a fresh Python process building the example's three outputs, against a
  fresh process that only imports reportlab, python-pptx, yaml and pydantic (best of
  three runs each). The target ratio is 1.5.
- Many lessons: ``lessonpress build`` of 40 lessons (copies of the repository's
  lessons) with ``--jobs 2`` against ``--jobs 1``, each a fresh process. The target is
  at least 1.7 times faster. For scale, the same ratio for a plain Python loop run
  in two processes side by side against one after the other: what this machine
  gives two processes at the moment (other programs busy on its cores lower it).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from lessonpress.build import resolve_theme
from lessonpress.commit import commit_files
from lessonpress.load.lesson import load_lesson
from lessonpress.watch import LessonBuilder, Rebuild, watch_lesson

T = TypeVar("T")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "content" / "us-ussr-relations.yaml"
# The repository's lessons that build as they are from a copy of the file alone: not
# the one with pictures beside it, nor the one whose poster needs a larger paper.
BATCH_SOURCES = sorted(
    path
    for path in [*ROOT.glob("content/*.yaml"), *ROOT.glob("tests/data/lessons/*.yaml")]
    if path.name not in {"images.yaml", "every-date-form.yaml"}
)
WORDS = ("highly", "kindly")  # the one word the edits swap, in the first event's text
RUNS = 3


def one_word_edit(lesson: Path, number: int) -> None:
    """Swap one word of the lesson's text, back and forth."""
    old, new = WORDS if number % 2 == 0 else WORDS[::-1]
    text = lesson.read_text(encoding="utf-8")
    assert f"think {old}" in text
    lesson.write_text(text.replace(f"think {old}", f"think {new}", 1), encoding="utf-8")


def warm_rebuilds(folder: Path, edits: int) -> list[float]:
    """Seconds per rebuild after each one-word edit, in one warm process."""
    lesson = folder / EXAMPLE.name
    builder = LessonBuilder(lesson, folder / "output")
    builder.rebuild()
    seconds = []
    for number in range(edits):
        one_word_edit(lesson, number)
        started = time.perf_counter()
        result = builder.rebuild()
        seconds.append(time.perf_counter() - started)
        assert result.changes, "the edit was not seen"
    return seconds


def rebuild_stages(folder: Path, edits: int) -> dict[str, float]:
    """Median seconds of each stage of a warm rebuild after a one-word edit, by name:
    what ``watch`` spends outside the renderers, and in each of them."""
    lesson = folder / EXAMPLE.name
    builder = LessonBuilder(lesson, folder / "stages")
    builder.rebuild()
    stages: dict[str, list[float]] = {}

    def timed(name: str, step: Callable[..., T], *arguments: Any, **options: Any) -> T:
        started = time.perf_counter()
        result = step(*arguments, **options)
        stages.setdefault(name, []).append(time.perf_counter() - started)
        return result

    for number in range(edits):
        one_word_edit(lesson, number)
        loaded = timed("load", load_lesson, lesson)
        theme = timed("theme", resolve_theme, loaded, None)
        files = {
            renderer.name: timed(
                renderer.name, renderer.render, loaded.lesson, theme, builder.options
            )
            for renderer in builder.renderers
        }
        timed("commit", commit_files, builder.output_dir, files, flush=False)
    return {name: statistics.median(seconds) for name, seconds in stages.items()}


def watched_rebuilds(folder: Path, edits: int) -> list[float]:
    """Seconds from each save to the end of its rebuild, through the file watcher."""
    lesson = folder / EXAMPLE.name
    builder = LessonBuilder(lesson, folder / "output")
    stop, rebuilt = threading.Event(), threading.Event()

    def on_rebuild(_result: Rebuild) -> None:
        rebuilt.set()

    watcher = threading.Thread(
        target=watch_lesson, args=(builder, on_rebuild, print, lambda _paths: None, stop)
    )
    watcher.start()
    rebuilt.wait(30)
    seconds = []
    try:
        for number in range(edits):
            rebuilt.clear()
            time.sleep(0.2)  # let the watcher settle, as between a teacher's saves
            started = time.perf_counter()
            one_word_edit(lesson, number)
            if not rebuilt.wait(30):
                raise RuntimeError("the watcher did not rebuild")
            seconds.append(time.perf_counter() - started)
    finally:
        stop.set()
        watcher.join()
    return seconds


def process_seconds(code: str) -> float:
    """Wall time of a fresh Python process running ``code``: the best of a few runs."""
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - started)
    return min(times)


def copy_lessons(folder: Path, count: int) -> list[Path]:
    """``count`` lessons in ``folder``: the repository's lessons, copied in turn."""
    lessons = []
    for number in range(count):
        source = BATCH_SOURCES[number % len(BATCH_SOURCES)]
        lessons.append(folder / f"{source.stem}-{number:02d}.yaml")
        shutil.copy(source, lessons[-1])
    return lessons


def batch_seconds(lessons: list[Path], output: Path, jobs: int) -> float:
    """Wall time of one ``lessonpress build`` of every lesson with ``--jobs jobs``."""
    command = [sys.executable, "-m", "lessonpress", "build", *map(str, lessons)]
    command += ["-o", str(output), "--jobs", str(jobs)]
    started = time.perf_counter()
    completed = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - started
    if completed.returncode != 0:
        raise RuntimeError(f"the build failed:\n{completed.stderr.decode()}")
    return seconds


SPIN = "total = 0\nfor number in range(20_000_000):\n    total += number"


def two_processes_ratio() -> float:
    """How much faster two busy processes end side by side than one after the other."""
    started = time.perf_counter()
    for _ in range(2):
        subprocess.run([sys.executable, "-c", SPIN], check=True)
    one_after_the_other = time.perf_counter() - started
    started = time.perf_counter()
    spinning = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(2)]
    for process in spinning:
        process.wait()
    side_by_side = time.perf_counter() - started
    return one_after_the_other / side_by_side


def main() -> None:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=10, help="one-word edits to time")
    parser.add_argument("--lessons", type=int, default=40, help="lessons built at once")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        shutil.copy(EXAMPLE, folder / EXAMPLE.name)
        warm = warm_rebuilds(folder, arguments.edits)
        stages = rebuild_stages(folder, arguments.edits)
        watched = watched_rebuilds(folder, arguments.edits)
        bare_import = process_seconds("import reportlab, pptx, yaml, pydantic")
        cold_build = process_seconds(
            "from pathlib import Path; from lessonpress.build import build_lesson; "
            f"build_lesson(Path({str(folder / EXAMPLE.name)!r}), Path({str(folder / 'cold')!r}))"
        )
        (folder / "many").mkdir()
        lessons = copy_lessons(folder / "many", arguments.lessons)
        one_at_a_time = batch_seconds(lessons, folder / "one-job", 1)
        two_jobs = batch_seconds(lessons, folder / "two-jobs", 2)
        machine = two_processes_ratio()
        load = os.getloadavg()[0]
    print(f"example lesson: {EXAMPLE.name}, handout + deck + poster")
    print(
        f"rebuild after a one-word edit (warm, {arguments.edits} edits): "
        f"median {statistics.median(warm) * 1000:.0f} ms, best {min(warm) * 1000:.0f} ms "
        "(target: under 150 ms)"
    )
    print(
        "  its stages (medians): "
        + ", ".join(f"{name} {seconds * 1000:.1f} ms" for name, seconds in stages.items())
    )
    print(
        f"save to rebuilt, through the file watcher: median "
        f"{statistics.median(watched) * 1000:.0f} ms, best {min(watched) * 1000:.0f} ms"
    )
    print(f"bare import of reportlab, python-pptx, yaml, pydantic: {bare_import:.2f} s")
    print(f"cold build of the three outputs: {cold_build:.2f} s")
    print(f"cold build / bare import: {cold_build / bare_import:.2f} x (target: 1.5 x)")
    print(
        f"{arguments.lessons} lessons ({len(BATCH_SOURCES)} repository lessons in turn): "
        f"--jobs 1 {one_at_a_time:.1f} s, --jobs 2 {two_jobs:.1f} s, "
        f"{one_at_a_time / two_jobs:.2f} x faster (target: at least 1.7 x)"
    )
    print(
        f"  for scale, two plain Python loops side by side: {machine:.2f} x faster than "
        f"one after the other (load average {load:.1f} on {os.cpu_count()} cores)"
    )


if __name__ == "__main__":
    main()
