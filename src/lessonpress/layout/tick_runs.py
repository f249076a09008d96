"""Which of an axis's ticks to keep when leaders cross some of their labels.

A leader through a tick's label must not be drawn over it, but dropping just that tick
leaves a hole in the axis's sequence ("1939, 1940, 1941, 1944, 1945": no 1942 or 1943),
which reads as an irregular scale. So the ticks kept are every k-th of the axis's, for
a step k whose run crosses no leader: a coarser but even step over the whole axis.
"""

from __future__ import annotations

from collections.abc import Sequence


def evenly_kept(clear: Sequence[bool]) -> range:
    """The indices, an arithmetic progression, of the ticks to keep of those ``clear``
    (true where no leader crosses the tick's label).

    Preferred in order: a run spanning the axis (at least two ticks, missing no more
    than a step's worth at either end), then the most ticks, then a run from the first
    tick to the last, then the widest run, then the finest step. Every tick when all
    are clear; none when none is."""
    count = len(clear)
    if all(clear):
        return range(count)
    candidates: list[range] = []
    for step in range(1, max(count, 2)):
        for start in range(count):
            stop = start
            while stop < count and clear[stop]:
                stop += step
            if stop > start:
                candidates.append(range(start, stop, step))
    if not candidates:
        return range(0)

    def rank(indices: range) -> tuple[bool, int, bool, int, int]:
        spans = (
            len(indices) >= 2
            and indices.start <= indices.step
            and indices[-1] >= count - 1 - indices.step
        )
        ends = indices.start == 0 and indices[-1] == count - 1
        return spans, len(indices), ends, indices[-1] - indices.start, -indices.step

    return max(candidates, key=rank)
