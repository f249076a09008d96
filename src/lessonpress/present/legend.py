"""The legend: each category the lesson's events use, with its colour, marker shape and,
on paper and in a grayscale theme, the fill pattern of its range bars.

Decided once for every output, so the poster's legend, the handout strip's and the
deck's overview show a category alike. Colour is never the only signal: every category
also gets its own marker shape, which is all that tells its point events apart in a
black-and-white print. Its lasting events' bars get a pattern of their own wherever the
output may be printed so (a handout or a poster in any theme, and any output of a
grayscale theme): a colour poster copied on a black-and-white printer turns the bars of
an orange and a sky-blue category into one gray, and their patterns still tell them
apart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal, get_args

from lessonpress.model.colors import contrast_ratio
from lessonpress.model.lesson import Lesson
from lessonpress.model.theme import Theme
from lessonpress.present.bars import drawn_as_bar, shortest_bar
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
    "grid",
    "dense-diagonal",
    "large-dots",
    "dense-reverse-diagonal",
    "dashes",
    "dense-vertical",
    "zigzag",
]
PATTERNS: tuple[Pattern, ...] = get_args(Pattern)
"""Range-bar fills given to categories in order, as their grays may be too close to tell
apart in print: the first eight as many as the Okabe–Ito palette has colours, then seven
more, so that up to fifteen categories each have their own even where a palette's
colours (chalkboard's, darkened for paper) come out nearly one gray."""

SAME_GRAY = 1.5
"""Two colours whose grays contrast less than this look alike in a black-and-white print
(the Okabe–Ito orange and sky blue contrast 1.02): their bars never share a pattern."""


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
    shows beside the marker: ``None`` (a plain fill, no swatch) for a category without
    lasting events, and on a screen in a colour theme."""


def legend_entries(lesson: Lesson, theme: Theme, palette: Palette) -> tuple[LegendEntry, ...]:
    """The lesson's categories that at least one event uses, in the order they are defined,
    in ``palette``'s colours.

    Each gets the next marker shape, skipping a shape another category of the same colour
    already has, so that no two categories look alike even when a short palette repeats
    (or a grayscale theme makes two colours one gray). On paper, and in a grayscale
    theme, each that has lasting events also gets a bar pattern (see ``_bar_pattern``).
    """
    used = {event.category for event in lesson.events if event.category}
    shortest = shortest_bar(lesson)
    lasting = {event.category for event in lesson.events if drawn_as_bar(event, shortest)}
    category_ids = [category_id for category_id in lesson.categories if category_id in used]
    colors = theme.category_colors(
        list(lesson.categories),
        {key: category.color for key, category in lesson.categories.items()},
    )
    taken: set[tuple[str, Marker]] = set()
    patterned: list[tuple[str, Pattern]] = []
    patterns_shown = palette.grayscale or palette.medium == "paper"
    entries = []
    for index, category_id in enumerate(category_ids):
        color = palette.ink(colors[category_id])
        shapes = [MARKERS[(index + step) % len(MARKERS)] for step in range(len(MARKERS))]
        marker = next((shape for shape in shapes if (color, shape) not in taken), shapes[0])
        taken.add((color, marker))
        pattern: Pattern | None = None
        if patterns_shown and category_id in lasting:
            pattern = _bar_pattern(color, patterned)
            patterned.append((color, pattern))
        label = lesson.categories[category_id].label
        entries.append(LegendEntry(category_id, label, color, marker, pattern))
    return tuple(entries)


def _bar_pattern(color: str, patterned: list[tuple[str, Pattern]]) -> Pattern:
    """The bar pattern of the next category with lasting events, in ``color``, after the
    ``(colour, pattern)`` of those before it: the next pattern in turn, skipping any that a
    category of a gray alike already has; when every pattern is taken so, the one whose
    nearest such gray is least alike."""
    start = len(patterned)
    turns = [PATTERNS[(start + step) % len(PATTERNS)] for step in range(len(PATTERNS))]

    def nearest_alike(pattern: Pattern) -> float:
        """The contrast of ``color`` with the closest gray already in ``pattern``."""
        return min(
            (contrast_ratio(color, other) for other, used in patterned if used == pattern),
            default=math.inf,
        )

    return next(
        (pattern for pattern in turns if nearest_alike(pattern) >= SAME_GRAY),
        max(turns, key=nearest_alike),
    )
