"""Category marker shapes on a reportlab canvas, shared by the poster and the handout:
the second signal beside colour, so that a black-and-white print still tells categories
apart."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from lessonpress.present import Marker
from lessonpress.renderers.pdf import pdf_color

_POLYGONS: dict[str, tuple[int, float, float]] = {
    "diamond": (4, 90.0, 1.25),
    "triangle": (3, 90.0, 1.35),
    "inverted-triangle": (3, -90.0, 1.35),
    "hexagon": (6, 0.0, 1.05),
}
"""Per polygon marker: its corner count, the angle of its first corner, and the radius of
its corners against the marker's radius, so that every shape looks equally heavy."""


def draw_marker(
    canvas: Canvas,
    marker: Marker,
    x: float,
    y: float,
    radius: float,
    fill: str,
    outline: str,
    outline_width: float,
) -> None:
    """Draw ``marker`` centred on ``(x, y)``, about ``2 * radius`` across.

    Shapes are sized to look equally heavy: a square is a little smaller than the circle
    around it, a triangle a little larger (see ``_POLYGONS``).
    """
    canvas.saveState()
    canvas.setFillColor(pdf_color(fill))
    canvas.setStrokeColor(pdf_color(outline))
    canvas.setLineWidth(outline_width)
    if marker == "circle":
        canvas.circle(x, y, radius, stroke=1, fill=1)
    elif marker == "square":
        side = radius * 1.7
        canvas.rect(x - side / 2, y - side / 2, side, side, stroke=1, fill=1)
    else:
        corners, first_angle, factor = _POLYGONS[marker]
        size = radius * factor
        # A triangle reaches higher above its centre than below: centre its outline.
        shift = size * 0.25 * (1 if first_angle < 0 else -1) if corners == 3 else 0.0
        angles = (math.radians(first_angle + corner * 360 / corners) for corner in range(corners))
        corner_points = [
            (x + size * math.cos(angle), y + shift + size * math.sin(angle)) for angle in angles
        ]
        canvas.drawPath(polygon_path(canvas, corner_points), stroke=1, fill=1)
    canvas.restoreState()


def polygon_path(canvas: Canvas, corners: Sequence[tuple[float, float]]) -> PDFPathObject:
    """A closed path through ``corners``, in order, for the canvas to draw."""
    path = canvas.beginPath()
    path.moveTo(*corners[0])
    for corner in corners[1:]:
        path.lineTo(*corner)
    path.close()
    return path
