"""Fitting text to slides: titles that shrink then wrap, bodies that continue on new slides.

Text is set as large as it fits. A title shrinks from the title size to a floor on
one line, then wraps; a body shrinks from the body size down to the smallest size
the theme allows, and what still does not fit continues on following slides (the
caller marks them "(continued)"). A body that needs several slides is set at the
largest size that needs no more slides than the smallest size would.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from lessonpress.model.text import Run
from lessonpress.renderers.deck.measure import Line, Measurer
from lessonpress.renderers.deck.text import BULLET_INDENT, Block, split_block

Area = Callable[[int], tuple[float, float]]
"""Gives the width and height, in points, that text may fill on the n-th slide (from 0)."""

_EPSILON = 1e-6


@dataclass(frozen=True, slots=True)
class TitleFit:
    """A title's size, its number of lines and the height those take, in points."""

    size: float
    lines: int
    height: float
    fits: bool


@dataclass(frozen=True, slots=True)
class BodyFit:
    """A body's size and the blocks on each of its slides."""

    size: float
    slides: tuple[tuple[Block, ...], ...]


def sizes_between(largest: float, smallest: float) -> list[float]:
    """Whole-point sizes from ``largest`` down to ``smallest``, both included."""
    sizes = [largest]
    size = float(int(largest) if largest != int(largest) else largest - 1)
    while size > smallest + _EPSILON:
        sizes.append(size)
        size -= 1
    if smallest < largest - _EPSILON:
        sizes.append(smallest)
    return sizes


def fit_title(
    text: str,
    measurer: Measurer,
    width: float,
    height: float,
    sizes: tuple[float, float, float],
    bold: bool = True,
) -> TitleFit:
    """The size and lines of a title in a ``width`` × ``height`` point area.

    ``sizes`` are the largest size, the floor to shrink to on one line, and the
    smallest size to shrink to when even wrapped lines do not fit.
    """
    largest, floor, smallest = sizes
    runs = (Run(text, bold=bold),)
    for size in sizes_between(largest, floor):
        line_height = measurer.line_height(size)
        if measurer.width(text, size, bold) <= width and line_height <= height + _EPSILON:
            return TitleFit(size, 1, line_height, True)
    for size in sizes_between(floor, smallest):
        lines = len(measurer.wrap(runs, width, size))
        total = lines * measurer.line_height(size)
        if total <= height + _EPSILON:
            return TitleFit(size, lines, total, True)
    lines = len(measurer.wrap(runs, width, smallest))
    return TitleFit(smallest, lines, lines * measurer.line_height(smallest), False)


def text_height(blocks: Sequence[Block], measurer: Measurer, width: float, size: float) -> float:
    """The height, in points, of ``blocks`` set at ``size`` in a column ``width`` points wide."""
    total = 0.0
    for index, block in enumerate(blocks):
        indent = block.level * BULLET_INDENT * size
        lines = len(measurer.wrap(block.runs, width - indent, size))
        total += lines * measurer.line_height(size)
        if index:
            total += block.space_before * size
    return total


def fit_body(
    blocks: Sequence[Block],
    measurer: Measurer,
    area: Area,
    largest: float,
    smallest: float,
) -> BodyFit:
    """Set ``blocks`` as large as they fit, on as few slides as the smallest size allows."""
    pages_by_size: dict[float, list[list[Block]]] = {}

    def pages(size: float) -> list[list[Block]]:
        if size not in pages_by_size:
            pages_by_size[size] = paginate(blocks, measurer, area, size)
        return pages_by_size[size]

    sizes = sizes_between(largest, smallest)
    for size in sizes:
        if len(pages(size)) == 1:
            return BodyFit(size, (tuple(pages(size)[0]),))
    fewest = len(pages(smallest))
    for size in sizes:
        if len(pages(size)) <= fewest:
            return BodyFit(size, tuple(tuple(page) for page in pages(size)))
    raise AssertionError("the smallest size always qualifies")  # pragma: no cover


def paginate(
    blocks: Sequence[Block], measurer: Measurer, area: Area, size: float
) -> list[list[Block]]:
    """Pour ``blocks`` at ``size`` onto as many slides as they need.

    A paragraph may break between lines across slides; a single line is not left
    alone at the foot of a slide when the paragraph has more. A paragraph is wrapped
    once for each slide width it meets (the first slide's and the following ones'),
    never again for each slide, so the cost is linear in its length.
    """
    line_height = measurer.line_height(size)
    slides: list[list[Block]] = [[]]
    used = 0.0
    for block in blocks:
        indent = block.level * BULLET_INDENT * size
        # ``remaining`` is the part of the paragraph not yet cut into pieces, wrapped into
        # ``lines`` at the width ``wrapped_at``; ``first`` is the first line not yet on a
        # slide. Each piece after the first begins at one of ``cuts`` (offsets into
        # ``remaining``) and goes on the slide of the same place in ``piece_slides``.
        remaining = block
        lines: list[Line] = []
        wrapped_at: float | None = None
        first = 0
        cuts: list[int] = []
        piece_slides: list[int] = []
        while remaining.runs and (wrapped_at is None or first < len(lines)):
            width, height = area(len(slides) - 1)
            if width != wrapped_at:
                if piece_slides:
                    *placed, remaining = split_block(remaining, cuts)
                    _place(slides, placed, piece_slides)
                    cuts, piece_slides, first = [], [], 0
                lines = measurer.wrap(remaining.runs, width - indent, size)
                wrapped_at = width
            on_slide = bool(slides[-1])
            gap = remaining.space_before * size if on_slide else 0.0
            capacity = int((height - used - gap + _EPSILON) // line_height)
            left = len(lines) - first
            if capacity >= left or (capacity < 1 and not on_slide):
                # All the rest fits; or not even one line fits on an empty slide, and
                # the rest is set there anyway rather than loop.
                piece_slides.append(len(slides) - 1)
                first = len(lines)
                used = used + gap + left * line_height if capacity >= left else height
            elif capacity >= 2 or (capacity >= 1 and not on_slide):
                piece_slides.append(len(slides) - 1)
                first += capacity
                cuts.append(lines[first].start)
                slides.append([])
                used = 0.0
            else:
                slides.append([])
                used = 0.0
        if piece_slides:
            _place(slides, split_block(remaining, cuts), piece_slides)
    return [slide for slide in slides if slide] or [[]]


def _place(slides: list[list[Block]], pieces: Sequence[Block], piece_slides: Sequence[int]) -> None:
    """Put each piece of a paragraph on its slide; one that opens a slide loses its gap."""
    for piece, index in zip(pieces, piece_slides, strict=True):
        slide = slides[index]
        slide.append(piece if slide else _without_gap(piece))


def _without_gap(block: Block) -> Block:
    if not block.space_before:
        return block
    return replace(block, space_before=0.0)
