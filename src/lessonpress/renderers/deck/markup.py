"""Small helpers for writing DrawingML and PresentationML: parsing snippets, clean text."""

from __future__ import annotations

import re
from typing import Any, cast
from xml.sax.saxutils import escape, quoteattr

from lxml import etree
from pptx.oxml import parse_xml
from pptx.oxml.xmlchemy import BaseOxmlElement

NAMESPACES = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}

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
    """What ``path`` (written with the ``a:``, ``p:`` and ``r:`` prefixes) finds from ``node``."""
    # python-pptx's element classes override xpath() with their own prefixes; lxml's own
    # method works for every element.
    found = etree._Element.xpath(node, path, namespaces=NAMESPACES)
    assert isinstance(found, list), f"{path!r} is not a path to nodes"
    return found


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
