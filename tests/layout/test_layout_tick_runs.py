"""Ticks whose labels a leader crosses: the axis keeps an evenly spaced run of ticks clear
of the leaders, not a sequence with holes.

World War II's tabloid poster read 1939, 1940, 1941, 1944, 1946 on its axis once the
ticks that leaders crossed were dropped one by one.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise
from pathlib import Path

import pdfplumber
import pytest

from conftest import LESSONS
from lessonpress.layout.tick_runs import evenly_kept
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.model.pages import parse_page_size
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.poster import PosterRenderer


@pytest.mark.parametrize(
    ("clear", "kept"),
    [
        ([True] * 5, [0, 1, 2, 3, 4]),
        ([True, True, False, True, True], [0, 4]),
        ([True, False, True, True, True, True, True], [0, 2, 4, 6]),
        ([True, True, True, False, True, True, True, True, True], [0, 2, 4, 6, 8]),
        ([False, True, True, False, True, True, False], [1, 5]),
        ([False, False], []),
    ],
)
def test_the_run_kept_is_even_and_spans_the_axis(clear: list[bool], kept: list[int]) -> None:
    assert list(evenly_kept(clear)) == kept


def test_the_poster_axis_reads_in_even_steps(tmp_path: Path) -> None:
    theme_path = tmp_path / "theme.yaml"
    theme_path.write_text("extends: classic\n", encoding="utf-8")
    lesson = load_lesson(LESSONS / "world-war-two-45.yaml").lesson
    options = RenderOptions(poster_size=parse_page_size("tabloid"))
    target = tmp_path / "poster.pdf"
    target.write_bytes(PosterRenderer().render(lesson, load_theme(theme_path), options))
    with pdfplumber.open(target) as pdf:
        words = pdf.pages[0].extract_words(extra_attrs=["fontname"])
    years = [
        word
        for word in words
        if word["text"].isdigit() and len(word["text"]) == 4 and "Regular" in word["fontname"]
    ]
    axis_top, _ = Counter(round(word["top"]) for word in years).most_common(1)[0]
    ticks = sorted(int(word["text"]) for word in years if round(word["top"]) == axis_top)
    assert len(ticks) >= 2 and ticks[0] == 1939 and ticks[-1] == 1946
    assert len({later - earlier for earlier, later in pairwise(ticks)}) == 1, ticks
