"""A school template's own text colours, made to read on its own background.

Titles, subtitles and text in placeholders take their colour from the master's
text styles and the layouts' placeholder styles, not from the deck's roles: a
template whose subtitle is gray over a gradient keeps that gray on every cover.
Each colour those styles set is checked against the background of the master or
layout that shows it and, where it falls short, replaced by the nearest colour that
reads (the palette's contrast rule, :func:`~lessonpress.model.colors.legible`). Only
the deck's copy of the template changes; colours that read are left as they are.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.slide import SlideMaster

from lessonpress.model.colors import contrast_ratio, legible, readable_on
from lessonpress.renderers.deck.background import Resolve, color_of, own_background
from lessonpress.renderers.deck.colors import average, scheme_resolver, srgb
from lessonpress.renderers.deck.markup import element, xpath

_STYLED_FILLS = (
    "./p:txStyles/*/*/a:defRPr/a:solidFill",
    "./p:cSld/p:spTree/p:sp/p:txBody/a:lstStyle/*/a:defRPr/a:solidFill",
)
"""Where a master or layout sets the colour of its placeholders' text."""


def repair_text_styles(master: SlideMaster, minimum: float) -> int:
    """Give every text style of ``master`` and its layouts a colour that contrasts at
    least ``minimum`` with the background it is shown on; returns how many changed."""
    resolve = scheme_resolver(master)
    theme_part = master.part.part_related_by(RT.THEME)
    master_ground = own_background(master.part, master.element, theme_part, resolve)
    repaired = 0
    for part, root in _owners(master):
        grounds = own_background(part, root, theme_part, resolve) or master_ground
        if grounds:
            repaired += _repair(root, tuple(grounds), minimum, resolve)
    return repaired


def _owners(master: SlideMaster) -> Iterator[tuple[Part, etree._Element]]:
    yield master.part, master.element
    for layout in master.slide_layouts:
        yield layout.part, layout.element


def _repair(
    root: etree._Element, grounds: tuple[str, ...], minimum: float, resolve: Resolve
) -> int:
    repaired = 0
    toward = readable_on(average(grounds))
    for path in _STYLED_FILLS:
        for fill in xpath(root, path):
            color = color_of(fill, resolve)
            if not color or min(contrast_ratio(color, ground) for ground in grounds) >= minimum:
                continue
            for child in list(fill):
                fill.remove(child)
            fill.append(element(srgb(legible(color, grounds, minimum, toward))))
            repaired += 1
    return repaired
