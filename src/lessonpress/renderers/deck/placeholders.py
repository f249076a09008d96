"""What a layout's placeholder looks like once inheritance is resolved.

A placeholder on a layout takes whatever it does not say itself from the master's
placeholder of the same kind, and its type size from the master's text styles.
Measuring text needs the result: the box, the insets, the anchor, the size and
the typeface. This works the same for the default master and a school template.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import cast

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.shapes.placeholder import LayoutPlaceholder
from pptx.slide import SlideLayout, SlideMaster

from lessonpress.renderers.deck.geometry import Box, to_points
from lessonpress.renderers.deck.markup import xpath

DEFAULT_INSETS = (91_440, 45_720, 91_440, 45_720)
"""DrawingML's text insets when none are given: 0.1 in at the sides, 0.05 in above and below."""

DEFAULT_SIZE = 18.0
"""DrawingML's type size, in points, when no style gives one."""

BODY_TYPES = frozenset({"body", "obj", "subTitle"})
TITLE_TYPES = frozenset({"title", "ctrTitle"})

_INSET_NAMES = ("lIns", "tIns", "rIns", "bIns")


def placeholder_type(element: etree._Element) -> str:
    """The ``type`` of a placeholder shape's ``p:ph`` (``obj`` when it has none)."""
    found = xpath(element, "./p:nvSpPr/p:nvPr/p:ph")
    return (found[0].get("type") or "obj") if found else ""


def placeholder_index(element: etree._Element) -> int:
    """The ``idx`` of a placeholder shape's ``p:ph`` (0 when it has none)."""
    found = xpath(element, "./p:nvSpPr/p:nvPr/p:ph")
    return integer(found[0].get("idx"), 0) if found else 0


def integer(value: object, default: int) -> int:
    """An integer attribute's value; ``default`` when it is missing or not a number (a
    template may hold values no schema allows)."""
    parsed = _parsed(value)
    return default if parsed is None else parsed


def shape_box(shape: etree._Element) -> Box | None:
    """The position and size a shape states itself (``p:spPr/a:xfrm``), if it states
    them in numbers."""
    offset = xpath(shape, "./p:spPr/a:xfrm/a:off")
    extent = xpath(shape, "./p:spPr/a:xfrm/a:ext")
    if not offset or not extent:
        return None
    x, y = _parsed(offset[0].get("x")), _parsed(offset[0].get("y"))
    width, height = _parsed(extent[0].get("cx")), _parsed(extent[0].get("cy"))
    if x is None or y is None or width is None or height is None or min(width, height) < 0:
        return None
    return Box(x, y, width, height)


def _parsed(value: object) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class PlaceholderFrame:
    """A placeholder's effective box and text settings."""

    kind: str
    index: int
    name: str
    ph_attributes: tuple[tuple[str, str], ...]
    """The layout's ``p:ph`` attributes, copied to the slide so that it inherits."""
    box: Box
    insets: tuple[int, int, int, int]
    anchor: str
    size: float
    bold: bool
    capitals: bool
    """Whether the style sets the text in capitals (``cap="all"``), which is wider."""
    typeface: str
    align: str = "l"
    """How the style aligns its paragraphs: ``l``, ``ctr``, ``r`` or ``just``."""

    @property
    def text_box(self) -> Box:
        """The area text may fill: the box less its insets."""
        return self.box.inset(*self.insets)

    @property
    def text_width(self) -> float:
        """The width text may fill, in points."""
        return to_points(self.text_box.width)

    @property
    def text_height(self) -> float:
        """The height text may fill, in points."""
        return to_points(self.text_box.height)


class MasterStyles:
    """A slide master's text styles, placeholders and theme fonts."""

    def __init__(self, master: SlideMaster) -> None:
        self.master = master
        self._element = master.element

    @cached_property
    def theme_fonts(self) -> dict[str, str]:
        """``+mj-lt`` and ``+mn-lt`` mapped to the theme's heading and body typefaces."""
        theme = etree.fromstring(self.master.part.part_related_by(RT.THEME).blob)
        major = xpath(theme, "./a:themeElements/a:fontScheme/a:majorFont/a:latin/@typeface")
        minor = xpath(theme, "./a:themeElements/a:fontScheme/a:minorFont/a:latin/@typeface")
        return {
            "+mj-lt": str(major[0]) if major else "Calibri",
            "+mn-lt": str(minor[0]) if minor else "Calibri",
        }

    @cached_property
    def text_box_typeface(self) -> str:
        """The typeface of text in text boxes (not placeholders): the presentation's
        default text style names it, else the theme's body typeface."""
        presentation = self.master.part.package.presentation_part.presentation
        named = xpath(
            presentation.element, "./p:defaultTextStyle/a:lvl1pPr/a:defRPr/a:latin/@typeface"
        )
        return self.resolve_typeface(str(named[0]) if named else "+mn-lt")

    @cached_property
    def color_map(self) -> dict[str, str]:
        """The master's colour map: ``bg1`` -> ``lt1`` and so on."""
        found = xpath(self._element, "./p:clrMap")
        return dict(found[0].attrib) if found else {}

    def placeholder(self, kind: str) -> etree._Element | None:
        """The master's placeholder that a layout placeholder of ``kind`` inherits from."""
        wanted = {"ctrTitle": "title", "subTitle": "body", "obj": "body"}.get(kind, kind)
        shapes: list[etree._Element] = xpath(
            self._element, "./p:cSld/p:spTree/p:sp[p:nvSpPr/p:nvPr/p:ph]"
        )
        for element in shapes:
            if placeholder_type(element) == wanted:
                return element
        return None

    def text_style(self, kind: str) -> etree._Element | None:
        """The master's text style for ``kind``: title, body or other."""
        name = "titleStyle" if kind in TITLE_TYPES else "bodyStyle" if kind in BODY_TYPES else None
        found: list[etree._Element] = xpath(self._element, f"./p:txStyles/p:{name or 'otherStyle'}")
        return found[0] if found else None

    def resolve_typeface(self, typeface: str) -> str:
        """A typeface name with theme references (``+mj-lt``) replaced by the theme's fonts."""
        return self.theme_fonts.get(typeface, typeface)


def layout_frame(
    layout: SlideLayout, element: etree._Element, styles: MasterStyles
) -> PlaceholderFrame:
    """The effective frame of the placeholder ``element`` on ``layout``."""
    kind = placeholder_type(element)
    master_element = styles.placeholder(kind)
    chain = [element] if master_element is None else [element, master_element]
    style = styles.text_style(kind)
    candidate_styles = [*(_lst_level(shape) for shape in chain), style]
    level_styles = [level for level in candidate_styles if level is not None]
    size = _first_attribute(level_styles, "./a:lvl1pPr/a:defRPr/@sz")
    bold = _first_attribute(level_styles, "./a:lvl1pPr/a:defRPr/@b")
    capitals = _first_attribute(level_styles, "./a:lvl1pPr/a:defRPr/@cap")
    align = _first_attribute(level_styles, "./a:lvl1pPr/@algn")
    typeface = _first_attribute(level_styles, "./a:lvl1pPr/a:defRPr/a:latin/@typeface")
    default_typeface = "+mj-lt" if kind in TITLE_TYPES else "+mn-lt"
    body_properties = [
        found[0] for shape in chain if (found := xpath(shape, "./p:txBody/a:bodyPr"))
    ]
    insets = tuple(
        integer(_attribute(body_properties, name), default)
        for name, default in zip(_INSET_NAMES, DEFAULT_INSETS, strict=True)
    )
    ph = xpath(element, "./p:nvSpPr/p:nvPr/p:ph")[0]
    names = xpath(element, "./p:nvSpPr/p:cNvPr/@name")
    return PlaceholderFrame(
        kind=kind,
        index=placeholder_index(element),
        name=str(names[0]) if names else kind,
        ph_attributes=tuple((str(key), str(value)) for key, value in ph.attrib.items()),
        box=_box(chain, layout),
        insets=insets,  # type: ignore[arg-type]
        anchor=_attribute(body_properties, "anchor") or "t",
        size=integer(size, round(DEFAULT_SIZE * 100)) / 100 if size else DEFAULT_SIZE,
        bold=bold in ("1", "true"),
        capitals=capitals == "all",
        typeface=styles.resolve_typeface(typeface or default_typeface),
        align=align or "l",
    )


def _lst_level(shape: etree._Element) -> etree._Element | None:
    found = xpath(shape, "./p:txBody/a:lstStyle[a:lvl1pPr]")
    return found[0] if found else None


def _first_attribute(levels: list[etree._Element], path: str) -> str | None:
    """The first value ``path`` finds in ``levels``, the most specific level first."""
    for level in levels:
        found = xpath(level, path)
        if found:
            return str(found[0])
    return None


def _attribute(elements: list[etree._Element], name: str) -> str | None:
    for element in elements:
        value = element.get(name)
        if value is not None:
            return value
    return None


def _box(chain: list[etree._Element], layout: SlideLayout) -> Box:
    for shape in chain:
        box = shape_box(shape)
        if box is not None:
            return box
    # A placeholder with no position anywhere fills the slide.
    presentation = layout.part.package.presentation_part.presentation
    return Box(0, 0, int(presentation.slide_width or 0), int(presentation.slide_height or 0))


def layout_placeholders(layout: SlideLayout) -> Iterable[LayoutPlaceholder]:
    """The placeholders of ``layout``, in the order of its shape tree."""
    # python-pptx declares LayoutPlaceholders.__iter__ as a class attribute of a Callable
    # type, which mypy cannot bind to an instance; the collection iterates as documented.
    return cast("Iterable[LayoutPlaceholder]", layout.placeholders)
