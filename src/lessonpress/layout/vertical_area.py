"""The axis area of a vertical timeline: the scale, ticks, range bars and era bands.

Time runs down the page, the earliest at the top of the bounds. Across the area, left
to right: the era names, each at the top of its band on up to two lines (in columns of
their own where eras overlap), the tick labels set flush right, the tick marks, the
axis, then the bar lanes. The era bands span the whole width of the area; labels go
left and right of it (:mod:`~lessonpress.layout.vertical`). The area is centred in the
bounds, so the labels of both sides get the same room.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lessonpress.layout.core import TICK_LABEL_GAP, AxisAreaTooTall
from lessonpress.layout.geometry import Rect, widened_span
from lessonpress.layout.items import TimelineEra, TimelineEvent
from lessonpress.layout.result import (
    EraBand,
    RangeBar,
    TextLine,
    VerticalAxis,
    VerticalTick,
)
from lessonpress.layout.style import TimelineStyle
from lessonpress.layout.text import (
    TextMeasurer,
    baseline_offset,
    line_height,
    wrap_lines_limited,
)
from lessonpress.layout.ticks import Formatter, choose_ticks
from lessonpress.layout.timeline import in_time_order
from lessonpress.layout.vertical_scale import VerticalScale

BREAK_GAP_LINES = 3.0
"""The length of the gap where a broken axis is cut, in tick label lines."""

ERA_NAME_LINES = 2
"""The most lines an era's name takes at the top of its band."""

ERA_NAME_WIDTH = 0.75
"""The widest an era's name runs, as a share of the label width."""

LEAST_LABEL_ROOM = 0.5
"""The least room beside the axis area on each side, as a share of the label width."""


@dataclass(frozen=True, slots=True)
class VerticalArea:
    """The placed axis area of a vertical timeline, and its left and right edges, where
    the labels' room begins."""

    axis: VerticalAxis
    ticks: tuple[VerticalTick, ...]
    eras: tuple[EraBand, ...]
    bars: tuple[RangeBar, ...]
    left: float
    right: float
    breaks: tuple[tuple[float, float], ...] = ()
    """The top and bottom y of each gap where the axis is broken."""


@dataclass(frozen=True, slots=True)
class VerticalPrepared:
    """Events in time order with their axis area and, per event, the y its label belongs
    to (its instant, or the top of its bar): what every attempt on one frame shares."""

    events: tuple[TimelineEvent, ...]
    area: VerticalArea
    anchors: tuple[float, ...]
    bounds: Rect
    style: TimelineStyle


@dataclass(frozen=True, slots=True)
class _AlongAxis:
    """A measurer for tick labels set across a vertical axis: what each takes along the
    axis is its line's height, whatever its width."""

    leading: float

    def width(self, text: str, font: str, size: float) -> float:
        return line_height(size, self.leading)


def prepare_vertical(
    events: Sequence[TimelineEvent],
    eras: Sequence[TimelineEra],
    bounds: Rect,
    measurer: TextMeasurer,
    style: TimelineStyle,
    formatter: Formatter | None = None,
    cut: Sequence[Sequence[TimelineEvent]] | None = None,
) -> VerticalPrepared:
    """The vertical axis area of ``events`` and ``eras`` down the middle of ``bounds``;
    with ``cut``, the events in two runs, the axis broken between them (see
    :mod:`~lessonpress.layout.vertical_scale`). Raises
    :class:`~lessonpress.layout.core.AxisAreaTooTall` when it leaves the labels too
    little room beside it."""
    ordered = in_time_order(events)
    sorted_eras = sorted(eras, key=lambda era: (era.start, era.end))
    if not ordered and not sorted_eras:
        raise ValueError("a timeline needs at least one event or era")
    # The first and last tick labels, centred on their ticks, stay inside the bounds.
    end_room = line_height(style.tick_size, style.leading) / 2
    if bounds.height <= 2 * end_room:
        raise AxisAreaTooTall
    top, bottom = end_room, bounds.height - end_room
    if cut:
        runs = [[p for event in run for p in (event.start, event.last_position)] for run in cut]
        gap = BREAK_GAP_LINES * line_height(style.tick_size, style.leading)
        counts = [len(run) for run in cut]
        scale = VerticalScale.broken(runs, counts, top, bottom, gap, style.time_padding)
    else:
        positions = [p for event in ordered for p in (event.start, event.last_position)]
        positions += [p for era in sorted_eras for p in (era.start, era.end)]
        scale = VerticalScale.whole(positions, top, bottom, style.time_padding)

    def y_of(position: float) -> float:
        return bounds.top - scale.depth(position)

    marks = [
        mark
        for part in scale.parts
        for mark in choose_ticks(
            part,
            _AlongAxis(style.leading),
            style.tick_font,
            style.tick_size,
            min_gap=style.tick_gap,
            max_ticks=style.max_ticks,
            left=part.x0 - end_room,
            right=part.x1 + end_room,
            formatter=formatter,
        )
    ]
    tick_widths = [measurer.width(mark.label, style.tick_font, style.tick_size) for mark in marks]
    bar_spans = _bar_spans(ordered, scale, style)
    bar_lanes = _lanes(list(bar_spans.values()), style.bar_gap)
    names = _era_names(sorted_eras, scale, measurer, style)
    era_height = line_height(style.era_size, style.leading)
    name_tops = {index: scale.clamped_depth(sorted_eras[index].start) for index in names}
    name_spans = [
        (top, top + len(names[index][0]) * era_height) for index, top in name_tops.items()
    ]
    name_lanes = _lanes(name_spans, style.gap)
    name_columns = dict(zip(names, name_lanes, strict=True))
    column_count = max(name_lanes, default=-1) + 1
    name_width = max((width for _, width in names.values()), default=0.0)

    lane_count = max(bar_lanes, default=-1) + 1
    right_part = lane_count * (style.bar_height + style.bar_gap) + style.era_padding
    left_part = style.tick_length + TICK_LABEL_GAP + max(tick_widths, default=0.0)
    left_part += style.era_padding + column_count * (name_width + style.era_padding)
    width = left_part + right_part
    least_room = LEAST_LABEL_ROOM * style.label_width + style.leader_min
    if width + 2 * least_room > bounds.width:
        raise AxisAreaTooTall
    area_left = bounds.center_x - width / 2
    axis_x = area_left + left_part
    area_right = axis_x + right_part

    ticks = tuple(
        _tick(mark.position, y_of(mark.position), label_width, mark.label, axis_x, style)
        for mark, label_width in zip(marks, tick_widths, strict=True)
    )
    bars: list[RangeBar] = []
    for (index, (top, bottom)), lane in zip(bar_spans.items(), bar_lanes, strict=True):
        event = ordered[index]
        left = axis_x + style.bar_gap + lane * (style.bar_height + style.bar_gap)
        box = Rect(left, bounds.top - bottom, style.bar_height, bottom - top)
        bars.append(RangeBar(event.key, box, lane, event.highlight, event.category))
    bands: list[EraBand] = []
    for index, era in enumerate(sorted_eras):
        top = bounds.top - scale.clamped_depth(era.start)
        bottom = bounds.top - scale.clamped_depth(era.end)
        band = Rect.from_edges(area_left, bottom, area_right, top)
        name = name_box = None
        if index in names:
            texts, text_width = names[index]
            column = name_columns[index]
            left = area_left + style.era_padding + column * (name_width + style.era_padding)
            name_top = top - style.era_padding
            name_bottom = name_top - len(texts) * era_height
            name_box = Rect.from_edges(left, name_bottom, left + text_width, name_top)
            first = name_top - baseline_offset(style.era_size, style.leading)
            name, *more = (
                TextLine(text, style.era_font, style.era_size, left, first - line * era_height)
                for line, text in enumerate(texts)
            )
        bands.append(EraBand(era.key, era.title, era.color, band, name, name_box, tuple(more)))
    axis = VerticalAxis(axis_x, bounds.top - scale.top, bounds.top - scale.bottom)
    breaks = tuple((bounds.top - above, bounds.top - below) for above, below in scale.gaps)
    area = VerticalArea(axis, ticks, tuple(bands), tuple(bars), area_left, area_right, breaks)
    anchors = tuple(y_of(event.start) for event in ordered)
    return VerticalPrepared(tuple(ordered), area, anchors, bounds, style)


def _tick(
    position: float, y: float, width: float, text: str, axis_x: float, style: TimelineStyle
) -> VerticalTick:
    """A tick at ``y``, its label ``width`` wide set flush right of its mark, centred on
    it."""
    mark_left = axis_x - style.tick_length
    right = mark_left - TICK_LABEL_GAP
    height = line_height(style.tick_size, style.leading)
    top = y + height / 2
    baseline = top - baseline_offset(style.tick_size, style.leading)
    label = TextLine(text, style.tick_font, style.tick_size, right - width, baseline)
    return VerticalTick(
        position, y, mark_left, label, Rect(right - width, top - height, width, height)
    )


def _bar_spans(
    events: Sequence[TimelineEvent], scale: VerticalScale, style: TimelineStyle
) -> dict[int, tuple[float, float]]:
    """Per range event (by index): its bar's top and bottom as depths below the bounds'
    top, at least ``style.min_bar_width`` long."""
    spans: dict[int, tuple[float, float]] = {}
    for index, event in enumerate(events):
        if not event.is_range:
            continue
        top, bottom = widened_span(
            scale.depth(event.start),
            scale.depth(event.last_position),
            style.min_bar_width,
            scale.top,
            scale.bottom,
        )
        spans[index] = (top, bottom)
    return spans


def _lanes(spans: Sequence[tuple[float, float]], gap: float) -> list[int]:
    """Per span (start, end), in order, the lowest lane free at its start: a lane is free
    again ``gap`` after the end of the last span in it."""
    ends: list[float] = []
    lanes: list[int] = []
    for start, end in spans:
        lane = next((lane for lane, last in enumerate(ends) if last + gap <= start), len(ends))
        if lane == len(ends):
            ends.append(end)
        else:
            ends[lane] = end
        lanes.append(lane)
    return lanes


def _era_names(
    eras: Sequence[TimelineEra],
    scale: VerticalScale,
    measurer: TextMeasurer,
    style: TimelineStyle,
) -> dict[int, tuple[list[str], float]]:
    """Per era whose band holds a line of type: its name's lines, as many of
    :data:`ERA_NAME_LINES` as the band holds (the last cut short with an ellipsis when
    the name is longer), none wider than :data:`ERA_NAME_WIDTH` labels, and the width of
    the widest."""
    names: dict[int, tuple[list[str], float]] = {}
    height = line_height(style.era_size, style.leading)
    width = ERA_NAME_WIDTH * style.label_width
    for index, era in enumerate(eras):
        top, bottom = scale.clamped_depth(era.start), scale.clamped_depth(era.end)
        most = min(ERA_NAME_LINES, int((bottom - top - 2 * style.era_padding) // height))
        if most < 1:
            continue
        font, size = style.era_font, style.era_size
        lines = wrap_lines_limited(measurer, era.title, font, size, width, most)
        if lines:
            widest = max(measurer.width(line, font, size) for line in lines)
            names[index] = (lines, min(widest, width))
    return names
