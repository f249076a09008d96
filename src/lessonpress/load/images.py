"""Check that bytes are an image every renderer can use, before any renderer sees them."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image as PILImage
from PIL import UnidentifiedImageError

MAX_IMAGE_PIXELS = 80_000_000
"""Larger than any photograph a handout needs; protects against decompression bombs."""

MAX_IMAGE_BYTES = 30 * 1_048_576
"""Larger than a camera's full-size photograph."""

USABLE_FORMATS = {"PNG": "PNG", "JPEG": "JPEG", "GIF": "GIF"}
"""Pillow's format names that the handout, the deck and the poster all embed."""

_FORMAT_WORDS = {"MPO": "a multi-picture JPEG (MPO, as some cameras save)"}


class UnreadableImage(Exception):
    """The file is not an image lessonpress can use; ``str()`` says why, ``hint`` (if
    given) what to do instead of saving it again in another format."""

    def __init__(self, reason: str, hint: str = "") -> None:
        super().__init__(reason)
        self.hint = hint


@dataclass(frozen=True, slots=True)
class ImageFacts:
    """What verifying an image found out."""

    width: int
    height: int
    format: str


def verify_image(data: bytes) -> ImageFacts:
    """The size and format of the image in ``data``, after Pillow has verified it.

    Raises :class:`UnreadableImage` for data that is not an image, is damaged, is in a
    format a renderer cannot embed, or is so large that decoding it could exhaust memory.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(io.BytesIO(data)) as image:
                width, height = image.size
                image_format = image.format or "unknown"
                _check_pixels(width, height)
                image.verify()
            if image_format == "JPEG":
                _decode_small(data)
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        raise _bomb() from None
    except UnidentifiedImageError:
        raise UnreadableImage("the file is not a picture Pillow can read") from None
    except (OSError, SyntaxError, ValueError) as error:
        raise UnreadableImage(f"the file is damaged ({error})") from None
    if image_format not in USABLE_FORMATS:
        kind = _FORMAT_WORDS.get(image_format, f"a {image_format} image")
        raise UnreadableImage(f"it is {kind}; lessonpress uses PNG, JPEG and GIF pictures")
    return ImageFacts(width, height, image_format)


def _check_pixels(width: int, height: int) -> None:
    if width * height > MAX_IMAGE_PIXELS:
        raise UnreadableImage(
            f"the image is {width}x{height} pixels ({width * height / 1e6:,.0f} megapixels), "
            f"more than the {MAX_IMAGE_PIXELS // 1_000_000} megapixels lessonpress decodes "
            "(a picture this large, or one made to look this large, would exhaust memory)",
            "scale it down: 4000 pixels across is plenty for a poster",
        )


def _bomb() -> UnreadableImage:
    return UnreadableImage(
        "the image claims more than "
        f"{MAX_IMAGE_PIXELS // 1_000_000} megapixels: decoding it would exhaust memory "
        "(a decompression bomb)",
        "scale it down: 4000 pixels across is plenty for a poster",
    )


def _decode_small(data: bytes) -> None:
    """Decode a JPEG at an eighth of its size: cheap, and it reads every byte of the data,
    so a truncated file is found here rather than in a renderer."""
    with PILImage.open(io.BytesIO(data)) as image:
        image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
        image.load()
