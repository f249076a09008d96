"""The time scale of a vertical axis: positions to depths below the top of its bounds.

A whole axis is one linear scale. A broken axis cuts out the longest stretch without
events (:func:`~lessonpress.layout.rows.split_at_pause`): the events before it and
after it get a part of the axis each, as long as their share of the events, with its
own linear scale (and ticks), and the stretch between them is squeezed into a short
gap, where the axis shows a break mark. A bar or era band that runs across the stretch
runs across the gap too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lessonpress.layout.scale import MIN_SPAN, TimeScale

LEAST_PART_SHARE = 0.2
"""The least share of the axis each part of a broken axis takes."""

LEAST_PART_SPAN = 0.1
"""The least share of the whole period each part of a broken axis shows, so a part of
one event still reads in years rather than days."""


@dataclass(frozen=True, slots=True)
class VerticalScale:
    """One linear scale per part of the axis, top first, each mapping positions to
    depths (its ``x0`` and ``x1`` are depths below the top of the bounds)."""

    parts: tuple[TimeScale, ...]

    @classmethod
    def whole(
        cls, positions: Sequence[float], top: float, bottom: float, padding: float
    ) -> VerticalScale:
        """A scale showing every one of ``positions`` from depth ``top`` to ``bottom``."""
        return cls((TimeScale.fit(positions, top, bottom, padding, MIN_SPAN),))

    @classmethod
    def broken(
        cls,
        parts: Sequence[Sequence[float]],
        counts: Sequence[int],
        top: float,
        bottom: float,
        gap: float,
        padding: float,
    ) -> VerticalScale:
        """A scale of one part per list of ``parts`` positions, from depth ``top`` to
        ``bottom``, ``gap`` apart, each as long as its share of the events' ``counts``."""
        whole = max(max(part) for part in parts) - min(min(part) for part in parts)
        total = sum(counts)
        shares = [
            min(1 - LEAST_PART_SHARE, max(LEAST_PART_SHARE, count / total)) for count in counts
        ]
        usable = bottom - top - gap * (len(parts) - 1)
        scales: list[TimeScale] = []
        start = top
        for positions, share in zip(parts, shares, strict=True):
            length = usable * share / sum(shares)
            least = max(MIN_SPAN, LEAST_PART_SPAN * whole)
            scales.append(TimeScale.fit(positions, start, start + length, padding, least))
            start += length + gap
        return cls(tuple(scales))

    @property
    def start(self) -> float:
        """The first position shown."""
        return self.parts[0].start

    @property
    def end(self) -> float:
        """The last position shown."""
        return self.parts[-1].end

    @property
    def top(self) -> float:
        """The depth of the axis's top."""
        return self.parts[0].x0

    @property
    def bottom(self) -> float:
        """The depth of the axis's bottom."""
        return self.parts[-1].x1

    @property
    def gaps(self) -> tuple[tuple[float, float], ...]:
        """The depths (top, bottom) of each gap where the axis is broken."""
        return tuple(
            (before.x1, after.x0) for before, after in zip(self.parts, self.parts[1:], strict=False)
        )

    def depth(self, position: float) -> float:
        """The depth of ``position``; within a stretch cut out, as far into its gap."""
        for part, following in zip(self.parts, (*self.parts[1:], None), strict=True):
            if position <= part.end or following is None:
                return part.to_x(position)
            if position < following.start:
                share = (position - part.end) / (following.start - part.end)
                return part.x1 + share * (following.x0 - part.x1)
        raise AssertionError("unreachable")  # pragma: no cover

    def clamped_depth(self, position: float) -> float:
        """The depth of ``position`` kept within the axis."""
        return self.depth(min(max(position, self.start), self.end))
