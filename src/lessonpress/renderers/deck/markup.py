"""Helpers for the markup the deck writes itself: snippets, clean text, alt text, colours.

python-pptx builds the deck's shapes, text boxes, lines and pictures (:mod:`.shapes`).
What it has no API for is written as DrawingML and PresentationML through these
helpers: alt text (``descr``), Office extensions, placeholders that inherit from their
layout, sections, template repairs, and the paragraphs of text (:mod:`.text`, where
python-pptx's paragraph API is measured too slow).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any, cast
from xml.sax.saxutils import escape, quoteattr

from lxml import etree
from pptx.dml.color import ColorFormat, RGBColor
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.oxml import parse_xml
from pptx.oxml.xmlchemy import BaseOxmlElement

NAMESPACES = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}

# python-pptx leaves RGBColor's constructor unannotated: red, green and blue, 0 to 255.
_rgb: Callable[[int, int, int], RGBColor] = RGBColor

_TAG = re.compile(r"<[\w:]+")

_DECLARATIONS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NAMESPACES.items())

# Characters XML 1.0 forbids (C0 controls but tab, newline and return; lone surrogates;
# U+FFFE and U+FFFF). A part holding one is not well-formed and will not open.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """``text`` without the characters XML cannot hold."""
    return _FORBIDDEN.sub("", text)


def one_line(text: str) -> str:
    """``text`` cleaned, with line breaks and runs of spaces turned into single spaces."""
    return " ".join(clean_text(text).split())


def text_node(text: str) -> str:
    """``text`` cleaned and escaped for an element's content."""
    return escape(clean_text(text))


def attribute(text: str) -> str:
    """``text`` cleaned, escaped and quoted for an attribute value."""
    return quoteattr(one_line(text))


def element(snippet: str) -> BaseOxmlElement:
    """Parse one element of markup written with the ``a:``, ``p:`` and ``r:`` prefixes
    (into python-pptx's element classes, as python-pptx itself parses)."""
    tag = _TAG.match(snippet)
    if tag is None:
        raise ValueError(f"not an element: {snippet[:40]!r}")
    return cast(
        BaseOxmlElement, parse_xml(f"{snippet[: tag.end()]} {_DECLARATIONS}{snippet[tag.end() :]}")
    )


def xpath(node: etree._Element, path: str) -> list[Any]:
    """What ``path`` (written with the ``a:``, ``p:`` and ``r:`` prefixes) finds from ``node``.

    Each path is compiled once: a deck asks the same few dozen paths of every slide and
    shape, and lxml's ``xpath()`` method (like python-pptx's, which overrides it with
    its own prefixes) compiles its path again at every call.
    """
    found = _compiled(path)(node)
    assert isinstance(found, list), f"{path!r} is not a path to nodes"
    return found


@cache
def _compiled(path: str) -> etree.XPath:
    return etree.XPath(path, namespaces=NAMESPACES)


def first(node: etree._Element, path: str) -> Any:
    """The first thing ``path`` finds from ``node``, or None."""
    found = xpath(node, path)
    return found[0] if found else None


def replace_child(parent: etree._Element, new: etree._Element) -> None:
    """Put ``new`` in place of ``parent``'s child of the same tag, or append it."""
    old = parent.find(new.tag)
    if old is None:
        parent.append(new)
    else:
        parent.replace(old, new)


def add_extension(
    parent: etree._Element, uri: str, namespace: str, prefix: str, tag: str, value: str
) -> None:
    """Add to ``parent``'s DrawingML extension list (made if it has none) the extension
    ``uri`` holding one ``prefix:tag val="value"`` element of ``namespace``, the way
    Office records what the 2006 schema has no place for (a decorative picture, a link
    drawn in its text's colour)."""
    extension_list = parent.find(f"{{{NAMESPACES['a']}}}extLst")
    if extension_list is None:
        extension_list = etree.SubElement(parent, f"{{{NAMESPACES['a']}}}extLst")
    extension = etree.SubElement(extension_list, f"{{{NAMESPACES['a']}}}ext", uri=uri)
    etree.SubElement(extension, f"{{{namespace}}}{tag}", val=value, nsmap={prefix: namespace})


def describe(shape: etree._Element, description: str) -> None:
    """Give ``shape`` the alt text ``description`` (its ``cNvPr``'s ``descr``), which
    python-pptx does not set."""
    properties = xpath(shape, "./*[1]/p:cNvPr")[0]
    properties.set("descr", one_line(description))


def paint(color_format: ColorFormat, color: str) -> None:
    """Set python-pptx's ``color_format`` to ``color``, a DrawingML colour element as the
    deck's colours are given (``a:srgbClr``, or ``a:schemeClr`` with a ``lumMod`` and
    ``lumOff`` lightening)."""
    kind, value, brightness = _color_parts(color)
    if kind == "srgbClr":
        color_format.rgb = _rgb(*bytes.fromhex(value))
        return
    color_format.theme_color = MSO_THEME_COLOR.from_xml(value)
    if brightness:
        color_format.brightness = brightness


@cache
def _color_parts(color: str) -> tuple[str, str, float]:
    """The kind (``srgbClr``, ``schemeClr``), value and lightening of a colour element: a
    deck uses a handful of colours on thousands of shapes, so each is read once."""
    parsed = element(color)
    lightening = xpath(parsed, "./a:lumOff/@val")
    brightness = int(lightening[0]) / 100_000 if lightening else 0.0
    return etree.QName(parsed).localname, parsed.get("val", ""), brightness
