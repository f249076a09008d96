"""What the layout returns: everything a renderer draws, in absolute page coordinates.

Coordinates follow ``lessonpress.layout.geometry``: points, origin bottom-left, y up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from itertools import pairwise
from typing import Literal

from lessonpress.layout.geometry import Point, Rect, Segment
from lessonpress.layout.scale import TimeScale
from lessonpress.layout.style import LabelSizes

Side = Literal["above", "below", "left", "right"]
"""Where a label sits: above or below a horizontal axis, left or right of a vertical one."""
LineRole = Literal["date", "title", "text"]
"""What a label's line holds: its date, (part of) its title, or its short text."""


class Degradation(Enum):
    """The steps of the one degradation ladder every timeline climbs down, in order.

    ``fit_timeline`` tries each step in turn and stops at the first where every label
    fits; the last step depends on the medium: a numbered key on paper, a selection on
    screen.
    """

    FULL = "full"
    """Every label at full size with its excerpt."""
    SHORTER_EXCERPTS = "shorter-excerpts"
    """Full size, excerpts cut to fewer lines (at a sentence or clause end)."""
    TITLES_ONLY = "titles-only"
    """Full size, excerpts left out."""
    SMALLER_TYPE = "smaller-type"
    """Excerpts left out and the type made smaller (see ``TimelineLayout.sizes``), down to
    the medium's floor (``TimelineStyle.min_size``)."""
    NUMBERED_KEY = "numbered-key"
    """Print: highlighted events keep their labels, the others carry numbers on the
    timeline and a key lists number, date and title (``TimelineFit.key``)."""
    SELECTION = "selection"
    """Screen: the highlighted events and as many others as fit, spread over the period;
    the rest are left out (``TimelineFit.left_out``)."""


@dataclass(frozen=True, slots=True)
class Axis:
    """The time axis: a horizontal line at ``y`` from ``x0`` to ``x1``."""

    y: float
    x0: float
    x1: float


@dataclass(frozen=True, slots=True)
class TextLine:
    """A line of text: draw ``text`` in ``font`` at ``size`` from ``(x, baseline)``.

    ``role`` says what a line of an event's label holds (``"date"``, ``"title"`` or
    ``"text"``, the short text), so that a renderer can colour it; it is ``None`` for
    tick labels and era names.
    """

    text: str
    font: str
    size: float
    x: float
    baseline: float
    role: LineRole | None = None


@dataclass(frozen=True, slots=True)
class Tick:
    """A tick: a mark from the axis down to ``mark_bottom`` at ``x``, and its label."""

    position: float
    x: float
    mark_bottom: float
    label: TextLine
    label_box: Rect


@dataclass(frozen=True, slots=True)
class EraBand:
    """An era's pale band behind the axis area, and its name along the band.

    ``name`` is ``None`` when the band is too narrow for even a shortened name.
    """

    key: str
    title: str
    color: str | None
    band: Rect
    name: TextLine | None
    name_box: Rect | None
    more_name_lines: tuple[TextLine, ...] = ()
    """The lines of a name broken over several (on a vertical axis), after ``name``;
    ``name_box`` holds them all."""


def era_band_at(eras: Sequence[EraBand], x: float) -> EraBand | None:
    """The era band that shows at ``x``: the last one covering it, as bands are drawn in
    order and a later one lies over an earlier one."""
    covering = [era for era in eras if era.band.left <= x <= era.band.right]
    return covering[-1] if covering else None


@dataclass(frozen=True, slots=True)
class RangeBar:
    """The bar of an event with a duration, in lane ``lane`` above a horizontal axis, or
    right of a vertical one (0 nearest)."""

    key: str
    bar: Rect
    lane: int
    highlight: bool
    category: str | None


@dataclass(frozen=True, slots=True)
class PointMarker:
    """The marker of an instant on the axis."""

    key: str
    center: Point
    highlight: bool
    category: str | None


@dataclass(frozen=True, slots=True)
class EventLabel:
    """An event's label: its box, its lines, and the leader from its anchor to the box.

    ``anchor`` is the point the label belongs to (the marker on the axis, or the start
    of the event's bar). ``leader_path`` is the leader line renderers should draw: a
    polyline of ``Point`` from ``anchor`` to the box edge facing the axis. When events
    crowd together it bends: straight out of the axis area, at an angle across a thin
    strip beside it (so crowded labels can spread sideways), then straight to the box.
    It has two points when the leader is straight. No leader crosses a label box or
    another leader; leaders of events at the same point share their first piece.
    """

    key: str
    box: Rect
    lines: tuple[TextLine, ...]
    anchor: Point
    leader_path: tuple[Point, ...]
    side: Side
    highlight: bool
    category: str | None

    @property
    def leader(self) -> Segment:
        """The leader's first straight piece: from ``anchor`` to the first bend, or the
        whole leader when it is straight."""
        return Segment(self.leader_path[0], self.leader_path[1])

    @property
    def leader_segments(self) -> tuple[Segment, ...]:
        """The straight pieces of ``leader_path``, in order from the anchor."""
        return tuple(Segment(start, end) for start, end in pairwise(self.leader_path))


@dataclass(frozen=True, slots=True)
class TimelineLayout:
    """A placed timeline: draw eras, axis, ticks, bars, markers, leaders, then labels."""

    bounds: Rect
    scale: TimeScale
    axis: Axis
    ticks: tuple[Tick, ...]
    eras: tuple[EraBand, ...]
    bars: tuple[RangeBar, ...]
    markers: tuple[PointMarker, ...]
    labels: tuple[EventLabel, ...]
    sizes: LabelSizes
    """The type sizes of ordinary labels; highlighted ones are ``highlight_scale`` larger."""
    degradation: Degradation
    tick_size: float
    era_size: float

    @property
    def short_text_shown(self) -> bool:
        """Whether any label carries an excerpt of its short text."""
        return any(line.role == "text" for label in self.labels for line in label.lines)

    def collision_boxes(self) -> list[Rect]:
        """Every box that must not overlap another: labels, bars, tick labels, era names."""
        boxes = [label.box for label in self.labels]
        boxes += [bar.bar for bar in self.bars]
        boxes += [tick.label_box for tick in self.ticks]
        boxes += [era.name_box for era in self.eras if era.name_box is not None]
        return boxes


@dataclass(frozen=True, slots=True)
class VerticalAxis:
    """A vertical time axis: a line at ``x`` from ``top`` (the earliest time) down to
    ``bottom``."""

    x: float
    top: float
    bottom: float


@dataclass(frozen=True, slots=True)
class VerticalTick:
    """A tick of a vertical axis: a mark from the axis left to ``mark_left`` at ``y``, and
    its label, set flush right left of the mark."""

    position: float
    y: float
    mark_left: float
    label: TextLine
    label_box: Rect


@dataclass(frozen=True, slots=True)
class VerticalLayout:
    """A placed vertical timeline (earliest at the top): draw era bands, leaders, the axis
    and its ticks, bars, markers, then labels.

    The era bands run across the axis area beside the axis, each name at the top of its
    band; bars stand right of the axis in lanes (0 nearest); labels sit left and right
    of the axis area (``EventLabel.side``), each at its date or moved along the axis
    where labels crowd, its leader bent across a strip beside the area.
    """

    bounds: Rect
    axis: VerticalAxis
    ticks: tuple[VerticalTick, ...]
    eras: tuple[EraBand, ...]
    bars: tuple[RangeBar, ...]
    markers: tuple[PointMarker, ...]
    labels: tuple[EventLabel, ...]
    sizes: LabelSizes
    """The type sizes of ordinary labels; highlighted ones are ``highlight_scale`` larger."""
    degradation: Degradation
    tick_size: float
    era_size: float
    breaks: tuple[tuple[float, float], ...] = ()
    """The top and bottom y of each gap where the axis is broken: a long stretch without
    events cut out, the ticks either side giving its years."""

    @property
    def short_text_shown(self) -> bool:
        """Whether any label carries an excerpt of its short text."""
        return any(line.role == "text" for label in self.labels for line in label.lines)

    def collision_boxes(self) -> list[Rect]:
        """Every box that must not overlap another: labels, bars, tick labels, era names."""
        boxes = [label.box for label in self.labels]
        boxes += [bar.bar for bar in self.bars]
        boxes += [tick.label_box for tick in self.ticks]
        boxes += [era.name_box for era in self.eras if era.name_box is not None]
        return boxes
