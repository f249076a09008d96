"""One attempt at a timeline: the axis area, then every label at one set of sizes.

``prepare`` places the axis area (``core``) and the events' anchors once; ``attempt``
places the labels in lanes above and below it (``placement``, ``lanes``), alternating
sides in time order. Events crowded on the axis get their labels spread sideways
(``spread``) and bent leaders (``leaders``; ``EventLabel.leader_path``). The ladder of
attempts, from full labels down to a numbered key or a selection, is
``lessonpress.layout.fit``: labels are never drawn over each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lessonpress.layout.core import AxisArea, axis_area
from lessonpress.layout.geometry import Point, Rect
from lessonpress.layout.items import TimelineEra, TimelineEvent
from lessonpress.layout.leaders import leader_path
from lessonpress.layout.placement import Anchors, Placement, place_labels
from lessonpress.layout.result import (
    Degradation,
    EventLabel,
    PointMarker,
    TextLine,
    TimelineLayout,
)
from lessonpress.layout.style import LabelSizes, TimelineStyle
from lessonpress.layout.text import TextMeasurer
from lessonpress.layout.ticks import Formatter


class LayoutError(Exception):
    """The events do not fit even with short texts left out and the smallest type.

    ``fitted`` is how many of the ``total`` events could be placed at the smallest size
    (greedily, in time order, skipping those that did not fit).
    """

    def __init__(self, fitted: int, total: int, reason: str = "") -> None:
        self.fitted = fitted
        self.total = total
        message = f"only {fitted} of {total} events fit on the timeline"
        super().__init__(f"{message}: {reason}" if reason else message)


@dataclass(frozen=True, slots=True)
class Prepared:
    """Events in time order with their axis area and anchors, within ``bounds``: what
    every attempt on the same bounds shares."""

    events: tuple[TimelineEvent, ...]
    area: AxisArea
    anchors: Anchors
    bounds: Rect
    style: TimelineStyle


def prepare(
    events: Sequence[TimelineEvent],
    eras: Sequence[TimelineEra],
    bounds: Rect,
    measurer: TextMeasurer,
    style: TimelineStyle,
    formatter: Formatter | None = None,
    reserve: tuple[float, float] = (0.0, 0.0),
    least_span: float = 0.0,
) -> Prepared:
    """The axis area of ``events`` and ``eras`` in ``bounds``, at least ``reserve``
    (above, below) around the axis and ``least_span`` years long. Raises
    :class:`~lessonpress.layout.core.AxisAreaTooTall` when not even that fits."""
    ordered = in_time_order(events)
    keys = [event.key for event in ordered]
    if len(set(keys)) != len(keys):
        raise ValueError("timeline events need distinct keys")
    sorted_eras = sorted(eras, key=lambda era: (era.start, era.end))
    if not ordered and not sorted_eras:
        raise ValueError("a timeline needs at least one event or era")
    area = axis_area(ordered, sorted_eras, bounds, measurer, style, formatter, reserve, least_span)
    return Prepared(tuple(ordered), area, Anchors.of(ordered, area), bounds, style)


def attempt(
    prepared: Prepared,
    measurer: TextMeasurer,
    sizes: LabelSizes,
    text_lines: int,
    step: Degradation,
    *,
    last: bool = False,
    partial: bool = False,
) -> TimelineLayout | None:
    """Every label at ``sizes`` with excerpts of up to ``text_lines`` lines, or ``None``
    when they do not all fit. The ``last`` attempt at some bounds also tries labels kept
    beside their anchors. With ``partial``, the labels that fit (the rest are skipped)
    rather than ``None``."""
    events, area, bounds, style = prepared.events, prepared.area, prepared.bounds, prepared.style
    placement = place_labels(
        events, area, bounds, measurer, style, sizes, text_lines, partial, prepared.anchors
    )
    retry = last or partial
    if retry and placement.spread_out and len(placement.placed) < len(events):
        # Spreading labels away from their anchors helps a page that can nearly hold
        # them all, but it can also strand some that would fit beside their anchors.
        unspread = place_labels(
            events,
            area,
            bounds,
            measurer,
            style,
            sizes,
            text_lines,
            True,
            prepared.anchors,
            spread=False,
        )
        if len(unspread.placed) > len(placement.placed):
            placement = unspread
    if len(placement.placed) < len(events) and not partial:
        return None
    return _result(prepared, sizes, step, placement)


def in_time_order(events: Sequence[TimelineEvent]) -> list[TimelineEvent]:
    """``events`` by start, then end, stable for equal dates."""
    indexed = sorted(
        enumerate(events), key=lambda item: (item[1].start, item[1].last_position, item[0])
    )
    return [event for _, event in indexed]


def _result(
    prepared: Prepared, sizes: LabelSizes, degradation: Degradation, placement: Placement
) -> TimelineLayout:
    """The layout of an attempt, labels in time order."""
    events, area, bounds, style = prepared.events, prepared.area, prepared.bounds, prepared.style
    anchors = prepared.anchors
    bars_by_key = {bar.key: bar for bar in area.bars}
    labels: list[EventLabel] = []
    for item in sorted(placement.placed, key=lambda placed: placed.index):
        event = events[item.index]
        box = Rect(item.slot.left, item.box_bottom, item.block.width, item.block.height)
        lines = tuple(
            TextLine(
                line.text,
                line.font,
                line.size,
                box.left,
                box.top - line.baseline_below_top,
                line.role,
            )
            for line in item.block.lines
        )
        bar = bars_by_key.get(event.key)
        anchor_x = anchors.xs[item.index]
        if bar is not None and item.side == "above":
            anchor = Point(anchor_x, bar.bar.top)
        else:
            anchor = Point(anchor_x, area.axis.y)
        end = Point(item.slot.attach_x, item.edge_y)
        path = leader_path(anchor, item.column, item.edge_y, placement.strips[item.side], end)
        labels.append(
            EventLabel(
                event.key,
                box,
                lines,
                anchor,
                path,
                item.side,
                event.highlight,
                event.category,
            )
        )
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
    return TimelineLayout(
        bounds=bounds,
        scale=area.scale,
        axis=area.axis,
        ticks=area.ticks,
        eras=area.eras,
        bars=area.bars,
        markers=markers,
        labels=tuple(labels),
        sizes=sizes,
        degradation=degradation,
        tick_size=style.tick_size,
        era_size=style.era_size,
    )
