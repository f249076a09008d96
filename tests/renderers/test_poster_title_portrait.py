"""On A1 portrait, where the legend narrows the title block, a long title, subtitle and
author line are whole: the title shrinks (never below tabloid's 60 pt) to fit four
lines, and the subtitle and author line take the lines they need.

The A1 portrait poster cut the title to "…How Ships, Maps and…", and its subtitle
and author line too.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from conftest import LESSONS
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.model.pages import parse_page_size
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.poster import PosterRenderer

LONG_HEADER = LESSONS / "poster-crowded-frame.yaml"


def test_the_header_is_whole_on_a1_portrait(tmp_path: Path) -> None:
    theme_path = tmp_path / "theme.yaml"
    theme_path.write_text(
        "extends: classic\nposter: {page_size: a1, orientation: portrait}\n", encoding="utf-8"
    )
    lesson = load_lesson(LONG_HEADER).lesson
    options = RenderOptions(poster_size=parse_page_size("a1"))
    target = tmp_path / "poster.pdf"
    target.write_bytes(PosterRenderer().render(lesson, load_theme(theme_path), options))
    with pdfplumber.open(target) as pdf:
        page = pdf.pages[0]
        words = page.extract_words(extra_attrs=["size"])
        rule = min(line["top"] for line in page.lines if line["width"] > page.width / 2)
    header = [word for word in words if word["bottom"] < rule]
    title_size = max(word["size"] for word in header)
    title = [word["text"] for word in header if word["size"] > title_size - 0.01]
    assert " ".join(title) == " ".join(lesson.title.split())
    assert title_size >= 60.0 - 0.01
    text = " ".join(word["text"] for word in header)
    assert "…" not in text
    for part in (lesson.subtitle, lesson.author, lesson.course, lesson.date):
        assert part and " ".join(part.split()) in text
