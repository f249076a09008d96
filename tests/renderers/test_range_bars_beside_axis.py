"""A lasting event's bar sits in a lane above the axis, never on it: the axis line shows
along its whole length, and the lowest bars run clear of the markers on the axis, on the
poster and on the handout's strip alike."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from conftest import EXAMPLE, LESSONS, BuildOutput
from timeline_drawing import Box, PdfObject, axis_lines, bar_boxes

LESSONS_WITH_LONG_BARS = [EXAMPLE, LESSONS / "world-war-two-45.yaml"]
"""The example's bars run along the axis for two years of 1939–1941; the Second World
War's Battle of the Atlantic along the whole axis, under four more lanes of bars."""


def box_of(obj: PdfObject) -> Box:
    """The bounding box of a pdfplumber object."""
    return (obj["x0"], obj["top"], obj["x1"], obj["bottom"])


def overlap(one: Box, other: Box) -> bool:
    """Whether two boxes share some area."""
    return one[0] < other[2] and other[0] < one[2] and one[1] < other[3] and other[1] < one[3]


def stroke_of(axis: PdfObject) -> Box:
    """The area the axis line's stroke covers."""
    half = axis["linewidth"] / 2
    return (axis["x0"], axis["top"] - half, axis["x1"], axis["top"] + half)


def markers_on(page: pdfplumber.page.Page, axis: PdfObject, bars: list[Box]) -> list[Box]:
    """The filled marks centred on ``axis`` that are not bars: the events' markers."""
    shapes = [*page.curves, *page.rects]
    return [
        box_of(shape)
        for shape in shapes
        if shape["fill"]
        and abs((shape["top"] + shape["bottom"]) / 2 - axis["top"]) < 0.5
        and axis["x0"] <= shape["x0"] <= axis["x1"]
        and box_of(shape) not in bars
    ]


@pytest.mark.parametrize("output", ["poster", "handout"])
@pytest.mark.parametrize("lesson", LESSONS_WITH_LONG_BARS, ids=lambda path: path.stem)
def test_no_bar_covers_the_axis_or_its_markers(
    build_output: BuildOutput, lesson: Path, output: str
) -> None:
    with pdfplumber.open(build_output(lesson, output, theme="classic")) as pdf:
        page = pdf.pages[0]
        axes, bars = axis_lines(page), bar_boxes(page)
        markers = [box for axis in axes for box in markers_on(page, axis, bars)]
    assert bars and markers
    assert [bar for bar in bars for axis in axes if overlap(bar, stroke_of(axis))] == []
    assert [(bar, marker) for bar in bars for marker in markers if overlap(bar, marker)] == []
