"""A dark theme's poster prints on white paper with dark accents: the board's colour is
the projector's look, kept for the deck. Rendered to gray pixels, the chalkboard poster
is white but for its text and lines, on tabloid and on letter alike, and its chalk
colours are darkened until they show on the paper."""

from __future__ import annotations

import pypdfium2
import pytest
from PIL import Image, ImageStat

from conftest import EXAMPLE, LESSONS, BuildOutput
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.model.colors import GRAPHIC_CONTRAST, contrast_ratio
from lessonpress.present import present

SCALE = 0.5
"""Pixels per point (36 dpi): enough to tell text and lines from a fill."""

DARK = 128
"""A gray below this (of 255) is dark ink."""

CELL = 72
"""The side of the squares the page is cut into, in pixels: two inches."""

LEAST_WHITE_SHARE = 0.92
"""The share of the page that stays light: type and rules darken 3–5% of a poster."""


def dark_shares(picture: Image.Image) -> tuple[float, float]:
    """The share of dark pixels on the whole page, and in its darkest two-inch square."""
    dark = picture.point(lambda value: 255 if value < DARK else 0)
    whole = ImageStat.Stat(dark).mean[0] / 255
    squares = dark.reduce(CELL)
    return whole, squares.getextrema()[1] / 255


@pytest.mark.parametrize("size", ["tabloid", "letter"])
def test_the_chalkboard_poster_is_white_paper_with_dark_ink(
    build_output: BuildOutput, size: str
) -> None:
    poster = build_output(EXAMPLE, "poster", theme="chalkboard", poster_size=size)
    page = pypdfium2.PdfDocument(poster)[0]
    picture = page.render(scale=SCALE, grayscale=True).to_pil().convert("L")
    whole, darkest_square = dark_shares(picture)
    assert whole <= 1 - LEAST_WHITE_SHARE
    # No dark fill: even the title's heavy letters leave most of a square white.
    assert darkest_square < 0.5


def test_chalk_colours_are_darkened_on_paper_and_kept_on_the_screen() -> None:
    """Fifteen categories in the chalkboard palette's pale chalks (one white): on paper
    each shows on white as a marker must, on the slide each keeps its chalk."""
    lesson = load_lesson(LESSONS / "many-categories.yaml").lesson
    theme = load_theme("chalkboard")
    on_paper = [entry.color for entry in present(lesson, theme, "poster").legend]
    on_screen = [entry.color for entry in present(lesson, theme, "deck").legend]
    assert min(contrast_ratio(color, "#FFFFFF") for color in on_paper) >= GRAPHIC_CONTRAST
    assert set(on_screen) == set(theme.colors.palette)
