"""The poster's legend, read back with pdfplumber on the fifteen-category lesson: it is
set in balanced columns beside the title block rather than in one column down the page.

Before, many-categories' one column of seventeen rows took 0.39 of the page's height on
letter and tabloid (and pushed the header's rule to 0.45 of it); now its four columns take
0.10, and the rule is at 0.28 (letter) and 0.20 (tabloid).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pdfplumber
import pytest

from conftest import LESSONS
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.model.pages import parse_page_size
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.poster import PosterRenderer

LESSON = LESSONS / "many-categories.yaml"

MOST_HEIGHT_SHARE = 0.2
"""The most of the page's height the legend may take."""


@pytest.mark.parametrize("size", ["letter", "tabloid"])
def test_legend_takes_a_small_band_in_balanced_columns(tmp_path: Path, size: str) -> None:
    lesson = load_lesson(LESSON).lesson
    options = RenderOptions(poster_size=parse_page_size(size))
    target = tmp_path / "poster.pdf"
    target.write_bytes(PosterRenderer().render(lesson, load_theme("classic"), options))
    # Each category's label, or the first word of the long one (shortened); the event
    # titles that share those words are bold.
    first_words = {category.label.split()[0] for category in lesson.categories.values()}
    with pdfplumber.open(target) as pdf:
        page = pdf.pages[0]
        words = page.extract_words(x_tolerance=1.0, y_tolerance=2.0, extra_attrs=["fontname"])
        height = page.height
    legend = [
        word for word in words if word["text"] in first_words and "Bold" not in word["fontname"]
    ]
    assert len(legend) == len(first_words), "every category is in the legend"
    top = min(word["top"] for word in legend)
    bottom = max(word["bottom"] for word in legend)
    assert (bottom - top) / height <= MOST_HEIGHT_SHARE
    columns = Counter(round(word["x0"]) for word in legend)
    assert len(columns) >= 2
    assert max(columns.values()) - min(columns.values()) <= 1, "the columns are balanced"
