"""Stretching a placed timeline's label lanes out to the edges of its bounds.

Labels are placed in lanes from the axis outwards, as close as they fit; on a poster
whose timeline has room to spare, that leaves empty bands above and below. Stretching
moves each label away from the axis in proportion to its distance from the nearest
lane, so the outermost lane meets the edge of the bounds: the lanes keep their order
and only grow apart, so no label comes to overlap another and no leader, lengthened
straight out from its last bend, comes to cross a label.

A side whose labels all sit in one lane is staggered instead: the labels with nothing
else above (or below) them step out to :data:`STAGGER_LEVELS` heights in turn, from the
lane to the edge, the way printed timelines vary the length of their stems.
"""

from __future__ import annotations

from dataclasses import replace

from lessonpress.layout.geometry import Point, Rect
from lessonpress.layout.result import EventLabel, Side, TimelineLayout

STAGGER_LEVELS = 3
"""How many heights the labels of a one-lane side are staggered over."""


def stretched(layout: TimelineLayout) -> TimelineLayout:
    """``layout`` with the labels of each side spread out to fill its bounds."""
    moved = {label.key: label for label in layout.labels}
    for side in ("above", "below"):
        labels = [label for label in layout.labels if label.side == side]
        for label in _spread_side(labels, side, layout.bounds):
            moved[label.key] = label
    return replace(layout, labels=tuple(moved[label.key] for label in layout.labels))


def _spread_side(labels: list[EventLabel], side: Side, bounds: Rect) -> list[EventLabel]:
    """The labels of one side, each moved away from the axis by its distance from the
    nearest lane times the one factor that brings the farthest to the bounds' edge."""
    if not labels:
        return []
    sign = 1.0 if side == "above" else -1.0
    # Distances from the axis side, measured outwards, so both sides read alike.
    inner = {
        label.key: (label.box.bottom if side == "above" else -label.box.top) for label in labels
    }
    edge = bounds.top if side == "above" else -bounds.bottom
    base = min(inner.values())
    factors = [
        (edge - base - label.box.height) / (inner[label.key] - base)
        for label in labels
        if inner[label.key] - base > 1e-6
    ]
    if not factors:
        return _staggered(labels, sign, edge - base)
    factor = min(factors)
    if factor <= 1.0:
        return labels
    return [_moved(label, sign * (inner[label.key] - base) * (factor - 1.0)) for label in labels]


def _staggered(labels: list[EventLabel], sign: float, room: float) -> list[EventLabel]:
    """The labels of a one-lane side, ``room`` points from the lane to the edge, those
    alone in their column stepped out in turn to evenly spaced heights."""
    by_x = sorted(labels, key=lambda label: label.box.left)
    alone = [
        label
        for label in by_x
        if not any(
            other is not label
            and other.box.left < label.box.right
            and label.box.left < other.box.right
            for other in labels
        )
    ]
    levels = min(STAGGER_LEVELS, len(alone))
    if levels < 2:
        return labels
    moved = {label.key: label for label in labels}
    for order, label in enumerate(alone):
        free = room - label.box.height
        if free <= 0:
            continue
        level = order % levels
        moved[label.key] = _moved(label, sign * free * level / (levels - 1))
    return [moved[label.key] for label in labels]


def _moved(label: EventLabel, shift: float) -> EventLabel:
    """``label`` moved ``shift`` points up (down when negative), its leader's last point
    with it."""
    if not shift:
        return label
    box = label.box
    *path, end = label.leader_path
    return replace(
        label,
        box=Rect(box.x, box.y + shift, box.width, box.height),
        lines=tuple(replace(line, baseline=line.baseline + shift) for line in label.lines),
        leader_path=(*path, Point(end.x, end.y + shift)),
    )
