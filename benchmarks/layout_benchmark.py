"""Time the timeline layout on large and small pages with 1,000 and 10,000 events.

Run: ``python benchmarks/layout_benchmark.py``. Prints figures; asserts nothing.
The measurer approximates Source Sans character widths, so no fonts are loaded.
"Crowds" are clusters of events within one week each (12 of 10, 40 of 25).

Figures with crowded labels spread apart and bent leaders (2 shared cores, loaded):

    a0 landscape     1000 events     110 ms  LayoutError: 161 of 1000 fit
    a0 landscape    10000 events     580 ms  LayoutError: 159 of 10000 fit
    a0 lan crowds     120 events      37 ms  LayoutError: 114 of 120 fit
    a0 lan crowds    1000 events      88 ms  LayoutError: 78 of 1000 fit
    tabloid          1000 events      73 ms  LayoutError: 158 of 1000 fit
    tabloid         10000 events     550 ms  LayoutError: 156 of 10000 fit
    tabloi crowds     120 events      32 ms  LayoutError: 104 of 120 fit
    lanes only      10000 labels      63 ms  all placed

Pages that cannot hold the labels' area are told so after a sample of 64 labels, so
only the last attempt (which counts what fits) measures every label.
"""

from __future__ import annotations

import random
import time

from lessonpress.layout import LayoutError, Rect, TimelineEvent, TimelineStyle, layout_timeline
from lessonpress.layout.lanes import LaneSide

NARROW = set("iljtfr.,;:'|!() ")
WIDE = set("mwMWOQGD@%")


class ApproximateMeasurer:
    """Sans-serif advance widths by character class, as fractions of the type size."""

    def width(self, text: str, font: str, size: float) -> float:
        bold = 1.06 if "bold" in font or font == "heading" else 1.0
        total = 0.0
        for character in text:
            if character in NARROW:
                total += 0.27
            elif character in WIDE:
                total += 0.82
            elif character.isupper() or character.isdigit():
                total += 0.6
            else:
                total += 0.5
        return total * size * bold


WORDS = [
    "treaty",
    "war",
    "pact",
    "conference",
    "revolution",
    "recognition",
    "summit",
    "alliance",
    "offensive",
    "siege",
]
PAGES = {"a0 landscape": Rect(72, 72, 3370 - 144, 2384 - 144), "tabloid": Rect(36, 36, 1152, 720)}


def events(count: int, seed: int = 1917) -> list[TimelineEvent]:
    """``count`` events over 1900-2000, some ranges and some highlighted."""
    chooser = random.Random(seed)
    made = []
    for index in range(count):
        start = 1900 + chooser.random() * 100
        end = start + chooser.random() * 3 if chooser.random() < 0.2 else None
        title = " ".join(chooser.choice(WORDS).title() for _ in range(chooser.randint(2, 6)))
        text = " ".join(chooser.choice(WORDS) for _ in range(chooser.randint(0, 15)))
        made.append(
            TimelineEvent(
                f"e{index}", start, end, f"{start:.0f}", title, text, chooser.random() < 0.1
            )
        )
    return made


def crowded_events(clusters: int, size: int, seed: int = 1941) -> list[TimelineEvent]:
    """``clusters`` crowds of ``size`` events, each crowd within one week, over 1900-2000."""
    chooser = random.Random(seed)
    made = []
    for cluster in range(clusters):
        centre = 1900 + (cluster + 0.5) * 100 / clusters
        for member in range(size):
            start = centre + chooser.random() * 7 / 365
            title = " ".join(chooser.choice(WORDS).title() for _ in range(chooser.randint(1, 3)))
            made.append(
                TimelineEvent(f"c{cluster}-{member}", start, None, f"{start:.2f}", title, "")
            )
    return made


def time_layout(name: str, bounds: Rect, batch: list[TimelineEvent], style: TimelineStyle) -> None:
    """Print how long one call of ``layout_timeline`` takes and what it gave."""
    began = time.perf_counter()
    try:
        layout = layout_timeline(batch, [], bounds, ApproximateMeasurer(), style)
        outcome = f"all placed, {layout.degradation.value}, titles {layout.sizes.title:g} pt"
    except LayoutError as error:
        outcome = f"LayoutError: {error.fitted} of {error.total} fit at the smallest size"
    elapsed = time.perf_counter() - began
    print(f"{name:14} {len(batch):>6} events  {elapsed * 1000:8.1f} ms  {outcome}")


def time_lanes(count: int) -> None:
    """Print how long placing ``count`` labels in lanes takes when they all fit."""
    side = LaneSide(0.0, 1100.0, 5.0, 4.0, 0.0, 1e9, upwards=True)
    began = time.perf_counter()
    for index in range(count):
        anchor_x = 200.0 + index * 130.0
        slot = side.find(anchor_x, 120.0, 40.0, anchor_x + 3.0 - 120.0, 0.0, 3.0)
        if slot is None:
            raise RuntimeError("the benchmark lane should have room")
        side.occupy(slot, 120.0, 40.0)
    elapsed = time.perf_counter() - began
    print(f"{'lanes only':14} {count:>6} labels  {elapsed * 1000:8.1f} ms  all placed")


def main() -> None:
    """Run every measurement."""
    for name, bounds in PAGES.items():
        scale = min(bounds.width + 72, bounds.height + 72) / 792
        style = TimelineStyle().scaled(scale)
        for count in (1_000, 10_000):
            time_layout(name, bounds, events(count), style)
        time_layout(f"{name[:6]} crowds", bounds, crowded_events(12, 10), style)
        time_layout(f"{name[:6]} crowds", bounds, crowded_events(40, 25), style)
    for count in (1_000, 10_000):
        time_lanes(count)


if __name__ == "__main__":
    main()
