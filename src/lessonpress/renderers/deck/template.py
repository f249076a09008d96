"""The deck's base: the default master or a school template, and its layouts by kind.

A school template is used as it is: its first master, its layouts and their
styles, once made a plain presentation (:mod:`.plain_package`) and its layouts'
defects repaired (:mod:`.template_repair`). Its own slides are removed cleanly:
the slide ids, the relationships and so the slide parts (and their notes) leave
the package, with the custom shows and sections that named them. Layouts are found
by the placeholders they hold, not by name, since a school's layouts may be called
anything in any language; those a master lacks are built on it (:mod:`.layout_builder`).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.presentation import Presentation
from pptx.slide import SlideLayout, SlideMaster

from lessonpress.renderers.deck.layout_builder import add_content_layout, add_cover_layout
from lessonpress.renderers.deck.markup import xpath
from lessonpress.renderers.deck.package import open_presentation
from lessonpress.renderers.deck.placeholders import (
    BODY_TYPES,
    layout_placeholders,
    placeholder_type,
)
from lessonpress.renderers.deck.plain_package import plain_presentation
from lessonpress.renderers.deck.template_repair import repair_layouts

FOOTER_TYPES = frozenset({"dt", "ftr", "sldNum", "hdr"})
SECTIONS_EXTENSION = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"
"""The ``p:ext`` URI under which PowerPoint 2010 and later keep slide sections."""


@dataclass(frozen=True, slots=True)
class LayoutSet:
    """The layout used for each kind of slide."""

    cover: SlideLayout
    """The title slide: a (centre) title and a subtitle."""
    content: SlideLayout
    """A title and one text area."""
    two_content: SlideLayout | None
    """A title and two text areas side by side, if the master has one."""
    section: SlideLayout
    """A section header, for eras."""
    title_only: SlideLayout
    """A title and nothing else, for drawings such as the timeline."""


def open_default() -> Presentation:
    """python-pptx's blank presentation, to be restyled by :mod:`.master`."""
    path = Path(str(resources.files("pptx"))) / "templates" / "default.pptx"
    return open_presentation(path)


def open_template(path: Path) -> Presentation:
    """A school template as a plain presentation, with its own slides removed.

    Raises ``ValueError`` (as python-pptx does for a package it cannot open) when a
    part the deck needs is not well-formed XML, or the presentation lists no master.
    """
    try:
        presentation = open_presentation(plain_presentation(path.read_bytes()))
        if len(presentation.slide_masters) == 0:
            raise ValueError("the presentation lists no slide master")
        for master in presentation.slide_masters:
            etree.fromstring(master.part.part_related_by(RT.THEME).blob)
    except etree.XMLSyntaxError as error:
        raise ValueError(f"a part of it is not well-formed XML: {error}") from None
    remove_slides(presentation)
    repair_layouts(presentation)
    return presentation


def remove_slides(presentation: Presentation) -> None:
    """Take every slide out of ``presentation``, leaving no part or reference behind."""
    part = presentation.part
    root = presentation.element
    slide_ids = root.find(f"{{{_P}}}sldIdLst")
    if slide_ids is not None:
        for slide_id in list(slide_ids):
            relationship_id = slide_id.get(f"{{{_R}}}id")
            slide_ids.remove(slide_id)
            if relationship_id:
                part.drop_rel(relationship_id)
    for custom_shows in root.findall(f"{{{_P}}}custShowLst"):
        root.remove(custom_shows)
    for extension in xpath(root, f"./p:extLst/p:ext[@uri='{SECTIONS_EXTENSION}']"):
        extension.getparent().remove(extension)
    for extension_list in xpath(root, "./p:extLst[not(*)]"):
        root.remove(extension_list)


def find_layouts(master: SlideMaster) -> LayoutSet:
    """The layouts of ``master`` for each kind of slide, with fallbacks when one is missing.

    A master with no layout holding a title and a text area, or none for a title slide,
    gets one built on it (see :mod:`.layout_builder`).
    """
    layouts = list(master.slide_layouts)
    signatures = [(_layout_type(layout), _signature(layout)) for layout in layouts]

    def first(*tests: object) -> SlideLayout | None:
        for test in tests:
            for layout, (kind, signature) in zip(layouts, signatures, strict=True):
                if test(kind, signature):  # type: ignore[operator]
                    return layout
        return None

    content = first(
        lambda kind, sig: kind == "obj" and _has_title(sig) and _bodies(sig) == 1,
        lambda kind, sig: _has_title(sig) and _bodies(sig) == 1 and len(sig) == 2,
        lambda kind, sig: _has_title(sig) and _bodies(sig) >= 1,
    ) or add_content_layout(master)
    cover = first(
        lambda kind, sig: kind == "title" and "ctrTitle" in sig,
        lambda kind, sig: "ctrTitle" in sig,
        lambda kind, sig: "title" in sig and "subTitle" in sig,
    ) or add_cover_layout(master)
    two_content = first(
        lambda kind, sig: kind == "twoObj" and _has_title(sig) and _bodies(sig) == 2,
        lambda kind, sig: _has_title(sig) and _bodies(sig) == 2 and len(sig) == 3,
    )
    if two_content is not None and not _side_by_side(two_content):
        two_content = None
    section = (
        first(
            lambda kind, sig: kind == "secHead" and _has_title(sig),
        )
        or content
    )
    title_only = (
        first(
            lambda kind, sig: kind == "titleOnly" and sig == ["title"],
            lambda kind, sig: sig == ["title"],
        )
        or content
    )
    return LayoutSet(cover, content, two_content, section, title_only)


def _side_by_side(layout: SlideLayout) -> bool:
    """Whether the layout's two text areas are columns of about the same size, side by
    side (not, say, a content area and its caption)."""
    boxes: list[tuple[int, int, int, int]] = []
    for placeholder in layout_placeholders(layout):
        if placeholder_type(placeholder.element) not in BODY_TYPES:
            continue
        left, top = placeholder.left, placeholder.top
        width, height = placeholder.width, placeholder.height
        if left is None or top is None or width is None or height is None:
            return False
        boxes.append((left, top, width, height))
    if len(boxes) != 2:
        return False
    (x1, y1, w1, h1), (x2, y2, w2, h2) = sorted(boxes)
    apart = x1 + w1 <= x2
    level = abs(y1 - y2) <= 0.1 * max(h1, h2)
    alike = min(w1, w2) >= 0.6 * max(w1, w2) and min(h1, h2) >= 0.8 * max(h1, h2)
    return apart and level and alike


def _layout_type(layout: SlideLayout) -> str:
    return layout.element.get("type") or "cust"


def _signature(layout: SlideLayout) -> list[str]:
    """The types of the layout's placeholders, without date, footer and slide number."""
    kinds = []
    for shape in xpath(layout.element, "./p:cSld/p:spTree/p:sp[p:nvSpPr/p:nvPr/p:ph]"):
        kind = placeholder_type(shape)
        if kind not in FOOTER_TYPES:
            kinds.append(kind)
    return kinds


def _has_title(signature: list[str]) -> bool:
    return "title" in signature or "ctrTitle" in signature


def _bodies(signature: list[str]) -> int:
    return sum(1 for kind in signature if kind in BODY_TYPES and kind != "subTitle")


_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
