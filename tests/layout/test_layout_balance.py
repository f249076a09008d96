"""A sparse timeline is spaced evenly: its axis area and its tiers of labels stand the
same distance apart and from the edges of its room, the axis moved to balance it."""

from __future__ import annotations

import pytest
from layout_checks import assert_leaders_clear
from test_layout_timeline import MEASURER, assert_well_placed, event

from lessonpress.layout import Frame, Keep, Rect, TimelineStyle, fit_timeline, stretched
from lessonpress.layout.stretch import stretched_level

BOUNDS = Rect(0, 0, 900, 600)


def vertical_gaps(layout) -> list[float]:  # type: ignore[no-untyped-def]
    """The empty heights from the top of the bounds down: above each label, above the
    axis area (its ticks and the axis), and below it."""
    zone_top = layout.axis.y
    zone_bottom = min(tick.label_box.bottom for tick in layout.ticks)
    spans = sorted(
        [(zone_bottom, zone_top), *((label.box.bottom, label.box.top) for label in layout.labels)],
        reverse=True,
    )
    gaps, reached = [], layout.bounds.top
    for bottom, top in spans:
        gaps.append(reached - top)
        reached = bottom
    return [*gaps, reached - layout.bounds.bottom]


def test_one_event_stands_midway_and_its_axis_moves_down_to_balance_the_room() -> None:
    """One label above the axis: the gap above it, its leader's and the one under the
    axis are equal; the anchor and the leader's first point move with the axis."""
    events = [event("moon", 1969.5, title="Apollo 11 lands on the Moon")]
    fit = fit_timeline(events, [], Frame(BOUNDS, TimelineStyle()), MEASURER, Keep("print"))
    before, after = fit.layout, stretched(fit.layout)
    gaps = vertical_gaps(after)
    assert len(gaps) == 3
    assert gaps == pytest.approx([gaps[0]] * 3)
    assert after.axis.y < before.axis.y
    [label] = after.labels
    assert label.leader_path[0] == label.anchor
    assert label.anchor.y == pytest.approx(after.axis.y)
    assert label.leader_path[-1].y == pytest.approx(label.box.bottom)
    assert_well_placed(after, BOUNDS)


def test_the_outer_gaps_count_the_white_the_page_keeps_beyond_the_room() -> None:
    events = [event("moon", 1969.5, title="Apollo 11 lands on the Moon")]
    fit = fit_timeline(events, [], Frame(BOUNDS, TimelineStyle()), MEASURER, Keep("print"))
    top, *between, bottom = vertical_gaps(stretched(fit.layout, beyond=(30.0, 10.0)))
    assert top + 30 == pytest.approx(between[0]) and bottom + 10 == pytest.approx(between[0])


def test_the_parts_of_a_broken_axis_move_alike_and_stay_level() -> None:
    """Two parts side by side, one label each: spaced evenly together, their axes keep
    one height, and nothing overlaps or crosses."""
    early = [event("a", 1500, title="An early event"), event("b", 1510, title="Another")]
    late = [event("c", 1900, title="A late event"), event("d", 1910, title="The last")]
    left, right = Rect(0, 0, 440, 600), Rect(460, 0, 440, 600)
    parts = [
        fit_timeline(part, [], Frame(bounds, TimelineStyle()), MEASURER, Keep("print")).layout
        for part, bounds in ((early, left), (late, right))
    ]
    moved = stretched_level(parts)
    assert moved[0].axis.y == pytest.approx(moved[1].axis.y)
    assert [label.box for part in moved for label in part.labels] != [
        label.box for part in parts for label in part.labels
    ]
    for layout, bounds in zip(moved, (left, right), strict=True):
        assert_well_placed(layout, bounds)
        assert_leaders_clear(layout)
