"""Shapes on one slide: placeholders, text boxes, rectangles, lines, ellipses and pictures.

The shapes are python-pptx's, added in its "turbo" mode: shape ids come from a counter
kept for the slide rather than from a rescan of the slide for every shape. Only what
python-pptx has no API for is written as markup (:mod:`.markup`): a placeholder that
inherits from its layout, and alt text.
"""

from __future__ import annotations

import copy
from functools import lru_cache

from lxml import etree
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.oxml.xmlchemy import BaseOxmlElement
from pptx.shapes.autoshape import Shape
from pptx.slide import Slide
from pptx.util import Emu

from lessonpress.model.image_file import ImageFile
from lessonpress.renderers.deck.geometry import Box
from lessonpress.renderers.deck.markup import attribute, describe, element, paint, xpath
from lessonpress.renderers.deck.placeholders import (
    PlaceholderFrame,
    placeholder_index,
    placeholder_type,
)
from lessonpress.renderers.deck.pptx_compat import add_copied_shape
from lessonpress.renderers.deck.text import TextBoxBody, fill_text_box

PRESET_SHAPES = {
    "rect": MSO_SHAPE.RECTANGLE,
    "circle": MSO_SHAPE.OVAL,
    "ellipse": MSO_SHAPE.OVAL,
    "square": MSO_SHAPE.RECTANGLE,
    "diamond": MSO_SHAPE.DIAMOND,
    "triangle": MSO_SHAPE.ISOSCELES_TRIANGLE,
    "inverted-triangle": MSO_SHAPE.FLOWCHART_MERGE,
    "hexagon": MSO_SHAPE.HEXAGON,
    "round-rect": MSO_SHAPE.ROUNDED_RECTANGLE,
}
"""The preset geometries for the marker names the timeline uses (any other name is
taken as a DrawingML preset, such as ``roundRect``)."""


class SlideShapes:
    """Adds shapes to one slide, numbering them from python-pptx's counter."""

    def __init__(self, slide: Slide) -> None:
        self.slide = slide
        self.shapes = slide.shapes
        self.shapes.turbo_add_enabled = True
        self.tree: etree._Element = xpath(slide.element, "./p:cSld/p:spTree")[0]

    def take_id(self) -> int:
        """A shape id not used on this slide yet, for a shape written as markup."""
        # python-pptx's counter cannot be told of an id taken outside it: from here on it
        # numbers this slide's shapes by reading the slide's ids again.
        self.shapes.turbo_add_enabled = False
        return self._highest_id() + 1

    def placeholder(self, kind: str, index: int | None = None) -> etree._Element | None:
        """The slide's placeholder of ``kind`` (and ``index``, when given), if it has one."""
        for shape in self.placeholders():
            same_kind = placeholder_type(shape) == kind or (
                kind == "title" and placeholder_type(shape) == "ctrTitle"
            )
            if same_kind and (index is None or placeholder_index(shape) == index):
                return shape
        return None

    def add_placeholder(self, frame: PlaceholderFrame) -> etree._Element:
        """Add a placeholder that inherits everything from the layout's one in ``frame``.

        python-pptx's ``clone_placeholder`` would name it anew and return nothing, so it
        is written as markup, and python-pptx's counter is set past its id."""
        shape = copy.deepcopy(_placeholder_shape(frame.name, frame.ph_attributes))
        shape[0][0].set("id", str(self._highest_id() + 1))  # p:nvSpPr/p:cNvPr
        self.tree.append(shape)
        if self.shapes.turbo_add_enabled:
            self.shapes.turbo_add_enabled = True  # sets the counter from the slide's ids
        return shape

    def placeholders(self) -> list[etree._Element]:
        """Every placeholder shape on the slide, in order."""
        return xpath(self.tree, "./p:sp[p:nvSpPr/p:nvPr/p:ph]")

    def remove(self, shape: etree._Element) -> None:
        """Take ``shape`` off the slide."""
        self.tree.remove(shape)

    def add_shape(
        self,
        name: str,
        box: Box,
        geometry: str = "rect",
        fill: str | None = None,
        line: str | None = None,
        line_width: int = 0,
        text_body: TextBoxBody | None = None,
        description: str | None = None,
    ) -> etree._Element:
        """Add a preset shape, or with ``text_body`` a text box; ``fill`` and ``line`` are
        DrawingML colour elements or None (nothing drawn)."""
        added: etree._Element
        if text_body is not None:
            text_box = self.shapes.add_textbox(*_emus(box))  # no fill, no line
            fill_text_box(text_box, text_body)
            text_box.name = name
            _paint_fill_and_line(text_box, fill, line, line_width)
            added = text_box.element
        else:
            added = add_copied_shape(
                self.shapes,
                (geometry, fill, line, line_width),
                name,
                (box.x, box.y, box.width, box.height),
                lambda: self._make_shape(name, box, geometry, fill, line, line_width),
            )
        if description:
            describe(added, description)
        return added

    def _make_shape(
        self, name: str, box: Box, geometry: str, fill: str | None, line: str | None, width: int
    ) -> BaseOxmlElement:
        preset = PRESET_SHAPES.get(geometry) or MSO_SHAPE.from_xml(geometry)
        shape = self.shapes.add_shape(preset, *_emus(box))
        # An autoshape takes the theme's line, fill and effect (a shadow, in many
        # themes) unless it says otherwise.
        shape.shadow.inherit = False
        if not fill:
            shape.fill.background()
        if not line:
            shape.line.fill.background()
        shape.name = name
        _paint_fill_and_line(shape, fill, line, width)
        return shape.element

    def add_line(
        self, name: str, start: tuple[int, int], end: tuple[int, int], color: str, width: int
    ) -> etree._Element:
        """Add a straight connector from ``start`` to ``end``; ``color`` is a colour element."""
        (x1, y1), (x2, y2) = start, end
        connector = self.shapes.add_connector(
            MSO_CONNECTOR.STRAIGHT, Emu(x1), Emu(y1), Emu(x2), Emu(y2)
        )
        connector.name = name
        connector.shadow.inherit = False
        connector.line.fill.solid()
        paint(connector.line.fill.fore_color, color)
        connector.line.width = Emu(width)
        return connector.element

    def add_picture(
        self, image: ImageFile, box: Box, name: str, description: str
    ) -> etree._Element:
        """Add ``image`` stretched to ``box`` (the caller keeps its proportions)."""
        picture = self.shapes.add_picture(
            image.stream(), Emu(box.x), Emu(box.y), Emu(box.width), Emu(box.height)
        )
        picture.name = name
        describe(picture.element, description)
        return picture.element

    def _highest_id(self) -> int:
        ids = [int(value) for value in xpath(self.tree, ".//@id") if str(value).isdigit()]
        return max([1, *ids])


@lru_cache(maxsize=64)
def _placeholder_shape(name: str, ph_attributes: tuple[tuple[str, str], ...]) -> BaseOxmlElement:
    """An empty placeholder shape (id 0) inheriting from the layout's placeholder with
    these ``p:ph`` attributes, parsed once: a deck adds a copy of it to every slide."""
    attributes = "".join(f" {key}={attribute(value)}" for key, value in ph_attributes)
    return element(
        f'<p:sp><p:nvSpPr><p:cNvPr id="0" name={attribute(name)}/>'
        f'<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph{attributes}/></p:nvPr>'
        "</p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p/></p:txBody></p:sp>"
    )


def _paint_fill_and_line(shape: Shape, fill: str | None, line: str | None, width: int) -> None:
    if fill:
        shape.fill.solid()
        paint(shape.fill.fore_color, fill)
    if line:
        shape.line.fill.solid()
        paint(shape.line.fill.fore_color, line)
        shape.line.width = Emu(width)


def _emus(box: Box) -> tuple[Emu, Emu, Emu, Emu]:
    return Emu(box.x), Emu(box.y), Emu(box.width), Emu(box.height)


def set_box(shape: etree._Element, box: Box) -> None:
    """Give a (placeholder) shape its own position and size on the slide."""
    shape_properties = xpath(shape, "./p:spPr")[0]
    old = xpath(shape_properties, "./a:xfrm")
    new = element(
        f'<a:xfrm><a:off x="{box.x}" y="{box.y}"/><a:ext cx="{box.width}" cy="{box.height}"/>'
        "</a:xfrm>"
    )
    if old:
        shape_properties.replace(old[0], new)
    else:
        shape_properties.insert(0, new)
