"""The handout's pages: the document template, the running header and footer, the
bookmarks, and the two passes that let every footer say "Page N of M".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Indenter,
    PageTemplate,
)
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.flowables import _ContainerSpace

from lessonpress.errors import LessonError, Problem
from lessonpress.renderers.handout.flowables import (
    KeepShortTogether,
    KeepWithStart,
    OutlineEntry,
)
from lessonpress.renderers.handout.page_numbers import PageNumberCanvas
from lessonpress.renderers.handout.styles import HandoutStyle
from lessonpress.renderers.pdf import draw_string, pdf_color
from lessonpress.renderers.reportlab_internals import frame_cursor, keeps_with_next
from lessonpress.renderers.tagging.structure import drawn_as_artifact


@dataclass(frozen=True, slots=True)
class RunningText:
    """What the header and footer of every page say."""

    header_left: str
    header_right: str
    footer_left: str
    page_number: Callable[[int, int | None], str]
    """The footer's page number from the page's number and the total, once known."""


class HandoutDocument(BaseDocTemplate):
    """One page template with a running header and footer; flowables carrying an
    :class:`OutlineEntry` become bookmarks where they are drawn."""

    def __init__(
        self,
        buffer: BytesIO,
        style: HandoutStyle,
        running: RunningText,
        properties: dict[str, Any],
    ) -> None:
        page = style.page
        super().__init__(
            buffer,
            pagesize=(page.width, page.height),
            leftMargin=page.left,
            rightMargin=page.right,
            topMargin=page.top,
            bottomMargin=page.bottom,
            # Each page starts in an embedded font, not reportlab's unembedded Helvetica.
            initialFontName=style.fonts.font_name("body"),
            **properties,
        )
        self._style = style
        self._running = running
        frame = Frame(
            page.left,
            page.bottom,
            page.frame_width,
            page.frame_height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates(
            [PageTemplate("page", [frame], onPage=drawn_as_artifact(self._decorate))]
        )

    def handle_keepWithNext(self, flowables: list[Flowable]) -> None:
        """Keep a heading with the start of what follows it (:class:`KeepWithStart`),
        also across an ``Indenter`` and into a ``KeepShortTogether`` group that follows.

        reportlab's own rule stops at both, so a heading before an indented paragraph
        or before an event kept together could end a page alone; and it moves a heading
        followed by a long paragraph to the next page even where the paragraph could
        start under it.
        """
        count = 0
        while count < len(flowables) and (
            isinstance(flowables[count], Indenter)
            or (keeps_with_next(flowables[count]) and _may_group(flowables[count]))
        ):
            count += 1
        leading = flowables[:count]
        if not any(keeps_with_next(flowable) for flowable in leading):
            return
        following = flowables[count] if count < len(flowables) else None
        if isinstance(following, KeepShortTogether):
            flowables[: count + 1] = [following.with_lead(leading)]
            return
        if following is not None and not _may_group(following):
            following = None
        flowables[: count + (following is not None)] = [KeepWithStart(leading, following)]

    def afterFlowable(self, flowable: Flowable) -> None:
        """Bookmark the top of a flowable that carries an outline entry."""
        entry: OutlineEntry | None = getattr(flowable, "outline_entry", None)
        if entry is None:
            return
        top = frame_cursor(self.frame) + flowable.getSpaceAfter() + getattr(flowable, "height", 0)
        self.canv.bookmarkHorizontalAbsolute(entry.key, top + self._style.sizes.body)
        self.canv.addOutlineEntry(entry.title, entry.key, entry.level, closed=False)

    def _decorate(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        """Draw the running header and the footer of the current page."""
        style, page, running = self._style, self._style.page, self._running
        size = style.sizes.small
        half = page.frame_width / 2 - size
        right = page.width - page.right
        header_baseline = page.height - page.top + size * 1.6
        footer_baseline = self._footer_baseline()
        canvas.saveState()
        canvas.setFillColor(pdf_color(style.colors.muted))
        for text, x, anchor, baseline in (
            (running.header_left, page.left, "start", header_baseline),
            (running.header_right, right, "end", header_baseline),
            (running.footer_left, page.left, "start", footer_baseline),
        ):
            line = style.fit_line(text, half, "body", size)
            draw_string(canvas, style.fonts, x, baseline, line, "body", size, anchor)
        if isinstance(canvas, PageNumberCanvas):
            canvas.show_page_number()
        canvas.setStrokeColor(pdf_color(style.colors.rule))
        canvas.setLineWidth(0.5)
        rule_y = header_baseline - size * 0.8
        canvas.line(page.left, rule_y, right, rule_y)
        canvas.restoreState()

    def _footer_baseline(self) -> float:
        return self._style.page.bottom - self._style.sizes.small * 2.0

    def draw_page_number(self, canvas: Canvas, number: int, total: int) -> None:
        """Draw "Page ``number`` of ``total``" at the right of the footer."""
        style, page = self._style, self._style.page
        text = self._running.page_number(number, total)
        canvas.setFillColor(pdf_color(style.colors.muted))
        right = page.width - page.right
        baseline = self._footer_baseline()
        draw_string(canvas, style.fonts, right, baseline, text, "body", style.sizes.small, "end")


def _may_group(flowable: Flowable) -> bool:
    """Whether reportlab allows ``flowable`` inside a ``KeepTogether``."""
    return not isinstance(flowable, _ContainerSpace) and not getattr(flowable, "locChanger", False)


def build_pdf(
    story: list[Flowable],
    style: HandoutStyle,
    running: RunningText,
    properties: dict[str, Any],
    lesson_file: Path | None,
) -> bytes:
    """The handout's bytes, laid out in one pass (the page count in every footer is
    drawn when the document is saved). ``lesson_file`` is named in the problem reported
    if the story cannot be laid out."""
    buffer = BytesIO()
    document = HandoutDocument(buffer, style, running, properties)
    canvasmaker = partial(PageNumberCanvas, draw_page_number=document.draw_page_number)
    try:
        document.build(story, canvasmaker=canvasmaker)
    except LayoutError as error:
        # A last resort: every part of the handout splits or fits a page by design.
        raise LessonError(
            [
                Problem(
                    lesson_file,
                    None,
                    None,
                    "",
                    f"the handout could not be laid out ({str(error).splitlines()[0]})",
                    "shorten the longest title or text, and please report this",
                )
            ]
        ) from error
    return buffer.getvalue()
