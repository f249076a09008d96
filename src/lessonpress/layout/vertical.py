"""One attempt at a vertical timeline: every label beside the axis, at one set of sizes.

Portrait paper reads a timeline top to bottom, the way printed classroom timelines and
the vertical layouts of the web do: the axis runs down the middle of the page and the
labels stand left and right of it, each at its date. So the labels of one side make a
single column, and placing them is a one-dimensional problem: boxes of known heights,
in time order, that must not overlap and should each sit as near its date as the others
let it. :func:`pack_along` solves it exactly (least squares by pool-adjacent-violators),
so a crowd spreads evenly up and down about its dates; its leaders then bend across a
strip beside the axis area (``leaders``) from the marker to the label's first line.

Each label takes the side where it would sit nearer its date, alternating while both
are free, so a sparse timeline zigzags and a crowded one fills both columns. The axis
area is :mod:`~lessonpress.layout.vertical_area`; the ladder that calls
:func:`attempt_vertical` at smaller and smaller sizes is :mod:`~lessonpress.layout.fit`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from lessonpress.layout.geometry import Point, Rect
from lessonpress.layout.items import TimelineEvent
from lessonpress.layout.labels import LabelBlock, label_block
from lessonpress.layout.leaders import leader_path
from lessonpress.layout.result import (
    Degradation,
    EventLabel,
    PointMarker,
    TextLine,
    VerticalLayout,
)
from lessonpress.layout.spread import DISPLACED
from lessonpress.layout.style import LabelSizes
from lessonpress.layout.text import TextMeasurer, line_height
from lessonpress.layout.vertical_area import VerticalPrepared

VerticalSide = Literal["left", "right"]

LABEL_WIDTH_FACTOR = 1.5
"""How much wider than on a horizontal timeline a label may run: beside a vertical axis
each side has a column of its own, and a wider label takes fewer lines of the axis."""

STRIP_FACTOR = 2.0
"""The width of the strip where leaders bend, in multiples of ``style.leader_strip``:
a crowd spread along the axis needs a gentler slope than one spread across it."""


@dataclass(frozen=True, slots=True)
class _Column:
    """One side's labels: the events' indices in time order and their boxes' tops."""

    side: VerticalSide
    indices: list[int]
    tops: list[float]


def attempt_vertical(
    prepared: VerticalPrepared,
    measurer: TextMeasurer,
    sizes: LabelSizes,
    text_lines: int,
    step: Degradation,
    *,
    partial: bool = False,
) -> VerticalLayout | None:
    """Every label at ``sizes`` with excerpts of up to ``text_lines`` lines, or ``None``
    when one side's labels are taller together than the axis. With ``partial``, the
    labels that fit rather than ``None``: the ordinary labels of a side that overflows
    give way first, the tallest first."""
    style, bounds, area = prepared.style, prepared.bounds, prepared.area
    strip = STRIP_FACTOR * style.leader_strip
    room = min(area.left - bounds.left, bounds.right - area.right) - style.leader_min - strip
    width = min(style.label_width * LABEL_WIDTH_FACTOR, room / style.highlight_scale)
    if width <= 0:
        return None
    label_style = replace(style, label_width=width)
    blocks = [
        label_block(event, sizes, label_style, measurer, text_lines) for event in prepared.events
    ]
    # Depths below the top of the bounds: the box's top should lie its first line's
    # half height above its anchor, so that the leader meets the date.
    anchors = [bounds.top - y for y in prepared.anchors]
    attach = [_attach(block) for block in blocks]
    desired = [anchor - offset for anchor, offset in zip(anchors, attach, strict=True)]
    columns: list[_Column] = []
    for side, indices in _sides(desired, blocks, style.gap).items():
        heights = [blocks[index].height for index in indices]
        if not partial and sum(heights) + style.gap * (len(heights) - 1) > bounds.height:
            return None
        if partial:
            indices = _what_fits(indices, blocks, prepared, style.gap, bounds.height)
            heights = [blocks[index].height for index in indices]
        tops = pack_along([desired[index] for index in indices], heights, style.gap, bounds.height)
        columns.append(_Column(side, indices, tops))
    bar_rights = {bar.key: bar.bar.right for bar in area.bars}
    labels: dict[int, EventLabel] = {}
    for column in columns:
        displaced = any(
            abs(top + attach[index] - anchors[index]) > DISPLACED
            for index, top in zip(column.indices, column.tops, strict=True)
        )
        column_strip = strip if displaced else 0.0
        for index, top in zip(column.indices, column.tops, strict=True):
            anchor_x = area.axis.x
            if column.side == "right":
                # A bar's label on the bars' side hangs from the bar's outer edge.
                anchor_x = bar_rights.get(prepared.events[index].key, anchor_x)
            anchor = Point(anchor_x, prepared.anchors[index])
            box_top = bounds.top - top
            labels[index] = _label(
                prepared.events[index],
                prepared,
                blocks[index],
                anchor,
                (box_top, box_top - attach[index]),
                column.side,
                column_strip,
                measurer,
            )
    return _result(prepared, sizes, step, [labels[index] for index in sorted(labels)])


def pack_along(
    desired: Sequence[float], heights: Sequence[float], gap: float, length: float
) -> list[float]:
    """The tops of boxes of ``heights`` (in order along an axis ``length`` long), each
    ``gap`` past the end of the one before, as near ``desired`` as they can be (least
    squares) and inside ``0..length`` where they fit.

    Box ``i``'s top is ``y_i + offset_i``, its offset the heights and gaps before it, and
    ``y`` is non-decreasing: fitting ``y`` to ``desired_i - offset_i`` is isotonic
    regression, solved in one pass by pooling adjacent violators; clamping its pools to
    the room keeps the first box below 0 and the last above ``length``."""
    offsets: list[float] = []
    total = 0.0
    for height in heights:
        offsets.append(total)
        total += height + gap
    if not heights:
        return []
    highest = length - (offsets[-1] + heights[-1])
    sums: list[float] = []
    counts: list[int] = []
    for wanted, offset in zip(desired, offsets, strict=True):
        value, count = wanted - offset, 1
        while sums and sums[-1] * count > value * counts[-1]:
            value += sums.pop()
            count += counts.pop()
        sums.append(value)
        counts.append(count)
    tops: list[float] = []
    for value, count in zip(sums, counts, strict=True):
        base = min(max(value / count, 0.0), max(0.0, highest))
        for _ in range(count):
            tops.append(base + offsets[len(tops)])
    return tops


def _attach(block: LabelBlock) -> float:
    """How far below a label's top its leader meets it: the middle of its first line."""
    if not block.lines:
        return block.height / 2
    return line_height(block.lines[0].size) / 2


def _sides(
    desired: Sequence[float], blocks: Sequence[LabelBlock], gap: float
) -> dict[VerticalSide, list[int]]:
    """The events' indices (in time order) by side: each label goes where it would start
    nearer its desired top, after the labels already there; on a tie, to the side the
    label before did not take."""
    reach: dict[VerticalSide, float] = {"left": float("-inf"), "right": float("-inf")}
    sides: dict[VerticalSide, list[int]] = {"left": [], "right": []}
    previous: VerticalSide = "right"
    for index, wanted in enumerate(desired):
        delay = {side: max(0.0, reach[side] - wanted) for side in sides}
        other: VerticalSide = "left" if previous == "right" else "right"
        side = other if delay[other] <= delay[previous] else previous
        sides[side].append(index)
        reach[side] = max(wanted, reach[side]) + blocks[index].height + gap
        previous = side
    return sides


def _what_fits(
    indices: list[int],
    blocks: Sequence[LabelBlock],
    prepared: VerticalPrepared,
    gap: float,
    length: float,
) -> list[int]:
    """``indices`` less the fewest labels that leave the rest room along the axis:
    ordinary labels before highlighted ones, the tallest first."""
    total = sum(blocks[index].height + gap for index in indices) - gap
    by_cost = sorted(
        indices,
        key=lambda index: (prepared.events[index].highlight, -blocks[index].height, index),
    )
    left_out: set[int] = set()
    for index in by_cost:
        if total <= length:
            break
        left_out.add(index)
        total -= blocks[index].height + gap
    return [index for index in indices if index not in left_out]


def _label(
    event: TimelineEvent,
    prepared: VerticalPrepared,
    block: LabelBlock,
    anchor: Point,
    heights: tuple[float, float],
    side: VerticalSide,
    strip: float,
    measurer: TextMeasurer,
) -> EventLabel:
    """The label of ``event`` hanging from ``anchor`` on ``side`` of the axis area: the
    ``heights`` are the y of its box's top and of where its leader meets it, after
    bending across a ``strip`` wide strip beside the area."""
    area, style = prepared.area, prepared.style
    top, attach_y = heights
    if side == "left":
        near = area.left
        edge = near - strip - style.leader_min
        box = Rect(edge - block.width, top - block.height, block.width, block.height)
    else:
        near = area.right
        edge = near + strip + style.leader_min
        box = Rect(edge, top - block.height, block.width, block.height)
    far = near - strip if side == "left" else near + strip
    lines = []
    for line in block.lines:
        x = box.left
        if side == "left":
            # Flush right against the axis, as the labels of the right side are flush left.
            x = box.right - measurer.width(line.text, line.font, line.size)
        lines.append(
            TextLine(line.text, line.font, line.size, x, top - line.baseline_below_top, line.role)
        )
    # The horizontal leader's path is the vertical one with x and y swapped.
    path = leader_path(_swapped(anchor), attach_y, edge, (near, far), Point(attach_y, edge))
    return EventLabel(
        event.key,
        box,
        tuple(lines),
        anchor,
        tuple(_swapped(point) for point in path),
        side,
        event.highlight,
        event.category,
    )


def _swapped(point: Point) -> Point:
    """``point`` mirrored in the diagonal: x and y swapped."""
    return Point(point.y, point.x)


def _result(
    prepared: VerticalPrepared,
    sizes: LabelSizes,
    step: Degradation,
    labels: Sequence[EventLabel],
) -> VerticalLayout:
    """The layout of an attempt, labels in time order."""
    area, style = prepared.area, prepared.style
    markers = tuple(
        PointMarker(event.key, Point(area.axis.x, anchor), event.highlight, event.category)
        for event, anchor in zip(prepared.events, prepared.anchors, strict=True)
        if not event.is_range
    )
    return VerticalLayout(
        bounds=prepared.bounds,
        axis=area.axis,
        ticks=area.ticks,
        eras=area.eras,
        bars=area.bars,
        markers=markers,
        labels=tuple(labels),
        sizes=sizes,
        degradation=step,
        tick_size=style.tick_size,
        era_size=style.era_size,
        breaks=area.breaks,
    )
