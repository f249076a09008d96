"""Defects of real templates that python-pptx opens but PowerPoint "repairs" or draws
badly, put right in the deck's copy of the template.

- No slide size: python-pptx then has none to give, and every box is empty. The
  deck's slides get the default 16:9 size.
- A layout without the relationship to its master, which PowerPoint requires.
- No default text style: text boxes then take whatever font the program that shows
  them falls back on, not the theme's, and are measured in the wrong one. The
  deck's gets one in the theme's body typeface.
- A title or text placeholder with no position on its layout nor on the master (a
  master without a title placeholder, say): it would fill the whole slide, so it
  gets the default master's place for its kind.
"""

from __future__ import annotations

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.presentation import Presentation
from pptx.slide import SlideMaster
from pptx.util import Emu

from lessonpress.renderers.deck.geometry import SLIDE_SIZES, default_geometry
from lessonpress.renderers.deck.markup import element, xpath
from lessonpress.renderers.deck.placeholders import (
    MasterStyles,
    layout_placeholders,
    placeholder_type,
    shape_box,
)


def repair_layouts(presentation: Presentation) -> None:
    """Put right the defects above in ``presentation`` and every layout of it."""
    if not (presentation.slide_width and presentation.slide_height):
        width, height = SLIDE_SIZES["16:9"]
        presentation.slide_width, presentation.slide_height = Emu(width), Emu(height)
    relate_layouts_to_masters(presentation)
    add_default_text_style(presentation)
    for master in presentation.slide_masters:
        place_unplaced_placeholders(master)


def relate_layouts_to_masters(presentation: Presentation) -> None:
    """Give each layout that lost it the relationship to its master that PowerPoint
    requires (python-pptx opens a layout without one; PowerPoint repairs the file)."""
    for master in presentation.slide_masters:
        for layout in master.slide_layouts:
            try:
                layout.part.part_related_by(RT.SLIDE_MASTER)
            except KeyError:
                layout.part.relate_to(master.part, RT.SLIDE_MASTER)


DEFAULT_TEXT_STYLE = (
    '<p:defaultTextStyle><a:defPPr><a:defRPr lang="en-US"/></a:defPPr>'
    '<a:lvl1pPr marL="0" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" '
    'hangingPunct="1"><a:defRPr sz="1800" kern="1200"><a:solidFill><a:schemeClr val="tx1"/>'
    '</a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/>'
    '<a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr></p:defaultTextStyle>'
)
"""PowerPoint's own first level: the theme's body typeface and text colour at 18 pt."""

_AFTER_DEFAULT_TEXT_STYLE = ("modifyVerifier", "extLst")
"""The children of ``p:presentation`` that come after ``p:defaultTextStyle``."""


def add_default_text_style(presentation: Presentation) -> None:
    """Give ``presentation`` PowerPoint's default text style if it has none."""
    root = presentation.element
    if xpath(root, "./p:defaultTextStyle"):
        return
    style = element(DEFAULT_TEXT_STYLE)
    later = [child for child in root if etree.QName(child).localname in _AFTER_DEFAULT_TEXT_STYLE]
    if later:
        later[0].addprevious(style)
    else:
        root.append(style)


def place_unplaced_placeholders(master: SlideMaster) -> None:
    """Give a layout's title or text placeholder that has no position, on the layout or
    on the master, the default master's place for it (else it would fill the slide)."""
    presentation = master.part.package.presentation_part.presentation
    geometry = default_geometry(int(presentation.slide_width), int(presentation.slide_height))
    places = {
        "title": geometry.title,
        "ctrTitle": geometry.cover_title,
        "subTitle": geometry.cover_subtitle,
        "body": geometry.body,
        "obj": geometry.body,
    }
    styles = MasterStyles(master)
    for layout in master.slide_layouts:
        for shape in layout_placeholders(layout):
            kind = placeholder_type(shape.element)
            if kind not in places or _has_position(shape.element):
                continue
            inherited = styles.placeholder(kind)
            if inherited is None or not _has_position(inherited):
                box = places[kind]
                shape.left, shape.top, shape.width, shape.height = (
                    box.x,
                    box.y,
                    box.width,
                    box.height,
                )


def _has_position(shape: etree._Element) -> bool:
    return shape_box(shape) is not None
