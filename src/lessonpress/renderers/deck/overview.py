"""The overview slide: the whole timeline drawn with native, editable shapes.

The shared layout engine places the axis, ticks, era bands, range bars, markers and
labels, and :mod:`.timeline_shapes` draws them as PowerPoint shapes. Every
label is at least the theme's smallest body size, so the slide reads from the back
of a classroom: when the events do not all fit, the highlighted ones (or an even
selection) are shown with the eras, and a line says how many more there are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lessonpress.layout import (
    LayoutError,
    Rect,
    TimelineEvent,
    TimelineLayout,
    TimelineStyle,
    layout_timeline,
)
from lessonpress.model.text import Run
from lessonpress.renderers.deck.compose import GAP, add_text_box, plan_title, write_title
from lessonpress.renderers.deck.context import DeckContext
from lessonpress.renderers.deck.geometry import Box, inches, points, to_points
from lessonpress.renderers.deck.legend import draw_legend, plan_legend
from lessonpress.renderers.deck.measure import LayoutMeasurer
from lessonpress.renderers.deck.text import Block
from lessonpress.renderers.deck.timeline_shapes import MARKER_RADIUS, draw_overview
from lessonpress.renderers.timeline_items import TimelineContent, TimelineItem, timeline_content

BOTTOM_MARGIN = inches(0.5)
MAX_LEGEND_SHARE = 0.3
"""The most of the room below the title the legend may take from the timeline."""

MOST_LABELS = 40
"""More events than this are never tried on one slide at once: they cannot all be read."""

LABEL_WIDTHS = (11.0, 14.0, 9.0)
"""Label widths tried, in ems of the smallest body size."""

MOST_ATTEMPTS = 24
"""How many further events are tried, one by one, once the highlighted ones are placed."""


@dataclass(frozen=True, slots=True)
class Overview:
    """A placed overview: the layout, and how many events it leaves out."""

    layout: TimelineLayout | None
    hidden: int


def overview_style(context: DeckContext, label_ems: float) -> TimelineStyle:
    """Label sizes for a projected slide, nothing below the theme's smallest body size,
    and labels up to ``label_ems`` ems of that size wide."""
    smallest = context.sizes.minimum
    return TimelineStyle(
        title_size=smallest + 2,
        date_size=smallest,
        text_size=smallest,
        min_size=smallest,
        size_step=1.0,
        highlight_scale=1.0,
        label_width=label_ems * smallest,
        gap=6.0,
        leader_min=10.0,
        leader_inset=4.0,
        max_text_lines=1,
        tick_size=smallest,
        tick_length=6.0,
        tick_gap=18.0,
        max_ticks=8,
        bar_height=8.0,
        bar_gap=4.0 + MARKER_RADIUS,
        era_size=smallest,
        era_padding=4.0,
        title_font="heading-bold",
        date_font="body-bold",
        text_font="body",
        tick_font="body",
        era_font="body-bold",
    )


def add_overview(context: DeckContext) -> None:
    """The timeline overview slide."""
    layout = context.layouts.title_only
    shapes = context.new_slide(layout)
    title = plan_title(context, layout, context.words.timeline)
    write_title(context, shapes, title)
    slide = context.slide_box
    content = timeline_content(context.plan)
    measurer = context.body_measurer
    left, right = inches(0.6), slide.right - inches(0.6)
    top = (title.box.bottom if title else inches(1.5)) + GAP
    size = context.sizes.minimum
    legend = plan_legend(content.legend, measurer, size, right - left)
    room = slide.bottom - BOTTOM_MARGIN - top
    if legend.height + GAP > room * MAX_LEGEND_SHARE:
        # So many categories would crowd out the timeline; each event's slide names its
        # category, so the overview goes without the legend.
        legend = plan_legend((), measurer, size, right - left)
    bottom = slide.bottom - BOTTOM_MARGIN - legend.height - (GAP if legend.height else 0)
    # The "+ N more" note goes at the end of the legend's last row when it fits there,
    # else on a line of its own above the legend.
    note_width = points(measurer.width(context.words.more_events(99_999), size))
    note_height = points(measurer.line_height(size)) + points(2)
    beside_legend = legend.height > 0 and legend.last_row_end + GAP + note_width <= right - left
    area = Box(left, top, right - left, bottom - top)
    overview = place_overview(context, content, area, 0 if beside_legend else note_height)
    if overview.layout is not None:
        draw_overview(context, shapes, overview.layout, content)
    if overview.hidden:
        if beside_legend:
            note_top = bottom + GAP + legend.height - legend.row_height
            note_height = legend.row_height
        else:
            note_top = bottom - note_height
        note = Box(left, note_top, right - left, note_height)
        blocks = [Block((Run(context.words.more_events(overview.hidden)),), align="r")]
        add_text_box(context, shapes, "More events", note, blocks, size, "muted", anchor="ctr")
    if legend.height:
        draw_legend(context, shapes, legend, left, bottom + GAP)


def place_overview(
    context: DeckContext, content: TimelineContent, area: Box, note_height: int
) -> Overview:
    """The overview that shows the most events, trying narrower and wider labels (narrow
    ones sit closer together, wide ones take fewer lines)."""
    best: Overview | None = None
    for label_ems in LABEL_WIDTHS:
        overview = _select(context, content, area, note_height, overview_style(context, label_ems))
        if best is None or overview.hidden < best.hidden or best.layout is None:
            best = overview
        if overview.hidden == 0:
            break
    assert best is not None
    return best


def _select(
    context: DeckContext,
    content: TimelineContent,
    area: Box,
    note_height: int,
    style: TimelineStyle,
) -> Overview:
    """Lay out every event if they fit; else the highlighted ones, then as many others as
    still fit, spread over the whole period."""
    measurer = LayoutMeasurer(context.body_measurer)
    slide_height = to_points(context.slide_box.height)
    events = [_without_short_text(item) for item in content.items]

    def attempt(chosen: Sequence[TimelineEvent], room: Box) -> TimelineLayout | None:
        bounds = Rect.from_edges(
            to_points(room.x),
            slide_height - to_points(room.bottom),
            to_points(room.right),
            slide_height - to_points(room.y),
        )
        try:
            return layout_timeline(
                chosen, content.eras, bounds, measurer, style, formatter=context.words.tick_label
            )
        except LayoutError:
            return None

    if len(events) <= MOST_LABELS:
        everything = attempt(events, area)
        if everything is not None:
            return Overview(everything, 0)
    room = area.with_height(area.height - (note_height + GAP if note_height else 0))
    highlighted = [event for event in events if event.highlight]
    chosen: list[TimelineEvent] = []
    placed: TimelineLayout | None = None
    for count in range(min(len(highlighted), MOST_LABELS), 0, -1):
        chosen = _evenly(highlighted, count)
        placed = attempt(chosen, room)
        if placed is not None:
            break
    else:
        chosen = []
    # Then as many of the other events as still fit, the ones farthest in time from
    # those already shown first, so the selection covers the whole period.
    others = [event for event in events if event not in chosen]
    for candidate in _spread(others, chosen)[:MOST_ATTEMPTS]:
        trial = sorted([*chosen, candidate], key=lambda event: (event.start, event.last_position))
        trial_layout = attempt(trial, room)
        if trial_layout is not None:
            chosen, placed = trial, trial_layout
    if placed is None and content.eras:
        placed = attempt([], room)
    return Overview(placed, len(events) - len(chosen) if placed is not None else len(events))


def _without_short_text(item: TimelineItem) -> TimelineEvent:
    event = item.event
    return TimelineEvent(
        event.key,
        event.start,
        event.end,
        event.date_label,
        event.title,
        "",
        event.highlight,
        event.category,
    )


def _spread(
    candidates: Sequence[TimelineEvent], chosen: Sequence[TimelineEvent]
) -> list[TimelineEvent]:
    """``candidates`` ordered so that each is the farthest in time from those before it."""
    taken = [event.start for event in chosen]
    pool = _evenly(candidates, min(len(candidates), 4 * MOST_ATTEMPTS))
    ordered: list[TimelineEvent] = []
    while pool:
        if taken:
            best = max(pool, key=lambda event: min(abs(event.start - t) for t in taken))
        else:
            best = pool[len(pool) // 2]
        ordered.append(best)
        taken.append(best.start)
        pool.remove(best)
    return ordered


def _evenly(events: Sequence[TimelineEvent], count: int) -> list[TimelineEvent]:
    """``count`` of ``events`` spread evenly through them, the first and last included."""
    if count >= len(events):
        return list(events)
    if count == 1:
        return [events[0]]
    step = (len(events) - 1) / (count - 1)
    return [events[round(index * step)] for index in range(count)]
