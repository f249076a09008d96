"""The pictures of the pages the page shows: the latest preview of one output, in memory.

PDF pages are drawn by PDFium straight from the rendered bytes and encoded as PNG
only when the browser asks for each, so the first page is on screen as soon as it
can be. A deck goes through LibreOffice as ``lessonpress preview`` does it
(:class:`~lessonpress.preview.Previewer`), which takes seconds rather than tenths.
"""

from __future__ import annotations

import tempfile
import threading
from io import BytesIO
from pathlib import Path

from PIL import Image

from lessonpress.preview import Previewer, RenderedOutput, pdf_pages

PNG_COMPRESSION = 1
"""Fast over small: the pictures travel over the loopback, not the internet."""


class PagePictures:
    """The latest preview's pages, as pictures and their PNG bytes once asked for."""

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="lessonpress-serve-")
        self._previewer = Previewer(Path(self._folder.name))
        self._pages: list[Image.Image] = []
        self._encoded: dict[int, bytes] = {}
        self._lock = threading.Lock()
        self.version = 0

    def close(self) -> None:
        """Remove LibreOffice's profile and the deck's pictures."""
        self._previewer.close()
        self._folder.cleanup()

    def show(self, output: RenderedOutput) -> tuple[int, list[str]]:
        """Draw ``output``'s pages; return how many there are, and why none if skipped."""
        if output.suffix == ".pdf":
            pages, skipped = pdf_pages(output.content), []
        else:
            result = self._previewer.write("preview", [output])
            pages = [Image.open(path).convert("RGB") for path in result.pages]
            skipped = list(result.skipped)
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
