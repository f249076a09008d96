"""Placing the labels of one attempt: columns first (``spread``), then lanes (``lanes``).

Labels are placed greedily from left to right by anchor (time order, but for short
bars widened about their middle), alternating sides. Each label's leader reaches the
lanes at its column; crowded anchors get columns spread apart, and then every leader
bends across the leader strip between the axis area and the lanes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lessonpress.layout.core import AxisArea
from lessonpress.layout.geometry import EPSILON, Rect
from lessonpress.layout.items import TimelineEvent
from lessonpress.layout.labels import LabelBlock, label_block
from lessonpress.layout.lanes import LaneSide
from lessonpress.layout.result import Side
from lessonpress.layout.spread import DISPLACED, column_spacing, spread_columns
from lessonpress.layout.style import LabelSizes, TimelineStyle
from lessonpress.layout.sweep import Placed, Sweep
from lessonpress.layout.text import TextMeasurer, line_height

COLUMN_REACH = 2.0
"""How far a column may move from its anchor, in multiples of ``style.shift_limit``."""

SAMPLE_SIZE = 64
"""How many labels are measured up front to choose the spacing of columns."""


@dataclass(frozen=True, slots=True)
class Placement:
    """The labels placed in one attempt, and the leader strip's edges on each side."""

    placed: list[Placed]
    strips: dict[Side, tuple[float, float]]
    spread_out: bool = False
    """Whether labels were spread away from their anchors and crowds fanned out."""


@dataclass(frozen=True, slots=True)
class Anchors:
    """Per event, the x its label belongs to (the left of its bar, or its instant), and
    the events' indices ordered by it: the same for every attempt."""

    xs: list[float]
    order: list[int]

    @classmethod
    def of(cls, events: Sequence[TimelineEvent], area: AxisArea) -> Anchors:
        """The anchors of ``events`` in ``area``."""
        bar_lefts = {bar.key: bar.bar.left for bar in area.bars}
        xs = [bar_lefts.get(event.key, area.scale.to_x(event.start)) for event in events]
        return cls(xs, sorted(range(len(events)), key=lambda index: (xs[index], index)))


def place_labels(
    events: Sequence[TimelineEvent],
    area: AxisArea,
    bounds: Rect,
    measurer: TextMeasurer,
    style: TimelineStyle,
    sizes: LabelSizes,
    text_lines: int,
    keep_going: bool,
    prepared: Anchors | None = None,
    *,
    spread: bool = True,
) -> Placement:
    """Place labels greedily by anchor; stop at the first that does not fit unless
    ``keep_going``, in which case it is skipped and counted out. ``prepared`` saves
    working out the anchors again for each attempt. Without ``spread``, labels keep to
    their anchors and crowds are not fanned out, as on a page that cannot hold them
    all. Above the style's smallest type, a label that would break a word or grow past
    its widest (``LabelBlock.strained``) does not fit: smaller type sets it better."""
    prepared = prepared or Anchors.of(events, area)
    anchors, order = prepared.xs, prepared.order
    blocks: dict[int, LabelBlock] = {}

    def block_of(index: int) -> LabelBlock:
        if index not in blocks:
            blocks[index] = label_block(events[index], sizes, style, measurer, text_lines)
        return blocks[index]

    step = max(1, len(order) // SAMPLE_SIZE)
    samples = [block_of(index) for index in order[::step]]
    room = min(bounds.top - area.top, area.bottom - bounds.bottom)
    room -= style.leader_min + style.leader_strip
    strips: dict[Side, tuple[float, float]] = {
        "above": (area.top, area.top),
        "below": (area.bottom, area.bottom),
    }
    hopeless = _hopeless(samples, len(order), 2 * room * bounds.width, style.gap)
    spread_out = spread and not hopeless
    if hopeless and not keep_going:
        return Placement([], strips)
    inset = style.leader_inset
    spacing = column_spacing(samples, room, style.gap, inset)
    sorted_anchors = [anchors[index] for index in order]
    # Spreading every label of a page that cannot hold them all would only move the few
    # that fit away from their anchors: such a page keeps them where they are.
    columns = sorted_anchors
    if spread_out:
        reach = COLUMN_REACH * style.shift_limit
        low, high = bounds.left + inset, bounds.right - inset
        columns = spread_columns(sorted_anchors, spacing, low, high, reach)
    displaced = any(
        abs(column - anchor) > DISPLACED
        for column, anchor in zip(columns, sorted_anchors, strict=True)
    )
    strip = style.leader_strip if displaced else 0.0
    if not displaced:
        columns = sorted_anchors
    strips["above"] = (area.top, area.top + strip)
    strips["below"] = (area.bottom, area.bottom - strip)
    row_height = line_height(min(sizes.title, sizes.date, sizes.text), style.leading) / 2
    lanes: dict[Side, LaneSide] = {
        "above": LaneSide(
            area.top + strip + style.leader_min,
            bounds.top,
            row_height,
            style.gap,
            bounds.left,
            bounds.right,
            upwards=True,
        ),
        "below": LaneSide(
            area.bottom - strip - style.leader_min,
            bounds.bottom,
            row_height,
            style.gap,
            bounds.left,
            bounds.right,
            upwards=False,
        ),
    }
    sweep = Sweep(order, columns, block_of, lanes, style, crowds=spread_out)
    for position in range(len(order)):
        if not sweep.place(position) and not keep_going:
            break
    smallest = sizes.title <= style.min_size + EPSILON
    if not (keep_going or smallest) and any(placed.block.strained for placed in sweep.placed):
        return Placement([], strips)
    return Placement(sweep.placed, strips, spread_out)


def _hopeless(samples: Sequence[LabelBlock], count: int, room: float, gap: float) -> bool:
    """Whether ``count`` labels like ``samples`` (with their gaps) would take more area
    than the ``room`` beside the axis: then an attempt is not worth making."""
    if not samples:
        return False
    area = sum((block.width + gap) * (block.height + gap) for block in samples)
    return count * area / len(samples) > room
