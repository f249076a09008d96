"""Stretching a placed timeline's labels out to the edges of its room: lanes grow apart
(a one-lane side is staggered), and nothing comes to overlap or cross."""

from __future__ import annotations

import pytest
from layout_checks import assert_leaders_clear
from test_layout_timeline import MEASURER, assert_well_placed, event

from lessonpress.layout import Frame, Keep, Rect, TimelineStyle, fit_timeline, stretched

BOUNDS = Rect(0, 0, 900, 700)


@pytest.mark.parametrize("count", [6, 30])
def test_stretched_labels_reach_the_edges_and_stay_clear(count: int) -> None:
    """Six events lie in one lane a side (staggered); thirty need several (spread)."""
    events = [event(f"e{i}", 1800 + i, title=f"An event of some note {i}") for i in range(count)]
    fit = fit_timeline(events, [], Frame(BOUNDS, TimelineStyle()), MEASURER, Keep("print"))
    before = fit.layout
    after = stretched(before)
    assert_well_placed(after, BOUNDS)
    assert_leaders_clear(after)
    assert max(label.box.top for label in after.labels) == pytest.approx(BOUNDS.top)
    assert min(label.box.bottom for label in after.labels) == pytest.approx(BOUNDS.bottom)
    for old, new in zip(before.labels, after.labels, strict=True):
        assert new.key == old.key and new.box.left == old.box.left
        assert abs(new.box.bottom - after.axis.y) >= abs(old.box.bottom - before.axis.y) - 1e-6
        assert new.leader_path[0] == old.leader_path[0]
