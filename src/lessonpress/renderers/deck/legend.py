"""The overview's legend: each category's marker shape and colour beside its name, and in
a grayscale theme a short bar in the pattern of the category's lasting events; last, when
the slide rings key events, a ringed marker beside "Key event".

A name wider than the slide wraps onto as many rows as it needs, so every category is
named whole."""

from __future__ import annotations

from dataclasses import dataclass, replace

from lessonpress.layout import wrap_text
from lessonpress.model.text import Run
from lessonpress.present import LegendEntry
from lessonpress.renderers.deck.colors import srgb
from lessonpress.renderers.deck.context import DeckContext
from lessonpress.renderers.deck.geometry import Box, points, to_points
from lessonpress.renderers.deck.marker_edge import MarkerEdge, marker_edge
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

KEY_EVENT_RING = 2.0
"""The width of a key event's ring, in points, as on the overview's markers."""


@dataclass(frozen=True, slots=True)
class PlacedEntry:
    """One legend entry: its first row, its left edge, its name's lines and their width."""

    entry: LegendEntry | None
    """The category, or ``None`` for the key-event entry."""
    lines: tuple[str, ...]
    """The name, on one line, or wrapped when wider than the legend."""
    row: int
    left: int
    text_width: int

    @property
    def label(self) -> str:
        """The whole name."""
        return " ".join(self.lines)

    @property
    def last_row(self) -> int:
        """The row of the name's last line."""
        return self.row + len(self.lines) - 1


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
        rows = max((placed.last_row for placed in self.entries), default=-1) + 1
        return rows * self.row_height


def plan_legend(
    entries: tuple[LegendEntry, ...],
    measurer: Measurer,
    size: float,
    width: int,
    key_event: str | None = None,
) -> LegendPlan:
    """Flow the entries left to right in rows no wider than ``width`` EMU, then, when
    ``key_event`` names it, the key-event entry. A name wider than a row wraps, and its
    entry takes rows of its own."""
    row_height = points(measurer.line_height(size) + 4)
    label_measurer = LayoutMeasurer(measurer)
    signed: list[tuple[LegendEntry | None, str]] = [(entry, entry.label) for entry in entries]
    if key_event is not None and entries:
        signed.append((None, key_event))
    placed: list[PlacedEntry] = []
    row, x = 0, 0
    for entry, name in signed:
        sign = sign_width(entry) + SPACING
        room = to_points(width) - sign - 2
        lines = tuple(wrap_text(label_measurer, name, "body", size, room))
        text_width = points(max(measurer.width(line, size) for line in lines) + 2)
        entry_width = points(sign) + text_width
        if x and (len(lines) > 1 or x + entry_width > width):
            row, x = row + 1, 0
        placed.append(PlacedEntry(entry, lines, row, x, text_width))
        if len(lines) > 1:
            row, x = row + len(lines), 0
        else:
            x += entry_width + points(ENTRY_GAP)
    return LegendPlan(tuple(placed), row_height, size)


def legend_pages(legend: LegendPlan, height: int) -> list[LegendPlan]:
    """``legend`` cut into pages of rows no taller than ``height`` EMU, each page's rows
    renumbered from its top; an entry's wrapped name stays on one page."""
    most_rows = max(1, height // legend.row_height)
    pages: list[list[PlacedEntry]] = []
    first_row = 0
    for placed in legend.entries:
        if not pages or placed.last_row - first_row >= most_rows:
            pages.append([])
            first_row = placed.row
        pages[-1].append(replace(placed, row=placed.row - first_row))
    return [LegendPlan(tuple(page), legend.row_height, legend.size) for page in pages]


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
        if entry is None:
            ring = MarkerEdge(context.colors.color("accent"), points(KEY_EVENT_RING))
            shapes.add_shape(
                f"Legend marker: {placed.label}",
                marker_box,
                "ellipse",
                fill=context.colors.color("background"),
                line=ring.line,
                line_width=ring.width,
            )
        else:
            edge = marker_edge(entry.color, context.colors.hex("background"))
            shapes.add_shape(
                f"Legend marker: {entry.label}",
                marker_box,
                entry.marker,
                fill=srgb(entry.color),
                line=edge.line if edge else None,
                line_width=edge.width if edge else 0,
            )
        if entry is not None and entry.pattern is not None:
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
        text_box = Box(x + sign, y, placed.text_width, legend.row_height * len(placed.lines))
        row_points = to_points(legend.row_height)
        blocks = [Block((Run(line),), line_height=row_points) for line in placed.lines]
        body = text_box_body(blocks, style, anchor="ctr", wrap=False)
        shapes.add_shape(f"Legend: {placed.label}", text_box, text_body=body)


def sign_width(entry: LegendEntry | None) -> float:
    """The width of an entry's sign before its name, in points: its marker, and its
    bar when it has a pattern (the key-event entry, ``None``, has a marker alone)."""
    has_bar = entry is not None and entry.pattern is not None
    return MARKER + (SPACING / 2 + BAR if has_bar else 0.0)
