"""reportlab's private parts that lessonpress relies on are still where it expects them.

A reportlab release that moves one fails here, with its name, rather than as a broken
handout (see :mod:`lessonpress.renderers.reportlab_internals`).
"""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph
from reportlab.platypus.frames import Frame

from lessonpress.renderers.reportlab_internals import (
    frame_cursor,
    group_content,
    group_heights,
    is_broken_into_lines,
    keeps_with_next,
    line_count,
    lines_as_fragments,
    page_annotation_count,
    page_has_content,
)

STYLE = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=12)
TEXT = " ".join(f"word{number}" for number in range(200))


def test_a_paragraph_s_lines_can_be_counted_and_cut_out_after_wrapping() -> None:
    paragraph = Paragraph(TEXT, STYLE)
    assert not is_broken_into_lines(paragraph)
    paragraph.wrap(200, 1000)
    assert is_broken_into_lines(paragraph)
    lines = line_count(paragraph)
    assert lines > 10
    piece = Paragraph("", STYLE, frags=lines_as_fragments(paragraph, 2, 5))
    piece.wrap(200, 1000)
    assert line_count(piece) == 3


def test_a_group_s_content_and_heights_are_readable_after_wrapping() -> None:
    first, second = Paragraph("First", STYLE), Paragraph(TEXT, STYLE)
    group = KeepTogether([first, second])
    group.wrapOn(Canvas(BytesIO()), 200, 1000)
    assert group_content(group) == [first, second]
    height, first_height = group_heights(group)
    assert first_height == 12
    assert height > first_height


def test_the_frame_cursor_and_the_page_in_progress_are_readable() -> None:
    canvas = Canvas(BytesIO())
    frame = Frame(0, 0, 300, 400, leftPadding=0, bottomPadding=0, topPadding=0)
    assert frame_cursor(frame) == 400
    paragraph = Paragraph("One line", STYLE)
    frame.add(paragraph, canvas)
    assert frame_cursor(frame) == 388
    assert page_has_content(canvas)
    canvas.showPage()
    assert not page_has_content(canvas)


def test_keep_with_next_is_read_from_the_style() -> None:
    kept = Paragraph("Heading", ParagraphStyle("heading", parent=STYLE, keepWithNext=1))
    assert keeps_with_next(kept)
    assert not keeps_with_next(Paragraph("Body", STYLE))


def test_the_annotations_of_the_page_in_progress_can_be_counted() -> None:
    canvas = Canvas(BytesIO())
    assert page_annotation_count(canvas) == 0
    canvas.linkURL("https://example.org", (0, 0, 10, 10))
    assert page_annotation_count(canvas) == 1
    canvas.showPage()
    assert page_annotation_count(canvas) == 0


def test_a_paragraph_draws_its_bullet_before_it_begins_the_text_of_its_lines() -> None:
    # A tagged list item's label gives way to its body in beginText.
    drawn_before_text: list[str] = []

    class Recording(Paragraph):
        def beginText(self, x: float, y: float):  # type: ignore[no-untyped-def]
            drawn_before_text.append("".join(self.canv._code))  # type: ignore[attr-defined]
            return super().beginText(x, y)

    canvas = Canvas(BytesIO())
    paragraph = Recording("Item text", STYLE, bulletText="*")
    paragraph.wrapOn(canvas, 200, 100)
    paragraph.drawOn(canvas, 0, 0)
    assert len(drawn_before_text) == 1
    assert "(*) Tj" in drawn_before_text[0]
    assert "Item" not in drawn_before_text[0]
