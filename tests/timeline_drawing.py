"""What a PDF timeline draws, read back with pdfplumber: its axis and its range bars."""

from __future__ import annotations

from typing import Any

import pdfplumber

PdfObject = dict[str, Any]
"""A line, curve, rectangle or word as pdfplumber gives it."""

Box = tuple[float, float, float, float]
"""``(x0, top, x1, bottom)`` on a pdfplumber page."""


def bar_boxes(page: pdfplumber.page.Page) -> list[Box]:
    """The filled bars on ``page`` (long, low rounded shapes), left to right."""
    boxes = {
        (curve["x0"], curve["top"], curve["x1"], curve["bottom"])
        for curve in page.curves
        if curve["fill"] and curve["width"] > 2.5 * curve["height"] and curve["height"] > 2
    }
    return sorted(boxes)


def axis_lines(page: pdfplumber.page.Page) -> list[PdfObject]:
    """The timeline's axes, top to bottom and left to right (a part of a broken axis or a
    row of a wrapped one each its own): the horizontal lines with tick marks hanging from
    them."""
    vertical = [line for line in page.lines if line["width"] == 0 and line["height"] > 0]

    def ticks(axis: PdfObject) -> int:
        return sum(
            abs(line["top"] - axis["top"]) < 0.01 and axis["x0"] <= line["x0"] <= axis["x1"]
            for line in vertical
        )

    horizontal = [line for line in page.lines if line["height"] == 0 and line["width"] > 0]
    axes = [line for line in horizontal if ticks(line) >= 2]
    return sorted(axes, key=lambda line: (line["top"], line["x0"]))
