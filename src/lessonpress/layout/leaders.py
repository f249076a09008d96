"""Leader lines as polylines, and the tests that keep them clear of labels and each other.

A leader runs from its anchor straight out of the axis area to the leader strip (the
band just beyond the axis area), across the strip at an angle to its label's column
(``spread``), then straight to the label's edge facing the axis. Within one side the
columns keep the anchors' order, so no two leaders cross in the strip; beyond it the
lanes (``lanes``) keep every leader clear of the labels and of the other leaders.
"""

from __future__ import annotations

import math

from lessonpress.layout.geometry import EPSILON, Point, Rect, Segment

TOLERANCE = 1e-3
"""Points within which two leader points are the same, far below what a page shows."""


def leader_path(
    anchor: Point, column: float, edge_y: float, strip: tuple[float, float], end: Point
) -> tuple[Point, ...]:
    """The leader from ``anchor`` to ``end`` on the label's edge: straight to the strip's
    near edge ``strip[0]``, across to ``column`` at its far edge ``strip[1]``, then on to
    ``end`` (whose y is ``edge_y``). Repeated points and straight bends are left out.

    The first piece always runs straight out of the axis area, even when the label sits
    beside its anchor, so that it never crosses another event's leader or bar corner
    there; leaders leaving the axis at one x share that piece."""
    near, far = strip
    points = [anchor, Point(anchor.x, near), Point(column, far), Point(end.x, edge_y)]
    return _simplified(points)


def _simplified(points: list[Point]) -> tuple[Point, ...]:
    """``points`` without repeats and without middle points on a straight line."""
    kept: list[Point] = []
    for point in points:
        if kept and _same(kept[-1], point):
            continue
        if len(kept) >= 2 and abs(_orientation(kept[-2], kept[-1], point)) <= EPSILON:
            kept[-1] = point
            continue
        kept.append(point)
    return tuple(kept)


def segment_crosses_rect(segment: Segment, rect: Rect) -> bool:
    """Whether ``segment`` passes through the inside of ``rect`` (touching an edge, as a
    leader touches its own label, does not count). Liang-Barsky clipping."""
    inner = rect.inset(EPSILON * 10)
    start, end = segment.start, segment.end
    dx, dy = end.x - start.x, end.y - start.y
    low, high = 0.0, 1.0
    for direction, distance in (
        (-dx, start.x - inner.left),
        (dx, inner.right - start.x),
        (-dy, start.y - inner.bottom),
        (dy, inner.top - start.y),
    ):
        if abs(direction) <= EPSILON:
            if distance < 0:
                return False
            continue
        ratio = distance / direction
        if direction < 0:
            low = max(low, ratio)
        else:
            high = min(high, ratio)
        if low > high:
            return False
    return high - low > EPSILON


def segments_cross(first: Segment, second: Segment, *, touching: bool = True) -> bool:
    """Whether two segments cross or (when ``touching``) one touches the other away
    from a shared end.

    Segments that only meet at a common end point do not count, nor do collinear
    segments overlapping from a shared end. Leaders from one anchor share their first
    piece and fan out from it: compare those with ``touching=False``."""
    a, b, c, d = first.start, first.end, second.start, second.end
    shared = [p for p in (a, b) if _same(p, c) or _same(p, d)]
    o1, o2 = _orientation(a, b, c), _orientation(a, b, d)
    o3, o4 = _orientation(c, d, a), _orientation(c, d, b)
    if _sign(o1) * _sign(o2) < 0 and _sign(o3) * _sign(o4) < 0:
        return True
    if shared or not touching:
        return False
    return (
        (_sign(o1) == 0 and _on(a, b, c))
        or (_sign(o2) == 0 and _on(a, b, d))
        or (_sign(o3) == 0 and _on(c, d, a))
        or (_sign(o4) == 0 and _on(c, d, b))
    )


def _orientation(a: Point, b: Point, c: Point) -> float:
    """How far ``c`` lies left of the line from ``a`` to ``b`` (negative: right)."""
    length = math.hypot(b.x - a.x, b.y - a.y)
    cross = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)
    return cross / length if length > EPSILON else math.hypot(c.x - a.x, c.y - a.y)


def _sign(value: float) -> int:
    return 0 if abs(value) <= TOLERANCE else (1 if value > 0 else -1)


def _on(a: Point, b: Point, point: Point) -> bool:
    """Whether ``point``, collinear with ``a``-``b``, lies between them."""
    return (
        min(a.x, b.x) - TOLERANCE <= point.x <= max(a.x, b.x) + TOLERANCE
        and min(a.y, b.y) - TOLERANCE <= point.y <= max(a.y, b.y) + TOLERANCE
    )


def _same(first: Point, second: Point) -> bool:
    return abs(first.x - second.x) <= TOLERANCE and abs(first.y - second.y) <= TOLERANCE
