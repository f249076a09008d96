"""The legend: each category the lesson's events use, with its colour, marker shape and,
in a grayscale theme, the fill pattern of its range bars.

Decided once for every output, so the poster's legend, the handout strip's and the
deck's overview show a category alike. Colour is never the only signal: every category
also gets its own marker shape, which is all that tells its point events apart in a
grayscale theme, and there its lasting events' bars get a pattern of their own too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from lessonpress.model.lesson import Lesson
from lessonpress.model.theme import Theme
from lessonpress.present.palette import Palette

Marker = Literal["circle", "square", "diamond", "triangle", "inverted-triangle", "hexagon"]
MARKERS: tuple[Marker, ...] = get_args(Marker)
"""Marker shapes given to categories in order, so colour is never the only signal."""

DEFAULT_MARKER: Marker = "circle"
"""The marker of an event without a category."""

Pattern = Literal[
    "solid",
    "diagonal",
    "cross-hatch",
    "horizontal",
    "dots",
    "reverse-diagonal",
    "vertical",
    "checker",
]
PATTERNS: tuple[Pattern, ...] = get_args(Pattern)
"""Range-bar fills given to categories in order in a grayscale theme, where their grays
may be too close to tell apart: as many as the Okabe–Ito palette has colours."""


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """A category as the legend shows it: its label, colour, marker shape and bar
    pattern."""

    category_id: str
    label: str
    color: str
    marker: Marker
    pattern: Pattern | None = None
    """How its range bars are filled beyond their colour, and what its legend swatch
    shows beside the marker: ``None`` (a plain fill, no swatch) except in a grayscale
    theme for a category with lasting events."""


def legend_entries(lesson: Lesson, theme: Theme, palette: Palette) -> tuple[LegendEntry, ...]:
    """The lesson's categories that at least one event uses, in the order they are defined,
    in ``palette``'s colours.

    Each gets the next marker shape, skipping a shape another category of the same colour
    already has, so that no two categories look alike even when a short palette repeats
    (or a grayscale theme makes two colours one gray). In a grayscale theme each that
    has lasting events also gets the next bar pattern, cycling when there are more such
    categories than patterns.
    """
    used = {event.category for event in lesson.events if event.category}
    lasting = {event.category for event in lesson.events if event.span.is_range}
    category_ids = [category_id for category_id in lesson.categories if category_id in used]
    colors = theme.category_colors(
        list(lesson.categories),
        {key: category.color for key, category in lesson.categories.items()},
    )
    taken: set[tuple[str, Marker]] = set()
    patterned: list[str] = []
    entries = []
    for index, category_id in enumerate(category_ids):
        color = palette.ink(colors[category_id])
        shapes = [MARKERS[(index + step) % len(MARKERS)] for step in range(len(MARKERS))]
        marker = next((shape for shape in shapes if (color, shape) not in taken), shapes[0])
        taken.add((color, marker))
        pattern: Pattern | None = None
        if palette.grayscale and category_id in lasting:
            pattern = PATTERNS[len(patterned) % len(PATTERNS)]
            patterned.append(category_id)
        label = lesson.categories[category_id].label
        entries.append(LegendEntry(category_id, label, color, marker, pattern))
    return tuple(entries)
