"""Print how long `lessonpress check` takes to refuse each broken file in tests/data/bad/.

Run: python benchmarks/bad_input_benchmark.py
Every file should be refused in well under a second, hostile ones (a 30 MB file,
an alias bomb, 10,000 categories) included. Each figure is the best of three runs in
one process, in a copy of the corpus completed by tests/bad_corpus.py, plus one cold
run through a fresh interpreter to show start-up cost.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner

from lessonpress.cli import cli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from bad_corpus import EXPECTED, command_line, prepare_corpus


def best_of_three(arguments: list[str]) -> tuple[float, int]:
    """The fastest of three in-process runs of `check`, and its exit status."""
    runner = CliRunner()
    timings = []
    status = 0
    for _ in range(3):
        started = time.perf_counter()
        status = runner.invoke(cli, arguments).exit_code
        timings.append(time.perf_counter() - started)
    return min(timings), status


def main() -> None:
    """Print one line per broken file, slowest first."""
    with tempfile.TemporaryDirectory() as folder:
        corpus = prepare_corpus(Path(folder))
        os.chdir(corpus)
        oversized = Path(folder) / "oversized-30mb.yaml"
        with oversized.open("wb") as handle:
            handle.truncate(30 * 1024 * 1024)
        cases = {name: command_line(name) for name in sorted(EXPECTED)}
        cases[oversized.name] = ["check", str(oversized)]
        rows = [(name, *best_of_three(arguments)) for name, arguments in cases.items()]
        for name, seconds, status in sorted(rows, key=lambda row: -row[1]):
            print(f"{seconds * 1000:8.1f} ms  exit {status}  {name}")
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "lessonpress", "check", str(corpus / "alias-bomb.yaml")],
            capture_output=True,
            check=False,
        )
        print(f"{(time.perf_counter() - started) * 1000:8.1f} ms  cold process, alias-bomb.yaml")


if __name__ == "__main__":
    main()
