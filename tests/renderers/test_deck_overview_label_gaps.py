"""The overview's labels, read back from the deck's shapes: any two keep at least half
an em apart, side by side or one above the other, and none lies over another event's
marker. Before, labels 8 pt apart in 20 pt type read as one ("Hadrian's Wall begun"
over "The Gutenberg Bible is printed")."""

from __future__ import annotations

import io
from itertools import combinations

import pytest
from pptx import Presentation
from pptx.shapes.autoshape import Shape

from conftest import LESSONS
from lessonpress.layout import Rect
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.deck import DeckRenderer

EMU_PER_POINT = 12700
SLACK = 2.0
"""Points a label's text box is wider than its text, so rounding never clips a letter."""


def _box(shape: Shape, slack: float = 0.0) -> Rect:
    return Rect(
        shape.left / EMU_PER_POINT,
        shape.top / EMU_PER_POINT,
        shape.width / EMU_PER_POINT - slack,
        shape.height / EMU_PER_POINT,
    )


def _apart(a: Rect, b: Rect) -> float:
    """How far apart two boxes are: the larger of their horizontal and vertical gaps."""
    return max(b.x - a.right, a.x - b.right, b.y - a.top, a.y - b.top)


def _size(label: Shape) -> float:
    sizes = [
        run.font.size.pt for p in label.text_frame.paragraphs for run in p.runs if run.font.size
    ]
    return min(sizes)


@pytest.mark.parametrize("lesson", ["every-date-form", "quotations"])
def test_labels_keep_half_an_em_apart_and_off_other_markers(lesson: str) -> None:
    data = DeckRenderer().render(
        load_lesson(LESSONS / f"{lesson}.yaml").lesson, load_theme("classic"), RenderOptions()
    )
    for slide in Presentation(io.BytesIO(data)).slides:
        shapes = [shape for shape in slide.shapes if isinstance(shape, Shape)]
        labels = [shape for shape in shapes if shape.name.startswith("Label: ")]
        markers = [shape for shape in shapes if shape.name.startswith("Marker: ")]
        close = [
            (a.text_frame.text, b.text_frame.text)
            for a, b in combinations(labels, 2)
            if _apart(_box(a, SLACK), _box(b, SLACK)) < _size(a) / 2 - 0.5
        ]
        assert not close, f"labels read as one: {close}"
        covered = [
            (label.text_frame.text, marker.name)
            for label in labels
            for marker in markers
            if marker.name.removeprefix("Marker: ") != label.name.removeprefix("Label: ")
            and _apart(_box(label, SLACK), _box(marker)) < 0
        ]
        assert not covered, f"labels over other events' markers: {covered}"
