"""Check that a theme's font file is a TrueType font the PDFs can embed, with the glyphs
the lesson needs.

reportlab embeds TrueType outlines (``glyf``) only: a font with PostScript (CFF)
outlines, a web font (.woff, .woff2), a font whose licence forbids embedding, or a
file that is not a font at all would fail in the middle of a build, so the theme
loader refuses it here with what it really is. A character the font lacks is drawn
with a fallback family; one that no fallback has either would print as an empty box,
so a font file that leaves the lesson's text with such characters is refused too.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from lessonpress.fonts import fallback_families

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


def check_font(data: bytes) -> frozenset[int]:
    """The code points ``data`` has glyphs for; raises :class:`UnusableFont` unless it is an
    embeddable TrueType text font."""
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
    return frozenset(font.charToGlyph)


def characters_in(data: Any) -> frozenset[str]:
    """Every visible character of the text in ``data`` (a file's values, nested)."""
    found: set[str] = set()
    pending = [data]
    while pending:
        value = pending.pop()
        if isinstance(value, str):
            found.update(value)
        elif isinstance(value, dict):
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
    return frozenset(char for char in found if unicodedata.category(char)[0] not in "CZ")


def without_glyph(characters: Iterable[str], code_points: frozenset[int]) -> list[str]:
    """The ``characters`` that neither the font of ``code_points`` nor a fallback family
    has, sorted."""
    missing = {char for char in characters if ord(char) not in code_points}
    if missing:
        covered = _fallback_code_points()
        missing = {char for char in missing if ord(char) not in covered}
    return sorted(missing)


@cache
def _fallback_code_points() -> frozenset[int]:
    """What the fallback families' regular faces cover, read once per process."""
    code_points: set[int] = set()
    for family in fallback_families():
        code_points |= check_font(Path(family.regular).read_bytes())
    return frozenset(code_points)
