"""The axis area: the time scale, ticks, range bars and era bands around the axis.

Above the axis sit the bar lanes, clear of its line; below it the tick labels, then the
era names in rows of their own. The era bands span the whole area. Labels go outside it.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from lessonpress.layout.excerpts import whole_words
from lessonpress.layout.geometry import Rect, widened_span
from lessonpress.layout.items import TimelineEra, TimelineEvent
from lessonpress.layout.result import Axis, EraBand, RangeBar, TextLine, Tick
from lessonpress.layout.scale import MIN_SPAN, TimeScale
from lessonpress.layout.style import TimelineStyle
from lessonpress.layout.text import (
    FIT_TOLERANCE,
    TextMeasurer,
    baseline_offset,
    line_height,
    wrap_text,
)
from lessonpress.layout.ticks import Formatter, choose_ticks

TICK_LABEL_GAP = 1.0
"""Points between the end of a tick mark and the top of its label."""


@dataclass(frozen=True, slots=True)
class AxisArea:
    """The placed axis area, and the y where labels may begin on each side."""

    scale: TimeScale
    axis: Axis
    ticks: tuple[Tick, ...]
    eras: tuple[EraBand, ...]
    bars: tuple[RangeBar, ...]
    top: float
    bottom: float


class AxisAreaTooTall(Exception):
    """The axis area alone does not fit in the bounds."""


def axis_area(
    events: Sequence[TimelineEvent],
    eras: Sequence[TimelineEra],
    bounds: Rect,
    measurer: TextMeasurer,
    style: TimelineStyle,
    formatter: Formatter | None = None,
    reserve: tuple[float, float] = (0.0, 0.0),
    least_span: float = MIN_SPAN,
) -> AxisArea:
    """Place the scale, ticks, bars and era bands of a timeline within ``bounds``,
    keeping at least ``reserve`` (above, below) around the axis and showing at least
    ``least_span`` years: the parts of a broken axis reserve the same, so their axes
    line up, and a part of a single event still shows years around it."""
    positions = [event.start for event in events] + [event.last_position for event in events]
    positions += [era.start for era in eras] + [era.end for era in eras]
    scale = TimeScale.fit(
        positions, bounds.left, bounds.right, style.time_padding, max(MIN_SPAN, least_span)
    )
    bar_spans = _bar_spans(events, scale, style)
    bar_lanes = _lanes_for(sorted(bar_spans.values()), style.gap)
    era_spans = _era_name_spans(eras, scale, measurer, style)
    era_lanes = _lanes_for(
        [(left, right, index) for index, (left, right, _) in era_spans.items()], style.gap
    )
    lane_count = max(bar_lanes.values(), default=-1) + 1
    # A lane of era names is as many rows deep as its name of the most lines.
    era_lane_rows = [0] * (max(era_lanes.values(), default=-1) + 1)
    for (_, _, index), lane in era_lanes.items():
        era_lane_rows[lane] = max(era_lane_rows[lane], len(era_spans[int(index)][2]))
    era_row_count = sum(era_lane_rows)

    tick_height = line_height(style.tick_size, style.leading)
    era_height = line_height(style.era_size, style.leading)
    lanes_top = _lane_bottom(lane_count - 1, style) + style.bar_height if lane_count else 0.0
    above = lanes_top + style.era_padding
    below = style.tick_length + TICK_LABEL_GAP + tick_height + style.era_padding
    if era_row_count:
        below += style.era_padding + era_row_count * era_height
    above, below = max(above, reserve[0]), max(below, reserve[1])
    if above + below > bounds.height:
        raise AxisAreaTooTall
    axis_y = bounds.center_y + (below - above) / 2
    area_top, area_bottom = axis_y + above, axis_y - below

    ticks = _ticks(scale, bounds, measurer, style, axis_y, formatter)
    bars = tuple(
        RangeBar(
            event.key,
            Rect(
                bar_spans[index][0],
                axis_y + _lane_bottom(bar_lanes[bar_spans[index]], style),
                bar_spans[index][1] - bar_spans[index][0],
                style.bar_height,
            ),
            bar_lanes[bar_spans[index]],
            event.highlight,
            event.category,
        )
        for index, event in enumerate(events)
        if index in bar_spans
    )
    names_top = axis_y - style.tick_length - TICK_LABEL_GAP - tick_height - style.era_padding
    era_bands: list[EraBand] = []
    for index, era in enumerate(eras):
        left, right = _era_edges(era, scale)
        band = Rect.from_edges(left, area_bottom, right, area_top)
        name_line = name_box = None
        more_lines: tuple[TextLine, ...] = ()
        if index in era_spans:
            name_left, name_right, names = era_spans[index]
            lane = era_lanes[(name_left, name_right, index)]
            top = names_top - sum(era_lane_rows[:lane]) * era_height
            name_box = Rect.from_edges(name_left, top - len(names) * era_height, name_right, top)
            baseline = top - baseline_offset(style.era_size, style.leading)
            name_line, *more = (
                TextLine(
                    name, style.era_font, style.era_size, name_left, baseline - row * era_height
                )
                for row, name in enumerate(names)
            )
            more_lines = tuple(more)
        era_bands.append(
            EraBand(era.key, era.title, era.color, band, name_line, name_box, more_lines)
        )
    axis = Axis(axis_y, scale.x0, scale.x1)
    return AxisArea(scale, axis, ticks, tuple(era_bands), bars, area_top, area_bottom)


def _lane_bottom(lane: int, style: TimelineStyle) -> float:
    """How far above the axis bar lane ``lane`` (0 nearest) begins: bars sit beside the
    axis, never on it."""
    return style.first_lane_gap + lane * (style.bar_height + style.bar_gap)


def _bar_spans(
    events: Sequence[TimelineEvent], scale: TimeScale, style: TimelineStyle
) -> dict[int, tuple[float, float, int]]:
    """Per range event (by index): its bar's left and right x, and the index again so
    that equal spans stay distinct keys."""
    spans: dict[int, tuple[float, float, int]] = {}
    for index, event in enumerate(events):
        if not event.is_range:
            continue
        left, right = widened_span(
            scale.to_x(event.start),
            scale.to_x(event.last_position),
            style.min_bar_width,
            scale.x0,
            scale.x1,
        )
        spans[index] = (left, right, index)
    return spans


def _lanes_for(spans: Sequence[tuple[float, ...]], gap: float) -> dict[tuple[float, ...], int]:
    """Each horizontal span (left, right, ...) given the lowest lane free at its left edge.

    Interval partitioning with two heaps: lanes in use by their right edge, and lanes
    freed again by their number, so the lowest free lane is always reused first.
    """
    in_use: list[tuple[float, int]] = []
    free: list[int] = []
    lanes: dict[tuple[float, ...], int] = {}
    for span in sorted(spans):
        left, right = span[0], span[1]
        while in_use and in_use[0][0] + gap <= left:
            heapq.heappush(free, heapq.heappop(in_use)[1])
        lane = heapq.heappop(free) if free else len(in_use) + len(free)
        heapq.heappush(in_use, (right, lane))
        lanes[span] = lane
    return lanes


def _era_edges(era: TimelineEra, scale: TimeScale) -> tuple[float, float]:
    """The left and right x of ``era``'s band: to the axis's ends where it goes on past
    them (cut to a row or a part of a broken axis)."""
    left = scale.x0 if era.goes_on_before else scale.clamp_x(scale.to_x(era.start))
    right = scale.x1 if era.goes_on_after else scale.clamp_x(scale.to_x(era.end))
    return left, right


def _era_name_spans(
    eras: Sequence[TimelineEra], scale: TimeScale, measurer: TextMeasurer, style: TimelineStyle
) -> dict[int, tuple[float, float, tuple[str, ...]]]:
    """Per era with room for a name: the name's left and right x and its lines: the
    whole name on one line, else on up to ``style.era_name_lines`` lines, else its
    first words shortened to one line."""
    spans: dict[int, tuple[float, float, tuple[str, ...]]] = {}
    for index, era in enumerate(eras):
        left, right = _era_edges(era, scale)
        left, right = left + style.era_padding, right - style.era_padding
        if right <= left:
            continue
        lines = _era_name_lines(era.title, right - left, measurer, style)
        if lines:
            widest = max(measurer.width(line, style.era_font, style.era_size) for line in lines)
            spans[index] = (left, left + min(widest, right - left), lines)
    return spans


def _era_name_lines(
    title: str, width: float, measurer: TextMeasurer, style: TimelineStyle
) -> tuple[str, ...]:
    """An era's name set in ``width``: whole on one line, or broken at spaces over up to
    ``style.era_name_lines`` lines of whole words; else shortened to one line."""
    fits = partial(_fits, measurer, style, width)
    if fits(title) or style.era_name_lines < 2:
        return (whole_words(title, fits),) if whole_words(title, fits) else ()
    lines = wrap_text(measurer, title, style.era_font, style.era_size, width)
    words = title.split()
    if len(lines) <= style.era_name_lines and " ".join(lines).split() == words:
        return tuple(lines)
    name = whole_words(title, fits)
    return (name,) if name else ()


def _fits(measurer: TextMeasurer, style: TimelineStyle, width: float, name: str) -> bool:
    """Whether an era's ``name`` is no wider than ``width``."""
    return measurer.width(name, style.era_font, style.era_size) <= width + FIT_TOLERANCE


def _ticks(
    scale: TimeScale,
    bounds: Rect,
    measurer: TextMeasurer,
    style: TimelineStyle,
    axis_y: float,
    formatter: Formatter | None,
) -> tuple[Tick, ...]:
    marks = choose_ticks(
        scale,
        measurer,
        style.tick_font,
        style.tick_size,
        min_gap=style.tick_gap,
        max_ticks=style.max_ticks,
        left=bounds.left,
        right=bounds.right,
        formatter=formatter,
    )
    mark_bottom = axis_y - style.tick_length
    label_top = mark_bottom - TICK_LABEL_GAP
    height = line_height(style.tick_size, style.leading)
    baseline = label_top - baseline_offset(style.tick_size, style.leading)
    return tuple(
        Tick(
            mark.position,
            mark.x,
            mark_bottom,
            TextLine(
                mark.label,
                style.tick_font,
                style.tick_size,
                mark.x - mark.label_width / 2,
                baseline,
            ),
            Rect(mark.x - mark.label_width / 2, label_top - height, mark.label_width, height),
        )
        for mark in marks
    )
