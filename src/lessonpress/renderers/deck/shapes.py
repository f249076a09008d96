"""Shapes on one slide: placeholders, text boxes, rectangles, lines, ellipses and pictures.

Shapes are written as PresentationML directly, with ids from a counter kept per
slide, so that every shape id on a slide is unique and adding a shape does not
rescan the slide.
"""

from __future__ import annotations

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.slide import Slide

from lessonpress.model.image_file import ImageFile
from lessonpress.renderers.deck.geometry import Box
from lessonpress.renderers.deck.markup import attribute, element, xpath
from lessonpress.renderers.deck.placeholders import (
    PlaceholderFrame,
    placeholder_index,
    placeholder_type,
)

PRESET_SHAPES = {
    "rect": "rect",
    "circle": "ellipse",
    "ellipse": "ellipse",
    "square": "rect",
    "diamond": "diamond",
    "triangle": "triangle",
    "inverted-triangle": "flowChartMerge",
    "hexagon": "hexagon",
    "round-rect": "roundRect",
}
"""DrawingML preset geometries for the marker names the timeline uses."""


class SlideShapes:
    """Adds shapes to one slide's shape tree, numbering them from a counter."""

    def __init__(self, slide: Slide) -> None:
        self.slide = slide
        self.tree: etree._Element = xpath(slide.element, "./p:cSld/p:spTree")[0]
        ids = [int(value) for value in xpath(self.tree, ".//@id") if str(value).isdigit()]
        self._next_id = max([1, *ids]) + 1

    def take_id(self) -> int:
        """A shape id not used on this slide yet."""
        shape_id = self._next_id
        self._next_id += 1
        return shape_id

    def placeholder(self, kind: str, index: int | None = None) -> etree._Element | None:
        """The slide's placeholder of ``kind`` (and ``index``, when given), if it has one."""
        shapes: list[etree._Element] = xpath(self.tree, "./p:sp[p:nvSpPr/p:nvPr/p:ph]")
        for shape in shapes:
            same_kind = placeholder_type(shape) == kind or (
                kind == "title" and placeholder_type(shape) == "ctrTitle"
            )
            if same_kind and (index is None or placeholder_index(shape) == index):
                return shape
        return None

    def add_placeholder(self, frame: PlaceholderFrame) -> etree._Element:
        """Add a placeholder that inherits everything from the layout's one in ``frame``."""
        attributes = "".join(f" {key}={attribute(value)}" for key, value in frame.ph_attributes)
        shape = element(
            f"<p:sp><p:nvSpPr>{self._non_visual(frame.name)}"
            f'<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph{attributes}/></p:nvPr>'
            "</p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p/></p:txBody></p:sp>"
        )
        self.tree.append(shape)
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
        text_body: str | None = None,
        description: str | None = None,
    ) -> etree._Element:
        """Add a preset shape; ``fill`` and ``line`` are DrawingML colour elements or None."""
        fill_xml = f"<a:solidFill>{fill}</a:solidFill>" if fill else "<a:noFill/>"
        line_xml = (
            f'<a:ln w="{line_width}"><a:solidFill>{line}</a:solidFill></a:ln>'
            if line
            else "<a:ln><a:noFill/></a:ln>"
        )
        text_xml = text_body or (
            '<p:txBody><a:bodyPr rtlCol="0" anchor="ctr"/><a:lstStyle/><a:p>'
            '<a:endParaRPr dirty="0"/></a:p></p:txBody>'
        )
        is_text_box = text_body is not None and fill is None and line is None
        text_box_flag = ' txBox="1"' if is_text_box else ""
        shape = element(
            f"<p:sp><p:nvSpPr>{self._non_visual(name, description)}"
            f"<p:cNvSpPr{text_box_flag}/><p:nvPr/></p:nvSpPr>"
            f'<p:spPr>{_transform(box)}<a:prstGeom prst="{PRESET_SHAPES.get(geometry, geometry)}">'
            f"<a:avLst/></a:prstGeom>{fill_xml}{line_xml}</p:spPr>{text_xml}</p:sp>"
        )
        self.tree.append(shape)
        return shape

    def add_line(
        self, name: str, start: tuple[int, int], end: tuple[int, int], color: str, width: int
    ) -> etree._Element:
        """Add a straight connector from ``start`` to ``end``; ``color`` is a colour element."""
        (x1, y1), (x2, y2) = start, end
        flips = (' flipH="1"' if x2 < x1 else "") + (' flipV="1"' if y2 < y1 else "")
        box = Box(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1))
        shape = element(
            f"<p:cxnSp><p:nvCxnSpPr>{self._non_visual(name)}<p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr>"
            f'<p:spPr>{_transform(box, flips)}<a:prstGeom prst="line"><a:avLst/></a:prstGeom>'
            f'<a:ln w="{width}"><a:solidFill>{color}</a:solidFill></a:ln></p:spPr></p:cxnSp>'
        )
        self.tree.append(shape)
        return shape

    def add_picture(
        self, image: ImageFile, box: Box, name: str, description: str
    ) -> etree._Element:
        """Add ``image`` stretched to ``box`` (the caller keeps its proportions)."""
        image_part = self.slide.part.package.get_or_add_image_part(image.stream())
        relationship_id = self.slide.part.relate_to(image_part, RT.IMAGE)
        picture = element(
            f"<p:pic><p:nvPicPr>{self._non_visual(name, description)}"
            '<p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>'
            f'<p:blipFill><a:blip r:embed="{relationship_id}"/><a:stretch><a:fillRect/></a:stretch>'
            f"</p:blipFill><p:spPr>{_transform(box)}"
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>'
        )
        self.tree.append(picture)
        return picture

    def _non_visual(self, name: str, description: str | None = None) -> str:
        described = f" descr={attribute(description)}" if description else ""
        return f'<p:cNvPr id="{self.take_id()}" name={attribute(name)}{described}/>'


def set_box(shape: etree._Element, box: Box) -> None:
    """Give a (placeholder) shape its own position and size on the slide."""
    shape_properties = xpath(shape, "./p:spPr")[0]
    old = xpath(shape_properties, "./a:xfrm")
    new = element(_transform(box))
    if old:
        shape_properties.replace(old[0], new)
    else:
        shape_properties.insert(0, new)


def _transform(box: Box, flips: str = "") -> str:
    return (
        f'<a:xfrm{flips}><a:off x="{box.x}" y="{box.y}"/>'
        f'<a:ext cx="{box.width}" cy="{box.height}"/></a:xfrm>'
    )
