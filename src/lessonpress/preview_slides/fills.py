"""Fills and outlines of DrawingML, read into values and painted on a reportlab canvas.

A fill is a solid colour, a gradient, a picture or a pattern; ``noFill`` is a fill
too (nothing is painted, and nothing is inherited). Patterns are painted as the
even mix of their two colours, which is what they look like at preview size.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree
from PIL import Image
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from lessonpress.preview_slides.colors import A, ColorScheme, R, Rgba, xpath

EMU_PER_POINT = 12700
DEFAULT_LINE_WIDTH = 0.75
"""Points; PowerPoint's width for an outline that names none."""

FILL_TAGS = frozenset(
    f"{{{A}}}{name}"
    for name in ("noFill", "solidFill", "gradFill", "blipFill", "pattFill", "grpFill")
)


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in points, from the slide's top left corner, y going down."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass(frozen=True, slots=True)
class NoFill:
    """An explicit ``noFill``: nothing is painted."""


@dataclass(frozen=True, slots=True)
class SolidFill:
    color: Rgba


@dataclass(frozen=True, slots=True)
class GradientFill:
    stops: tuple[tuple[float, Rgba], ...]
    """Positions from 0 to 1 and their colours, in order."""
    angle: float
    """Degrees clockwise from the left-to-right direction."""
    radial: bool


@dataclass(frozen=True, slots=True)
class PictureFill:
    image: Image.Image
    crop: tuple[float, float, float, float]
    """The fractions cut from the left, top, right and bottom (``a:srcRect``)."""


Fill = NoFill | SolidFill | GradientFill | PictureFill


@dataclass(frozen=True, slots=True)
class Stroke:
    color: Rgba
    width: float
    dash: tuple[float, ...] = ()


ImageLoader = Callable[[str], Image.Image | None]
"""An image by its relationship id, in the part that holds the fill."""


def read_fill(
    parent: etree._Element | None,
    scheme: ColorScheme,
    images: ImageLoader,
    placeholder: Rgba | None = None,
) -> Fill | None:
    """The fill ``parent`` names among its children; None if it names none."""
    if parent is None:
        return None
    element = next((child for child in parent if child.tag in FILL_TAGS), None)
    if element is None:
        return None
    return fill_of(element, scheme, images, placeholder)


def fill_of(
    element: etree._Element,
    scheme: ColorScheme,
    images: ImageLoader,
    placeholder: Rgba | None = None,
) -> Fill | None:
    """The value of one fill element (``a:solidFill``, ``a:gradFill``, ...)."""
    name = etree.QName(element).localname
    if name == "solidFill":
        color = scheme.color_in(element, placeholder)
        return None if color is None else SolidFill(color)
    if name == "gradFill":
        stops = []
        for stop in xpath(element, "./a:gsLst/a:gs"):
            color = scheme.color_in(stop, placeholder)
            if color is not None:
                stops.append((_int(stop.get("pos")) / 100000, color))
        if not stops:
            return None
        stops.sort(key=lambda stop: stop[0])
        linear = element.find(f"{{{A}}}lin")
        angle = _int(linear.get("ang")) / 60000 if linear is not None else 90.0
        return GradientFill(tuple(stops), angle, element.find(f"{{{A}}}path") is not None)
    if name == "blipFill":
        blip = element.find(f"{{{A}}}blip")
        image = images(blip.get(f"{{{R}}}embed", "")) if blip is not None else None
        if image is None:
            return None
        return PictureFill(image, _crop(element.find(f"{{{A}}}srcRect")))
    if name == "pattFill":
        foreground = scheme.color_in(element.find(f"{{{A}}}fgClr"), placeholder)
        background = scheme.color_in(element.find(f"{{{A}}}bgClr"), placeholder)
        colors = [c for c in (foreground, background) if c is not None]
        if not colors:
            return None
        return SolidFill(
            Rgba(
                *(
                    sum(getattr(c, k) for c in colors) / len(colors)
                    for k in ("red", "green", "blue")
                )
            )
        )
    return NoFill()


def read_stroke(
    line: etree._Element | None,
    scheme: ColorScheme,
    style_color: Rgba | None,
    style_width: float | None,
) -> Stroke | None:
    """The outline an ``a:ln`` draws, over what the shape's style gives (None: no line)."""
    color = style_color
    width = style_width
    dash: tuple[float, ...] = ()
    if line is not None:
        fill = next((child for child in line if child.tag in FILL_TAGS), None)
        if fill is not None:
            if etree.QName(fill).localname == "noFill":
                return None
            solid = fill_of(fill, scheme, lambda _: None)
            if isinstance(solid, SolidFill):
                color = solid.color
            elif isinstance(solid, GradientFill):
                color = solid.stops[0][1]
        if line.get("w") is not None:
            width = _int(line.get("w")) / EMU_PER_POINT
        preset = line.find(f"{{{A}}}prstDash")
        if preset is not None and preset.get("val") not in (None, "solid"):
            dash = (3.0, 2.0) if "dot" in (preset.get("val") or "").lower() else (8.0, 3.0)
    if color is None:
        return None
    width = DEFAULT_LINE_WIDTH if width is None else width
    return Stroke(color, width, tuple(part * max(width, 0.5) for part in dash))


def paint_fill(canvas: Canvas, path: PDFPathObject, fill: Fill, box: Box) -> None:
    """Fill ``path`` (drawn in ``box``) with ``fill``."""
    if isinstance(fill, SolidFill):
        canvas.setFillColor(_color(fill.color))
        canvas.drawPath(path, stroke=0, fill=1)
    elif isinstance(fill, GradientFill):
        canvas.saveState()
        canvas.clipPath(path, stroke=0, fill=0)
        colors = [_color(color, opaque=True) for _, color in fill.stops]
        positions = [position for position, _ in fill.stops]
        if len(colors) == 1:
            colors, positions = colors * 2, [0.0, 1.0]
        center_x, center_y = box.left + box.width / 2, box.top + box.height / 2
        if fill.radial:
            radius = math.hypot(box.width, box.height) / 2
            canvas.radialGradient(center_x, center_y, radius, colors, positions)
        else:
            cos, sin = math.cos(math.radians(fill.angle)), math.sin(math.radians(fill.angle))
            reach = abs(box.width / 2 * cos) + abs(box.height / 2 * sin)
            canvas.linearGradient(
                center_x - reach * cos,
                center_y - reach * sin,
                center_x + reach * cos,
                center_y + reach * sin,
                colors,
                positions,
            )
        canvas.restoreState()
    elif isinstance(fill, PictureFill):
        canvas.saveState()
        canvas.clipPath(path, stroke=0, fill=0)
        draw_image(canvas, fill.image, fill.crop, box)
        canvas.restoreState()


def paint_stroke(canvas: Canvas, path: PDFPathObject, stroke: Stroke) -> None:
    """Draw the outline of ``path``."""
    canvas.setStrokeColor(_color(stroke.color))
    canvas.setLineWidth(stroke.width)
    canvas.setDash(list(stroke.dash) or [])
    canvas.drawPath(path, stroke=1, fill=0)


def draw_image(
    canvas: Canvas, image: Image.Image, crop: tuple[float, float, float, float], box: Box
) -> None:
    """Draw the part of ``image`` that ``crop`` leaves, stretched over ``box``."""
    left, top, right, bottom = crop
    if any(crop):
        width, height = image.size
        cut = (
            round(width * max(left, 0.0)),
            round(height * max(top, 0.0)),
            round(width * (1 - max(right, 0.0))),
            round(height * (1 - max(bottom, 0.0))),
        )
        if cut[2] > cut[0] and cut[3] > cut[1]:
            image = image.crop(cut)
    from reportlab.lib.utils import ImageReader

    canvas.saveState()
    # The canvas runs downwards; a picture is drawn upright in its own flipped frame.
    canvas.translate(box.left, box.bottom)
    canvas.scale(1, -1)
    mask = "auto" if image.mode in ("RGBA", "LA") else None
    canvas.drawImage(ImageReader(image), 0, 0, box.width, box.height, mask=mask)
    canvas.restoreState()


def _color(color: Rgba, opaque: bool = False) -> Color:
    return Color(color.red, color.green, color.blue, 1.0 if opaque else color.alpha)


def _crop(source: etree._Element | None) -> tuple[float, float, float, float]:
    if source is None:
        return (0.0, 0.0, 0.0, 0.0)
    left, top, right, bottom = (_int(source.get(k)) / 100000 for k in ("l", "t", "r", "b"))
    return (left, top, right, bottom)


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0
