"""The ring that marks a key event around its marker on the poster."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from lessonpress.renderers.pdf import pdf_color
from lessonpress.renderers.poster.style import PosterStyle


def draw_key_event_ring(
    canvas: Canvas, x: float, y: float, marker_radius: float, color: str, style: PosterStyle
) -> None:
    """The ring that marks a key event, just outside its marker of ``marker_radius``."""
    canvas.saveState()
    canvas.setStrokeColor(pdf_color(color))
    canvas.setLineWidth(style.ring_width)
    canvas.circle(x, y, key_event_ring_radius(marker_radius, style), stroke=1, fill=0)
    canvas.restoreState()


def key_event_ring_radius(marker_radius: float, style: PosterStyle) -> float:
    """The radius of the ring around a key event's marker (to the middle of its line)."""
    return marker_radius + 2.2 * style.scale
