"""The overview's era names, read back from the deck's shapes: an era name too long for
one line of its band breaks over two inside it rather than end in "…" ("Ελληνιστική…",
"Recognition and…")."""

from __future__ import annotations

import io

import pytest
from pptx import Presentation

from conftest import LESSONS
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.deck import DeckRenderer


def _era_names(lesson_name: str) -> dict[str, list[str]]:
    """Each era's name lines as the overview slides show them, by the era's title."""
    lesson = load_lesson(LESSONS / lesson_name).lesson
    data = DeckRenderer().render(lesson, load_theme("classic"), RenderOptions())
    return {
        shape.name.removeprefix("Era name: "): [p.text for p in shape.text_frame.paragraphs]
        for slide in Presentation(io.BytesIO(data)).slides
        for shape in slide.shapes
        if shape.name.startswith("Era name: ")
    }


@pytest.mark.parametrize(
    ("lesson", "era"),
    [("language-greek.yaml", "Ελληνιστική εποχή"), ("long-range.yaml", "The end of the Cold War")],
)
def test_a_long_era_name_breaks_over_two_lines_whole(lesson: str, era: str) -> None:
    lines = _era_names(lesson)[era]
    assert len(lines) == 2
    assert " ".join(lines) == era
