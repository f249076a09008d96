"""Label lanes on one side of the axis: greedy placement without overlap, in time order.

A side is cut into thin rows running away from the axis. Every row keeps the right
edge of the last label in it (plus the gap it keeps, wide enough that two labels side
by side never read as one) and the rightmost x a leader line crosses
it at. Labels arrive in time order, so nothing placed later can lie left of those
edges: checking a row is a comparison, and placing a label touches only the rows of
its box and the rows its leader crosses. No pairs of labels are ever compared.

A label goes into the lowest run of rows that is free at its x, as long as every row
between it and the axis lets its leader through (no label there reaches its anchor).
It may move right of its ideal, centred place until its left edge lies the shift
limit right of the point where its leader meets it (the anchor less the inset); the
leader then runs diagonally from the anchor to the label. The "anchor" here is the label's
column (``spread``): where its leader leaves the leader strip. A crowd's fan is placed
from its right end with ``min_row``, each label beyond the one placed before it.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass

from lessonpress.layout.geometry import EPSILON

NOTHING = -math.inf


@dataclass(frozen=True, slots=True)
class LaneSlot:
    """Where a label fits: its first row, left edge, and where its leader meets it."""

    row: int
    left: float
    attach_x: float


class LaneSide:
    """The rows above or below the axis, from ``near`` (next to the axis) to ``far``.

    ``upwards`` says which way the rows run: the side above the axis grows upwards. A
    ``far`` edge on the wrong side of ``near`` (the axis area already fills the bounds)
    leaves no room at all, rather than rows running the wrong way. ``gap`` is the least
    space between a label and a leader or another label (a label may keep more after
    it, see :meth:`occupy`).
    """

    def __init__(
        self,
        near: float,
        far: float,
        row_height: float,
        gap: float,
        left_bound: float,
        right_bound: float,
        *,
        upwards: bool,
    ) -> None:
        self.near = near
        self.far = far
        self.upwards = upwards
        self.room = max(0.0, far - near if upwards else near - far)
        self.row_height = row_height
        self.gap = gap
        self.left_bound = left_bound
        self.right_bound = right_bound
        row_count = max(0, math.ceil(self.room / row_height)) + 1
        self._box_edges = [NOTHING] * row_count
        """Per row: the right edge of its last label plus the gap it keeps."""
        self._leader_edges = [NOTHING] * row_count
        """Per row: the rightmost x a leader line crosses it at."""

    def find(
        self,
        anchor_x: float,
        width: float,
        height: float,
        ideal_left: float,
        max_shift: float,
        inset: float,
        min_row: int = 0,
    ) -> LaneSlot | None:
        """The slot for a ``width`` by ``height`` label anchored at ``anchor_x``, its left
        edge at ``ideal_left`` or moved right as little as possible, to no further than
        ``max_shift`` right of ``anchor_x - inset`` (where its leader may meet it); the
        nearest row among equally good ones, and none nearer the axis than
        ``min_row``."""
        last_start_row = math.floor((self.room - height) / self.row_height + EPSILON)
        if last_start_row < 0 or width > self.right_bound - self.left_bound + EPSILON:
            return None
        inset = min(inset, width / 2)
        rows_needed = self.rows_for(height)
        ideal_left = min(max(ideal_left, self.left_bound), self.right_bound - width)
        max_left = max(ideal_left, min(self.right_bound - width, anchor_x - inset + max_shift))
        if max_shift <= 0:
            max_left = ideal_left
        box_edges, leader_edges = self._box_edges, self._leader_edges
        row_count = len(box_edges)
        # Sliding maximum, over the rows a label starting at ``start`` would cover, of
        # the left edge each row allows: row numbers with decreasing values.
        window: deque[int] = deque()
        allowed: dict[int, float] = {}
        next_row = 0
        best: tuple[int, float] | None = None
        for start in range(last_start_row + 1):
            if start > 0:
                below = start - 1  # the leader now crosses this row
                if below < row_count and (
                    box_edges[below] > anchor_x + EPSILON
                    or leader_edges[below] > anchor_x + EPSILON
                ):
                    break
            while next_row < start + rows_needed:
                value = (
                    max(box_edges[next_row], leader_edges[next_row] + self.gap)
                    if next_row < row_count
                    else NOTHING
                )
                allowed[next_row] = value
                while window and allowed[window[-1]] <= value:
                    window.pop()
                window.append(next_row)
                next_row += 1
            while window[0] < start:
                window.popleft()
            needed_left = allowed[window[0]]
            if start < min_row or needed_left > max_left + EPSILON:
                continue
            left = max(ideal_left, needed_left)
            if best is None or left < best[1] - EPSILON:
                best = (start, left)
            if left <= ideal_left + EPSILON:
                break
        if best is None:
            return None
        start, left = best
        attach_x = min(max(anchor_x, left + inset), left + width - inset)
        return LaneSlot(start, left, attach_x)

    def occupy(self, slot: LaneSlot, width: float, height: float, gap_after: float = 0.0) -> None:
        """Record a label placed at ``slot`` and its leader line; the next label on its
        rows keeps ``gap_after`` from it (the gap, at least)."""
        rows_needed = self.rows_for(height)
        box_edge = slot.left + width + max(self.gap, gap_after)
        for row in range(slot.row, min(slot.row + rows_needed, len(self._box_edges))):
            self._box_edges[row] = max(self._box_edges[row], box_edge)
        for row in range(slot.row):
            self._leader_edges[row] = max(self._leader_edges[row], slot.attach_x)

    def rows_for(self, height: float) -> int:
        """How many rows a label of ``height`` takes, with the gap beyond it."""
        return max(1, math.ceil((height + self.gap) / self.row_height - EPSILON))

    def box_y(self, slot: LaneSlot, height: float) -> float:
        """The bottom of a label of ``height`` placed at ``slot``."""
        offset = slot.row * self.row_height
        return self.near + offset if self.upwards else self.near - offset - height

    def edge_y(self, slot: LaneSlot) -> float:
        """The y of the label edge facing the axis, where its leader ends."""
        offset = slot.row * self.row_height
        return self.near + offset if self.upwards else self.near - offset
