"""The contrast of every run of text on a slide against what is really behind it.

A run's colour is its own, else the one its paragraph level inherits (the shape's
list style, then for a placeholder the layout's and master's placeholders and the
master's text style, for any other shape its style and the presentation's default
text style), else ``tx1``; a link shows in the theme's ``hlink`` colour, as
PowerPoint draws it, unless it is marked to take its run's colour. What is behind
the run is the fill of its own shape, else the fill of the topmost filled shape or
picture drawn before it that covers its centre (the slide's own, then the layout's
and master's bands and panels), else the background of the slide, its layout or its
master, sampled as colours (a gradient gives each stop, a picture its average; see
:mod:`.background`). The run is held to the lowest contrast it has with any of
those colours.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.slide import Slide, SlideLayout, SlideMaster

from lessonpress.model.colors import TEXT_CONTRAST, contrast_ratio, legible, readable_on
from lessonpress.renderers.deck.background import Resolve, color_of, fill_colors, own_background
from lessonpress.renderers.deck.colors import average, scheme_resolver
from lessonpress.renderers.deck.geometry import Box
from lessonpress.renderers.deck.markup import NAMESPACES, element, xpath
from lessonpress.renderers.deck.placeholders import (
    BODY_TYPES,
    TITLE_TYPES,
    placeholder_index,
    placeholder_type,
    shape_box,
)

_PLACEHOLDERS = "./p:cSld/p:spTree/p:sp[p:nvSpPr/p:nvPr/p:ph]"

LINK_COLOR_EXTENSION = "{A12FA001-AC4F-418D-AE19-62706E023703}"
"""The ``a:ext`` uri under which Office 2019 and later draw a link in its run's colour
rather than the theme's ``hlink``."""

LINK_COLOR_NS = "http://schemas.microsoft.com/office/drawing/2018/hyperlinkcolor"

_LINK_IN_TEXT_COLOR = (
    f"./a:rPr/a:hlinkClick/a:extLst/a:ext[@uri='{LINK_COLOR_EXTENSION}']"
    "/*[local-name()='hlinkClr' and @val='tx']"
)

_FILLS = "./p:spPr/a:solidFill | ./p:spPr/a:gradFill | ./p:spPr/a:pattFill | ./p:spPr/a:blipFill"


@dataclass(frozen=True, slots=True)
class RunContrast:
    """One run of text: its colour, the colours behind it and the lowest contrast."""

    text: str
    color: str
    grounds: tuple[str, ...]
    is_link: bool
    run: etree._Element

    @property
    def ratio(self) -> float:
        """The lowest WCAG contrast ratio of the run with any colour behind it."""
        return min(contrast_ratio(self.color, ground) for ground in self.grounds)


def run_contrasts(slide: Slide) -> list[RunContrast]:
    """Every run of text on ``slide`` with its colour and what is behind it."""
    return list(_SlideReader(slide).runs())


def repair_contrast(slide: Slide, minimum: float = TEXT_CONTRAST) -> None:
    """Give each run that contrasts less than ``minimum`` with what is behind it a colour
    of its own that does (its colour moved towards black or white)."""
    for found in run_contrasts(slide):
        if found.ratio >= minimum:
            continue
        toward = readable_on(average(found.grounds))
        color = legible(found.color, found.grounds, minimum, toward)
        _set_run_color(found.run, color)
        if found.is_link:
            _link_in_text_color(found.run)


class _SlideReader:
    """Resolves the colours of one slide's text and grounds."""

    def __init__(self, slide: Slide) -> None:
        self.slide = slide
        self.layout = slide.slide_layout
        self.master = self.layout.slide_master
        self.resolve: Resolve = scheme_resolver(self.master)
        theme_part = self.master.part.part_related_by(RT.THEME)
        self.background = tuple(
            own_background(slide.part, slide.element, theme_part, self.resolve)
            or own_background(self.layout.part, self.layout.element, theme_part, self.resolve)
            or own_background(self.master.part, self.master.element, theme_part, self.resolve)
            or [self.resolve("bg1")]
        )

    def runs(self) -> Iterator[RunContrast]:
        filled = self._underlay()
        tree = xpath(self.slide.element, "./p:cSld/p:spTree")[0]
        for shape, box in _drawn_shapes(tree, self.layout):
            own = tuple(self._fill(shape, self.slide.part))
            if xpath(shape, "./p:txBody//a:r"):
                grounds = own or self._behind(box, filled)
                yield from self._shape_runs(shape, grounds)
            if own and box is not None:
                filled.append((box, own))

    def _underlay(self) -> list[tuple[Box, tuple[str, ...]]]:
        """The filled shapes the master (unless the layout hides them) and the layout draw
        under every slide: a template's bands and panels. Their placeholders are not drawn."""
        sources: list[SlideLayout | SlideMaster] = [self.layout]
        if self.layout.element.get("showMasterSp") not in ("0", "false"):
            sources.insert(0, self.master)
        filled = []
        for source in sources:
            tree = xpath(source.element, "./p:cSld/p:spTree")[0]
            for shape, box in _drawn_shapes(tree, self.layout):
                if xpath(shape, "./p:nvSpPr/p:nvPr/p:ph") or box is None:
                    continue
                colors = tuple(self._fill(shape, source.part))
                if colors:
                    filled.append((box, colors))
        return filled

    def _behind(
        self, box: Box | None, filled: list[tuple[Box, tuple[str, ...]]]
    ) -> tuple[str, ...]:
        if box is not None:
            x, y = box.x + box.width // 2, box.y + box.height // 2
            for under, colors in reversed(filled):
                if under.x <= x <= under.right and under.y <= y <= under.bottom:
                    return colors
        return self.background

    def _fill(self, shape: etree._Element, part: Part) -> list[str]:
        """The colours a shape paints: its fill (or its placeholder's), or its picture."""
        if etree.QName(shape).localname == "pic":
            return fill_colors(shape, part, self.resolve)
        for holder in [shape, *inherited_placeholders(shape, self.layout)]:
            fills = xpath(holder, _FILLS)
            if fills:
                return fill_colors(fills[0].getparent(), part, self.resolve)
            if xpath(holder, "./p:spPr/a:noFill"):
                return []
        return []

    def _shape_runs(self, shape: etree._Element, grounds: tuple[str, ...]) -> Iterator[RunContrast]:
        styles = self._styles(shape)
        for paragraph in xpath(shape, "./p:txBody/a:p"):
            level = min(_level(paragraph), 8) + 1
            inherited = self._level_color(styles, level)
            for run in xpath(paragraph, "./a:r"):
                text = "".join(str(part) for part in xpath(run, "./a:t/text()"))
                if not text.strip():
                    continue
                is_link = bool(xpath(run, "./a:rPr/a:hlinkClick"))
                fill = xpath(run, "./a:rPr/a:solidFill")
                if is_link and not xpath(run, _LINK_IN_TEXT_COLOR):
                    color = self.resolve("hlink")
                elif fill:
                    color = color_of(fill[0], self.resolve) or inherited
                else:
                    color = inherited
                yield RunContrast(text, color, grounds, is_link, run)

    def _styles(self, shape: etree._Element) -> list[etree._Element]:
        """The list styles a shape's paragraphs inherit from, the nearest first."""
        styles = list(xpath(shape, "./p:txBody/a:lstStyle"))
        if xpath(shape, "./p:nvSpPr/p:nvPr/p:ph"):
            for holder in inherited_placeholders(shape, self.layout):
                styles += xpath(holder, "./p:txBody/a:lstStyle")
            kind = placeholder_type(shape)
            name = "titleStyle" if kind in TITLE_TYPES else "bodyStyle"
            if kind not in TITLE_TYPES | BODY_TYPES:
                name = "otherStyle"
            styles += xpath(self.master.element, f"./p:txStyles/p:{name}")
        else:
            styles += xpath(shape, "./p:style/a:fontRef")
            presentation = self.slide.part.package.presentation_part.presentation
            styles += xpath(presentation.element, "./p:defaultTextStyle")
        return styles

    def _level_color(self, styles: list[etree._Element], level: int) -> str:
        for style in styles:
            if etree.QName(style).localname == "fontRef":
                color = color_of(style, self.resolve)
            else:
                fills = xpath(style, f"./a:lvl{level}pPr/a:defRPr/a:solidFill")
                color = color_of(fills[0], self.resolve) if fills else ""
            if color:
                return color
        return self.resolve("tx1")


def inherited_placeholders(shape: etree._Element, layout: SlideLayout) -> list[etree._Element]:
    """The layout's and master's placeholders that a slide's placeholder ``shape`` inherits
    from, nearest first (none for a shape that is not a placeholder)."""
    if not xpath(shape, "./p:nvSpPr/p:nvPr/p:ph"):
        return []
    kind, index = placeholder_type(shape), placeholder_index(shape)
    chain = []
    for candidate in xpath(layout.element, _PLACEHOLDERS):
        same = placeholder_type(candidate) == kind
        if same and (kind in TITLE_TYPES or placeholder_index(candidate) == index):
            chain.append(candidate)
            break
    wanted = "title" if kind in TITLE_TYPES else "body" if kind in BODY_TYPES else kind
    for candidate in xpath(layout.slide_master.element, _PLACEHOLDERS):
        if placeholder_type(candidate) == wanted:
            chain.append(candidate)
            break
    return chain


def drawn_box(shape: etree._Element, layout: SlideLayout) -> Box | None:
    """Where ``shape`` is drawn: its own box (a group's, for a group), else (a placeholder)
    the box it inherits."""
    if etree.QName(shape).localname == "grpSp":
        return _numbers_box(xpath(shape, "./p:grpSpPr/a:xfrm"))
    for holder in [shape, *inherited_placeholders(shape, layout)]:
        box = shape_box(holder)
        if box is not None:
            return box
    return None


def _level(paragraph: etree._Element) -> int:
    levels = xpath(paragraph, "./a:pPr/@lvl")
    try:
        return int(levels[0]) if levels else 0
    except ValueError:
        return 0


def _drawn_shapes(
    tree: etree._Element, layout: SlideLayout
) -> Iterator[tuple[etree._Element, Box | None]]:
    """The shapes of ``tree`` back to front, groups opened, each with its box on the slide."""
    for shape in tree:
        name = etree.QName(shape).localname
        if name == "grpSp":
            transform = _group_transform(shape)
            for child, box in _drawn_shapes(shape, layout):
                yield child, transform(box) if box is not None else None
        elif name in ("sp", "pic", "cxnSp", "graphicFrame"):
            yield shape, drawn_box(shape, layout)


def _group_transform(group: etree._Element) -> Callable[[Box], Box]:
    """How a group maps its children's coordinates onto the slide."""
    xfrm = xpath(group, "./p:grpSpPr/a:xfrm")
    outer = _numbers_box(xfrm)
    inner = _numbers_box(xfrm, "./a:chOff", "./a:chExt")
    if outer is None or inner is None or not inner.width or not inner.height:
        return lambda box: box
    scale_x, scale_y = outer.width / inner.width, outer.height / inner.height

    def transform(box: Box) -> Box:
        return Box(
            round(outer.x + (box.x - inner.x) * scale_x),
            round(outer.y + (box.y - inner.y) * scale_y),
            round(box.width * scale_x),
            round(box.height * scale_y),
        )

    return transform


def _numbers_box(
    xfrm: list[etree._Element], offset: str = "./a:off", extent: str = "./a:ext"
) -> Box | None:
    """The box an ``a:xfrm`` (the one in ``xfrm``, if any) gives by ``offset`` and
    ``extent``; None where it gives none in numbers."""
    offsets = xpath(xfrm[0], offset) if xfrm else []
    extents = xpath(xfrm[0], extent) if xfrm else []
    if not offsets or not extents:
        return None
    try:
        return Box(
            int(offsets[0].get("x")),
            int(offsets[0].get("y")),
            int(extents[0].get("cx")),
            int(extents[0].get("cy")),
        )
    except (TypeError, ValueError):
        return None


def _set_run_color(run: etree._Element, color: str) -> None:
    properties = xpath(run, "./a:rPr")
    if not properties:
        properties = [etree.Element(f"{{{NAMESPACES['a']}}}rPr")]
        run.insert(0, properties[0])
    for old in xpath(
        properties[0], "./a:noFill | ./a:solidFill | ./a:gradFill | ./a:blipFill | ./a:pattFill"
    ):
        properties[0].remove(old)
    fill = element(f'<a:solidFill><a:srgbClr val="{color.lstrip("#").upper()}"/></a:solidFill>')
    # A run's fill comes after its outline, if it has one, and before everything else.
    position = 1 if xpath(properties[0], "./a:ln") else 0
    properties[0].insert(position, fill)


def _link_in_text_color(run: etree._Element) -> None:
    """Mark the run's link to be drawn in the run's own colour, not the theme's ``hlink``."""
    if xpath(run, _LINK_IN_TEXT_COLOR):
        return
    link = xpath(run, "./a:rPr/a:hlinkClick")[0]
    extensions = xpath(link, "./a:extLst")
    if not extensions:
        extensions = [etree.SubElement(link, f"{{{NAMESPACES['a']}}}extLst")]
    extension = etree.SubElement(
        extensions[0], f"{{{NAMESPACES['a']}}}ext", uri=LINK_COLOR_EXTENSION
    )
    etree.SubElement(
        extension, f"{{{LINK_COLOR_NS}}}hlinkClr", val="tx", nsmap={"ahyp": LINK_COLOR_NS}
    )
