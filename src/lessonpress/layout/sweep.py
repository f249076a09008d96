"""The greedy sweep that places one attempt's labels, with fans for crowds.

``placement`` works out the columns; this module walks the labels left to right by
column and puts each into the lanes (``lanes``) of its side.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lessonpress.layout.geometry import EPSILON
from lessonpress.layout.labels import LabelBlock
from lessonpress.layout.lanes import LaneSide, LaneSlot
from lessonpress.layout.result import Side
from lessonpress.layout.style import TimelineStyle

FAN_MIN = 3
"""The fewest crowded labels on one side that are spread as a V (``Sweep``)."""

RUN_MAX = 32
"""The most crowded labels treated as one run, which bounds the look-ahead."""


@dataclass(frozen=True, slots=True)
class Placed:
    """A label placed in its lane: the event's index, where its box and leader go."""

    index: int
    block: LabelBlock
    side: Side
    slot: LaneSlot
    box_bottom: float
    edge_y: float
    column: float


class Sweep:
    """The greedy left-to-right placement of one attempt, with fans for crowds.

    Labels take sides alternately. Where a side's columns crowd (a *run*: each label
    too near the next to be centred on its column), the run's first half is placed in
    order, each label ending at its column, so they climb leftwards; its second half
    is placed from the right, each label starting at its column, climbing rightwards.
    The two halves form a V whose height is half a single staircase's.
    """

    def __init__(
        self,
        order: Sequence[int],
        columns: Sequence[float],
        block_of: Callable[[int], LabelBlock],
        lanes: dict[Side, LaneSide],
        style: TimelineStyle,
        *,
        crowds: bool = True,
    ) -> None:
        self.order = order
        self.columns = columns
        self.block_of = block_of
        self.lanes = lanes
        self.style = style
        self.crowds = crowds
        """Whether runs become fans, and labels look ahead on their own side only."""
        self.placed: list[Placed] = []
        self.preferred: list[Side] = ["above" if p % 2 == 0 else "below" for p in range(len(order))]
        self.next_same: list[int | None] = [None] * len(order)
        last: dict[Side, int] = {}
        for position in reversed(range(len(order))):
            self.next_same[position] = last.get(self.preferred[position])
            last[self.preferred[position]] = position
        self.in_run: set[int] = set()
        self.fans: dict[int, list[int]] = {}
        self.done: set[int] = set()
        self.reserved: dict[Side, int] = {"above": -1, "below": -1}
        """Per side, the last position a fan placed there: labels before it may not use
        that side, or their leaders would cross the fan's."""

    def place(self, position: int) -> bool:
        """Place the label at ``position`` (and a fan starting there); whether it fits."""
        if position in self.done:
            return True
        if self.crowds and position not in self.in_run:
            self._find_run(position)
        if position in self.fans:
            self._place_fan(self.fans.pop(position))
            if position in self.done:
                return True
        return self._place_one(position)

    def _dense_next(self, position: int) -> int | None:
        """The next label on the same side when it is too near to centre this one."""
        following = self.next_same[position]
        if following is None:
            return None
        width = self.block_of(self.order[position]).width
        reach = width / 2 + 2 * self.style.gap
        return following if self.columns[following] < self.columns[position] + reach else None

    def _find_run(self, position: int) -> None:
        """Mark the dense run of labels starting at ``position``. In a run of at least
        ``FAN_MIN``, the first half climbs as usual and the rest become a fan; near the
        left bound, the fan starts earlier, at the first label that could not end at
        its column."""
        run = [position]
        while len(run) < RUN_MAX and (following := self._dense_next(run[-1])) is not None:
            run.append(following)
        self.in_run.update(run)
        if len(run) < FAN_MIN:
            return
        # Labels that would reach past the left bound if they ended at their columns
        # start at them instead, as the fan's do. Both sides share the bounds.
        left_bound = self.lanes["above"].left_bound
        climbing = (len(run) + 1) // 2
        for count, member in enumerate(run[:climbing]):
            width = self.block_of(self.order[member]).width
            if self.columns[member] + self.style.leader_inset - width < left_bound:
                climbing = count
                break
        if climbing < len(run):
            self.fans[run[climbing]] = run[climbing:]

    def _place_fan(self, fan: list[int]) -> None:
        """Place ``fan`` from its right end, each label starting at its column and each
        beyond the last from the axis; stop at the first that does not fit so."""
        side = self.preferred[fan[0]]
        lanes = self.lanes[side]
        inset, gap = self.style.leader_inset, self.style.gap
        min_row, right_limit = 0, math.inf
        found: list[tuple[int, LaneSlot, LabelBlock]] = []
        for position in reversed(fan):
            block = self.block_of(self.order[position])
            column = self.columns[position]
            left = column - min(inset, block.width / 2)
            if column + gap > right_limit:
                break
            slot = lanes.find(column, block.width, block.height, left, 0.0, inset, min_row)
            # Pushed back from the bounds, the label would cover the next columns.
            if slot is None or slot.left < left - EPSILON:
                break
            found.append((position, slot, block))
            min_row = slot.row + lanes.rows_for(block.height)
            right_limit = slot.left
        for position, slot, block in found:
            self._record(position, side, lanes, slot, block)
        if found:
            self.reserved[side] = max(self.reserved[side], fan[-1])

    def _place_one(self, position: int) -> bool:
        block = self.block_of(self.order[position])
        column = self.columns[position]
        style = self.style
        sides: list[tuple[Side, LaneSide]] = [("above", self.lanes["above"])]
        sides.append(("below", self.lanes["below"]))
        if self.preferred[position] == "below":
            sides.reverse()
        sides = [(side, lanes) for side, lanes in sides if self.reserved[side] < position]
        # A label centred on its column would cover the next column on its side, whose
        # leader could then reach no row beyond it: such a label ends at its column.
        following = self.next_same[position] if self.crowds else position + 1
        if following is not None and following >= len(self.columns):
            following = None
        next_x = math.inf if following is None else self.columns[following]
        inset = min(style.leader_inset, block.width / 2)
        if next_x >= column + block.width / 2 + 2 * style.gap:
            ideal_left = column - block.width / 2
        else:
            ideal_left = column + inset - block.width
        # A shifted label may not reach the next column either.
        max_shift = min(style.shift_limit, next_x - style.gap - block.width - column + inset)
        found = _best_slot(sides, column, ideal_left, max_shift, block, style)
        if found is None:
            return False
        side, lanes, slot = found
        self._record(position, side, lanes, slot, block)
        return True

    def _record(
        self, position: int, side: Side, lanes: LaneSide, slot: LaneSlot, block: LabelBlock
    ) -> None:
        lanes.occupy(slot, block.width, block.height, block.gap_after)
        box_bottom = lanes.box_y(slot, block.height)
        index = self.order[position]
        column = self.columns[position]
        self.placed.append(Placed(index, block, side, slot, box_bottom, lanes.edge_y(slot), column))
        self.done.add(position)


def _best_slot(
    sides: Sequence[tuple[Side, LaneSide]],
    column: float,
    ideal_left: float,
    max_shift: float,
    block: LabelBlock,
    style: TimelineStyle,
) -> tuple[Side, LaneSide, LaneSlot] | None:
    """The slot for a label: in its ideal place on the preferred side, else on the other,
    else moved sideways as little as possible on either (the preferred side on a tie).

    Shifting only when no side has the ideal place free, and then as little as possible,
    keeps shifts from piling up along a row, which would block the leaders that follow.
    """
    for side, lanes in sides:
        slot = lanes.find(column, block.width, block.height, ideal_left, 0.0, style.leader_inset)
        if slot is not None:
            return side, lanes, slot
    best: tuple[Side, LaneSide, LaneSlot] | None = None
    if max_shift <= 0:
        return None
    for side, lanes in sides:
        slot = lanes.find(
            column, block.width, block.height, ideal_left, max_shift, style.leader_inset
        )
        if slot is not None and (best is None or slot.left < best[2].left):
            best = (side, lanes, slot)
    return best
