"""Spreading crowded anchors apart: the columns where leader lines reach the labels.

Events a few points apart on the axis cannot each have a leader running straight out
from the axis: the labels nearest the axis would cover the others' leaders. So every
label gets a *column*, an x near its anchor, and its leader bends across a thin strip
beside the axis area from the anchor to the column (``leaders``). Columns keep the
anchors' left-to-right order and lie at least a spacing apart; a crowded cluster is
spread evenly and centred on its anchors (least squares, so each label moves as little
as possible), then kept inside the bounds and within a limit of its anchor.
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import fmean

from lessonpress.layout.labels import LabelBlock

STAIRCASE_SLACK = 2.0
"""How much more spacing than the bare staircase needs: labels differ in size and the
leaders of the other side's labels take rows too."""

BISECTIONS = 8
"""How many times the spacing is halved towards the widest a crowd may spread."""

DISPLACED = 0.5
"""Points a column may differ from its anchor before the leaders need a bend."""


def spread_columns(
    anchors: Sequence[float], spacing: float, low: float, high: float, limit: float
) -> list[float]:
    """Columns for ``anchors`` (in ascending order): non-decreasing, ``spacing`` apart
    where the room between ``low`` and ``high`` allows, each as near its anchor as the
    others let it be (isotonic regression by pool-adjacent-violators, O(n)), and none
    further than ``limit`` from its anchor."""
    count = len(anchors)
    if count == 0:
        return []
    if high < low:
        low = high = (low + high) / 2
    if count > 1:
        spacing = min(spacing, (high - low) / (count - 1))
    spacing = max(spacing, 0.0)
    columns = _spread(anchors, spacing, low, high)
    if _moved(columns, anchors) > limit + DISPLACED:
        # A crowd spread wider than the limit allows: find the widest spacing that keeps
        # every crowd within it (bisection; the spread is monotone in the spacing).
        fits, too_wide = 0.0, spacing
        columns = _spread(anchors, 0.0, low, high)
        for _ in range(BISECTIONS):
            middle = (fits + too_wide) / 2
            trial = _spread(anchors, middle, low, high)
            if _moved(trial, anchors) > limit + DISPLACED:
                too_wide = middle
            else:
                fits, columns = middle, trial
    previous = low
    for index, anchor in enumerate(anchors):
        column = min(max(columns[index], anchor - limit, previous), anchor + limit, high)
        columns[index] = previous = max(column, previous)
    return columns


def _moved(columns: Sequence[float], anchors: Sequence[float]) -> float:
    """The furthest any column lies from its anchor."""
    return max(abs(column - anchor) for column, anchor in zip(columns, anchors, strict=True))


def _spread(anchors: Sequence[float], spacing: float, low: float, high: float) -> list[float]:
    """The least-squares columns ``spacing`` apart in order, within ``low..high``."""
    count = len(anchors)
    # Column i is y_i + i * spacing with y non-decreasing: fit y to anchor_i - i * spacing.
    sums: list[float] = []
    counts: list[int] = []
    for index, anchor in enumerate(anchors):
        total, size = anchor - index * spacing, 1
        while sums and sums[-1] * size > total * counts[-1]:
            total += sums.pop()
            size += counts.pop()
        sums.append(total)
        counts.append(size)
    lowest, highest = low, high - (count - 1) * spacing
    columns: list[float] = []
    for total, size in zip(sums, counts, strict=True):
        offset = min(max(total / size, lowest), highest)
        first = len(columns)
        columns.extend(offset + (first + k) * spacing for k in range(size))
    return columns


def column_spacing(samples: Sequence[LabelBlock], room: float, gap: float, inset: float) -> float:
    """The spacing between neighbouring columns (both sides together) for labels like
    ``samples`` with ``room`` points beside the axis on each side.

    Labels alternate sides, so one side's columns are about twice this apart. A label
    that cannot sit beside its neighbour goes one step further from the axis, leaving
    its leader room to pass: a run of them climbs like a staircase, which must stay
    within ``room``. So a side needs about ``width * height / room`` between columns.
    Neighbours are never closer than the gap plus the leader's inset (what a leader
    keeps from a label), so that a label falling back to the other side still leaves
    its neighbours' leaders room.
    """
    least = gap + inset
    if not samples or room <= 0:
        return least
    width = fmean(block.width for block in samples)
    height = fmean(block.height for block in samples) + gap
    return max(least, STAIRCASE_SLACK * width * height / room / 2)
