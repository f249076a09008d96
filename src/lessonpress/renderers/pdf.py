"""What the PDF renderers (handout and poster) share: metadata, colours, fallback text.

Both renderers produce byte-identical files for the same input: reportlab's
invariant mode fixes the document id and dates (``SOURCE_DATE_EPOCH``, when set,
chooses the date instead).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from lessonpress.fonts import FontSet
from lessonpress.present.metadata import DocumentMetadata


def pdf_color(hex_color: str) -> Color:
    """A reportlab colour from ``#RRGGBB``."""
    return HexColor(hex_color)


def document_properties(metadata: DocumentMetadata) -> dict[str, Any]:
    """Keyword arguments for a reportlab canvas or document template: the plan's metadata
    and language, and the invariant mode that makes rebuilds byte-identical."""
    return {
        "title": metadata.title,
        "author": metadata.author,
        "subject": metadata.subject,
        "creator": metadata.creator,
        "producer": metadata.producer,
        "keywords": list(metadata.keywords),
        "lang": metadata.language,
        "invariant": 1,
    }


def draw_string(
    canvas: Canvas,
    fonts: FontSet,
    x: float,
    y: float,
    text: str,
    style: str,
    size: float,
    anchor: str = "start",
) -> float:
    """Draw one line of ``text`` at baseline ``y``, falling back per character for glyphs the
    style's font lacks; ``anchor`` is ``start``, ``middle`` or ``end``. Returns its width."""
    width = fonts.width(text, style, size)
    if anchor == "middle":
        x -= width / 2
    elif anchor == "end":
        x -= width
    text_object = canvas.beginText(x, y)
    for part, font_name in fonts.segments(text, style):
        text_object.setFont(font_name, size)
        text_object.textOut(part)
    canvas.drawText(text_object)
    return width
