"""Reading a deck as it is shown: LibreOffice's PDF of it, each page laid over its slide.

The PPTX says which placeholder a region of a slide is (title, body) and which shapes are
pictures; the PDF says what LibreOffice really drew there: the characters, their sizes
and lines, and what area of the slide holds anything at all.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

import pdfplumber
from pdfplumber.page import Page
from pdfplumber.utils import cluster_objects
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.shapes.base import BaseShape
from pptx.slide import Slide

from checks import without_duplicate_chars

EMU_PER_POINT = 12700
EMU_PER_INCH = 914400

TITLE_KINDS = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE}
BODY_KINDS = {PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.SUBTITLE}

CELL = 72.0
"""The side of a square cell of the grid that measures how much of a slide is in use, in
points: one inch, about a line of body text and a title's height."""

MARGIN = 36.0
"""The margin, in points, the design keeps clear at every edge of a slide: half an inch."""

BACKGROUND_SHARE = 0.9
"""A drawn shape covering at least this share of the slide is its background, not content."""

LINE_TOLERANCE = 3.0
"""Characters whose bottoms are this close, in points, are on one line."""


@dataclass(frozen=True)
class Rect:
    """A rectangle in points from the page's top left."""

    x0: float
    top: float
    x1: float
    bottom: float

    def holds(self, x: float, y: float, slack: float = 2.0) -> bool:
        """Whether the point lies inside, with ``slack`` points to spare on each side."""
        return (
            self.x0 - slack <= x <= self.x1 + slack and self.top - slack <= y <= self.bottom + slack
        )


@dataclass(frozen=True)
class PictureRead:
    """A picture on a slide: its name and the pixels per inch it is shown at."""

    name: str
    ppi: float


@dataclass(frozen=True)
class SlideRead:
    """One slide read from the PPTX and its page of the PDF."""

    number: int
    title: str
    title_sizes: list[float]
    body_lines: int
    """The most lines of body text in one body placeholder (one column of the slide)."""
    body_sizes: list[float]
    empty_share: float
    pictures: list[PictureRead]

    @property
    def where(self) -> str:
        """The slide's number and title, to name it in a failure."""
        return f"slide {self.number} ({self.title!r})"


def shape_rect(shape: BaseShape) -> Rect | None:
    """Where ``shape`` is on its slide, in points, or None if it has no position."""
    if shape.left is None or shape.top is None or shape.width is None or shape.height is None:
        return None
    left, top = shape.left / EMU_PER_POINT, shape.top / EMU_PER_POINT
    return Rect(left, top, left + shape.width / EMU_PER_POINT, top + shape.height / EMU_PER_POINT)


def placeholder_rects(slide: Slide, kinds: set[PP_PLACEHOLDER]) -> list[Rect]:
    """The boxes of ``slide``'s placeholders of ``kinds``."""
    rects = []
    for shape in slide.placeholders:
        if shape.placeholder_format.type in kinds:
            rect = shape_rect(shape)
            if rect is not None:
                rects.append(rect)
    return rects


def picture_ppi(slide: Slide) -> list[PictureRead]:
    """Every picture of ``slide`` with the resolution it is shown at: its pixels (less any
    cropping) over its shape's extent, the smaller of across and down."""
    pictures = []
    for shape in slide.shapes:
        if shape.shape_type != MSO_SHAPE_TYPE.PICTURE:
            continue
        width_px, height_px = shape.image.size
        kept_x = 1 - shape.crop_left - shape.crop_right
        kept_y = 1 - shape.crop_top - shape.crop_bottom
        across = width_px * kept_x / (shape.width / EMU_PER_INCH)
        down = height_px * kept_y / (shape.height / EMU_PER_INCH)
        pictures.append(PictureRead(shape.name, min(across, down)))
    return pictures


def text_box_rects(slide: Slide) -> list[Rect]:
    """The boxes of ``slide``'s text-bearing shapes that are not placeholders (a kicker set
    inside a title's box, a caption), whose characters belong to neither title nor body."""
    rects = []
    for shape in slide.shapes:
        if not shape.is_placeholder and shape.has_text_frame and shape.text_frame.text.strip():
            rect = shape_rect(shape)
            if rect is not None:
                rects.append(rect)
    return rects


def _chars_in(chars: list[dict], rects: list[Rect], others: list[Rect]) -> list[dict]:
    """The characters whose centres lie in one of ``rects`` and none of ``others``."""
    found = []
    for char in chars:
        x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
        inside = any(rect.holds(x, y) for rect in rects)
        if inside and not any(other.holds(x, y, slack=0) for other in others):
            found.append(char)
    return found


def count_lines(chars: list[dict]) -> int:
    """How many lines ``chars`` are set on."""
    return len(cluster_objects(chars, itemgetter("bottom"), LINE_TOLERANCE)) if chars else 0


def empty_share(page: Page, chars: list[dict]) -> float:
    """The share of the slide's area inside its margins that nothing drawn touches,
    counted in one-inch cells.

    The area is the slide less the :data:`MARGIN` the design keeps clear on every side,
    cut into cells from its top left (the last row and column count by the part of them
    inside). A cell is in use when any character's box, picture, or drawn shape (lines,
    rectangles, curves; not a background covering nearly the whole slide) overlaps it.
    """
    width, height = float(page.width), float(page.height)
    area = (MARGIN, MARGIN, width - MARGIN, height - MARGIN)
    boxes = [
        (float(char["x0"]), float(char["top"]), float(char["x1"]), float(char["bottom"]))
        for char in chars
    ]
    boxes += [
        (float(image["x0"]), float(image["top"]), float(image["x1"]), float(image["bottom"]))
        for image in page.images
    ]
    for drawn in (*page.rects, *page.curves, *page.lines):
        box = (float(drawn["x0"]), float(drawn["top"]), float(drawn["x1"]), float(drawn["bottom"]))
        if (box[2] - box[0]) * (box[3] - box[1]) < BACKGROUND_SHARE * width * height:
            boxes.append(box)
    inner_width, inner_height = area[2] - area[0], area[3] - area[1]
    columns = math.ceil(inner_width / CELL - 0.01)
    rows = math.ceil(inner_height / CELL - 0.01)
    used: set[tuple[int, int]] = set()
    for x0, top, x1, bottom in boxes:
        x0, top = max(area[0], x0) - area[0], max(area[1], top) - area[1]
        x1, bottom = min(area[2], x1) - area[0], min(area[3], bottom) - area[1]
        if x1 <= x0 or bottom <= top:
            continue
        first_column, last_column = int(x0 // CELL), min(columns - 1, int((x1 - 1e-6) // CELL))
        first_row, last_row = int(top // CELL), min(rows - 1, int((bottom - 1e-6) // CELL))
        used.update(
            (column, row)
            for column in range(first_column, last_column + 1)
            for row in range(first_row, last_row + 1)
        )

    def cell_area(column: int, row: int) -> float:
        return min(CELL, inner_width - column * CELL) * min(CELL, inner_height - row * CELL)

    empty = sum(
        cell_area(column, row)
        for column in range(columns)
        for row in range(rows)
        if (column, row) not in used
    )
    return empty / (inner_width * inner_height)


def read_deck(pptx: Path, pdf: Path) -> Iterator[SlideRead]:
    """Each slide of the deck ``pptx`` as LibreOffice drew it in ``pdf``."""
    slides = list(Presentation(str(pptx)).slides)
    with pdfplumber.open(pdf) as document:
        assert len(document.pages) == len(slides), f"{pdf}: one page per slide"
        for number, (slide, page) in enumerate(zip(slides, document.pages, strict=True), 1):
            yield read_slide(number, slide, page)


def read_slide(number: int, slide: Slide, page: Page) -> SlideRead:
    """Slide ``number`` (from 1) as LibreOffice drew it on ``page``."""
    chars = [char for char in without_duplicate_chars(page).chars if char["text"].strip()]
    others = text_box_rects(slide)
    title_chars = _chars_in(chars, placeholder_rects(slide, TITLE_KINDS), others)
    bodies = [_chars_in(chars, [rect], others) for rect in placeholder_rects(slide, BODY_KINDS)]
    body_chars = [char for body in bodies for char in body]
    title = slide.shapes.title
    return SlideRead(
        number=number,
        title=" ".join(title.text_frame.text.split()) if title is not None else "",
        title_sizes=[round(float(char["size"]), 1) for char in title_chars],
        body_lines=max((count_lines(body) for body in bodies), default=0),
        body_sizes=[round(float(char["size"]), 1) for char in body_chars],
        empty_share=empty_share(page, chars),
        pictures=picture_ppi(slide),
    )
