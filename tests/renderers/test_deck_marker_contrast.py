"""Category markers on a dark board, read back from the deck's shapes: each shows on
what it stands on, at the 3:1 WCAG asks of graphics that carry meaning, by its colour or
by its edge. Before, the every-date-form lesson's black category ("EDTF and Old Style")
was a black marker with a board-coloured ring on the chalkboard's dark green (1.3:1), and
ancient-rome's green "Culture and religion" markers on the overview's olive Empire band
were edged against the board, not the band they stand on (2.2:1)."""

from __future__ import annotations

import functools
import io
from collections.abc import Callable

import pytest
from pptx import Presentation
from pptx.dml.color import ColorFormat
from pptx.enum.dml import MSO_COLOR_TYPE, MSO_FILL
from pptx.shapes.autoshape import Shape

from conftest import LESSONS
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.model.colors import GRAPHIC_CONTRAST, contrast_ratio
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.deck import DeckRenderer
from lessonpress.renderers.deck.colors import scheme_resolver

MARKER_NAMES = ("Marker: ", "Legend marker: ", "Category marker: ")
LEAST_EDGE = 1.5
"""The least width, in points, of an edge that gives a marker its contrast."""


Resolve = Callable[[str], str]


def _hex(color: ColorFormat, resolve: Resolve) -> str:
    """A fill's or a line's colour, a scheme slot's (``bg1``) through the master's map."""
    if color.type == MSO_COLOR_TYPE.SCHEME:
        slot = color._color._xClr.get("val")  # python-pptx names the slot by enum only
        return resolve(slot)
    return f"#{color.rgb}"


def _inside(shape: Shape, other: Shape) -> bool:
    return (
        other.left <= shape.left
        and shape.left + shape.width <= other.left + other.width
        and other.top <= shape.top
        and shape.top + shape.height <= other.top + other.height
    )


Marker = tuple[Shape, str, Resolve]
"""A marker shape, the colour (hex) it stands on, and the deck's scheme colours."""


@functools.cache
def chalkboard_markers(lesson_name: str) -> list[Marker]:
    """Every category marker of a lesson's deck in chalkboard, with the colour it stands
    on: the board, the statement slide's date panel, or the overview's era band."""
    theme = load_theme("chalkboard")
    lesson = load_lesson(LESSONS / f"{lesson_name}.yaml").lesson
    data = DeckRenderer().render(lesson, theme, RenderOptions())
    markers: list[Marker] = []
    deck = Presentation(io.BytesIO(data))
    resolve = scheme_resolver(deck.slide_masters[0])
    for slide in deck.slides:
        shapes = [shape for shape in slide.shapes if isinstance(shape, Shape)]
        grounds = [
            shape
            for shape in shapes
            if shape.name == "Date panel"
            or (shape.name.startswith("Era: ") and shape.fill.type == MSO_FILL.SOLID)
        ]
        for shape in shapes:
            if shape.name.startswith(MARKER_NAMES):
                # The last ground drawn under the marker is the one it shows on.
                under = [ground for ground in grounds if _inside(shape, ground)][-1:]
                ground = (
                    _hex(under[0].fill.fore_color, resolve) if under else theme.colors.background
                )
                markers.append((shape, ground, resolve))
    return markers


@pytest.mark.parametrize("lesson_name", ["every-date-form", "ancient-rome"])
def test_every_marker_shows_on_its_ground(lesson_name: str) -> None:
    faint = []
    for shape, ground, resolve in chalkboard_markers(lesson_name):
        ratios = [contrast_ratio(_hex(shape.fill.fore_color, resolve), ground)]
        line = shape.line
        if line.fill.type == MSO_FILL.SOLID and line.width.pt >= LEAST_EDGE:
            ratios.append(contrast_ratio(_hex(line.color, resolve), ground))
        if max(ratios) < GRAPHIC_CONTRAST:
            faint.append(f"{shape.name} at {max(ratios):.2f}:1")
    assert not faint


def test_the_black_category_keeps_its_colour() -> None:
    """The marker matches its legend entry and bars: its fill stays black, and the edge
    brings the contrast."""
    markers = chalkboard_markers("every-date-form")
    black = [(shape, resolve) for shape, _, resolve in markers if "EDTF" in shape.name]
    assert black, "the lesson's black category has a legend marker on the overview"
    assert {_hex(shape.fill.fore_color, resolve) for shape, resolve in black} == {"#000000"}
