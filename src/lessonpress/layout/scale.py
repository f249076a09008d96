"""The time scale: astronomical fractional years to x coordinates.

Positions are astronomical years: 1 BC is ``0.0 <= p < 1.0``, AD 1 is ``1.0 <= p < 2.0``,
44 BC starts at ``-43.0``. Time is continuous across the BC/AD boundary, so the scale
is a plain linear map; only the labels (``ticks``) know there is no year 0.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

DEFAULT_PADDING = 0.04
"""Time added before the first and after the last instant, as a fraction of the span."""

MIN_SPAN = 10 / 365.25
"""The shortest span a scale shows (ten days), so that one instant still gets an axis."""


@dataclass(frozen=True, slots=True)
class TimeScale:
    """A linear map from the positions ``start..end`` to the x coordinates ``x0..x1``."""

    start: float
    end: float
    x0: float
    x1: float

    def __post_init__(self) -> None:
        if not self.end > self.start:
            raise ValueError(f"a time scale needs end > start, got {self.start}..{self.end}")
        if not self.x1 > self.x0:
            raise ValueError(f"a time scale needs x1 > x0, got {self.x0}..{self.x1}")

    @classmethod
    def fit(
        cls,
        positions: Iterable[float],
        x0: float,
        x1: float,
        padding: float = DEFAULT_PADDING,
        min_span: float = MIN_SPAN,
    ) -> TimeScale:
        """The scale showing every one of ``positions`` between ``x0`` and ``x1``.

        The span grows by ``padding`` of itself on both sides, and to at least
        ``min_span`` years, centred on the positions.
        """
        ordered = sorted(positions)
        if not ordered:
            raise ValueError("a time scale needs at least one position")
        first, last = ordered[0], ordered[-1]
        span = last - first
        margin = span * padding
        if span + 2 * margin < min_span:
            margin = (min_span - span) / 2
        return cls(first - margin, last + margin, x0, x1)

    @property
    def span(self) -> float:
        """The years shown."""
        return self.end - self.start

    @property
    def length(self) -> float:
        """The length of the axis in points."""
        return self.x1 - self.x0

    @property
    def points_per_year(self) -> float:
        """How many points one year takes."""
        return self.length / self.span

    def to_x(self, position: float) -> float:
        """The x coordinate of ``position``."""
        return self.x0 + (position - self.start) * self.points_per_year

    def to_position(self, x: float) -> float:
        """The position shown at ``x``."""
        return self.start + (x - self.x0) / self.points_per_year

    def clamp_x(self, x: float) -> float:
        """``x`` kept within the axis."""
        return min(max(x, self.x0), self.x1)
