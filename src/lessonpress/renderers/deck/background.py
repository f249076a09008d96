"""The colours a school template's slides really show behind the text.

A template's background is rarely the plain ``bg1`` its colour scheme names: it may
be a gradient, a picture, or a style of the theme's background fill list. To check
that text reads on it, the background is sampled as colours: a solid fill gives its
colour, a gradient each of its stops, a pattern its two colours, and a picture the
average of its pixels. The master's background is sampled, and the own background
of each layout that carries titles and text.
"""

from __future__ import annotations

import colorsys
import io
from collections.abc import Callable, Mapping
from functools import lru_cache

from lxml import etree
from PIL import Image
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.slide import SlideMaster

from lessonpress.model.colors import to_hex, to_rgb
from lessonpress.renderers.deck.markup import xpath
from lessonpress.renderers.deck.placeholders import integer

TEXT_LAYOUT_TYPES = frozenset({"obj", "twoObj", "titleOnly", "tx"})
"""The layouts whose own backgrounds event, list and timeline slides sit on."""

SAMPLED_PICTURE_SIZE = (64, 64)
"""A background picture is reduced to this before its pixels are averaged."""

_FIRST_BACKGROUND_STYLE = 1001
"""``bgRef`` indexes from 1001 up name the theme's background fill styles."""

_PRESETS = {"black": "#000000", "white": "#FFFFFF", "gray": "#808080", "navy": "#000080"}

Resolve = Callable[[str], str]
"""A scheme slot (``bg1``, ``accent2``) to its colour."""


def background_colors(master: SlideMaster, resolve: Resolve) -> tuple[str, ...]:
    """The colours behind the text of slides on ``master``'s text layouts: its own
    background and that of each text layout that has one (``#RRGGBB``, no repeats)."""
    theme_part = master.part.part_related_by(RT.THEME)
    colors = own_background(master.part, master.element, theme_part, resolve)
    for layout in master.slide_layouts:
        if (layout.element.get("type") or "cust") in TEXT_LAYOUT_TYPES:
            colors += own_background(layout.part, layout.element, theme_part, resolve)
    return tuple(dict.fromkeys(colors))


def own_background(
    part: Part, root: etree._Element, theme_part: Part, resolve: Resolve
) -> list[str]:
    """The colours of the background a master, layout or slide sets itself (none if it
    inherits its background)."""
    backgrounds = xpath(root, "./p:cSld/p:bg")
    if not backgrounds:
        return []
    background = backgrounds[0]
    properties = xpath(background, "./p:bgPr")
    if properties:
        return fill_colors(properties[0], part, resolve)
    reference = xpath(background, "./p:bgRef")
    if not reference:
        return []
    index = integer(reference[0].get("idx"), 0)
    placeholder = color_of(reference[0], resolve)
    theme = etree.fromstring(theme_part.blob)
    styles = xpath(theme, "./a:themeElements/a:fmtScheme/a:bgFillStyleLst/*")
    position = index - _FIRST_BACKGROUND_STYLE
    if not 0 <= position < len(styles):
        return [placeholder] if placeholder else []
    holder = etree.Element("holder")
    holder.append(etree.fromstring(etree.tostring(styles[position])))

    def with_placeholder(slot: str) -> str:
        return placeholder if slot == "phClr" and placeholder else resolve(slot)

    return fill_colors(holder, theme_part, with_placeholder)


def fill_colors(holder: etree._Element, part: Part, resolve: Resolve) -> list[str]:
    """The colours of the fill inside ``holder`` (an element such as ``p:bgPr``)."""
    colors: list[str] = []
    for fill in holder:
        name = etree.QName(fill).localname
        if name == "solidFill":
            colors.append(color_of(fill, resolve))
        elif name == "gradFill":
            colors += [color_of(stop, resolve) for stop in xpath(fill, "./a:gsLst/a:gs")]
        elif name == "pattFill":
            colors += [color_of(ground, resolve) for ground in xpath(fill, "./a:fgClr|./a:bgClr")]
        elif name == "blipFill":
            colors.append(_picture_average(fill, part))
    return [color for color in colors if color]


def color_of(holder: etree._Element, resolve: Resolve) -> str:
    """The colour of the DrawingML colour element inside ``holder``, its modifiers
    applied; empty if it has none."""
    for child in holder:
        name = etree.QName(child).localname
        if name == "srgbClr":
            base = "#" + str(child.get("val"))
        elif name == "schemeClr":
            base = resolve(str(child.get("val")))
        elif name == "sysClr":
            base = "#" + str(child.get("lastClr") or "000000")
        elif name == "prstClr":
            base = _PRESETS.get(str(child.get("val")), "#808080")
        else:
            continue
        modifiers = {etree.QName(each).localname: integer(each.get("val"), 0) for each in child}
        return _modified(base, modifiers)
    return ""


def _modified(color: str, modifiers: Mapping[str, int]) -> str:
    """``color`` with DrawingML's common modifiers (in thousandths of a percent)."""
    if "lumMod" in modifiers or "lumOff" in modifiers:
        hue, lightness, saturation = colorsys.rgb_to_hls(*(part / 255 for part in to_rgb(color)))
        lightness = lightness * modifiers.get("lumMod", 100_000) / 100_000
        lightness = min(1.0, max(0.0, lightness + modifiers.get("lumOff", 0) / 100_000))
        color = to_hex(*(part * 255 for part in colorsys.hls_to_rgb(hue, lightness, saturation)))
    # Office applies tints and shades in linear light, which lightens far more than
    # mixing the sRGB values: a 75% tint of black is #898989, not #404040.
    if "tint" in modifiers:
        amount = modifiers["tint"] / 100_000
        color = _linear_map(color, lambda value: value * amount + (1 - amount))
    if "shade" in modifiers:
        amount = modifiers["shade"] / 100_000
        color = _linear_map(color, lambda value: value * amount)
    return color


def _linear_map(color: str, change: Callable[[float], float]) -> str:
    """``color`` with ``change`` applied to each channel in linear light."""

    def to_linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    def to_srgb(value: float) -> float:
        value = min(1.0, max(0.0, value))
        encoded = value * 12.92 if value <= 0.0031308 else 1.055 * value ** (1 / 2.4) - 0.055
        return encoded * 255

    return to_hex(*(to_srgb(change(to_linear(channel))) for channel in to_rgb(color)))


def _picture_average(fill: etree._Element, part: Part) -> str:
    """The average colour of a picture fill's pixels; empty if it cannot be read."""
    embedded = xpath(fill, "./a:blip/@r:embed")
    if not embedded:
        return ""
    try:
        blob = part.related_part(str(embedded[0])).blob
    except KeyError:
        return ""
    return _average_color(blob)


@lru_cache(maxsize=8)
def _average_color(blob: bytes) -> str:
    """The average colour of the picture file ``blob``; empty if it cannot be read. A
    deck shows one picture on many slides, and each is decoded once."""
    try:
        with Image.open(io.BytesIO(blob)) as picture:
            picture.draft("RGB", SAMPLED_PICTURE_SIZE)
            pixel = picture.convert("RGB").resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
    except (OSError, ValueError, Image.DecompressionBombError):
        return ""
    return to_hex(*pixel)  # type: ignore[misc]
