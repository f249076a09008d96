"""A statement slide holds its title and text within the slide, or gives way to a title
and text slide. Before, on a 4:3 template naming a font lessonpress does not ship, the
Cyrillic lesson's "Россия продаёт Аляску Соединённым Штатам" took five lines and pushed
its text 6.27 in down a 7.5 in slide, six words below its edge."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from pptx import Presentation

from conftest import LESSONS
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.deck import DeckRenderer

TEMPLATES = LESSONS.parent / "templates"


def test_no_shape_of_a_statement_slide_leaves_the_slide(tmp_path: Path) -> None:
    shutil.copy(TEMPLATES / "trebuchet.pptx", tmp_path / "trebuchet.pptx")
    theme_file = tmp_path / "theme.yaml"
    theme_file.write_text(
        "name: trebuchet\nextends: classic\ndeck:\n  template: trebuchet.pptx\n", encoding="utf-8"
    )
    data = DeckRenderer().render(
        load_lesson(LESSONS / "cyrillic-greek.yaml").lesson,
        load_theme(str(theme_file), tmp_path),
        RenderOptions(),
    )
    deck = Presentation(io.BytesIO(data))
    height, width = deck.slide_height, deck.slide_width
    outside = [
        (number, shape.name)
        for number, slide in enumerate(deck.slides, 1)
        if any(shape.name == "Date panel" for shape in slide.shapes)
        for shape in slide.shapes
        if shape.top + shape.height > height or shape.left + shape.width > width
    ]
    assert not outside, f"shapes past the slide's edge: {outside}"
