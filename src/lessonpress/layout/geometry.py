"""Plain geometry for the timeline layout.

Convention, used by every module of ``lessonpress.layout``: units are points
(1/72 in), the origin is the bottom-left corner of the page and y grows upwards,
as in PDF. A renderer with y growing downwards (python-pptx) flips with
``page_height - y``.
"""

from __future__ import annotations

from dataclasses import dataclass

EPSILON = 1e-6
"""Slack for comparisons of computed coordinates (sums of floats)."""


@dataclass(frozen=True, slots=True)
class Point:
    """A point in page coordinates."""

    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Segment:
    """A straight line from ``start`` to ``end``, such as a leader line."""

    start: Point
    end: Point


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle: ``(x, y)`` is its bottom-left corner."""

    x: float
    y: float
    width: float
    height: float

    def __post_init__(self) -> None:
        if self.width < 0 or self.height < 0:
            raise ValueError(f"a rectangle cannot have a negative size: {self}")

    @classmethod
    def from_edges(cls, left: float, bottom: float, right: float, top: float) -> Rect:
        """The rectangle between the given edges."""
        return cls(left, bottom, right - left, top - bottom)

    @property
    def left(self) -> float:
        """The x of the left edge."""
        return self.x

    @property
    def right(self) -> float:
        """The x of the right edge."""
        return self.x + self.width

    @property
    def bottom(self) -> float:
        """The y of the bottom edge."""
        return self.y

    @property
    def top(self) -> float:
        """The y of the top edge."""
        return self.y + self.height

    @property
    def center_x(self) -> float:
        """The x of the middle."""
        return self.x + self.width / 2

    @property
    def center_y(self) -> float:
        """The y of the middle."""
        return self.y + self.height / 2

    def intersects(self, other: Rect) -> bool:
        """Whether the two rectangles share some area (touching edges do not count)."""
        return (
            self.left < other.right - EPSILON
            and other.left < self.right - EPSILON
            and self.bottom < other.top - EPSILON
            and other.bottom < self.top - EPSILON
        )

    def contains(self, other: Rect) -> bool:
        """Whether ``other`` lies wholly inside this rectangle (edges may touch)."""
        return (
            other.left >= self.left - EPSILON
            and other.right <= self.right + EPSILON
            and other.bottom >= self.bottom - EPSILON
            and other.top <= self.top + EPSILON
        )

    def inset(self, dx: float, dy: float | None = None) -> Rect:
        """This rectangle shrunk by ``dx`` left and right and ``dy`` (default ``dx``)
        top and bottom; never smaller than nothing."""
        dy = dx if dy is None else dy
        width = max(0.0, self.width - 2 * dx)
        height = max(0.0, self.height - 2 * dy)
        return Rect(self.center_x - width / 2, self.center_y - height / 2, width, height)


def widened_span(
    start: float, end: float, least: float, low: float, high: float
) -> tuple[float, float]:
    """``start..end`` made at least ``least`` long where it is shorter, about its middle
    and kept within ``low..high``: a short range bar stays visible on its axis."""
    if end - start >= least:
        return start, end
    start = min(max(low, (start + end - least) / 2), high - least)
    return start, start + least
