"""Lessons written on the fly for size tests and benchmarks: as many events as asked."""

from __future__ import annotations

import random
from pathlib import Path

PLACES = ["Lisbon", "Kyiv", "Lagos", "Lima", "Osaka", "Quebec", "Cairo", "Delhi", "Oslo"]
KINDS = ["Treaty of", "Rising in", "Fair at", "Railway to", "Flood in", "Charter of"]
CATEGORIES = ["politics", "society", "science", "economy", "culture"]


def generated_lesson(folder: Path, count: int) -> Path:
    """A lesson of ``count`` events spread evenly over 1800–1999 in five categories: one
    in 37 lasting a few years, one in 97 a key event. The same ``count`` gives the same
    lesson."""
    chooser = random.Random(count)
    lines = [
        f"title: {count} Events, 1800–1999",
        "categories:",
        *(f"  {name}: {{label: {name.title()}}}" for name in CATEGORIES),
        "events:",
    ]
    for number in range(count):
        year = 1800 + number * 200 // count
        date = f"{year} - {year + chooser.randint(1, 6)}" if number % 37 == 0 else str(year)
        lines += [
            f"  - title: {chooser.choice(KINDS)} {chooser.choice(PLACES)} ({number + 1})",
            f"    date: {date}",
            f"    category: {CATEGORIES[number % 5]}",
            f"    highlight: {'true' if number % 97 == 0 else 'false'}",
        ]
    path = folder / f"generated-{count}.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
