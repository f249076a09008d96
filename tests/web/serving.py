"""Where the web tests' files are, the address the test sessions claim to serve on, and a
real `lessonpress serve` for the browser tests, the page's picture and its benchmark."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"
MINIMAL = DATA / "lessons" / "minimal.yaml"
SEED_TEXT = DATA / "seed" / "us-ussr-relations-1919-1950.txt"
ORIGIN = "http://127.0.0.1:8765"


@contextmanager
def served(folder: Path) -> Iterator[str]:
    """The address a real `lessonpress serve --no-browser FOLDER` prints, while it runs."""
    command = [sys.executable, "-m", "lessonpress", "serve", "--no-browser", str(folder)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:\d+/\?token=\S+", line)
        assert match, line
        yield match[0]
    finally:
        process.terminate()
        process.wait(timeout=10)
