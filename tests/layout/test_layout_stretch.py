"""Stretching a placed timeline's labels out to the edges of its room: lanes grow apart
(a one-lane side is staggered), and nothing comes to overlap or cross."""

from __future__ import annotations

import pytest
from layout_checks import assert_leaders_clear
from test_layout_timeline import MEASURER, assert_well_placed, event

from lessonpress.layout import Frame, Keep, Rect, TimelineStyle, fit_timeline, stretched

BOUNDS = Rect(0, 0, 900, 700)


def empty_heights(layout) -> tuple[float, float, list[float]]:  # type: ignore[no-untyped-def]
    """The empty heights of the bounds above the top label and below the bottom one,
    and those between labels and the axis."""
    boxes = [label.box for label in layout.labels]
    spans = sorted([(layout.axis.y, layout.axis.y), *((box.bottom, box.top) for box in boxes)])
    inner, reached = [], spans[0][1]
    for bottom, top in spans[1:]:
        if bottom > reached:
            inner.append(bottom - reached)
        reached = max(reached, top)
    return layout.bounds.top - reached, spans[0][0] - layout.bounds.bottom, inner


@pytest.mark.parametrize("count", [6, 30])
def test_stretched_labels_reach_the_edges_and_stay_clear(count: int) -> None:
    """Six events lie in one lane a side (staggered); thirty need several (spread)."""
    events = [event(f"e{i}", 1800 + i, title=f"An event of some note {i}") for i in range(count)]
    fit = fit_timeline(events, [], Frame(BOUNDS, TimelineStyle()), MEASURER, Keep("print"))
    before = fit.layout
    after = stretched(before)
    assert_well_placed(after, BOUNDS)
    assert_leaders_clear(after)
    # The outermost labels reach the edges, or, spaced evenly, stand no farther from
    # them than the tiers of labels (and the axis) stand from each other.
    *edges, inner = empty_heights(after)
    assert max(edges) <= max(inner, default=0.0) + 1e-6
    moved = after.axis.y - before.axis.y
    for old, new in zip(before.labels, after.labels, strict=True):
        assert new.key == old.key and new.box.left == old.box.left
        assert abs(new.box.bottom - after.axis.y) >= abs(old.box.bottom - before.axis.y) - 1e-6
        assert new.leader_path[0].y == pytest.approx(old.leader_path[0].y + moved)
