"""The overview's legend: each category's marker shape and colour beside its name, and in
a grayscale theme a short bar in the pattern of the category's lasting events."""

from __future__ import annotations

from dataclasses import dataclass

from lessonpress.layout import ellipsize
from lessonpress.model.text import Run
from lessonpress.present import LegendEntry
from lessonpress.renderers.deck.colors import srgb
from lessonpress.renderers.deck.context import DeckContext
from lessonpress.renderers.deck.geometry import Box, points, to_points
from lessonpress.renderers.deck.marker_edge import marker_edge
from lessonpress.renderers.deck.measure import LayoutMeasurer, Measurer
from lessonpress.renderers.deck.patterns import fill_with_pattern
from lessonpress.renderers.deck.shapes import SlideShapes
from lessonpress.renderers.deck.text import Block, TextStyle, text_box_body

MARKER = 14.0
"""The legend marker's width, in points."""

BAR = 22.0
"""The width of a category's patterned bar, in points."""

BAR_HEIGHT = 8.0
"""Its height, as the overview's bars."""

SPACING = 8.0
"""Points between a marker and its name (or its bar)."""

ENTRY_GAP = 28.0
"""Points between one entry and the next on a row."""


@dataclass(frozen=True, slots=True)
class PlacedEntry:
    """One legend entry: where its row and its left edge are, and its name's width."""

    entry: LegendEntry
    label: str
    """The category's name, shortened with an ellipsis when wider than the slide."""
    row: int
    left: int
    text_width: int


@dataclass(frozen=True, slots=True)
class LegendPlan:
    """The legend's entries in rows, and the height they take (0 with no categories)."""

    entries: tuple[PlacedEntry, ...]
    row_height: int
    size: float

    @property
    def last_row_end(self) -> int:
        """Where the last row's last entry ends, in EMU from the legend's left edge."""
        if not self.entries:
            return 0
        last = self.entries[-1]
        return last.left + points(sign_width(last.entry) + SPACING) + last.text_width

    @property
    def height(self) -> int:
        """The legend's height in EMU."""
        rows = max((placed.row for placed in self.entries), default=-1) + 1
        return rows * self.row_height


def plan_legend(
    entries: tuple[LegendEntry, ...], measurer: Measurer, size: float, width: int
) -> LegendPlan:
    """Flow the entries left to right in rows no wider than ``width`` EMU."""
    row_height = points(measurer.line_height(size) + 4)
    label_measurer = LayoutMeasurer(measurer)
    placed: list[PlacedEntry] = []
    row, x = 0, 0
    for entry in entries:
        sign = sign_width(entry) + SPACING
        label = ellipsize(label_measurer, entry.label, "body", size, to_points(width) - sign - 2)
        text_width = points(measurer.width(label, size) + 2)
        entry_width = points(sign) + text_width
        if x and x + entry_width > width:
            row, x = row + 1, 0
        placed.append(PlacedEntry(entry, label, row, x, text_width))
        x += entry_width + points(ENTRY_GAP)
    return LegendPlan(tuple(placed), row_height, size)


def draw_legend(
    context: DeckContext, shapes: SlideShapes, legend: LegendPlan, left: int, top: int
) -> None:
    """Draw the planned legend with its top-left corner at ``(left, top)``."""
    style = TextStyle(context.language, context.colors, size=legend.size, color="text")
    marker = points(MARKER)
    for placed in legend.entries:
        entry = placed.entry
        y = top + placed.row * legend.row_height
        x = left + placed.left
        marker_box = Box(x, y + (legend.row_height - marker) // 2, marker, marker)
        edge = marker_edge(entry.color, context.colors.hex("background"))
        shapes.add_shape(
            f"Legend marker: {entry.label}",
            marker_box,
            entry.marker,
            fill=srgb(entry.color),
            line=edge.line if edge else None,
            line_width=edge.width if edge else 0,
        )
        if entry.pattern is not None:
            bar_height = points(BAR_HEIGHT)
            bar_box = Box(
                x + marker + points(SPACING / 2),
                y + (legend.row_height - bar_height) // 2,
                points(BAR),
                bar_height,
            )
            bar = shapes.add_shape(f"Legend span: {entry.label}", bar_box, fill=srgb(entry.color))
            ink = context.plan.palette.text_on(entry.color)
            fill_with_pattern(bar, entry.pattern, ink, entry.color)
        sign = points(sign_width(entry) + SPACING)
        text_box = Box(x + sign, y, placed.text_width, legend.row_height)
        body = text_box_body([Block((Run(placed.label),))], style, anchor="ctr", wrap=False)
        shapes.add_shape(f"Legend: {entry.label}", text_box, text_body=body)


def sign_width(entry: LegendEntry) -> float:
    """The width of an entry's sign before its name, in points: its marker, and its
    bar when it has a pattern."""
    return MARKER + (SPACING / 2 + BAR if entry.pattern is not None else 0.0)
