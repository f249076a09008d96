"""Planning the timeline strip: which labels, how tall, placed by the shared layout.

The layout (``lessonpress.layout``) places the axis, ticks, era bands, bars, markers
and labels (date and title only). The strip tries label forms from whole titles to
titles cut to one line, each in the lower and then the taller strip; when no form
fits, it keeps the axis with every event's marker and no labels: labels are never
drawn over each other, and the handout's type never shrinks below its small size.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Literal

from lessonpress.layout import (
    Axis,
    AxisAreaTooTall,
    EraBand,
    EventLabel,
    LayoutError,
    Point,
    PointMarker,
    RangeBar,
    Rect,
    TextMeasurer,
    Tick,
    TimelineEvent,
    TimelineStyle,
    TimeScale,
    axis_area,
    ellipsize,
    layout_timeline,
)
from lessonpress.renderers.handout.context import HandoutContext
from lessonpress.renderers.handout.styles import SCALE
from lessonpress.renderers.timeline_items import TimelineContent

LABELLED_HEIGHTS = (1.7 * 72, 2.2 * 72)
"""The strip's heights with labels at a 10.5 pt body size, tried in turn: the lower one
if the labels fit. Larger type (``high-contrast``) gets a proportionally taller strip."""

UNLABELLED_HEIGHTS = (0.8 * 72, 1.4 * 72, 2.2 * 72)
"""The strip's heights with markers only, for the axis area alone."""

DESIGN_BODY_SIZE = 10.5
"""The body size the strip's heights are given for."""


@dataclass(frozen=True, slots=True)
class LabelForm:
    """One way to label the strip's events: how wide a label may be (in small type sizes)
    and whose titles are cut to one line: nobody's, crowded events' (whose neighbour on
    the axis is nearer than a label's width), or everybody's."""

    width_ems: float
    cut_titles: Literal["none", "crowded", "all"]


LABEL_FORMS = tuple(
    LabelForm(width, cut) for width in (11, 8) for cut in ("none", "crowded", "all")
)
"""Tried in turn until the labels fit."""


@dataclass(frozen=True, slots=True)
class StripPlan:
    """Everything the strip draws, placed by the layout in the strip's own coordinates."""

    width: float
    height: float
    axis: Axis
    ticks: tuple[Tick, ...]
    eras: tuple[EraBand, ...]
    bars: tuple[RangeBar, ...]
    markers: tuple[PointMarker, ...]
    labels: tuple[EventLabel, ...]
    style: TimelineStyle

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
    """The strip with every event labelled, in the first label form and the lowest height
    where the labels fit; else every event's marker without labels; ``None`` if not even
    the axis fits."""
    base = strip_style(context)
    fonts = context.style.fonts
    growth = max(1.0, context.style.sizes.body / DESIGN_BODY_SIZE)
    events = tuple(replace(event, short_text="") for event in content.events)
    for form in LABEL_FORMS:
        style = replace(base, label_width=base.title_size * form.width_ems)
        labelled = _cut_titles(events, content, width, style, fonts, form)
        for height in (height * growth for height in LABELLED_HEIGHTS):
            bounds = Rect(0, 0, width, height)
            try:
                layout = layout_timeline(
                    labelled, content.eras, bounds, fonts, style, formatter=context.words.tick_label
                )
            except LayoutError:
                continue
            return StripPlan(
                width,
                height,
                layout.axis,
                layout.ticks,
                layout.eras,
                layout.bars,
                layout.markers,
                layout.labels,
                style,
            )
    for height in (height * growth for height in UNLABELLED_HEIGHTS):
        try:
            bounds = Rect(0, 0, width, height)
            area = axis_area(events, content.eras, bounds, fonts, base, context.words.tick_label)
        except AxisAreaTooTall:
            continue
        markers = tuple(
            _point_marker(event, area.scale.to_x(event.start), area.axis.y)
            for event in events
            if not event.is_range
        )
        return StripPlan(
            width, height, area.axis, area.ticks, area.eras, area.bars, markers, (), base
        )
    return None


def _cut_titles(
    events: tuple[TimelineEvent, ...],
    content: TimelineContent,
    width: float,
    style: TimelineStyle,
    fonts: TextMeasurer,
    form: LabelForm,
) -> tuple[TimelineEvent, ...]:
    """``events`` with the titles ``form`` asks for cut to one line of their label."""
    if form.cut_titles == "none":
        return events
    if form.cut_titles == "crowded":
        crowded = _crowded(events, content, width, style)
    else:
        crowded = set(range(len(events)))
    return tuple(
        _shortened(event, style, fonts) if index in crowded else event
        for index, event in enumerate(events)
    )


def _crowded(
    events: tuple[TimelineEvent, ...], content: TimelineContent, width: float, style: TimelineStyle
) -> set[int]:
    """The indexes of events whose nearest neighbour on the axis is nearer than a label's
    width, on the scale the layout will use."""
    positions = [event.start for event in events] + [event.last_position for event in events]
    positions += [era.start for era in content.eras] + [era.end for era in content.eras]
    scale = TimeScale.fit(positions, 0, width, style.time_padding)
    anchors = [scale.to_x(event.start) for event in events]
    reach = style.label_width * style.highlight_scale
    order = sorted(range(len(anchors)), key=anchors.__getitem__)
    crowded: set[int] = set()
    for before, after in pairwise(order):
        if anchors[after] - anchors[before] < reach:
            crowded.update((before, after))
    return crowded


def _shortened(event: TimelineEvent, style: TimelineStyle, fonts: TextMeasurer) -> TimelineEvent:
    """``event`` with its title cut to one line of its label."""
    scale = style.highlight_scale if event.highlight else 1.0
    title = ellipsize(
        fonts, event.title, style.title_font, style.title_size * scale, style.label_width * scale
    )
    return replace(event, title=title)


def _point_marker(event: TimelineEvent, x: float, y: float) -> PointMarker:
    return PointMarker(event.key, Point(x, y), event.highlight, event.category)
