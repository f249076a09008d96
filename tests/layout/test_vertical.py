"""The vertical timeline of portrait paper: labels packed along the axis beside it, the
same ladder as the horizontal one, nothing overlapping, leaders clear."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_layout_timeline import MEASURER, event

from lessonpress.layout import (
    Degradation,
    Keep,
    Rect,
    TimelineEra,
    TimelineStyle,
    VerticalFrame,
    VerticalLayout,
    fit_timeline,
)
from lessonpress.layout.leaders import segment_crosses_rect, segments_cross
from lessonpress.layout.vertical import pack_along

PORTRAIT = Rect(36, 36, 720, 1000)
STYLE = TimelineStyle()
TEXT = "The first clause is here, the second clause follows, and a third ends the sentence."


def assert_vertical_and_clean(layout: VerticalLayout, bounds: Rect) -> None:
    """Everything inside ``bounds`` and apart; labels beside the axis area, leaders
    clear of other labels and of each other; ticks and markers down the axis in time
    order."""
    boxes = layout.collision_boxes()
    for box in boxes:
        assert bounds.contains(box), box
    for first, second in itertools.combinations(boxes, 2):
        assert not first.intersects(second), (first, second)
    axis = layout.axis
    for label in layout.labels:
        if label.side == "left":
            assert label.box.right < axis.x
        else:
            assert label.side == "right" and label.box.left > axis.x
        assert label.leader_path[0] == label.anchor
        for piece in label.leader_segments:
            for other in layout.labels:
                if other is not label:
                    assert not segment_crosses_rect(piece, other.box), (label.key, other.key)
    for first, second in itertools.combinations(layout.labels, 2):
        shared = abs(first.anchor.y - second.anchor.y) < 0.1
        for one, two in itertools.product(first.leader_segments, second.leader_segments):
            assert not segments_cross(one, two, touching=not shared), (first.key, second.key)
    tick_ys = [tick.y for tick in layout.ticks]
    assert tick_ys == sorted(tick_ys, reverse=True)
    assert all(axis.bottom <= y <= axis.top for y in tick_ys)
    assert all(tick.label_box.right < axis.x for tick in layout.ticks)
    marker_ys = [marker.center.y for marker in layout.markers]
    assert marker_ys == sorted(marker_ys, reverse=True)


@given(
    st.lists(st.tuples(st.floats(-50, 1050), st.floats(1, 80)), min_size=1, max_size=30).map(sorted)
)
def test_packed_boxes_keep_their_order_apart_and_inside_when_they_fit(
    boxes: list[tuple[float, float]],
) -> None:
    desired, heights = [box[0] for box in boxes], [box[1] for box in boxes]
    tops = pack_along(desired, heights, 4.0, 1000.0)
    if sum(heights) + 4.0 * (len(heights) - 1) > 1000.0:
        return
    assert tops[0] >= -1e-6 and tops[-1] + heights[-1] <= 1000.0 + 1e-6
    for (top, height), following in zip(zip(tops, heights, strict=True), tops[1:], strict=False):
        assert following >= top + height + 4.0 - 1e-6


def test_boxes_with_room_stay_where_they_want_and_a_crowd_spreads_about_its_place() -> None:
    assert pack_along([10, 200, 500], [20, 20, 20], 4, 1000) == [10, 200, 500]
    # Three boxes wanting one place: the middle one keeps it, the others move aside.
    assert pack_along([500, 500, 500], [20, 20, 20], 4, 1000) == [476, 500, 524]
    # Against the end, the crowd is pushed back inside.
    assert pack_along([990, 990], [20, 20], 4, 1000) == [956, 980]


def test_a_sparse_timeline_runs_down_the_page_with_full_labels_on_both_sides() -> None:
    events = [event(f"e{i}", 1900 + 10 * i, text=TEXT) for i in range(6)]
    eras = [TimelineEra("early", "The early years", 1900, 1925)]
    fit = fit_timeline(events, eras, VerticalFrame(PORTRAIT, STYLE), MEASURER, Keep("print"))
    layout = fit.layout
    assert isinstance(layout, VerticalLayout)
    assert fit.step is Degradation.FULL
    assert_vertical_and_clean(layout, PORTRAIT)
    assert {label.side for label in layout.labels} == {"left", "right"}
    # Uncrowded, each label's first line is level with its marker.
    for label, marker in zip(layout.labels, layout.markers, strict=True):
        assert len(label.leader_path) == 2
        assert label.leader_path[-1].y == pytest.approx(marker.center.y)
    [era] = layout.eras
    assert era.name is not None and era.name_box is not None
    assert era.band.top >= era.name_box.top and era.band.left <= era.name_box.left


def test_a_crowd_spreads_along_the_axis_with_bent_leaders() -> None:
    events = [event(f"e{i}", 1940 + i / 12, text=TEXT) for i in range(12)]
    events += [event("early", 1900), event("late", 1990)]
    fit = fit_timeline(events, [], VerticalFrame(PORTRAIT, STYLE), MEASURER, Keep("print"))
    assert isinstance(fit.layout, VerticalLayout)
    assert_vertical_and_clean(fit.layout, PORTRAIT)
    assert len(fit.layout.labels) == len(events)
    assert any(len(label.leader_path) > 2 for label in fit.layout.labels)


def test_bars_stand_right_of_the_axis_and_their_labels_start_at_their_tops() -> None:
    events = [event("war", 1914, 1918, text=TEXT), event("peace", 1919), event("long", 1910, 1930)]
    fit = fit_timeline(events, [], VerticalFrame(PORTRAIT, STYLE), MEASURER, Keep("print"))
    layout = fit.layout
    assert isinstance(layout, VerticalLayout)
    assert_vertical_and_clean(layout, PORTRAIT)
    bars = {bar.key: bar.bar for bar in layout.bars}
    assert set(bars) == {"war", "long"}
    assert all(bar.left > layout.axis.x for bar in bars.values())
    assert bars["long"].height > bars["war"].height
    for label in layout.labels:
        if label.key in bars:
            assert label.anchor.y == bars[label.key].top


def test_too_many_for_labels_climbs_down_to_a_numbered_key() -> None:
    small = Rect(36, 36, 1000, 500)
    title = "A long title of an event, long enough to wrap over two lines of a label"
    events = [
        event(f"e{i}", 1800 + i, title=f"{title} {i}", text=TEXT, highlight=i % 20 == 0)
        for i in range(40)
    ]
    fit = fit_timeline(events, [], VerticalFrame(small, STYLE), MEASURER, Keep("print"))
    assert fit.step is Degradation.NUMBERED_KEY and fit.key is not None
    assert isinstance(fit.layout, VerticalLayout)
    assert_vertical_and_clean(fit.layout, small)
    assert small.contains(fit.key.box) and not fit.key.box.intersects(fit.layout.bounds)
    labelled = {label.key for label in fit.layout.labels}
    assert {"e0", "e20"} <= labelled
    listed = {entry.key for entry in fit.key.entries}
    assert labelled | listed == {e.key for e in events} and not fit.left_out


def test_a_long_stretch_without_events_is_cut_out_of_a_broken_axis() -> None:
    events = [event(f"a{i}", 1000 + 10 * i, text=TEXT) for i in range(4)]
    events += [event(f"b{i}", 1900 + 10 * i, text=TEXT) for i in range(4)]
    frame = VerticalFrame(PORTRAIT, STYLE, broken=True)
    layout = fit_timeline(events, [], frame, MEASURER, Keep("print")).layout
    assert isinstance(layout, VerticalLayout)
    assert_vertical_and_clean(layout, PORTRAIT)
    [(above, below)] = layout.breaks
    # Each half takes its share of the axis, with ticks of its own years either side.
    assert layout.axis.top - above == pytest.approx(below - layout.axis.bottom, rel=0.01)
    assert any(tick.y > above and tick.position < 1100 for tick in layout.ticks)
    assert any(tick.y < below and tick.position > 1800 for tick in layout.ticks)
    assert not any(below < tick.y < above for tick in layout.ticks)
    # Without such a stretch, a broken frame holds nothing and the next one is taken.
    close = [event(f"c{i}", 1900 + i) for i in range(5)]
    fit = fit_timeline(close, [], [frame, VerticalFrame(PORTRAIT, STYLE)], MEASURER, Keep("print"))
    assert fit.frame == 1


def test_a_key_too_long_for_under_the_axis_goes_in_columns_down_its_side() -> None:
    events = [event(f"e{i}", 1800 + i, highlight=i == 0) for i in range(120)]
    frame = VerticalFrame(PORTRAIT, STYLE)
    fit = fit_timeline(events, [], frame, MEASURER, Keep("print"))
    assert fit.step is Degradation.NUMBERED_KEY and fit.key is not None
    layout = fit.layout
    assert isinstance(layout, VerticalLayout)
    assert_vertical_and_clean(layout, layout.bounds)
    assert fit.key.box.left >= layout.bounds.right and PORTRAIT.contains(fit.key.box)
    assert not fit.left_out and len(fit.key.entries) == 119
