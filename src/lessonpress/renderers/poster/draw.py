"""Drawing a placed timeline on the poster: era bands, leader lines, tick labels and era
names, the axis, range bars, markers and labels, in that order, so that leaders run
under the axis text and every label is on top.

The layout engine (``lessonpress.layout``) has decided where everything goes; this
module only gives it the theme's colours, line weights and marker shapes.
"""

from __future__ import annotations

from functools import partial

from reportlab.pdfgen.canvas import Canvas

from lessonpress.fonts import FontSet
from lessonpress.layout import (
    EraBand,
    EventLabel,
    LineRole,
    RangeBar,
    TimelineLayout,
    era_band_at,
)
from lessonpress.present import Palette
from lessonpress.renderers.pdf import pdf_color
from lessonpress.renderers.pdf_markers import draw_marker
from lessonpress.renderers.pdf_patterns import draw_range_bar
from lessonpress.renderers.pdf_timeline import (
    Patch,
    draw_axis,
    draw_leaders,
    draw_patches,
    draw_text_line,
)
from lessonpress.renderers.poster.key_events import draw_key_event_ring
from lessonpress.renderers.poster.style import PosterStyle
from lessonpress.renderers.tagging.poster import PosterTags
from lessonpress.renderers.timeline_items import TimelineContent


def draw_timeline(
    canvas: Canvas,
    layout: TimelineLayout,
    content: TimelineContent,
    fonts: FontSet,
    style: PosterStyle,
    colors: Palette,
    tags: PosterTags,
) -> None:
    """Draw ``layout`` with each event in its category's colour and marker shape, and
    each bar in its category's pattern.

    Leader lines go under the axis area's text: the tick labels and era names are set on
    a patch of their own ground, so a leader passing below the axis never runs through
    their letters.
    """
    for era in layout.eras:
        _draw_band(canvas, era, style, colors)
    draw_leaders(canvas, layout.labels, colors.muted, style.hairline)
    _draw_axis_text(canvas, layout, fonts, colors, tags)
    draw_axis(
        canvas,
        layout.axis,
        layout.ticks,
        tick_color=colors.muted,
        tick_width=style.hairline,
        axis_color=colors.primary,
        axis_width=style.rule_width,
    )
    for bar in layout.bars:
        _draw_bar(canvas, bar, content, style, colors)
    _draw_markers(canvas, layout, content, style, colors)
    for label in layout.labels:
        with tags.event(canvas, label.key):
            draw_label(canvas, label, fonts, colors)


def _draw_markers(
    canvas: Canvas,
    layout: TimelineLayout,
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
            draw_key_event_ring(
                canvas, marker.center.x, marker.center.y, radius, colors.accent, style
            )
    for marker in layout.markers:
        item = content.item(marker.key)
        radius = style.marker_radius * (highlight_scale if marker.highlight else 1.0)
        outline = colors.marker_outline(item.color)
        draw_marker(
            canvas,
            item.marker,
            marker.center.x,
            marker.center.y,
            radius,
            item.color,
            outline,
            style.hairline,
        )


def _draw_band(canvas: Canvas, era: EraBand, style: PosterStyle, colors: Palette) -> None:
    """A pale band, or in an ink-saving theme a thin outline; neighbouring bands are
    parted by a thin gap of the page's own colour."""
    band = era.band
    canvas.saveState()
    if colors.large_fills:
        canvas.setFillColor(pdf_color(_band_ground(era, colors)))
        canvas.rect(band.x, band.y, band.width, band.height, stroke=0, fill=1)
        canvas.setStrokeColor(pdf_color(colors.background))
        canvas.setLineWidth(style.rule_width)
        canvas.line(band.left, band.bottom, band.left, band.top)
    else:
        canvas.setStrokeColor(pdf_color(colors.band_text(era.color or colors.primary)))
        canvas.setLineWidth(style.hairline)
        canvas.rect(band.x, band.y, band.width, band.height, stroke=1, fill=0)
    canvas.restoreState()


def _band_ground(era: EraBand, colors: Palette) -> str:
    """The colour inside an era's band."""
    return colors.band_fill(era.color or colors.primary)


def _draw_axis_text(
    canvas: Canvas, layout: TimelineLayout, fonts: FontSet, colors: Palette, tags: PosterTags
) -> None:
    """Tick labels and era names, each on a patch of the ground beneath it."""
    patches: list[Patch] = []
    for tick in layout.ticks:
        era = era_band_at(layout.eras, tick.x)
        ground = _band_ground(era, colors) if era else colors.background
        color = colors.on_ground(colors.muted, ground)
        patches.append(Patch(tick.label_box, ground, tick.label, color))
    for era in layout.eras:
        if era.name is not None and era.name_box is not None:
            color = colors.band_text(era.color or colors.primary)
            ground = _band_ground(era, colors)
            patches.append(Patch(era.name_box, ground, era.name, color, era.key))
            patches += [
                Patch(era.name_box, ground, line, color, era.key) for line in era.more_name_lines
            ]
    draw_patches(canvas, fonts, patches, partial(tags.era_name, canvas))


def _draw_bar(
    canvas: Canvas,
    bar: RangeBar,
    content: TimelineContent,
    style: PosterStyle,
    colors: Palette,
) -> None:
    """A lasting event's bar in its category's colour and pattern, rounded at the ends;
    a key event's edged in the accent."""
    item = content.item(bar.key)
    draw_range_bar(
        canvas,
        bar.bar,
        fill=item.color,
        outline=colors.accent if bar.highlight else colors.marker_outline(item.color),
        outline_width=style.rule_width if bar.highlight else style.hairline,
        pattern=item.pattern,
        ink=colors.text_on(item.color),
    )


def draw_label(canvas: Canvas, label: EventLabel, fonts: FontSet, colors: Palette) -> None:
    """The date in the primary colour (the accent for a key event), the title in the text
    colour and the short text muted."""
    line_colors: dict[LineRole | None, str] = {
        "date": colors.date_color(label.highlight),
        "title": colors.text,
        "text": colors.muted,
    }
    for line in label.lines:
        canvas.setFillColor(pdf_color(line_colors[line.role]))
        draw_text_line(canvas, fonts, line)


def draw_axis_break(
    canvas: Canvas,
    before: TimelineLayout,
    after: TimelineLayout,
    style: PosterStyle,
    colors: Palette,
) -> None:
    """The mark of a broken axis between the two parts of one: two slanted strokes
    across the gap between their axes, each part's ticks giving the years either side."""
    middle = (before.axis.x1 + after.axis.x0) / 2
    y = before.axis.y
    rise = style.marker_radius * 1.6
    lean = rise / 2
    apart = (after.axis.x0 - before.axis.x1) / 4
    canvas.saveState()
    canvas.setStrokeColor(pdf_color(colors.primary))
    canvas.setLineWidth(style.rule_width)
    canvas.setLineCap(1)
    for x in (middle - apart, middle + apart):
        canvas.line(x - lean, y - rise, x + lean, y + rise)
    canvas.restoreState()
