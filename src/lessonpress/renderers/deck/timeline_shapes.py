"""A placed timeline drawn as PowerPoint shapes: bands, lines, markers and text boxes.

Everything stays editable: each era is a rectangle with its name in a text box, the
axis, ticks and leaders are connectors, each marker is a preset shape in its
category's colour and form, each bar a rectangle in its category's colour (and, in a
grayscale theme, its preset pattern), and each label is one text box whose lines are the
layout's own, never re-wrapped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lessonpress.layout import Rect, TextLine, TimelineLayout
from lessonpress.layout.result import EraBand, PointMarker, era_band_at
from lessonpress.layout.text import DEFAULT_LEADING
from lessonpress.model.text import Run
from lessonpress.renderers.deck.colors import Role, srgb
from lessonpress.renderers.deck.context import DeckContext
from lessonpress.renderers.deck.geometry import Box, points, to_points
from lessonpress.renderers.deck.marker_edge import MarkerEdge, marker_edge
from lessonpress.renderers.deck.patterns import fill_with_pattern
from lessonpress.renderers.deck.shapes import SlideShapes
from lessonpress.renderers.deck.text import Block, TextStyle, text_box_body
from lessonpress.renderers.timeline_items import TimelineContent

MARKER_RADIUS = 7.0
"""Half the width of an event's marker, in points (times 1.3 for a highlighted one)."""


def marker_radius(marker: PointMarker) -> float:
    """Half the width of ``marker`` as drawn, in points."""
    return MARKER_RADIUS * (1.3 if marker.highlight else 1.0)


def draw_overview(
    context: DeckContext, shapes: SlideShapes, layout: TimelineLayout, content: TimelineContent
) -> None:
    """Draw a placed timeline, back to front: era bands, leaders, the era names on
    patches of their band's ground (so no leader runs through them), the axis, the ticks
    and their years, bars, markers, then the labels."""
    flip = _Flip(to_points(context.slide_box.height))
    band_fills = _draw_bands(context, shapes, layout, flip)
    colors = context.colors
    background = colors.hex("background")
    for label in layout.labels:
        # A crowded label's leader bends: one straight line per piece.
        for piece in label.leader_segments:
            start = flip.point(piece.start.x, piece.start.y)
            end = flip.point(piece.end.x, piece.end.y)
            shapes.add_line("Leader", start, end, colors.color("muted"), points(0.75))
    for era in layout.eras:
        if era.name is not None and era.name_box is not None:
            era_ground = srgb(band_fills.get(era.key) or background)
            blocks = [_line_block(line, "text") for line in (era.name, *era.more_name_lines)]
            box = flip.box(era.name_box)
            _add_lines(context, shapes, f"Era name: {era.title}", blocks, box, era_ground)
    axis = layout.axis
    primary = colors.color("primary")
    shapes.add_line(
        "Axis", flip.point(axis.x0, axis.y), flip.point(axis.x1, axis.y), primary, points(2.5)
    )
    for tick in layout.ticks:
        mark = (flip.point(tick.x, axis.y), flip.point(tick.x, tick.mark_bottom))
        shapes.add_line("Tick", *mark, primary, points(1.25))
        # No patch behind a year: no leader crosses it (``layout.leaders.clear_axis_text``
        # keeps only ticks clear of leaders), and an opaque patch would cut the markers and
        # band edges it overlaps.
        year = [_line_block(tick.label, "muted")]
        _add_lines(context, shapes, "Year", year, flip.box(tick.label_box))
    for bar in layout.bars:
        item = content.item(bar.key)
        span = shapes.add_shape(
            f"Span: {item.event.title}", flip.box(bar.bar), fill=srgb(item.color)
        )
        ink = context.plan.palette.text_on(item.color)
        fill_with_pattern(span, item.pattern, ink, item.color)
    for marker in layout.markers:
        item = content.item(marker.key)
        radius = marker_radius(marker)
        center_x, center_y = flip.point(marker.center.x, marker.center.y)
        size = points(2 * radius)
        box = Box(center_x - size // 2, center_y - size // 2, size, size)
        if marker.highlight:
            ring = MarkerEdge(colors.color("accent"), points(2.0))
        else:
            # The ground's colour parts a marker from a leader behind it, unless the
            # marker's own colour is too close to the ground and needs an edge to show.
            ground = _ground_at(layout.eras, band_fills, marker.center.x, marker.center.y)
            ring = marker_edge(item.color, ground or background) or MarkerEdge(
                colors.color("background"), points(1.0)
            )
        shapes.add_shape(
            f"Marker: {item.event.title}",
            box,
            item.marker,
            fill=srgb(item.color),
            line=ring.line,
            line_width=ring.width,
        )
    for label in layout.labels:
        item = content.item(label.key)
        _label(context, shapes, label.lines, label.box, flip, item.event.title)


def _draw_bands(
    context: DeckContext, shapes: SlideShapes, layout: TimelineLayout, flip: _Flip
) -> dict[str, str]:
    """Each era's band: a pale tint of its colour, or an outline when fills save ink.
    Returns the fill (hex) of each filled band, by era key."""
    colors = context.colors
    background = colors.hex("background")
    fills: dict[str, str] = {}
    for era in layout.eras:
        era_color = era.color or colors.hex("primary")
        if context.plan.palette.large_fills:
            fills[era.key] = context.plan.palette.band_fill(era_color, background)
        fill = fills.get(era.key)
        line = None if fill else srgb(era_color)
        name = f"Era: {era.title}"
        shapes.add_shape(
            name,
            flip.box(era.band),
            fill=srgb(fill) if fill else None,
            line=line,
            line_width=points(0.75),
        )
    return fills


def _ground_at(
    eras: Sequence[EraBand], band_fills: dict[str, str], x: float, y: float
) -> str | None:
    """The fill (hex) of the era band showing at ``x``, ``y``: the ground a marker there
    stands on; None off every filled band (the slide's background)."""
    era = era_band_at(eras, x)
    if era is None or not era.band.bottom <= y <= era.band.top:
        return None
    return band_fills.get(era.key)


@dataclass(frozen=True, slots=True)
class _Flip:
    """Converts the layout's points (origin bottom-left, y up) to slide EMU (y down)."""

    height: float

    def point(self, x: float, y: float) -> tuple[int, int]:
        return points(x), points(self.height - y)

    def box(self, rect: Rect) -> Box:
        return Box(
            points(rect.x), points(self.height - rect.top), points(rect.width), points(rect.height)
        )


def _label(
    context: DeckContext,
    shapes: SlideShapes,
    lines: Sequence[TextLine],
    rect: Rect,
    flip: _Flip,
    title: str,
) -> None:
    """An event's label: one text box, one paragraph per placed line, never re-wrapped."""
    blocks = [_line_block(line, "muted" if line.role == "date" else "text") for line in lines]
    _add_lines(context, shapes, f"Label: {title}", blocks, flip.box(rect))


def _line_block(line: TextLine, role: Role) -> Block:
    """A placed line as a block with the layout's own line height (1.2 em)."""
    run = Run(line.text, bold="bold" in line.font, italic="italic" in line.font)
    return Block((run,), color=role, size=line.size, line_height=line.size * DEFAULT_LEADING)


def _add_lines(
    context: DeckContext,
    shapes: SlideShapes,
    name: str,
    blocks: list[Block],
    box: Box,
    fill: str | None = None,
) -> None:
    style = TextStyle(context.language, context.colors)
    # A hair of slack so that rounding to EMU never clips the last letter.
    grown = Box(box.x, box.y, box.width + points(2), box.height)
    body = text_box_body(blocks, style, wrap=False)
    shapes.add_shape(name, grown, fill=fill, text_body=body)
