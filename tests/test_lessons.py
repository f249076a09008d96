"""Every lesson in the repository is valid, and the example keeps the seed's events."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CONTENT, EXAMPLE, LESSONS
from lessonpress.load.lesson import load_lesson

ALL_LESSONS = sorted([*CONTENT.glob("*.yaml"), *LESSONS.glob("*.yaml")])

SEED_EVENTS = [
    ("Russian Revolution", "March 8–12, 1917"),
    ("Diplomatic Relations", "November 1933"),
    ("Soviet occupation of Poland", "1939–1941"),
    ("Nazi-Soviet Pact", "August 1939"),
    ("Lend-Lease Act", "January 10, 1941"),
    ("Nazi invasion of the Soviet Union", "June 1941"),
    ("Allied landings at Normandy", "June 1944"),
]


@pytest.mark.parametrize("path", ALL_LESSONS, ids=lambda path: path.stem)
def test_every_lesson_in_the_repository_loads(path: Path) -> None:
    loaded = load_lesson(path)
    assert loaded.lesson.events


def test_the_example_keeps_every_event_and_date_of_the_seed() -> None:
    lesson = load_lesson(EXAMPLE).lesson
    found = [(event.title, event.date_label) for event in lesson.timeline]
    assert len(found) == len(SEED_EVENTS)
    for title_part, date_label in SEED_EVENTS:
        assert any(
            title_part.lower() in title.lower() and date == date_label for title, date in found
        ), (
            title_part,
            found,
        )


def test_the_example_is_what_a_teacher_would_hand_out() -> None:
    lesson = load_lesson(EXAMPLE).lesson
    assert lesson.objectives and lesson.eras and lesson.categories
    assert len(lesson.questions) == 3 and all(question.answer for question in lesson.questions)
    assert lesson.glossary and lesson.sources
    assert all(event.category for event in lesson.events)
    assert any(event.significance for event in lesson.events)
    assert "1917" in lesson.title
