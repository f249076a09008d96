"""The key-events poster (``--only highlighted``): a lesson's highlighted events alone,
for a lesson too crowded for its paper, saying so under its title."""

from __future__ import annotations

from lessonpress.errors import OutputRefused, Problem
from lessonpress.model.lesson import Lesson
from lessonpress.present.words import words_for


def key_events_lesson(lesson: Lesson) -> Lesson:
    """``lesson`` with its highlighted events alone, its subtitle saying so ("Key events
    only, 7 of 45"). Raises :class:`~lessonpress.errors.OutputRefused`, naming the
    lesson's file, when no event is highlighted."""
    key_events = tuple(event for event in lesson.events if event.highlight)
    if not key_events:
        raise OutputRefused(
            [
                Problem(
                    lesson.source_file,
                    None,
                    None,
                    "events",
                    "--only highlighted makes a poster of the key events, but no event of "
                    "this lesson is marked highlight: true",
                    "add highlight: true to the events the poster must show, or build the "
                    "poster without --only highlighted",
                )
            ]
        )
    note = words_for(lesson.language).key_events_only(len(key_events), len(lesson.events))
    subtitle = f"{note} · {lesson.subtitle}" if lesson.subtitle else note
    # Built without validation from fields already valid; a copy would keep the whole
    # lesson's cached timeline.
    fields = {**dict(lesson), "events": key_events, "subtitle": subtitle}
    return Lesson.model_construct(**fields)
