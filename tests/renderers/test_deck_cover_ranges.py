"""The cover's subtitle as LibreOffice draws it on the trebuchet.pptx template: a range
of years stays on one line. Before, the long-texts lesson's subtitle broke as "Water,
steam and rail, 1712– / 1848"."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from checks import convert_to_pdf, needs_programs
from lessonpress.build import build_lesson

TEMPLATES = Path(__file__).resolve().parents[1] / "data" / "templates"

LESSON = """\
title: The Industrial Revolution in Britain
subtitle: Water, steam and rail, 1712–1848
author: lessonpress test data
course: World History, Grade 10
language: en
events:
  - {title: Newcomen's engine, date: "1712"}
"""


@needs_programs("soffice")
def test_the_covers_range_of_years_stays_on_one_line(tmp_path: Path) -> None:
    lesson = tmp_path / "cover.yaml"
    lesson.write_text(LESSON, encoding="utf-8")
    theme = tmp_path / "trebuchet-theme.yaml"
    theme.write_text(
        f"name: trebuchet\nextends: classic\ndeck:\n  template: {TEMPLATES / 'trebuchet.pptx'}\n",
        encoding="utf-8",
    )
    [deck] = build_lesson(
        lesson, tmp_path / "out", ["deck"], str(theme), allowed_dirs=[TEMPLATES]
    ).outputs
    with pdfplumber.open(convert_to_pdf(deck, tmp_path)) as pdf:
        cover = (pdf.pages[0].extract_text() or "").replace("\u2060", "")
    assert any("1712–1848" in line for line in cover.splitlines()), cover
