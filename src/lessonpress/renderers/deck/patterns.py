"""A category's bar pattern as a DrawingML preset pattern fill, so that in a grayscale
theme the deck's range bars differ by hatching as the printed ones do, and a teacher can
still change the fill in PowerPoint's own Format Shape pane."""

from __future__ import annotations

from lxml import etree

from lessonpress.present import Pattern
from lessonpress.renderers.deck.colors import srgb
from lessonpress.renderers.deck.markup import element, xpath

PRESET_PATTERNS: dict[Pattern, str] = {
    "diagonal": "wdUpDiag",
    "cross-hatch": "diagCross",
    "horizontal": "horz",
    "dots": "dotGrid",
    "reverse-diagonal": "wdDnDiag",
    "vertical": "vert",
    "checker": "smCheck",
    "grid": "smGrid",
    "dense-diagonal": "ltUpDiag",
    "large-dots": "lgConfetti",
    "dense-reverse-diagonal": "ltDnDiag",
    "dashes": "dashHorz",
    "dense-vertical": "ltVert",
    "zigzag": "zigZag",
}
"""The DrawingML preset (``ST_PresetPatternVal``) of each pattern but solid, which stays
a plain fill. PowerPoint draws the presets as small bitmaps; LibreOffice draws each as
the nearest of its line hatchings, and these are presets it keeps apart (``lgCheck``
would become the same hatching as ``diagCross``, the ``dk`` ones nearly solid)."""


def fill_with_pattern(shape: etree._Element, pattern: Pattern | None, ink: str, fill: str) -> None:
    """Replace the plain fill of ``shape`` (one ``add_shape`` made) by ``pattern`` drawn in
    ``ink`` over ``fill``, both ``#RRGGBB``; a solid or no pattern leaves it as it is."""
    preset = PRESET_PATTERNS.get(pattern) if pattern else None
    if preset is None:
        return
    [solid] = xpath(shape, "./p:spPr/a:solidFill")
    patterned = element(
        f'<a:pattFill prst="{preset}"><a:fgClr>{srgb(ink)}</a:fgClr>'
        f"<a:bgClr>{srgb(fill)}</a:bgClr></a:pattFill>"
    )
    solid.getparent().replace(solid, patterned)
