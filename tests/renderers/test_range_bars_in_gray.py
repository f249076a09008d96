"""A poster printed on a black-and-white printer still tells its categories' range bars
apart: rendered to gray pixels, any two bars of different categories differ, by their
pattern or their gray, in every theme."""

from __future__ import annotations

import itertools
from pathlib import Path

import pdfplumber
import pypdfium2
import pytest
from PIL import Image, ImageChops, ImageStat

from conftest import BuildOutput
from lessonpress.load.theme import builtin_theme_names
from timeline_drawing import Box, axis_lines, bar_boxes

CATEGORY_COUNT = 15
"""Categories with one lasting event each: fifteen, as many as the issue's poster whose
bars became one gray, more than a chalkboard palette has colours (two categories share
one: only their patterns part them) and enough for the Okabe–Ito orange and sky blue,
whose grays are one. With eight patterns, two chalkboard bars differed by 0.5 levels."""

SCALE = 3.0
"""Pixels per point (216 dpi): a hatch line of half a point is one or two pixels wide."""

SHIFT = 1
"""Pixels a bar's picture is moved, every way, to line it up with another's: a bar's left
edge falls anywhere inside a pixel."""

LEAST_DIFFERENCE = 12.0
"""The least mean difference, in levels of 255, between two bars' gray pictures: plain
bars in the Okabe–Ito orange and sky blue differ by about 4, bars of one colour by 0."""


def write_lasting_categories_lesson(folder: Path) -> Path:
    """Categories each with one lasting event, the bars side by side in one lane."""
    lines = ["title: Kinds of Lasting Events", "categories:"]
    lines += [f"  c{n}: {{label: Kind {n}}}" for n in range(CATEGORY_COUNT)]
    lines += ["events:"]
    lines += [
        f"  - {{title: Event {n}, date: {1800 + 12 * n} - {1808 + 12 * n}, category: c{n}}}"
        for n in range(CATEGORY_COUNT)
    ]
    path = folder / "lasting-categories.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


def timeline_bars(page: pdfplumber.page.Page) -> list[Box]:
    """The bars beside the axis, left to right: not the legend's."""
    [axis] = axis_lines(page)
    return [box for box in bar_boxes(page) if 0 < axis["top"] - box[3] < 4 * (box[3] - box[1])]


def bar_inside(picture: Image.Image, box: Box, width: float) -> Image.Image:
    """The gray pixels inside ``box``, clear of its rounded ends and its edge, ``width``
    points long from the left."""
    x0, top, _, bottom = box
    height = bottom - top
    left, upper = (x0 + height) * SCALE, top * SCALE
    return picture.crop(
        (round(left), round(upper + 2), round(left + width * SCALE), round(bottom * SCALE - 2))
    )


def difference(one: Image.Image, other: Image.Image) -> float:
    """The mean difference of two pictures of one size, at the shift that lines them up
    best."""
    inner = (SHIFT, SHIFT, one.width - SHIFT, one.height - SHIFT)
    core = one.crop(inner)
    return min(
        ImageStat.Stat(
            ImageChops.difference(core, other.crop((dx, dy, dx + core.width, dy + core.height)))
        ).mean[0]
        for dx, dy in itertools.product(range(2 * SHIFT + 1), repeat=2)
    )


def least_difference_between_bars(poster: Path) -> float:
    """The smallest difference between the gray pictures of two bars on the poster."""
    with pdfplumber.open(poster) as pdf:
        bars = timeline_bars(pdf.pages[0])
    assert len(bars) == CATEGORY_COUNT
    document = pypdfium2.PdfDocument(poster)
    picture = document[0].render(scale=SCALE, grayscale=True).to_pil().convert("L")
    width = min(x1 - x0 - 2 * (bottom - top) for x0, top, x1, bottom in bars)
    insides = [bar_inside(picture, box, width) for box in bars]
    return min(difference(one, other) for one, other in itertools.combinations(insides, 2))


@pytest.fixture(scope="module")
def lasting_categories(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The lesson of many categories' bars, written once."""
    return write_lasting_categories_lesson(tmp_path_factory.mktemp("lasting"))


@pytest.mark.parametrize("theme", builtin_theme_names())
def test_every_two_categories_bars_differ_in_gray(
    build_output: BuildOutput, lasting_categories: Path, theme: str
) -> None:
    poster = build_output(lasting_categories, "poster", theme=theme)
    assert least_difference_between_bars(poster) >= LEAST_DIFFERENCE
