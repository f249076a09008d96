"""The edge of a category's marker, so that every marker shows on what it stands on.

A category's colour is the lesson's (or the theme palette's) and stays as it is, so that
a marker matches its legend entry and its bars. Where that colour is too close to the
ground to see (a black category on a chalkboard, a yellow one on white), the marker
gets an edge at least :data:`GRAPHIC_CONTRAST` from the ground, as WCAG asks of
graphics that carry meaning: the category's colour moved towards black or white, as
the handout and the poster edge theirs.
"""

from __future__ import annotations

from dataclasses import dataclass

from lessonpress.model.colors import GRAPHIC_CONTRAST, contrast_ratio, legible, readable_on
from lessonpress.renderers.deck.colors import srgb
from lessonpress.renderers.deck.geometry import points

EDGE_WIDTH = 1.5
"""The width, in points, of an edge that carries a marker's contrast."""


@dataclass(frozen=True, slots=True)
class MarkerEdge:
    """A marker's outline: a DrawingML colour element and its width in EMU."""

    line: str
    width: int


def marker_edge(fill: str, ground: str) -> MarkerEdge | None:
    """The edge a marker filled with ``fill`` (hex) needs on ``ground`` (hex): None when
    the fill shows on the ground by itself."""
    if contrast_ratio(fill, ground) >= GRAPHIC_CONTRAST:
        return None
    edge = legible(fill, (ground,), GRAPHIC_CONTRAST, readable_on(ground))
    return MarkerEdge(srgb(edge), points(EDGE_WIDTH))
