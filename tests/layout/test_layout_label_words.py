"""Labels keep their words and dates whole, stand an em apart on one line, and their
leaders pass clear of the axis area's text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from test_layout_timeline import MEASURER, event, timelines

from lessonpress.layout import (
    Degradation,
    Frame,
    Keep,
    LayoutError,
    Rect,
    TimelineEra,
    TimelineEvent,
    TimelineStyle,
    fit_timeline,
    layout_timeline,
)
from lessonpress.layout.labels import LABEL_GAP_EMS, LONG_WORD, WIDEST_LABEL, label_block
from lessonpress.layout.leaders import clear_axis_text, segment_crosses_rect
from lessonpress.layout.style import LabelSizes

SIZES = LabelSizes(title=10.0, date=8.0, text=8.0)
"""Half-em characters: a title's letter is 5 pt wide, a date's 4 pt."""


def block(title: str, label_width: float, date: str = "1900"):  # type: ignore[no-untyped-def]
    labelled = TimelineEvent("e", 1900, None, date, title)
    return label_block(labelled, SIZES, TimelineStyle(label_width=label_width), MEASURER, 0)


def lines(labelled, role: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [line.text for line in labelled.lines if line.role == role]


def test_a_word_wider_than_the_label_widens_it_up_to_the_limit() -> None:
    labelled = block("The Alexandrias fell", 40.0)  # "Alexandrias" is 55 pt, the limit 60
    assert lines(labelled, "title") == ["The", "Alexandrias", "fell"]
    assert labelled.width == 55.0 and not labelled.strained


def test_an_undated_label_is_its_title_alone_with_no_gap_after() -> None:
    """A numbered key's bare number: no empty date line above it, which would make
    every number a line taller, and only the style's gap beside it."""
    labelled = block("12", 40.0, date="")
    assert [line.role for line in labelled.lines] == ["title"]
    assert labelled.gap_after == 0.0


def test_a_word_of_fewer_than_twelve_letters_is_never_broken() -> None:
    assert len("Alexandrias") < LONG_WORD
    labelled = block("Alexandrias", 30.0)  # 55 pt against a limit of 45; 38.5 at 7 pt
    assert lines(labelled, "title") == ["Alexandrias"]
    assert labelled.width > 30.0 * WIDEST_LABEL and labelled.strained


def test_a_word_too_long_even_for_the_smallest_type_is_broken_at_once() -> None:
    """At 7 pt (the style's smallest) it is still past its limit: no smaller type will
    spare the break, so the label is not strained and keeps its size."""
    labelled = block("Llanfairpwllgwyngyll", 40.0)  # 100 pt, 70 at 7 pt, limit 60
    assert "".join(lines(labelled, "title")) == "Llanfairpwllgwyngyll"
    assert labelled.width <= 40.0 and not labelled.strained


def test_a_long_word_past_the_limit_is_broken_and_the_label_strained() -> None:
    """Broken at the label's width, as a last resort; strained, as 7 pt would hold it."""
    labelled = block("Konstantinoupolis", 40.0)  # 85 pt against a limit of 60; 59.5 at 7 pt
    assert len(lines(labelled, "title")) > 1
    assert "".join(lines(labelled, "title")) == "Konstantinoupolis"
    assert labelled.width <= 40.0 and labelled.strained


def test_a_date_breaks_only_after_the_dash_of_its_range() -> None:
    labelled = block("Battle", 50.0, date="July 10 – October 31, 1940")
    assert lines(labelled, "date") == ["July 10 –", "October 31, 1940"]
    # 72 pt: the label grows to hold it whole, within its limit of 75 pt.
    undivided = block("Battle", 50.0, date="mid-5th century BC")
    assert lines(undivided, "date") == ["mid-5th century BC"] and not undivided.strained


def test_smaller_type_comes_before_a_broken_word() -> None:
    """At 11 pt "Konstantinoupolis" (17 letters) is 93.5 pt, past the 90 pt limit of a
    60 pt label: the ladder sets it smaller rather than break it."""
    style = TimelineStyle(label_width=60.0, title_size=11.0, min_size=7.0)
    lone = [event("e", 1900, title="Konstantinoupolis")]
    fit = fit_timeline(lone, [], Frame(Rect(0, 0, 600, 300), style), MEASURER, Keep("print"))
    assert fit.step is Degradation.SMALLER_TYPE
    [label] = fit.layout.labels
    assert lines(label, "title") == ["Konstantinoupolis"]


def test_leaders_pass_clear_of_the_axis_area_text() -> None:
    """Events at ticks and under an era's name: the name moves along its band past the
    leaders that run down through it, and a tick whose label a leader crosses goes."""
    events = [event(f"e{year}", year, title=f"Event {year}") for year in (1900, 1901, 1910, 1920)]
    eras = [TimelineEra("era", "A long name", 1895, 1925)]
    placed = layout_timeline(events, eras, Rect(0, 0, 800, 300), MEASURER, TimelineStyle())
    cleared = clear_axis_text(placed)
    pieces = [piece for label in cleared.labels for piece in label.leader_segments]
    texts = [tick.label_box for tick in cleared.ticks] + [cleared.eras[0].name_box]
    assert not any(segment_crosses_rect(piece, box) for piece in pieces for box in texts if box)
    assert cleared.eras[0].name is not None
    assert 0 < len(cleared.ticks) < len(placed.ticks)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(timelines())
def test_labels_on_one_line_are_an_em_apart_and_leaders_miss_the_tick_labels(
    case: tuple[list[TimelineEvent], list[TimelineEra], Rect, TimelineStyle],
) -> None:
    events, eras, bounds, style = case
    try:
        layout = clear_axis_text(layout_timeline(events, eras, bounds, MEASURER, style))
    except LayoutError:
        return
    least = max(style.gap, LABEL_GAP_EMS * layout.sizes.title) - 1e-6
    boxes = sorted((label.box for label in layout.labels), key=lambda box: box.left)
    for index, box in enumerate(boxes):
        for other in boxes[index + 1 :]:
            if min(box.top, other.top) > max(box.bottom, other.bottom):
                assert other.left - box.right >= least or other.right <= box.left, (box, other)
    for label in layout.labels:
        for piece in label.leader_segments:
            for tick in layout.ticks:
                assert not segment_crosses_rect(piece, tick.label_box), (label.key, tick)
