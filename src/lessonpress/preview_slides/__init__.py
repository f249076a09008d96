"""Pictures of a deck's slides, painted in-process in a fraction of a second.

The painter reads the built PPTX with python-pptx and paints what the file holds,
not the plan the deck was made from: so the preview shows exactly what a teacher
downloads, whatever the slide compositions are, with a school template's master,
layouts, backgrounds and decorations, and every shape a later composition may add.
Each slide becomes a page of a reportlab PDF (vector text in the fonts the deck
measures with, gradients, cropped pictures) and PDFium draws the pages, as it draws
the handout and the poster. LibreOffice, which takes seconds to start, is needed
only to see a deck exactly as an office program draws it (``lessonpress preview
--libreoffice``).

What is not drawn: charts, SmartArt and other embedded objects, table styles (a
table's own cell fills and borders are), vertical text, shadows and other effects,
and kerning, so that a line now and then holds a word fewer than in PowerPoint.
"""

from __future__ import annotations

from lessonpress.preview_slides.painter import DeckPainter


def slides_pdf(pptx: bytes) -> bytes:
    """The deck ``pptx`` (its bytes) painted into a PDF, one page per slide."""
    return DeckPainter(pptx).pdf()


__all__ = ["DeckPainter", "slides_pdf"]
