"""The pictures of the pages the page shows: the latest preview of one output, in memory.

PDF pages are drawn by PDFium straight from the rendered bytes, and the deck's
slides by the slide painter (:mod:`lessonpress.preview_slides`), with no other
program. Each page is encoded as PNG only when the browser asks for it, so the
first page is on screen as soon as it can be. A slide is named by its digest (what
it shows): one an edit did not change keeps its picture, its PNG and its address,
so the browser shows it again from its cache.
"""

from __future__ import annotations

import threading
from io import BytesIO

from PIL import Image

from lessonpress.preview import PREVIEW_DPI, RenderedOutput, pdf_pages
from lessonpress.preview_slides.pictures import SlidePictures

PNG_COMPRESSION = 1
"""Fast over small: the pictures travel over the loopback, not the internet."""


class PagePictures:
    """The latest preview's pages, as pictures and their PNG bytes once asked for."""

    def __init__(self) -> None:
        self._slides = SlidePictures(PREVIEW_DPI)
        self._pages: list[Image.Image] = []
        self._keys: list[bytes | None] = []
        """Each slide's digest (None for a PDF's page): the PNG of a digest is kept."""
        self._encoded: dict[int, bytes] = {}
        self._encoded_slides: dict[bytes, bytes] = {}
        self._lock = threading.Lock()
        self.version = 0

    def close(self) -> None:
        """Let go of the pictures."""
        with self._lock:
            self._pages, self._keys, self._encoded, self._encoded_slides = [], [], {}, {}

    def show(self, output: RenderedOutput) -> tuple[int, list[str]]:
        """Draw ``output``'s pages; return how many there are, and why none if skipped."""
        keys: list[bytes | None]
        if output.suffix == ".pptx":
            pages, slide_keys = self._slides.pages(output.content)
            keys = list(slide_keys)
        elif output.suffix == ".pdf":
            pages = pdf_pages(output.content)
            keys = [None] * len(pages)
        else:
            return 0, [f"{output.name}: no preview for {output.suffix} files"]
        current = set(keys)
        with self._lock:
            self._pages, self._keys, self._encoded = pages, keys, {}
            self._encoded_slides = {
                key: png for key, png in self._encoded_slides.items() if key in current
            }
            self.version += 1
        return len(pages), []

    @property
    def slide_keys(self) -> list[str | None]:
        """Each page's slide digest in hex, or None for the pages of a PDF."""
        with self._lock:
            return [key.hex() if key is not None else None for key in self._keys]

    def slide_png(self, key: str) -> bytes | None:
        """The PNG of the current deck's slide whose digest is ``key`` (hex); None if the
        deck has no such slide."""
        with self._lock:
            version = self.version
            numbers = [n for n, k in enumerate(self._keys, 1) if k is not None and k.hex() == key]
        return self.png(numbers[0], version) if numbers else None

    def png(self, number: int, version: int) -> bytes | None:
        """Page ``number`` (from 1) of preview ``version`` as PNG; None once it is gone."""
        with self._lock:
            if version != self.version or not 1 <= number <= len(self._pages):
                return None
            page, key = self._pages[number - 1], self._keys[number - 1]
            encoded = self._encoded.get(number) or (
                self._encoded_slides.get(key) if key is not None else None
            )
        if encoded is None:
            buffer = BytesIO()
            page.save(buffer, "PNG", compress_level=PNG_COMPRESSION)
            encoded = buffer.getvalue()
            with self._lock:
                if version == self.version:
                    self._encoded[number] = encoded
                    if key is not None:
                        self._encoded_slides[key] = encoded
        return encoded
