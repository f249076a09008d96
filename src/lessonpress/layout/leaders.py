"""Leader lines as polylines, and the tests that keep them clear of labels and each other.

A leader runs from its anchor straight out of the axis area to the leader strip (the
band just beyond the axis area), across the strip at an angle to its label's column
(``spread``), then straight to the label's edge facing the axis. Within one side the
columns keep the anchors' order, so no two leaders cross in the strip; beyond it the
lanes (``lanes``) keep every leader clear of the labels and of the other leaders.

Within the axis area, a leader running to a label below a horizontal axis (or left of
a vertical one) passes the tick labels and the era names: :func:`clear_axis_text`
moves an era's name along its band out of the way, and the ticks keep an evenly
spaced run clear of the leaders (choosing the other side for such labels instead
leaves a page lopsided).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from lessonpress.layout.geometry import EPSILON, Point, Rect, Segment
from lessonpress.layout.result import EraBand, TextLine, TimelineLayout, VerticalLayout
from lessonpress.layout.tick_runs import evenly_kept

CLEARANCE = 2.0
"""Points an era's name moved past a leader keeps from it."""

TOLERANCE = 1e-3
"""Points within which two leader points are the same, far below what a page shows."""

Placed = TypeVar("Placed", TimelineLayout, VerticalLayout)
"""A placed timeline, along a horizontal or a vertical axis."""


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


def clear_axis_text(layout: Placed) -> Placed:
    """``layout`` with no leader running through the axis area's text: an era's name
    moves along its band (rightwards on a horizontal axis, downwards on a vertical one)
    to the first stretch between leaders that holds it, and the ticks keep an evenly
    spaced run whose labels no leader crosses (``tick_runs.evenly_kept``) rather than
    a hole where one was crossed. A leader drawn through a word, even on a patch of
    ground that hides it there, reads as pointing at that word."""
    pieces = [piece for label in layout.labels for piece in label.leader_segments]
    clear = [
        not any(segment_crosses_rect(piece, tick.label_box) for piece in pieces)
        for tick in layout.ticks
    ]
    ticks = tuple(
        layout.ticks[first + index]
        for first, last in _tick_stretches(layout)
        for index in evenly_kept(clear[first:last])
    )
    era_clear_of = _era_along_column if isinstance(layout, VerticalLayout) else _era_along_row
    eras = tuple(era_clear_of(era, pieces) for era in layout.eras)
    if len(ticks) == len(layout.ticks) and eras == layout.eras:
        return layout
    return replace(layout, ticks=ticks, eras=eras)


def _tick_stretches(layout: Placed) -> list[tuple[int, int]]:
    """The first and past-the-last index of the ticks of each stretch of the axis
    between its breaks, each stretch with its own sequence of years."""
    cuts: list[int] = [0]
    if isinstance(layout, VerticalLayout):
        ys = [tick.y for tick in layout.ticks]
        for top, bottom in layout.breaks:
            low, high = min(top, bottom), max(top, bottom)
            cuts += [
                index
                for index in range(1, len(ys))
                if min(ys[index - 1], ys[index]) <= low and max(ys[index - 1], ys[index]) >= high
            ]
    cuts = sorted(set(cuts))
    return list(zip(cuts, [*cuts[1:], len(layout.ticks)], strict=True))


def _era_along_row(era: EraBand, pieces: Sequence[Segment]) -> EraBand:
    """``era`` with its name moved right, within its band, past the leader pieces that
    run through it, when there is room beyond them; else as it is."""
    box = era.name_box
    if box is None or era.name is None or not _crossed(box, pieces):
        return era
    row = Rect(era.band.left, box.bottom, era.band.width, box.height)
    crossing = sorted(
        max(piece.start.x, piece.end.x) for piece in pieces if segment_crosses_rect(piece, row)
    )
    padding = box.left - era.band.left
    for x in crossing:
        left = x + CLEARANCE
        moved = Rect(left, box.bottom, box.width, box.height)
        if moved.right > era.band.right - padding + EPSILON:
            break
        if left >= box.left and not _crossed(moved, pieces):
            return _era_moved(era, moved, left - box.left, 0.0)
    return era


def _era_along_column(era: EraBand, pieces: Sequence[Segment]) -> EraBand:
    """``era`` with its name (all its lines) moved down, within its band, past the
    leader pieces that run through it, when there is room below them; else as it is."""
    box = era.name_box
    if box is None or era.name is None or not _crossed(box, pieces):
        return era
    column = Rect(box.left, era.band.bottom, box.width, era.band.height)
    crossing = sorted(
        (
            min(piece.start.y, piece.end.y)
            for piece in pieces
            if segment_crosses_rect(piece, column)
        ),
        reverse=True,
    )
    padding = era.band.top - box.top
    for y in crossing:
        top = y - CLEARANCE
        moved = Rect(box.left, top - box.height, box.width, box.height)
        if moved.bottom < era.band.bottom + padding - EPSILON:
            break
        if top <= box.top and not _crossed(moved, pieces):
            return _era_moved(era, moved, 0.0, top - box.top)
    return era


def _crossed(box: Rect, pieces: Sequence[Segment]) -> bool:
    return any(segment_crosses_rect(piece, box) for piece in pieces)


def _era_moved(era: EraBand, box: Rect, dx: float, dy: float) -> EraBand:
    """``era`` with its name's box ``box`` and its lines moved by ``(dx, dy)``."""
    assert era.name is not None

    def moved(line: TextLine) -> TextLine:
        return replace(line, x=line.x + dx, baseline=line.baseline + dy)

    more = tuple(moved(line) for line in era.more_name_lines)
    return replace(era, name_box=box, name=moved(era.name), more_name_lines=more)


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
