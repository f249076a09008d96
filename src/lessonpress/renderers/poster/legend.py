"""The poster's legend, top right: each category's marker and colour (and the pattern of
its bars, if it has lasting events) with its label, and the signs for key events and lasting
events, so colour is never the only signal."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from reportlab.pdfgen.canvas import Canvas

from lessonpress.fonts import FontSet
from lessonpress.layout import Rect, ellipsize
from lessonpress.present import DEFAULT_MARKER, Marker, Palette, Pattern, Words
from lessonpress.renderers.pdf import draw_string, pdf_color
from lessonpress.renderers.pdf_markers import draw_marker
from lessonpress.renderers.pdf_patterns import draw_range_bar
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
    pattern: Pattern | None = None
    """A category's bar pattern, shown beside its marker."""


@dataclass(frozen=True, slots=True)
class Legend:
    """The legend's rows arranged in columns."""

    rows: tuple[LegendRow, ...]
    columns: int
    column_width: float
    style: PosterStyle

    @property
    def swatch(self) -> float:
        """The room every row's sign takes: wider when a category shows its bars'
        pattern beside its marker."""
        return swatch_width(self.style, any(row.pattern for row in self.rows))

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
            _draw_sign(canvas, row, x, middle, self.swatch, style, colors)
            label_left = x + self.swatch + label_gap(style)
            label = ellipsize(fonts, row.label, "body", size, x + self.column_width - label_left)
            canvas.setFillColor(pdf_color(colors.text))
            draw_string(canvas, fonts, label_left, middle - size * 0.33, label, "body", size)


def _draw_sign(
    canvas: Canvas,
    row: LegendRow,
    x: float,
    middle: float,
    swatch: float,
    style: PosterStyle,
    colors: Palette,
) -> None:
    """A row's sign, as the timeline draws it, in ``swatch`` points from ``x``: a
    category's marker (and its bars' pattern), a key event's ring, or a lasting event's
    bar."""
    centre = x + swatch_width(style) / 2
    radius = style.marker_radius
    bar_height = style.timeline.bar_height
    if row.kind == "category":
        outline = colors.marker_outline(row.color)
        draw_marker(canvas, row.marker, centre, middle, radius, row.color, outline, style.hairline)
        if row.pattern:
            left = x + swatch_width(style)
            bar = Rect(left, middle - bar_height / 2, x + swatch - left, bar_height)
            draw_range_bar(
                canvas,
                bar,
                fill=row.color,
                outline=outline,
                outline_width=style.hairline,
                pattern=row.pattern,
                ink=colors.text_on(row.color),
            )
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
        canvas.setFillColor(pdf_color(colors.muted))
        canvas.roundRect(
            x, middle - bar_height / 2, swatch, bar_height, bar_height / 2, stroke=0, fill=1
        )


def legend_rows(content: TimelineContent, words: Words) -> tuple[LegendRow, ...]:
    """The categories the events use, then the key-event and lasting-event signs if any
    event is drawn with them."""
    rows = [
        LegendRow(entry.label, "category", entry.color, entry.marker, entry.pattern)
        for entry in content.legend
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
    patterned = any(row.pattern for row in rows)
    natural_column = swatch_width(style, patterned) + label_gap(style) + widest
    fitting_rows = max(3, int(target_height // row_height(style)))
    columns = math.ceil(len(rows) / fitting_rows)
    while columns > 1 and columns * natural_column + (columns - 1) * style.gap > max_width:
        columns -= 1
    column_width = min(natural_column, (max_width - (columns - 1) * style.gap) / columns)
    return Legend(rows, columns, column_width, style)


def row_height(style: PosterStyle) -> float:
    """The height of one legend row."""
    return style.body_size * 1.7


def swatch_width(style: PosterStyle, patterned: bool = False) -> float:
    """The room a row's sign takes before its label: a marker, or with ``patterned`` a
    marker and a short bar."""
    return style.body_size * (4.0 if patterned else 1.8)


def label_gap(style: PosterStyle) -> float:
    """The space between a sign and its label."""
    return style.gap * 0.6
