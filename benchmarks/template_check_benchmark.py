"""Print how long checking a deck template takes, and the memory it needs, hostile ones included.

Run: python benchmarks/template_check_benchmark.py

A template is checked when its theme loads. The test templates of
tests/data/templates/ are checked, and a package holding a 1 GB part of zeros
(about 1 MB packed, written to a temporary folder first): each should take well
under a second and far less than 200 MB, since the check reads the zip's declared
sizes and only the start of each XML part.
"""

from __future__ import annotations

import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

from lessonpress.load.template import UnusableTemplate, check_deck_template

TEMPLATES = Path(__file__).resolve().parents[1] / "tests" / "data" / "templates"
GIGABYTE_BLOCKS = 64
BLOCK = 16 * 1_048_576


def gigabyte_package(folder: Path) -> Path:
    """school.pptx with a 1 GB part of zeros added."""
    path = folder / "gigabyte.pptx"
    with (
        zipfile.ZipFile(TEMPLATES / "school.pptx") as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for member in source.infolist():
            target.writestr(member, source.read(member))
        with target.open("ppt/media/huge.bin", "w", force_zip64=True) as part:
            block = bytes(BLOCK)
            for _ in range(GIGABYTE_BLOCKS):
                part.write(block)
    return path


def measure(path: Path) -> tuple[float, float, str]:
    """Seconds and peak megabytes to check the template at ``path``, and the verdict."""
    data = path.read_bytes()
    tracemalloc.start()
    started = time.perf_counter()
    try:
        check_deck_template(data)
        verdict = "accepted"
    except UnusableTemplate as refused:
        verdict = f"refused: {refused}"
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 1_048_576
    tracemalloc.stop()
    return seconds, peak, verdict


def main() -> None:
    """Print one line per template."""
    with tempfile.TemporaryDirectory() as folder:
        paths = [*sorted(TEMPLATES.glob("*.p[po]t[xm]")), gigabyte_package(Path(folder))]
        for path in paths:
            seconds, peak, verdict = measure(path)
            print(f"{seconds * 1000:7.1f} ms {peak:6.1f} MB  {path.name}: {verdict[:90]}")


if __name__ == "__main__":
    main()
