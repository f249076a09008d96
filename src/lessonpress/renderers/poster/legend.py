"""The poster's legend, top right: each category's marker and colour (and the pattern of
its bars, if it has lasting events) with its label, and the signs for key events and lasting
events, so colour is never the only signal."""

from __future__ import annotations

import math
from collections.abc import Sequence
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

WHOLE_SHARE = 0.75
"""The share of the legend's labels that its columns always show whole."""


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
    """The legend's rows arranged in columns read top to bottom, left to right, each
    column as wide as its widest label (a label longer than its column's share of the
    room is shortened with an ellipsis)."""

    rows: tuple[LegendRow, ...]
    column_widths: tuple[float, ...]
    style: PosterStyle

    @property
    def swatch(self) -> float:
        """The room every row's sign takes: wider when a category shows its bars'
        pattern beside its marker."""
        return swatch_width(self.style, any(row.pattern for row in self.rows))

    @property
    def columns(self) -> int:
        """How many columns the rows are set in."""
        return len(self.column_widths)

    @property
    def column_rows(self) -> tuple[tuple[LegendRow, ...], ...]:
        """The rows of each column, balanced: the first columns hold one row more than
        the last ones when the rows do not divide evenly."""
        return _balanced(self.rows, self.columns)

    @property
    def width(self) -> float:
        """From the left of the first column to the right of the last."""
        return sum(self.column_widths) + (self.columns - 1) * self.style.gap

    @property
    def height(self) -> float:
        """From the top of the first row to the bottom of the longest column."""
        return len(self.column_rows[0]) * row_height(self.style)

    def draw(
        self, canvas: Canvas, fonts: FontSet, colors: Palette, right: float, top: float
    ) -> None:
        """Draw the legend with its top right at ``(right, top)``."""
        style = self.style
        size = style.body_size
        x = right - self.width
        for rows, column_width in zip(self.column_rows, self.column_widths, strict=True):
            for position, row in enumerate(rows):
                middle = top - row_height(style) * (position + 0.5)
                _draw_sign(canvas, row, x, middle, self.swatch, style, colors)
                label_left = x + self.swatch + label_gap(style)
                label = ellipsize(fonts, row.label, "body", size, x + column_width - label_left)
                canvas.setFillColor(pdf_color(colors.text))
                draw_string(canvas, fonts, label_left, middle - size * 0.33, label, "body", size)
            x += column_width + style.gap


def _balanced(rows: Sequence[LegendRow], columns: int) -> tuple[tuple[LegendRow, ...], ...]:
    """``rows`` in order, split into ``columns`` runs whose lengths differ by one at most."""
    longer, extra = divmod(len(rows), columns)
    runs: list[tuple[LegendRow, ...]] = []
    start = 0
    for column in range(columns):
        end = start + longer + (1 if column < extra else 0)
        runs.append(tuple(rows[start:end]))
        start = end
    return tuple(runs)


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
    """Arrange ``rows`` in as few balanced columns as keep the legend within
    ``target_height`` (the title block's), each as wide as its widest label, never
    wider together than ``max_width``.

    When the columns that height needs are too wide, the widest give up room, their
    longest labels shortened, but never below the width that :data:`WHOLE_SHARE` of the
    labels need: one long name among short ones is cut, where a legend of long names
    takes fewer columns and grows downwards instead."""
    patterned = any(row.pattern for row in rows)
    sign = swatch_width(style, patterned) + label_gap(style)
    label_widths = sorted(fonts.width(row.label, "body", style.body_size) for row in rows)
    whole = label_widths[math.ceil(WHOLE_SHARE * len(rows)) - 1]
    least = min(max_width, sign + whole)
    needed = math.ceil(len(rows) / max(3, int(target_height // row_height(style))))
    columns = max(1, min(needed, int((max_width + style.gap) // (least + style.gap))))
    natural = tuple(
        sign + max(fonts.width(row.label, "body", style.body_size) for row in column)
        for column in _balanced(rows, columns)
    )
    room = max_width - (columns - 1) * style.gap
    return Legend(rows, _within(natural, room, least), style)


def _within(widths: Sequence[float], room: float, least: float) -> tuple[float, ...]:
    """``widths`` with the widest cut to one cap (never below ``least``) so that
    together they take at most ``room``."""
    if sum(widths) <= room:
        return tuple(widths)
    cap = max(least, max(widths))
    for width in sorted(widths, reverse=True):
        narrower = sum(other for other in widths if other < width)
        wider = len([other for other in widths if other >= width])
        cap = max(least, (room - narrower) / wider)
        if cap >= max((other for other in widths if other < width), default=0.0):
            break
    return tuple(min(width, cap) for width in widths)


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
