"""A lasting event's bar sits in a lane above the axis, never on it: the axis line shows
along its whole length, and the lowest bars run clear of the markers on the axis."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from conftest import EXAMPLE, LESSONS, BuildOutput
from lessonpress.renderers.poster.style import PosterStyle
from timeline_drawing import Box, PdfObject, axis_lines, bar_boxes

LESSONS_WITH_LONG_BARS = [EXAMPLE, LESSONS / "world-war-two-45.yaml"]
"""The example's bars run along the axis for two years of 1939–1941; the Second World
War's Battle of the Atlantic along the whole axis, under four more lanes of bars."""


def overlapping(box: Box, axis: PdfObject) -> bool:
    """Whether ``box`` covers any of the axis line's stroke."""
    x0, top, x1, bottom = box
    half = axis["linewidth"] / 2
    across = x0 < axis["x1"] and x1 > axis["x0"]
    return across and top < axis["top"] + half and bottom > axis["top"] - half


@pytest.mark.parametrize("lesson", LESSONS_WITH_LONG_BARS, ids=lambda path: path.stem)
def test_no_bar_covers_the_axis_and_the_lowest_clear_its_markers(
    build_output: BuildOutput, lesson: Path
) -> None:
    with pdfplumber.open(build_output(lesson, "poster", theme="classic")) as pdf:
        page = pdf.pages[0]
        axes, bars = axis_lines(page), bar_boxes(page)
        marker_radius = PosterStyle.for_page(float(page.width), float(page.height)).marker_radius
    assert bars and axes
    assert [(box, axis["top"]) for box in bars for axis in axes if overlapping(box, axis)] == []
    beside_an_axis = [
        axis["top"] - box[3]
        for box in bars
        for axis in axes
        if axis["x0"] < box[0] < axis["x1"] and 0 < axis["top"] - box[3] < 3 * marker_radius
    ]
    assert beside_an_axis, "no bar in the lane next to the axis"
    assert min(beside_an_axis) >= marker_radius
