"""A dark theme's poster prints on white paper with dark accents: the board's colour is
the projector's look, kept for the deck. Rendered to gray pixels, the chalkboard poster
is white but for its text and lines, on tabloid and on letter alike."""

from __future__ import annotations

import pypdfium2
import pytest
from PIL import Image, ImageStat

from conftest import EXAMPLE, BuildOutput

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
