"""Print how long the deck renderer takes on generated lessons of 45 and 1,000 events.

Run: python benchmarks/deck_benchmark.py [--events N] [--baseline] [--stock]

The lesson has eras, categories, text, significance, notes and sources on every
event and a picture on every tenth, so the deck has about 1,010 slides, each with
a notes page. The figure to beat is pandoc's 4.8 s for 1,000 sections; stock
python-pptx needs about 11 s for 1,000 slides with notes, because it walks every
part of the package for each new part. ``--baseline`` times that stock loop too.
``--stock`` times the deck again without each of the speed-ups that lean on
python-pptx's internals (``renderers/deck/pptx_compat.py``), to show what each pays.
Where pandoc is installed, it is timed on the same number of sections, each with a
paragraph and speaker notes; elsewhere its measured 4.8 s is printed for reference.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from pptx.package import Package

from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.deck import DeckRenderer, notes, package

SMALL_DECK_EVENTS = 45
"""A long real lesson (world-war-two-45 has as many)."""

PANDOC_SECONDS = 4.8
"""pandoc's time for 1,000 sections with notes, measured where it was installed."""

IMAGES = Path(__file__).resolve().parents[1] / "tests" / "data" / "images"

TEXT = (
    "Delegates argued for weeks over trade, borders and the fate of the refugees; "
    "the newspapers of both capitals reported every rumour, and the talks nearly "
    "collapsed twice before a compromise was found."
)


def lesson_yaml(events: int) -> str:
    """A lesson file with ``events`` events, one a month from January 1800."""
    lines = [
        "title: A generated lesson for the deck benchmark",
        "author: lessonpress benchmark",
        "course: Benchmarks",
        "categories:",
        "  politics: {label: Politics}",
        "  war: {label: War}",
        "  trade: {label: Trade}",
        "eras:",
    ]
    years = events // 12 + 1
    for decade in range(1800, 1800 + years, 10):
        lines.append(f"  - {{title: The {decade}s, start: {decade}, end: {decade + 9}}}")
    lines.append("events:")
    for number in range(events):
        year, month = 1800 + number // 12, number % 12 + 1
        lines += [
            f"  - title: Event number {number + 1} of the generated lesson",
            f"    date: {year}-{month:02d}",
            f"    category: {('politics', 'war', 'trade')[number % 3]}",
            f"    text: {TEXT}",
            "    significance: It shows how a slow negotiation can still change a region.",
            "    notes: Ask the class what each side wanted, and what each side gave up.",
            "    sources:",
            f"      - {{title: Source {number + 1}, author: A. Historian, year: 1990}}",
        ]
        if number % 10 == 0:
            lines += [
                "    image:",
                "      src: chart-1024x768.jpg",
                "      alt: A bar chart of four bars rising from left to right.",
                "      caption: A chart for the benchmark.",
                "      credit: lessonpress",
            ]
    return "\n".join(lines) + "\n"


def time_deck(events: int) -> tuple[float, int]:
    """Seconds to render the generated lesson's deck, and the file's size in bytes."""
    with tempfile.TemporaryDirectory() as folder:
        lesson_path = Path(folder) / "generated.yaml"
        lesson_path.write_text(lesson_yaml(events), encoding="utf-8")
        shutil.copy(IMAGES / "chart-1024x768.jpg", Path(folder) / "chart-1024x768.jpg")
        lesson = load_lesson(lesson_path).lesson
        theme = load_theme("classic")
        started = time.perf_counter()
        data = DeckRenderer().render(lesson, theme, RenderOptions())
        return time.perf_counter() - started, len(data)


@contextlib.contextmanager
def without(speed_up: str) -> Iterator[None]:
    """Build decks without one speed-up of :mod:`~lessonpress.renderers.deck.pptx_compat`:
    ``relationships`` (the indexed relationships), ``partnames`` (the package's
    part-name counters and image index) or ``notes`` (notes pages made as one part,
    not through python-pptx's ``slide.notes_slide``)."""
    module, name, stock = {
        "relationships": (package, "index_relationships", lambda part: None),
        "partnames": (package, "DeckPackage", Package),
        "notes": (notes, "add_notes_slide", lambda slide: slide.notes_slide),
    }[speed_up]
    kept = getattr(module, name)
    setattr(module, name, stock)
    try:
        yield
    finally:
        setattr(module, name, kept)


def time_stock_python_pptx(slides: int) -> float:
    """Seconds for stock python-pptx to add ``slides`` slides with a title, text and notes."""
    import io

    from pptx import Presentation

    started = time.perf_counter()
    presentation = Presentation()
    layout = presentation.slide_layouts[1]
    for number in range(slides):
        slide = presentation.slides.add_slide(layout)
        slide.shapes.title.text = f"Slide {number + 1}"
        slide.placeholders[1].text = TEXT
        slide.notes_slide.notes_text_frame.text = "Notes"
    presentation.save(io.BytesIO())
    return time.perf_counter() - started


def time_pandoc(sections: int) -> float | None:
    """Seconds pandoc takes to write ``sections`` slides with notes, or ``None`` without
    pandoc."""
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        return None
    section = f"# Slide {{}}\n\n{TEXT}\n\n::: notes\nNotes for the slide.\n:::\n\n"
    markdown = "".join(section.format(number + 1) for number in range(sections))
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "deck.md", Path(folder) / "deck.pptx"
        source.write_text(markdown, encoding="utf-8")
        started = time.perf_counter()
        subprocess.run([pandoc, str(source), "-o", str(target)], check=True)
        return time.perf_counter() - started


def main() -> None:
    """Print the deck's render times (with --baseline, stock python-pptx's; with --stock,
    the deck's without each python-pptx speed-up)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--baseline", action="store_true", help="also time stock python-pptx")
    parser.add_argument(
        "--stock", action="store_true", help="also time the deck without each speed-up"
    )
    arguments = parser.parse_args()
    small, _ = time_deck(SMALL_DECK_EVENTS)
    print(f"{small:6.2f} s  lessonpress deck, {SMALL_DECK_EVENTS} events (goal: under 0.5 s)")
    seconds, size = time_deck(arguments.events)
    print(f"{seconds:6.2f} s  lessonpress deck, {arguments.events} events, {size / 1e6:.1f} MB")
    pandoc = time_pandoc(arguments.events)
    if pandoc is None:
        pandoc = PANDOC_SECONDS * arguments.events / 1000
        print(f"{pandoc:6.2f} s  pandoc (measured elsewhere; pandoc is not installed)")
    else:
        print(f"{pandoc:6.2f} s  pandoc, {arguments.events} sections with notes")
    print(f"{seconds / pandoc:6.2f} x  pandoc's time (goal: under 0.7)")
    if arguments.stock:
        for speed_up in ("relationships", "partnames", "notes"):
            with without(speed_up):
                stock, _ = time_deck(arguments.events)
            print(f"{stock:6.2f} s  the same deck without the {speed_up} speed-up")
    if arguments.baseline:
        stock = time_stock_python_pptx(arguments.events)
        print(f"{stock:6.2f} s  stock python-pptx, {arguments.events} slides with notes")


if __name__ == "__main__":
    main()
