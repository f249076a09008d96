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


@pytest.mark.parametrize("lesson_name", ["ancient-rome.yaml", "cyrillic-greek.yaml"])
def test_an_era_too_narrow_for_its_name_is_named_whole_in_the_legend(lesson_name: str) -> None:
    lesson = load_lesson(LESSONS / lesson_name).lesson
    data = DeckRenderer().render(lesson, load_theme("classic"), RenderOptions())
    named: set[str] = set()
    for slide in Presentation(io.BytesIO(data)).slides:
        names = {shape.name for shape in slide.shapes}
        for shape in slide.shapes:
            text = (
                " ".join(p.text for p in shape.text_frame.paragraphs)
                if shape.has_text_frame
                else ""
            )
            if shape.name.startswith("Era name: ") or (
                shape.name.startswith("Legend: ") and f"Legend era: {text}" in names
            ):
                named.add(text)
    assert {era.title for era in lesson.eras} <= named


def test_each_overview_slide_names_whole_every_era_it_shows() -> None:
    """The Second World War takes two overview slides; on the second, "The war becomes
    global" has the edge of a band only: the slide's legend names it."""
    lesson = load_lesson(LESSONS / "world-war-two-45.yaml").lesson
    data = DeckRenderer().render(lesson, load_theme("classic"), RenderOptions())
    overviews = [
        slide
        for slide in Presentation(io.BytesIO(data)).slides
        if any(shape.name == "Axis" for shape in slide.shapes)
    ]
    assert len(overviews) >= 2
    for slide in overviews:
        names = {shape.name for shape in slide.shapes}
        shown = {name.removeprefix("Era: ") for name in names if name.startswith("Era: ")}
        whole = {
            " ".join(p.text for p in shape.text_frame.paragraphs)
            for shape in slide.shapes
            if shape.name.startswith("Era name: ")
            or (shape.name.startswith("Legend: ") and f"Legend era: {shape.name[8:]}" in names)
        }
        assert shown <= whole
