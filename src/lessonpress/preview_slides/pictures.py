"""Slide pictures kept between previews, so that an edit repaints only what it changed.

A teacher's edit changes one slide or two of a deck; every slide whose digest
(:meth:`~lessonpress.preview_slides.painter.DeckPainter.slide_keys`) is the same as
in the previous preview keeps its picture, and only the others are painted.
"""

from __future__ import annotations

import threading

from PIL import Image

from lessonpress.preview_slides.painter import DeckPainter


class SlidePictures:
    """Pictures of the latest deck's slides by their digests, repainted as decks change."""

    def __init__(self, dpi: int) -> None:
        self.dpi = dpi
        self._pictures: dict[bytes, Image.Image] = {}
        self._lock = threading.Lock()

    def pages(self, pptx: bytes) -> tuple[list[Image.Image], list[bytes]]:
        """The picture of each slide of ``pptx``, and each slide's digest."""
        from lessonpress.preview import pdf_pages

        painter = DeckPainter(pptx)
        keys = painter.slide_keys()
        with self._lock:
            known = dict(self._pictures)
        missing = [index for index, key in enumerate(keys) if key not in known]
        if missing:
            painted = pdf_pages(painter.pdf(only=set(missing)), self.dpi)
            known.update((keys[index], page) for index, page in zip(missing, painted, strict=True))
        with self._lock:
            # Only this deck's slides are kept: memory stays at one deck's pictures.
            self._pictures = {key: known[key] for key in keys}
        return [known[key] for key in keys], keys
