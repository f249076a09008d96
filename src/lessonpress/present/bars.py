"""Which of a lesson's lasting events the timelines draw as bars, decided once for the
timelines themselves, the legend's bar patterns and the check's warnings."""

from __future__ import annotations

from lessonpress.model.lesson import Event, Lesson

POINT_LIKE_SHARE = 0.005
"""A range shorter than this share of the whole lesson is shown as a point: a bar of four
days on a thirty-year axis would be a speck, where a marker reads."""


def shortest_bar(lesson: Lesson) -> float:
    """The shortest range, in years, that the lesson's timelines draw as a bar."""
    first, last = lesson.span
    return max((last - first) * POINT_LIKE_SHARE, 0.0)


def drawn_as_bar(event: Event, shortest: float) -> bool:
    """Whether ``event`` is drawn as a bar, not a point, where bars are ``shortest`` years
    long or more (see ``shortest_bar``)."""
    span = event.span
    return span.is_range and span.end_position - span.start_position >= shortest
