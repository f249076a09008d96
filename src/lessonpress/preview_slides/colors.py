"""DrawingML colours: scheme slots through the colour map, and their transforms.

A colour in a deck is rarely a plain value: it names a slot of the theme's scheme
(``accent1``, ``tx1``), goes through the master's colour map (``tx1`` to ``dk1``),
and carries transforms (``lumMod``, ``tint``, ``alpha``). This module turns any of
the six colour elements into one RGBA value.
"""

from __future__ import annotations

import colorsys
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from lxml import etree

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"a": A, "p": P, "r": R}


@cache
def _compiled(path: str) -> etree.XPath:
    return etree.XPath(path, namespaces=NS)


def xpath(element: etree._Element, path: str) -> list[etree._Element]:
    """The elements at ``path`` (prefixes ``a``, ``p``, ``r``) from ``element``.

    python-pptx's elements replace lxml's own ``xpath`` method; a compiled XPath
    works on its elements and on plain ones alike.
    """
    found = _compiled(path)(element)
    return found if isinstance(found, list) else []  # type: ignore[return-value]


COLOR_TAGS = frozenset(
    f"{{{A}}}{name}" for name in ("srgbClr", "schemeClr", "sysClr", "prstClr", "scrgbClr", "hslClr")
)
"""The elements that hold a colour, each a possible child of a fill."""

PRESET_COLORS = {
    "black": "000000",
    "white": "FFFFFF",
    "gray": "808080",
    "red": "FF0000",
    "green": "008000",
    "blue": "0000FF",
    "yellow": "FFFF00",
    "navy": "000080",
    "darkGray": "A9A9A9",
    "lightGray": "D3D3D3",
}
"""The preset colours decks use; any other preset is drawn black."""

DEFAULT_MAP = {"bg1": "lt1", "tx1": "dk1", "bg2": "lt2", "tx2": "dk2"}


@dataclass(frozen=True, slots=True)
class Rgba:
    """A colour with its opacity, each component from 0 to 1."""

    red: float
    green: float
    blue: float
    alpha: float = 1.0

    @classmethod
    def from_hex(cls, value: str) -> Rgba:
        """The colour written ``RRGGBB``."""
        value = value.strip().lstrip("#")
        if len(value) != 6:
            return cls(0.0, 0.0, 0.0)
        try:
            red, green, blue = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
        except ValueError:
            return cls(0.0, 0.0, 0.0)
        return cls(red, green, blue)

    @property
    def luminance(self) -> float:
        """A rough brightness from 0 (black) to 1 (white)."""
        return 0.299 * self.red + 0.587 * self.green + 0.114 * self.blue


BLACK = Rgba(0.0, 0.0, 0.0)


class ColorScheme:
    """A theme's twelve colours seen through one colour map."""

    def __init__(self, slots: Mapping[str, str], mapping: Mapping[str, str]) -> None:
        self._slots = dict(slots)
        self._mapping = {**DEFAULT_MAP, **mapping}

    @classmethod
    def of_theme(cls, theme: etree._Element, color_map: etree._Element | None) -> ColorScheme:
        """The scheme of a theme part's root element, mapped by a ``p:clrMap``."""
        slots: dict[str, str] = {}
        for slot in xpath(theme, "./a:themeElements/a:clrScheme/*"):
            color = _first_color(slot)
            if color is not None:
                slots[etree.QName(slot).localname] = _plain_hex(color)
        mapping = _attributes(color_map) if color_map is not None else {}
        return cls(slots, mapping)

    def overridden(self, override: etree._Element | None) -> ColorScheme:
        """This scheme with a layout's or slide's ``p:clrMapOvr``, if it overrides the map."""
        if override is None:
            return self
        mapped = override.find(f"{{{A}}}overrideClrMapping")
        if mapped is None:
            return self
        return ColorScheme(self._slots, {**self._mapping, **_attributes(mapped)})

    def slot(self, name: str) -> Rgba:
        """The colour of a scheme slot such as ``accent1``, ``tx1`` or ``bg2``."""
        value = self._slots.get(self._mapping.get(name, name))
        return Rgba.from_hex(value) if value else BLACK

    def color_in(
        self, parent: etree._Element | None, placeholder: Rgba | None = None
    ) -> Rgba | None:
        """The colour held by ``parent``'s first colour child (a ``solidFill``, a stop)."""
        if parent is None:
            return None
        element = _first_color(parent)
        return None if element is None else self.color(element, placeholder)

    def color(self, element: etree._Element, placeholder: Rgba | None = None) -> Rgba:
        """The colour of a colour element; ``phClr`` stands for ``placeholder``."""
        tag = etree.QName(element).localname
        value = element.get("val", "")
        if tag == "srgbClr":
            base = Rgba.from_hex(value)
        elif tag == "schemeClr":
            base = (placeholder or BLACK) if value == "phClr" else self.slot(value)
        elif tag == "sysClr":
            base = Rgba.from_hex(element.get("lastClr") or "000000")
        elif tag == "prstClr":
            base = Rgba.from_hex(PRESET_COLORS.get(value, "000000"))
        elif tag == "scrgbClr":
            red, green, blue = (_percent(element.get(k)) for k in ("r", "g", "b"))
            base = Rgba(red, green, blue)
        else:  # hslClr
            hue = _int(element.get("hue")) / 60000 / 360
            red, green, blue = colorsys.hls_to_rgb(
                hue, _percent(element.get("lum")), _percent(element.get("sat"))
            )
            base = Rgba(red, green, blue)
        return _transformed(base, element)


def _attributes(element: etree._Element) -> dict[str, str]:
    return {str(key): str(value) for key, value in element.attrib.items()}


def _first_color(parent: etree._Element) -> etree._Element | None:
    return next((child for child in parent if child.tag in COLOR_TAGS), None)


def _plain_hex(element: etree._Element) -> str:
    if etree.QName(element).localname == "sysClr":
        return element.get("lastClr") or "000000"
    return element.get("val") or "000000"


def _transformed(color: Rgba, element: etree._Element) -> Rgba:
    """``color`` after the transforms listed inside its element, in document order."""
    red, green, blue, alpha = color.red, color.green, color.blue, color.alpha
    for transform in element:
        name = etree.QName(transform).localname
        amount = _percent(transform.get("val"))
        if name == "alpha":
            alpha = amount
        elif name == "tint":  # towards white
            red, green, blue = (c + (1 - c) * (1 - amount) for c in (red, green, blue))
        elif name == "shade":  # towards black
            red, green, blue = (c * amount for c in (red, green, blue))
        elif name in {"lumMod", "lumOff", "satMod", "satOff"}:
            hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
            if name == "lumMod":
                lightness *= amount
            elif name == "lumOff":
                lightness += amount
            elif name == "satMod":
                saturation *= amount
            else:
                saturation += amount
            lightness, saturation = _clamp(lightness), _clamp(saturation)
            red, green, blue = colorsys.hls_to_rgb(hue, lightness, saturation)
    return Rgba(_clamp(red), _clamp(green), _clamp(blue), _clamp(alpha))


def _percent(value: str | None) -> float:
    """A DrawingML percentage (``50000`` or ``50%``) as a fraction."""
    if value is None:
        return 0.0
    if value.endswith("%"):
        try:
            return float(value[:-1]) / 100
        except ValueError:
            return 0.0
    return _int(value) / 100000


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))
