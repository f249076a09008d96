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
    Degradation,
    EraBand,
    EventLabel,
    Frame,
    Keep,
    LayoutError,
    NumberedKey,
    PointMarker,
    RangeBar,
    Rect,
    Tick,
    TimelineStyle,
    fit_timeline,
)
from lessonpress.layout.leaders import clear_axis_text
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

DESIGN_BODY_SIZE = 10.5
"""The body size the strip's heights are given for."""

MARKER_EMS = 0.38
"""The radius of an event's marker on the axis, in small type sizes; the lowest lane of
bars runs clear of it."""


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
    not_shown: int = 0
    """How many events a selection leaves off the strip (the event list has them all)."""

    @property
    def labelled(self) -> bool:
        """Whether the events carry labels (or only markers)."""
        return bool(self.labels)


def strip_style(context: HandoutContext) -> TimelineStyle:
    """The layout's measurements for the strip: the handout's small type throughout (a key
    event's label one step larger, at the body size), and no smaller type as a way out."""
    small = context.style.sizes.small
    poster = TimelineStyle()
    scaled = poster.scaled(small / poster.title_size)
    return replace(
        scaled,
        axis_bar_gap=small * MARKER_EMS + scaled.bar_gap,
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
    growth = max(1.0, context.style.sizes.body / DESIGN_BODY_SIZE)
    events = tuple(replace(event, short_text="") for event in content.events)
    frames = [
        Frame(Rect(0, 0, width, height * growth), replace(base, label_width=base.title_size * ems))
        for height in LABELLED_HEIGHTS
        for ems in LABEL_EMS
    ]
    keep = Keep("print", key_below=MOST_KEY_SHARE * context.style.page.frame_height)
    try:
        fit = fit_timeline(
            events,
            content.eras,
            frames,
            context.style.fonts,
            keep,
            formatter=context.words.tick_label,
        )
    except LayoutError:
        return None
    layout, key = clear_axis_text(fit.layout), fit.key
    selection = fit.step is Degradation.SELECTION
    # Labels that do not all fit, even as numbers, are left out together: a strip with
    # some events named and others not would mislead, unless it is a selection of the
    # key events, which says how many more there are.
    labels = () if fit.left_out and not selection else layout.labels
    key = None if fit.left_out else key
    key_height = layout.bounds.bottom - key.box.bottom if key else 0.0
    return StripPlan(
        width,
        layout.bounds.height + key_height,
        layout.axis,
        layout.ticks,
        layout.eras,
        layout.bars,
        layout.markers,
        labels,
        frames[fit.frame].style,
        key,
        key_height,
        len(fit.left_out) if selection else 0,
    )
