"""The vertical timeline of a portrait poster: its rooms, and drawing it.

Portrait paper (taller than wide) holds the timeline on an axis running down the page,
the earliest at the top, labels left and right of it
(:mod:`lessonpress.layout.vertical`). The rooms offered to the shared ``fit_timeline``
are those of the landscape poster but for its rows: larger labels under the full header
first, so a sparse timeline fills the page, then the page's own sizes under the full and
the compact header, each with its axis broken at a long stretch without events (where
there is one) and then whole, then labels of other widths once the labels are down to
their titles. A lesson too crowded for
one vertical axis even with a numbered key wraps onto rows across the page, as on
landscape paper (whose ladder goes on to wider frames). It is drawn in the same layers,
colours and tags as the landscape poster's timeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from reportlab.pdfgen.canvas import Canvas
from typing_extensions import TypeIs

from lessonpress.fonts import FontSet
from lessonpress.layout import (
    Degradation,
    EraBand,
    EventLabel,
    Keep,
    LayoutError,
    Rect,
    Segment,
    TimelineFit,
    TimelineLayout,
    VerticalFrame,
    VerticalLayout,
    fit_timeline,
    segment_crosses_rect,
)
from lessonpress.layout.ticks import Formatter
from lessonpress.present import Palette
from lessonpress.renderers.pdf import pdf_color
from lessonpress.renderers.pdf_markers import draw_marker
from lessonpress.renderers.pdf_patterns import draw_range_bar
from lessonpress.renderers.pdf_timeline import Patch, draw_leaders, draw_patches
from lessonpress.renderers.poster.draw import draw_label
from lessonpress.renderers.poster.frame import Header
from lessonpress.renderers.poster.key_events import draw_key_event_ring
from lessonpress.renderers.poster.style import ALTERNATIVE_LABEL_WIDTHS, PosterStyle
from lessonpress.renderers.poster.thumbnails import Thumbnail, thumbnail_size
from lessonpress.renderers.tagging.poster import PosterTags
from lessonpress.renderers.timeline_items import TimelineContent

PosterFit = TimelineFit[TimelineLayout] | TimelineFit[VerticalLayout]
"""The poster's timeline: on rows of horizontal axes, or on one vertical axis."""


def is_portrait(style: PosterStyle) -> bool:
    """Whether the poster's paper is taller than wide, and so gets a vertical timeline."""
    return style.height > style.width


def is_vertical(fit: PosterFit) -> TypeIs[TimelineFit[VerticalLayout]]:
    """Whether ``fit`` holds a vertical timeline."""
    return isinstance(fit.layout, VerticalLayout)


def fit_vertical(
    rooms: Sequence[tuple[Header, Rect]],
    style: PosterStyle,
    content: TimelineContent,
    fonts: FontSet,
    keep: Keep,
    formatter: Formatter,
) -> tuple[Header, TimelineFit[VerticalLayout]] | None:
    """The header and the vertical timeline fitted in the first room that holds every
    event's label or number, or ``None`` when none does."""
    choices = vertical_choices(rooms, style)
    frames = [frame for _, frame in choices]
    try:
        fit = fit_timeline(content.events, content.eras, frames, fonts, keep, formatter=formatter)
    except LayoutError:
        return None
    if fit.left_out:
        return None
    return choices[fit.frame][0], fit


def vertical_choices(
    rooms: Sequence[tuple[Header, Rect]], style: PosterStyle
) -> list[tuple[Header, VerticalFrame]]:
    """The header and vertical frame of each room offered, in the order they are tried
    (see the module's description); ``rooms`` has the full header first."""
    full_header, full_room = rooms[0]
    plain = [
        (full_header, VerticalFrame(full_room, style.larger_timeline(steps))) for steps in (2, 1)
    ]
    plain += [(header, VerticalFrame(bounds, style.timeline)) for header, bounds in rooms]
    # Each with its axis broken first: a long stretch without events gives way to them.
    choices = [
        choice
        for header, frame in plain
        for choice in ((header, replace(frame, broken=True)), (header, frame))
    ]
    header, bounds = rooms[-1]
    choices += [
        (header, VerticalFrame(bounds, style.timeline_with(width), Degradation.SMALLER_TYPE))
        for width in ALTERNATIVE_LABEL_WIDTHS
    ]
    return choices


def draw_vertical_timeline(
    canvas: Canvas,
    layout: VerticalLayout,
    content: TimelineContent,
    fonts: FontSet,
    style: PosterStyle,
    colors: Palette,
    tags: PosterTags,
) -> None:
    """Draw ``layout``: era bands, leaders, tick labels and era names on patches of their
    ground (so leaders pass under them), tick marks and the axis, bars, markers, then
    labels, each event in its category's colour, marker shape and bar pattern."""
    for era in layout.eras:
        _draw_band(canvas, era, style, colors)
    draw_leaders(canvas, layout.labels, colors.muted, style.hairline)
    _draw_axis_text(canvas, layout, fonts, colors, tags)
    _draw_axis(canvas, layout, style, colors)
    for bar in layout.bars:
        item = content.item(bar.key)
        box = bar.bar
        # A bar is drawn as the landscape poster's, turned a quarter: its pattern and
        # rounded ends run along it.
        canvas.saveState()
        canvas.translate(box.right, box.bottom)
        canvas.rotate(90)
        draw_range_bar(
            canvas,
            Rect(0, 0, box.height, box.width),
            fill=item.color,
            outline=colors.accent if bar.highlight else colors.marker_outline(item.color),
            outline_width=style.rule_width if bar.highlight else style.hairline,
            pattern=item.pattern,
            ink=colors.text_on(item.color),
        )
        canvas.restoreState()
    _draw_markers(canvas, layout, content, style, colors)
    for label in layout.labels:
        with tags.event(canvas, label.key):
            draw_label(canvas, label, fonts, colors)


def _draw_band(canvas: Canvas, era: EraBand, style: PosterStyle, colors: Palette) -> None:
    """A pale band across the axis area, or in an ink-saving theme a thin outline;
    neighbouring bands are parted by a thin line of the page's own colour."""
    band = era.band
    canvas.saveState()
    if colors.large_fills:
        canvas.setFillColor(pdf_color(colors.band_fill(era.color or colors.primary)))
        canvas.rect(band.x, band.y, band.width, band.height, stroke=0, fill=1)
        canvas.setStrokeColor(pdf_color(colors.background))
        canvas.setLineWidth(style.rule_width)
        canvas.line(band.left, band.top, band.right, band.top)
    else:
        canvas.setStrokeColor(pdf_color(colors.band_text(era.color or colors.primary)))
        canvas.setLineWidth(style.hairline)
        canvas.rect(band.x, band.y, band.width, band.height, stroke=1, fill=0)
    canvas.restoreState()


def _band_at(layout: VerticalLayout, y: float) -> EraBand | None:
    """The era band that shows at height ``y``: the last one covering it."""
    covering = [era for era in layout.eras if era.band.bottom <= y <= era.band.top]
    return covering[-1] if covering else None


def _draw_axis_text(
    canvas: Canvas, layout: VerticalLayout, fonts: FontSet, colors: Palette, tags: PosterTags
) -> None:
    """Tick labels and era names, each on a patch of the ground beneath it."""
    patches: list[Patch] = []
    for tick in layout.ticks:
        era = _band_at(layout, tick.y)
        ground = colors.band_fill(era.color or colors.primary) if era else colors.background
        patches.append(
            Patch(tick.label_box, ground, tick.label, colors.on_ground(colors.muted, ground))
        )
    for era in layout.eras:
        if era.name is not None and era.name_box is not None:
            ground = colors.band_fill(era.color or colors.primary)
            color = colors.band_text(era.color or colors.primary)
            # One patch under the whole name; each further line is drawn on it.
            patches.append(Patch(era.name_box, ground, era.name, color, era.key))
            for line in era.more_name_lines:
                patches.append(
                    Patch(Rect(line.x, line.baseline, 0, 0), ground, line, color, era.key)
                )
    draw_patches(canvas, fonts, patches, partial(tags.era_name, canvas))


def _draw_axis(canvas: Canvas, layout: VerticalLayout, style: PosterStyle, colors: Palette) -> None:
    """The tick marks, then the axis over them with round caps, broken where a stretch
    without events is cut out: two slanted strokes across each gap."""
    axis = layout.axis
    canvas.saveState()
    canvas.setStrokeColor(pdf_color(colors.muted))
    canvas.setLineWidth(style.hairline)
    for tick in layout.ticks:
        canvas.line(tick.mark_left, tick.y, axis.x, tick.y)
    canvas.setStrokeColor(pdf_color(colors.primary))
    canvas.setLineWidth(style.rule_width)
    canvas.setLineCap(1)
    ends = [axis.top, *(y for gap in layout.breaks for y in gap), axis.bottom]
    for top, bottom in zip(ends[::2], ends[1::2], strict=True):
        canvas.line(axis.x, top, axis.x, bottom)
    reach = style.marker_radius * 1.6
    for above, below in layout.breaks:
        middle, apart = (above + below) / 2, (above - below) / 4
        for y in (middle - apart, middle + apart):
            canvas.line(axis.x - reach, y - reach / 2, axis.x + reach, y + reach / 2)
    canvas.restoreState()


def _draw_markers(
    canvas: Canvas,
    layout: VerticalLayout,
    content: TimelineContent,
    style: PosterStyle,
    colors: Palette,
) -> None:
    """Each point event's marker in its category's colour and shape; key events get a
    ring, drawn before every marker so that a crowd of them stays legible."""
    highlight_scale = style.timeline.highlight_scale
    for marker in layout.markers:
        if marker.highlight:
            radius = style.marker_radius * highlight_scale
            x, y = marker.center.x, marker.center.y
            draw_key_event_ring(canvas, x, y, radius, colors.accent, style)
    for marker in layout.markers:
        item = content.item(marker.key)
        radius = style.marker_radius * (highlight_scale if marker.highlight else 1.0)
        outline = colors.marker_outline(item.color)
        x, y = marker.center.x, marker.center.y
        draw_marker(canvas, item.marker, x, y, radius, item.color, outline, style.hairline)


def place_vertical_thumbnails(
    layout: VerticalLayout, content: TimelineContent, style: PosterStyle
) -> list[Thumbnail]:
    """A thumbnail for each event picture with a free spot beside its label: beyond it
    (away from the axis), under it, or above it, touching no label, bar, tick label,
    era name, leader, other thumbnail nor the axis area, inside the timeline's bounds."""
    taken = [*layout.collision_boxes(), _axis_zone(layout, style)]
    leaders = [segment for label in layout.labels for segment in label.leader_segments]
    placed: list[Thumbnail] = []
    for label in layout.labels:
        image = content.item(label.key).image
        size = thumbnail_size(image, style) if image is not None else None
        if image is None or size is None:
            continue
        for box in _spots(label, *size, style.gap):
            if _is_free(box, layout.bounds, taken, leaders):
                placed.append(Thumbnail(image, box, label.key))
                taken.append(box)
                break
    return placed


def _spots(label: EventLabel, width: float, height: float, gap: float) -> list[Rect]:
    """Spots beside ``label``: beyond it, under it and above it, on its axis side."""
    box = label.box
    beyond_x = box.left - gap - width if label.side == "left" else box.right + gap
    inner_x = box.right - width if label.side == "left" else box.left
    return [
        Rect(beyond_x, box.top - height, width, height),
        Rect(inner_x, box.bottom - gap - height, width, height),
        Rect(inner_x, box.top + gap, width, height),
    ]


def _axis_zone(layout: VerticalLayout, style: PosterStyle) -> Rect:
    """The band down the page that holds the axis, its ticks, bars and era bands."""
    axis = layout.axis
    clearance = style.marker_radius * 3
    lefts = [axis.x - clearance, *(tick.label_box.left for tick in layout.ticks)]
    rights = [axis.x + clearance, *(bar.bar.right for bar in layout.bars)]
    lefts += [era.band.left for era in layout.eras]
    rights += [era.band.right for era in layout.eras]
    bounds = layout.bounds
    return Rect.from_edges(min(lefts), bounds.bottom, max(rights), bounds.top)


def _is_free(box: Rect, bounds: Rect, taken: list[Rect], leaders: list[Segment]) -> bool:
    return (
        bounds.contains(box)
        and not any(box.intersects(other) for other in taken)
        and not any(segment_crosses_rect(leader, box) for leader in leaders)
    )
