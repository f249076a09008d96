"""Placing a whole timeline: no overlaps, nothing outside the bounds, clear degradation."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from layout_checks import assert_leaders_clear

from lessonpress.layout import (
    Degradation,
    LayoutError,
    Rect,
    Segment,
    TimelineEra,
    TimelineEvent,
    TimelineLayout,
    TimelineStyle,
    layout_timeline,
)


class HalfEmMeasurer:
    """Every character is half the type size wide."""

    def width(self, text: str, font: str, size: float) -> float:
        return 0.5 * size * len(text)


MEASURER = HalfEmMeasurer()
TABLOID = Rect(36, 36, 1152, 720)


def event(
    key: str,
    start: float,
    end: float | None = None,
    *,
    title: str = "",
    text: str = "",
    highlight: bool = False,
) -> TimelineEvent:
    return TimelineEvent(key, start, end, f"{start:.0f}", title or f"Event {key}", text, highlight)


def assert_well_placed(layout: TimelineLayout, bounds: Rect) -> None:
    boxes = layout.collision_boxes()
    for box in boxes:
        assert bounds.contains(box), box
    ordered = sorted(boxes, key=lambda box: box.left)
    for index, box in enumerate(ordered):
        for other in itertools.islice(ordered, index + 1, None):
            if other.left >= box.right:
                break
            assert not box.intersects(other), (box, other)
    axis_band = Rect.from_edges(bounds.left, layout.axis.y - 0.5, bounds.right, layout.axis.y + 0.5)
    for label in layout.labels:
        assert not label.box.intersects(axis_band)
        assert label.leader.start == label.anchor
        path = label.leader_path
        assert len(path) >= 2 and path[0] == label.anchor
        assert label.leader == Segment(path[0], path[1])
        end = path[-1]
        facing = label.box.bottom if label.side == "above" else label.box.top
        assert end.y == pytest.approx(facing)
        assert label.box.left - 1e-6 <= end.x <= label.box.right + 1e-6
        # A label starts with its date; only a numbered key's marker has its number alone.
        assert label.lines[0].role == "date" or label.lines[0].text.isdigit()
        assert {line.role for line in label.lines} <= {"date", "title", "text"}
        for line in label.lines:
            assert label.box.bottom <= line.baseline <= label.box.top
            assert MEASURER.width(line.text, line.font, line.size) <= label.box.width + 0.01
    assert all(tick.label.role is None for tick in layout.ticks)
    assert_leaders_clear(layout)


def test_a_small_lesson_fits_at_full_size() -> None:
    events = [
        event("revolution", 1917.2, title="February Revolution", text="The tsar abdicates."),
        event("recognition", 1933.9, title="US recognises the USSR", text="Diplomatic relations."),
        event("pact", 1939.6, title="Molotov–Ribbentrop Pact", highlight=True),
        event("war", 1941.5, 1945.4, title="Great Patriotic War"),
        event("yalta", 1945.1, title="Yalta Conference"),
    ]
    eras = [TimelineEra("interwar", "Interwar years", 1918.9, 1939.7)]
    layout = layout_timeline(events, eras, TABLOID, MEASURER, TimelineStyle())
    assert layout.degradation is Degradation.FULL and layout.short_text_shown
    assert {label.key for label in layout.labels} == {e.key for e in events}
    assert [bar.key for bar in layout.bars] == ["war"]
    assert len(layout.markers) == 4
    assert layout.eras[0].name is not None and layout.eras[0].name.text == "Interwar years"
    sides = [label.side for label in sorted(layout.labels, key=lambda label: label.anchor.x)]
    assert sides[:2] == ["above", "below"]
    highlighted = next(label for label in layout.labels if label.key == "pact")
    assert max(line.size for line in highlighted.lines) == pytest.approx(11 * 1.25)
    assert_well_placed(layout, TABLOID)


def test_dense_events_drop_short_text_first_then_shrink() -> None:
    bounds = Rect(0, 0, 800, 300)
    style = TimelineStyle()
    text = "A sentence long enough to need two or three lines of its own."
    events = [event(f"e{i}", 1900 + i, text=text) for i in range(26)]
    layout = layout_timeline(events, [], bounds, MEASURER, style)
    assert layout.degradation is Degradation.TITLES_ONLY
    assert layout.sizes.title == style.title_size
    assert all(len(label.lines) == 2 for label in layout.labels)

    denser = [event(f"e{i}", 1900 + i, text=text) for i in range(55)]
    shrunk = layout_timeline(denser, [], bounds, MEASURER, style)
    assert shrunk.degradation is Degradation.SMALLER_TYPE
    assert style.min_size <= shrunk.sizes.title < style.title_size
    assert_well_placed(shrunk, bounds)


def test_too_many_events_raise_with_the_number_that_fits() -> None:
    events = [event(f"e{i}", 1900 + i / 10) for i in range(400)]
    with pytest.raises(LayoutError) as caught:
        layout_timeline(events, [], Rect(0, 0, 600, 200), MEASURER)
    assert 0 < caught.value.fitted < caught.value.total == 400
    assert "of 400 events" in str(caught.value)


def test_an_axis_area_taller_than_the_bounds_fits_nothing() -> None:
    with pytest.raises(LayoutError) as caught:
        layout_timeline([event("a", 1900)], [], Rect(0, 0, 600, 10), MEASURER)
    assert caught.value.fitted == 0


def test_layout_is_deterministic_and_needs_distinct_keys() -> None:
    events = [event(f"e{i}", 1800 + (i * 37) % 200, text="Short text.") for i in range(40)]
    first = layout_timeline(events, [], TABLOID, MEASURER)
    assert first == layout_timeline(list(reversed(events))[::-1], [], TABLOID, MEASURER)
    with pytest.raises(ValueError, match="distinct keys"):
        layout_timeline([event("a", 1900), event("a", 1901)], [], TABLOID, MEASURER)


def test_events_across_the_bc_ad_boundary() -> None:
    events = [
        event("caesar", -43.0, title="Caesar killed"),
        event("vesuvius", 79.6, title="Vesuvius"),
    ]
    layout = layout_timeline(events, [], TABLOID, MEASURER)
    labels = [tick.label.text for tick in layout.ticks]
    assert "0" not in labels and "AD 0" not in labels and "1 BC" not in labels
    caesar = next(marker for marker in layout.markers if marker.key == "caesar")
    assert caesar.center.x == pytest.approx(layout.scale.to_x(-43.0))


def test_a_scaled_style_for_a_low_strip() -> None:
    strip = Rect(54, 600, 504, 110)
    style = TimelineStyle(
        title_size=8, date_size=7, text_size=7, min_size=6, label_width=90
    ).scaled(1)
    events = [event(f"e{i}", 1917 + i * 4, title="Short") for i in range(7)]
    layout = layout_timeline(events, [], strip, MEASURER, style)
    assert_well_placed(layout, strip)


points = st.floats(min_value=-3000, max_value=2100, allow_nan=False)


@st.composite
def timelines(
    draw: st.DrawFn,
) -> tuple[list[TimelineEvent], list[TimelineEra], Rect, TimelineStyle]:
    origin = draw(st.floats(min_value=-3000, max_value=2000))
    span = draw(st.sampled_from([5 / 365, 0.5, 3.0, 30.0, 300.0, 3000.0]))
    count = draw(st.integers(min_value=1, max_value=60))
    events = []
    for index in range(count):
        start = origin + draw(st.floats(min_value=0, max_value=span))
        is_range = draw(st.booleans())
        end = start + draw(st.floats(min_value=0, max_value=span / 3)) if is_range else None
        title = draw(st.text(alphabet="abcdefgh ", min_size=1, max_size=60))
        text = draw(st.text(alphabet="abcd ", max_size=120))
        events.append(
            TimelineEvent(f"e{index}", start, end, "date", title, text, draw(st.booleans()))
        )
    eras = []
    for index in range(draw(st.integers(min_value=0, max_value=4))):
        start = origin + draw(st.floats(min_value=0, max_value=span))
        eras.append(
            TimelineEra(f"r{index}", "era name " * draw(st.integers(1, 3)), start, start + span / 4)
        )
    width = draw(st.floats(min_value=200, max_value=3400))
    height = draw(st.floats(min_value=60, max_value=2400))
    bounds = Rect(draw(st.floats(min_value=0, max_value=50)), 20, width, height)
    style = TimelineStyle(
        label_width=draw(st.floats(min_value=30, max_value=250)),
        gap=draw(st.floats(min_value=0, max_value=10)),
    ).scaled(draw(st.floats(min_value=0.5, max_value=2.0)))
    return events, eras, bounds, style


def year_label(position: float, precision: int) -> str:
    return f"{position:.3f}"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(timelines())
def test_placed_boxes_never_overlap_nor_leave_the_bounds(
    case: tuple[list[TimelineEvent], list[TimelineEra], Rect, TimelineStyle],
) -> None:
    events, eras, bounds, style = case
    try:
        layout = layout_timeline(events, eras, bounds, MEASURER, style)
    except LayoutError as error:
        assert error.fitted < error.total == len(events)
        return
    assert len(layout.labels) == len(events)
    assert_well_placed(layout, bounds)


def test_a_tight_cluster_spreads_in_time_order() -> None:
    """Fifteen events within one month on a thirty-year axis all get labels, and each
    side's labels are met by their leaders left to right in time order."""
    events = [event("start", 1900.0, title="Start"), event("end", 1930.0, title="End")]
    events += [
        TimelineEvent(f"c{i:02}", 1917.2 + i / 365, None, f"day {i}", f"Crowded event {i}")
        for i in range(15)
    ]
    layout = layout_timeline(events, [], TABLOID, MEASURER)
    assert len(layout.labels) == len(events)
    assert_well_placed(layout, TABLOID)
    starts = {e.key: e.start for e in events}
    for side in ("above", "below"):
        placed = sorted(
            (label for label in layout.labels if label.side == side),
            key=lambda label: starts[label.key],
        )
        ends = [label.leader_path[-1].x for label in placed]
        assert ends == sorted(ends)
    crowded = [label for label in layout.labels if label.key.startswith("c")]
    assert any(len(label.leader_path) > 2 for label in crowded)


@pytest.mark.parametrize("height", [30, 45, 65, 70, 100, 200])
def test_a_side_with_no_room_past_its_leaders_places_nothing_there(height: float) -> None:
    """When the axis area and the leaders' room already reach past the bounds, labels must
    not be placed the other way, outside the bounds: the layout fails instead."""
    bounds = Rect(0, 0, 600, height)
    try:
        layout = layout_timeline(
            [event("a", 1900)], [], bounds, MEASURER, TimelineStyle(leader_min=40)
        )
    except LayoutError:
        return
    assert_well_placed(layout, bounds)
