"""What the layout is asked to place: events and eras, already reduced to plain data."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One event to place.

    ``start`` and ``end`` are astronomical fractional years. An event with an ``end``
    after its ``start`` is a range and gets a bar; otherwise it is a point on the axis.
    ``key`` is returned with everything placed for the event, so a renderer can find
    its colour and marker.
    """

    key: str
    start: float
    end: float | None
    date_label: str
    title: str
    short_text: str = ""
    highlight: bool = False
    category: str | None = None

    @property
    def is_range(self) -> bool:
        """Whether the event lasts long enough to be drawn as a bar."""
        return self.end is not None and self.end > self.start

    @property
    def last_position(self) -> float:
        """The end of a range, the start of a point."""
        return self.end if self.end is not None and self.end > self.start else self.start


@dataclass(frozen=True, slots=True)
class TimelineEra:
    """A period drawn as a pale band behind the axis, with its name along the band."""

    key: str
    title: str
    start: float
    end: float
    color: str | None = None
    goes_on_before: bool = False
    """Whether the era began before ``start``: cut to a row or a part of a broken axis,
    its band then runs from the axis's start, so it shows however short the cut."""
    goes_on_after: bool = False
    """Whether the era ends after ``end``; its band then runs to the axis's end."""

    def cut_to(
        self, start: float, end: float, *, cut_before: bool = True, cut_after: bool = True
    ) -> TimelineEra:
        """The era as far as it falls within ``start..end``. Where ``start`` (or ``end``)
        is a cut between rows or parts of an axis, the era says that it goes on past it."""
        return replace(
            self,
            start=max(self.start, start),
            end=min(self.end, end),
            goes_on_before=self.goes_on_before or (cut_before and self.start < start),
            goes_on_after=self.goes_on_after or (cut_after and self.end > end),
        )
