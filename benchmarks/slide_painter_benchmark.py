"""Print how long the slide painter takes on the example deck, against LibreOffice.

Run: python benchmarks/slide_painter_benchmark.py

Builds the example's deck, then times (best of five, wall clock and CPU): painting
every slide into a PDF, drawing its pages with PDFium at the preview's resolution,
and the repaint after an edit of the title slide's subtitle, which keeps the
pictures of the slides the edit did not change. Where LibreOffice is installed, its
conversion of the same deck to PDF is timed once, for comparison.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

from pptx import Presentation

from lessonpress.build import render_lesson
from lessonpress.preview import PREVIEW_DPI, pdf_pages
from lessonpress.preview_slides import slides_pdf
from lessonpress.preview_slides.pictures import SlidePictures

EXAMPLE = Path(__file__).resolve().parents[1] / "content" / "us-ussr-relations.yaml"
RUNS = 5


def best(work: Callable[[], object]) -> tuple[float, float]:
    """The fastest wall-clock and CPU seconds of ``RUNS`` runs of ``work``."""
    timings = []
    for _ in range(RUNS):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        timings.append((time.perf_counter() - wall, time.process_time() - cpu))
    return min(t[0] for t in timings), min(t[1] for t in timings)


def edited(pptx: bytes) -> bytes:
    """The deck with its first slide's subtitle changed, as an edit of it would."""
    presentation = Presentation(BytesIO(pptx))
    subtitle = presentation.slides[0].placeholders[1]
    subtitle.text_frame.text = "An edited subtitle"
    buffer = BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()


def main() -> None:
    """Print the painter's figures for the example deck."""
    [pptx] = render_lesson(EXAMPLE, ["deck"]).files.values()
    slides = len(Presentation(BytesIO(pptx)).slides)
    pdf = slides_pdf(pptx)  # fonts registered, as in a running server
    paint = best(lambda: slides_pdf(pptx))
    draw = best(lambda: pdf_pages(pdf, PREVIEW_DPI))
    pictures = SlidePictures(PREVIEW_DPI)
    other = edited(pptx)

    def repaint() -> None:
        pictures.pages(pptx)
        start = time.perf_counter(), time.process_time()
        pictures.pages(other)
        repaints.append((time.perf_counter() - start[0], time.process_time() - start[1]))

    repaints: list[tuple[float, float]] = []
    for _ in range(RUNS):
        repaint()
    edit = min(r[0] for r in repaints), min(r[1] for r in repaints)
    print(f"example deck, {slides} slides, pictures at {PREVIEW_DPI} dpi (wall / CPU):")
    for label, (wall, cpu) in (
        ("paint into a PDF", paint),
        ("draw with PDFium", draw),
    ):
        print(
            f"  {label:<24} {wall * 1000:6.0f} / {cpu * 1000:4.0f} ms per deck, "
            f"{wall * 1000 / slides:5.1f} / {cpu * 1000 / slides:4.1f} ms per slide"
        )
    total = paint[0] + draw[0], paint[1] + draw[1]
    print(f"  {'all slides':<24} {total[0] * 1000:6.0f} / {total[1] * 1000:4.0f} ms")
    print(f"  {'after a subtitle edit':<24} {edit[0] * 1000:6.0f} / {edit[1] * 1000:4.0f} ms")
    soffice = shutil.which("soffice")
    if soffice is None:
        print("  LibreOffice is not installed: no comparison")
        return
    with tempfile.TemporaryDirectory() as folder:
        deck = Path(folder) / "deck.pptx"
        deck.write_bytes(pptx)
        start = time.perf_counter()
        command = [soffice, "--headless", "--convert-to", "pdf", "--outdir", folder, str(deck)]
        subprocess.run(command, capture_output=True, check=True)
        print(f"  {'LibreOffice to PDF':<24} {(time.perf_counter() - start) * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
