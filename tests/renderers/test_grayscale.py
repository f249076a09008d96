"""A grayscale theme prints no colour: every output of a lesson with its own category
colours and coloured pictures, rendered to pixels, is gray outside the pictures."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image, ImageChops

from checks import convert_to_pdf, needs_programs, require_program
from conftest import LESSONS, BuildOutput

DPI = 50
"""Enough to resolve a marker (about 8 pt) into a few pixels."""

COLOURED_SPREAD = 24
"""A pixel whose channels differ by more than this (of 255) is coloured; anti-aliased
grays on white stay well below it."""

PICTURE_MARGIN = 2
"""Pixels around a picture left out with it: its edge is resampled into its neighbours."""

LESSON = LESSONS / "images.yaml"
"""Two categories with colours of their own, and coloured pictures to leave out."""


def coloured_pixels_outside_pictures(pdf_path: Path, folder: Path) -> dict[int, tuple]:
    """Per page number, the bounding box of the coloured pixels that are not part of one
    of the page's pictures (pages without any are left out)."""
    pdftoppm = require_program("pdftoppm")
    prefix = folder / pdf_path.stem
    subprocess.run([pdftoppm, "-r", str(DPI), "-png", str(pdf_path), str(prefix)], check=True)
    pngs = sorted(folder.glob(f"{pdf_path.stem}-*.png"))
    found: dict[int, tuple] = {}
    with pdfplumber.open(pdf_path) as pdf:
        assert len(pngs) == len(pdf.pages)
        for number, (page, png) in enumerate(zip(pdf.pages, pngs, strict=True), start=1):
            red, green, blue = Image.open(png).convert("RGB").split()
            spread = ImageChops.subtract(
                ImageChops.lighter(ImageChops.lighter(red, green), blue),
                ImageChops.darker(ImageChops.darker(red, green), blue),
            )
            scale = spread.width / float(page.width)
            for picture in page.images:
                box = (
                    int(picture["x0"] * scale) - PICTURE_MARGIN,
                    int(picture["top"] * scale) - PICTURE_MARGIN,
                    int(picture["x1"] * scale) + PICTURE_MARGIN + 1,
                    int(picture["bottom"] * scale) + PICTURE_MARGIN + 1,
                )
                spread.paste(0, box)
            coloured = spread.point(lambda value: 255 if value > COLOURED_SPREAD else 0)
            if coloured.getbbox() is not None:
                found[number] = coloured.getbbox()
    return found


def picture_count(pdf_path: Path) -> int:
    """How many pictures the PDF places, so that leaving them out is not the whole test."""
    with pdfplumber.open(pdf_path) as pdf:
        return sum(len(page.images) for page in pdf.pages)


@needs_programs("pdftoppm")
@pytest.mark.parametrize("output", ["handout", "poster"])
def test_an_ink_saver_pdf_is_gray_outside_the_pictures(
    build_output: BuildOutput, output: str, tmp_path: Path
) -> None:
    pdf = build_output(LESSON, output, theme="ink-saver")
    assert picture_count(pdf) > 0
    assert coloured_pixels_outside_pictures(pdf, tmp_path) == {}


@needs_programs("soffice", "pdftoppm")
def test_an_ink_saver_deck_is_gray_outside_the_pictures(
    build_output: BuildOutput, tmp_path: Path
) -> None:
    """As LibreOffice shows the deck: the colour scheme, the category stripes, the
    overview's markers and the legend are all gray."""
    pdf = convert_to_pdf(build_output(LESSON, "deck", theme="ink-saver"), tmp_path)
    assert picture_count(pdf) > 0
    assert coloured_pixels_outside_pictures(pdf, tmp_path) == {}


@needs_programs("pdftoppm")
def test_the_check_sees_a_coloured_category(build_output: BuildOutput, tmp_path: Path) -> None:
    """The same lesson in a colour theme is caught: the measure can fail."""
    pdf = build_output(LESSON, "poster", theme="classic")
    assert coloured_pixels_outside_pictures(pdf, tmp_path) != {}
