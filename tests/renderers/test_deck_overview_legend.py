"""The overview's legend, read back from the deck's shapes: every category is named whole
(a name wider than the slide wraps rather than end in "…describes as…"), and the ring
drawn round key events is explained by a "Key event" entry in the lesson's language."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.shapes.base import BaseShape

from conftest import LESSONS
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.present.words import words_for
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.deck import DeckRenderer


def _overview(lesson: Path, theme: str = "classic") -> tuple[tuple[BaseShape, ...], int]:
    """The shapes of ``lesson``'s overview slides in ``theme`` (the legend's slide with
    them, when it has one of its own), and the slide's width."""
    data = DeckRenderer().render(load_lesson(lesson).lesson, load_theme(theme), RenderOptions())
    presentation = Presentation(io.BytesIO(data))
    overview = tuple(
        shape
        for slide in presentation.slides
        if any(s.name == "Axis" or s.name.startswith("Legend") for s in slide.shapes)
        for shape in slide.shapes
    )
    width = presentation.slide_width
    assert width is not None
    return overview, width


def _legend_names(shapes: tuple[BaseShape, ...]) -> list[str]:
    """The legend's names as the slide shows them, each entry's lines joined by a space."""
    return [
        " ".join(paragraph.text for paragraph in shape.text_frame.paragraphs)
        for shape in shapes
        if shape.name.startswith("Legend: ")
    ]


@pytest.mark.parametrize("aspect", ["16:9", "4:3"])
def test_every_category_is_named_whole_within_the_slide(aspect: str, tmp_path: Path) -> None:
    theme = tmp_path / "theme.yaml"
    theme.write_text(f"extends: classic\ndeck:\n  aspect: '{aspect}'\n", encoding="utf-8")
    path = LESSONS / "many-categories.yaml"
    lesson = load_lesson(path).lesson
    shapes, slide_width = _overview(path, str(theme))
    assert _legend_names(shapes) == [category.label for category in lesson.categories.values()]
    legend = [shape for shape in shapes if shape.name.startswith("Legend")]
    assert all(shape.left + shape.width <= slide_width for shape in legend)


def test_key_event_ring_is_named_in_the_lessons_language() -> None:
    shapes, _ = _overview(LESSONS / "language-french.yaml")
    assert any(shape.name.startswith("Marker: ") for shape in shapes)
    assert _legend_names(shapes)[-1] == words_for("fr").key_event
    assert words_for("fr").key_event != words_for("en").key_event


def test_no_key_event_entry_without_key_events() -> None:
    shapes, _ = _overview(LESSONS / "many-categories.yaml")
    assert words_for("en").key_event not in _legend_names(shapes)
