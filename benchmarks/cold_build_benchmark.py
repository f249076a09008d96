"""Print how long a cold build of the example takes, as a multiple of the bare imports.

Run: python benchmarks/cold_build_benchmark.py [--rounds N]

A cold build is a new ``python -m lessonpress build`` of content/us-ussr-relations.yaml
writing all three outputs; the yardstick is a new Python that only imports reportlab,
python-pptx, yaml and pydantic. The two are timed in turn, ``--rounds`` times each, and
the medians compared. Processor time is printed beside wall-clock time: on a machine
busy with other work it is the steadier of the two.

Figures on 2 cores shared with other work (load average 6), before and after the
handout was laid out in one pass and font fallback was looked up once per character:

    before: bare imports 0.154 s processor, cold build 0.701 s processor, ratio 4.56
    after:  bare imports 0.152 s processor, cold build 0.635 s processor, ratio 4.18

Rendering the three outputs went from 0.206 s to 0.141 s of processor time (the
handout 0.122 s to 0.070 s, the poster 0.035 s to 0.016 s, the deck about 0.05 s).
What is left is mostly importing: lessonpress's own modules take about 0.18 s (the
pydantic models of the lesson, some 150 dataclasses) and reportlab's paragraph module
compiles its patterns on import, so the 1.5 target needs a leaner import path too.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "content" / "us-ussr-relations.yaml"
BARE_IMPORTS = "import reportlab, pptx, yaml, pydantic"


@dataclass(frozen=True, slots=True)
class Timing:
    """One run's wall-clock time and the processor time it used, in seconds."""

    wall: float
    cpu: float


def timed(command: list[str]) -> Timing:
    """Run ``command``, which must succeed, and time it."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timing(wall, cpu)


def report(name: str, timings: list[Timing]) -> tuple[float, float]:
    """Print and return the median wall-clock and processor times of ``timings``."""
    wall = statistics.median(timing.wall for timing in timings)
    cpu = statistics.median(timing.cpu for timing in timings)
    print(f"{name:13} {wall:.3f} s wall, {cpu:.3f} s processor (medians of {len(timings)})")
    return wall, cpu


def main() -> None:
    """Time both commands in turn and print their medians and ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="runs of each command")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as output:
        bare = [sys.executable, "-c", BARE_IMPORTS]
        build = [sys.executable, "-m", "lessonpress", "build", str(EXAMPLE), "-o", output]
        timed(bare), timed(build)  # fill the disk cache
        bare_times, build_times = [], []
        for _ in range(arguments.rounds):
            bare_times.append(timed(bare))
            build_times.append(timed(build))
    bare_wall, bare_cpu = report("bare imports:", bare_times)
    build_wall, build_cpu = report("cold build:", build_times)
    print(
        f"ratio:        {build_wall / bare_wall:.2f} wall, {build_cpu / bare_cpu:.2f} processor"
        " (target 1.5)"
    )


if __name__ == "__main__":
    main()
