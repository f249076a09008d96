"""Pictures on the poster: a very wide or tall picture keeps a readable thumbnail, and
each thumbnail sits nearer its own event's label than any other.

On tabloid the images lesson's tall TIFF picture (400 × 1600) and wide GIF one were
never shown (their short side fell under the smallest thumbnail), and the JPEG
picture sat beside the TIFF label.
"""

from __future__ import annotations

import math
from pathlib import Path

import pdfplumber
import pytest

from conftest import LESSONS
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.model.image_file import ImageFile
from lessonpress.model.pages import parse_page_size
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.poster import PosterRenderer
from lessonpress.renderers.poster.style import PosterStyle
from lessonpress.renderers.poster.thumbnails import MIN_THUMBNAIL_SIDE, thumbnail_size


@pytest.mark.parametrize(("width", "height"), [(1600, 400), (400, 1600)])
def test_a_very_wide_or_tall_picture_keeps_a_readable_thumbnail(width: int, height: int) -> None:
    style = PosterStyle.for_page(17 * 72, 11 * 72)
    image = ImageFile(path=Path("picture.png"), width=width, height=height, data=b"")
    size = thumbnail_size(image, style)
    assert size is not None
    assert min(size) >= MIN_THUMBNAIL_SIDE * style.scale - 1e-6
    assert math.isclose(size[0] / size[1], width / height)


def distance(box: tuple[float, ...], other: tuple[float, ...]) -> float:
    across = max(0.0, box[0] - other[2], other[0] - box[2])
    along = max(0.0, box[1] - other[3], other[1] - box[3])
    return math.hypot(across, along)


def test_the_tall_picture_is_shown_nearest_its_own_label(tmp_path: Path) -> None:
    theme_path = tmp_path / "theme.yaml"
    theme_path.write_text("extends: classic\n", encoding="utf-8")
    lesson = load_lesson(LESSONS / "images.yaml").lesson
    options = RenderOptions(poster_size=parse_page_size("tabloid"))
    target = tmp_path / "poster.pdf"
    target.write_bytes(PosterRenderer().render(lesson, load_theme(theme_path), options))
    with pdfplumber.open(target) as pdf:
        page = pdf.pages[0]
        pictures = [(i["x0"], i["top"], i["x1"], i["bottom"]) for i in page.images]
        words = page.extract_words(extra_attrs=["fontname", "size"])
    body = min(word["size"] for word in words if "Bold" in word["fontname"])
    titles = [
        (word["text"], (word["x0"], word["top"], word["x1"], word["bottom"]))
        for word in words
        if "Bold" in word["fontname"] and word["size"] > body + 0.5
    ]
    tall = [box for box in pictures if box[3] - box[1] > 2 * (box[2] - box[0])]
    assert len(tall) == 1, "the TIFF picture is shown"
    nearest, _ = min(titles, key=lambda title: distance(tall[0], title[1]))
    assert nearest == "TIFF"
