"""Rows: a long or crowded timeline wrapped onto full-width axes read top to bottom,
each with its own ticks, chosen by ``fit_timeline`` when one axis cannot hold it."""

from __future__ import annotations

import itertools

from layout_checks import assert_leaders_clear
from test_layout_timeline import MEASURER, assert_well_placed, event

from lessonpress.layout import (
    Degradation,
    Frame,
    Keep,
    Rect,
    TimelineEra,
    TimelineStyle,
    fit_timeline,
)
from lessonpress.layout.rows import row_bounds, split_at_pause, split_into_rows

STYLE = TimelineStyle()
BOUNDS = Rect(0, 0, 900, 600)


def frames(most_rows: int) -> list[Frame]:
    """One axis at every step, then two to ``most_rows`` rows once excerpts are cut."""
    return [
        Frame(BOUNDS, STYLE, Degradation.FULL if rows == 1 else Degradation.SHORTER_EXCERPTS, rows)
        for rows in range(1, most_rows + 1)
    ]


def assert_rows_read_top_to_bottom(fit, count: int) -> None:  # type: ignore[no-untyped-def]
    """``count`` rows inside the frame, each below the one before, later in time, with
    ticks of its own and its labels inside its band."""
    rows = fit.rows
    assert len(rows) == count
    for row in rows:
        assert BOUNDS.contains(row.bounds)
        assert row.ticks
        assert_well_placed(row, row.bounds)
        assert_leaders_clear(row)
    for upper, lower in itertools.pairwise(rows):
        assert lower.bounds.top < upper.bounds.bottom
        assert lower.scale.start >= upper.scale.start
        assert max(m.center.x for m in upper.markers) <= BOUNDS.right


def test_a_crowded_timeline_wraps_onto_rows_rather_than_shrink() -> None:
    events = [
        event(f"e{i}", 1800 + i * 2, title=f"A treaty signed at place {i}") for i in range(40)
    ]
    one_axis = fit_timeline(events, [], frames(1), MEASURER, Keep("print"))
    assert one_axis.step in (Degradation.SMALLER_TYPE, Degradation.NUMBERED_KEY)
    fit = fit_timeline(events, [], frames(4), MEASURER, Keep("print"))
    assert fit.step is Degradation.TITLES_ONLY and not fit.left_out and fit.key is None
    assert fit.frame >= 1
    assert_rows_read_top_to_bottom(fit, frames(4)[fit.frame].rows)
    labelled = [label.key for row in fit.rows for label in row.labels]
    assert sorted(labelled) == sorted(e.key for e in events)


def test_a_numbered_key_may_sit_under_rows() -> None:
    events = [event(f"e{i}", 1800 + i, title=f"Event number {i} of many") for i in range(200)]
    fit = fit_timeline(events, [], frames(3), MEASURER, Keep("print"))
    assert fit.step is Degradation.NUMBERED_KEY and not fit.left_out
    assert fit.key is not None and len(fit.rows) > 1
    assert fit.key.box.top < fit.rows[-1].bounds.bottom
    assert_rows_read_top_to_bottom(fit, len(fit.rows))


def test_rows_end_at_the_longest_pause_and_cut_bars_at_the_next_row() -> None:
    """Ten events, a pause of a century after the sixth: two rows part there, not at
    the fifth; a bar across the pause ends where the second row begins, and eras are cut
    to their rows."""
    events = [event(f"e{i}", 1700 + i, title=f"Event {i}") for i in range(6)]
    events += [event(f"late{i}", 1810 + i, title=f"Late {i}") for i in range(4)]
    events[2] = event("long", 1702, 1900, title="A long war")
    eras = [TimelineEra("era", "The whole age", 1690, 1820)]
    first, second = split_into_rows(events, eras, 2)
    assert [e.key for e in second.events] == [f"late{i}" for i in range(4)]
    long = next(e for e in first.events if e.key == "long")
    assert long.end == 1810
    assert first.eras[0].end <= 1810 and second.eras[0].start >= 1810


def test_row_bands_fill_the_bounds_top_first() -> None:
    bands = row_bounds(BOUNDS, 3, 10.0)
    assert bands[0].top == BOUNDS.top and abs(bands[-1].bottom - BOUNDS.bottom) < 1e-9
    assert all(
        abs(upper.bottom - lower.top - 10.0) < 1e-9 for upper, lower in itertools.pairwise(bands)
    )


def broken_frames() -> list[Frame]:
    """The axis broken where it can be, else whole."""
    return [Frame(BOUNDS, STYLE, broken=True), Frame(BOUNDS, STYLE)]


def test_a_long_stretch_without_events_is_cut_out_of_the_axis() -> None:
    """Five events in the 1500s and five in the 1900s: the axis breaks between them, the
    parts side by side on one line, each with its own ticks, wider for more events."""
    events = [event(f"early{i}", 1500 + 10 * i) for i in range(5)]
    events += [event(f"late{i}", 1900 + 5 * i) for i in range(6)]
    fit = fit_timeline(events, [], broken_frames(), MEASURER, Keep("print"))
    assert fit.broken_axis and fit.frame == 0
    before, after = fit.rows
    assert before.axis.y == after.axis.y
    assert before.bounds.right < after.bounds.left
    assert after.bounds.width > before.bounds.width
    assert before.scale.end < 1600 and after.scale.start > 1850
    assert before.ticks and after.ticks
    for part in fit.rows:
        assert_well_placed(part, part.bounds)
        assert_leaders_clear(part)
    assert sorted(label.key for part in fit.rows for label in part.labels) == sorted(
        e.key for e in events
    )


def test_the_axis_breaks_only_at_a_long_stretch_no_event_covers() -> None:
    """A pause of a fifth of the period is no break; a lasting event across a long pause
    fills it."""
    short_pause = [event(f"e{i}", 1900 + i) for i in range(8)]
    short_pause += [event("late", 1909)]
    assert split_at_pause(short_pause, []) is None
    covered = [event("a", 1500), event("war", 1510, 1890), event("b", 1900)]
    assert split_at_pause(covered, []) is None
    fit = fit_timeline(short_pause, [], broken_frames(), MEASURER, Keep("print"))
    assert not fit.broken_axis and fit.frame == 1 and len(fit.rows) == 1
