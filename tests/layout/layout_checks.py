"""Checks shared by the layout tests: leaders clear of labels and of each other."""

from __future__ import annotations

import bisect

from lessonpress.layout import EventLabel, Segment, TimelineLayout
from lessonpress.layout.leaders import segment_crosses_rect, segments_cross

SAME_ANCHOR = 0.1
"""How close two leaders' anchors are, in points, to count as one shared trunk."""


def assert_leaders_clear(layout: TimelineLayout) -> None:
    """No leader piece crosses a label box, and no two leaders cross.

    A sweep over x: each piece is compared only with the boxes and pieces whose x
    ranges overlap its own, never with every label."""
    boxes = sorted((label.box for label in layout.labels), key=lambda box: box.left)
    widest = max((box.width for box in boxes), default=0.0)
    lefts = [box.left for box in boxes]
    pieces: list[tuple[float, float, EventLabel, Segment]] = []
    for label in layout.labels:
        for piece in label.leader_segments:
            low, high = sorted((piece.start.x, piece.end.x))
            pieces.append((low, high, label, piece))
            first = bisect.bisect_left(lefts, low - widest - 1e-6)
            last = bisect.bisect_right(lefts, high + 1e-6)
            for box in boxes[first:last]:
                assert not segment_crosses_rect(piece, box), (label.key, piece, box)
    pieces.sort(key=lambda item: item[0])
    active: list[tuple[float, float, EventLabel, Segment]] = []
    for item in pieces:
        active = [other for other in active if other[1] >= item[0] - 1e-6]
        for other in active:
            if other[2].key != item[2].key:
                # Leaders leaving the axis at one x share a trunk and fan out: they may
                # touch (a bar's corner can sit on an instant's leader), not cross.
                # Anchors closer than a tenth of a point are one point on any page.
                touching = abs(other[2].anchor.x - item[2].anchor.x) > SAME_ANCHOR
                crossed = segments_cross(item[3], other[3], touching=touching)
                assert not crossed, (item[2].key, item[3], other[2].key, other[3])
        active.append(item)
