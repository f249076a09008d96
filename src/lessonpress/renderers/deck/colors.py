"""The deck's colours as DrawingML, referring to the theme's colour scheme.

Every role of the plan's screen palette (text, background, primary, accent, ...) is
written into the deck's colour scheme, and shapes refer to the scheme's slots
rather than to fixed values: a teacher who picks other theme colours in
PowerPoint recolours the whole deck. With a school template the template's own
scheme fills the slots, except where a slot's colour does not read on the
template's real background: that role is repaired with the palette's contrast
rule and written as a fixed colour. Category colours are the lesson's data and
stay fixed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.slide import SlideMaster

from lessonpress.model.colors import (
    TEXT_CONTRAST,
    is_dark,
    legible,
    mix,
    readable_on,
    to_hex,
    to_rgb,
)
from lessonpress.present import Palette
from lessonpress.renderers.deck.background import background_colors
from lessonpress.renderers.deck.markup import xpath

Role = Literal["text", "background", "primary", "surface", "accent", "secondary", "muted"]

TEXT_ROLES: tuple[Role, ...] = ("text", "primary", "accent", "secondary", "muted")
"""The roles text is set in, which must read on the background."""

ROLE_SLOTS: dict[Role, str] = {
    "text": "tx1",
    "background": "bg1",
    "primary": "tx2",
    "surface": "bg2",
    "accent": "accent1",
    "secondary": "accent2",
    "muted": "accent3",
}
"""The scheme colour each role refers to (``tx1`` and friends go through the master's map)."""

SCHEME_SLOTS = (
    "dk1",
    "lt1",
    "dk2",
    "lt2",
    "accent1",
    "accent2",
    "accent3",
    "accent4",
    "accent5",
    "accent6",
    "hlink",
    "folHlink",
)
"""The twelve colours of a DrawingML colour scheme, in schema order."""

LIGHT_MAP = {"bg1": "lt1", "tx1": "dk1", "bg2": "lt2", "tx2": "dk2"}
DARK_MAP = {"bg1": "dk1", "tx1": "lt1", "bg2": "dk2", "tx2": "lt2"}

A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"


@dataclass(frozen=True, slots=True)
class DeckColors:
    """The colours of one deck: what each role resolves to, and how to refer to it."""

    values: Mapping[Role, str]
    """Each role's colour as ``#RRGGBB``, for choosing readable text."""
    muted_in_scheme: bool = True
    """Whether ``muted`` has its own scheme slot; a template's is text, lightened."""
    fixed: Mapping[Role, str] = field(default_factory=dict)
    """Roles whose scheme colour did not read on the background, with the colour that
    does: these are written as fixed colours."""

    def color(self, role: Role) -> str:
        """A DrawingML colour element referring to ``role``'s scheme slot (or the fixed
        colour that replaces it)."""
        if role in self.fixed:
            return srgb(self.fixed[role])
        if role == "muted" and not self.muted_in_scheme:
            return (
                '<a:schemeClr val="tx1"><a:lumMod val="65000"/><a:lumOff val="35000"/>'
                "</a:schemeClr>"
            )
        return f'<a:schemeClr val="{ROLE_SLOTS[role]}"/>'

    def fill(self, role: Role) -> str:
        """A ``solidFill`` in ``role``'s colour."""
        return f"<a:solidFill>{self.color(role)}</a:solidFill>"

    def hex(self, role: Role) -> str:
        """``role``'s colour as ``#RRGGBB``."""
        return self.values[role]


def srgb(color: str) -> str:
    """A DrawingML element for the fixed colour ``#RRGGBB``."""
    return f'<a:srgbClr val="{color.lstrip("#").upper()}"/>'


def palette_colors(palette: Palette) -> DeckColors:
    """The colours of a deck made from the default master in the plan's palette."""
    return DeckColors({role: getattr(palette, role) for role in ROLE_SLOTS})


def palette_scheme(
    palette: Palette, category_colors: tuple[str, ...]
) -> tuple[dict[str, str], dict[str, str]]:
    """The colour scheme (slot -> ``#RRGGBB``) and colour map for the default master; the
    first three ``category_colors`` fill the spare accent slots.

    A dark background goes into ``dk1`` and the text into ``lt1``, with the map
    swapped, as PowerPoint itself does for dark designs.
    """
    spare = [palette.ink(color) for color in (*category_colors,) * 3][:3]
    dark = is_dark(palette.background)
    scheme = {
        "dk1": palette.background if dark else palette.text,
        "lt1": palette.text if dark else palette.background,
        "dk2": palette.surface if dark else palette.primary,
        "lt2": palette.primary if dark else palette.surface,
        "accent1": palette.accent,
        "accent2": palette.secondary,
        "accent3": palette.muted,
        "accent4": spare[0],
        "accent5": spare[1],
        "accent6": spare[2],
        "hlink": palette.primary,
        "folHlink": mix(palette.primary, palette.text, 0.4),
    }
    return scheme, DARK_MAP if dark else LIGHT_MAP


def template_colors(master: SlideMaster, minimum: float = TEXT_CONTRAST) -> DeckColors:
    """The colours of a deck on a school template, read from its theme and colour map,
    with each text colour that does not reach ``minimum`` contrast on the template's
    real background (see :mod:`.background`) repaired as the palette repairs its own."""
    resolve = scheme_resolver(master)
    text = resolve("tx1")
    values: dict[Role, str] = {
        "text": text,
        "background": resolve("bg1"),
        "primary": resolve("tx2"),
        "surface": resolve("bg2"),
        "accent": resolve("accent1"),
        "secondary": resolve("accent2"),
        "muted": mix(text, resolve("bg1"), 0.35),
    }
    grounds = background_colors(master, resolve) or (values["background"],)
    repaired = dict(values)
    repaired["text"] = legible(text, grounds, minimum, readable_on(average(grounds)))
    for role in TEXT_ROLES:
        if role != "text":
            repaired[role] = legible(values[role], grounds, minimum, repaired["text"])
    fixed = {role: color for role, color in repaired.items() if color != values[role]}
    return DeckColors(repaired, muted_in_scheme=False, fixed=fixed)


def scheme_resolver(master: SlideMaster) -> Callable[[str], str]:
    """A function from a scheme slot (``tx1``, ``accent2``) to its colour on ``master``,
    through the master's colour map."""
    theme = etree.fromstring(master.part.part_related_by(RT.THEME).blob)
    found = xpath(master.element, "./p:clrMap")
    color_map = dict(found[0].attrib) if found else {}
    scheme: dict[str, str] = {}
    for slot in SCHEME_SLOTS:
        element = theme.find(f".//{{{A_NS}}}clrScheme/{{{A_NS}}}{slot}")
        scheme[slot] = _element_color(element) if element is not None else "#000000"

    def resolve(slot: str) -> str:
        return scheme.get(color_map.get(slot, slot), "#000000")

    return resolve


def average(colors: Sequence[str]) -> str:
    """The mean of ``colors``, channel by channel."""
    return to_hex(
        *(sum(to_rgb(color)[channel] for color in colors) / len(colors) for channel in range(3))
    )


def _element_color(slot: etree._Element) -> str:
    for child in slot:
        value = child.get("lastClr") or child.get("val") or ""
        if len(value) == 6:
            return "#" + value.upper()
    return "#000000"
