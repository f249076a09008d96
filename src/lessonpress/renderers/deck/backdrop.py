"""What is really behind each shape of a slide, read from the slide, its layout and master.

Behind a shape is the fill of the topmost filled shape or picture drawn before it that
covers its centre (the slide's own, then the layout's and master's bands and panels),
else the background of the slide, its layout or its master, sampled as colours (a
gradient gives each stop, a picture its average; see :mod:`.background`). A placeholder
is drawn where it says, else where the layout's or master's placeholder it inherits
from says, and paints that placeholder's fill unless it has its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.slide import Slide, SlideLayout, SlideMaster

from lessonpress.renderers.deck.background import Resolve, fill_colors, own_background
from lessonpress.renderers.deck.colors import scheme_resolver
from lessonpress.renderers.deck.geometry import Box
from lessonpress.renderers.deck.markup import first, xpath
from lessonpress.renderers.deck.placeholders import BODY_TYPES, TITLE_TYPES, integer

_PLACEHOLDERS = "./p:cSld/p:spTree/p:sp[p:nvSpPr/p:nvPr/p:ph]"

_FILLS = "./a:solidFill | ./a:gradFill | ./a:pattFill | ./a:blipFill"


def placeholder_kind(shape: etree._Element) -> tuple[str, int] | None:
    """A placeholder shape's type (``obj`` when it names none) and index; None for a shape
    that is not a placeholder."""
    placeholder = first(shape, "./p:nvSpPr/p:nvPr/p:ph")
    if placeholder is None:
        return None
    return placeholder.get("type") or "obj", integer(placeholder.get("idx"), 0)


def own_box(shape: etree._Element) -> Box | None:
    """The box a shape (or, given its ``p:grpSpPr``, a group) states itself in numbers."""
    return _numbers_box(xpath(shape, "./p:spPr/a:xfrm | ./p:grpSpPr/a:xfrm"))


def drawn_box(shape: etree._Element, layout: SlideLayout) -> Box | None:
    """Where ``shape`` is drawn: its own box (a group's, for a group), else the box its
    placeholder inherits from ``layout`` or its master."""
    return _box_in_chain(shape, lambda: inherited_placeholders(shape, layout))


def inherited_placeholders(shape: etree._Element, layout: SlideLayout) -> list[etree._Element]:
    """The layout's and master's placeholders that a slide's placeholder ``shape`` inherits
    from, nearest first (none for a shape that is not a placeholder)."""
    placeholder = placeholder_kind(shape)
    if placeholder is None:
        return []
    kind, index = placeholder
    chain = []
    for candidate in xpath(layout.element, _PLACEHOLDERS):
        other = placeholder_kind(candidate)
        if other and other[0] == kind and (kind in TITLE_TYPES or other[1] == index):
            chain.append(candidate)
            break
    wanted = "title" if kind in TITLE_TYPES else "body" if kind in BODY_TYPES else kind
    for candidate in xpath(layout.slide_master.element, _PLACEHOLDERS):
        other = placeholder_kind(candidate)
        if other and other[0] == wanted:
            chain.append(candidate)
            break
    return chain


class LayoutBackdrop:
    """What one layout and its master put behind the slides on it: the scheme's colours,
    the background, the bands and panels drawn under every slide, and the placeholders
    a slide's placeholders inherit from."""

    def __init__(self, layout: SlideLayout) -> None:
        self.layout = layout
        self.master = layout.slide_master
        self.resolve: Resolve = scheme_resolver(self.master)
        self.theme_part = self.master.part.part_related_by(RT.THEME)
        self.background = tuple(
            own_background(layout.part, layout.element, self.theme_part, self.resolve)
            or own_background(self.master.part, self.master.element, self.theme_part, self.resolve)
            or [self.resolve("bg1")]
        )
        self._chains: dict[tuple[str, int], list[etree._Element]] = {}
        self._boxes: dict[etree._Element, Box | None] = {}
        self.underlay = self._underlay()

    def behind_shapes(self, slide: Slide) -> Iterator[tuple[etree._Element, tuple[str, ...]]]:
        """Each shape of ``slide`` (on this layout) that holds text, back to front, with
        the colours behind its text: its own fill, else what is under its centre."""
        background = self.background
        if first(slide.element, "./p:cSld/p:bg") is not None:
            own = own_background(slide.part, slide.element, self.theme_part, self.resolve)
            background = tuple(own) or background
        filled = list(self.underlay)
        for shape, box in self._drawn_shapes(first(slide.element, "./p:cSld/p:spTree")):
            own_fill = tuple(self.fill(shape, slide.part))
            if first(shape, "./p:txBody/a:p/a:r") is not None:
                yield shape, own_fill or _behind(box, filled) or background
            if own_fill and box is not None:
                filled.append((box, own_fill))

    def chain(self, shape: etree._Element) -> list[etree._Element]:
        """The layout's and master's placeholders that a placeholder ``shape`` inherits
        from, nearest first (none for a shape that is not a placeholder)."""
        key = placeholder_kind(shape)
        if key is None:
            return []
        if key not in self._chains:
            self._chains[key] = inherited_placeholders(shape, self.layout)
        return self._chains[key]

    def box(self, shape: etree._Element) -> Box | None:
        """Where ``shape`` is drawn (see :func:`drawn_box`), read once a shape: the
        accessibility pass asks it of each shape to order them and again to find what is
        behind their text."""
        if shape not in self._boxes:
            self._boxes[shape] = _box_in_chain(shape, lambda: self.chain(shape))
        return self._boxes[shape]

    def fill(self, shape: etree._Element, part: Part) -> list[str]:
        """The colours a shape paints: its fill (or its placeholder's), or its picture."""
        if etree.QName(shape).localname == "pic":
            return fill_colors(shape, part, self.resolve)
        for holder in [shape, *self.chain(shape)]:
            properties = first(holder, "./p:spPr")
            if properties is None:
                continue
            if first(properties, "./a:noFill") is not None:
                return []
            if xpath(properties, _FILLS):
                return fill_colors(properties, part, self.resolve)
        return []

    def _underlay(self) -> list[tuple[Box, tuple[str, ...]]]:
        """The filled shapes the master (unless the layout hides them) and the layout draw
        under every slide: a template's bands and panels. Their placeholders are not drawn."""
        sources: list[SlideLayout | SlideMaster] = [self.layout]
        if self.layout.element.get("showMasterSp") not in ("0", "false"):
            sources.insert(0, self.master)
        filled = []
        for source in sources:
            for shape, box in self._drawn_shapes(first(source.element, "./p:cSld/p:spTree")):
                if placeholder_kind(shape) is not None or box is None:
                    continue
                colors = tuple(self.fill(shape, source.part))
                if colors:
                    filled.append((box, colors))
        return filled

    def _drawn_shapes(self, tree: etree._Element) -> Iterator[tuple[etree._Element, Box | None]]:
        """The shapes of ``tree`` back to front, groups opened, each with its box on the
        slide."""
        for shape in tree:
            name = etree.QName(shape).localname
            if name == "grpSp":
                transform = _group_transform(shape)
                for child, box in self._drawn_shapes(shape):
                    yield child, transform(box) if box is not None else None
            elif name in ("sp", "pic", "cxnSp", "graphicFrame"):
                yield shape, self.box(shape)


def _behind(box: Box | None, filled: list[tuple[Box, tuple[str, ...]]]) -> tuple[str, ...]:
    """The colours of the topmost of ``filled`` that covers the centre of ``box``."""
    if box is not None:
        x, y = box.x + box.width // 2, box.y + box.height // 2
        for under, colors in reversed(filled):
            if under.x <= x <= under.right and under.y <= y <= under.bottom:
                return colors
    return ()


def _box_in_chain(shape: etree._Element, chain: Callable[[], list[etree._Element]]) -> Box | None:
    box = own_box(shape)
    if box is not None:
        return box
    return next((found for holder in chain() if (found := own_box(holder))), None)


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
