"""The one degradation ladder: excerpts, titles only, smaller type, then a numbered key
(paper) or a selection (screen); key events never left out nor shortened."""

from __future__ import annotations

from layout_checks import assert_leaders_clear
from test_layout_timeline import MEASURER, assert_well_placed, event

from lessonpress.layout import (
    Degradation,
    Frame,
    Keep,
    Rect,
    TimelineEra,
    TimelineStyle,
    fit_in_parts,
    fit_timeline,
)

STYLE = TimelineStyle()
TEXT = "The first clause is here, the second clause follows, and a third ends the sentence."


def title_of(label) -> str:  # type: ignore[no-untyped-def]
    return " ".join(line.text for line in label.lines if line.role == "title")


def test_excerpts_get_shorter_before_they_go() -> None:
    events = [event(f"e{i}", 1900 + 3 * i, text=TEXT) for i in range(20)]
    fit = fit_timeline(events, [], Frame(Rect(0, 0, 900, 330), STYLE), MEASURER, Keep("print"))
    assert fit.step is Degradation.SHORTER_EXCERPTS
    texts = [
        " ".join(line.text for line in label.lines if line.role == "text")
        for label in fit.layout.labels
    ]
    assert all(text and text.endswith("…") and TEXT.startswith(text[:-1]) for text in texts)
    assert_well_placed(fit.layout, fit.layout.bounds)


def test_a_later_frame_waits_for_its_step() -> None:
    """A frame offered from the smaller-type step on is not taken at full size, even
    though it would hold every label there."""
    events = [event(f"e{i}", 1900 + i) for i in range(60)]
    tight = Frame(Rect(0, 0, 600, 200), STYLE)
    roomy = Frame(Rect(0, 0, 3000, 800), STYLE, Degradation.SMALLER_TYPE)
    fit = fit_timeline(events, [], [tight, roomy], MEASURER, Keep("print"))
    assert fit.frame == 1 and fit.step is Degradation.SMALLER_TYPE


def test_paper_numbers_what_does_not_fit_and_keys_it() -> None:
    events = [event(f"e{i}", 1900 + i / 2, title=f"Event number {i}") for i in range(60)]
    events[7] = event("key", 1903.5, title="A key event with a long title", highlight=True)
    eras = [TimelineEra("era", "The whole period", 1899, 1931)]
    bounds = Rect(0, 0, 700, 420)
    fit = fit_timeline(events, eras, Frame(bounds, STYLE), MEASURER, Keep("print"))
    assert fit.step is Degradation.NUMBERED_KEY and not fit.left_out
    assert fit.key is not None
    labels = {label.key: label for label in fit.layout.labels}
    assert set(labels) == {e.key for e in events}
    assert title_of(labels["key"]) == "A key event with a long title"
    numbers = [entry.number for entry in fit.key.entries]
    assert numbers == list(range(1, 60))
    listed = {entry.key: entry for entry in fit.key.entries}
    assert "key" not in listed
    for key, entry in listed.items():
        assert title_of(labels[key]) == str(entry.number)
        texts = " ".join(line.text for line in entry.lines)
        assert texts.startswith(f"{entry.number} ") and "Event number" in texts
    assert fit.layout.eras and fit.layout.eras[0].name is not None
    assert bounds.contains(fit.key.box)
    assert fit.key.box.top < fit.layout.bounds.bottom
    assert_well_placed(fit.layout, fit.layout.bounds)
    assert_leaders_clear(fit.layout)


def test_a_screen_shows_every_key_event_and_a_selection_of_the_rest() -> None:
    events = [event(f"e{i}", 1900 + i, title=f"Ordinary event {i}") for i in range(80)]
    key_events = {"e3", "e40", "e77"}
    events = [
        event(e.key, e.start, title=f"Key event {e.key}", highlight=True)
        if e.key in key_events
        else e
        for e in events
    ]
    keep = Keep("screen", most_labels=40)
    fit = fit_timeline(events, [], Frame(Rect(0, 0, 900, 300), STYLE), MEASURER, keep)
    assert fit.step is Degradation.SELECTION
    shown = {label.key for label in fit.layout.labels}
    assert key_events <= shown
    assert not key_events & set(fit.left_out)
    assert shown | set(fit.left_out) == {e.key for e in events}
    assert 3 < len(shown) <= 40
    starts = sorted(e.start for e in events if e.key in shown)
    assert starts[0] < 1920 and starts[-1] > 1960, "the selection covers the whole period"
    assert_well_placed(fit.layout, fit.layout.bounds)


def test_a_timeline_is_never_blank() -> None:
    """Labels far too tall for the room: the fit still returns the axis, every marker and
    the labels that fit."""
    long_title = " ".join(["word"] * 60)
    events = [event(f"e{i}", 1900 + i, title=long_title) for i in range(5)]
    eras = [TimelineEra("era", "Era", 1899, 1906)]
    for medium in ("print", "screen"):
        fit = fit_timeline(events, eras, Frame(Rect(0, 0, 400, 90), STYLE), MEASURER, Keep(medium))
        assert fit.layout.markers and fit.layout.eras and fit.layout.ticks


def test_key_events_that_crowd_one_screen_are_split_over_periods() -> None:
    title = "A key event whose title takes a few lines"
    events = [event(f"e{i}", 1900 + i, title=title, highlight=True) for i in range(12)]
    frame = Frame(Rect(0, 0, 600, 200), STYLE)
    fits = fit_in_parts(events, [], frame, MEASURER, Keep("screen"))
    assert len(fits) > 1
    shown = [label.key for fit in fits for label in fit.layout.labels]
    assert sorted(shown) == sorted(e.key for e in events)
    for fit in fits:
        assert all(title_of(label) == title for label in fit.layout.labels)
