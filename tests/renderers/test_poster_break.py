"""A long stretch without events is always cut out of the poster's axis, with a break
mark and the years on both sides, read back from the PDF."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber

from checks import layout_problems
from conftest import EXAMPLE, LESSONS
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.poster import PosterRenderer
from lessonpress.renderers.poster.style import MIN_EDGE

YEAR = re.compile(r"(AD )?(\d+)( BC)?")


def year_of(tick: str) -> int | None:
    """The year a tick label such as "600 BC", "AD 400" or "1500" names."""
    match = YEAR.fullmatch(tick)
    if match is None:
        return None
    return -int(match[2]) if match[3] else int(match[2])


def test_ancient_romes_axis_breaks_between_the_western_empire_and_constantinople(
    tmp_path: Path,
) -> None:
    """No event falls between AD 476 and 1453, 39% of the lesson's period: the tabloid
    poster cuts that stretch out, with the two slanted strokes of the break mark on the
    axis, the Roman years ticked left of it and the late ones right of it."""
    path = LESSONS / "ancient-rome.yaml"
    data = PosterRenderer().render(
        load_lesson(path).lesson, load_theme("classic", Path.cwd()), RenderOptions()
    )
    target = tmp_path / "ancient-rome.pdf"
    target.write_bytes(data)
    assert layout_problems(target, margin=MIN_EDGE) == []
    with pdfplumber.open(target) as pdf:
        page = pdf.pages[0]
        # The mark's strokes are the only slanted lines as heavy as the axis.
        strokes = [
            line
            for line in page.lines
            if line["linewidth"] > 1 and line["x0"] != line["x1"] and line["top"] != line["bottom"]
        ]
        assert len(strokes) == 2, strokes
        mark_x = sum(line["x0"] + line["x1"] for line in strokes) / 4
        axis_top = max(line["bottom"] for line in strokes)
        words = page.extract_words(keep_blank_chars=True)
    ticks = [
        (word["x0"], year)
        for word in words
        if axis_top < word["top"] < axis_top + 20 and (year := year_of(word["text"])) is not None
    ]
    before = [year for x, year in ticks if x < mark_x]
    after = [year for x, year in ticks if x > mark_x]
    assert before and after, ticks
    assert max(before) <= 476 and min(after) >= 1400, (before, after)


def test_an_era_cut_by_the_break_keeps_its_band_and_name_before_it(tmp_path: Path) -> None:
    """The example's axis breaks between 1917 and 1933, inside its first era: the part
    before the break still shows that era's band, named (shortened to its room)."""
    path = EXAMPLE
    data = PosterRenderer().render(
        load_lesson(path).lesson, load_theme("classic", Path.cwd()), RenderOptions()
    )
    target = tmp_path / "example.pdf"
    target.write_bytes(data)
    with pdfplumber.open(target) as pdf:
        words = pdf.pages[0].extract_words(extra_attrs=["fontname"])
    # The era names' face: the legend's "Revolution and politics" and the label text's
    # "non-recognition" are not in it. The era is named whole (on one line or two) or
    # shortened with an ellipsis.
    era_words = [word["text"] for word in words if word["fontname"].endswith("BoldIt")]
    assert "Revolution" in era_words, era_words
    assert "and…" in era_words or "non-recognition" in era_words, era_words
