"""An era's name too long for its band on one line breaks over two on the poster
rather than lose its last words.

The example's poster read "Revolution and…" on every paper size.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from conftest import EXAMPLE
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.model.pages import parse_page_size
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.poster import PosterRenderer


def test_a_long_era_name_takes_two_lines_whole(tmp_path: Path) -> None:
    theme_path = tmp_path / "theme.yaml"
    theme_path.write_text("extends: classic\n", encoding="utf-8")
    lesson = load_lesson(EXAMPLE).lesson
    options = RenderOptions(poster_size=parse_page_size("tabloid"))
    target = tmp_path / "poster.pdf"
    target.write_bytes(PosterRenderer().render(lesson, load_theme(theme_path), options))
    with pdfplumber.open(target) as pdf:
        words = pdf.pages[0].extract_words(extra_attrs=["fontname"])
    era_words = [word for word in words if word["fontname"].endswith("BoldIt")]
    shown = [word["text"] for word in era_words]
    assert "…" not in " ".join(shown)
    for era in lesson.eras:
        assert all(part in shown for part in era.title.split()), (era.title, shown)
    first = lesson.eras[0].title.split()
    tops = {round(word["top"]) for word in era_words if word["text"] in (first[0], first[-1])}
    assert len(tops) == 2, "the first era's name takes two lines"
