""" "Page N of M" in one layout pass: each page shows a form that is drawn at the end.

PDF lets a page use a form XObject that is defined later in the file. Each page's
footer shows its own form; when the document is saved the total is known, and the
forms are drawn then. The handout is therefore laid out once, not once to count the
pages and again to number them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from lessonpress.renderers.reportlab_internals import page_has_content

DrawPageNumber = Callable[[Canvas, int, int], None]
"""Draws the number of page ``number`` of ``total`` on a canvas, in page coordinates."""


def _form_name(number: int) -> str:
    return f"page-number-{number}"


class PageNumberCanvas(Canvas):
    """A canvas whose pages show their numbers with the total, known only at the end."""

    def __init__(self, *args: Any, draw_page_number: DrawPageNumber, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._draw_page_number = draw_page_number
        self._numbered_pages: list[int] = []
        self._pages_shown = 0

    def show_page_number(self) -> None:
        """Show the current page's number (drawn when the document is saved)."""
        number = self.getPageNumber()
        self._numbered_pages.append(number)
        self.doForm(_form_name(number))

    def showPage(self) -> None:
        """End the current page, counting it."""
        self._pages_shown += 1
        super().showPage()

    def save(self) -> None:
        """Draw every page's number, now that the total is known, then write the file."""
        if page_has_content(self):
            self.showPage()
        for number in self._numbered_pages:
            self.beginForm(_form_name(number))
            self._draw_page_number(self, number, self._pages_shown)
            self.endForm()
        super().save()
