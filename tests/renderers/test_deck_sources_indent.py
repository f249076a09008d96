"""The sources slides' entries, read back from the deck: each paragraph hangs, its
wrapped lines set in under its first (``marL`` with the negative ``indent`` that brings
the first line back out), on the default master and on a school's template, whose own
list style would otherwise decide."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

from conftest import EXAMPLE, LESSONS
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.deck import DeckRenderer
from lessonpress.renderers.deck.lists import SOURCE_HANGING

SCHOOL = LESSONS.parent / "templates" / "school-theme.yaml"
EMU_PER_POINT = 12700


@pytest.mark.parametrize("theme", ["classic", str(SCHOOL)], ids=["classic", "school"])
def test_every_source_entry_has_a_hanging_indent(theme: str) -> None:
    lesson = load_lesson(EXAMPLE).lesson
    data = DeckRenderer().render(lesson, load_theme(theme, Path.cwd()), RenderOptions())
    entries = []
    for slide in Presentation(io.BytesIO(data)).slides:
        title = slide.shapes.title
        if title is None or not title.text_frame.text.startswith("Sources"):
            continue
        for shape in slide.placeholders:
            kind = shape.placeholder_format.type
            if kind in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE):
                continue
            entries += [p for p in shape.text_frame.paragraphs if p.text.strip()]
    assert len(entries) == len(lesson.all_sources)
    for entry in entries:
        properties = entry._p.pPr
        margin, indent = int(properties.get("marL")), int(properties.get("indent"))
        size = entry.runs[0].font.size.pt
        assert margin == pytest.approx(SOURCE_HANGING * size * EMU_PER_POINT, abs=1), entry.text
        assert indent == -margin
