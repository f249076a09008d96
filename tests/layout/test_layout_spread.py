"""Spreading crowded columns, leader polylines and the crossing tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lessonpress.layout.geometry import Point, Rect, Segment
from lessonpress.layout.leaders import leader_path, segment_crosses_rect, segments_cross
from lessonpress.layout.spread import spread_columns


def test_a_crowd_is_spread_evenly_about_its_mean() -> None:
    columns = spread_columns([100.0, 100.0, 100.0, 500.0], 10.0, 0.0, 1000.0, 100.0)
    assert columns == pytest.approx([90.0, 100.0, 110.0, 500.0])


def test_a_crowd_at_the_edge_is_pushed_inside() -> None:
    columns = spread_columns([995.0, 996.0, 997.0], 10.0, 0.0, 1000.0, 100.0)
    assert columns == pytest.approx([980.0, 990.0, 1000.0])


def test_a_crowd_wider_than_the_limit_is_spread_less() -> None:
    columns = spread_columns([500.0] * 21, 10.0, 0.0, 1000.0, 50.0)
    assert max(abs(column - 500.0) for column in columns) <= 50.5
    assert columns == sorted(columns) and columns[-1] - columns[0] > 90


@given(
    st.lists(st.floats(min_value=0, max_value=1000), max_size=60),
    st.floats(min_value=0, max_value=40),
)
def test_columns_keep_order_bounds_and_limit(anchors: list[float], spacing: float) -> None:
    anchors.sort()
    columns = spread_columns(anchors, spacing, 0.0, 1000.0, 80.0)
    assert columns == sorted(columns)
    assert all(0.0 <= column <= 1000.0 for column in columns)
    assert all(abs(c - a) <= 80.0 + 1e-6 for c, a in zip(columns, anchors, strict=True))


def test_a_leader_bends_across_the_strip() -> None:
    path = leader_path(Point(100, 50), 130, 90, (60, 72), Point(130, 90))
    assert path == (Point(100, 50), Point(100, 60), Point(130, 72), Point(130, 90))
    straight = leader_path(Point(100, 50), 100, 90, (60, 60), Point(100, 90))
    assert straight == (Point(100, 50), Point(100, 90))


def test_crossing_tests() -> None:
    box = Rect(10, 10, 20, 20)
    assert segment_crosses_rect(Segment(Point(0, 20), Point(40, 20)), box)
    assert not segment_crosses_rect(Segment(Point(20, 0), Point(20, 10)), box)  # touches
    assert segments_cross(Segment(Point(0, 0), Point(10, 10)), Segment(Point(0, 10), Point(10, 0)))
    fan_a = Segment(Point(0, 0), Point(-5, 10))
    fan_b = Segment(Point(0, 0), Point(5, 10))
    assert not segments_cross(fan_a, fan_b)
    touching = Segment(Point(5, 5), Point(20, 5))
    assert segments_cross(Segment(Point(0, 0), Point(10, 10)), touching)
    assert not segments_cross(Segment(Point(0, 0), Point(10, 10)), touching, touching=False)
