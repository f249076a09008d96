"""The poster's leaders, read back with pdfplumber: no leader runs through a tick label
(or any other word), on the landscape poster with its rows and on the portrait one
with its vertical axis, while the axis keeps ticks to date it.

The example's tabloid poster ran leaders under "1939" and "1941"; the portrait poster of
the one-event lesson ran its leader through "Jul 20, 1969", the tick at its date.
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pdfplumber.page import Page

from conftest import EXAMPLE, LESSONS
from lessonpress.layout import Rect, Segment
from lessonpress.layout.geometry import Point
from lessonpress.layout.leaders import segment_crosses_rect
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.model.pages import parse_page_size
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.poster import PosterRenderer

THIN_LINE = 1.0
"""Stroked paths thinner than this, in points, are leaders (and tick marks)."""

WORD_INSET = 0.5
"""Points a word's box is shrunk by before a line may not cross it: a leader ends on
its label's edge."""

YEAR = re.compile(r"\d{4}")

CASES = {
    "landscape": (EXAMPLE, "extends: classic\n"),
    "portrait": (LESSONS / "minimal.yaml", "extends: classic\nposter: {orientation: portrait}\n"),
}


def thin_pieces(page: Page) -> list[Segment]:
    """The straight pieces of every thin stroked line and polyline on ``page``."""
    pieces = []
    objects: list[dict[str, Any]] = [*page.curves, *page.lines]
    for line in objects:
        if line["linewidth"] >= THIN_LINE:
            continue
        points = [Point(x, y) for x, y in line["pts"]]
        pieces += [Segment(start, end) for start, end in pairwise(points)]
    return pieces


@pytest.fixture(scope="module", params=sorted(CASES))
def poster(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tabloid poster of one case, written once."""
    lesson_path, theme_text = CASES[request.param]
    folder = tmp_path_factory.mktemp("poster-leaders")
    theme_path = folder / "theme.yaml"
    theme_path.write_text(theme_text, encoding="utf-8")
    options = RenderOptions(poster_size=parse_page_size("tabloid"))
    lesson = load_lesson(lesson_path).lesson
    target = folder / f"{request.param}.pdf"
    target.write_bytes(PosterRenderer().render(lesson, load_theme(theme_path), options))
    return target


def test_no_leader_runs_through_a_tick_label_or_any_word(poster: Path) -> None:
    with pdfplumber.open(poster) as pdf:
        page = pdf.pages[0]
        words = page.extract_words(x_tolerance=1.0, y_tolerance=2.0)
        pieces = thin_pieces(page)
    assert len(pieces) >= 4, "the leaders and tick marks are thin lines"
    assert len([word for word in words if YEAR.fullmatch(word["text"])]) >= 3, (
        "the axis keeps ticks to date it"
    )
    crossed = [
        f"{word['text']!r} crossed by {piece}"
        for word in words
        for piece in pieces
        if segment_crosses_rect(
            piece,
            Rect.from_edges(word["x0"], word["top"], word["x1"], word["bottom"]).inset(WORD_INSET),
        )
    ]
    assert crossed == []
