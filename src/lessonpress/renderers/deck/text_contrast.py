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
from functools import cache
from typing import Any

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.slide import Slide, SlideLayout, SlideMaster

from lessonpress.model.colors import TEXT_CONTRAST, contrast_ratio, legible, readable_on
from lessonpress.renderers.deck.background import Resolve, color_of, fill_colors, own_background
from lessonpress.renderers.deck.colors import average, scheme_resolver
from lessonpress.renderers.deck.geometry import Box
from lessonpress.renderers.deck.markup import NAMESPACES, add_extension, element
from lessonpress.renderers.deck.placeholders import BODY_TYPES, TITLE_TYPES, integer

_PLACEHOLDERS = "./p:cSld/p:spTree/p:sp[p:nvSpPr/p:nvPr/p:ph]"

LINK_COLOR_EXTENSION = "{A12FA001-AC4F-418D-AE19-62706E023703}"
"""The ``a:ext`` uri under which Office 2019 and later draw a link in its run's colour
rather than the theme's ``hlink``."""

LINK_COLOR_NS = "http://schemas.microsoft.com/office/drawing/2018/hyperlinkcolor"

_LINK_IN_TEXT_COLOR = (
    f"./a:rPr/a:hlinkClick/a:extLst/a:ext[@uri='{LINK_COLOR_EXTENSION}']"
    "/*[local-name()='hlinkClr' and @val='tx']"
)

_FILLS = "./a:solidFill | ./a:gradFill | ./a:pattFill | ./a:blipFill"


@cache
def _compiled(path: str) -> etree.XPath:
    return etree.XPath(path, namespaces=NAMESPACES)


def select(node: etree._Element, path: str) -> list[Any]:
    """What ``path`` (with the ``a:`` and ``p:`` prefixes) finds from ``node``; each path
    is compiled once, as this module and :mod:`.accessibility` ask the same ones of every
    shape of a deck."""
    found = _compiled(path)(node)
    assert isinstance(found, list)
    return found


def first(node: etree._Element, path: str) -> Any:
    """The first thing ``path`` finds from ``node``, or None."""
    found = select(node, path)
    return found[0] if found else None


def placeholder_kind(shape: etree._Element) -> tuple[str, int] | None:
    """A placeholder shape's type (``obj`` when it names none) and index; None for a shape
    that is not a placeholder."""
    placeholder = first(shape, "./p:nvSpPr/p:nvPr/p:ph")
    if placeholder is None:
        return None
    return placeholder.get("type") or "obj", integer(placeholder.get("idx"), 0)


def own_box(shape: etree._Element) -> Box | None:
    """The box a shape (or, given its ``p:grpSpPr``, a group) states itself in numbers."""
    return _numbers_box(select(shape, "./p:spPr/a:xfrm | ./p:grpSpPr/a:xfrm"))


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
    return ContrastReader().runs(slide)


class ContrastReader:
    """Reads the colours of slides' text and of what is behind it. What a layout and its
    master give every slide on it is worked out once, for all the slides a reader sees."""

    def __init__(self) -> None:
        self._layouts: dict[str, _LayoutView] = {}

    def runs(self, slide: Slide) -> list[RunContrast]:
        """Every run of text on ``slide`` with its colour and what is behind it."""
        view = self._view(slide.slide_layout)
        background = view.background
        if first(slide.element, "./p:cSld/p:bg") is not None:
            own = own_background(slide.part, slide.element, view.theme_part, view.resolve)
            background = tuple(own) or background
        filled = list(view.underlay)
        found = []
        tree = first(slide.element, "./p:cSld/p:spTree")
        for shape, box in _drawn_shapes(tree, view):
            own_fill = tuple(view.fill(shape, slide.part))
            if first(shape, "./p:txBody/a:p/a:r") is not None:
                grounds = own_fill or _behind(box, filled) or background
                found += view.shape_runs(shape, grounds)
            if own_fill and box is not None:
                filled.append((box, own_fill))
        return found

    def repair(self, slide: Slide, minimum: float = TEXT_CONTRAST) -> None:
        """Give each run that contrasts less than ``minimum`` with what is behind it a
        colour of its own that does (its colour moved towards black or white)."""
        for found in self.runs(slide):
            if found.ratio >= minimum:
                continue
            toward = readable_on(average(found.grounds))
            color = legible(found.color, found.grounds, minimum, toward)
            _set_run_color(found.run, color)
            if found.is_link:
                _link_in_text_color(found.run)

    def _view(self, layout: SlideLayout) -> _LayoutView:
        key = str(layout.part.partname)
        if key not in self._layouts:
            self._layouts[key] = _LayoutView(layout)
        return self._layouts[key]


def _behind(box: Box | None, filled: list[tuple[Box, tuple[str, ...]]]) -> tuple[str, ...]:
    """The colours of the topmost of ``filled`` that covers the centre of ``box``."""
    if box is not None:
        x, y = box.x + box.width // 2, box.y + box.height // 2
        for under, colors in reversed(filled):
            if under.x <= x <= under.right and under.y <= y <= under.bottom:
                return colors
    return ()


class _LayoutView:
    """What one layout and its master give the slides on it: colours, background, the
    bands under them and what their placeholders inherit."""

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
        presentation = layout.part.package.presentation_part.presentation
        self.default_style = first(presentation.element, "./p:defaultTextStyle")
        self._chains: dict[tuple[str, int], list[etree._Element]] = {}
        self._inherited_colors: dict[tuple[str, int, int], str] = {}
        self.underlay = self._underlay()

    def _underlay(self) -> list[tuple[Box, tuple[str, ...]]]:
        """The filled shapes the master (unless the layout hides them) and the layout draw
        under every slide: a template's bands and panels. Their placeholders are not drawn."""
        sources: list[SlideLayout | SlideMaster] = [self.layout]
        if self.layout.element.get("showMasterSp") not in ("0", "false"):
            sources.insert(0, self.master)
        filled = []
        for source in sources:
            tree = first(source.element, "./p:cSld/p:spTree")
            for shape, box in _drawn_shapes(tree, self):
                if _is_placeholder(shape) or box is None:
                    continue
                colors = tuple(self.fill(shape, source.part))
                if colors:
                    filled.append((box, colors))
        return filled

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
        """Where ``shape`` is drawn (see :func:`drawn_box`)."""
        return _box_in_chain(shape, lambda: self.chain(shape))

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
            if select(properties, _FILLS):
                return fill_colors(properties, part, self.resolve)
        return []

    def shape_runs(self, shape: etree._Element, grounds: tuple[str, ...]) -> list[RunContrast]:
        """The runs of ``shape``'s text with their colours, on ``grounds``."""
        found = []
        own_style = first(shape, "./p:txBody/a:lstStyle")
        for paragraph in select(shape, "./p:txBody/a:p"):
            level = min(_level(paragraph), 8) + 1
            inherited = self._own_level_color(own_style, level) or self._inherited_color(
                shape, level
            )
            for run in select(paragraph, "./a:r"):
                text = "".join(str(part) for part in select(run, "./a:t/text()"))
                if not text.strip():
                    continue
                properties = first(run, "./a:rPr")
                link = first(properties, "./a:hlinkClick") if properties is not None else None
                fill = first(properties, "./a:solidFill") if properties is not None else None
                if link is not None and not select(run, _LINK_IN_TEXT_COLOR):
                    color = self.resolve("hlink")
                elif fill is not None:
                    color = color_of(fill, self.resolve) or inherited
                else:
                    color = inherited
                found.append(RunContrast(text, color, grounds, link is not None, run))
        return found

    def _own_level_color(self, style: etree._Element | None, level: int) -> str:
        if style is None or not len(style):
            return ""
        fill = first(style, f"./a:lvl{level}pPr/a:defRPr/a:solidFill")
        return color_of(fill, self.resolve) if fill is not None else ""

    def _inherited_color(self, shape: etree._Element, level: int) -> str:
        """The colour a paragraph at ``level`` in ``shape`` inherits: for a placeholder
        from the layout's and master's placeholders and the master's text style, for any
        other shape from its style and the presentation's default text style."""
        placeholder = placeholder_kind(shape)
        key = (*placeholder, level) if placeholder else None
        if key is not None and key in self._inherited_colors:
            return self._inherited_colors[key]
        styles: list[etree._Element] = []
        if placeholder:
            for holder in self.chain(shape):
                found = first(holder, "./p:txBody/a:lstStyle")
                if found is not None:
                    styles.append(found)
            kind = placeholder[0]
            name = "titleStyle" if kind in TITLE_TYPES else "bodyStyle"
            if kind not in TITLE_TYPES | BODY_TYPES:
                name = "otherStyle"
            master_style = first(self.master.element, f"./p:txStyles/p:{name}")
            styles += [master_style] if master_style is not None else []
        else:
            font_reference = first(shape, "./p:style/a:fontRef")
            if font_reference is not None and color_of(font_reference, self.resolve):
                return color_of(font_reference, self.resolve)
            styles += [self.default_style] if self.default_style is not None else []
        inherited = next(
            (color for style in styles if (color := self._own_level_color(style, level))),
            self.resolve("tx1"),
        )
        if key is not None:
            self._inherited_colors[key] = inherited
        return inherited


def drawn_box(shape: etree._Element, layout: SlideLayout) -> Box | None:
    """Where ``shape`` is drawn: its own box (a group's, for a group), else the box its
    placeholder inherits from ``layout`` or its master."""
    return _box_in_chain(shape, lambda: inherited_placeholders(shape, layout))


def _box_in_chain(shape: etree._Element, chain: Callable[[], list[etree._Element]]) -> Box | None:
    box = own_box(shape)
    if box is not None:
        return box
    return next((found for holder in chain() if (found := own_box(holder))), None)


def _is_placeholder(shape: etree._Element) -> bool:
    return placeholder_kind(shape) is not None


def inherited_placeholders(shape: etree._Element, layout: SlideLayout) -> list[etree._Element]:
    """The layout's and master's placeholders that a slide's placeholder ``shape`` inherits
    from, nearest first (none for a shape that is not a placeholder)."""
    placeholder = placeholder_kind(shape)
    if placeholder is None:
        return []
    kind, index = placeholder
    chain = []
    for candidate in select(layout.element, _PLACEHOLDERS):
        other = placeholder_kind(candidate)
        if other and other[0] == kind and (kind in TITLE_TYPES or other[1] == index):
            chain.append(candidate)
            break
    wanted = "title" if kind in TITLE_TYPES else "body" if kind in BODY_TYPES else kind
    for candidate in select(layout.slide_master.element, _PLACEHOLDERS):
        other = placeholder_kind(candidate)
        if other and other[0] == wanted:
            chain.append(candidate)
            break
    return chain


def _level(paragraph: etree._Element) -> int:
    levels = select(paragraph, "./a:pPr/@lvl")
    try:
        return int(levels[0]) if levels else 0
    except ValueError:
        return 0


def _drawn_shapes(
    tree: etree._Element, view: _LayoutView
) -> Iterator[tuple[etree._Element, Box | None]]:
    """The shapes of ``tree`` back to front, groups opened, each with its box on the slide."""
    for shape in tree:
        name = etree.QName(shape).localname
        if name == "grpSp":
            transform = _group_transform(shape)
            for child, box in _drawn_shapes(shape, view):
                yield child, transform(box) if box is not None else None
        elif name in ("sp", "pic", "cxnSp", "graphicFrame"):
            yield shape, view.box(shape)


def _group_transform(group: etree._Element) -> Callable[[Box], Box]:
    """How a group maps its children's coordinates onto the slide."""
    xfrm = select(group, "./p:grpSpPr/a:xfrm")
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
    offsets = select(xfrm[0], offset) if xfrm else []
    extents = select(xfrm[0], extent) if xfrm else []
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
    properties = select(run, "./a:rPr")
    if not properties:
        properties = [etree.Element(f"{{{NAMESPACES['a']}}}rPr")]
        run.insert(0, properties[0])
    for old in select(
        properties[0], "./a:noFill | ./a:solidFill | ./a:gradFill | ./a:blipFill | ./a:pattFill"
    ):
        properties[0].remove(old)
    fill = element(f'<a:solidFill><a:srgbClr val="{color.lstrip("#").upper()}"/></a:solidFill>')
    # A run's fill comes after its outline, if it has one, and before everything else.
    position = 1 if select(properties[0], "./a:ln") else 0
    properties[0].insert(position, fill)


def _link_in_text_color(run: etree._Element) -> None:
    """Mark the run's link to be drawn in the run's own colour, not the theme's ``hlink``."""
    if select(run, _LINK_IN_TEXT_COLOR):
        return
    link = select(run, "./a:rPr/a:hlinkClick")[0]
    add_extension(link, LINK_COLOR_EXTENSION, LINK_COLOR_NS, "ahyp", "hlinkClr", "tx")
