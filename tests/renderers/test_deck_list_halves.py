"""Lists in two columns on a template with no two-content layout, read back from the
deck: the school template has only a title-and-content layout, and before its lists were
always set in one column across the slide. Now the body area is split into two halves,
the layout's body placeholder on the left and a body placeholder of the slide's own on
the right, and the deck still validates."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.shapes.placeholder import SlidePlaceholder

from checks import pptx_problems
from conftest import EXAMPLE, LESSONS
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.deck import DeckRenderer
from lessonpress.renderers.deck.lists import COLUMN_GUTTER
from lessonpress.renderers.deck.template import find_layouts

SCHOOL = LESSONS.parent / "templates" / "school-theme.yaml"
TITLES = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE}


def test_objectives_take_two_columns_on_a_template_without_two_content(tmp_path: Path) -> None:
    lesson = load_lesson(EXAMPLE).lesson
    data = DeckRenderer().render(lesson, load_theme(str(SCHOOL), Path.cwd()), RenderOptions())
    deck_file = tmp_path / "school.pptx"
    deck_file.write_bytes(data)
    assert pptx_problems(deck_file) == []
    deck = Presentation(str(deck_file))
    assert find_layouts(deck.slide_masters[0]).two_content is None
    objectives = deck.slides[1]
    assert objectives.shapes.title is not None
    assert objectives.shapes.title.text_frame.text == "Learning objectives"
    bodies = [
        shape
        for shape in objectives.placeholders
        if isinstance(shape, SlidePlaceholder) and shape.placeholder_format.type not in TITLES
    ]
    assert len(bodies) == 2
    left, right = sorted(bodies, key=lambda shape: shape.left)
    assert left.placeholder_format.idx != right.placeholder_format.idx
    assert left.top == right.top and left.width == right.width
    assert left.left + left.width + COLUMN_GUTTER <= right.left
    assert right.left + right.width <= deck.slide_width
    sizes = {run.font.size for body in bodies for p in body.text_frame.paragraphs for run in p.runs}
    assert len(sizes) == 1, "both columns are set at one size"
    shown = " ".join(body.text_frame.text for body in bodies)
    assert all(objective.plain[:30] in shown for objective in lesson.objectives)
