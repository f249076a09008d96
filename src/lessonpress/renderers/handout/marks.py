"""Marks: a small shape before a short label, so that colour is never the only signal.

A category's marker (the same shapes as on the poster), the key-event star, and the
bar of a lasting event; ``MarkRow`` sets several in a line under an event's title or
as the legend of the timeline strip.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from lessonpress.present import Marker
from lessonpress.renderers.handout.styles import HandoutStyle
from lessonpress.renderers.pdf import draw_string, pdf_color
from lessonpress.renderers.pdf_markers import draw_marker, polygon_path

ShapeDrawer = Callable[[Canvas, float, float, float], None]
"""Draws a shape centred on ``(x, y)`` with the given radius."""


@dataclass(frozen=True, slots=True)
class CategoryMarker:
    """Draws a category's marker shape, the same shape as on the poster."""

    shape: Marker
    fill: str
    outline: str

    def __call__(self, canvas: Canvas, x: float, y: float, radius: float) -> None:
        """Draw the marker centred on ``(x, y)``."""
        draw_marker(canvas, self.shape, x, y, radius, self.fill, self.outline, 0.6)


@dataclass(frozen=True, slots=True)
class Mark:
    """A short label with a shape before it: a category and its marker, a key event's star."""

    shape: ShapeDrawer
    label: str
    font_style: str = "body"
    shape_width: float = 1.0
    """The room the shape takes before the label, in ems of the row's type."""


class MarkRow(Flowable):
    """Marks side by side in one line, wrapping to another when the column is full."""

    def __init__(self, marks: Sequence[Mark], style: HandoutStyle, color: str) -> None:
        super().__init__()
        self._marks = list(marks)
        self._style = style
        self._color = color
        self._placed: list[tuple[Mark, str, float, int]] = []

    @property
    def _size(self) -> float:
        return self._style.sizes.small

    @property
    def _leading(self) -> float:
        return self._size * 1.45

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Place the marks left to right; the height is one leading per line used."""
        size = self._size
        gap = size * 1.4
        x, line = 0.0, 0
        self._placed = []
        for mark in self._marks:
            indent = size * (mark.shape_width + 0.4)
            label = self._style.fit_line(mark.label, availWidth - indent, mark.font_style, size)
            width = indent + self._style.fonts.width(label, mark.font_style, size)
            if x and x + width > availWidth:
                x, line = 0.0, line + 1
            self._placed.append((mark, label, x, line))
            x += width + gap
        lines = line + 1 if self._marks else 0
        self.width, self.height = availWidth, lines * self._leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """The lines that fit in ``availHeight``, and a row of the rest: the legend of a
        lesson with many categories continues on the next page."""
        self.wrap(availWidth, availHeight)
        fitting = int((availHeight + 1e-6) // self._leading)
        if fitting < 1 or not self._placed or fitting > self._placed[-1][3]:
            return []
        here = [mark for mark, _, _, line in self._placed if line < fitting]
        rest = [mark for mark, _, _, line in self._placed if line >= fitting]
        first = MarkRow(here, self._style, self._color)
        first.spaceBefore = self.getSpaceBefore()
        return [first, MarkRow(rest, self._style, self._color)]

    def draw(self) -> None:
        """Draw each shape, then its label."""
        size, canvas = self._size, self.canv
        for mark, label, x, line in self._placed:
            baseline = self.height - (line + 1) * self._leading + size * 0.35
            mark.shape(canvas, x + size * 0.5, baseline + size * 0.33, size * 0.36)
            canvas.setFillColor(pdf_color(self._color))
            draw_string(
                canvas,
                self._style.fonts,
                x + size * (mark.shape_width + 0.4),
                baseline,
                label,
                mark.font_style,
                size,
            )


@dataclass(frozen=True, slots=True)
class Star:
    """Draws a five-pointed star, the key-event mark (no shipped font has a star glyph)."""

    fill: str

    def __call__(self, canvas: Canvas, x: float, y: float, radius: float) -> None:
        """Draw the star centred on ``(x, y)``."""
        canvas.saveState()
        canvas.setFillColor(pdf_color(self.fill))
        corners = []
        for corner in range(10):
            reach = radius * 1.3 if corner % 2 == 0 else radius * 0.52
            angle = math.radians(90 + corner * 36)
            corners.append(
                (x + reach * math.cos(angle), y - radius * 0.12 + reach * math.sin(angle))
            )
        canvas.drawPath(polygon_path(canvas, corners), stroke=0, fill=1)
        canvas.restoreState()


@dataclass(frozen=True, slots=True)
class BarShape:
    """Draws a short rounded bar: a lasting event, from its start to its end."""

    fill: str

    def __call__(self, canvas: Canvas, x: float, y: float, radius: float) -> None:
        """Draw the bar centred on ``(x, y)``."""
        canvas.saveState()
        canvas.setFillColor(pdf_color(self.fill))
        height = radius * 1.1
        canvas.roundRect(
            x - radius * 1.3, y - height / 2, radius * 2.6, height, height / 2, stroke=0, fill=1
        )
        canvas.restoreState()
