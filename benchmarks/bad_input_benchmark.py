"""Print how long `lessonpress check` takes to refuse each broken file in tests/data/bad/.

Run: python benchmarks/bad_input_benchmark.py
Every file should be refused in well under a second, hostile ones (a 30 MB file,
an alias bomb) included. Each figure is the best of three runs in one process,
plus one cold run through a fresh interpreter to show start-up cost.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner

from lessonpress.cli import cli

BAD = Path(__file__).resolve().parents[1] / "tests" / "data" / "bad"


def best_of_three(path: Path) -> tuple[float, int]:
    """The fastest of three in-process runs of `check`, and its exit status."""
    runner = CliRunner()
    timings = []
    status = 0
    for _ in range(3):
        started = time.perf_counter()
        status = runner.invoke(cli, ["check", str(path)]).exit_code
        timings.append(time.perf_counter() - started)
    return min(timings), status


def main() -> None:
    """Print one line per broken file, slowest first."""
    with tempfile.TemporaryDirectory() as folder:
        oversized = Path(folder) / "oversized-30mb.yaml"
        with oversized.open("wb") as handle:
            handle.truncate(30 * 1024 * 1024)
        files = [*sorted(BAD.glob("*.yaml")), oversized]
        files = [path for path in files if path.name != "expected.yaml"]
        rows = [(path.name, *best_of_three(path)) for path in files]
        for name, seconds, status in sorted(rows, key=lambda row: -row[1]):
            print(f"{seconds * 1000:8.1f} ms  exit {status}  {name}")
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "lessonpress", "check", str(BAD / "alias-bomb.yaml")],
            capture_output=True,
            check=False,
        )
        print(f"{(time.perf_counter() - started) * 1000:8.1f} ms  cold process, alias-bomb.yaml")


if __name__ == "__main__":
    main()
