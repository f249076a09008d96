"""A continued slide's counter as LibreOffice draws it: "(2 of 4)" stays on one line.
Before, the long-texts lesson's railway slides wrapped theirs as "(2 of / 4)"."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber

from checks import convert_to_pdf, needs_programs
from lessonpress.build import build_lesson

SENTENCE = (
    "Eight trains decorated with flags steamed out of Liverpool towards Manchester, "
    "carrying the Prime Minister, hundreds of guests and the hopes of the merchants. "
)

LESSON = f"""\
title: Railways
language: en
events:
  - title: The Liverpool and Manchester Railway opens
    date: September 15, 1830
    text: "{SENTENCE * 8}"
"""

COUNTER_CUT = re.compile(r"\(\d+(\s+of)?\s*$|^\s*(of\s+)?\d+\)")
"""A line that ends inside a counter, or one that starts with the rest of one."""


@needs_programs("soffice")
def test_a_continued_slides_counter_is_never_broken(tmp_path: Path) -> None:
    lesson = tmp_path / "railways.yaml"
    lesson.write_text(LESSON, encoding="utf-8")
    [deck] = build_lesson(lesson, tmp_path / "out", ["deck"], "classic").outputs
    with pdfplumber.open(convert_to_pdf(deck, tmp_path)) as pdf:
        lines = [line for page in pdf.pages for line in (page.extract_text() or "").splitlines()]
    assert any(re.search(r"\(2\s+of\s+\d+\)", line) for line in lines), "a continued slide"
    assert not [line for line in lines if COUNTER_CUT.search(line)]
