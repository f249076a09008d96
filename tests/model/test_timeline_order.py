"""The order of a lesson's events, as docs/lesson-format.md states it."""

from __future__ import annotations

from lessonpress.model.lesson import Lesson


def test_events_sort_by_start_then_coarser_first_then_shorter_first() -> None:
    dates = ["1940", "September 1939 – 1941", "August 1939", "1939–1941", "1939", "1939"]
    lesson = Lesson.model_validate(
        {"title": "T", "events": [{"title": f"{n}", "date": d} for n, d in enumerate(dates)]}
    )
    assert [event.title for event in lesson.timeline] == ["4", "5", "3", "2", "1", "0"]
