"""The pictures of the pages the page shows: the latest preview of one output, in memory.

PDF pages are drawn by PDFium straight from the rendered bytes, and the deck's
slides by the slide painter (:mod:`lessonpress.preview_slides`), in tenths of a
second and with no other program; each page is encoded as PNG only when the browser
asks for it, so the first page is on screen as soon as it can be.
"""

from __future__ import annotations

import threading
from io import BytesIO

from PIL import Image

from lessonpress.preview import RenderedOutput, deck_pages, pdf_pages

PNG_COMPRESSION = 1
"""Fast over small: the pictures travel over the loopback, not the internet."""


class PagePictures:
    """The latest preview's pages, as pictures and their PNG bytes once asked for."""

    def __init__(self) -> None:
        self._pages: list[Image.Image] = []
        self._encoded: dict[int, bytes] = {}
        self._lock = threading.Lock()
        self.version = 0

    def close(self) -> None:
        """Let go of the pictures."""
        with self._lock:
            self._pages, self._encoded = [], {}

    def show(self, output: RenderedOutput) -> tuple[int, list[str]]:
        """Draw ``output``'s pages; return how many there are, and why none if skipped."""
        if output.suffix == ".pdf":
            pages, skipped = pdf_pages(output.content), []
        elif output.suffix == ".pptx":
            pages, skipped = deck_pages(output.content), []
        else:
            pages, skipped = [], [f"{output.name}: no preview for {output.suffix} files"]
        with self._lock:
            self._pages, self._encoded = pages, {}
            self.version += 1
        return len(pages), skipped

    def png(self, number: int, version: int) -> bytes | None:
        """Page ``number`` (from 1) of preview ``version`` as PNG; None once it is gone."""
        with self._lock:
            if version != self.version or not 1 <= number <= len(self._pages):
                return None
            page, encoded = self._pages[number - 1], self._encoded.get(number)
        if encoded is None:
            buffer = BytesIO()
            page.save(buffer, "PNG", compress_level=PNG_COMPRESSION)
            encoded = buffer.getvalue()
            with self._lock:
                if version == self.version:
                    self._encoded[number] = encoded
        return encoded
