"""Check that a file is an image the renderers can use, before any renderer opens it."""

from __future__ import annotations

import warnings
from pathlib import Path

from PIL import Image as PILImage
from PIL import UnidentifiedImageError

MAX_IMAGE_PIXELS = 80_000_000
"""Larger than any photograph a handout needs; protects against decompression bombs."""


class UnreadableImage(Exception):
    """The file is not an image lessonpress can use; the message says why."""


def verified_image_size(path: Path) -> tuple[int, int]:
    """The pixel width and height of the image at ``path``, after Pillow has verified it.

    Raises :class:`UnreadableImage` for a file that is not an image, is damaged, or is so
    large that decoding it could exhaust memory.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(path) as image:
                image.verify()
                width, height = image.size
    except (UnidentifiedImageError, PILImage.DecompressionBombError) as error:
        raise UnreadableImage(
            f"not an image Pillow can read ({error.__class__.__name__})"
        ) from None
    except PILImage.DecompressionBombWarning:
        raise UnreadableImage("the image is too large") from None
    except OSError as error:
        raise UnreadableImage(f"the file is damaged or unreadable ({error})") from None
    if width * height > MAX_IMAGE_PIXELS:
        raise UnreadableImage(f"the image is too large ({width}x{height} pixels)")
    return width, height
