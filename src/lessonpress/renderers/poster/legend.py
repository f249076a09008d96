"""The poster's legend, top right: each category's marker and colour with its label, and
the signs for key events and lasting events, so colour is never the only signal."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from reportlab.pdfgen.canvas import Canvas

from lessonpress.fonts import FontSet
from lessonpress.layout import ellipsize
from lessonpress.present import DEFAULT_MARKER, Marker, Palette, Words
from lessonpress.renderers.pdf import draw_string, pdf_color
from lessonpress.renderers.pdf_markers import draw_marker
from lessonpress.renderers.poster.key_events import draw_key_event_ring
from lessonpress.renderers.poster.style import PosterStyle
from lessonpress.renderers.timeline_items import TimelineContent

RowKind = Literal["category", "key-event", "range"]


@dataclass(frozen=True, slots=True)
class LegendRow:
    """One line of the legend: a sign and its label."""

    label: str
    kind: RowKind
    color: str = ""
    marker: Marker = DEFAULT_MARKER


@dataclass(frozen=True, slots=True)
class Legend:
    """The legend's rows arranged in columns."""

    rows: tuple[LegendRow, ...]
    columns: int
    column_width: float
    style: PosterStyle

    @property
    def rows_per_column(self) -> int:
        """How many rows each column holds (the last may hold fewer)."""
        return math.ceil(len(self.rows) / self.columns)

    @property
    def width(self) -> float:
        """From the left of the first column to the right of the last."""
        return self.columns * self.column_width + (self.columns - 1) * self.style.gap

    @property
    def height(self) -> float:
        """From the top of the first row to the bottom of the longest column."""
        return self.rows_per_column * row_height(self.style)

    def draw(
        self, canvas: Canvas, fonts: FontSet, colors: Palette, right: float, top: float
    ) -> None:
        """Draw the legend with its top right at ``(right, top)``."""
        style = self.style
        size = style.body_size
        left = right - self.width
        for index, row in enumerate(self.rows):
            column, position = divmod(index, self.rows_per_column)
            x = left + column * (self.column_width + style.gap)
            middle = top - row_height(style) * (position + 0.5)
            _draw_sign(canvas, row, x, middle, style, colors)
            label_left = x + swatch_width(style) + label_gap(style)
            label = ellipsize(fonts, row.label, "body", size, x + self.column_width - label_left)
            canvas.setFillColor(pdf_color(colors.text))
            draw_string(canvas, fonts, label_left, middle - size * 0.33, label, "body", size)


def _draw_sign(
    canvas: Canvas,
    row: LegendRow,
    x: float,
    middle: float,
    style: PosterStyle,
    colors: Palette,
) -> None:
    """A row's sign, as the timeline draws it: a category's marker, a key event's ring,
    or a lasting event's bar."""
    swatch = swatch_width(style)
    centre = x + swatch / 2
    radius = style.marker_radius
    if row.kind == "category":
        outline = colors.marker_outline(row.color)
        draw_marker(canvas, row.marker, centre, middle, radius, row.color, outline, style.hairline)
    elif row.kind == "key-event":
        radius *= style.timeline.highlight_scale
        draw_marker(
            canvas,
            DEFAULT_MARKER,
            centre,
            middle,
            radius,
            colors.primary,
            colors.background,
            style.hairline,
        )
        draw_key_event_ring(canvas, centre, middle, radius, colors.accent, style)
    else:
        bar_height = style.timeline.bar_height
        canvas.setFillColor(pdf_color(colors.muted))
        canvas.roundRect(
            x, middle - bar_height / 2, swatch, bar_height, bar_height / 2, stroke=0, fill=1
        )


def legend_rows(content: TimelineContent, words: Words) -> tuple[LegendRow, ...]:
    """The categories the events use, then the key-event and lasting-event signs if any
    event is drawn with them."""
    rows = [
        LegendRow(entry.label, "category", entry.color, entry.marker) for entry in content.legend
    ]
    if any(event.highlight for event in content.events):
        rows.append(LegendRow(words.key_event, "key-event"))
    if any(event.is_range for event in content.events):
        rows.append(LegendRow(words.lasting_event, "range"))
    return tuple(rows)


def plan_legend(
    rows: tuple[LegendRow, ...],
    fonts: FontSet,
    style: PosterStyle,
    target_height: float,
    max_width: float,
) -> Legend:
    """Arrange ``rows`` in as few columns as keep the legend within ``target_height``,
    but never wider than ``max_width`` (the legend then grows downwards instead)."""
    widest = max(fonts.width(row.label, "body", style.body_size) for row in rows)
    natural_column = swatch_width(style) + label_gap(style) + widest
    fitting_rows = max(3, int(target_height // row_height(style)))
    columns = math.ceil(len(rows) / fitting_rows)
    while columns > 1 and columns * natural_column + (columns - 1) * style.gap > max_width:
        columns -= 1
    column_width = min(natural_column, (max_width - (columns - 1) * style.gap) / columns)
    return Legend(rows, columns, column_width, style)


def row_height(style: PosterStyle) -> float:
    """The height of one legend row."""
    return style.body_size * 1.7


def swatch_width(style: PosterStyle) -> float:
    """The room a row's sign takes before its label."""
    return style.body_size * 1.8


def label_gap(style: PosterStyle) -> float:
    """The space between a sign and its label."""
    return style.gap * 0.6
