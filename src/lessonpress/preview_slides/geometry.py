"""Outlines of shapes: the preset geometries decks use, and custom geometry paths.

Presets are drawn from their definitions in the DrawingML specification with their
adjust values (``a:avLst``); a preset not listed here is drawn as its bounding
rectangle, which is where its text sits in any case.
"""

from __future__ import annotations

import math

from lxml import etree
from reportlab.pdfgen.pathobject import PDFPathObject

from lessonpress.preview_slides.colors import A, xpath
from lessonpress.preview_slides.fills import Box

Points = list[tuple[float, float]]


def shape_path(geometry: etree._Element | None, box: Box) -> PDFPathObject:
    """The outline of ``box`` drawn as ``geometry`` (an ``a:prstGeom`` or ``a:custGeom``)."""
    if geometry is not None and etree.QName(geometry).localname == "custGeom":
        path = _custom_path(geometry, box)
        if path is not None:
            return path
    preset = geometry.get("prst", "rect") if geometry is not None else "rect"
    adjust = _adjust_values(geometry)
    path = PDFPathObject()
    left, top, width, height = box.left, box.top, box.width, box.height
    right, bottom, short = box.right, box.bottom, min(box.width, box.height)
    if preset in ("ellipse", "flowChartConnector"):
        path.ellipse(left, top, width, height)
    elif preset in ("roundRect", "round2SameRect", "flowChartAlternateProcess"):
        path.roundRect(
            left, top, width, height, short * adjust.get("adj", adjust.get("adj1", 16667)) / 100000
        )
    elif preset in ("line", "straightConnector1"):
        path.moveTo(left, top)
        path.lineTo(right, bottom)
        return path
    else:
        corners = _polygon(preset, box, adjust, short)
        if corners is None:
            path.rect(left, top, width, height)
            return path
        path.moveTo(*corners[0])
        for corner in corners[1:]:
            path.lineTo(*corner)
        path.close()
    return path


def is_line(geometry: etree._Element | None) -> bool:
    """Whether the geometry is an open line, which has an outline and no inside."""
    return geometry is not None and geometry.get("prst") in ("line", "straightConnector1")


def _polygon(preset: str, box: Box, adjust: dict[str, int], short: float) -> Points | None:
    left, top, right, bottom = box.left, box.top, box.right, box.bottom
    center_x, center_y = left + box.width / 2, top + box.height / 2

    def fraction(name: str, default: int) -> float:
        return adjust.get(name, default) / 100000

    if preset == "triangle":
        apex = left + box.width * fraction("adj", 50000)
        return [(apex, top), (right, bottom), (left, bottom)]
    if preset == "rtTriangle":
        return [(left, top), (right, bottom), (left, bottom)]
    if preset in ("diamond", "flowChartDecision"):
        return [(center_x, top), (right, center_y), (center_x, bottom), (left, center_y)]
    if preset == "parallelogram":
        shift = short * fraction("adj", 25000)
        return [(left + shift, top), (right, top), (right - shift, bottom), (left, bottom)]
    if preset == "trapezoid":
        shift = short * fraction("adj", 25000)
        return [(left + shift, top), (right - shift, top), (right, bottom), (left, bottom)]
    if preset in ("homePlate", "chevron"):
        point = short * fraction("adj", 50000)
        corners = [(left, top), (right - point, top), (right, center_y), (right - point, bottom)]
        corners.append((left, bottom))
        if preset == "chevron":
            corners.append((left + point, center_y))
        return corners
    if preset == "hexagon":
        shift = short * fraction("adj", 25000)
        return [
            (left + shift, top),
            (right - shift, top),
            (right, center_y),
            (right - shift, bottom),
            (left + shift, bottom),
            (left, center_y),
        ]
    if preset in ("rightArrow", "leftArrow"):
        shaft = box.height * fraction("adj1", 50000) / 2
        head = short * fraction("adj2", 50000)
        corners = [
            (left, center_y - shaft),
            (right - head, center_y - shaft),
            (right - head, top),
            (right, center_y),
            (right - head, bottom),
            (right - head, center_y + shaft),
            (left, center_y + shaft),
        ]
        if preset == "leftArrow":
            corners = [(left + right - x, y) for x, y in corners]
        return corners
    if preset in ("plus", "mathPlus"):
        arm = short * fraction("adj", 25000)
        return [
            (left + arm, top),
            (right - arm, top),
            (right - arm, top + arm),
            (right, top + arm),
            (right, bottom - arm),
            (right - arm, bottom - arm),
            (right - arm, bottom),
            (left + arm, bottom),
            (left + arm, bottom - arm),
            (left, bottom - arm),
            (left, top + arm),
            (left + arm, top + arm),
        ]
    return None


def _custom_path(geometry: etree._Element, box: Box) -> PDFPathObject | None:
    """A ``a:custGeom``'s paths, each scaled from its own coordinate space to ``box``."""
    paths = xpath(geometry, "./a:pathLst/a:path")
    if not paths:
        return None
    outline = PDFPathObject()
    for source in paths:
        space_width = _int(source.get("w")) or 1
        space_height = _int(source.get("h")) or 1
        scale_x = box.width / space_width if source.get("w") else 1 / 12700
        scale_y = box.height / space_height if source.get("h") else 1 / 12700
        current = (box.left, box.top)

        def point(
            element: etree._Element, scale_x: float = scale_x, scale_y: float = scale_y
        ) -> tuple[float, float]:
            return (
                box.left + _int(element.get("x")) * scale_x,
                box.top + _int(element.get("y")) * scale_y,
            )

        for command in source:
            name = etree.QName(command).localname
            points = [point(p) for p in command.iter(f"{{{A}}}pt")]
            if name == "moveTo" and points:
                outline.moveTo(*points[0])
                current = points[0]
            elif name == "lnTo" and points:
                outline.lineTo(*points[0])
                current = points[0]
            elif name == "cubicBezTo" and len(points) == 3:
                outline.curveTo(*points[0], *points[1], *points[2])
                current = points[2]
            elif name == "quadBezTo" and len(points) == 2:
                (control_x, control_y), end = points
                first = (
                    current[0] + 2 / 3 * (control_x - current[0]),
                    current[1] + 2 / 3 * (control_y - current[1]),
                )
                second = (
                    end[0] + 2 / 3 * (control_x - end[0]),
                    end[1] + 2 / 3 * (control_y - end[1]),
                )
                outline.curveTo(*first, *second, *end)
                current = end
            elif name == "arcTo":
                current = _arc(outline, command, current, scale_x, scale_y)
            elif name == "close":
                outline.close()
    return outline


def _arc(
    outline: PDFPathObject,
    command: etree._Element,
    current: tuple[float, float],
    scale_x: float,
    scale_y: float,
) -> tuple[float, float]:
    radius_x = _int(command.get("wR")) * scale_x
    radius_y = _int(command.get("hR")) * scale_y
    start = _int(command.get("stAng")) / 60000
    sweep = _int(command.get("swAng")) / 60000
    center_x = current[0] - radius_x * math.cos(math.radians(start))
    center_y = current[1] - radius_y * math.sin(math.radians(start))
    # reportlab's stubs type the angles as whole degrees: near enough for a preview.
    outline.arcTo(
        center_x - radius_x,
        center_y - radius_y,
        center_x + radius_x,
        center_y + radius_y,
        round(start),
        round(sweep),
    )
    end = math.radians(start + sweep)
    return (center_x + radius_x * math.cos(end), center_y + radius_y * math.sin(end))


def _adjust_values(geometry: etree._Element | None) -> dict[str, int]:
    """The ``a:gd name="adj" fmla="val 50000"`` values of a preset."""
    if geometry is None:
        return {}
    values = {}
    for guide in xpath(geometry, "./a:avLst/a:gd"):
        formula = (guide.get("fmla") or "").split()
        if len(formula) == 2 and formula[0] == "val":
            values[guide.get("name", "")] = _int(formula[1])
    return values


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0
