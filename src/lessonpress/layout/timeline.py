"""The timeline layout: one entry point shared by the poster, the handout strip and the deck.

``layout_timeline`` places the axis area (``core``), then the labels in lanes above and
below it (``lanes``), alternating sides in time order. When the labels do not all
fit it degrades in clear steps: first the short texts go, then the type shrinks step
by step to ``style.min_size``. If even that is not enough it raises ``LayoutError``
saying how many events would fit: labels are never drawn over each other.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from lessonpress.layout.core import AxisArea, AxisAreaTooTall, axis_area
from lessonpress.layout.geometry import Point, Rect, Segment
from lessonpress.layout.items import TimelineEra, TimelineEvent
from lessonpress.layout.labels import LabelBlock, label_block
from lessonpress.layout.lanes import LaneSide, LaneSlot
from lessonpress.layout.result import (
    Degradation,
    EventLabel,
    PointMarker,
    Side,
    TextLine,
    TimelineLayout,
)
from lessonpress.layout.style import LabelSizes, TimelineStyle, shrink_steps
from lessonpress.layout.text import TextMeasurer, line_height
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
class _Placed:
    index: int
    block: LabelBlock
    side: Side
    slot: LaneSlot
    box_bottom: float
    edge_y: float


def layout_timeline(
    events: Sequence[TimelineEvent],
    eras: Sequence[TimelineEra],
    bounds: Rect,
    measurer: TextMeasurer,
    style: TimelineStyle | None = None,
    *,
    formatter: Formatter | None = None,
) -> TimelineLayout:
    """Place ``events`` and ``eras`` on a timeline filling ``bounds``.

    Events are laid out in time order (stable for equal dates); the result holds every
    box, line and text in absolute coordinates inside ``bounds``, and no two of its
    collision boxes overlap. ``formatter`` labels ticks (default:
    ``lessonpress.model.dates.format_position``). Raises ``LayoutError`` when the events
    cannot all be placed.
    """
    style = style or TimelineStyle()
    ordered = _in_time_order(events)
    keys = [event.key for event in ordered]
    if len(set(keys)) != len(keys):
        raise ValueError("timeline events need distinct keys")
    sorted_eras = sorted(eras, key=lambda era: (era.start, era.end))
    if not ordered and not sorted_eras:
        raise ValueError("a timeline needs at least one event or era")
    try:
        area = axis_area(ordered, sorted_eras, bounds, measurer, style, formatter)
    except AxisAreaTooTall:
        raise LayoutError(0, len(ordered), "the axis, ticks and bars alone are too tall") from None
    attempts = _attempts(ordered, style)
    for position, (degradation, sizes, with_text) in enumerate(attempts):
        is_last = position == len(attempts) - 1
        placed = _place_labels(ordered, area, bounds, measurer, style, sizes, with_text, is_last)
        if len(placed) == len(ordered):
            return _result(ordered, area, bounds, style, sizes, degradation, placed)
    raise LayoutError(len(placed), len(ordered), f"even at {style.min_size:g} pt")


def count_fitting(
    events: Sequence[TimelineEvent],
    eras: Sequence[TimelineEra],
    bounds: Rect,
    measurer: TextMeasurer,
    style: TimelineStyle | None = None,
    *,
    formatter: Formatter | None = None,
) -> int:
    """How many of ``events`` ``layout_timeline`` would place at the smallest type size.

    Equal to ``len(events)`` when they all fit; a caller with too many events (the
    deck's overview) uses it to decide to show a subset.
    """
    try:
        return len(
            layout_timeline(events, eras, bounds, measurer, style, formatter=formatter).labels
        )
    except LayoutError as error:
        return error.fitted


def _in_time_order(events: Sequence[TimelineEvent]) -> list[TimelineEvent]:
    indexed = sorted(
        enumerate(events), key=lambda item: (item[1].start, item[1].last_position, item[0])
    )
    return [event for _, event in indexed]


def _attempts(
    events: Sequence[TimelineEvent], style: TimelineStyle
) -> list[tuple[Degradation, LabelSizes, bool]]:
    """The degradation steps in order: full, without short texts, then smaller type."""
    full = LabelSizes(style.title_size, style.date_size, style.text_size)
    attempts: list[tuple[Degradation, LabelSizes, bool]] = []
    if any(event.short_text for event in events):
        attempts.append((Degradation.FULL, full, True))
    attempts.append((Degradation.NO_SHORT_TEXT, full, False))
    attempts += [(Degradation.SMALLER_TYPE, sizes, False) for sizes in shrink_steps(style)]
    return attempts


def _place_labels(
    events: Sequence[TimelineEvent],
    area: AxisArea,
    bounds: Rect,
    measurer: TextMeasurer,
    style: TimelineStyle,
    sizes: LabelSizes,
    with_text: bool,
    keep_going: bool,
) -> list[_Placed]:
    """Place labels greedily in time order; stop at the first that does not fit unless
    ``keep_going``, in which case it is skipped and counted out."""
    row_height = line_height(min(sizes.title, sizes.date, sizes.text), style.leading) / 2
    above = LaneSide(
        area.top + style.leader_min, bounds.top, row_height, style.gap, bounds.left, bounds.right
    )
    below = LaneSide(
        area.bottom - style.leader_min,
        bounds.bottom,
        row_height,
        style.gap,
        bounds.left,
        bounds.right,
    )
    bar_lefts = {bar.key: bar.bar.left for bar in area.bars}
    placed: list[_Placed] = []
    anchors = [bar_lefts.get(event.key, area.scale.to_x(event.start)) for event in events]
    for index, event in enumerate(events):
        block = label_block(event, sizes, style, measurer, with_text)
        anchor_x = anchors[index]
        sides: list[tuple[Side, LaneSide]] = [("above", above), ("below", below)]
        if index % 2:
            sides.reverse()
        # A label centred on its anchor would cover the next anchor, whose leader could
        # then reach no row beyond it: such a label ends at its anchor instead.
        next_x = anchors[index + 1] if index + 1 < len(anchors) else math.inf
        if next_x >= anchor_x + block.width / 2 + 2 * style.gap:
            ideal_left = anchor_x - block.width / 2
        else:
            ideal_left = anchor_x + min(style.leader_inset, block.width / 2) - block.width
        # A shifted label may not reach the next anchor either.
        inset = min(style.leader_inset, block.width / 2)
        max_shift = min(style.shift_limit, next_x - style.gap - block.width - anchor_x + inset)
        found = _best_slot(sides, anchor_x, ideal_left, max_shift, block, style)
        if found is None:
            if not keep_going:
                return placed
            continue
        side, lanes, slot = found
        lanes.occupy(slot, block.width, block.height)
        box_bottom = lanes.box_y(slot, block.height)
        placed.append(_Placed(index, block, side, slot, box_bottom, lanes.edge_y(slot)))
    return placed


def _best_slot(
    sides: Sequence[tuple[Side, LaneSide]],
    anchor_x: float,
    ideal_left: float,
    max_shift: float,
    block: LabelBlock,
    style: TimelineStyle,
) -> tuple[Side, LaneSide, LaneSlot] | None:
    """The slot for a label: in its ideal place on the preferred side, else on the other,
    else moved sideways as little as possible on either (the preferred side on a tie).

    Shifting only when no side has the ideal place free, and then as little as possible,
    keeps shifts from piling up along a row, which would block the leaders that follow.
    """
    for side, lanes in sides:
        slot = lanes.find(anchor_x, block.width, block.height, ideal_left, 0.0, style.leader_inset)
        if slot is not None:
            return side, lanes, slot
    best: tuple[Side, LaneSide, LaneSlot] | None = None
    if max_shift <= 0:
        return None
    for side, lanes in sides:
        slot = lanes.find(
            anchor_x, block.width, block.height, ideal_left, max_shift, style.leader_inset
        )
        if slot is not None and (best is None or slot.left < best[2].left):
            best = (side, lanes, slot)
    return best


def _result(
    events: Sequence[TimelineEvent],
    area: AxisArea,
    bounds: Rect,
    style: TimelineStyle,
    sizes: LabelSizes,
    degradation: Degradation,
    placed: Sequence[_Placed],
) -> TimelineLayout:
    bars_by_key = {bar.key: bar for bar in area.bars}
    labels: list[EventLabel] = []
    for item in placed:
        event = events[item.index]
        box = Rect(item.slot.left, item.box_bottom, item.block.width, item.block.height)
        lines = tuple(
            TextLine(line.text, line.font, line.size, box.left, box.top - line.baseline_below_top)
            for line in item.block.lines
        )
        bar = bars_by_key.get(event.key)
        anchor_x = bar.bar.left if bar else area.scale.to_x(event.start)
        if bar is not None and item.side == "above":
            anchor = Point(anchor_x, bar.bar.top)
        else:
            anchor = Point(anchor_x, area.axis.y)
        leader = Segment(anchor, Point(item.slot.attach_x, item.edge_y))
        labels.append(
            EventLabel(
                event.key, box, lines, anchor, leader, item.side, event.highlight, event.category
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
