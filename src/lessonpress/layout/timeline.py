"""The timeline layout: one entry point shared by the poster, the handout strip and the deck.

``layout_timeline`` places the axis area (``core``), then the labels in lanes above and
below it (``placement``, ``lanes``), alternating sides in time order. Events crowded
on the axis get their labels spread sideways (``spread``) and bent leaders
(``leaders``; ``EventLabel.leader_path``). When the labels do not all
fit it degrades in clear steps: first the short texts go, then the type shrinks step
by step to ``style.min_size``. If even that is not enough it raises ``LayoutError``
saying how many events would fit: labels are never drawn over each other.
"""

from __future__ import annotations

from collections.abc import Sequence

from lessonpress.layout.core import AxisArea, AxisAreaTooTall, axis_area
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
from lessonpress.layout.style import LabelSizes, TimelineStyle, shrink_steps
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
    anchors = Anchors.of(ordered, area)
    for position, (degradation, sizes, with_text) in enumerate(attempts):
        is_last = position == len(attempts) - 1
        placement = place_labels(
            ordered, area, bounds, measurer, style, sizes, with_text, is_last, anchors
        )
        if len(placement.placed) == len(ordered):
            return _result(ordered, area, bounds, style, sizes, degradation, placement, anchors)
    fitted = len(placement.placed)
    if placement.spread_out:
        # Spreading labels away from their anchors helps a page that can nearly hold
        # them all, but it can also strand some that would fit beside their anchors: the
        # smallest type gets a last try without it, and the better count is reported.
        degradation, sizes, with_text = attempts[-1]
        unspread = place_labels(
            ordered, area, bounds, measurer, style, sizes, with_text, True, anchors, spread=False
        )
        if len(unspread.placed) == len(ordered):
            return _result(ordered, area, bounds, style, sizes, degradation, unspread, anchors)
        fitted = max(fitted, len(unspread.placed))
    raise LayoutError(fitted, len(ordered), f"even at {style.min_size:g} pt")


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


def _result(
    events: Sequence[TimelineEvent],
    area: AxisArea,
    bounds: Rect,
    style: TimelineStyle,
    sizes: LabelSizes,
    degradation: Degradation,
    placement: Placement,
    anchors: Anchors,
) -> TimelineLayout:
    """The layout of a successful attempt, labels in time order."""
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
