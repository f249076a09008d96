"""Planning the timeline strip: its room, and what the shared ``fit_timeline`` places.

The strip offers ``fit_timeline`` a few rooms (lower and taller, with wider and
narrower labels) at the handout's small type, which it never goes below. When the
labels do not fit, the events that are not highlighted carry numbers and a key under
the strip lists them; only if not even the numbers fit does the strip keep the axis
with every event's marker and no labels: labels are never drawn over each other.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from lessonpress.layout import (
    Axis,
    AxisAreaTooTall,
    EraBand,
    EventLabel,
    Frame,
    Keep,
    LayoutError,
    NumberedKey,
    Point,
    PointMarker,
    RangeBar,
    Rect,
    Tick,
    TimelineEvent,
    TimelineStyle,
    axis_area,
    fit_timeline,
)
from lessonpress.renderers.handout.context import HandoutContext
from lessonpress.renderers.handout.styles import SCALE
from lessonpress.renderers.timeline_items import TimelineContent

LABELLED_HEIGHTS = (1.7 * 72, 2.2 * 72, 3.0 * 72)
"""The strip's heights with labels at a 10.5 pt body size, tried in turn: the lowest
where the labels fit. Larger type (``high-contrast``) gets a proportionally taller strip."""

LABEL_EMS = (11.0, 8.0)
"""The widest a label may be, in small type sizes, tried in turn at each height."""

MOST_KEY_SHARE = 0.7
"""The most of the page's text height a numbered key under the strip may take."""

UNLABELLED_HEIGHTS = (0.8 * 72, 1.4 * 72, 2.2 * 72)
"""The strip's heights with markers only, for the axis area alone."""

DESIGN_BODY_SIZE = 10.5
"""The body size the strip's heights are given for."""


@dataclass(frozen=True, slots=True)
class StripPlan:
    """Everything the strip draws, placed by the layout in the strip's own coordinates:
    the timeline from 0 up, and the numbered key (if any) under it, down to
    ``-key_height``; ``height`` is the whole."""

    width: float
    height: float
    axis: Axis
    ticks: tuple[Tick, ...]
    eras: tuple[EraBand, ...]
    bars: tuple[RangeBar, ...]
    markers: tuple[PointMarker, ...]
    labels: tuple[EventLabel, ...]
    style: TimelineStyle
    key: NumberedKey | None = None
    key_height: float = 0.0

    @property
    def labelled(self) -> bool:
        """Whether the events carry labels (or only markers)."""
        return bool(self.labels)


def strip_style(context: HandoutContext) -> TimelineStyle:
    """The layout's measurements for the strip: the handout's small type throughout (a key
    event's label one step larger, at the body size), and no smaller type as a way out."""
    small = context.style.sizes.small
    poster = TimelineStyle()
    return replace(
        poster.scaled(small / poster.title_size),
        title_size=small,
        date_size=small,
        text_size=small,
        min_size=small,
        tick_size=small,
        era_size=small,
        highlight_scale=SCALE,
        date_font="body-bold",
        title_font="heading-bold",
        tick_font="body",
        era_font="body",
        max_ticks=10,
    )


def plan_strip(content: TimelineContent, width: float, context: HandoutContext) -> StripPlan | None:
    """The strip with every event labelled (or numbered, with a key) in the first room
    where the labels fit; else every event's marker without labels; ``None`` if not even
    the axis fits."""
    base = strip_style(context)
    fonts = context.style.fonts
    growth = max(1.0, context.style.sizes.body / DESIGN_BODY_SIZE)
    events = tuple(replace(event, short_text="") for event in content.events)
    frames = [
        Frame(Rect(0, 0, width, height * growth), replace(base, label_width=base.title_size * ems))
        for height in LABELLED_HEIGHTS
        for ems in LABEL_EMS
    ]
    try:
        keep = Keep("print", key_below=MOST_KEY_SHARE * context.style.page.frame_height)
        fit = fit_timeline(events, content.eras, frames, fonts, keep)
    except LayoutError:
        fit = None
    if fit is not None and not fit.left_out:
        layout = fit.layout
        key_height = layout.bounds.bottom - fit.key.box.bottom if fit.key else 0.0
        return StripPlan(
            width,
            layout.bounds.height + key_height,
            layout.axis,
            layout.ticks,
            layout.eras,
            layout.bars,
            layout.markers,
            layout.labels,
            frames[fit.frame].style,
            fit.key,
            key_height,
        )
    return _unlabelled(events, content, width, base, context, growth)


def _unlabelled(
    events: tuple[TimelineEvent, ...],
    content: TimelineContent,
    width: float,
    style: TimelineStyle,
    context: HandoutContext,
    growth: float,
) -> StripPlan | None:
    """Every event's marker on the axis, without labels, in the lowest strip that holds
    the axis area."""
    for height in (height * growth for height in UNLABELLED_HEIGHTS):
        try:
            area = axis_area(
                events, content.eras, Rect(0, 0, width, height), context.style.fonts, style
            )
        except AxisAreaTooTall:
            continue
        markers = tuple(
            PointMarker(
                event.key,
                Point(area.scale.to_x(event.start), area.axis.y),
                event.highlight,
                event.category,
            )
            for event in events
            if not event.is_range
        )
        return StripPlan(
            width, height, area.axis, area.ticks, area.eras, area.bars, markers, (), style
        )
    return None
