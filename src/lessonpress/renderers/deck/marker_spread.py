"""Markers of nearby instants moved apart along the axis, so that each one shows.

On an overview that spans centuries, events a few years apart fall within one marker's
width: their discs lie on top of each other as one blob, and their leaders converge on
it. The markers of such a crowd are set side by side, each as close to its own date as
the others allow (the crowd keeps its time order and its mean position), and each
leader starts from its own marker. A marker is already as wide as decades on such an
axis, so the shift is within what the slide can show of a date anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from lessonpress.layout import TimelineLayout
from lessonpress.layout.geometry import Point
from lessonpress.layout.result import EventLabel, PointMarker

MARKER_GAP = 2.0
"""Points of ground left between two neighbouring markers."""


@dataclass(slots=True)
class _Crowd:
    """Markers set side by side, in order: where each one wants to be, its half-width,
    its offset from the first one, and the first one's centre."""

    wanted: list[float]
    radii: list[float]
    offsets: list[float]
    start: float

    @property
    def right(self) -> float:
        """The centre of the last marker."""
        return self.start + self.offsets[-1]

    def join(self, other: _Crowd) -> None:
        """Take ``other``'s markers after this crowd's, and centre the whole where its
        markers' own dates put it, on average."""
        shift = self.offsets[-1] + self.radii[-1] + other.radii[0] + MARKER_GAP
        self.offsets += [shift + offset for offset in other.offsets]
        self.wanted += other.wanted
        self.radii += other.radii
        pulls = [x - offset for x, offset in zip(self.wanted, self.offsets, strict=True)]
        self.start = sum(pulls) / len(pulls)

    def overlaps(self, other: _Crowd) -> bool:
        """Whether ``other``'s first marker, after this crowd, lies over its last."""
        reach = self.radii[-1] + other.radii[0] + MARKER_GAP
        return other.start - self.right < reach


def spread_markers(
    layout: TimelineLayout, radius: Callable[[PointMarker], float]
) -> TimelineLayout:
    """``layout`` with no marker over another (``radius`` gives each marker's drawn
    half-width, in points), and each leader from its own marker's new centre."""
    order = sorted(layout.markers, key=lambda marker: marker.center.x)
    centers = spread_centers(
        [marker.center.x for marker in order],
        [radius(marker) for marker in order],
        layout.axis.x0,
        layout.axis.x1,
    )
    moved = {
        marker.key: Point(x, marker.center.y)
        for marker, x in zip(order, centers, strict=True)
        if x != marker.center.x
    }
    if not moved:
        return layout
    markers = tuple(
        replace(marker, center=moved.get(marker.key, marker.center)) for marker in layout.markers
    )
    labels = tuple(_from_marker(label, moved.get(label.key)) for label in layout.labels)
    return replace(layout, markers=markers, labels=labels)


def spread_centers(
    xs: Sequence[float], radii: Sequence[float], low: float, high: float
) -> list[float]:
    """Centres for markers at ``xs`` (in order) of ``radii``, as near their own as they
    can be with none overlapping another; a crowd at an end of the axis (``low`` to
    ``high``) stays on it."""
    crowds: list[_Crowd] = []
    for x, half in zip(xs, radii, strict=True):
        crowd = _Crowd([x], [half], [0.0], x)
        while crowds and crowds[-1].overlaps(crowd):
            crowds[-1].join(crowd)
            crowd = crowds.pop()
        crowds.append(crowd)
    centers: list[float] = []
    for crowd in crowds:
        if len(crowd.offsets) > 1:
            crowd.start = max(crowd.start, min(low, crowd.wanted[0]))
            crowd.start = min(crowd.start, max(high, crowd.wanted[-1]) - crowd.offsets[-1])
        centers += [crowd.start + offset for offset in crowd.offsets]
    return centers


def _from_marker(label: EventLabel, center: Point | None) -> EventLabel:
    """``label`` with its leader starting at its marker's ``center``, if it moved. The
    leader's first piece, straight out of the axis area, moves with it, so that it still
    leaves the marker squarely; a straight leader stays straight while the label's box
    spans the marker."""
    if center is None or label.anchor != label.leader_path[0]:
        return label
    bend = label.leader_path[1]
    if len(label.leader_path) > 2 or label.box.left <= center.x <= label.box.right:
        bend = Point(center.x, bend.y)
    path = (center, bend, *label.leader_path[2:])
    return replace(label, anchor=center, leader_path=path)
