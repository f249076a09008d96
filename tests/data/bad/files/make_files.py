"""Write the hostile support files of the bad-input corpus (run by hand; outputs committed).

    python tests/data/bad/files/make_files.py

Needs fontTools and brotli (``pip install fonttools brotli``), which lessonpress itself
does not use. The symbolic links beside these files are committed as links; the fifo
and the long files are made by tests/bad_corpus.py when the corpus is prepared.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from PIL import Image

HERE = Path(__file__).resolve().parent
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def decompression_bomb() -> bytes:
    """A PNG whose header claims 100,000 x 100,000 pixels: 88 bytes on disk."""
    header = struct.pack(">IIBBBBB", 100_000, 100_000, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + png_chunk(b"IEND", b"")
    )


def webp_picture() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "#0072B2").save(buffer, format="WEBP")
    return buffer.getvalue()


def _box(pen: object) -> None:
    pen.moveTo((50, 0))  # type: ignore[attr-defined]
    pen.lineTo((50, 600))  # type: ignore[attr-defined]
    pen.lineTo((450, 600))  # type: ignore[attr-defined]
    pen.lineTo((450, 0))  # type: ignore[attr-defined]
    pen.closePath()  # type: ignore[attr-defined]


def font(characters: str, outlines: str) -> FontBuilder:
    """A font whose every glyph is a box, with TrueType or PostScript (CFF) outlines."""
    names = [".notdef", *(f"g{ord(char):04X}" for char in characters)]
    builder = FontBuilder(1000, isTTF=outlines == "truetype")
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(char): f"g{ord(char):04X}" for char in characters})
    if outlines == "truetype":
        glyphs = {}
        for name in names:
            pen = TTGlyphPen(None)
            _box(pen)
            glyphs[name] = pen.glyph()
        builder.setupGlyf(glyphs)
    else:
        charstrings = {}
        for name in names:
            pen = T2CharStringPen(500, None)
            _box(pen)
            charstrings[name] = pen.getCharString()
        builder.setupCFF("Hostile", {"FullName": "Hostile"}, charstrings, {})
    builder.setupHorizontalMetrics({name: (500, 50) for name in names})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": "Hostile", "styleName": "Regular"})
    builder.setupOS2(fsType=0)
    builder.setupPost()
    return builder


def save_font(builder: FontBuilder, flavor: str | None = None) -> bytes:
    buffer = io.BytesIO()
    builder.font.flavor = flavor
    builder.save(buffer)
    return buffer.getvalue()


def word_document() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        package.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body><w:p><w:r><w:t>Letter to parents</w:t></w:r></w:p></w:body></w:document>",
        )
    return buffer.getvalue()


def plain_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("notes.txt", "Slides for Monday\n")
    return buffer.getvalue()


def main() -> None:
    outputs = {
        "bomb.png": decompression_bomb(),
        "picture.webp": webp_picture(),
        "postscript.otf": save_font(font(LETTERS, "cff")),
        "web.woff2": save_font(font(LETTERS, "truetype"), "woff2"),
        "symbols.ttf": save_font(font("★☆", "truetype")),
        "latin.ttf": save_font(font(LETTERS + " .,", "truetype")),
        "letter.docx": word_document(),
        "archive.zip": plain_zip(),
        "notes.pptx": b"Slides for Monday: the causes of the war.\n",
    }
    for name, data in outputs.items():
        (HERE / name).write_bytes(data)
    for link, target in {
        "outside-link.png": "/etc/hostname",
        "zero.png": "/dev/zero",
        "loop-a.png": "loop-b.png",
        "loop-b.png": "loop-a.png",
    }.items():
        path = HERE / link
        path.unlink(missing_ok=True)
        path.symlink_to(target)


if __name__ == "__main__":
    main()
