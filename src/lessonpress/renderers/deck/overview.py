"""The overview slide: the whole timeline drawn with native, editable shapes.

The shared layout engine places the axis, ticks, era bands, range bars, markers and
labels, and :mod:`.timeline_shapes` draws them as PowerPoint shapes. Every
label is at least the theme's smallest body size, so the slide reads from the back
of a classroom: when the events do not all fit, ``fit_timeline`` shows every
highlighted one and as many others as fit, and a line says how many more there are.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from lessonpress.layout import Frame, Keep, Rect, TimelineLayout, TimelineStyle, fit_in_parts
from lessonpress.layout.leaders import clear_axis_text
from lessonpress.model.text import Run
from lessonpress.renderers.deck.compose import GAP, add_text_box, plan_title, write_title
from lessonpress.renderers.deck.context import DeckContext
from lessonpress.renderers.deck.geometry import Box, inches, points, to_points
from lessonpress.renderers.deck.legend import draw_legend, legend_pages, plan_legend
from lessonpress.renderers.deck.marker_spread import spread_markers
from lessonpress.renderers.deck.measure import LayoutMeasurer
from lessonpress.renderers.deck.text import Block
from lessonpress.renderers.deck.timeline_shapes import MARKER_RADIUS, draw_overview, marker_radius
from lessonpress.renderers.timeline_items import TimelineContent, timeline_content

BOTTOM_MARGIN = inches(0.5)
MAX_LEGEND_SHARE = 0.3
"""The most of the room below the title the legend may take from the timeline."""

MOST_LABELS = 40
"""More events than this are never tried on one slide at once: they cannot all be read."""

LABEL_WIDTHS = (11.0, 14.0, 9.0, 20.0)
"""Label widths tried, in ems of the smallest body size."""

LABEL_GAP_EMS = 0.5
"""The least room between two labels, in ems of their size: closer, two labels set
side by side or one above the other read as one ("Fundación de 133 a. C.")."""


@dataclass(frozen=True, slots=True)
class Overview:
    """A placed overview: the layout, how many events it leaves out, and whether a key
    event is among them (only where the slide has no room for any)."""

    layout: TimelineLayout
    hidden: int
    drops_key_events: bool = False


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
        gap=LABEL_GAP_EMS * smallest,
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
        era_name_lines=2,
        era_padding=4.0,
        title_font="heading-bold",
        date_font="body-bold",
        text_font="body",
        tick_font="body",
        era_font="body-bold",
    )


def add_overview(context: DeckContext) -> None:
    """The timeline overview slide; two or three, each for one period, when one slide
    cannot show every key event."""
    layout = context.layouts.title_only
    title = plan_title(context, layout, context.words.timeline)
    slide = context.slide_box
    content = timeline_content(context.plan)
    measurer = context.body_measurer
    left, right = inches(0.6), slide.right - inches(0.6)
    top = (title.box.bottom if title else inches(1.5)) + GAP
    size = context.sizes.minimum
    # Every key event is drawn (the fit keeps them all), so its ring needs a legend entry.
    rings = any(item.event.highlight for item in content.items)
    key_event = context.words.key_event if rings else None
    legend = plan_legend(content.legend, measurer, size, right - left, key_event)
    room = slide.bottom - BOTTOM_MARGIN - top
    legend_apart = None
    if legend.height + GAP > room * MAX_LEGEND_SHARE:
        # So many categories would crowd out the timeline: the legend continues the
        # overview on a slide of its own.
        legend_apart, legend = legend, plan_legend((), measurer, size, right - left)
    note_width = points(measurer.width(context.words.more_events(99_999), size))
    note_height = points(measurer.line_height(size)) + points(2)
    while True:
        bottom = slide.bottom - BOTTOM_MARGIN - legend.height - (GAP if legend.height else 0)
        # The "+ N more" note goes at the end of the legend's last row when it fits there,
        # else on a line of its own above the legend.
        beside_legend = legend.height > 0 and legend.last_row_end + GAP + note_width <= right - left
        area = Box(left, top, right - left, bottom - top)
        overviews = place_overview(context, content, area, 0 if beside_legend else note_height)
        if not legend.height or not any(overview.drops_key_events for overview in overviews):
            break
        # Beneath the timeline, the legend leaves too little height for every key event
        # even over several periods: it continues the overview on a slide of its own.
        legend_apart, legend = legend, plan_legend((), measurer, size, right - left)
    legend_room = slide.bottom - BOTTOM_MARGIN - top
    legend_slides = legend_pages(legend_apart, legend_room) if legend_apart else []
    count = len(overviews) + len(legend_slides)
    for number, overview in enumerate(overviews, start=1):
        shapes = context.new_slide(layout)
        if count > 1:
            title = plan_title(context, layout, context.words.timeline_part(number, count))
        write_title(context, shapes, title)
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
    for number, page in enumerate(legend_slides, start=len(overviews) + 1):
        shapes = context.new_slide(layout)
        title = plan_title(context, layout, context.words.timeline_part(number, count))
        write_title(context, shapes, title)
        draw_legend(context, shapes, page, left, top)


def place_overview(
    context: DeckContext, content: TimelineContent, area: Box, note_height: int
) -> list[Overview]:
    """The overview fitted by the shared ladder: every event if their labels fit (with
    narrower or wider labels: narrow ones sit closer together, wide ones take fewer
    lines), else the highlighted events and as many others as fit, over the whole
    period, above room for the "+ N more" note; split into periods, one per slide,
    when one slide cannot show every key event."""
    slide_height = to_points(context.slide_box.height)
    bounds = Rect.from_edges(
        to_points(area.x),
        slide_height - to_points(area.bottom),
        to_points(area.right),
        slide_height - to_points(area.y),
    )
    frames = [Frame(bounds, overview_style(context, ems)) for ems in LABEL_WIDTHS]
    note_room = to_points(note_height + GAP) if note_height else 0.0
    keep = Keep("screen", most_labels=MOST_LABELS, note_room=note_room)
    events = [replace(item.event, short_text="") for item in content.items]
    measurer = LayoutMeasurer(context.body_measurer)
    fits = fit_in_parts(
        events, content.eras, frames, measurer, keep, formatter=context.words.tick_label
    )
    highlighted = {event.key for event in events if event.highlight}
    return [
        Overview(
            clear_axis_text(spread_markers(fit.layout, marker_radius)),
            len(fit.left_out),
            bool(highlighted.intersection(fit.left_out)),
        )
        for fit in fits
    ]
