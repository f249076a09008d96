"""ToUnicode maps without the codes a font subset does not use.

reportlab's TrueType subsets map each of their 128 codes to a character, and the codes
a subset leaves unused to U+0000, which PDF/UA-1 forbids (every code must map to a
real character; PDFUA1-FONT-UNICODE-VALUE-001). Those entries are dropped: a code no
glyph uses needs no character.
"""

from __future__ import annotations

import re
from itertools import pairwise

import pikepdf
from pikepdf import Name

_BFCHAR_SECTION = re.compile(rb"\d+\s+beginbfchar\s*(.*?)endbfchar\s*", re.DOTALL)
_ENTRY = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_NULL_CHARACTER = re.compile(rb"(?:0000)+")

BFCHAR_LIMIT = 100
"""The most entries one ``beginbfchar`` section may hold (ISO 32000-1, 9.10.3)."""


def drop_unmapped_codes(pdf: pikepdf.Pdf) -> None:
    """Rewrite every font's ToUnicode map without its entries to U+0000."""
    for candidate in pdf.objects:
        if not isinstance(candidate, pikepdf.Dictionary) or candidate.get("/Type") != Name.Font:
            continue
        to_unicode = candidate.get("/ToUnicode")
        if isinstance(to_unicode, pikepdf.Stream):
            cmap = to_unicode.read_bytes()
            cleaned = without_null_entries(cmap)
            if cleaned != cmap:
                to_unicode.write(cleaned)


def without_null_entries(cmap: bytes) -> bytes:
    """``cmap`` with its ``bfchar`` entries that map a code to U+0000 left out."""
    sections = list(_BFCHAR_SECTION.finditer(cmap))
    if not sections:
        return cmap
    entries = [
        entry
        for section in sections
        for entry in _ENTRY.findall(section.group(1))
        if not _NULL_CHARACTER.fullmatch(entry[1])
    ]
    rewritten = b"".join(
        b"%d beginbfchar\n" % len(chunk)
        + b"".join(b"<%s> <%s>\n" % entry for entry in chunk)
        + b"endbfchar\n"
        for chunk in (
            entries[start : start + BFCHAR_LIMIT] for start in range(0, len(entries), BFCHAR_LIMIT)
        )
    )
    kept_between = b"".join(
        cmap[before.end() : after.start()] for before, after in pairwise(sections)
    )
    return cmap[: sections[0].start()] + rewritten + kept_between + cmap[sections[-1].end() :]
