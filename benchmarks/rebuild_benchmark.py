"""Print how fast the example lesson rebuilds in ``lessonpress watch``, and builds cold.

Run: python benchmarks/rebuild_benchmark.py [--edits N]

- Rebuild after a one-word edit: the example's handout, deck and poster rebuilt by a
  warm :class:`~lessonpress.watch.LessonBuilder`, as ``lessonpress watch`` does after a
  save (median of N edits), and the same measured from the save to the end of the
  rebuild through the file watcher. The target is under 150 ms.
- Cold build: a fresh Python process building the example's three outputs, against a
  fresh process that only imports reportlab, python-pptx, yaml and pydantic (best of
  three runs each). The target ratio is 1.5.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from lessonpress.watch import LessonBuilder, Rebuild, watch_lesson

EXAMPLE = Path(__file__).resolve().parents[1] / "content" / "us-ussr-relations.yaml"
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


def main() -> None:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=10, help="one-word edits to time")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        shutil.copy(EXAMPLE, folder / EXAMPLE.name)
        warm = warm_rebuilds(folder, arguments.edits)
        watched = watched_rebuilds(folder, arguments.edits)
        bare_import = process_seconds("import reportlab, pptx, yaml, pydantic")
        cold_build = process_seconds(
            "from pathlib import Path; from lessonpress.build import build_lesson; "
            f"build_lesson(Path({str(folder / EXAMPLE.name)!r}), Path({str(folder / 'cold')!r}))"
        )
    print(f"example lesson: {EXAMPLE.name}, handout + deck + poster")
    print(
        f"rebuild after a one-word edit (warm, {arguments.edits} edits): "
        f"median {statistics.median(warm) * 1000:.0f} ms, best {min(warm) * 1000:.0f} ms "
        "(target: under 150 ms)"
    )
    print(
        f"save to rebuilt, through the file watcher: median "
        f"{statistics.median(watched) * 1000:.0f} ms, best {min(watched) * 1000:.0f} ms"
    )
    print(f"bare import of reportlab, python-pptx, yaml, pydantic: {bare_import:.2f} s")
    print(f"cold build of the three outputs: {cold_build:.2f} s")
    print(f"cold build / bare import: {cold_build / bare_import:.2f} x (target: 1.5 x)")


if __name__ == "__main__":
    main()
