"""The overview slide's tick labels, read back from the deck's shapes: no leader runs
through one, none overlaps another, and those shown are evenly spaced over the axis,
in a light and a dark theme and on two 4:3 templates. Before, a leader through "1940"
took that label away and left "1935, 1945" on the example's axis."""

from __future__ import annotations

import io
import shutil
import tempfile
from functools import cache
from itertools import pairwise
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.shapes.autoshape import Shape
from pptx.shapes.base import BaseShape
from pptx.shapes.connector import Connector

from conftest import EXAMPLE, LESSONS
from lessonpress.layout import Rect, Segment
from lessonpress.layout.geometry import Point
from lessonpress.layout.leaders import segment_crosses_rect
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.deck import DeckRenderer

TEMPLATES = Path(__file__).resolve().parents[1] / "data" / "templates"
LOOKS = ("classic", "chalkboard", "gradient.pptx", "trebuchet.pptx")
EMU_PER_POINT = 12700
SPACING_TOLERANCE = 1.0
"""Points by which two gaps between neighbouring ticks may differ and still be even."""


@cache
def overview_shapes(lesson: Path, look: str) -> tuple[BaseShape, ...]:
    """The shapes of the first overview slide of ``lesson``'s deck in ``look`` (a
    built-in theme, or classic on a template of ``tests/data/templates``)."""
    lesson_model = load_lesson(lesson).lesson
    with tempfile.TemporaryDirectory() as folder:
        theme_reference: str | Path = look
        if look.endswith(".pptx"):
            shutil.copy(TEMPLATES / look, folder)
            theme_reference = Path(folder, "theme.yaml")
            theme_reference.write_text(f"extends: classic\ndeck:\n  template: {look}\n", "utf-8")
        theme = load_theme(theme_reference)
        data = DeckRenderer().render(lesson_model, theme, RenderOptions())
    slides = Presentation(io.BytesIO(data)).slides
    overview = next(slide for slide in slides if any(s.name == "Axis" for s in slide.shapes))
    return tuple(overview.shapes)


def _years(shapes: tuple[BaseShape, ...]) -> list[Shape]:
    """The tick labels among ``shapes``."""
    return [shape for shape in shapes if isinstance(shape, Shape) and shape.name == "Year"]


def _box(shape: BaseShape) -> Rect:
    """A shape's box in points, y down (the leaders' coordinates too)."""
    return Rect(
        shape.left / EMU_PER_POINT,
        shape.top / EMU_PER_POINT,
        shape.width / EMU_PER_POINT,
        shape.height / EMU_PER_POINT,
    )


def _segment(line: Connector) -> Segment:
    return Segment(
        Point(line.begin_x / EMU_PER_POINT, line.begin_y / EMU_PER_POINT),
        Point(line.end_x / EMU_PER_POINT, line.end_y / EMU_PER_POINT),
    )


@pytest.mark.parametrize("look", LOOKS)
@pytest.mark.parametrize(
    "lesson", [EXAMPLE, LESSONS / "language-spanish.yaml"], ids=lambda p: p.stem
)
def test_tick_labels_are_clear_apart_and_evenly_spaced(lesson: Path, look: str) -> None:
    shapes = overview_shapes(lesson, look)
    years = sorted(_years(shapes), key=lambda shape: shape.left)
    leaders = [_segment(s) for s in shapes if isinstance(s, Connector) and s.name == "Leader"]
    boxes = [_box(year) for year in years]
    assert len(years) >= 2, "the axis keeps at least two labelled ticks"
    crossed = [
        y.text_frame.text
        for y, b in zip(years, boxes, strict=True)
        if any(segment_crosses_rect(s, b) for s in leaders)
    ]
    assert not crossed, f"leaders run through {crossed}"
    assert all(before.right < after.left for before, after in pairwise(boxes))
    centres = [box.x + box.width / 2 for box in boxes]
    gaps = [after - before for before, after in pairwise(centres)]
    assert max(gaps) - min(gaps) <= SPACING_TOLERANCE, [y.text_frame.text for y in years]


@pytest.mark.parametrize("look", LOOKS[:3])
def test_the_example_axis_is_labelled_to_its_last_year(look: str) -> None:
    """The example's events end in 1945: on a 16:9 slide the axis's labels run evenly to
    it rather than skip 1940. (On the narrower 4:3 slide "1945" does not fit at the
    axis's end, and the labels run from 1920 to 1940 with none crossed.)"""
    years = [shape.text_frame.text for shape in _years(overview_shapes(EXAMPLE, look))]
    assert years[-1] == "1945"
    steps = {int(after) - int(before) for before, after in pairwise(years)}
    assert len(steps) == 1 and len(years) >= 3, years
