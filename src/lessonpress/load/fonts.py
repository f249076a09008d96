"""Check that a theme's font file is a TrueType font the PDFs can embed.

reportlab embeds TrueType outlines (``glyf``) only: a font with PostScript (CFF)
outlines, a web font (.woff, .woff2), a font whose licence forbids embedding, or a
file that is not a font at all would fail in the middle of a build, so the theme
loader refuses it here with what it really is.
"""

from __future__ import annotations

import io

MAX_FONT_BYTES = 40 * 1_048_576
"""Larger than a full CJK font."""

REQUIRED_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
"""Every output prints these (headings, dates, page numbers): a font without them is not
a text font. Other characters a font lacks are drawn with the default family."""

_SIGNATURES = {
    b"OTTO": "an OpenType font with PostScript (CFF) outlines; PDFs embed TrueType outlines",
    b"wOFF": "a web font (.woff)",
    b"wOF2": "a web font (.woff2)",
    b"ttcf": "a font collection (.ttc)",
}


class UnusableFont(Exception):
    """The file cannot be used as a theme font; ``str()`` says why."""


def check_font(data: bytes) -> None:
    """Raise :class:`UnusableFont` unless ``data`` is an embeddable TrueType text font."""
    from reportlab.pdfbase.ttfonts import TTFError, TTFontFile

    kind = _SIGNATURES.get(data[:4])
    if kind is not None:
        raise UnusableFont(f"it is {kind}")
    if data[:4] not in (b"\x00\x01\x00\x00", b"true"):
        raise UnusableFont("it is not a font file")
    try:
        font = TTFontFile(io.BytesIO(data))
    except TTFError as error:
        raise UnusableFont(f"reportlab cannot use it: {error}") from None
    except Exception as error:  # reportlab's parser fails on bad tables with bare errors
        raise UnusableFont(f"the font file is damaged ({error.__class__.__name__})") from None
    missing = [char for char in REQUIRED_CHARACTERS if ord(char) not in font.charToGlyph]
    if missing:
        raise UnusableFont(
            f"it has no letters or digits such as '{''.join(missing[:10])}' (a symbol font?)"
        )
