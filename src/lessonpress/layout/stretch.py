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

A sparse timeline (one label, or a few in lanes far apart) is spaced evenly instead,
when that leaves no taller empty band: the axis area and the tiers of labels (labels
whose heights overlap) stand the same distance apart and from the edges, so the axis
moves to balance the page rather than leave one side empty. Each tier moves away from
the axis by at least as much as the tier nearer to it, so again nothing comes to
overlap or cross.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from lessonpress.layout.geometry import Point, Rect
from lessonpress.layout.result import EventLabel, Side, TextLine, TimelineLayout

STAGGER_LEVELS = 3
"""How many heights the labels of a one-lane side are staggered over."""


def stretched(
    layout: TimelineLayout, *, beyond: tuple[float, float] = (0.0, 0.0)
) -> TimelineLayout:
    """``layout`` with the labels of each side spread out to fill its bounds, or, for a
    sparse timeline, spaced evenly with its axis moved to balance the page. ``beyond``
    is the empty space the page keeps past the bounds' top and bottom, which even
    spacing counts in the outer gaps."""
    return stretched_level([layout], beyond=beyond)[0]


def stretched_level(
    parts: Sequence[TimelineLayout], *, beyond: tuple[float, float] = (0.0, 0.0)
) -> list[TimelineLayout]:
    """The parts of one broken axis (side by side, in bounds of one height), stretched
    as :func:`stretched` does one timeline; spaced evenly, they move their axes alike,
    so that the axes stay level."""
    spread = [_spread(part) for part in parts]
    if not any(part.labels for part in parts):
        return spread
    even = _evenly_spaced(parts, beyond)
    if even is not None and _tallest_gap(even, beyond) < _tallest_gap(spread, beyond) - 1e-6:
        return even
    return spread


def _spread(layout: TimelineLayout) -> TimelineLayout:
    """``layout`` with each side's lanes stretched (or staggered) out to its edge."""
    moved = {label.key: label for label in layout.labels}
    for side in ("above", "below"):
        labels = [label for label in layout.labels if label.side == side]
        for label in _spread_side(labels, side, layout.bounds):
            moved[label.key] = label
    return replace(layout, labels=tuple(moved[label.key] for label in layout.labels))


@dataclass(frozen=True, slots=True)
class _Tier:
    """Labels whose heights overlap (or the axis area, with no labels): one band."""

    bottom: float
    top: float
    labels: tuple[EventLabel, ...] = ()

    @property
    def height(self) -> float:
        return self.top - self.bottom


def _evenly_spaced(
    parts: Sequence[TimelineLayout], beyond: tuple[float, float]
) -> list[TimelineLayout] | None:
    """``parts`` with their axis area and tiers of labels spaced evenly over their
    bounds and the space ``beyond`` them, top to bottom; ``None`` when that would bring
    two tiers (or a tier and the axis area) closer than they are."""
    zones = [_axis_zone(part) for part in parts]
    zone = _Tier(min(zone.bottom for zone in zones), max(zone.top for zone in zones))
    labels = [label for part in parts for label in part.labels]
    above = _tiers([label for label in labels if label.side == "above"])
    below = _tiers([label for label in labels if label.side == "below"])
    column = [*reversed(above), zone, *below]
    bounds = parts[0].bounds
    free = bounds.height - sum(tier.height for tier in column) + sum(beyond)
    gap = free / (len(column) + 1)
    if gap < max(beyond) or any(
        upper.bottom - lower.top > gap + 1e-6 for upper, lower in pairwise(column)
    ):
        return None
    shifts: list[float] = []
    top = bounds.top - (gap - beyond[0])
    for tier in column:
        shifts.append(top - tier.top)
        top -= tier.height + gap
    axis_shift = shifts[len(above)]
    moved = {
        label.key: _moved(label, shift - axis_shift)
        for tier, shift in zip(column, shifts, strict=True)
        for label in tier.labels
    }
    return [
        _shifted(replace(part, labels=tuple(moved[label.key] for label in part.labels)), axis_shift)
        for part in parts
    ]


def _axis_zone(layout: TimelineLayout) -> _Tier:
    """The band the axis, its ticks, bars and era bands take."""
    tops = [layout.axis.y, *(bar.bar.top for bar in layout.bars)]
    bottoms = [layout.axis.y, *(tick.label_box.bottom for tick in layout.ticks)]
    tops += [era.band.top for era in layout.eras]
    bottoms += [era.band.bottom for era in layout.eras]
    return _Tier(min(bottoms), max(tops))


def _tiers(labels: Sequence[EventLabel]) -> list[_Tier]:
    """``labels`` grouped into tiers of overlapping heights, nearest the axis first."""
    tiers: list[_Tier] = []
    for label in sorted(labels, key=lambda label: label.box.bottom):
        last = tiers[-1] if tiers else None
        if last is not None and label.box.bottom < last.top:
            tiers[-1] = _Tier(last.bottom, max(last.top, label.box.top), (*last.labels, label))
        else:
            tiers.append(_Tier(label.box.bottom, label.box.top, (label,)))
    above = bool(labels) and labels[0].side == "above"
    return tiers if above else tiers[::-1]


def _tallest_gap(parts: Sequence[TimelineLayout], beyond: tuple[float, float]) -> float:
    """The tallest band of the bounds of ``parts`` (with the space ``beyond`` them) that
    no label nor axis area crosses."""
    spans = [(zone.bottom, zone.top) for zone in map(_axis_zone, parts)]
    spans += [(label.box.bottom, label.box.top) for part in parts for label in part.labels]
    bounds = parts[0].bounds
    tallest, reached = 0.0, bounds.bottom - beyond[1]
    for bottom, top in sorted(spans):
        tallest = max(tallest, bottom - reached)
        reached = max(reached, top)
    return max(tallest, bounds.top + beyond[0] - reached)


def _shifted(layout: TimelineLayout, shift: float) -> TimelineLayout:
    """``layout`` moved ``shift`` points up, all but its bounds."""
    if not shift:
        return layout

    def box(rect: Rect) -> Rect:
        return Rect(rect.x, rect.y + shift, rect.width, rect.height)

    def point(at: Point) -> Point:
        return Point(at.x, at.y + shift)

    def line(text: TextLine) -> TextLine:
        return replace(text, baseline=text.baseline + shift)

    return replace(
        layout,
        axis=replace(layout.axis, y=layout.axis.y + shift),
        ticks=tuple(
            replace(
                tick,
                mark_bottom=tick.mark_bottom + shift,
                label=line(tick.label),
                label_box=box(tick.label_box),
            )
            for tick in layout.ticks
        ),
        eras=tuple(
            replace(
                era,
                band=box(era.band),
                name=line(era.name) if era.name else None,
                name_box=box(era.name_box) if era.name_box else None,
            )
            for era in layout.eras
        ),
        bars=tuple(replace(bar, bar=box(bar.bar)) for bar in layout.bars),
        markers=tuple(replace(marker, center=point(marker.center)) for marker in layout.markers),
        labels=tuple(
            replace(
                label,
                box=box(label.box),
                lines=tuple(line(text) for text in label.lines),
                anchor=point(label.anchor),
                leader_path=tuple(point(at) for at in label.leader_path),
            )
            for label in layout.labels
        ),
    )


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
